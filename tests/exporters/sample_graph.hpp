#pragma once
// Hand-made graphs for exporter tests: every node and edge kind, entities with types
// and sameAs, cooccurs, video seconds; and a hostile variant whose ids and labels hold
// every character a format must escape.

#include <string>

#include "notegraph/model/graph.hpp"

namespace notegraph::testing {

inline Node make_node(NodeKind kind, std::string id, std::string label, std::string path = {}) {
  Node n;
  n.kind = kind;
  n.id = std::move(id);
  n.label = std::move(label);
  n.path = std::move(path);
  return n;
}

inline Occurrence occurrence(int line, std::optional<int> second = std::nullopt,
                             std::string alias = {}, std::string section = {}) {
  Occurrence o;
  o.line = line;
  o.second = second;
  o.alias = std::move(alias);
  o.section = std::move(section);
  return o;
}

/// A small vault's graph: a video summary note (source video, links and mentions with
/// seconds), a typed person note, nested tags, a missing note, an attachment embed, a
/// plain URL, a cited second video, two entities with a cooccurs edge.
inline KnowledgeGraph sample_graph() {
  GraphBuilder b;
  Node summary = make_node(NodeKind::note, "note:channel/summary.md", "Summary of the talk",
                           "channel/summary.md");
  summary.tags = {"politics", "politics/peace"};
  summary.aliases = {"The talk"};
  summary.properties = {{"videoId", "\"abc123DEF_-\""}, {"rating", "4"}};
  const Vertex s = b.add_node(summary);
  Node person = make_node(NodeKind::note, "note:people/ada lovelace.md", "Ada Lovelace",
                          "people/ada lovelace.md");
  person.entity_type = "person";
  const Vertex ada = b.add_node(person);
  const Vertex hub = b.add_node(make_node(NodeKind::note, "note:channel/channel.md", "Channel",
                                          "channel/channel.md"));
  const Vertex miss = b.add_node(make_node(NodeKind::missing, "missing:peace talks", "Peace talks"));
  const Vertex img = b.add_node(make_node(NodeKind::attachment, "attachment:channel/img/map.png",
                                          "map.png", "channel/img/map.png"));
  const Vertex t1 = b.add_node(make_node(NodeKind::tag, "tag:politics", "politics"));
  const Vertex t2 = b.add_node(make_node(NodeKind::tag, "tag:politics/peace", "politics/peace"));
  Node url = make_node(NodeKind::url, "url:https://example.org/a?b=1&c=2",
                       "https://example.org/a?b=1&c=2");
  url.url = "https://example.org/a?b=1&c=2";
  const Vertex u = b.add_node(url);
  Node video = make_node(NodeKind::video, "video:abc123DEF_-", "The talk (video)");
  video.url = "https://www.youtube.com/watch?v=abc123DEF_-";
  const Vertex vid = b.add_node(video);
  Node other_video = make_node(NodeKind::video, "video:zzz", "Another video");
  const Vertex vid2 = b.add_node(other_video);
  Node trump = make_node(NodeKind::entity, "entity:person:donald trump", "Donald Trump");
  trump.entity_type = "person";
  trump.aliases = {"Trump"};
  trump.same_as = "http://www.wikidata.org/entity/Q22686";
  const Vertex e1 = b.add_node(trump);
  Node crimea = make_node(NodeKind::entity, "entity:place:crimea", "Crimea");
  crimea.entity_type = "place";
  const Vertex e2 = b.add_node(crimea);

  b.add_occurrence(s, hub, EdgeKind::link, "from", occurrence(6));
  b.add_occurrence(s, miss, EdgeKind::link, "", occurrence(10, 74, "peace", "Intro"));
  b.add_occurrence(s, miss, EdgeKind::link, "", occurrence(12, 194, "", "Intro > Truce"));
  b.add_occurrence(s, ada, EdgeKind::link, "", occurrence(14, 200));
  Occurrence embed = occurrence(16);
  embed.embed = true;
  b.add_occurrence(s, img, EdgeKind::link, "", embed);
  b.add_occurrence(s, t1, EdgeKind::tag, "", occurrence(0));
  b.add_occurrence(s, t2, EdgeKind::tag, "", occurrence(20));
  b.add_occurrence(t2, t1, EdgeKind::broader, "", Occurrence{});
  b.add_occurrence(s, u, EdgeKind::url, "", occurrence(22));
  b.add_occurrence(s, vid2, EdgeKind::url, "", occurrence(24, 30));
  b.add_occurrence(s, vid, EdgeKind::source, "", Occurrence{});
  b.add_occurrence(s, e1, EdgeKind::mention, "", occurrence(8, 186, "", "Intro"));
  b.add_occurrence(s, e1, EdgeKind::mention, "", occurrence(9, 194, "", "Intro"));
  b.add_occurrence(s, e2, EdgeKind::mention, "", occurrence(30, 407));
  b.add_cooccurrence(e2, e1, 2.5);
  return std::move(b).finish();
}

/// Text with every character some format must escape or replace: quotes, backslashes,
/// markup, `]]>`, `--`, braces, newlines, a C0 control, bidi isolates, emoji, invalid
/// UTF-8 and a noncharacter.
inline std::string hostile_text(std::string_view prefix) {
  return std::string(prefix) +
         " \"q\" 'a' \\b\\ <x> & ]]> -- {} ; , line1\nline2\r\t \x01\x1f"
         " \xE2\x81\xA8isolate\xE2\x81\xA9 \xF0\x9F\x98\x80 bad\xFF\xC3( \xEF\xBF\xBE end\\";
}

/// The sample's shape with hostile ids, paths, labels, aliases, relations and tags.
inline KnowledgeGraph hostile_graph() {
  GraphBuilder b;
  Node a = make_node(NodeKind::note, "note:" + hostile_text("dir/a") + ".md", hostile_text("A"),
                     hostile_text("dir/a") + ".md");
  a.aliases = {hostile_text("alias")};
  a.tags = {hostile_text("tag")};
  a.properties = {{hostile_text("key"), "\"v\\\"\\u0001\""}};
  const Vertex va = b.add_node(a);
  Node c = make_node(NodeKind::note, "note:" + hostile_text("c") + ".md", hostile_text("C"),
                     hostile_text("c") + ".md");
  c.entity_type = hostile_text("type");
  const Vertex vc = b.add_node(c);
  const Vertex vm = b.add_node(make_node(NodeKind::missing, "missing:" + hostile_text("m"),
                                         hostile_text("M")));
  const Vertex vt = b.add_node(make_node(NodeKind::tag, "tag:" + hostile_text("t"), hostile_text("t")));
  Node url = make_node(NodeKind::url, "url:https://x.org/" + hostile_text("u"), hostile_text("u"));
  url.url = "https://x.org/" + hostile_text("u");
  const Vertex vu = b.add_node(url);
  const Vertex vv = b.add_node(make_node(NodeKind::video, "video:" + hostile_text("v"),
                                         hostile_text("V")));
  Node ent = make_node(NodeKind::entity, "entity:person:" + hostile_text("e"), hostile_text("E"));
  ent.entity_type = "person";
  ent.same_as = "https://x.org/" + hostile_text("sameas");
  const Vertex ve = b.add_node(ent);
  Node ent2 = make_node(NodeKind::entity, "entity:" + hostile_text("kind") + ":x", hostile_text("E2"));
  ent2.entity_type = hostile_text("kind");
  const Vertex ve2 = b.add_node(ent2);

  b.add_occurrence(va, vc, EdgeKind::link, hostile_text("rel"),
                   occurrence(3, 5, hostile_text("alias"), hostile_text("section")));
  b.add_occurrence(va, vc, EdgeKind::link, "", occurrence(4, 6));
  b.add_occurrence(va, vm, EdgeKind::link, "", occurrence(5));
  b.add_occurrence(va, vt, EdgeKind::tag, "", occurrence(0));
  b.add_occurrence(va, vu, EdgeKind::url, "", occurrence(6));
  b.add_occurrence(va, vv, EdgeKind::source, "", Occurrence{});
  b.add_occurrence(va, ve, EdgeKind::mention, "", occurrence(7, 9));
  b.add_occurrence(vc, vv, EdgeKind::url, "", occurrence(2, 11));
  b.add_cooccurrence(ve, ve2, 1);
  return std::move(b).finish();
}

}  // namespace notegraph::testing
