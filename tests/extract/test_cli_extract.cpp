// The extraction options of the CLI (--extract, --gazetteer, --extractor,
// --cooccurrence), run as a user would on a temporary vault.
#define BOOST_TEST_MODULE cli_extract
#include <boost/test/unit_test.hpp>

#include <rapidjson/document.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace {

struct Run {
  int exit = -1;
  std::string out;
  std::string err;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

struct Fixture {
  fs::path base, vault, gazetteer;
  Fixture() {
    std::random_device rd;
    base = fs::temp_directory_path() / ("notegraph-cli-extract-" + std::to_string(rd()));
    vault = base / "vault";
    fs::create_directories(vault / "people");
    std::ofstream(vault / "people" / "Ada Lovelace.md")
        << "---\ntype: Person\naliases: [Countess of Lovelace]\n---\nWrote the first program.\n";
    std::ofstream(vault / "day.md")
        << "# Monday\n\nRead about ada lovelace in London today. Charles Babbage explained the "
           "engine to the Countess of Lovelace. [[Ada Lovelace]] again.\n\n"
           "Acme Widgets Ltd shipped the order on 6 November 2024; AW sent the bill.\n";
    gazetteer = base / "gazetteer.csv";
    std::ofstream(gazetteer) << "name,type,aliases,sameAs\n"
                                "Acme Widgets Ltd,organization,Acme Widgets|AW,https://example.org/acme\n";
  }
  ~Fixture() {
    std::error_code ec;
    fs::remove_all(base, ec);
  }
  Run run(const std::string& args) const {
    const char* bin = std::getenv("NOTEGRAPH_BIN");
    BOOST_REQUIRE_MESSAGE(bin, "NOTEGRAPH_BIN is not set (run through ctest)");
    fs::path out = base / "out.txt", err = base / "err.txt";
    std::string cmd = quote(bin) + " --no-cache --vault " + quote(vault.string()) + " " + args + " >" +
                      quote(out.string()) + " 2>" + quote(err.string()) + " </dev/null";
    int status = std::system(cmd.c_str());
    Run r;
    r.exit = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
  }
  // Ids of the nodes that day.md mentions (query neighbors --edge mention).
  std::set<std::string> mentioned(const std::string& options) const {
    Run r = run(options + " query neighbors note:day.md --direction out --edge mention --format json");
    BOOST_TEST_REQUIRE(r.exit == 0, r.err);
    rapidjson::Document d;
    d.Parse(r.out.c_str());
    BOOST_TEST_REQUIRE(!d.HasParseError(), r.out);
    std::set<std::string> ids;
    for (const auto& n : d["nodes"].GetArray()) ids.insert(n["id"].GetString());
    ids.erase("note:day.md");
    return ids;
  }
  int count(const std::string& options, const char* group, const char* kind) const {
    Run r = run(options + " stats --format json");
    BOOST_TEST_REQUIRE(r.exit == 0, r.err);
    rapidjson::Document d;
    d.Parse(r.out.c_str());
    return d[group]["by_kind"][kind].GetInt();
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(cli_extract, Fixture)

BOOST_AUTO_TEST_CASE(default_runs_typed_notes_vault_and_rules) {
  auto ids = mentioned("");
  BOOST_TEST(ids.count("note:people/Ada Lovelace.md"));  // unlinked mention, any case
  BOOST_TEST(ids.count("entity:person:charles babbage"));
  BOOST_TEST(ids.count("entity:place:london"));
  BOOST_TEST(ids.count("entity:date:2024-11-06"));
  BOOST_TEST(!ids.count("entity:person:monday"));
  Run r = run("query neighbors 'note:people/Ada Lovelace.md' --depth 0 --format json");
  BOOST_TEST(r.exit == 0);
}

BOOST_AUTO_TEST_CASE(extract_list_switches_extractors) {
  BOOST_TEST(count("--extract none", "nodes", "entity") == 0);
  BOOST_TEST(count("--extract none", "edges", "mention") == 0);
  auto vault_only = mentioned("--extract vault");
  BOOST_TEST(vault_only == std::set<std::string>{"note:people/Ada Lovelace.md"});
  auto rules_only = mentioned("--extract rules");
  BOOST_TEST(!rules_only.count("note:people/Ada Lovelace.md"));
  BOOST_TEST(rules_only.count("entity:place:london"));
  BOOST_TEST(mentioned("--extract vault,rules").size() == vault_only.size() + rules_only.size());
}

BOOST_AUTO_TEST_CASE(bad_extractor_name_is_a_usage_error) {
  Run r = run("--extract rules,spacy stats");
  BOOST_TEST(r.exit == 2);
  BOOST_TEST(r.err.find("spacy") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_CASE(gazetteer_file_adds_typed_entities_with_aliases) {
  auto ids = mentioned("--extract gazetteer --gazetteer " + quote(gazetteer.string()));
  BOOST_TEST(ids == std::set<std::string>{"entity:organization:acme widgets ltd"});
  Run q = run("--extract gazetteer --gazetteer " + quote(gazetteer.string()) +
              " query mentions 'Acme Widgets Ltd' --format json");
  BOOST_TEST(q.exit == 0, q.err);
  Run r = run("--gazetteer " + quote(gazetteer.string()) + " export --format graphml");
  BOOST_TEST(r.exit == 0, r.err);
  BOOST_TEST(r.out.find("https://example.org/acme") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(failing_external_command_is_a_warning) {
  Run r = run("--extractor 'echo broken >&2; exit 3' stats --format json");
  BOOST_TEST(r.exit == 0, r.err);
  BOOST_TEST(r.err.find("exited with status 3: broken") != std::string::npos, r.err);
  Run strict = run("--strict --extractor 'exit 3' stats");
  BOOST_TEST(strict.exit == 1);
}

BOOST_AUTO_TEST_CASE(cooccurrence_scope) {
  // London, Charles Babbage and (the Countess of) Lovelace share the first paragraph;
  // Acme Widgets Ltd and the date the second (the acronym AW has no evidence but its
  // capitals, so the rules alone do not take it): 3 + 1 pairs by block, all 5 × 4 / 2
  // pairs by note.
  int block = count("--extract rules", "edges", "cooccurs");
  BOOST_TEST(block == 4);
  BOOST_TEST(count("--extract rules --cooccurrence note", "edges", "cooccurs") == 10);
  BOOST_TEST(count("--extract rules --cooccurrence section", "edges", "cooccurs") == 10);
  BOOST_TEST(count("--extract rules --cooccurrence off", "edges", "cooccurs") == 0);
}

BOOST_AUTO_TEST_CASE(typed_note_keeps_its_type_only_with_typed_notes) {
  auto note_node = [](const std::string& graphml) {
    auto at = graphml.find("<node id=\"note:people/Ada Lovelace.md\"");
    BOOST_TEST_REQUIRE(at != std::string::npos);
    return graphml.substr(at, graphml.find("</node>", at) - at);
  };
  Run on = run("export --format graphml");
  BOOST_TEST(note_node(on.out).find(">person<") != std::string::npos, note_node(on.out));
  Run off = run("--extract vault,rules export --format graphml");
  BOOST_TEST(note_node(off.out).find(">person<") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
