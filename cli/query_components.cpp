// notegraph query components: weakly connected components, largest first.
#include <algorithm>
#include <memory>

#include "notegraph/query/components.hpp"
#include "query_common.hpp"

namespace notegraph::cli {
namespace {

struct ComponentsArgs {
  std::vector<EdgeKind> edges;
  std::vector<NodeKind> nodes;
  std::size_t min_size = 1;
  std::size_t top = 0;
};

ExitCode run_components(const ComponentsArgs& a, const OutputOptions& out, const GlobalOptions& g) {
  constexpr std::size_t kShownMembers = 5;
  Session s(g);
  const KnowledgeGraph& kg = s.graph();
  std::vector<Component> comps = weak_components(kg, filter_of(a.edges, a.nodes));
  std::erase_if(comps, [&](const Component& c) { return c.members.size() < a.min_size; });
  if (a.top != 0 && comps.size() > a.top) comps.resize(a.top);

  Report r;
  r.drawing = Drawing::induced;
  r.table.columns = {{"#", Align::right}, {"SIZE", Align::right}, {"MEMBERS"}};
  rapidjson::Value nodes(rapidjson::kArrayType);
  rapidjson::Value list(rapidjson::kArrayType);
  std::vector<std::pair<NodeId, int>> membership;
  for (std::size_t i = 0; i < comps.size(); ++i) {
    const int number = static_cast<int>(i) + 1;
    std::vector<std::string> labels;
    for (NodeId v : comps[i].members) {
      membership.emplace_back(v, number);
      if (labels.size() < kShownMembers) labels.emplace_back(kg.node(v).label());
    }
    if (comps[i].members.size() > kShownMembers) labels.push_back("…");
    rapidjson::Value item(rapidjson::kObjectType);
    item.AddMember("component", number, r.alloc());
    item.AddMember("size", static_cast<uint64_t>(comps[i].members.size()), r.alloc());
    item.AddMember("nodes", string_array(r, ids_of(kg, comps[i].members)), r.alloc());
    list.PushBack(item, r.alloc());
    r.table.add_row(
        {std::to_string(number), std::to_string(comps[i].members.size()), join(labels, ", ")});
  }
  std::sort(membership.begin(), membership.end());
  for (const auto& [v, number] : membership) {
    rapidjson::Value item = node_json(r, kg.node(v));
    item.AddMember("component", number, r.alloc());
    nodes.PushBack(item, r.alloc());
    r.nodes.push_back(v);
  }
  r.put("nodes", std::move(nodes));
  r.rows.CopyFrom(list, r.alloc());
  r.put("components", std::move(list));
  return s.finish(r, out);
}

}  // namespace

void setup_query_components(CLI::App* query, RunState& state) {
  const GlobalOptions& global = state.global;
  auto a = std::make_shared<ComponentsArgs>();
  auto o = std::make_shared<OutputOptions>();
  auto* sub = subcommand(query, "components", "Weakly connected components, largest first",
                         "notegraph query components --node note --edge link --min-size 2");
  add_edge_filter(sub, a->edges, "Connect only through edges of these kinds");
  add_node_filter(sub, a->nodes, "Keep only nodes of these kinds");
  sub->add_option("--min-size", a->min_size, "Leave out components smaller than N");
  sub->add_option("--top", a->top, "List at most N components (0: all)");
  add_format(sub, *o);
  sub->callback([a, o, &state, &global] { state.exit = run_components(*a, *o, global); });
}

}  // namespace notegraph::cli
