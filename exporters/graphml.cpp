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

void data(std::string& out, std::string_view key, std::string_view value) {
  out += "      <data key=\"";
  out += key;
  out += "\">";
  out += xml_escape(value);
  out += "</data>\n";
}

void data_if(std::string& out, std::string_view key, std::string_view value) {
  if (!value.empty()) data(out, key, value);
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

  std::string buf;
  for (NodeId v : kg.nodes()) {
    const NodeView n = kg.node(v);
    buf.clear();
    buf += "    <node id=\"" + xml_escape(n.id()) + "\">\n";
    data(buf, "node_kind", to_string(n.kind()));
    data(buf, "node_label", n.label());
    data_if(buf, "node_path", n.path());
    data_if(buf, "node_entity_type", n.entity_type());
    if (!n.tags().empty()) data(buf, "node_tags", json_list(n.tags()));
    if (!n.aliases().empty()) data(buf, "node_aliases", json_list(n.aliases()));
    data_if(buf, "node_url", n.url());
    data_if(buf, "node_same_as", n.same_as());
    if (n.has_properties()) data(buf, "node_properties", json_properties(n.properties()));
    const Rgb c = node_style(n).color;
    data(buf, "node_r", std::to_string(c.r));
    data(buf, "node_g", std::to_string(c.g));
    data(buf, "node_b", std::to_string(c.b));
    buf += "    </node>\n";
    out << buf;
  }

  std::size_t index = 0;
  for (EdgeId e : kg.edges()) {
    const EdgeView ed = kg.edge(e);
    buf.clear();
    buf += "    <edge id=\"e" + std::to_string(index++) + "\" source=\"" +
           xml_escape(kg.node(kg.edge(e).source()).id()) + "\" target=\"" +
           xml_escape(kg.node(kg.edge(e).target()).id()) + "\">\n";
    data(buf, "edge_kind", to_string(ed.kind()));
    data_if(buf, "edge_relation", ed.relation());
    data(buf, "edge_count", std::to_string(ed.count()));
    data(buf, "edge_weight", format_number(edge_weight(ed)));
    if (ed.embed()) data(buf, "edge_embed", "true");
    if (!ed.lines().empty()) data(buf, "edge_lines", json_list(ed.lines()));
    if (!ed.seconds().empty()) data(buf, "edge_seconds", json_list(ed.seconds()));
    if (!ed.aliases().empty()) data(buf, "edge_aliases", json_list(ed.aliases()));
    if (!ed.anchors().empty()) data(buf, "edge_anchors", json_list(ed.anchors()));
    if (!ed.sections().empty()) data(buf, "edge_sections", json_list(ed.sections()));
    buf += "    </edge>\n";
    out << buf;
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace notegraph
