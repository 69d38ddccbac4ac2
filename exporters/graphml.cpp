#include "notegraph/exporters/graphml.hpp"

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "notegraph/exporters/style.hpp"
#include "notegraph/exporters/text.hpp"
#include "notegraph/exporters/values.hpp"

namespace notegraph {
namespace {

struct Key {
  std::string_view id;  // descriptive and unique across node and edge keys
  std::string_view domain;
  std::string_view name;
  std::string_view type;
};

// Every key the document may use. Lists and maps are JSON text (attr.type string),
// which networkx, igraph and Gephi all read as plain strings.
constexpr std::array<Key, 22> kKeys{{
    {"node_kind", "node", "kind", "string"},
    {"node_label", "node", "label", "string"},
    {"node_path", "node", "path", "string"},
    {"node_entity_type", "node", "entity_type", "string"},
    {"node_tags", "node", "tags", "string"},
    {"node_aliases", "node", "aliases", "string"},
    {"node_url", "node", "url", "string"},
    {"node_same_as", "node", "same_as", "string"},
    {"node_properties", "node", "properties", "string"},
    {"node_r", "node", "r", "int"},
    {"node_g", "node", "g", "int"},
    {"node_b", "node", "b", "int"},
    {"edge_kind", "edge", "kind", "string"},
    {"edge_relation", "edge", "relation", "string"},
    {"edge_count", "edge", "count", "int"},
    {"edge_weight", "edge", "weight", "double"},
    {"edge_embed", "edge", "embed", "boolean"},
    {"edge_lines", "edge", "lines", "string"},
    {"edge_seconds", "edge", "seconds", "string"},
    {"edge_aliases", "edge", "aliases", "string"},
    {"edge_anchors", "edge", "anchors", "string"},
    {"edge_sections", "edge", "sections", "string"},
}};

// The document gathers in a buffer written out in pieces of about this size.
constexpr std::size_t kFlushBytes = 1 << 20;

void data(std::string& out, std::string_view key, std::string_view value) {
  out += "      <data key=\"";
  out += key;
  out += "\">";
  text::append_xml(out, value);
  out += "</data>\n";
}

void data_if(std::string& out, std::string_view key, std::string_view value) {
  if (!value.empty()) data(out, key, value);
}

// A list as JSON text in a data element; `scratch` holds the JSON.
template <typename Items>
void data_list(std::string& out, std::string_view key, const Items& items, std::string& scratch) {
  if (items.empty()) return;
  scratch.clear();
  append_json_list(scratch, items);
  data(out, key, scratch);
}

void data_number(std::string& out, std::string_view key, long long value) {
  out += "      <data key=\"";
  out += key;
  out += "\">";
  out += std::to_string(value);
  out += "</data>\n";
}

void node_element(std::string& out, const NodeView& n, std::string& scratch) {
  out += "    <node id=\"";
  scratch.clear();
  n.append_id(scratch);
  text::append_xml(out, scratch);
  out += "\">\n";
  data(out, "node_kind", to_string(n.kind()));
  data(out, "node_label", n.label());
  data_if(out, "node_path", n.path());
  data_if(out, "node_entity_type", n.entity_type());
  data_list(out, "node_tags", n.tags(), scratch);
  data_list(out, "node_aliases", n.aliases(), scratch);
  if (n.kind() == NodeKind::url || n.kind() == NodeKind::video) data_if(out, "node_url", n.url());
  data_if(out, "node_same_as", n.same_as());
  if (n.has_properties()) {
    scratch.clear();
    append_json_properties(scratch, n.properties());
    data(out, "node_properties", scratch);
  }
  const Rgb c = node_style(n).color;
  data_number(out, "node_r", c.r);
  data_number(out, "node_g", c.g);
  data_number(out, "node_b", c.b);
  out += "    </node>\n";
}

void edge_element(std::string& out, const KnowledgeGraph& kg, EdgeId e, std::size_t index,
                  std::string& scratch) {
  const EdgeView ed = kg.edge(e);
  out += "    <edge id=\"e";
  out += std::to_string(index);
  out += "\" source=\"";
  scratch.clear();
  kg.node(ed.source()).append_id(scratch);
  text::append_xml(out, scratch);
  out += "\" target=\"";
  scratch.clear();
  kg.node(ed.target()).append_id(scratch);
  text::append_xml(out, scratch);
  out += "\">\n";
  data(out, "edge_kind", to_string(ed.kind()));
  data_if(out, "edge_relation", ed.relation());
  data_number(out, "edge_count", ed.count());
  scratch.clear();
  append_number(scratch, edge_weight(ed));
  data(out, "edge_weight", scratch);
  if (ed.embed()) data(out, "edge_embed", "true");
  if (ed.count() > 0) {
    data_list(out, "edge_lines", ed.lines(), scratch);
    data_list(out, "edge_seconds", ed.seconds(), scratch);
    data_list(out, "edge_aliases", ed.aliases(), scratch);
    data_list(out, "edge_anchors", ed.anchors(), scratch);
    data_list(out, "edge_sections", ed.sections(), scratch);
  }
  out += "    </edge>\n";
}

}  // namespace

void write_graphml(const KnowledgeGraph& kg, std::ostream& out, const ExportOptions&) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
         " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
         " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
         " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& k : kKeys)
    out << "  <key id=\"" << k.id << "\" for=\"" << k.domain << "\" attr.name=\"" << k.name
        << "\" attr.type=\"" << k.type << "\"/>\n";
  out << "  <graph id=\"notegraph\" edgedefault=\"directed\">\n";

  std::string buf, scratch;
  buf.reserve(kFlushBytes + kFlushBytes / 4);
  auto flush_if_full = [&] {
    if (buf.size() < kFlushBytes) return;
    out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
    buf.clear();
  };
  for (NodeId v : kg.nodes()) {
    node_element(buf, kg.node(v), scratch);
    flush_if_full();
  }
  std::size_t index = 0;
  for (EdgeId e : kg.edges()) {
    edge_element(buf, kg, e, index++, scratch);
    flush_if_full();
  }
  out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
  out << "  </graph>\n</graphml>\n";
}

}  // namespace notegraph
