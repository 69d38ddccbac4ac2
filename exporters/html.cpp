#include "notegraph/exporters/html.hpp"

#include <charconv>
#include <map>
#include <set>
#include <string_view>
#include <vector>

#include "graphviz_graph.hpp"
#include "html_view_script.hpp"
#include "notegraph/exporters/style.hpp"
#include "notegraph/exporters/text.hpp"
#include "notegraph/exporters/values.hpp"

namespace notegraph {
namespace {

constexpr std::string_view kDefaultTitle = "notegraph";

// Positions to a tenth of a point: finer than any screen shows, and short.
void append_fixed(std::string& out, double value) {
  char buf[32];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, 1);
  out.append(buf, ec == std::errc() ? end : buf);
}

void append_general(std::string& out, double value, int precision) {
  char buf[32];
  const auto [end, ec] =
      std::to_chars(buf, buf + sizeof buf, value, std::chars_format::general, precision);
  out.append(buf, ec == std::errc() ? end : buf);
}

// `"name":[a,b,c]` with each element written by `each(out, i)`.
template <typename Each>
void append_column(std::string& out, std::string_view name, std::size_t count, Each each) {
  out += json_quote(name);
  out += ":[";
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0) out += ',';
    each(out, i);
  }
  out += ']';
}

void append_styles(std::string& out, std::string_view name,
                   const std::vector<std::pair<std::string, Rgb>>& styles) {
  out += json_quote(name);
  out += ":[";
  for (std::size_t i = 0; i < styles.size(); ++i) {
    if (i > 0) out += ',';
    out += "{\"name\":" + json_quote(styles[i].first) +
           ",\"color\":" + json_quote(hex_color(styles[i].second)) + "}";
  }
  out += ']';
}

// Facts only some nodes have, as one object per such node (absent for the others).
std::string node_extra(const NodeView& n) {
  std::string out;
  auto field = [&](std::string_view key, const std::string& json) {
    out += out.empty() ? "{" : ",";
    out += json_quote(key) + ":" + json;
  };
  if (!n.path().empty()) field("path", json_quote(n.path()));
  if (const std::string url = n.url(); !url.empty()) field("url", json_quote(url));
  if (!n.aliases().empty()) field("aliases", json_list(n.aliases()));
  if (!n.same_as().empty()) field("sameAs", json_quote(n.same_as()));
  if (n.has_properties()) field("properties", json_properties(n.properties()));
  if (!out.empty()) out += '}';
  return out;
}

// A `<` inside the data would let `</script>` end the element early; JSON allows
// \u003c for it inside strings, and valid JSON has no `<` elsewhere.
std::string script_safe(std::string json) {
  std::string out;
  out.reserve(json.size());
  for (char c : json) {
    if (c == '<')
      out += "\\u003c";
    else
      out += c;
  }
  return out;
}

}  // namespace

std::string html_view_data(const KnowledgeGraph& kg, const ExportOptions& options) {
  const std::size_t n = kg.node_count();

  std::vector<Point> positions(n);
  if (n > 0) {
    GraphvizGraph layout(kg, GraphvizDetail::positions);
    layout.layout(LayoutEngine::sfdp);
    positions = layout.positions();
  }

  // Entity types present (built-in and gazetteer ones), by name; relations likewise,
  // with "" (a plain edge) first.
  std::map<std::string, int, std::less<>> types;
  std::map<std::string, int, std::less<>> relations{{"", 0}};
  auto note = [](auto& names, std::string_view name) {
    if (names.find(name) == names.end()) names.emplace(std::string(name), 0);
  };
  for (NodeId v : kg.nodes())
    if (!kg.node(v).entity_type().empty()) note(types, kg.node(v).entity_type());
  for (EdgeId e : kg.edges()) note(relations, kg.edge(e).relation());
  std::vector<std::pair<std::string, Rgb>> type_styles, kind_styles, edge_styles;
  for (auto& [name, index] : types) {
    index = static_cast<int>(type_styles.size());
    type_styles.emplace_back(name, entity_style(entity_type_of(name)).color);
  }
  for (const auto& [kind, name] : kNodeKindNames)
    kind_styles.emplace_back(std::string(name), node_kind_style(kind).color);
  for (const auto& [kind, name] : kEdgeKindNames)
    edge_styles.emplace_back(std::string(name), edge_style(kind).color);
  std::vector<std::string> relation_names;
  for (auto& [name, index] : relations) {
    index = static_cast<int>(relation_names.size());
    relation_names.push_back(name);
  }
  auto kind_index = [](auto kind, const auto& table) {
    for (std::size_t i = 0; i < table.size(); ++i)
      if (table[i].first == kind) return i;
    return table.size();
  };

  std::string out = "{\"format\":\"notegraph-view\",\"version\":1,\"title\":";
  out += json_quote(options.title.empty() ? kDefaultTitle : std::string_view(options.title));
  out += ',';
  append_styles(out, "nodeKinds", kind_styles);
  out += ',';
  append_styles(out, "entityTypes", type_styles);
  out += ',';
  append_styles(out, "edgeKinds", edge_styles);
  out += ",\"relations\":" + json_list(relation_names);

  out += ",\"nodes\":{";
  append_column(out, "id", n,
                [&](std::string& o, std::size_t i) { o += json_quote(kg.node(NodeId(i)).id()); });
  out += ',';
  append_column(out, "label", n, [&](std::string& o, std::size_t i) {
    o += json_quote(kg.node(NodeId(i)).label());
  });
  out += ',';
  append_column(out, "kind", n, [&](std::string& o, std::size_t i) {
    o += std::to_string(kind_index(kg.node(NodeId(i)).kind(), kNodeKindNames));
  });
  out += ',';
  append_column(out, "type", n, [&](std::string& o, std::size_t i) {
    const std::string_view type = kg.node(NodeId(i)).entity_type();
    o += type.empty() ? "-1" : std::to_string(types.find(type)->second);
  });
  out += ',';
  append_column(out, "x", n,
                [&](std::string& o, std::size_t i) { append_fixed(o, positions[i].x); });
  out += ',';
  append_column(out, "y", n,
                [&](std::string& o, std::size_t i) { append_fixed(o, positions[i].y); });
  if (options.pagerank.size() == n && n > 0) {
    out += ',';
    append_column(out, "pagerank", n, [&](std::string& o, std::size_t i) {
      append_general(o, options.pagerank[i], 6);
    });
  }
  out += "},\"extra\":{";
  bool first = true;
  for (std::size_t i = 0; i < n; ++i) {
    const std::string extra = node_extra(kg.node(NodeId(i)));
    if (extra.empty()) continue;
    if (!first) out += ',';
    first = false;
    out += "\"" + std::to_string(i) + "\":" + extra;
  }

  const std::size_t m = kg.edge_count();
  out += "},\"edges\":{";
  append_column(out, "source", m, [&](std::string& o, std::size_t i) {
    o += std::to_string(kg.edge(EdgeId(i)).source());
  });
  out += ',';
  append_column(out, "target", m, [&](std::string& o, std::size_t i) {
    o += std::to_string(kg.edge(EdgeId(i)).target());
  });
  out += ',';
  append_column(out, "kind", m, [&](std::string& o, std::size_t i) {
    o += std::to_string(kind_index(kg.edge(EdgeId(i)).kind(), kEdgeKindNames));
  });
  out += ',';
  append_column(out, "relation", m, [&](std::string& o, std::size_t i) {
    o += std::to_string(relations.find(kg.edge(EdgeId(i)).relation())->second);
  });
  out += ',';
  append_column(out, "weight", m, [&](std::string& o, std::size_t i) {
    o += format_number(edge_weight(kg.edge(EdgeId(i))));
  });
  out += ",\"seconds\":{";
  first = true;
  for (std::size_t i = 0; i < m; ++i) {
    const std::vector<int> seconds = kg.edge(EdgeId(i)).seconds();
    if (seconds.empty()) continue;
    if (!first) out += ',';
    first = false;
    out += "\"" + std::to_string(i) + "\":" + json_list(seconds);
  }
  out += "}}}";
  return script_safe(std::move(out));
}

void write_html(const KnowledgeGraph& graph, std::ostream& out, const ExportOptions& options) {
  const std::string title =
      xml_escape(options.title.empty() ? kDefaultTitle : std::string_view(options.title));
  out << "<!DOCTYPE html>\n"
         "<html lang=\"en\">\n"
         "<head>\n"
         "<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         // Offline by construction: the browser refuses any fetch the page might try.
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
         "base-uri 'none'; form-action 'none'\">\n"
         "<meta name=\"generator\" content=\"notegraph\">\n"
         "<title>"
      << title
      << "</title>\n"
         "</head>\n"
         "<body>\n"
         "<noscript>This page draws the graph with JavaScript; turn it on to see it.</noscript>\n"
         "<script type=\"application/json\" id=\"notegraph-data\">"
      << html_view_data(graph, options)
      << "</script>\n"
         "<script>"
      << html_view_script()
      << "</script>\n"
         "</body>\n"
         "</html>\n";
}

}  // namespace notegraph
