// notegraph query path: how FROM leads to TO (shortest, all shortest or all simple paths).
#include <memory>
#include <set>

#include "notegraph/query/paths.hpp"
#include "query_common.hpp"

namespace notegraph::cli {
namespace {

struct PathArgs {
  std::string from, to;
  bool all_shortest = false;
  std::optional<int> max_length;
  bool undirected = false;
  std::vector<EdgeKind> edges;
  std::vector<NodeKind> nodes;
  std::size_t limit = 10000;
};

ExitCode run_path(const PathArgs& a, const OutputOptions& out, const GlobalOptions& g) {
  Session s(g);
  const KnowledgeGraph& kg = s.graph();
  const NodeId from = resolve_node(kg, a.from);
  const NodeId to = resolve_node(kg, a.to);
  PathOptions o;
  o.set = a.all_shortest ? PathSet::all_shortest
          : a.max_length ? PathSet::all_simple
                         : PathSet::shortest;
  o.max_length = a.max_length;
  o.orientation = a.undirected ? Orientation::undirected : Orientation::directed;
  o.filter = filter_of(a.edges, a.nodes);
  o.limit = a.limit;
  const PathResult result = find_paths(kg, from, to, o);
  if (result.truncated && !g.quiet)
    std::cerr << "notegraph: stopped after " << result.paths.size()
              << " paths (--limit); there are more\n";

  Report r;
  rapidjson::Value from_to(rapidjson::kObjectType);
  from_to.AddMember("from", node_json(r, kg.node(from)), r.alloc());
  from_to.AddMember("to", node_json(r, kg.node(to)), r.alloc());
  r.put("query", std::move(from_to));

  std::set<NodeId> on_paths;
  rapidjson::Value paths(rapidjson::kArrayType);
  r.table.columns = {{"LEN", Align::right}, {"PATH"}};
  for (const auto& path : result.paths) {
    on_paths.insert(path.begin(), path.end());
    std::vector<std::string> labels;
    for (NodeId v : path) labels.emplace_back(kg.node(v).label());
    const std::vector<std::string> ids = ids_of(kg, path);
    paths.PushBack(string_array(r, ids), r.alloc());
    rapidjson::Value row(rapidjson::kObjectType);
    row.AddMember("length", static_cast<int>(path.size()) - 1, r.alloc());
    row.AddMember("path", string_array(r, ids), r.alloc());
    row.AddMember("labels", string_array(r, labels), r.alloc());
    r.rows.PushBack(row, r.alloc());
    r.table.add_row({std::to_string(path.size() - 1), join(labels, " → ")});
  }
  rapidjson::Value nodes(rapidjson::kArrayType);
  for (NodeId v : on_paths) {
    nodes.PushBack(node_json(r, kg.node(v)), r.alloc());
    r.nodes.push_back(v);
  }
  r.put("nodes", std::move(nodes));
  put_edges(r, kg, result.edges);
  r.put("paths", std::move(paths));
  r.json.AddMember("truncated", result.truncated, r.alloc());
  return s.finish(r, out);
}

}  // namespace

void setup_query_path(CLI::App* query, RunState& state) {
  const GlobalOptions& global = state.global;
  auto a = std::make_shared<PathArgs>();
  auto o = std::make_shared<OutputOptions>();
  auto* sub = subcommand(query, "path",
                         "How FROM leads to TO: the shortest path along edge directions (the "
                         "first in id order), every shortest path, or every simple path up "
                         "to --max-length edges",
                         "notegraph query path slow_rails harbour_history --undirected "
                         "--all-shortest");
  sub->add_option("FROM", a->from, "Start node")->required();
  sub->add_option("TO", a->to, "End node")->required();
  sub->add_flag("--all-shortest", a->all_shortest, "Every shortest path, not just one");
  sub->add_option("--max-length", a->max_length,
                  "Every simple path of at most N edges (with --all-shortest: only shortest "
                  "paths of at most N edges)")
      ->check(CLI::NonNegativeNumber);
  sub->add_flag("--undirected,-u", a->undirected, "Walk edges both ways");
  add_edge_filter(sub, a->edges, "Walk only edges of these kinds");
  add_node_filter(sub, a->nodes, "Pass only through nodes of these kinds");
  sub->add_option("--limit", a->limit, "Stop after N paths (0: no limit)");
  add_format(sub, *o);
  sub->callback([a, o, &state, &global] { state.exit = run_path(*a, *o, global); });
}

}  // namespace notegraph::cli
