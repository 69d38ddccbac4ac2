// Unit tests of graph/query on a small hand-made graph: lookup, find, backlinks,
// unlinked mentions, orphans, unresolved, mentions, and the text helpers.
#define BOOST_TEST_MODULE query_algorithms
#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "notegraph/query/find.hpp"
#include "notegraph/query/lookup.hpp"
#include "notegraph/query/notes.hpp"
#include "notegraph/query/subgraph.hpp"
#include "notegraph/query/text.hpp"
#include "random_graph.hpp"

namespace bdata = boost::unit_test::data;
using namespace notegraph;
using testing::make_node;
using testing::add_node;
using testing::TestNode;

namespace {

Occurrence at(int line, std::optional<int> second = std::nullopt) {
  Occurrence o;
  o.line = line;
  o.second = second;
  return o;
}

KnowledgeGraph sample() {
  GraphBuilder b;
  TestNode zurich = make_node(NodeKind::note, "note:places/Zürich.md", "Zürich");
  zurich.aliases = {"Zurich", "City on the Limmat"};
  const NodeId z = add_node(b, zurich);
  TestNode log1 = make_node(NodeKind::note, "note:reading/Log.md", "Log");
  TestNode log2 = make_node(NodeKind::note, "note:trips/Log.md", "Log");
  add_node(b, log1);
  add_node(b, log2);
  TestNode home = make_node(NodeKind::note, "note:Home.md", "Home");
  const NodeId h = add_node(b, home);
  TestNode other = make_node(NodeKind::note, "note:other.md", "Other note");
  const NodeId o = add_node(b, other);
  TestNode lonely = make_node(NodeKind::note, "note:inbox/lonely.md", "Lonely");
  const NodeId l = add_node(b, lonely);
  TestNode selfish = make_node(NodeKind::note, "note:selfish.md", "Selfish");
  const NodeId s = add_node(b, selfish);
  const NodeId kontor =
      add_node(b, make_node(NodeKind::missing, "missing:kontor system", "Kontor system"));
  const NodeId bern = add_node(b, make_node(NodeKind::missing, "missing:bern", "Bern"));
  const NodeId video = add_node(b, make_node(NodeKind::video, "video:Vn7tR4kZq2M", "Vn7tR4kZq2M"));
  const NodeId tag = add_node(b, make_node(NodeKind::tag, "tag:travel", "travel"));
  TestNode trump = make_node(NodeKind::entity, "entity:person:donald trump", "Donald Trump");
  trump.entity_type = "person";
  const NodeId t = add_node(b, trump);

  b.add_occurrence(h, z, EdgeKind::link, "", at(3, 74));
  b.add_occurrence(h, h, EdgeKind::link, "", at(4));
  b.add_occurrence(h, kontor, EdgeKind::link, "", at(5));
  b.add_occurrence(h, video, EdgeKind::source, "", {});
  b.add_occurrence(h, t, EdgeKind::mention, "", at(7, 74));
  b.add_occurrence(h, t, EdgeKind::mention, "", at(9, 200));
  b.add_occurrence(o, kontor, EdgeKind::link, "", at(1));
  b.add_occurrence(o, kontor, EdgeKind::link, "", at(2));
  b.add_occurrence(o, bern, EdgeKind::link, "", at(3));
  b.add_occurrence(o, z, EdgeKind::mention, "", at(6));
  b.add_occurrence(o, z, EdgeKind::link, "from", at(1));
  b.add_occurrence(o, t, EdgeKind::mention, "", at(8));
  b.add_occurrence(l, tag, EdgeKind::tag, "", {});
  b.add_occurrence(s, s, EdgeKind::link, "", at(2));
  return std::move(b).finish();
}

const KnowledgeGraph& graph() {
  static const KnowledgeGraph g = sample();
  return g;
}

std::string id_of(NodeId v) { return graph().node(v).id(); }

std::vector<std::string> ids(const std::vector<NodeId>& vs) {
  std::vector<std::string> out;
  for (NodeId v : vs) out.push_back(id_of(v));
  return out;
}

struct Found {
  const char* ref;
  const char* id;
};
std::ostream& operator<<(std::ostream& os, const Found& f) { return os << f.ref; }

const Found kFound[] = {
    {"note:places/Zürich.md", "note:places/Zürich.md"},  // exact id
    {"NOTE:PLACES/ZÜRICH.MD", "note:places/Zürich.md"},  // id, any case
    {"places/Zürich.md", "note:places/Zürich.md"},       // path
    {"places/zürich", "note:places/Zürich.md"},          // path without .md
    {"./places/Zürich.md", "note:places/Zürich.md"},
    {"zürich", "note:places/Zürich.md"},        // title
    {"  Zürich\t", "note:places/Zürich.md"},  // stray spaces
    {"Zu\u0308rich", "note:places/Zürich.md"},  // title in NFD
    {"ZURICH", "note:places/Zürich.md"},        // alias
    {"city on the limmat", "note:places/Zürich.md"},
    {"lonely", "note:inbox/lonely.md"},              // stem and title
    {"trips/log", "note:trips/Log.md"},              // a path settles a shared stem
    {"donald trump", "entity:person:donald trump"},  // entity name
    {"#Travel", "tag:travel"},                       // tag written as in a note
    {"travel", "tag:travel"},
    {"Vn7tR4kZq2M", "video:Vn7tR4kZq2M"},  // video id
    {"kontor system", "missing:kontor system"},
};

}  // namespace

BOOST_DATA_TEST_CASE(lookup_finds, bdata::make(kFound), f) {
  const Lookup l = lookup_node(graph(), f.ref);
  BOOST_TEST_REQUIRE((l.outcome == LookupOutcome::found));
  BOOST_TEST(id_of(l.vertex) == f.id);
}

BOOST_AUTO_TEST_CASE(lookup_ambiguous_lists_every_candidate_in_id_order) {
  const Lookup l = lookup_node(graph(), "log");
  BOOST_TEST_REQUIRE((l.outcome == LookupOutcome::ambiguous));
  BOOST_TEST(
      ids(l.candidates) == (std::vector<std::string>{"note:reading/Log.md", "note:trips/Log.md"}),
      boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(lookup_unknown_suggests_near_spellings_first) {
  const Lookup l = lookup_node(graph(), "Zurch");
  BOOST_TEST_REQUIRE((l.outcome == LookupOutcome::not_found));
  BOOST_TEST_REQUIRE(!l.suggestions.empty());
  BOOST_TEST(l.suggestions.size() <= 5u);
  BOOST_TEST(id_of(l.suggestions.front()) == "note:places/Zürich.md");
}

BOOST_AUTO_TEST_CASE(lookup_unknown_suggests_names_containing_the_text) {
  const Lookup l = lookup_node(graph(), "trump");
  BOOST_TEST_REQUIRE((l.outcome == LookupOutcome::not_found));
  BOOST_TEST(ids(l.suggestions) == std::vector<std::string>{"entity:person:donald trump"},
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(lookup_of_nothing_like_it_suggests_nothing) {
  const Lookup l = lookup_node(graph(), "qqqqqqqqqqqq");
  BOOST_TEST((l.outcome == LookupOutcome::not_found));
  BOOST_TEST(l.suggestions.empty());
  BOOST_TEST((lookup_node(graph(), "").outcome == LookupOutcome::not_found));
}

BOOST_AUTO_TEST_CASE(find_matches_labels_aliases_paths_and_ids_case_insensitively) {
  auto hits = find_text(graph(), "ZÜR");
  BOOST_TEST_REQUIRE(hits.size() == 1u);
  BOOST_TEST(id_of(hits[0].vertex) == "note:places/Zürich.md");
  BOOST_TEST((hits[0].field == MatchField::label));

  hits = find_text(graph(), "limmat");
  BOOST_TEST_REQUIRE(hits.size() == 1u);
  BOOST_TEST((hits[0].field == MatchField::alias));
  BOOST_TEST(hits[0].matched == "City on the Limmat");

  hits = find_text(graph(), "inbox/");
  BOOST_TEST_REQUIRE(hits.size() == 1u);
  BOOST_TEST((hits[0].field == MatchField::path));

  hits = find_text(graph(), "entity:");
  BOOST_TEST_REQUIRE(hits.size() == 1u);
  BOOST_TEST((hits[0].field == MatchField::id));

  std::vector<std::string> logs;
  for (const auto& h : find_text(graph(), "log", GraphFilter{{}, {NodeKind::note}}))
    logs.push_back(id_of(h.vertex));
  BOOST_TEST(logs == (std::vector<std::string>{"note:reading/Log.md", "note:trips/Log.md"}),
             boost::test_tools::per_element());
  BOOST_TEST(find_text(graph(), "").empty());
}

BOOST_AUTO_TEST_CASE(backlinks_are_link_edges_from_other_nodes) {
  const NodeId z = *graph().find("note:places/Zürich.md");
  std::vector<std::string> got;
  for (EdgeId e : backlinks(graph(), z))
    got.push_back(id_of(graph().edge(e).source()) + " " + std::string(graph().edge(e).relation()));
  BOOST_TEST(got == (std::vector<std::string>{"note:Home.md ", "note:other.md from"}),
             boost::test_tools::per_element());
  BOOST_TEST(backlinks(graph(), *graph().find("note:Home.md")).empty());  // self-link only
}

BOOST_AUTO_TEST_CASE(unlinked_are_mention_edges_from_notes) {
  const auto got = unlinked_mentions(graph(), *graph().find("note:places/Zürich.md"));
  BOOST_TEST_REQUIRE(got.size() == 1u);
  BOOST_TEST(id_of(graph().edge(got[0]).source()) == "note:other.md");
  BOOST_TEST(graph().edge(got[0]).lines() == std::vector<int>{6}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(orphans_have_no_link_to_or_from_another_node) {
  // Lonely only has a tag; Selfish only links to itself; the Logs have nothing.
  BOOST_TEST(ids(orphans(graph())) ==
                 (std::vector<std::string>{"note:inbox/lonely.md", "note:reading/Log.md",
                                           "note:selfish.md", "note:trips/Log.md"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(unresolved_most_linked_first) {
  const auto u = unresolved(graph());
  BOOST_TEST_REQUIRE(u.size() == 2u);
  BOOST_TEST(id_of(u[0].target) == "missing:kontor system");
  BOOST_TEST(u[0].notes == 2);
  BOOST_TEST(u[0].occurrences == 3);
  BOOST_TEST(u[0].links.size() == 2u);
  BOOST_TEST(id_of(u[1].target) == "missing:bern");
  BOOST_TEST(u[1].notes == 1);
}

BOOST_AUTO_TEST_CASE(mentions_carry_the_notes_video) {
  const auto m = mentions(graph(), *graph().find("entity:person:donald trump"));
  BOOST_TEST_REQUIRE(m.size() == 2u);
  BOOST_TEST(id_of(m[0].note) == "note:Home.md");
  BOOST_TEST_REQUIRE(m[0].video.has_value());
  BOOST_TEST(video_id(graph().node(*m[0].video)) == "Vn7tR4kZq2M");
  BOOST_TEST(graph().edge(m[0].edge).seconds() == (std::vector<int>{74, 200}), boost::test_tools::per_element());
  BOOST_TEST(graph().edge(m[0].edge).lines() == (std::vector<int>{7, 9}), boost::test_tools::per_element());
  BOOST_TEST(id_of(m[1].note) == "note:other.md");
  BOOST_TEST(!m[1].video.has_value());
}

BOOST_AUTO_TEST_CASE(mentions_of_a_video_are_the_notes_about_it) {
  const auto m = mentions(graph(), *graph().find("video:Vn7tR4kZq2M"));
  BOOST_TEST_REQUIRE(m.size() == 1u);
  BOOST_TEST(id_of(m[0].note) == "note:Home.md");
  BOOST_TEST((graph().edge(m[0].edge).kind() == EdgeKind::source));
  BOOST_TEST(id_of(*m[0].video) == "video:Vn7tR4kZq2M");
}

BOOST_AUTO_TEST_CASE(youtube_urls) {
  BOOST_TEST(youtube_url("rP2kEF3Mj-o", 74) == "https://www.youtube.com/watch?v=rP2kEF3Mj-o&t=74s");
  BOOST_TEST(youtube_url("rP2kEF3Mj-o", std::nullopt) ==
             "https://www.youtube.com/watch?v=rP2kEF3Mj-o");
  BOOST_TEST(video_id(graph().node(*graph().find("tag:travel"))).empty());
}

BOOST_AUTO_TEST_CASE(edge_subgraph_keeps_only_the_given_edges_and_their_ends) {
  const NodeId z = *graph().find("note:places/Zürich.md");
  const auto links = backlinks(graph(), z);
  const KnowledgeGraph sub = edge_subgraph(graph(), {z}, links);
  BOOST_TEST(sub.node_count() == 3u);  // Zürich, Home, other
  BOOST_TEST(sub.edge_count() == 2u);  // not other's mention of Zürich
  for (EdgeId e : sub.edges()) BOOST_TEST((sub.edge(e).kind() == EdgeKind::link));
}

struct Distance {
  const char* a;
  const char* b;
  std::size_t expected;
};
std::ostream& operator<<(std::ostream& os, const Distance& d) { return os << d.a << "/" << d.b; }
const Distance kDistances[] = {
    {"", "", 0},     {"abc", "abc", 0},     {"kitten", "sitting", 3}, {"zürich", "zurich", 1},
    {"", "abcd", 4}, {"日本語", "日本", 1},
};

BOOST_DATA_TEST_CASE(edit_distance_counts_code_points, bdata::make(kDistances), d) {
  BOOST_TEST(edit_distance(d.a, d.b, 10) == d.expected);
}

BOOST_AUTO_TEST_CASE(edit_distance_stops_past_the_limit) {
  BOOST_TEST(edit_distance("aaaaaaaa", "bbbbbbbb", 2) == 3u);
  BOOST_TEST(edit_distance("a", "abcdefgh", 2) == 3u);
}

BOOST_AUTO_TEST_CASE(fold_case_normalizes_and_folds) {
  BOOST_TEST(fold_case("ZÜRICH") == "zürich");
  BOOST_TEST(fold_case("Zu\u0308rich") == "zürich");
  BOOST_TEST(fold_case("Straße") == "strasse");
  BOOST_TEST(fold_case("ABC-def") == "abc-def");
}
