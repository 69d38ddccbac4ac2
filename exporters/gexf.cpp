#include "notegraph/exporters/gexf.hpp"

#include <array>
#include <string>
#include <string_view>

#include "notegraph/exporters/style.hpp"
#include "notegraph/exporters/text.hpp"
#include "notegraph/exporters/values.hpp"

namespace notegraph {
namespace {

struct Attribute {
  std::string_view id;
  std::string_view type;  // GEXF attribute types
};

// Lists and maps are JSON text (type string): GEXF's own list types differ between
// 1.2 and 1.3 and between readers.
constexpr std::array<Attribute, 8> kNodeAttributes{{
    {"kind", "string"},
    {"path", "string"},
    {"entity_type", "string"},
    {"tags", "string"},
    {"aliases", "string"},
    {"url", "string"},
    {"same_as", "string"},
    {"properties", "string"},
}};

constexpr std::array<Attribute, 9> kEdgeAttributes{{
    {"kind", "string"},
    {"relation", "string"},
    {"count", "integer"},
    {"embed", "boolean"},
    {"lines", "string"},
    {"seconds", "string"},
    {"aliases", "string"},
    {"anchors", "string"},
    {"sections", "string"},
}};

template <std::size_t N>
void declare(std::ostream& out, std::string_view cls, const std::array<Attribute, N>& attrs) {
  out << "    <attributes class=\"" << cls << "\">\n";
  for (const auto& a : attrs)
    out << "      <attribute id=\"" << a.id << "\" title=\"" << a.id << "\" type=\"" << a.type
        << "\"/>\n";
  out << "    </attributes>\n";
}

// The document gathers in a buffer written out in pieces of about this size.
constexpr std::size_t kFlushBytes = 1 << 20;

void attvalue(std::string& out, std::string_view id, std::string_view value) {
  if (value.empty()) return;
  out += "          <attvalue for=\"";
  out += id;
  out += "\" value=\"";
  text::append_xml(out, value);
  out += "\"/>\n";
}

// A list as JSON text in an attvalue; `scratch` holds the JSON.
template <typename Items>
void attvalue_list(std::string& out, std::string_view id, const Items& items,
                   std::string& scratch) {
  if (items.empty()) return;
  scratch.clear();
  append_json_list(scratch, items);
  attvalue(out, id, scratch);
}

void color(std::string& out, Rgb c) {
  out += "        <viz:color r=\"";
  out += std::to_string(c.r);
  out += "\" g=\"";
  out += std::to_string(c.g);
  out += "\" b=\"";
  out += std::to_string(c.b);
  out += "\"/>\n";
}

// `name="<id of v>"`, escaped; `scratch` holds the id.
void id_attribute(std::string& out, std::string_view name, const NodeView& n, std::string& scratch) {
  out += name;
  out += "=\"";
  scratch.clear();
  n.append_id(scratch);
  text::append_xml(out, scratch);
  out += '"';
}

void node_element(std::string& out, const NodeView& n, std::string& scratch) {
  out += "      <node ";
  id_attribute(out, "id", n, scratch);
  out += " label=\"";
  text::append_xml(out, n.label());
  out += "\">\n        <attvalues>\n";
  attvalue(out, "kind", to_string(n.kind()));
  attvalue(out, "path", n.path());
  attvalue(out, "entity_type", n.entity_type());
  attvalue_list(out, "tags", n.tags(), scratch);
  attvalue_list(out, "aliases", n.aliases(), scratch);
  if (n.kind() == NodeKind::url || n.kind() == NodeKind::video) attvalue(out, "url", n.url());
  attvalue(out, "same_as", n.same_as());
  if (n.has_properties()) {
    scratch.clear();
    append_json_properties(scratch, n.properties());
    attvalue(out, "properties", scratch);
  }
  out += "        </attvalues>\n";
  color(out, node_style(n).color);
  out += "      </node>\n";
}

void edge_element(std::string& out, const KnowledgeGraph& kg, EdgeId e, std::size_t index,
                  std::string& scratch) {
  const EdgeView ed = kg.edge(e);
  out += "      <edge id=\"";
  out += std::to_string(index);
  out += "\" ";
  id_attribute(out, "source", kg.node(ed.source()), scratch);
  out += ' ';
  id_attribute(out, "target", kg.node(ed.target()), scratch);
  // `kind` keeps Gephi from merging two edges of one pair (a plain link and a typed
  // one, or a link and a mention) into one.
  out += " kind=\"";
  text::append_xml(out, to_string(ed.kind()));
  if (!ed.relation().empty()) {
    out += ':';
    text::append_xml(out, ed.relation());
  }
  out += "\" weight=\"";
  append_number(out, edge_weight(ed));
  out += "\">\n        <attvalues>\n";
  attvalue(out, "kind", to_string(ed.kind()));
  attvalue(out, "relation", ed.relation());
  attvalue(out, "count", std::to_string(ed.count()));
  if (ed.embed()) attvalue(out, "embed", "true");
  if (ed.count() > 0) {
    attvalue_list(out, "lines", ed.lines(), scratch);
    attvalue_list(out, "seconds", ed.seconds(), scratch);
    attvalue_list(out, "aliases", ed.aliases(), scratch);
    attvalue_list(out, "anchors", ed.anchors(), scratch);
    attvalue_list(out, "sections", ed.sections(), scratch);
  }
  out += "        </attvalues>\n";
  color(out, edge_style(ed.kind()).color);
  out += "      </edge>\n";
}

}  // namespace

void write_gexf(const KnowledgeGraph& kg, std::ostream& out, const ExportOptions&) {
  // No lastmodifieddate: the same vault must give the same bytes.
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\""
         " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
         " xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\""
         " version=\"1.3\">\n"
         "  <meta>\n"
         "    <creator>notegraph</creator>\n"
         "    <description>Notes, tags, links, videos and entities of a Markdown vault"
         "</description>\n"
         "  </meta>\n"
         "  <graph defaultedgetype=\"directed\" mode=\"static\">\n";
  declare(out, "node", kNodeAttributes);
  declare(out, "edge", kEdgeAttributes);

  std::string buf, scratch;
  buf.reserve(kFlushBytes + kFlushBytes / 4);
  auto flush_if_full = [&] {
    if (buf.size() < kFlushBytes) return;
    out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
    buf.clear();
  };
  buf += "    <nodes>\n";
  for (NodeId v : kg.nodes()) {
    node_element(buf, kg.node(v), scratch);
    flush_if_full();
  }
  buf += "    </nodes>\n    <edges>\n";
  std::size_t index = 0;
  for (EdgeId e : kg.edges()) {
    edge_element(buf, kg, e, index++, scratch);
    flush_if_full();
  }
  out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace notegraph
