#include "notegraph/exporters/dot.hpp"

#include <map>
#include <set>
#include <string>
#include <vector>

#include "notegraph/exporters/style.hpp"
#include "notegraph/exporters/text.hpp"
#include "notegraph/exporters/values.hpp"
#include "notegraph/text/path.hpp"

namespace notegraph {
namespace {

// The document gathers in a buffer written out in pieces of about this size.
constexpr std::size_t kFlushBytes = 1 << 20;

std::string attr(std::string_view name, std::string_view value) {
  return std::string(name) + "=" + dot_quote(value);
}

// Appends `name="value", ` (or without the separator for the last attribute).
void append_attr(std::string& out, std::string_view name, std::string_view value,
                 std::string_view separator = ", ") {
  out += name;
  out += '=';
  text::append_dot_string(out, value);
  out += separator;
}

void append_node_statement(std::string& out, const NodeView& n, std::string_view indent,
                           std::string& scratch) {
  const NodeStyle style = node_style(n);
  scratch.clear();
  n.append_id(scratch);
  out += indent;
  text::append_dot_string(out, scratch);
  out += " [";
  append_attr(out, "label", n.label().empty() ? std::string_view(scratch) : n.label());
  append_attr(out, "kind", to_string(n.kind()));
  if (!n.entity_type().empty()) append_attr(out, "entity_type", n.entity_type());
  if (!n.path().empty()) append_attr(out, "path", n.path());
  append_attr(out, "tooltip", scratch);
  append_attr(out, "shape", style.shape);
  append_attr(out, "style", style.dot_style);
  append_attr(out, "fillcolor", hex_color(style.color), "];\n");
}

void append_edge_statement(std::string& out, const KnowledgeGraph& kg, EdgeId e,
                           std::string& scratch) {
  const EdgeView ed = kg.edge(e);
  const EdgeStyle style = edge_style(ed.kind());
  out += "  ";
  scratch.clear();
  kg.node(ed.source()).append_id(scratch);
  text::append_dot_string(out, scratch);
  out += " -> ";
  scratch.clear();
  kg.node(ed.target()).append_id(scratch);
  text::append_dot_string(out, scratch);
  out += " [";
  append_attr(out, "kind", to_string(ed.kind()));
  if (!ed.relation().empty()) append_attr(out, "label", ed.relation());
  append_attr(out, "count", std::to_string(ed.count()));
  if (ed.count() > 0) {
    if (const std::vector<int> seconds = ed.seconds(); !seconds.empty())
      append_attr(out, "seconds", json_list(seconds));
  }
  if (ed.kind() == EdgeKind::cooccurs) append_attr(out, "dir", "none");
  append_attr(out, "style", style.dot_style);
  append_attr(out, "color", hex_color(style.color), "];\n");
}

// Appends to `buf`, writing it to `out` in pieces.
class Chunked {
 public:
  explicit Chunked(std::ostream& out) : out_(out) { buf_.reserve(kFlushBytes + kFlushBytes / 4); }
  ~Chunked() { flush(); }
  std::string& buf() { return buf_; }
  std::string& scratch() { return scratch_; }
  void flush_if_full() {
    if (buf_.size() >= kFlushBytes) flush();
  }
  void flush() {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }

 private:
  std::ostream& out_;
  std::string buf_, scratch_;
};

struct FolderTree {
  std::map<std::string, FolderTree> children;  // by folder name, sorted
  std::vector<NodeId> nodes;
};

void write_cluster(Chunked& out, const KnowledgeGraph& kg, const std::string& path,
                   const FolderTree& tree, int depth, int& counter) {
  const std::string indent(2 * depth, ' ');
  for (NodeId v : tree.nodes) {
    append_node_statement(out.buf(), kg.node(v), indent, out.scratch());
    out.flush_if_full();
  }
  for (const auto& [name, child] : tree.children) {
    const std::string child_path = path.empty() ? name : path + "/" + name;
    out.buf() += indent + "subgraph " + dot_quote("cluster_" + std::to_string(counter++)) +
                 " {\n" + indent + "  " + attr("label", name) + ";\n" + indent + "  " +
                 attr("tooltip", child_path) + ";\n" + indent + "  " + attr("style", "rounded") +
                 ";\n";
    write_cluster(out, kg, child_path, child, depth + 1, counter);
    out.buf() += indent + "}\n";
  }
}

void write_legend(std::string& out, const KnowledgeGraph& kg) {
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
  out +=
      "  \"legend\" [shape=\"plaintext\", kind=\"legend\", label=<<TABLE BORDER=\"0\""
      " CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"4\"><TR><TD COLSPAN=\"2\"><B>"
      "notegraph legend</B></TD></TR>";
  out += rows;
  out += "</TABLE>>];\n";
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
  Chunked chunked(out);
  if (options.clusters == DotClusters::folder) {
    FolderTree root;
    for (NodeId v : kg.nodes()) {
      FolderTree* at = &root;
      const std::string folder(text::folder_of(kg.node(v).path()));
      for (std::size_t start = 0; !folder.empty() && start <= folder.size();) {
        const auto slash = folder.find('/', start);
        const auto end = slash == std::string::npos ? folder.size() : slash;
        at = &at->children[folder.substr(start, end - start)];
        start = end + 1;
      }
      at->nodes.push_back(v);
    }
    int counter = 0;
    write_cluster(chunked, kg, "", root, 1, counter);
  } else {
    for (NodeId v : kg.nodes()) {
      append_node_statement(chunked.buf(), kg.node(v), "  ", chunked.scratch());
      chunked.flush_if_full();
    }
  }
  for (EdgeId e : kg.edges()) {
    append_edge_statement(chunked.buf(), kg, e, chunked.scratch());
    chunked.flush_if_full();
  }
  write_legend(chunked.buf(), kg);
  chunked.buf() += "}\n";
}

}  // namespace notegraph
