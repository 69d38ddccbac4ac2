// The external extractor protocol end to end with a real NLP library: the compromise
// example (examples/extractors/compromise) on the seed note.
#define BOOST_TEST_MODULE external_compromise
#include <boost/test/unit_test.hpp>

#include <filesystem>

#include "notegraph/pipeline/load.hpp"

namespace fs = std::filesystem;
using namespace notegraph;

BOOST_AUTO_TEST_CASE(compromise_finds_people_and_places_in_the_seed) {
  const fs::path example = fs::path(NOTEGRAPH_SOURCE_DIR) / "examples/extractors/compromise";
  if (!fs::exists(example / "node_modules/compromise")) {
    BOOST_TEST_MESSAGE("skipped: run `npm ci` in " << example.string());
    return;
  }
  LoadOptions o;
  o.scan.root = fs::path(NOTEGRAPH_SOURCE_DIR) / "seeds";
  o.cache = CacheMode::off;
  o.extract.extractors = {ExtractorKind::external};
  o.extract.external_command = "node '" + (example / "extract.js").string() + "'";
  LoadResult r = load_vault(o);
  for (const auto& d : r.diagnostics) BOOST_TEST_MESSAGE(d.path << ":" << d.line << ": " << d.message);
  BOOST_TEST(r.diagnostics.empty());
  const auto& g = r.graph;
  auto trump = g.find("entity:person:donald trump");
  BOOST_TEST_REQUIRE(trump.has_value());
  BOOST_TEST(g.node(*trump).entity_type() == "person");
  BOOST_TEST(g.find("entity:place:ukraine").has_value());
  // mentions carry the seconds of their sentences, as from any extractor
  auto note = g.find("note:kremlins_perception_of_peace_with_ukraine.md");
  BOOST_TEST_REQUIRE(note.has_value());
  bool cited = false;
  for (auto e : g.out_edges(*note))
    if (g.edge(e).target() == *trump && g.edge(e).kind() == EdgeKind::mention)
      {
        const auto seconds = g.edge(e).seconds();
        cited = std::count(seconds.begin(), seconds.end(), 213) == 1;
      }
  BOOST_TEST(cited);
}
