#include "query_common.hpp"

#include <algorithm>
#include <map>

#include "notegraph/query/lookup.hpp"

namespace notegraph::cli {

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::string describe(const NodeView& n) {
  return n.id() + "  (" + std::string(to_string(n.kind())) + ": " + std::string(n.label()) + ")";
}

NodeId resolve_node(const KnowledgeGraph& kg, const std::string& ref) {
  const Lookup found = lookup_node(kg, ref);
  switch (found.outcome) {
    case LookupOutcome::found:
      return found.vertex;
    case LookupOutcome::ambiguous: {
      std::string message = "\"" + ref + "\" is ambiguous: it names " +
                            std::to_string(found.candidates.size()) +
                            " nodes; give one of their ids:";
      for (NodeId v : found.candidates) message += "\n  " + describe(kg.node(v));
      throw CliError(ExitCode::not_found, message);
    }
    case LookupOutcome::not_found:
      break;
  }
  std::string message = "no node named \"" + ref + "\"";
  if (found.suggestions.empty()) {
    message += " (try: notegraph query find TEXT)";
  } else {
    message += "; did you mean:";
    for (NodeId v : found.suggestions) message += "\n  " + describe(kg.node(v));
  }
  throw CliError(ExitCode::not_found, message);
}

GraphFilter filter_of(const std::vector<EdgeKind>& edges, const std::vector<NodeKind>& nodes) {
  return GraphFilter{edges, nodes};
}

std::vector<std::string> ids_of(const KnowledgeGraph& kg, const std::vector<NodeId>& vs) {
  std::vector<std::string> out;
  for (NodeId v : vs) out.push_back(kg.node(v).id());
  return out;
}

void put_query_node(Report& r, const NodeView& node) { r.put("query", node_json(r, node)); }

void put_edges(Report& r, const KnowledgeGraph& kg, const std::vector<EdgeId>& edges) {
  rapidjson::Value list(rapidjson::kArrayType);
  for (EdgeId e : edges) list.PushBack(edge_json(r, kg, e), r.alloc());
  r.put("edges", std::move(list));
  r.edges = edges;
}

void put_nodes_as_rows(Report& r, rapidjson::Value items) {
  rapidjson::Value rows;
  rows.CopyFrom(items, r.alloc());
  r.rows = std::move(rows);
  r.put("nodes", std::move(items));
}
Report incoming_report(const KnowledgeGraph& kg, NodeId target, const std::vector<EdgeId>& edges) {
  Report r;
  put_query_node(r, kg.node(target));
  struct PerNote {
    int count = 0;
    std::vector<int> lines;
    std::vector<std::string> relations;
    std::vector<int> seconds;
  };
  std::map<NodeId, PerNote> by_note;  // vertex order is id order
  for (EdgeId e : edges) {
    PerNote& p = by_note[kg.edge(e).source()];
    const EdgeView edge = kg.edge(e);
    p.count += edge.count();
    const std::vector<int> lines = edge.lines(), seconds = edge.seconds();
    p.lines.insert(p.lines.end(), lines.begin(), lines.end());
    p.seconds.insert(p.seconds.end(), seconds.begin(), seconds.end());
    if (!edge.relation().empty()) p.relations.emplace_back(edge.relation());
  }
  r.table.columns = {{"NOTE"}, {"COUNT", Align::right}, {"LINES"}, {"RELATION"}, {"ID"}};
  rapidjson::Value nodes(rapidjson::kArrayType);
  for (auto& [v, p] : by_note) {
    std::sort(p.lines.begin(), p.lines.end());
    std::sort(p.seconds.begin(), p.seconds.end());
    p.seconds.erase(std::unique(p.seconds.begin(), p.seconds.end()), p.seconds.end());
    const NodeView n = kg.node(v);
    rapidjson::Value item = node_json(r, n);
    item.AddMember("count", p.count, r.alloc());
    item.AddMember("lines", int_array(r, p.lines), r.alloc());
    item.AddMember("seconds", int_array(r, p.seconds), r.alloc());
    item.AddMember("relations", string_array(r, p.relations), r.alloc());
    nodes.PushBack(item, r.alloc());
    r.table.add_row(
        {n.label(), std::to_string(p.count), join(p.lines, ","), join(p.relations, ","), n.id()});
    r.nodes.push_back(v);
  }
  put_nodes_as_rows(r, std::move(nodes));
  put_edges(r, kg, edges);
  return r;
}

void add_format(CLI::App* sub, OutputOptions& o) {
  add_enum_option(sub, "--format,-f", o.format, kQueryFormatNames,
                  "Output: table (the default on a terminal), json (the default when piped), "
                  "jsonl (one object per result line), dot or graphml (the answer's subgraph)");
}

void add_edge_filter(CLI::App* sub, std::vector<EdgeKind>& edges, const std::string& what) {
  add_enum_option(sub, "--edge,-e", edges, kEdgeKindNames, what + " (default: all)", "KIND");
}

void add_node_filter(CLI::App* sub, std::vector<NodeKind>& nodes, const std::string& what) {
  add_enum_option(sub, "--node,-n", nodes, kNodeKindNames, what + " (default: all)", "KIND");
}

CLI::App* subcommand(CLI::App* query, const std::string& name, const std::string& description,
                     const std::string& example) {
  CLI::App* sub = query->add_subcommand(name, description);
  sub->footer("Example:\n  " + example);
  return sub;
}

}  // namespace notegraph::cli
