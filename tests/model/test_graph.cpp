#define BOOST_TEST_MODULE model
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <limits>

#include "notegraph/model/builder.hpp"
#include "notegraph/model/graph.hpp"

BOOST_TEST_DONT_PRINT_LOG_VALUE(std::vector<std::string>)
BOOST_TEST_DONT_PRINT_LOG_VALUE(std::vector<std::string_view>)

using namespace notegraph;

namespace {

NodeId add(GraphBuilder& b, NodeKind kind, std::string_view key, std::string_view label = {}) {
  NodeSpec n;
  n.kind = kind;
  n.key = key;
  n.label = label;
  return b.add_node(n);
}

Occurrence at(int line, std::optional<int> second = std::nullopt, std::string_view alias = {}) {
  Occurrence o;
  o.line = line;
  o.second = second;
  o.alias = alias;
  return o;
}

std::vector<std::string> ids_of(const KnowledgeGraph& g) {
  std::vector<std::string> out;
  for (NodeId v : g.nodes()) out.push_back(g.node(v).id());
  return out;
}

std::vector<std::string> edges_of(const KnowledgeGraph& g) {
  std::vector<std::string> out;
  for (EdgeId e : g.edges())
    out.push_back(g.node(g.edge(e).source()).id() + ">" + g.node(g.edge(e).target()).id() + ":" +
                  std::string(to_string(g.edge(e).kind())));
  return out;
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

BOOST_AUTO_TEST_CASE(an_empty_graph_has_no_nodes_and_finds_nothing) {
  KnowledgeGraph g;
  BOOST_TEST(g.node_count() == 0u);
  BOOST_TEST(g.edge_count() == 0u);
  BOOST_TEST(!g.find("note:a.md").has_value());
  BOOST_TEST(g.nodes_of(NodeKind::note).empty());
  KnowledgeGraph built = GraphBuilder().finish();
  BOOST_TEST(built.node_count() == 0u);
}

BOOST_AUTO_TEST_CASE(repeated_links_aggregate_into_one_edge) {
  GraphBuilder b;
  NodeId a = add(b, NodeKind::note, "a.md", "A");
  NodeId m = add(b, NodeKind::missing, "x", "X");
  b.add_occurrence(a, m, EdgeKind::link, "", at(9, 30, "ex"));
  b.add_occurrence(a, m, EdgeKind::link, "", at(3, 10, "ex"));
  b.add_occurrence(a, m, EdgeKind::link, "", at(5, 10, "why"));
  b.add_occurrence(a, m, EdgeKind::link, "from", at(1));
  KnowledgeGraph g = std::move(b).finish();
  BOOST_TEST(g.node_count() == 2u);
  BOOST_TEST(g.edge_count() == 2u);  // one per (source, target, kind, relation)
  const EdgeView plain = g.edge(0);
  BOOST_TEST(plain.relation() == "");
  BOOST_TEST(plain.count() == 3);
  BOOST_TEST(plain.lines() == (std::vector<int>{3, 5, 9}), boost::test_tools::per_element());
  BOOST_TEST(plain.seconds() == (std::vector<int>{10, 30}), boost::test_tools::per_element());
  BOOST_TEST(plain.aliases() == (std::vector<std::string_view>{"ex", "why"}),
             boost::test_tools::per_element());
  // Occurrences keep the order they were added in.
  BOOST_TEST(plain.occurrence(0).line == 9);
  BOOST_TEST(plain.occurrence(2).alias == "why");
  const EdgeView from = g.edge(1);
  BOOST_TEST(from.relation() == "from");
  BOOST_TEST(from.count() == 1);
  BOOST_TEST(from.seconds().empty());
}

BOOST_AUTO_TEST_CASE(distinct_lists_keep_first_occurrence_order_for_many_occurrences) {
  // 20,000 occurrences of three aliases: linear-ish, and in first-seen order.
  GraphBuilder b;
  NodeId a = add(b, NodeKind::note, "a.md");
  NodeId t = add(b, NodeKind::note, "t.md");
  const char* names[] = {"zeta", "alpha", "mid"};
  for (int i = 0; i < 20000; ++i) {
    Occurrence o = at(i + 1, i % 7, names[i % 3]);
    o.section = i % 2 ? "S > T" : "S";
    b.add_occurrence(a, t, EdgeKind::link, "", o);
  }
  KnowledgeGraph g = std::move(b).finish();
  const EdgeView e = g.edge(0);
  BOOST_TEST(e.count() == 20000);
  BOOST_TEST(e.aliases() == (std::vector<std::string_view>{"zeta", "alpha", "mid"}),
             boost::test_tools::per_element());
  BOOST_TEST(e.sections() == (std::vector<std::string_view>{"S", "S > T"}),
             boost::test_tools::per_element());
  BOOST_TEST(e.seconds().size() == 7u);
  BOOST_TEST(e.lines().size() == 20000u);
}

BOOST_AUTO_TEST_CASE(finish_sorts_nodes_and_edges_whatever_the_insertion_order) {
  auto build = [](bool reverse) {
    GraphBuilder b;
    std::vector<std::pair<NodeKind, std::string>> keys{
        {NodeKind::note, "c.md"}, {NodeKind::note, "a.md"}, {NodeKind::tag, "z"},
        {NodeKind::note, "b.md"}, {NodeKind::attachment, "img/p.png"}, {NodeKind::video, "v1"}};
    if (reverse) std::reverse(keys.begin(), keys.end());
    for (const auto& [kind, key] : keys) add(b, kind, key);
    auto v = [&](NodeKind k, const char* key) { return *b.find(k, key); };
    std::vector<std::tuple<NodeId, NodeId, EdgeKind>> links{
        {v(NodeKind::note, "c.md"), v(NodeKind::note, "a.md"), EdgeKind::link},
        {v(NodeKind::note, "a.md"), v(NodeKind::tag, "z"), EdgeKind::tag},
        {v(NodeKind::note, "a.md"), v(NodeKind::note, "b.md"), EdgeKind::link},
        {v(NodeKind::note, "a.md"), v(NodeKind::attachment, "img/p.png"), EdgeKind::link},
        {v(NodeKind::note, "b.md"), v(NodeKind::video, "v1"), EdgeKind::url}};
    if (reverse) std::reverse(links.begin(), links.end());
    for (auto [s, t, k] : links) b.add_occurrence(s, t, k, "", at(1));
    return std::move(b).finish();
  };
  for (bool reverse : {false, true}) {
    KnowledgeGraph g = build(reverse);
    BOOST_TEST(ids_of(g) == (std::vector<std::string>{"attachment:img/p.png", "note:a.md",
                                                       "note:b.md", "note:c.md", "tag:z",
                                                       "video:v1"}),
               boost::test_tools::per_element());
    BOOST_TEST(edges_of(g) == (std::vector<std::string>{
                                  "note:a.md>attachment:img/p.png:link",
                                  "note:a.md>note:b.md:link", "note:a.md>tag:z:tag",
                                  "note:b.md>video:v1:url", "note:c.md>note:a.md:link"}),
               boost::test_tools::per_element());
    BOOST_TEST(g.find("note:c.md").has_value());
    BOOST_TEST(g.node(*g.find("note:c.md")).id() == "note:c.md");
    BOOST_TEST(!g.find("note:d.md").has_value());
    BOOST_TEST(!g.find("nonsense").has_value());
    BOOST_TEST(!g.find("bogus:a.md").has_value());
    BOOST_TEST(g.nodes_of(NodeKind::note).size() == 3u);
    BOOST_TEST(g.nodes_of(NodeKind::entity).empty());
    // Paths belong to notes and attachments; URLs to urls and videos.
    BOOST_TEST(g.node(*g.find("attachment:img/p.png")).path() == "img/p.png");
    BOOST_TEST(g.node(*g.find("tag:z")).path() == "");
    BOOST_TEST(g.node(*g.find("video:v1")).url() == "https://www.youtube.com/watch?v=v1");
  }
}

BOOST_AUTO_TEST_CASE(out_and_in_edges_are_csr_runs_in_edge_order) {
  GraphBuilder b;
  NodeId a = add(b, NodeKind::note, "a.md");
  NodeId c = add(b, NodeKind::note, "c.md");
  NodeId bb = add(b, NodeKind::note, "b.md");
  NodeId t = add(b, NodeKind::tag, "t");
  b.add_occurrence(c, t, EdgeKind::tag, "", at(1));
  b.add_occurrence(a, t, EdgeKind::tag, "", at(1));
  b.add_occurrence(a, bb, EdgeKind::link, "", at(1));
  b.add_occurrence(bb, a, EdgeKind::link, "", at(1));
  b.add_occurrence(c, a, EdgeKind::link, "", at(1));
  KnowledgeGraph g = std::move(b).finish();
  const NodeId na = *g.find("note:a.md"), nt = *g.find("tag:t");
  BOOST_TEST(g.out_degree(na) == 2u);
  BOOST_TEST(g.in_degree(na) == 2u);
  BOOST_TEST(g.in_degree(nt) == 2u);
  for (NodeId v : g.nodes()) {
    for (EdgeId e : g.out_edges(v)) BOOST_TEST(g.edge(e).source() == v);
    const auto in = g.in_edges(v);
    BOOST_TEST(std::is_sorted(in.begin(), in.end()));
    for (EdgeId e : in) BOOST_TEST(g.edge(e).target() == v);
  }
  // In-edges of a come from b.md, then c.md (edge order is source id order).
  BOOST_TEST(g.node(g.edge(g.in_edges(na)[0]).source()).id() == "note:b.md");
  BOOST_TEST(g.node(g.edge(g.in_edges(na)[1]).source()).id() == "note:c.md");
}

BOOST_AUTO_TEST_CASE(add_node_merges_into_the_existing_node) {
  GraphBuilder b;
  NodeId first = add(b, NodeKind::note, "a.md");
  const std::vector<std::string> tags{"x", "a", "x"};
  const std::vector<std::string> aliases{"Alias", "Other", "Alias"};
  const std::vector<Property> props{{"zeta", Value::integer(1)}, {"alpha", Value::string("s")}};
  NodeSpec full;
  full.kind = NodeKind::note;
  full.key = "a.md";
  full.label = "Title A";
  full.tags = tags;
  full.aliases = aliases;
  full.properties = props;
  NodeId second = b.add_node(full);
  BOOST_TEST(first == second);
  // A later add with other properties does not replace the first ones.
  const std::vector<Property> later{{"beta", Value()}};
  NodeSpec again;
  again.kind = NodeKind::note;
  again.key = "a.md";
  again.label = "Other title";
  again.properties = later;
  b.add_node(again);
  KnowledgeGraph g = std::move(b).finish();
  const NodeView n = g.node(0);
  BOOST_TEST(n.label() == "Title A");
  BOOST_TEST(n.tags().to_strings() == (std::vector<std::string>{"a", "x"}),
             boost::test_tools::per_element());
  BOOST_TEST(n.aliases().to_strings() == (std::vector<std::string>{"Alias", "Other"}),
             boost::test_tools::per_element());
  const auto p = n.properties();
  BOOST_REQUIRE(p.size() == 2u);
  BOOST_TEST(p[0].key == "alpha");
  BOOST_TEST((p[0].value == Value::string("s")));
  BOOST_TEST(p[1].key == "zeta");
  BOOST_TEST(p[1].value.as_integer() == 1);
}

BOOST_AUTO_TEST_CASE(entity_types_are_interned_names) {
  GraphBuilder b;
  NodeId note = add(b, NodeKind::note, "n.md");
  NodeSpec e;
  e.kind = NodeKind::entity;
  for (auto [key, type] : {std::pair{"spaceship:enterprise", "spaceship"}, std::pair{"person:ada", "person"},
                           std::pair{"aircraft:concorde", "aircraft"}}) {
    e.key = key;
    e.entity_type = type;
    b.add_occurrence(note, b.add_node(e), EdgeKind::mention, "", at(1));
  }
  b.set_entity_type(note, "place");
  KnowledgeGraph g = std::move(b).finish();
  BOOST_TEST(g.node(*g.find("entity:spaceship:enterprise")).entity_type() == "spaceship");
  BOOST_TEST(g.node(*g.find("note:n.md")).entity_type() == "place");
  BOOST_TEST(g.entity_type_names() ==
                 (std::vector<std::string_view>{"person", "place", "aircraft", "spaceship"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(nodes_without_edges_are_left_out_but_notes_stay) {
  GraphBuilder b;
  add(b, NodeKind::note, "lonely.md");
  add(b, NodeKind::tag, "unused");
  add(b, NodeKind::missing, "nobody links here");
  KnowledgeGraph g = std::move(b).finish();
  BOOST_TEST(ids_of(g) == (std::vector<std::string>{"note:lonely.md"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(nested_tags_get_their_parents_and_broader_edges) {
  GraphBuilder b;
  NodeId n = add(b, NodeKind::note, "n.md");
  b.add_occurrence(n, add(b, NodeKind::tag, "a/b/c"), EdgeKind::tag, "", at(1));
  b.add_occurrence(n, add(b, NodeKind::tag, "a/x"), EdgeKind::tag, "", at(2));
  BOOST_CHECK_THROW(b.add_occurrence(n, n, EdgeKind::broader, "", at(1)), std::invalid_argument);
  KnowledgeGraph g = std::move(b).finish();
  BOOST_TEST(ids_of(g) == (std::vector<std::string>{"note:n.md", "tag:a", "tag:a/b", "tag:a/b/c", "tag:a/x"}),
             boost::test_tools::per_element());
  BOOST_TEST(edges_of(g) == (std::vector<std::string>{"note:n.md>tag:a/b/c:tag", "note:n.md>tag:a/x:tag",
                                                       "tag:a/b>tag:a:broader", "tag:a/b/c>tag:a/b:broader",
                                                       "tag:a/x>tag:a:broader"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(labels_and_types_that_other_notes_give_are_derived_from_in_edges) {
  // Whatever order the parts come in, the first linking note (in id order) names a
  // missing node, an untyped note takes its first typed mention, a video its first
  // citing note's title.
  auto part = [](std::string path, std::string label) {
    NotePart p;
    p.path = std::move(path);
    p.label = std::move(label);
    return p;
  };
  NotePart a = part("a.md", "Alpha"), z = part("z.md", "Zulu"), t = part("t.md", "Target");
  PartEdge to_missing;
  to_missing.target = {NodeKind::missing, "some topic"};
  to_missing.name = "Some Topic";
  to_missing.occurrences.push_back({});
  a.edges.push_back(to_missing);
  to_missing.name = "some TOPIC";
  z.edges.push_back(to_missing);
  PartEdge mention;
  mention.target = {NodeKind::note, "t.md"};
  mention.kind = EdgeKind::mention;
  mention.entity_type = "place";
  mention.occurrences.push_back({});
  z.edges.push_back(mention);
  PartEdge video;
  video.target = {NodeKind::video, "vid"};
  video.kind = EdgeKind::source;
  video.occurrences.push_back({});
  z.edges.push_back(video);
  a.edges.push_back(video);
  for (bool reverse : {false, true}) {
    GraphBuilder b;
    std::vector<NotePart> parts{a, z, t};
    if (reverse) std::reverse(parts.begin(), parts.end());
    for (const auto& p : parts) b.add_part(p);
    KnowledgeGraph g = std::move(b).finish();
    BOOST_TEST(g.node(*g.find("missing:some topic")).label() == "Some Topic");
    BOOST_TEST(g.node(*g.find("note:t.md")).entity_type() == "place");
    BOOST_TEST(g.node(*g.find("video:vid")).label() == "Alpha");
  }
}

BOOST_AUTO_TEST_CASE(patching_a_graph_equals_building_it_again) {
  auto part = [](std::string path, std::vector<std::pair<NodeRef, EdgeKind>> out,
                 std::vector<std::pair<NodeRef, NodeRef>> co = {}) {
    NotePart p;
    p.path = path;
    p.label = path;
    for (auto& [target, kind] : out) {
      PartEdge e;
      e.target = target;
      e.kind = kind;
      e.name = target.key;
      e.occurrences.push_back({3, "S", 7, "al", "", "", false});
      p.edges.push_back(e);
    }
    p.cooccurs = std::move(co);
    return p;
  };
  const NodeRef x{NodeKind::entity, "person:x"}, y{NodeKind::entity, "place:y"};
  NotePart a = part("a.md", {{{NodeKind::note, "b.md"}, EdgeKind::link}, {x, EdgeKind::mention}, {y, EdgeKind::mention}}, {{x, y}});
  NotePart b = part("b.md", {{{NodeKind::tag, "t/u"}, EdgeKind::tag}, {x, EdgeKind::mention}, {y, EdgeKind::mention}}, {{x, y}});
  NotePart c = part("c.md", {{{NodeKind::missing, "m"}, EdgeKind::link}});
  NotePart b2 = part("b.md", {{{NodeKind::tag, "v"}, EdgeKind::tag}});
  auto dump = [](const KnowledgeGraph& g) {
    std::vector<std::string> out = ids_of(g);
    for (const auto& e : edges_of(g)) out.push_back(e);
    for (EdgeId e : g.edges()) out.push_back(std::to_string(g.edge(e).weight()) + "/" + std::to_string(g.edge(e).count()));
    for (NodeId v : g.nodes()) out.push_back(std::string(g.node(v).label()));
    return out;
  };
  GraphBuilder first;
  for (const auto* p : {&a, &b, &c}) first.add_part(*p);
  const KnowledgeGraph base = std::move(first).finish();
  // b changes (its tags and mentions go), c goes.
  const std::vector<std::string> replaced{"b.md"}, removed{"c.md"};
  GraphBuilder patch(base, replaced, removed);
  for (const auto& [p, q] : b.cooccurs) patch.add_cooccurrence(*patch.find(p.kind, p.key), *patch.find(q.kind, q.key), -1);
  patch.add_part(b2);
  const KnowledgeGraph patched = std::move(patch).finish();
  GraphBuilder again;
  for (const auto* p : {&a, &b2}) again.add_part(*p);
  const KnowledgeGraph fresh = std::move(again).finish();
  BOOST_TEST(dump(patched) == dump(fresh), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(cooccurs_is_unordered_and_accumulates_weight) {
  GraphBuilder b;
  NodeId y = add(b, NodeKind::entity, "place:y");
  NodeId x = add(b, NodeKind::entity, "person:x");
  b.add_cooccurrence(y, x, 1);
  b.add_cooccurrence(x, y, 2);
  KnowledgeGraph g = std::move(b).finish();
  BOOST_REQUIRE(g.edge_count() == 1u);
  BOOST_TEST(g.node(g.edge(0).source()).id() == "entity:person:x");
  BOOST_TEST(g.edge(0).weight() == 3.0);
  BOOST_TEST(g.edge(0).count() == 0);
}

BOOST_AUTO_TEST_CASE(embed_and_size_are_per_occurrence) {
  GraphBuilder b;
  NodeId a = add(b, NodeKind::note, "a.md");
  NodeId p = add(b, NodeKind::attachment, "p.png");
  Occurrence embed = at(2);
  embed.embed = true;
  embed.size = "100x145";
  b.add_occurrence(a, p, EdgeKind::link, "", at(1));
  b.add_occurrence(a, p, EdgeKind::link, "", embed);
  KnowledgeGraph g = std::move(b).finish();
  BOOST_TEST(g.edge(0).embed());
  BOOST_TEST(!g.edge(0).occurrence(0).embed);
  BOOST_TEST(g.edge(0).occurrence(1).embed);
  BOOST_TEST(g.edge(0).occurrence(1).size == "100x145");
  BOOST_TEST(g.edge(0).aliases().empty());
}

BOOST_AUTO_TEST_CASE(induced_subgraph_keeps_edges_between_kept_nodes) {
  GraphBuilder b;
  NodeId a = add(b, NodeKind::note, "a.md");
  NodeId c = add(b, NodeKind::note, "c.md");
  NodeId t = add(b, NodeKind::tag, "t");
  b.add_occurrence(a, c, EdgeKind::link, "", at(1));
  b.add_occurrence(a, t, EdgeKind::tag, "", at(2));
  b.add_occurrence(c, t, EdgeKind::tag, "", at(3));
  KnowledgeGraph g = std::move(b).finish();
  KnowledgeGraph sub = induced_subgraph(g, {*g.find("tag:t"), *g.find("note:a.md")});
  BOOST_TEST(sub.node_count() == 2u);
  BOOST_TEST(sub.edge_count() == 1u);
  BOOST_TEST(sub.node(0).id() == "note:a.md");
  BOOST_TEST((sub.edge(0).kind() == EdgeKind::tag));
  BOOST_TEST(sub.edge(0).lines() == (std::vector<int>{2}), boost::test_tools::per_element());
  BOOST_TEST(sub.find("tag:t").has_value());
  BOOST_TEST(sub.in_degree(*sub.find("tag:t")) == 1u);
  // The subgraph outlives the graph it came from (it shares the strings).
  KnowledgeGraph kept;
  {
    KnowledgeGraph tmp = g;
    kept = subgraph(tmp, {0, 1, 2}, [](EdgeId e) { return e == 0; });
  }
  g = KnowledgeGraph();
  BOOST_TEST(kept.edge_count() == 1u);
  BOOST_TEST(kept.node(2).id() == "tag:t");
}

BOOST_AUTO_TEST_CASE(values_round_trip_through_their_encoding) {
  const std::vector<Value> values{
      Value(),
      Value::boolean(true),
      Value::boolean(false),
      Value::integer(0),
      Value::integer(-1),
      Value::integer(std::numeric_limits<std::int64_t>::min()),
      Value::integer(std::numeric_limits<std::int64_t>::max()),
      Value::number(2.5),
      Value::number(-1e300),
      Value::string(""),
      Value::string(std::string("nul\0inside", 10)),
      Value::list({Value::integer(1), Value::list({Value::string("deep")}), Value()}),
      Value::map({{"b", Value::integer(2)}, {"a", Value::map({{"x", Value::boolean(true)}})}}),
  };
  for (const Value& v : values) {
    std::string bytes;
    encode_value(v, bytes);
    std::string_view in = bytes;
    const Value back = decode_value(in);
    BOOST_TEST((back == v));
    BOOST_TEST(in.empty());
  }
  // Truncated or garbage input decodes to null and consumes everything, never crashes.
  std::string bytes;
  encode_value(values.back(), bytes);
  for (std::size_t n = 0; n < bytes.size(); ++n) {
    std::string_view in(bytes.data(), n);
    decode_value(in);
    BOOST_TEST(in.empty());
  }
  std::string_view garbage("\x06\xff\xff\xff\xff\x0f", 6);
  BOOST_TEST(decode_value(garbage).is_null());
}

BOOST_DATA_TEST_CASE(join_section_joins_heading_paths,
                     boost::unit_test::data::make(std::vector<std::vector<std::string>>{
                         {}, {"A"}, {"A", "B"}, {"A", "B", "C"}}) ^
                         boost::unit_test::data::make(
                             std::vector<std::string>{"", "A", "A > B", "A > B > C"}),
                     path, expected) {
  BOOST_TEST(join_section(path) == expected);
}
