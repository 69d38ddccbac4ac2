// The build stage (build_graph) on hand-made ParsedNotes: no parsing involved.
#define BOOST_TEST_MODULE build_graph
#include <boost/test/unit_test.hpp>

#include "notegraph/pipeline/load.hpp"

using namespace notegraph;

BOOST_TEST_DONT_PRINT_LOG_VALUE(std::vector<std::string>)
BOOST_TEST_DONT_PRINT_LOG_VALUE(std::vector<int>)

namespace {

LinkRef link(std::string target, int line, std::vector<std::string> headings = {},
             std::optional<int> second = std::nullopt, std::string alias = {}) {
  LinkRef l;
  l.target = std::move(target);
  l.line = line;
  l.heading_path = std::move(headings);
  l.second = second;
  l.alias = std::move(alias);
  return l;
}

ParsedNote note(std::string path, std::string title = {}) {
  ParsedNote n;
  n.path = std::move(path);
  n.title = std::move(title);
  return n;
}

std::vector<VaultFile> files_of(const std::vector<ParsedNote>& notes,
                                const std::vector<std::string>& attachments = {}) {
  std::vector<VaultFile> out;
  for (const auto& n : notes) out.push_back({n.path, n.path, true});
  for (const auto& a : attachments) out.push_back({a, a, false});
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
  return out;
}

LoadResult build(const std::vector<ParsedNote>& notes,
                 const std::vector<std::string>& attachments = {}, ResolveOptions resolve = {}) {
  return build_graph(files_of(notes, attachments), notes, resolve, ExtractOptions{});
}

/// The one edge of `kind` (and relation) from `from` to `to`; fails the test when absent.
EdgeView edge(const KnowledgeGraph& g, std::string_view from, std::string_view to,
                 EdgeKind kind, std::string_view relation = {}) {
  auto s = g.find(from);
  auto t = g.find(to);
  BOOST_REQUIRE_MESSAGE(s && t, "nodes " << from << " and " << to);
  for (auto e : g.out_edges(*s))
    if (g.edge(e).target() == *t && g.edge(e).kind() == kind &&
        g.edge(e).relation() == relation)
      return g.edge(e);
  BOOST_FAIL("no edge " << from << " -> " << to);
  throw std::logic_error("unreachable");
}

std::size_t count_edges(const KnowledgeGraph& g, EdgeKind kind) {
  std::size_t n = 0;
  for (auto e : g.edges()) n += g.edge(e).kind() == kind;
  return n;
}

}  // namespace

BOOST_AUTO_TEST_CASE(repeated_links_aggregate_with_lines_sections_seconds) {
  ParsedNote a = note("a.md", "Note A");
  a.links.push_back(link("b", 9, {"Top", "Sub"}, 30, "bee"));
  a.links.push_back(link("B", 3, {"Top"}, 12));
  a.links.push_back(link("b.md", 5, {"Top"}, 12, "bee"));
  ParsedNote b = note("b.md", "Note B");
  LoadResult r = build({a, b});
  const EdgeView e = edge(r.graph, "note:a.md", "note:b.md", EdgeKind::link);
  BOOST_TEST(e.count() == 3);
  BOOST_TEST(e.lines() == (std::vector<int>{3, 5, 9}));
  BOOST_TEST(e.seconds() == (std::vector<int>{12, 30}));
  BOOST_TEST(e.aliases() == (std::vector<std::string_view>{"bee"}));
  BOOST_TEST(e.sections() == (std::vector<std::string_view>{"Top > Sub", "Top"}));
  BOOST_TEST(r.graph.node(*r.graph.find("note:b.md")).label() == "Note B");
  BOOST_TEST(r.stats.links == 3u);
  BOOST_TEST(r.stats.resolved_links == 3u);
  BOOST_TEST(r.stats.unresolved_links == 0u);
}

BOOST_AUTO_TEST_CASE(typed_relations_are_separate_edges) {
  ParsedNote a = note("a.md");
  LinkRef from = link("b", 1);
  from.relation = "from";
  a.links.push_back(from);
  a.links.push_back(link("b", 2));
  LoadResult r = build({a, note("b.md")});
  BOOST_TEST(edge(r.graph, "note:a.md", "note:b.md", EdgeKind::link, "from").count() == 1);
  BOOST_TEST(edge(r.graph, "note:a.md", "note:b.md", EdgeKind::link).count() == 1);
}

BOOST_AUTO_TEST_CASE(unresolved_links_become_missing_nodes_labelled_as_first_written) {
  ParsedNote a = note("a.md");
  a.links.push_back(link("Some Topic", 2));
  a.links.push_back(link("some topic.md", 4));
  ParsedNote b = note("z/b.md");
  b.links.push_back(link("SOME TOPIC", 1));
  LoadResult r = build({a, b});
  auto m = r.graph.find("missing:some topic");
  BOOST_REQUIRE(m.has_value());
  BOOST_TEST(r.graph.node(*m).label() == "Some Topic");
  BOOST_TEST((r.graph.node(*m).kind() == NodeKind::missing));
  BOOST_TEST(edge(r.graph, "note:a.md", "missing:some topic", EdgeKind::link).count() == 2);
  BOOST_TEST(r.stats.unresolved_links == 3u);
  BOOST_TEST(r.stats.resolved_links == 0u);
}

BOOST_AUTO_TEST_CASE(attachments_and_embeds) {
  ParsedNote a = note("a.md");
  LinkRef img = link("pic.png", 3);
  img.embed = true;
  img.alias = "100x145";
  a.links.push_back(img);
  LinkRef song = link("Sussudio.mp3", 4);
  song.embed = true;
  a.links.push_back(song);
  LoadResult r = build({a}, {"assets/pic.png", "unlinked.pdf"});
  const EdgeView e = edge(r.graph, "note:a.md", "attachment:assets/pic.png", EdgeKind::link);
  BOOST_TEST(e.embed());
  auto pic = r.graph.find("attachment:assets/pic.png");
  BOOST_TEST(r.graph.node(*pic).label() == "pic.png");
  BOOST_TEST(r.graph.node(*pic).path() == "assets/pic.png");
  BOOST_TEST(edge(r.graph, "note:a.md", "missing:sussudio.mp3", EdgeKind::link).embed());
  BOOST_TEST(!r.graph.find("attachment:unlinked.pdf").has_value());
  BOOST_TEST(r.stats.attachments == 2u);
  BOOST_TEST(r.stats.resolved_links == 1u);
  BOOST_TEST(r.stats.unresolved_links == 1u);
}

BOOST_AUTO_TEST_CASE(self_links_point_at_the_note) {
  ParsedNote a = note("dir/a.md");
  LinkRef self = link("", 7);
  self.anchor = "#Heading";
  a.links.push_back(self);
  a.links.push_back(link("a", 8));
  LoadResult r = build({a});
  const EdgeView e = edge(r.graph, "note:dir/a.md", "note:dir/a.md", EdgeKind::link);
  BOOST_TEST(e.count() == 2);
  BOOST_TEST(e.anchors() == (std::vector<std::string_view>{"#Heading"}));
  BOOST_TEST(r.graph.node_count() == 1u);
}

BOOST_AUTO_TEST_CASE(nested_tags_make_a_broader_hierarchy) {
  ParsedNote a = note("a.md");
  a.tags = {{"Project/Alpha/Beta", 0}, {"project/alpha", 3}, {"solo", 4}, {"project/alpha/beta", 5}};
  ParsedNote b = note("b.md");
  b.tags = {{"#project/Gamma", 2}};
  LoadResult r = build({a, b});
  const auto& g = r.graph;
  for (const char* id : {"tag:project", "tag:project/alpha", "tag:project/alpha/beta",
                         "tag:project/gamma", "tag:solo"})
    BOOST_TEST(g.find(id).has_value(), id);
  BOOST_TEST(edge(g, "tag:project/alpha/beta", "tag:project/alpha", EdgeKind::broader).count() == 1);
  BOOST_TEST(edge(g, "tag:project/alpha", "tag:project", EdgeKind::broader).count() == 1);
  BOOST_TEST(edge(g, "tag:project/gamma", "tag:project", EdgeKind::broader).count() == 1);
  BOOST_TEST(count_edges(g, EdgeKind::broader) == 3u);
  const EdgeView beta = edge(g, "note:a.md", "tag:project/alpha/beta", EdgeKind::tag);
  BOOST_TEST(beta.count() == 2);
  BOOST_TEST(beta.lines() == (std::vector<int>{5}));  // front-matter tags have no line
  BOOST_TEST(g.node(*g.find("note:a.md")).tags().to_strings() ==
             (std::vector<std::string>{"project/alpha", "project/alpha/beta", "solo"}));
  BOOST_TEST(!g.find("tag:Project").has_value());
}

BOOST_AUTO_TEST_CASE(videos_urls_and_source) {
  ParsedNote a = note("a.md");
  a.video_id = "rP2kEF3Mj-o";
  UrlRef yt;
  yt.url = "https://youtu.be/abc123DEF_-?t=90";
  yt.video_id = "abc123DEF_-";
  yt.url_second = 90;
  yt.second = 300;
  yt.line = 4;
  UrlRef cited = yt;
  cited.url_second.reset();
  cited.line = 6;
  UrlRef web;
  web.url = "https://example.org/page";
  web.line = 8;
  web.second = 42;
  web.heading_path = {"Links"};
  a.urls = {yt, cited, web};
  LoadResult r = build({a});
  const auto& g = r.graph;
  auto src = g.find("video:rP2kEF3Mj-o");
  BOOST_REQUIRE(src.has_value());
  BOOST_TEST(g.node(*src).label() == "a");  // labelled with the title of the note citing it
  BOOST_TEST(g.node(*src).url() == "https://www.youtube.com/watch?v=rP2kEF3Mj-o");
  BOOST_TEST((g.node(*src).kind() == NodeKind::video));
  edge(g, "note:a.md", "video:rP2kEF3Mj-o", EdgeKind::source);
  const EdgeView v = edge(g, "note:a.md", "video:abc123DEF_-", EdgeKind::url);
  BOOST_TEST(v.count() == 2);
  BOOST_TEST(v.seconds() == (std::vector<int>{90, 300}));
  BOOST_TEST(v.lines() == (std::vector<int>{4, 6}));
  const EdgeView u = edge(g, "note:a.md", "url:https://example.org/page", EdgeKind::url);
  BOOST_TEST(u.seconds() == (std::vector<int>{42}));
  BOOST_TEST(u.sections() == (std::vector<std::string_view>{"Links"}));
  BOOST_TEST((g.node(*g.find("url:https://example.org/page")).kind() == NodeKind::url));
}

BOOST_AUTO_TEST_CASE(note_nodes_carry_front_matter) {
  ParsedNote a = note("people/ada.md", "Ada Lovelace");
  a.aliases = {"Ada", "Countess of Lovelace"};
  a.entity_type = "person";
  a.properties = {{"born", Value::integer(1815)}, {"am", Value::string("x")}};
  ParsedNote plain = note("plain.md");
  LoadResult r = build({a, plain});
  const NodeView n = r.graph.node(*r.graph.find("note:people/ada.md"));
  BOOST_TEST(n.label() == "Ada Lovelace");
  BOOST_TEST(n.path() == "people/ada.md");
  BOOST_TEST(n.entity_type() == "person");
  BOOST_TEST(n.aliases().to_strings() == (std::vector<std::string>{"Ada", "Countess of Lovelace"}));
  BOOST_REQUIRE(n.properties().size() == 2u);
  BOOST_TEST(n.properties()[0].key == "am");
  BOOST_TEST(r.graph.node(*r.graph.find("note:plain.md")).label() == "plain");
  BOOST_TEST(r.stats.notes == 2u);
}

BOOST_AUTO_TEST_CASE(diagnostics_sorted_by_path_then_line) {
  ParsedNote b = note("b.md");
  b.diagnostics = {{"b.md", 9, "late"}, {"b.md", 2, "early"}};
  ParsedNote a = note("a.md");
  a.diagnostics = {{"a.md", 5, "first file"}};
  LoadResult r = build({b, a});
  BOOST_REQUIRE(r.diagnostics.size() == 3u);
  BOOST_TEST(r.diagnostics[0].message == "first file");
  BOOST_TEST(r.diagnostics[1].message == "early");
  BOOST_TEST(r.diagnostics[2].message == "late");
}

BOOST_AUTO_TEST_CASE(slug_mode_resolves_titles) {
  ParsedNote hub = note("channel/channel.md");
  hub.links.push_back(link("Kremlins Perception of Peace", 3));
  ParsedNote target = note("channel/kremlins_perception_of_peace.md", "Kremlin's perception of peace");
  LoadResult obsidian = build({hub, target});
  BOOST_TEST(obsidian.stats.unresolved_links == 1u);
  LoadResult slug = build({hub, target}, {}, ResolveOptions{ResolveMode::slug, AliasTargets::ignore});
  BOOST_TEST(slug.stats.resolved_links == 1u);
  edge(slug.graph, "note:channel/channel.md", "note:channel/kremlins_perception_of_peace.md",
       EdgeKind::link);
}
