#pragma once
// Hand-made graphs for exporter tests: every node and edge kind, entities with types
// and sameAs, cooccurs, video seconds; and a hostile variant whose ids and labels hold
// every character a format must escape.

#include <string>


#include "../support/graph_fixtures.hpp"

namespace notegraph::testing {

/// A small vault's graph: a video summary note (source video, links and mentions with
/// seconds), a typed person note, nested tags, a missing note, an attachment embed, a
/// plain URL, a cited second video, two entities with a cooccurs edge.
inline KnowledgeGraph sample_graph() {
  GraphBuilder b;
  TestNode summary = make_node(NodeKind::note, "note:channel/summary.md", "Summary of the talk",
                           "channel/summary.md");
  summary.tags = {"politics", "politics/peace"};
  summary.aliases = {"The talk"};
  summary.properties = {{"videoId", Value::string("abc123DEF_-")}, {"rating", Value::integer(4)}};
  const NodeId s = add_node(b, summary);
  TestNode person = make_node(NodeKind::note, "note:people/ada lovelace.md", "Ada Lovelace",
                          "people/ada lovelace.md");
  person.entity_type = "person";
  const NodeId ada = add_node(b, person);
  const NodeId hub = add_node(b, make_node(NodeKind::note, "note:channel/channel.md", "Channel",
                                          "channel/channel.md"));
  const NodeId miss = add_node(b, make_node(NodeKind::missing, "missing:peace talks", "Peace talks"));
  const NodeId img = add_node(b, make_node(NodeKind::attachment, "attachment:channel/img/map.png",
                                          "map.png", "channel/img/map.png"));
  const NodeId t1 = add_node(b, make_node(NodeKind::tag, "tag:politics", "politics"));
  const NodeId t2 = add_node(b, make_node(NodeKind::tag, "tag:politics/peace", "politics/peace"));
  TestNode url = make_node(NodeKind::url, "url:https://example.org/a?b=1&c=2",
                       "https://example.org/a?b=1&c=2");
  const NodeId u = add_node(b, url);
  TestNode video = make_node(NodeKind::video, "video:abc123DEF_-", "The talk (video)");
  const NodeId vid = add_node(b, video);
  TestNode other_video = make_node(NodeKind::video, "video:zzz", "Another video");
  const NodeId vid2 = add_node(b, other_video);
  TestNode trump = make_node(NodeKind::entity, "entity:person:donald trump", "Donald Trump");
  trump.entity_type = "person";
  trump.aliases = {"Trump"};
  trump.same_as = "http://www.wikidata.org/entity/Q22686";
  const NodeId e1 = add_node(b, trump);
  TestNode crimea = make_node(NodeKind::entity, "entity:place:crimea", "Crimea");
  crimea.entity_type = "place";
  const NodeId e2 = add_node(b, crimea);

  b.add_occurrence(s, hub, EdgeKind::link, "from", occurrence(6));
  b.add_occurrence(s, miss, EdgeKind::link, "", occurrence(10, 74, "peace", "Intro"));
  b.add_occurrence(s, miss, EdgeKind::link, "", occurrence(12, 194, "", "Intro > Truce"));
  b.add_occurrence(s, ada, EdgeKind::link, "", occurrence(14, 200));
  Occurrence embed = occurrence(16);
  embed.embed = true;
  b.add_occurrence(s, img, EdgeKind::link, "", embed);
  b.add_occurrence(s, t1, EdgeKind::tag, "", occurrence(0));
  b.add_occurrence(s, t2, EdgeKind::tag, "", occurrence(20));
  b.add_occurrence(s, u, EdgeKind::url, "", occurrence(22));
  b.add_occurrence(s, vid2, EdgeKind::url, "", occurrence(24, 30));
  b.add_occurrence(s, vid, EdgeKind::source, "", Occurrence{});
  b.add_occurrence(s, e1, EdgeKind::mention, "", occurrence(8, 186, "", "Intro"));
  b.add_occurrence(s, e1, EdgeKind::mention, "", occurrence(9, 194, "", "Intro"));
  b.add_occurrence(s, e2, EdgeKind::mention, "", occurrence(30, 407));
  b.add_cooccurrence(e2, e1, 3);
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
  TestNode a = make_node(NodeKind::note, "note:" + hostile_text("dir/a") + ".md", hostile_text("A"),
                     hostile_text("dir/a") + ".md");
  a.aliases = {hostile_text("alias")};
  a.tags = {hostile_text("tag")};
  a.properties = {{hostile_text("key"), Value::string("v\"\x01")}};
  const NodeId va = add_node(b, a);
  TestNode c = make_node(NodeKind::note, "note:" + hostile_text("c") + ".md", hostile_text("C"),
                     hostile_text("c") + ".md");
  c.entity_type = hostile_text("type");
  const NodeId vc = add_node(b, c);
  const NodeId vm = add_node(b, make_node(NodeKind::missing, "missing:" + hostile_text("m"),
                                         hostile_text("M")));
  const NodeId vt = add_node(b, make_node(NodeKind::tag, "tag:" + hostile_text("t"), hostile_text("t")));
  TestNode url = make_node(NodeKind::url, "url:https://x.org/" + hostile_text("u"), hostile_text("u"));
  const NodeId vu = add_node(b, url);
  const NodeId vv = add_node(b, make_node(NodeKind::video, "video:" + hostile_text("v"),
                                         hostile_text("V")));
  TestNode ent = make_node(NodeKind::entity, "entity:person:" + hostile_text("e"), hostile_text("E"));
  ent.entity_type = "person";
  ent.same_as = "https://x.org/" + hostile_text("sameas");
  const NodeId ve = add_node(b, ent);
  TestNode ent2 = make_node(NodeKind::entity, "entity:" + hostile_text("kind") + ":x", hostile_text("E2"));
  ent2.entity_type = hostile_text("kind");
  const NodeId ve2 = add_node(b, ent2);

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
