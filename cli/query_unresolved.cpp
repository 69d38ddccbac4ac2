// notegraph query unresolved: link targets with no note or file, most-linked first.
#include <algorithm>
#include <memory>

#include "notegraph/query/notes.hpp"
#include "query_common.hpp"

namespace notegraph::cli {
namespace {

ExitCode run_unresolved(const OutputOptions& out, const GlobalOptions& g) {
  Session s(g);
  const KnowledgeGraph& kg = s.graph();
  Report r;
  r.table.columns = {{"TARGET"}, {"NOTES", Align::right}, {"LINKS", Align::right}, {"LINKED FROM"}};
  rapidjson::Value nodes(rapidjson::kArrayType);
  std::vector<EdgeId> all_links;
  for (const Unresolved& u : unresolved(kg)) {
    const NodeView n = kg.node(u.target);
    std::vector<NodeId> sources;
    for (EdgeId e : u.links) {
      sources.push_back(kg.edge(e).source());
      all_links.push_back(e);
    }
    sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
    std::vector<std::string> labels;
    for (NodeId v : sources) labels.emplace_back(kg.node(v).label());
    rapidjson::Value item = node_json(r, n);
    item.AddMember("notes", u.notes, r.alloc());
    item.AddMember("links", u.occurrences, r.alloc());
    item.AddMember("sources", string_array(r, ids_of(kg, sources)), r.alloc());
    nodes.PushBack(item, r.alloc());
    r.table.add_row(
        {n.label(), std::to_string(u.notes), std::to_string(u.occurrences), join(labels, ", ")});
    r.nodes.push_back(u.target);
  }
  put_nodes_as_rows(r, std::move(nodes));
  put_edges(r, kg, all_links);
  return s.finish(r, out);
}

}  // namespace

void setup_query_unresolved(CLI::App* query, RunState& state) {
  const GlobalOptions& global = state.global;
  auto o = std::make_shared<OutputOptions>();
  auto* sub = subcommand(query, "unresolved",
                         "Link targets with no note or file (missing nodes), with the notes "
                         "that link there, most-linked first",
                         "notegraph query unresolved --format json | jq '.nodes[0]'");
  add_format(sub, *o);
  sub->callback([o, &state, &global] { state.exit = run_unresolved(*o, global); });
}

}  // namespace notegraph::cli
