#define BOOST_TEST_MODULE model
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "notegraph/model/graph.hpp"

BOOST_TEST_DONT_PRINT_LOG_VALUE(std::vector<std::string>)

using namespace notegraph;

namespace {

Node make(NodeKind kind, std::string id, std::string label = {}) {
  Node n;
  n.kind = kind;
  n.id = std::move(id);
  n.label = std::move(label);
  return n;
}

Occurrence at(int line, std::optional<int> second = std::nullopt, std::string alias = {}) {
  Occurrence o;
  o.line = line;
  o.second = second;
  o.alias = std::move(alias);
  return o;
}

}  // namespace

BOOST_AUTO_TEST_CASE(kind_tables_round_trip) {
  for (const auto& [kind, name] : kNodeKindNames) BOOST_TEST((parse_name(kNodeKindNames, name) == kind));
  for (const auto& [kind, name] : kEdgeKindNames) BOOST_TEST((parse_name(kEdgeKindNames, name) == kind));
  BOOST_TEST(!parse_name(kNodeKindNames, "Note").has_value());
  BOOST_TEST(to_string(EdgeKind::cooccurs) == "cooccurs");
  BOOST_TEST((entity_type_of("person") == EntityType::person));
  BOOST_TEST((entity_type_of("spaceship") == EntityType::other));
}

BOOST_AUTO_TEST_CASE(repeated_links_aggregate_into_one_edge) {
  GraphBuilder b;
  Vertex a = b.add_node(make(NodeKind::note, "note:a.md", "A"));
  Vertex m = b.add_node(make(NodeKind::missing, "missing:x", "X"));
  b.add_occurrence(a, m, EdgeKind::link, "", at(9, 30, "ex"));
  b.add_occurrence(a, m, EdgeKind::link, "", at(3, 10, "ex"));
  b.add_occurrence(a, m, EdgeKind::link, "", at(5, 10, "why"));
  b.add_occurrence(a, m, EdgeKind::link, "from", at(1));
  KnowledgeGraph g = std::move(b).finish();
  BOOST_TEST(g.node_count() == 2u);
  BOOST_TEST(g.edge_count() == 2u);  // one per (source, target, kind, relation)
  auto edges = g.edges();
  const Edge& plain = g.edge(edges[0]);
  BOOST_TEST(plain.relation == "");
  BOOST_TEST(plain.count == 3);
  BOOST_TEST(plain.lines == (std::vector<int>{3, 5, 9}), boost::test_tools::per_element());
  BOOST_TEST(plain.seconds == (std::vector<int>{10, 30}), boost::test_tools::per_element());
  BOOST_TEST(plain.aliases == (std::vector<std::string>{"ex", "why"}),
             boost::test_tools::per_element());
  const Edge& from = g.edge(edges[1]);
  BOOST_TEST(from.relation == "from");
  BOOST_TEST(from.count == 1);
  BOOST_TEST(from.seconds.empty());
}

BOOST_AUTO_TEST_CASE(finish_sorts_nodes_and_edges_whatever_the_insertion_order) {
  auto build = [](bool reverse) {
    GraphBuilder b;
    std::vector<std::string> ids{"note:c.md", "note:a.md", "tag:z", "note:b.md"};
    if (reverse) std::reverse(ids.begin(), ids.end());
    for (const auto& id : ids) b.add_node(make(NodeKind::note, id));
    auto v = [&](const char* id) { return *b.find(id); };
    std::vector<std::pair<const char*, const char*>> links{
        {"note:c.md", "note:a.md"}, {"note:a.md", "tag:z"}, {"note:a.md", "note:b.md"}};
    if (reverse) std::reverse(links.begin(), links.end());
    for (auto [s, t] : links) b.add_occurrence(v(s), v(t), EdgeKind::link, "", at(1));
    return std::move(b).finish();
  };
  for (bool reverse : {false, true}) {
    KnowledgeGraph g = build(reverse);
    std::vector<std::string> ids;
    for (Vertex v : g.vertices()) ids.push_back(g.node(v).id);
    BOOST_TEST(ids == (std::vector<std::string>{"note:a.md", "note:b.md", "note:c.md", "tag:z"}),
               boost::test_tools::per_element());
    std::vector<std::string> edges;
    for (EdgeRef e : g.edges())
      edges.push_back(g.node(boost::source(e, g.graph())).id + ">" +
                      g.node(boost::target(e, g.graph())).id);
    BOOST_TEST(edges == (std::vector<std::string>{"note:a.md>note:b.md", "note:a.md>tag:z",
                                                  "note:c.md>note:a.md"}),
               boost::test_tools::per_element());
    BOOST_TEST(g.find("note:c.md").has_value());
    BOOST_TEST(g.node(*g.find("note:c.md")).id == "note:c.md");
    BOOST_TEST(!g.find("note:d.md").has_value());
  }
}

BOOST_AUTO_TEST_CASE(add_node_merges_into_the_existing_node) {
  GraphBuilder b;
  Vertex first = b.add_node(make(NodeKind::note, "note:a.md"));
  Node full = make(NodeKind::note, "note:a.md", "Title A");
  full.tags = {"x", "a"};
  full.aliases = {"Alias"};
  Vertex second = b.add_node(full);
  BOOST_TEST(first == second);
  BOOST_TEST(b.node(first).label == "Title A");
  BOOST_TEST(b.node(first).tags == (std::vector<std::string>{"a", "x"}),
             boost::test_tools::per_element());
  BOOST_TEST(b.node(first).aliases.size() == 1u);
}

BOOST_AUTO_TEST_CASE(cooccurs_is_unordered_and_accumulates_weight) {
  GraphBuilder b;
  Vertex x = b.add_node(make(NodeKind::entity, "entity:person:x"));
  Vertex y = b.add_node(make(NodeKind::entity, "entity:place:y"));
  b.add_cooccurrence(y, x, 1);
  b.add_cooccurrence(x, y, 2);
  KnowledgeGraph g = std::move(b).finish();
  BOOST_REQUIRE(g.edge_count() == 1u);
  EdgeRef e = g.edges().front();
  BOOST_TEST(g.node(boost::source(e, g.graph())).id == "entity:person:x");
  BOOST_TEST(g.edge(e).weight == 3.0);
}

BOOST_AUTO_TEST_CASE(induced_subgraph_keeps_edges_between_kept_nodes) {
  GraphBuilder b;
  Vertex a = b.add_node(make(NodeKind::note, "note:a.md"));
  Vertex c = b.add_node(make(NodeKind::note, "note:c.md"));
  Vertex t = b.add_node(make(NodeKind::tag, "tag:t"));
  b.add_occurrence(a, c, EdgeKind::link, "", at(1));
  b.add_occurrence(a, t, EdgeKind::tag, "", at(2));
  b.add_occurrence(c, t, EdgeKind::tag, "", at(3));
  KnowledgeGraph g = std::move(b).finish();
  KnowledgeGraph sub = induced_subgraph(g, {*g.find("tag:t"), *g.find("note:a.md")});
  BOOST_TEST(sub.node_count() == 2u);
  BOOST_TEST(sub.edge_count() == 1u);
  BOOST_TEST(sub.node(sub.vertices()[0]).id == "note:a.md");
  BOOST_TEST(sub.edge(sub.edges()[0]).kind == EdgeKind::tag);
  BOOST_TEST(sub.find("tag:t").has_value());
}

BOOST_DATA_TEST_CASE(join_section_joins_heading_paths,
                     boost::unit_test::data::make(std::vector<std::vector<std::string>>{
                         {}, {"A"}, {"A", "B"}, {"A", "B", "C"}}) ^
                         boost::unit_test::data::make(
                             std::vector<std::string>{"", "A", "A > B", "A > B > C"}),
                     path, expected) {
  BOOST_TEST(join_section(path) == expected);
}
