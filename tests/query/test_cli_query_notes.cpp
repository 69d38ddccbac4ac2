// `notegraph query notes` (filters, sorting, formats) and `query tags` (the tag tree
// with counts), run on a small vault whose answers are known by hand.
#define BOOST_TEST_MODULE cli_query_notes
#include <rapidjson/document.h>

#include <boost/test/unit_test.hpp>

#include "run_cli.hpp"

using namespace notegraph::testing;

namespace {

struct Vault {
  ScratchDir dir{"notegraph-cli-notes"};
  Vault() {
    fs::create_directories(dir.path / "trips");
    fs::create_directories(dir.path / "people");
    std::ofstream(dir.path / "Home.md") << "# Home\n\n[[trips/Alps]], [[trips/Baltic]], [[Ada]]\n";
    std::ofstream(dir.path / "trips" / "Alps.md")
        << "---\nstatus: done\nyear: 2023\nwith: [Ada, Bob]\n---\n#travel/rail/night [[Ada]]\n";
    std::ofstream(dir.path / "trips" / "Baltic.md")
        << "---\nstatus: planned\n---\n#travel/ferry #Travel\nBack [[Home]].\n";
    std::ofstream(dir.path / "people" / "Ada.md") << "---\naliases: [Ada L]\n---\n#person\n";
    std::ofstream(dir.path / "people" / "Bob.md") << "Bob went to the Alps. #person #travel\n";
    std::ofstream(dir.path / "alone.md") << "Nobody links here. Ada was here.\n";
  }
  std::string arg() const { return "--vault " + quote(dir.path.string()) + " --no-cache -q"; }
};

/// The ids of the listed notes, in order (jsonl).
std::vector<std::string> ids(const Run& r) {
  BOOST_TEST_REQUIRE(r.exit == 0, r.err);
  std::vector<std::string> out;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    rapidjson::Document d;
    d.Parse(line.c_str());
    BOOST_TEST_REQUIRE(!d.HasParseError(), line);
    out.push_back(d["id"].GetString());
  }
  return out;
}

using Ids = std::vector<std::string>;

}  // namespace

BOOST_AUTO_TEST_CASE(filters) {
  Vault v;
  auto notes = [&](const std::string& args) {
    return ids(run_notegraph("query notes --format jsonl --sort path " + args + " " + v.arg()));
  };
  // A tag includes its children, in any case and with or without '#'.
  BOOST_TEST(notes("--tag travel") ==
                 (Ids{"note:people/Bob.md", "note:trips/Alps.md", "note:trips/Baltic.md"}),
             boost::test_tools::per_element());
  BOOST_TEST(notes("--tag '#Travel/Rail'") == Ids{"note:trips/Alps.md"},
             boost::test_tools::per_element());
  BOOST_TEST(notes("--tag trav").empty());  // a prefix of a name is not a parent tag
  BOOST_TEST(notes("--tag travel --tag person") == Ids{"note:people/Bob.md"},
             boost::test_tools::per_element());
  BOOST_TEST(notes("--folder trips/") == (Ids{"note:trips/Alps.md", "note:trips/Baltic.md"}),
             boost::test_tools::per_element());
  BOOST_TEST(notes("--folder trip").empty());
  BOOST_TEST(notes("--property status=DONE") == Ids{"note:trips/Alps.md"},
             boost::test_tools::per_element());
  BOOST_TEST(notes("--property year=2023 --property with=bob") == Ids{"note:trips/Alps.md"},
             boost::test_tools::per_element());
  BOOST_TEST(notes("--links-to Ada") == (Ids{"note:Home.md", "note:trips/Alps.md"}),
             boost::test_tools::per_element());
  BOOST_TEST(notes("--linked-from Home") ==
                 (Ids{"note:people/Ada.md", "note:trips/Alps.md", "note:trips/Baltic.md"}),
             boost::test_tools::per_element());
  BOOST_TEST(notes("--mentions Ada") == Ids{"note:alone.md"}, boost::test_tools::per_element());
  BOOST_TEST(notes("--orphan") == (Ids{"note:alone.md", "note:people/Bob.md"}),
             boost::test_tools::per_element());
  BOOST_TEST(notes("").size() == 6u);
}

BOOST_AUTO_TEST_CASE(sorting_and_formats) {
  Vault v;
  const Run by_backlinks =
      run_notegraph("query notes --sort backlinks --limit 2 --format jsonl " + v.arg());
  BOOST_TEST(ids(by_backlinks) == (Ids{"note:people/Ada.md", "note:Home.md"}),
             boost::test_tools::per_element());
  BOOST_TEST(ids(run_notegraph("query notes --sort title -r --limit 1 --format jsonl " +
                               v.arg())) == Ids{"note:Home.md"},
             boost::test_tools::per_element());
  const Run json = run_notegraph("query notes --tag person --format json " + v.arg());
  rapidjson::Document d;
  d.Parse(json.out.c_str());
  BOOST_TEST_REQUIRE(d["nodes"].IsArray());
  BOOST_TEST(d["nodes"][0]["backlinks"].GetUint() == 2u);  // Home and Alps link to Ada
  BOOST_TEST(d["nodes"][0]["tags"][0].GetString() == std::string("person"));
  const Run table = run_notegraph("query notes --folder people --format table " + v.arg());
  BOOST_TEST(table.out ==
             "TITLE  PATH           IN  OUT  TAGS\n"
             "Ada    people/Ada.md   2    0  person\n"
             "Bob    people/Bob.md   0    0  person travel\n");
  BOOST_TEST(run_notegraph("query notes --property status " + v.arg()).exit == 2);
  BOOST_TEST(run_notegraph("query notes --sort 1 " + v.arg()).exit == 2);
  BOOST_TEST(run_notegraph("query notes --links-to Nobody-at-all " + v.arg()).exit == 3);
  BOOST_TEST(
      run_notegraph("query notes --format graphml --tag travel " + v.arg()).out.find("<graphml") !=
      std::string::npos);
}

BOOST_AUTO_TEST_CASE(tag_tree_counts_notes_under_each_tag) {
  Vault v;
  const Run table = run_notegraph("query tags --format table " + v.arg());
  BOOST_TEST(table.out ==
             "TAG         NOTES  DIRECT\n"
             "#person         2       2\n"
             "#travel         3       2\n"
             "  #ferry        1       1\n"
             "  #rail         1       0\n"
             "    #night      1       1\n");
  const Run json = run_notegraph("query tags --format jsonl " + v.arg());
  BOOST_TEST(json.out.find("{\"id\":\"tag:travel/rail\",\"tag\":\"travel/rail\",\"depth\":1,"
                           "\"notes\":1,\"direct\":0}") != std::string::npos,
             json.out);
}
