// notegraph query find: nodes whose label, alias, path or id contains TEXT.
#include <memory>

#include "notegraph/query/find.hpp"
#include "query_common.hpp"

namespace notegraph::cli {
namespace {

struct FindArgs {
  std::string text;
  std::vector<NodeKind> nodes;
};

ExitCode run_find(const FindArgs& a, const OutputOptions& out, const GlobalOptions& g) {
  Session s(g);
  const KnowledgeGraph& kg = s.graph();
  Report r;
  r.drawing = Drawing::induced;
  r.table.columns = {kKindColumn, {"LABEL"}, {"MATCHED"}, {"ID"}};
  rapidjson::Value nodes(rapidjson::kArrayType);
  for (const FindHit& hit : find_text(kg, a.text, GraphFilter{{}, a.nodes})) {
    const NodeView n = kg.node(hit.vertex);
    const std::string_view field = name_of(kMatchFieldNames, hit.field);
    rapidjson::Value item = node_json(r, n);
    item.AddMember("matched", r.str(field), r.alloc());
    item.AddMember("text", r.str(hit.matched), r.alloc());
    nodes.PushBack(item, r.alloc());
    r.table.add_row({std::string(to_string(n.kind())), n.label(),
                     hit.field == MatchField::label ? std::string(field)
                                                    : std::string(field) + ": " + hit.matched,
                     n.id()});
    r.nodes.push_back(hit.vertex);
  }
  put_nodes_as_rows(r, std::move(nodes));
  return s.finish(r, out);
}

}  // namespace

void setup_query_find(CLI::App* query, RunState& state) {
  const GlobalOptions& global = state.global;
  auto a = std::make_shared<FindArgs>();
  auto o = std::make_shared<OutputOptions>();
  auto* sub = subcommand(query, "find",
                         "Nodes whose label, alias, path or id contains TEXT "
                         "(case-insensitive), in id order",
                         "notegraph query find rail --node note");
  sub->add_option("TEXT", a->text, "Text to look for")->required();
  add_node_filter(sub, a->nodes, "Only nodes of these kinds");
  add_format(sub, *o);
  sub->callback([a, o, &state, &global] { state.exit = run_find(*a, *o, global); });
}

}  // namespace notegraph::cli
