// The seed vault (seeds/) through the whole pipeline: scan → parse → resolve → build.
#define BOOST_TEST_MODULE seed_vault
#include <boost/test/unit_test.hpp>

#include "notegraph/pipeline/load.hpp"

using namespace notegraph;

BOOST_TEST_DONT_PRINT_LOG_VALUE(std::vector<std::string>)
BOOST_TEST_DONT_PRINT_LOG_VALUE(std::vector<int>)

namespace {

const std::string kNote = "note:kremlins_perception_of_peace_with_ukraine.md";

LoadResult load_seeds(ResolveMode mode = ResolveMode::obsidian) {
  LoadOptions o;
  o.scan.root = std::string(NOTEGRAPH_SOURCE_DIR) + "/seeds";
  o.resolve.mode = mode;
  o.cache = CacheMode::off;
  return load_vault(o);
}

EdgeView edge(const KnowledgeGraph& g, std::string_view from, std::string_view to,
                 EdgeKind kind, std::string_view relation = {}) {
  auto s = g.find(from);
  auto t = g.find(to);
  BOOST_REQUIRE_MESSAGE(s && t, "nodes " << from << " and " << to);
  for (auto e : g.out_edges(*s))
    if (g.edge(e).target() == *t && g.edge(e).kind() == kind && g.edge(e).relation() == relation)
      return g.edge(e);
  BOOST_FAIL("no edge " << from << " -> " << to);
  throw std::logic_error("unreachable");
}

}  // namespace

BOOST_AUTO_TEST_CASE(seed_note_node) {
  LoadResult r = load_seeds();
  auto v = r.graph.find(kNote);
  BOOST_REQUIRE(v.has_value());
  BOOST_TEST(r.graph.node(*v).label() == "Kremlins perception of peace with Ukraine");
  BOOST_TEST(r.graph.node(*v).path() == "kremlins_perception_of_peace_with_ukraine.md");
  BOOST_TEST(r.stats.notes == 1u);
  BOOST_TEST(r.stats.attachments == 0u);
  BOOST_TEST(r.stats.links == 3u);
  BOOST_TEST(r.stats.resolved_links == 0u);
  BOOST_TEST(r.stats.unresolved_links == 3u);
  for (const auto& d : r.diagnostics) BOOST_ERROR(d.path << ':' << d.line << ": " << d.message);
}

BOOST_AUTO_TEST_CASE(source_video) {
  LoadResult r = load_seeds();
  edge(r.graph, kNote, "video:rP2kEF3Mj-o", EdgeKind::source);
  const NodeView video = r.graph.node(*r.graph.find("video:rP2kEF3Mj-o"));
  BOOST_TEST(video.url() == "https://www.youtube.com/watch?v=rP2kEF3Mj-o");
}

BOOST_AUTO_TEST_CASE(from_relation_to_missing_channel) {
  LoadResult r = load_seeds();
  const EdgeView e = edge(r.graph, kNote, "missing:bonus_professor", EdgeKind::link, "from");
  BOOST_TEST(e.count() == 1);
  BOOST_TEST(e.lines() == (std::vector<int>{6}));
  BOOST_TEST(r.graph.node(*r.graph.find("missing:bonus_professor")).label() == "bonus_professor");
}

BOOST_AUTO_TEST_CASE(aliased_links_with_seconds_and_sections) {
  LoadResult r = load_seeds();
  const EdgeView shift = edge(r.graph, kNote, "missing:kremlins strategy and negotiations", EdgeKind::link);
  BOOST_TEST(shift.aliases() == (std::vector<std::string_view>{"strategic shift"}));
  BOOST_TEST(shift.seconds() == (std::vector<int>{467}));  // last anchor before: 00:07:47
  BOOST_TEST(shift.lines() == (std::vector<int>{23}));
  BOOST_TEST(shift.sections() == (std::vector<std::string_view>{"Kremlin's Vision for Peace Contours"}));
  BOOST_TEST(r.graph.node(*r.graph.find("missing:kremlins strategy and negotiations")).label() ==
             "Kremlins Strategy and Negotiations");

  const EdgeView talks = edge(r.graph, kNote,
                           "missing:ukraine russia peace talks and territorial integrity", EdgeKind::link);
  BOOST_TEST(talks.aliases() == (std::vector<std::string_view>{"confrontation between Russia and Ukraine"}));
  BOOST_TEST(talks.seconds() == (std::vector<int>{591}));  // first anchor after: 00:09:51
  BOOST_TEST(talks.lines() == (std::vector<int>{29}));
  BOOST_TEST(talks.sections() ==
             (std::vector<std::string_view>{"US Reaction and Internal Considerations > The Role of the \"Deep State\""}));
}

BOOST_AUTO_TEST_CASE(slug_mode_leaves_absent_targets_missing) {
  LoadResult r = load_seeds(ResolveMode::slug);
  BOOST_TEST(r.stats.unresolved_links == 3u);
  BOOST_TEST(r.graph.find("missing:bonus_professor").has_value());
}

BOOST_AUTO_TEST_CASE(loading_is_deterministic) {
  LoadResult a = load_seeds();
  LoadResult b = load_seeds();
  BOOST_REQUIRE(a.graph.node_count() == b.graph.node_count());
  BOOST_REQUIRE(a.graph.edge_count() == b.graph.edge_count());
  for (NodeId v : a.graph.nodes()) BOOST_TEST(a.graph.node(v).id() == b.graph.node(v).id());
  auto ea = a.graph.edges();
  auto eb = b.graph.edges();
  for (std::size_t i = 0; i < ea.size(); ++i) {
    BOOST_TEST(a.graph.edge(ea[i]).lines() == b.graph.edge(eb[i]).lines());
    BOOST_TEST(a.graph.edge(ea[i]).seconds() == b.graph.edge(eb[i]).seconds());
  }
}
