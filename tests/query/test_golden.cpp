// Golden tests: `notegraph query` on examples/vault, every subcommand and format,
// compared byte for byte with tests/query/golden/<case>. Regenerate after a reviewed
// change with UPDATE_GOLDEN=1 ctest -R test_query_golden (then read the diff).
#define BOOST_TEST_MODULE query_golden
#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "run_cli.hpp"

namespace bdata = boost::unit_test::data;
using namespace notegraph::testing;

namespace {

struct Case {
  const char* file;  ///< golden file name under tests/query/golden
  const char* args;  ///< after `notegraph query`
};
std::ostream& operator<<(std::ostream& os, const Case& c) { return os << c.file; }

// Structural queries run without entity extraction, so that they do not change when
// the extractors improve; unlinked needs the vault gazetteer (and only that).
#define NONE " --extract none"
#define VAULT " --extract vault"

const Case kCases[] = {
    {"neighbors_zurich.txt", "neighbors Zürich --format table" NONE},
    {"neighbors_zurich.json", "neighbors Zürich --format json" NONE},
    {"neighbors_zurich.jsonl", "neighbors Zürich --format jsonl" NONE},
    {"neighbors_zurich.dot", "neighbors Zürich --format dot" NONE},
    {"neighbors_zurich.graphml", "neighbors Zürich --format graphml" NONE},
    {"neighbors_night_train_out_links_depth2.txt",
     "neighbors 'night train from vienna to zurich' --depth 2 --direction out --edge link "
     "--node note --format table" NONE},
    {"path_hubs_all_shortest.txt",
     "path slow_rails harbour_history --undirected --all-shortest --format table" NONE},
    {"path_hubs_all_shortest.json",
     "path slow_rails harbour_history --undirected --all-shortest --format json" NONE},
    {"path_hubs_all_shortest.jsonl",
     "path slow_rails harbour_history --undirected --all-shortest --format jsonl" NONE},
    {"path_hubs_all_shortest.dot",
     "path slow_rails harbour_history --undirected --all-shortest --format dot" NONE},
    {"path_hubs_all_shortest.graphml",
     "path slow_rails harbour_history --undirected --all-shortest --format graphml" NONE},
    {"path_home_zurich_max3.txt", "path Home Zürich --max-length 3 --format table" NONE},
    {"path_home_zurich_directed.json", "path Home places/Zürich.md --edge link --format json" NONE},
    {"backlinks_zurich.txt", "backlinks Zürich --format table" NONE},
    {"backlinks_zurich.json", "backlinks Zürich --format json" NONE},
    {"backlinks_zurich.jsonl", "backlinks Zürich --format jsonl" NONE},
    {"backlinks_zurich.dot", "backlinks Zürich --format dot" NONE},
    {"unlinked_marta.txt", "unlinked 'Marta Kowalska' --format table" VAULT},
    {"unlinked_marta.json", "unlinked 'Marta Kowalska' --format json" VAULT},
    {"unlinked_marta.jsonl", "unlinked 'Marta Kowalska' --format jsonl" VAULT},
    {"orphans.txt", "orphans --format table" NONE},
    {"orphans.json", "orphans --format json" NONE},
    {"orphans.jsonl", "orphans --format jsonl" NONE},
    {"orphans.graphml", "orphans --format graphml" NONE},
    {"unresolved.txt", "unresolved --format table" NONE},
    {"unresolved.json", "unresolved --format json" NONE},
    {"unresolved.jsonl", "unresolved --format jsonl" NONE},
    {"mentions_zurich.txt", "mentions Zürich --format table" NONE},
    {"mentions_zurich.json", "mentions Zürich --format json" NONE},
    {"mentions_video.txt", "mentions Vn7tR4kZq2M --format table" NONE},
    {"mentions_video.jsonl", "mentions Vn7tR4kZq2M --format jsonl" NONE},
    {"mentions_video.dot", "mentions Vn7tR4kZq2M --format dot" NONE},
    {"rank_degree.txt", "rank --top 10 --format table" NONE},
    {"rank_degree_notes_links.json",
     "rank --by degree --node note --edge link --top 5 --format json" NONE},
    {"rank_pagerank.txt", "rank --by pagerank --top 10 --format table" NONE},
    {"rank_pagerank.jsonl", "rank --by pagerank --node note --top 5 --format jsonl" NONE},
    {"rank_betweenness.txt", "rank --by betweenness --top 10 --format table" NONE},
    {"rank_betweenness_notes.dot", "rank --by betweenness --node note --top 5 --format dot" NONE},
    {"components.txt", "components --format table" NONE},
    {"components_notes_links.json", "components --node note --edge link --format json" NONE},
    {"components_notes_links.jsonl", "components --node note --edge link --format jsonl" NONE},
    {"find_rail.txt", "find rail --format table" NONE},
    {"find_rail.json", "find rail --node note --format json" NONE},
    {"find_rail.jsonl", "find RAIL --node tag --format jsonl" NONE},
    {"find_rail.graphml", "find rail --node note --format graphml" NONE},
};

}  // namespace

BOOST_DATA_TEST_CASE(query_output_matches_golden, bdata::make(kCases), c) {
  const fs::path source = NOTEGRAPH_SOURCE_DIR;
  const fs::path golden = source / "tests" / "query" / "golden" / c.file;
  const std::string vault = (source / "examples" / "vault").string();
  BOOST_TEST_REQUIRE(fs::is_directory(vault), "examples/vault is missing");
  // A fixed width: tables are laid out for an 80-column terminal.
  const Run r = run_notegraph(
      std::string("query ") + c.args + " --vault " + quote(vault) + " --no-cache -q", "COLUMNS=80");
  BOOST_TEST_REQUIRE(r.exit == 0, c.file << ": exit " << r.exit << ": " << r.err);
  if (std::getenv("UPDATE_GOLDEN")) {
    fs::create_directories(golden.parent_path());
    std::ofstream(golden, std::ios::binary) << r.out;
    BOOST_TEST_MESSAGE("wrote " << golden);
    return;
  }
  BOOST_TEST_REQUIRE(fs::exists(golden), golden << " is missing (UPDATE_GOLDEN=1 writes it)");
  const std::string expected = slurp(golden);
  BOOST_TEST(r.out == expected, c.file << " differs; actual output:\n" << r.out);
}
