// `notegraph query` on the tubegraph corpus (../shared/corpora/tubegraph/content), checked
// against networkx on notegraph's own GraphML export: every shortest path between two
// channel hub notes (undirected), the directed shortest-path length, and the mentions of
// a video with their links at the cited seconds. Skipped, with a message, when the
// corpus or networkx is absent.
#define BOOST_TEST_MODULE query_corpora
#include <rapidjson/document.h>

#include <boost/test/unit_test.hpp>
#include <chrono>

#include "run_cli.hpp"

using namespace notegraph::testing;

namespace {

const fs::path kTubegraph = fs::path(NOTEGRAPH_SHARED_DIR) / "corpora" / "tubegraph" / "content";

struct CorpusPresent {
  boost::test_tools::assertion_result operator()(boost::unit_test::test_unit_id) const {
    boost::test_tools::assertion_result r(fs::is_directory(kTubegraph));
    if (!r) r.message() << "skipped: " << kTubegraph << " is absent";
    return r;
  }
};

rapidjson::Document parse_json(const std::string& text) {
  rapidjson::Document d;
  d.Parse(text.c_str());
  BOOST_TEST_REQUIRE(!d.HasParseError(), "not JSON: " << text.substr(0, 500));
  return d;
}

/// Runs a notegraph command on the corpus, reporting how long the query itself took.
Run run_on_corpus(const std::string& args, const fs::path& cache) {
  const auto start = std::chrono::steady_clock::now();
  // Entity extraction is off: the questions here are about links and videos, and the
  // answers then do not move when the extractors improve.
  Run r = run_notegraph(args + " --vault " + quote(kTubegraph.string()) + " --cache " +
                        quote(cache.string()) + " --extract none -v");
  const auto seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::string timings;
  for (std::size_t at = r.err.find("notegraph: "); at != std::string::npos;
       at = r.err.find("notegraph: ", at + 1))
    timings += r.err.substr(at, r.err.find('\n', at) - at) + "; ";
  BOOST_TEST_MESSAGE(args << ": " << seconds << " s (" << timings << ")");
  return r;
}

void write_file(const fs::path& p, const std::string& text) {
  std::ofstream(p, std::ios::binary) << text;
}

}  // namespace

BOOST_AUTO_TEST_CASE(hub_paths_and_video_mentions_match_networkx,
                     *boost::unit_test::precondition(CorpusPresent())) {
  ScratchDir scratch("notegraph-query-corpora");
  const fs::path cache = scratch.path / "cache";
  const std::string hubs = "allin/allin.md alexhormozi/alexhormozi.md";

  const Run undirected =
      run_on_corpus("query path " + hubs + " --undirected --all-shortest --format json", cache);
  BOOST_TEST_REQUIRE(undirected.exit == 0, undirected.err.substr(0, 2000));
  const auto u = parse_json(undirected.out);
  BOOST_TEST(u["query"]["from"]["id"].GetString() == std::string("note:allin/allin.md"));
  BOOST_TEST(u["query"]["to"]["id"].GetString() == std::string("note:alexhormozi/alexhormozi.md"));
  BOOST_TEST_REQUIRE(u["paths"].Size() > 0u, "the two hubs are in one component");
  for (const auto& path : u["paths"].GetArray()) {
    BOOST_TEST(path[0].GetString() == std::string("note:allin/allin.md"));
    BOOST_TEST(path[path.Size() - 1].GetString() == std::string("note:alexhormozi/alexhormozi.md"));
  }

  const Run directed = run_on_corpus("query path " + hubs + " --format json", cache);
  BOOST_TEST_REQUIRE(directed.exit == 0, directed.err.substr(0, 2000));

  // The seed note's video: the note that summarizes it and the hub that lists it.
  const Run mentions = run_on_corpus("query mentions rP2kEF3Mj-o --format json", cache);
  BOOST_TEST_REQUIRE(mentions.exit == 0, mentions.err.substr(0, 2000));
  const auto m = parse_json(mentions.out);
  BOOST_TEST(m["query"]["id"].GetString() == std::string("video:rP2kEF3Mj-o"));
  bool summary = false;
  for (const auto& row : m["mentions"].GetArray())
    summary =
        summary ||
        (row["note"].GetString() ==
             std::string("note:bonus_professor/kremlins_perception_of_peace_with_ukraine.md") &&
         row["kind"].GetString() == std::string("source"));
  BOOST_TEST(summary, "the seed note's source edge is among the mentions");

  if (std::system("/usr/bin/python3 -c 'import networkx' >/dev/null 2>&1") != 0) {
    BOOST_TEST_MESSAGE("skipped the networkx comparison: /usr/bin/python3 has no networkx");
    return;
  }
  const fs::path graphml = scratch.path / "tubegraph.graphml";
  const Run exported =
      run_on_corpus("export --format graphml -o " + quote(graphml.string()), cache);
  BOOST_TEST_REQUIRE(exported.exit == 0, exported.err.substr(0, 2000));
  write_file(scratch.path / "undirected.json", undirected.out);
  write_file(scratch.path / "directed.json", directed.out);
  write_file(scratch.path / "mentions.json", mentions.out);
  const fs::path script = fs::path(NOTEGRAPH_SOURCE_DIR) / "tests" / "query" / "networkx_check.py";
  const fs::path report = scratch.path / "networkx.txt";
  const std::string cmd =
      "/usr/bin/python3 " + quote(script.string()) + " " + quote(graphml.string()) + " " +
      quote((scratch.path / "undirected.json").string()) + " " +
      quote((scratch.path / "directed.json").string()) + " " +
      quote((scratch.path / "mentions.json").string()) + " >" + quote(report.string()) + " 2>&1";
  const int status = std::system(cmd.c_str());
  BOOST_TEST_MESSAGE("networkx: " << slurp(report));
  BOOST_TEST(status == 0, slurp(report));
}
