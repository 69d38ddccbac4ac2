// The picture exports on hand-made graphs: SVG (Graphviz's library: engine choice, every
// node drawn with its kind's colour, deterministic bytes) and HTML (one offline page:
// the data its script reads, positions laid out ahead, nothing fetched, deterministic).
#define BOOST_TEST_MODULE picture_exports
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <rapidjson/document.h>

#include <cmath>
#include <regex>
#include <set>
#include <sstream>

#include "notegraph/exporters/export.hpp"
#include "notegraph/exporters/html.hpp"
#include "notegraph/exporters/style.hpp"
#include "notegraph/exporters/svg.hpp"
#include "notegraph/exporters/text.hpp"
#include "sample_graph.hpp"

using namespace notegraph;
using notegraph::testing::hostile_graph;
using notegraph::testing::sample_graph;
namespace bdata = boost::unit_test::data;
BOOST_TEST_DONT_PRINT_LOG_VALUE(ExportFormat)
BOOST_TEST_DONT_PRINT_LOG_VALUE(LayoutEngine)

namespace {

std::string write(ExportFormat format, const KnowledgeGraph& g, ExportOptions options = {}) {
  std::ostringstream out;
  write_export(format, g, out, options);
  return out.str();
}

std::size_t count(const std::string& text, std::string_view what) {
  std::size_t n = 0;
  for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1)) ++n;
  return n;
}

// A chain of n notes (n-1 links): big enough to cross the dot/sfdp threshold.
KnowledgeGraph chain(std::size_t n) {
  GraphBuilder b;
  std::optional<NodeId> previous;
  for (std::size_t i = 0; i < n; ++i) {
    const std::string key = std::to_string(i) + ".md", label = std::to_string(i);
    NodeSpec node;
    node.kind = NodeKind::note;
    node.key = key;
    node.label = label;
    const NodeId v = b.add_node(node);
    if (previous) b.add_occurrence(*previous, v, EdgeKind::link, "", Occurrence{});
    previous = v;
  }
  return std::move(b).finish();
}

// The page's data element.
std::string data_of(const std::string& page) {
  const std::string open = "<script type=\"application/json\" id=\"notegraph-data\">";
  const auto start = page.find(open);
  BOOST_REQUIRE(start != std::string::npos);
  const auto end = page.find("</script>", start);
  BOOST_REQUIRE(end != std::string::npos);
  return page.substr(start + open.size(), end - start - open.size());
}

}  // namespace

struct EngineCase {
  std::size_t nodes;
  LayoutEngine asked;
  LayoutEngine expected;
};
std::ostream& operator<<(std::ostream& os, const EngineCase& c) {
  return os << c.nodes << " nodes, " << name_of(kLayoutEngineNames, c.asked);
}

const EngineCase kEngineCases[] = {
    {10, LayoutEngine::automatic, LayoutEngine::dot},
    {kDotMaxNodes, LayoutEngine::automatic, LayoutEngine::dot},
    {kDotMaxNodes + 1, LayoutEngine::automatic, LayoutEngine::sfdp},
    {10, LayoutEngine::sfdp, LayoutEngine::sfdp},
    {kDotMaxNodes + 1, LayoutEngine::dot, LayoutEngine::dot},
};

BOOST_DATA_TEST_CASE(svg_engine_is_dot_for_small_graphs_sfdp_for_large, bdata::make(kEngineCases),
                     c) {
  const KnowledgeGraph g = chain(c.nodes);
  ExportOptions options;
  options.layout = c.asked;
  const std::string svg = write(ExportFormat::svg, g, options);
  BOOST_TEST(count(svg, "class=\"node\"") == c.nodes);
  // dot ranks a chain top to bottom in one column; sfdp lets it wander in the plane.
  const std::regex centre("<ellipse fill=\"[^\"]*\" stroke=\"[^\"]*\" cx=\"([-0-9.]+)\"");
  std::set<std::string> columns;
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), centre); it != std::sregex_iterator();
       ++it)
    columns.insert((*it)[1]);
  if (c.expected == LayoutEngine::dot)
    BOOST_TEST(columns.size() == 1u);
  else
    BOOST_TEST(columns.size() > 1u);
}

BOOST_AUTO_TEST_CASE(svg_draws_every_node_with_its_kind_style) {
  const KnowledgeGraph g = sample_graph();
  const std::string svg = write(ExportFormat::svg, g);
  BOOST_TEST(svg.find("<svg") != std::string::npos);
  BOOST_TEST(count(svg, "class=\"node\"") == g.node_count());
  BOOST_TEST(count(svg, "class=\"edge\"") == g.edge_count());
  for (NodeId v : g.nodes()) {
    // Graphviz writes `-` as &#45; (so no title can hold "--", which XML comments forbid).
    const std::string title =
        std::regex_replace(xml_escape(g.node(v).id()), std::regex("-"), "&#45;");
    BOOST_TEST(svg.find("<title>" + title + "</title>") != std::string::npos, title);
  }
  BOOST_TEST(svg.find("fill=\"" + hex_color(node_kind_style(NodeKind::video).color) + "\"") !=
             std::string::npos);
  BOOST_TEST(svg.find("fill=\"" + hex_color(entity_style(EntityType::person).color) + "\"") !=
             std::string::npos);
  // A video links to itself on YouTube; a relation labels its edge.
  BOOST_TEST(svg.find("xlink:href=\"https://www.youtube.com/watch?v=abc123DEF_-\"") !=
             std::string::npos);
  BOOST_TEST(svg.find(">from</text>") != std::string::npos);
  // Graphviz copies URLs unescaped: the exporter hands it one that is valid XML as it is.
  BOOST_TEST(svg.find("xlink:href=\"https://example.org/a?b=1&amp;c=2\"") != std::string::npos);
}

BOOST_DATA_TEST_CASE(svg_titles_every_node_by_its_id_with_either_engine,
                     bdata::make({LayoutEngine::dot, LayoutEngine::sfdp}), engine) {
  // neato and sfdp clear cgraph's own name map: the ids must survive in ours.
  const KnowledgeGraph g = sample_graph();
  ExportOptions options;
  options.layout = engine;
  const std::string svg = write(ExportFormat::svg, g, options);
  BOOST_TEST(svg.find("<title>notegraph</title>") != std::string::npos);
  for (NodeId v : g.nodes()) {
    const std::string title =
        std::regex_replace(xml_escape(g.node(v).id()), std::regex("-"), "&#45;");
    BOOST_TEST(svg.find("<title>" + title + "</title>") != std::string::npos, title);
  }
  BOOST_TEST(svg.find("<title>%") == std::string::npos);
}

BOOST_DATA_TEST_CASE(picture_exports_are_deterministic,
                     bdata::make({ExportFormat::svg, ExportFormat::html}) *
                         bdata::make({LayoutEngine::automatic, LayoutEngine::sfdp}),
                     format, engine) {
  ExportOptions options;
  options.layout = engine;
  const KnowledgeGraph g = sample_graph();
  const std::string first = write(format, g, options);
  BOOST_TEST(first == write(format, g, options));
  BOOST_TEST(first == write(format, sample_graph(), options));
}

BOOST_AUTO_TEST_CASE(hostile_text_survives_graphviz) {
  const KnowledgeGraph g = hostile_graph();
  const std::string svg = write(ExportFormat::svg, g);
  BOOST_TEST(valid_utf8(svg) == svg);
  BOOST_TEST(count(svg, "class=\"node\"") == g.node_count());
  ExportOptions sfdp;
  sfdp.layout = LayoutEngine::sfdp;
  BOOST_TEST(count(write(ExportFormat::svg, g, sfdp), "class=\"node\"") == g.node_count());
}

BOOST_AUTO_TEST_CASE(empty_graph_gives_a_picture_and_a_page) {
  const KnowledgeGraph g;
  BOOST_TEST(write(ExportFormat::svg, g).find("<svg") != std::string::npos);
  rapidjson::Document d;
  d.Parse(data_of(write(ExportFormat::html, g)).c_str());
  BOOST_REQUIRE(!d.HasParseError());
  BOOST_TEST(d["nodes"]["id"].Size() == 0u);
}

BOOST_AUTO_TEST_CASE(html_page_is_one_offline_file) {
  const std::string page = write(ExportFormat::html, sample_graph());
  BOOST_TEST(page.starts_with("<!DOCTYPE html>"));
  BOOST_TEST(count(page, "<script") == 2u);  // the data and the bundled script, both inline
  BOOST_TEST(page.find("<script src") == std::string::npos);
  BOOST_TEST(page.find("<link") == std::string::npos);
  const std::regex remote(R"re(\b(src|href)\s*=\s*["']?(https?:)?//)re", std::regex::icase);
  BOOST_TEST(!std::regex_search(page, remote));
  BOOST_TEST(page.find("content=\"default-src 'none';") != std::string::npos);
  BOOST_TEST(count(page, "</script>") == 2u);  // neither data nor script ends early
  BOOST_TEST(page.size() > 100000u, "the bundled script is inlined");
}

BOOST_AUTO_TEST_CASE(html_data_has_every_node_edge_position_and_second) {
  const KnowledgeGraph g = sample_graph();
  ExportOptions options;
  options.title = "notegraph: sample";
  options.pagerank.assign(g.node_count(), 1.0 / static_cast<double>(g.node_count()));
  rapidjson::Document d;
  d.Parse(html_view_data(g, options).c_str());
  BOOST_REQUIRE(!d.HasParseError());
  BOOST_TEST(std::string(d["format"].GetString()) == "notegraph-view");
  BOOST_TEST(d["version"].GetInt() == 1);
  BOOST_TEST(std::string(d["title"].GetString()) == "notegraph: sample");
  const auto& nodes = d["nodes"];
  for (const char* column : {"id", "label", "kind", "type", "x", "y", "pagerank"})
    BOOST_TEST(nodes[column].Size() == g.node_count(), column);
  std::set<std::pair<double, double>> places;
  std::size_t i = 0;
  for (NodeId v : g.nodes()) {
    BOOST_TEST(std::string(nodes["id"][i].GetString()) == g.node(v).id());
    const std::string kind = d["nodeKinds"][nodes["kind"][i].GetInt()]["name"].GetString();
    BOOST_TEST(kind == std::string(to_string(g.node(v).kind())));
    BOOST_TEST(std::isfinite(nodes["x"][i].GetDouble()));
    places.emplace(nodes["x"][i].GetDouble(), nodes["y"][i].GetDouble());
    ++i;
  }
  BOOST_TEST(places.size() == g.node_count(), "sfdp gives every node its own place");
  // Kind colours are the style table's (the same as DOT, GraphML and GEXF).
  BOOST_TEST(std::string(d["nodeKinds"][0]["color"].GetString()) ==
             hex_color(node_kind_style(NodeKind::note).color));
  BOOST_TEST(d["entityTypes"].Size() == 2u);  // person, place
  const auto& edges = d["edges"];
  for (const char* column : {"source", "target", "kind", "relation", "weight"})
    BOOST_TEST(edges[column].Size() == g.edge_count(), column);
  // The link to the missing note cites 74 s and 194 s; the video and URL facts ride along.
  bool cited = false;
  for (auto it = edges["seconds"].MemberBegin(); it != edges["seconds"].MemberEnd(); ++it) {
    const auto e = static_cast<unsigned>(std::stoul(it->name.GetString()));
    const std::string target = nodes["id"][edges["target"][e].GetInt()].GetString();
    if (target == "missing:peace talks")
      cited = it->value.Size() == 2 && it->value[0].GetInt() == 74 && it->value[1].GetInt() == 194;
  }
  BOOST_TEST(cited);
  bool video_url = false;
  for (auto it = d["extra"].MemberBegin(); it != d["extra"].MemberEnd(); ++it)
    if (it->value.HasMember("url"))
      video_url = video_url || std::string(it->value["url"].GetString()) ==
                                   "https://www.youtube.com/watch?v=abc123DEF_-";
  BOOST_TEST(video_url);
  BOOST_TEST(std::string(d["relations"][1].GetString()) == "from");
}

BOOST_AUTO_TEST_CASE(html_data_cannot_end_its_script_element) {
  const std::string data = html_view_data(hostile_graph(), {});
  BOOST_TEST(data.find('<') == std::string::npos);
  rapidjson::Document d;
  d.Parse(data.c_str());
  BOOST_REQUIRE(!d.HasParseError());
  // The hostile label comes back whole (as valid UTF-8) once JSON is decoded.
  bool found = false;
  for (const auto& label : d["nodes"]["label"].GetArray())
    found = found || std::string(label.GetString()).find("<x> & ]]>") != std::string::npos;
  BOOST_TEST(found);
}
