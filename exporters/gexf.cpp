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

void attvalue(std::string& out, std::string_view id, std::string_view value) {
  if (value.empty()) return;
  out += "          <attvalue for=\"";
  out += id;
  out += "\" value=\"";
  out += xml_escape(value);
  out += "\"/>\n";
}

void color(std::string& out, Rgb c) {
  out += "        <viz:color r=\"" + std::to_string(c.r) + "\" g=\"" + std::to_string(c.g) +
         "\" b=\"" + std::to_string(c.b) + "\"/>\n";
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

  std::string buf;
  out << "    <nodes>\n";
  for (NodeId v : kg.nodes()) {
    const NodeView n = kg.node(v);
    buf.clear();
    buf += "      <node id=\"" + xml_escape(n.id()) + "\" label=\"" + xml_escape(n.label()) + "\">\n";
    buf += "        <attvalues>\n";
    attvalue(buf, "kind", to_string(n.kind()));
    attvalue(buf, "path", n.path());
    attvalue(buf, "entity_type", n.entity_type());
    if (!n.tags().empty()) attvalue(buf, "tags", json_list(n.tags()));
    if (!n.aliases().empty()) attvalue(buf, "aliases", json_list(n.aliases()));
    attvalue(buf, "url", n.url());
    attvalue(buf, "same_as", n.same_as());
    if (n.has_properties()) attvalue(buf, "properties", json_properties(n.properties()));
    buf += "        </attvalues>\n";
    color(buf, node_style(n).color);
    buf += "      </node>\n";
    out << buf;
  }
  out << "    </nodes>\n    <edges>\n";
  std::size_t index = 0;
  for (EdgeId e : kg.edges()) {
    const EdgeView ed = kg.edge(e);
    buf.clear();
    // `kind` keeps Gephi from merging two edges of one pair (a plain link and a typed
    // one, or a link and a mention) into one.
    std::string kind(to_string(ed.kind()));
    if (!ed.relation().empty()) {
      kind += ':';
      kind += ed.relation();
    }
    buf += "      <edge id=\"" + std::to_string(index++) + "\" source=\"" +
           xml_escape(kg.node(kg.edge(e).source()).id()) + "\" target=\"" +
           xml_escape(kg.node(kg.edge(e).target()).id()) + "\" kind=\"" + xml_escape(kind) +
           "\" weight=\"" + format_number(edge_weight(ed)) + "\">\n";
    buf += "        <attvalues>\n";
    attvalue(buf, "kind", to_string(ed.kind()));
    attvalue(buf, "relation", ed.relation());
    attvalue(buf, "count", std::to_string(ed.count()));
    if (ed.embed()) attvalue(buf, "embed", "true");
    if (!ed.lines().empty()) attvalue(buf, "lines", json_list(ed.lines()));
    if (!ed.seconds().empty()) attvalue(buf, "seconds", json_list(ed.seconds()));
    if (!ed.aliases().empty()) attvalue(buf, "aliases", json_list(ed.aliases()));
    if (!ed.anchors().empty()) attvalue(buf, "anchors", json_list(ed.anchors()));
    if (!ed.sections().empty()) attvalue(buf, "sections", json_list(ed.sections()));
    buf += "        </attvalues>\n";
    color(buf, edge_style(ed.kind()).color);
    buf += "      </edge>\n";
    out << buf;
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace notegraph
