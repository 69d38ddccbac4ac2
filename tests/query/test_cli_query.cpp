// `notegraph query` run as a user would, on a small temporary vault: every exit code
// (0 ok, 2 usage, 3 unknown or ambiguous node) and its message, the JSON fields SPEC 5
// fixes, and table alignment and truncation.
#define BOOST_TEST_MODULE cli_query
#include <rapidjson/document.h>

#include <boost/test/unit_test.hpp>

#include "run_cli.hpp"

using namespace notegraph::testing;

namespace {

/// A vault with a shared stem (two Log notes), a video note, an unresolved link and an
/// orphan.
struct Vault {
  ScratchDir dir{"notegraph-cli-query"};
  Vault() {
    fs::create_directories(dir.path / "trips");
    fs::create_directories(dir.path / "reading");
    std::ofstream(dir.path / "Home.md") << "---\naliases: [Start]\n---\n# Home\n\nSee [[Zürich]], "
                                           "[[trips/Log]] and [[Kontor system]].\n";
    std::ofstream(dir.path / "Zürich.md") << "# Zürich\n\nBack [[Home]].\n";
    std::ofstream(dir.path / "trips" / "Log.md") << "Trip log, [[Zürich]].\n";
    std::ofstream(dir.path / "reading" / "Log.md") << "Reading log, [[Kontor system]].\n";
    std::ofstream(dir.path / "video.md")
        << "---\ntitle: A video note\nvideoId: rP2kEF3Mj-o\n---\nFrom: [[Home]] <br/>\n\n"
           "Talk about [[Zürich]] <a class=\"yt-timestamp\" data-t=\"00:01:14\">[00:01:14]</a>.\n";
    std::ofstream(dir.path / "alone.md") << "Nobody links here. #lonely\n";
  }
  std::string arg() const { return "--vault " + quote(dir.path.string()) + " --no-cache -q"; }
};

rapidjson::Document parse_json(const std::string& text) {
  rapidjson::Document d;
  d.Parse(text.c_str());
  BOOST_TEST_REQUIRE(!d.HasParseError(), "not JSON: " << text);
  return d;
}

}  // namespace

BOOST_AUTO_TEST_CASE(unknown_node_exits_3_with_did_you_mean) {
  Vault v;
  const Run r = run_notegraph("query backlinks Zurch " + v.arg());
  BOOST_TEST(r.exit == 3);
  BOOST_TEST(r.out.empty());
  BOOST_TEST(r.err.find("notegraph: no node named \"Zurch\"; did you mean:") == 0, r.err);
  BOOST_TEST(r.err.find("\n  note:Zürich.md  (note: Zürich)") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_CASE(unknown_node_with_nothing_close_says_how_to_search) {
  Vault v;
  const Run r = run_notegraph("query neighbors qqqqqqqqqq " + v.arg());
  BOOST_TEST(r.exit == 3);
  BOOST_TEST(r.err == "notegraph: no node named \"qqqqqqqqqq\" (try: notegraph query find TEXT)\n");
}

BOOST_AUTO_TEST_CASE(ambiguous_node_exits_3_listing_candidates_with_ids) {
  Vault v;
  const Run r = run_notegraph("query backlinks log " + v.arg());
  BOOST_TEST(r.exit == 3);
  BOOST_TEST(r.out.empty());
  BOOST_TEST(r.err ==
             "notegraph: \"log\" is ambiguous: it names 2 nodes; give one of their ids:\n"
             "  note:reading/Log.md  (note: Log)\n"
             "  note:trips/Log.md  (note: Log)\n");
  // Either id settles it.
  BOOST_TEST(run_notegraph("query backlinks note:trips/Log.md --format json " + v.arg()).exit == 0);
}

BOOST_AUTO_TEST_CASE(path_names_the_end_it_cannot_find) {
  Vault v;
  const Run r = run_notegraph("query path Home Nowhere-at-all " + v.arg());
  BOOST_TEST(r.exit == 3);
  BOOST_TEST(r.err.find("no node named \"Nowhere-at-all\"") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_CASE(bad_options_exit_2) {
  Vault v;
  for (const std::string args :
       {"query neighbors Home --format yaml", "query neighbors Home --depth -1",
        "query neighbors Home --direction sideways", "query neighbors Home --edge likes",
        "query rank --by fame", "query path Home", "query neighbors", "query",
        "query neighbors Home --no-such-option", "query find"}) {
    const Run r = run_notegraph(args + " " + v.arg());
    BOOST_TEST(r.exit == 2, args << " → " << r.exit << ": " << r.err);
    BOOST_TEST(!r.err.empty(), args);
  }
}

BOOST_AUTO_TEST_CASE(every_subcommand_has_help_with_an_example) {
  for (const std::string sub : {"neighbors", "path", "backlinks", "unlinked", "orphans",
                                "unresolved", "mentions", "rank", "components", "find", "notes",
                                "tags"}) {
    const Run r = run_notegraph("query " + sub + " --help");
    BOOST_TEST(r.exit == 0, sub);
    BOOST_TEST(r.out.find("Example:\n  notegraph query " + sub) != std::string::npos, sub << ":\n"
                                                                                          << r.out);
    BOOST_TEST(r.out.find("--format") != std::string::npos, sub);
  }
}

BOOST_AUTO_TEST_CASE(json_is_the_default_when_piped_and_has_the_spec_fields) {
  Vault v;
  const Run r = run_notegraph("query neighbors Home " + v.arg());
  BOOST_TEST_REQUIRE(r.exit == 0, r.err);
  const auto d = parse_json(r.out);
  BOOST_TEST_REQUIRE(d["nodes"].IsArray());
  BOOST_TEST_REQUIRE(d["edges"].IsArray());
  for (const auto& n : d["nodes"].GetArray())
    for (const char* key : {"id", "kind", "label"}) BOOST_TEST(n[key].IsString(), key);
  for (const auto& e : d["edges"].GetArray())
    for (const char* key : {"source", "target", "kind"}) BOOST_TEST(e[key].IsString(), key);
  BOOST_TEST(d["query"]["id"].GetString() == std::string("note:Home.md"));
}

BOOST_AUTO_TEST_CASE(path_json_gives_paths_as_lists_of_ids) {
  Vault v;
  const Run r = run_notegraph("query path video.md 'trips/log' --format json " + v.arg());
  BOOST_TEST_REQUIRE(r.exit == 0, r.err);
  const auto d = parse_json(r.out);
  BOOST_TEST_REQUIRE(d["paths"].IsArray());
  BOOST_TEST_REQUIRE(d["paths"].Size() == 1u);
  std::vector<std::string> path;
  for (const auto& id : d["paths"][0].GetArray()) path.push_back(id.GetString());
  BOOST_TEST(
      path == (std::vector<std::string>{"note:video.md", "note:Home.md", "note:trips/Log.md"}),
      boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(no_path_is_an_empty_answer_not_an_error) {
  Vault v;
  const Run r = run_notegraph("query path alone Home --format json " + v.arg());
  BOOST_TEST(r.exit == 0, r.err);
  BOOST_TEST(parse_json(r.out)["paths"].Size() == 0u);
  const Run t = run_notegraph("query path alone Home --format table " + v.arg());
  BOOST_TEST(t.out == "(none)\n");
}

BOOST_AUTO_TEST_CASE(mentions_link_to_the_video_at_the_second) {
  Vault v;
  const Run r = run_notegraph("query mentions Zürich --format jsonl " + v.arg());
  BOOST_TEST_REQUIRE(r.exit == 0, r.err);
  BOOST_TEST(r.out.find("\"urls\":[\"https://www.youtube.com/watch?v=rP2kEF3Mj-o&t=74s\"]") !=
                 std::string::npos,
             r.out);
}

BOOST_AUTO_TEST_CASE(table_is_aligned_and_fits_columns_with_ellipsis) {
  Vault v;
  const Run wide = run_notegraph("query find o --format table " + v.arg(), "COLUMNS=200");
  BOOST_TEST_REQUIRE(wide.exit == 0, wide.err);
  std::istringstream lines(wide.out);
  std::string header;
  std::getline(lines, header);
  BOOST_TEST(header.find("KIND") == 0u);
  const auto label_at = header.find("LABEL");
  for (std::string line; std::getline(lines, line);)  // every LABEL cell starts under LABEL
    BOOST_TEST(line.substr(label_at - 2, 2) == "  ", line);

  const Run narrow = run_notegraph("query find o --format table " + v.arg(), "COLUMNS=40");
  std::istringstream nl(narrow.out);
  bool cut = false;
  for (std::string line; std::getline(nl, line);) {
    // Count code points: every character here is one column wide.
    std::size_t columns = 0;
    for (unsigned char c : line) columns += (c & 0xC0) != 0x80;
    BOOST_TEST(columns <= 40u, line);
    cut = cut || line.find("…") != std::string::npos;
  }
  BOOST_TEST(cut);
}

BOOST_AUTO_TEST_CASE(jsonl_is_one_object_per_line) {
  Vault v;
  const Run r = run_notegraph("query orphans --format jsonl " + v.arg());
  BOOST_TEST_REQUIRE(r.exit == 0, r.err);
  BOOST_TEST(
      r.out ==
      "{\"id\":\"note:alone.md\",\"kind\":\"note\",\"label\":\"alone\",\"path\":\"alone.md\"}\n");
}

BOOST_AUTO_TEST_CASE(missing_vault_exits_1) {
  const Run r = run_notegraph("query orphans --vault /nonexistent/vault --no-cache");
  BOOST_TEST(r.exit == 1);
  BOOST_TEST(r.err.find("/nonexistent/vault") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_CASE(warnings_are_printed_and_strict_makes_them_exit_1) {
  Vault v;
  std::ofstream(v.dir.path / "broken.md") << "---\ntags: [unclosed\n---\nText.\n";
  const std::string vault = "--vault " + quote(v.dir.path.string()) + " --no-cache";
  const Run loose = run_notegraph("query orphans --format json " + vault);
  BOOST_TEST(loose.exit == 0);
  BOOST_TEST(loose.err.find("broken.md:") != std::string::npos, loose.err);
  const Run strict = run_notegraph("query orphans --format json --strict " + vault);
  BOOST_TEST(strict.exit == 1);
  BOOST_TEST(!strict.out.empty());  // the answer is still given
}
