// notegraph query neighbors: the nodes within --depth steps of NODE and the edges between them.
#include <memory>

#include "notegraph/query/neighbors.hpp"
#include "query_common.hpp"

namespace notegraph::cli {
namespace {

struct NeighborsArgs {
  std::string node;
  int depth = 1;
  Direction direction = Direction::both;
  std::vector<EdgeKind> edges;
  std::vector<NodeKind> nodes;
};

ExitCode run_neighbors(const NeighborsArgs& a, const OutputOptions& out, const GlobalOptions& g) {
  Session s(g);
  const KnowledgeGraph& kg = s.graph();
  const NodeId start = resolve_node(kg, a.node);
  const NeighborResult result =
      neighbors(kg, start, NeighborOptions{a.depth, a.direction, filter_of(a.edges, a.nodes)});

  Report r;
  put_query_node(r, kg.node(start));
  rapidjson::Value nodes(rapidjson::kArrayType);
  r.table.columns = {{"DIST", Align::right}, kKindColumn, {"LABEL"}, {"ID"}};
  for (const Reached& hit : result.nodes) {
    const NodeView n = kg.node(hit.vertex);
    rapidjson::Value v = node_json(r, n);
    v.AddMember("distance", hit.distance, r.alloc());
    nodes.PushBack(v, r.alloc());
    r.table.add_row(
        {std::to_string(hit.distance), std::string(to_string(n.kind())), n.label(), n.id()});
    r.nodes.push_back(hit.vertex);
  }
  put_nodes_as_rows(r, std::move(nodes));
  put_edges(r, kg, result.edges);
  return s.finish(r, out);
}

}  // namespace

void setup_query_neighbors(CLI::App* query, RunState& state) {
  const GlobalOptions& global = state.global;
  auto a = std::make_shared<NeighborsArgs>();
  auto o = std::make_shared<OutputOptions>();
  auto* sub = subcommand(query, "neighbors",
                         "Nodes within --depth steps of NODE (NODE itself at distance 0) and "
                         "the edges between them",
                         "notegraph query neighbors \"Night train from Vienna to Zurich\" "
                         "--depth 2 --direction out --edge link");
  sub->add_option("NODE", a->node, "The node to start from")->required();
  sub->add_option("--depth,-d", a->depth, "Steps to walk")->check(CLI::NonNegativeNumber);
  add_enum_option(sub, "--direction", a->direction, kDirectionNames,
                  "Follow edges out of nodes, into them, or both ways");
  add_edge_filter(sub, a->edges, "Walk only edges of these kinds (repeatable or a,b)");
  add_node_filter(sub, a->nodes, "Enter only nodes of these kinds (NODE itself always)");
  add_format(sub, *o);
  sub->callback([a, o, &state, &global] { state.exit = run_neighbors(*a, *o, global); });
}

}  // namespace notegraph::cli
