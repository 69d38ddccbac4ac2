// notegraph query orphans: the notes with no link in or out.
#include <memory>

#include "notegraph/query/notes.hpp"
#include "query_common.hpp"

namespace notegraph::cli {
namespace {

ExitCode run_orphans(const OutputOptions& out, const GlobalOptions& g) {
  Session s(g);
  const KnowledgeGraph& kg = s.graph();
  Report r;
  r.drawing = Drawing::induced;
  r.table.columns = {{"NOTE"}, {"ID"}};
  rapidjson::Value nodes(rapidjson::kArrayType);
  for (NodeId v : orphans(kg)) {
    const NodeView n = kg.node(v);
    rapidjson::Value item = node_json(r, n);
    item.AddMember("path", r.str(n.path()), r.alloc());
    nodes.PushBack(item, r.alloc());
    r.table.add_row({n.label(), n.id()});
    r.nodes.push_back(v);
  }
  put_nodes_as_rows(r, std::move(nodes));
  return s.finish(r, out);
}

}  // namespace

void setup_query_orphans(CLI::App* query, RunState& state) {
  const GlobalOptions& global = state.global;
  auto o = std::make_shared<OutputOptions>();
  auto* sub = subcommand(query, "orphans",
                         "Notes with no link in or out. Links to missing notes and to "
                         "attachments count; tags, URLs, mentions and a note's links to "
                         "itself do not",
                         "notegraph query orphans --format jsonl");
  add_format(sub, *o);
  sub->callback([o, &state, &global] { state.exit = run_orphans(*o, global); });
}

}  // namespace notegraph::cli
