#include "notegraph/query/notes.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "notegraph/text/youtube.hpp"

namespace notegraph {
namespace {

/// In-edges of `v` of `kind` from other nodes, by source id (vertex order), then relation.
std::vector<EdgeId> in_edges_of_kind(const KnowledgeGraph& kg, NodeId v, EdgeKind kind) {
  std::vector<EdgeId> out;
  for (auto e : kg.in_edges(v))
    if (kg.edge(e).kind() == kind && kg.edge(e).source() != v) out.push_back(e);
  std::sort(out.begin(), out.end(), [&](EdgeId a, EdgeId b) {
    const NodeId sa = kg.edge(a).source(), sb = kg.edge(b).source();
    return sa != sb ? sa < sb : kg.edge(a).relation() < kg.edge(b).relation();
  });
  return out;
}

}  // namespace

std::vector<EdgeId> backlinks(const KnowledgeGraph& kg, NodeId note) {
  return in_edges_of_kind(kg, note, EdgeKind::link);
}

std::vector<EdgeId> unlinked_mentions(const KnowledgeGraph& kg, NodeId note) {
  std::vector<EdgeId> out = in_edges_of_kind(kg, note, EdgeKind::mention);
  std::erase_if(out, [&](EdgeId e) { return kg.node(kg.edge(e).source()).kind() != NodeKind::note; });
  return out;
}

std::vector<NodeId> orphans(const KnowledgeGraph& kg) {
  std::vector<NodeId> out;
  auto is_link_to_other = [&](EdgeId e) {
    return kg.edge(e).kind() == EdgeKind::link && kg.edge(e).source() != kg.edge(e).target();
  };
  for (NodeId v : kg.nodes()) {
    if (kg.node(v).kind() != NodeKind::note) continue;
    bool linked = false;
    for (auto e : kg.out_edges(v))
      linked = linked || is_link_to_other(e);
    for (auto e : kg.in_edges(v))
      linked = linked || is_link_to_other(e);
    if (!linked) out.push_back(v);
  }
  return out;
}

std::vector<Unresolved> unresolved(const KnowledgeGraph& kg) {
  std::vector<Unresolved> out;
  for (NodeId v : kg.nodes()) {
    if (kg.node(v).kind() != NodeKind::missing) continue;
    Unresolved u;
    u.target = v;
    u.links = in_edges_of_kind(kg, v, EdgeKind::link);
    std::set<NodeId> sources;
    for (EdgeId e : u.links) {
      sources.insert(kg.edge(e).source());
      u.occurrences += kg.edge(e).count();
    }
    u.notes = static_cast<int>(sources.size());
    out.push_back(std::move(u));
  }
  std::stable_sort(out.begin(), out.end(), [](const Unresolved& a, const Unresolved& b) {
    return std::tie(b.notes, b.occurrences) < std::tie(a.notes, a.occurrences);
  });
  return out;
}

std::string video_id(const NodeView& node) {
  if (node.kind() != NodeKind::video) return {};
  return std::string(node.key());
}

std::string youtube_url(std::string_view id, std::optional<int> second) {
  return text::youtube_url(id, second);
}

std::vector<Mention> mentions(const KnowledgeGraph& kg, NodeId node) {
  auto own_video = [&](NodeId note) -> std::optional<NodeId> {
    std::optional<NodeId> best;
    for (auto e : kg.out_edges(note))
      if (kg.edge(e).kind() == EdgeKind::source && kg.node(kg.edge(e).target()).kind() == NodeKind::video &&
          (!best || kg.edge(e).target() < *best))
        best = kg.edge(e).target();
    return best;
  };
  std::vector<Mention> out;
  for (auto e : kg.in_edges(node)) {
    const NodeId note = kg.edge(e).source();
    if (kg.node(note).kind() != NodeKind::note) continue;
    Mention m{e, note, std::nullopt};
    const bool to_video = kg.node(node).kind() == NodeKind::video &&
                          (kg.edge(e).kind() == EdgeKind::url || kg.edge(e).kind() == EdgeKind::source);
    m.video = to_video ? std::optional<NodeId>(node) : own_video(note);
    out.push_back(m);
  }
  std::sort(out.begin(), out.end(), [&](const Mention& a, const Mention& b) {
    const EdgeView ea = kg.edge(a.edge), eb = kg.edge(b.edge);
    return std::make_tuple(a.note, ea.kind(), ea.relation()) <
           std::make_tuple(b.note, eb.kind(), eb.relation());
  });
  return out;
}

}  // namespace notegraph
