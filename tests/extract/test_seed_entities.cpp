// The seed note yields the entities issue 5 names, each with the seconds of the
// sentences that mention it (SPEC 2.1's citation rule), through the whole pipeline.
#define BOOST_TEST_MODULE seed_entities
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <sstream>

#include "notegraph/pipeline/load.hpp"

namespace fs = std::filesystem;
using namespace notegraph;

namespace {

const LoadResult& seed() {
  static const LoadResult loaded = [] {
    LoadOptions o;
    o.scan.root = fs::path(NOTEGRAPH_SOURCE_DIR) / "seeds";
    o.cache = CacheMode::off;
    return load_vault(o);
  }();
  return loaded;
}

const char* kNote = "note:kremlins_perception_of_peace_with_ukraine.md";

std::string entity_list() {
  std::ostringstream out;
  const auto& g = seed().graph;
  for (auto v : g.nodes())
    if (g.node(v).kind() == NodeKind::entity) out << g.node(v).id() << "; ";
  return out.str();
}

std::optional<EdgeView> mention(const std::string& entity_id) {
  const auto& g = seed().graph;
  auto from = g.find(kNote);
  auto to = g.find(entity_id);
  if (!from || !to) return std::nullopt;
  for (auto e : g.out_edges(*from))
    if (g.edge(e).target() == *to && g.edge(e).kind() == EdgeKind::mention) return g.edge(e);
  return std::nullopt;
}

struct Expected {
  const char* id;
  std::vector<int> seconds;
};
std::ostream& operator<<(std::ostream& o, const Expected& e) { return o << e.id; }

const std::vector<Expected> kExpected{
    {"entity:person:donald trump", {74, 186, 213, 457, 489, 498, 591, 663}},
    {"entity:person:chemezov", {213}},
    {"entity:person:patrushev", {213}},
    {"entity:person:evgeny vasilyevich", {890}},
    {"entity:place:crimea", {407, 432, 446}},  // 432: the callout title, cited by the anchor after it,
    {"entity:place:donetsk", {410}},
    {"entity:place:luhansk", {410}},
    {"entity:place:kherson", {422}},
    {"entity:place:zaporozhye", {422}},
    {"entity:place:kursk", {418}},
    {"entity:place:ukraine", {74, 191, 418}},
    {"entity:place:russia", {74, 191, 422, 467, 890, 971}},
    {"entity:organization:kremlin", {74, 388, 457, 467}},
    {"entity:organization:congress", {583}},
    {"entity:organization:supreme court", {583}},
    {"entity:event:valdai forum", {890}},
    {"entity:date:--11-06", {213}},
    {"entity:date:--11-07", {1036}},
};

}  // namespace

BOOST_DATA_TEST_CASE(entity_with_seconds, boost::unit_test::data::make(kExpected), expected) {
  const auto e = mention(expected.id);
  BOOST_TEST_REQUIRE(e.has_value(), expected.id << " missing; entities: " << entity_list());
  BOOST_TEST(e->seconds() == expected.seconds, boost::test_tools::per_element());
  BOOST_TEST(e->count() >= static_cast<int>(expected.seconds.size()));
  BOOST_TEST(e->lines().size() == static_cast<std::size_t>(e->count()));
}

BOOST_AUTO_TEST_CASE(surname_merges_into_full_name) {
  const auto& g = seed().graph;
  BOOST_TEST(!g.find("entity:person:trump"), entity_list());
  const auto e = mention("entity:person:donald trump");
  BOOST_TEST_REQUIRE(e.has_value());
  const auto aliases = e->aliases();
  const bool has_alias = std::find(aliases.begin(), aliases.end(), "Trump") != aliases.end();
  BOOST_TEST(has_alias);
  BOOST_TEST(g.node(*g.find("entity:person:donald trump")).label() == "Donald Trump");
}

BOOST_AUTO_TEST_CASE(entities_are_typed_and_sectioned) {
  const auto& g = seed().graph;
  auto v = g.find("entity:place:kursk");
  BOOST_TEST_REQUIRE(v.has_value());
  BOOST_TEST(g.node(*v).kind() == NodeKind::entity);
  BOOST_TEST(g.node(*v).entity_type() == "place");
  BOOST_TEST(g.node(*v).label() == "Kursk");
  const auto e = mention("entity:place:kursk");
  BOOST_TEST_REQUIRE(e.has_value());
  BOOST_TEST(e->sections() == std::vector<std::string>{"Kremlin's Vision for Peace Contours"},
             boost::test_tools::per_element());
  BOOST_TEST(e->lines() == std::vector<int>{20}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(no_sentence_openers_or_roles) {
  const auto& g = seed().graph;
  for (const char* id : {"entity:person:despite", "entity:person:the", "entity:person:secretary of state",
                         "entity:person:president", "entity:place:the", "entity:organization:however",
                         "entity:person:trump's", "entity:organization:kremlin's"})
    BOOST_TEST(!g.find(id), id);
}

BOOST_AUTO_TEST_CASE(cooccurrence_by_block) {
  const auto& g = seed().graph;
  auto a = g.find("entity:person:chemezov");
  auto b = g.find("entity:person:patrushev");
  BOOST_TEST_REQUIRE((a && b));
  bool found = false;
  for (auto e : g.out_edges(*a))
    if (g.edge(e).target() == *b && g.edge(e).kind() == EdgeKind::cooccurs) {
      found = true;
      BOOST_TEST(g.edge(e).weight() == 1.0);
    }
  BOOST_TEST(found);
}
