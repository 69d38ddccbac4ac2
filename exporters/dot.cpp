#include "notegraph/exporters/dot.hpp"

#include <map>
#include <set>
#include <string>
#include <vector>

#include "notegraph/exporters/style.hpp"
#include "notegraph/exporters/text.hpp"
#include "notegraph/exporters/values.hpp"

namespace notegraph {
namespace {

std::string attr(std::string_view name, std::string_view value) {
  return std::string(name) + "=" + dot_quote(value);
}

std::string node_statement(const NodeView& n, std::string_view indent) {
  const NodeStyle style = node_style(n);
  std::string s(indent);
  s += dot_quote(n.id());
  s += " [";
  s += attr("label", n.label().empty() ? n.id() : std::string(n.label())) + ", ";
  s += attr("kind", to_string(n.kind())) + ", ";
  if (!n.entity_type().empty()) s += attr("entity_type", n.entity_type()) + ", ";
  if (!n.path().empty()) s += attr("path", n.path()) + ", ";
  s += attr("tooltip", n.id()) + ", ";
  s += attr("shape", style.shape) + ", ";
  s += attr("style", style.dot_style) + ", ";
  s += attr("fillcolor", hex_color(style.color));
  s += "];\n";
  return s;
}

std::string edge_statement(const KnowledgeGraph& kg, EdgeId e) {
  const EdgeView ed = kg.edge(e);
  const EdgeStyle style = edge_style(ed.kind());
  std::string s = "  ";
  s += dot_quote(kg.node(kg.edge(e).source()).id());
  s += " -> ";
  s += dot_quote(kg.node(kg.edge(e).target()).id());
  s += " [";
  s += attr("kind", to_string(ed.kind())) + ", ";
  if (!ed.relation().empty()) s += attr("label", ed.relation()) + ", ";
  s += attr("count", std::to_string(ed.count())) + ", ";
  if (!ed.seconds().empty()) s += attr("seconds", json_list(ed.seconds())) + ", ";
  if (ed.kind() == EdgeKind::cooccurs) s += attr("dir", "none") + ", ";
  s += attr("style", style.dot_style) + ", ";
  s += attr("color", hex_color(style.color));
  s += "];\n";
  return s;
}

// The folder of a vault path ("a/b/c.md" → "a/b"; "c.md" → "").
std::string folder_of(std::string_view path) {
  const auto slash = path.rfind('/');
  return slash == std::string_view::npos ? std::string() : std::string(path.substr(0, slash));
}

struct FolderTree {
  std::map<std::string, FolderTree> children;  // by folder name, sorted
  std::vector<NodeId> nodes;
};

void write_cluster(std::ostream& out, const KnowledgeGraph& kg, const std::string& path,
                   const FolderTree& tree, int depth, int& counter) {
  const std::string indent(2 * depth, ' ');
  for (NodeId v : tree.nodes) out << node_statement(kg.node(v), indent);
  for (const auto& [name, child] : tree.children) {
    const std::string child_path = path.empty() ? name : path + "/" + name;
    out << indent << "subgraph " << dot_quote("cluster_" + std::to_string(counter++)) << " {\n"
        << indent << "  " << attr("label", name) << ";\n"
        << indent << "  " << attr("tooltip", child_path) << ";\n"
        << indent << "  " << attr("style", "rounded") << ";\n";
    write_cluster(out, kg, child_path, child, depth + 1, counter);
    out << indent << "}\n";
  }
}

void write_legend(std::ostream& out, const KnowledgeGraph& kg) {
  std::map<NodeKind, std::size_t> node_counts;
  std::map<EntityType, std::size_t> entity_counts;
  std::map<EdgeKind, std::size_t> edge_counts;
  for (NodeId v : kg.nodes()) {
    ++node_counts[kg.node(v).kind()];
    if (kg.node(v).kind() == NodeKind::entity) ++entity_counts[entity_type_of(kg.node(v).entity_type())];
  }
  for (EdgeId e : kg.edges()) ++edge_counts[kg.edge(e).kind()];

  std::string rows;
  // A node row is a cell filled with the kind's colour; an edge row is text in its colour.
  auto node_row = [&](Rgb fill, std::string_view text, std::size_t count) {
    rows += "<TR><TD BGCOLOR=\"" + hex_color(fill) + "\">" + xml_escape(text) +
            "</TD><TD ALIGN=\"RIGHT\">" + std::to_string(count) + "</TD></TR>";
  };
  auto edge_row = [&](const EdgeStyle& style, std::string_view text, std::size_t count) {
    rows += "<TR><TD><FONT COLOR=\"" + hex_color(style.color) + "\">" + xml_escape(text) +
            "</FONT></TD><TD ALIGN=\"RIGHT\">" + std::to_string(count) + "</TD></TR>";
  };
  for (const auto& [kind, count] : node_counts)
    if (kind != NodeKind::entity) node_row(node_kind_style(kind).color, to_string(kind), count);
  for (const auto& [type, count] : entity_counts)
    node_row(entity_style(type).color, "entity: " + std::string(to_string(type)), count);
  for (const auto& [kind, count] : edge_counts) {
    const EdgeStyle style = edge_style(kind);
    edge_row(style,
             "\xE2\x86\x92 " + std::string(to_string(kind)) + " (" +
                 std::string(style.dot_style) + ")",
             count);
  }
  out << "  \"legend\" [shape=\"plaintext\", kind=\"legend\", label=<<TABLE BORDER=\"0\""
         " CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"4\"><TR><TD COLSPAN=\"2\"><B>"
         "notegraph legend</B></TD></TR>"
      << rows << "</TABLE>>];\n";
}

}  // namespace

void write_dot(const KnowledgeGraph& kg, std::ostream& out, const ExportOptions& options) {
  out << "// notegraph export: " << kg.node_count() << " nodes, " << kg.edge_count()
      << " edges. Render with: dot -Tsvg, or sfdp -Tsvg for large graphs.\n"
         "digraph \"notegraph\" {\n"
         "  graph [charset=\"UTF-8\", overlap=\"false\", outputorder=\"edgesfirst\","
         " fontname=\"Helvetica\"];\n"
         "  node [fontname=\"Helvetica\", fontsize=\"10\"];\n"
         "  edge [fontname=\"Helvetica\", fontsize=\"8\"];\n";
  if (options.clusters == DotClusters::folder) {
    FolderTree root;
    for (NodeId v : kg.nodes()) {
      FolderTree* at = &root;
      const std::string folder = folder_of(kg.node(v).path());
      for (std::size_t start = 0; !folder.empty() && start <= folder.size();) {
        const auto slash = folder.find('/', start);
        const auto end = slash == std::string::npos ? folder.size() : slash;
        at = &at->children[folder.substr(start, end - start)];
        start = end + 1;
      }
      at->nodes.push_back(v);
    }
    int counter = 0;
    write_cluster(out, kg, "", root, 1, counter);
  } else {
    for (NodeId v : kg.nodes()) out << node_statement(kg.node(v), "  ");
  }
  for (EdgeId e : kg.edges()) out << edge_statement(kg, e);
  write_legend(out, kg);
  out << "}\n";
}

}  // namespace notegraph
