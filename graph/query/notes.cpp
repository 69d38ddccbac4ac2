#include "notegraph/query/notes.hpp"

#include <algorithm>
#include <set>
#include <tuple>

namespace notegraph {
namespace {

/// In-edges of `v` of `kind` from other nodes, by source id (vertex order), then relation.
std::vector<EdgeRef> in_edges_of_kind(const KnowledgeGraph& kg, Vertex v, EdgeKind kind) {
  const Graph& g = kg.graph();
  std::vector<EdgeRef> out;
  for (auto e : boost::make_iterator_range(boost::in_edges(v, g)))
    if (g[e].kind == kind && boost::source(e, g) != v) out.push_back(e);
  std::sort(out.begin(), out.end(), [&](EdgeRef a, EdgeRef b) {
    const Vertex sa = boost::source(a, g), sb = boost::source(b, g);
    return sa != sb ? sa < sb : g[a].relation < g[b].relation;
  });
  return out;
}

}  // namespace

std::vector<EdgeRef> backlinks(const KnowledgeGraph& kg, Vertex note) {
  return in_edges_of_kind(kg, note, EdgeKind::link);
}

std::vector<EdgeRef> unlinked_mentions(const KnowledgeGraph& kg, Vertex note) {
  std::vector<EdgeRef> out = in_edges_of_kind(kg, note, EdgeKind::mention);
  const Graph& g = kg.graph();
  std::erase_if(out, [&](EdgeRef e) { return g[boost::source(e, g)].kind != NodeKind::note; });
  return out;
}

std::vector<Vertex> orphans(const KnowledgeGraph& kg) {
  const Graph& g = kg.graph();
  std::vector<Vertex> out;
  auto is_link_to_other = [&](EdgeRef e) {
    return g[e].kind == EdgeKind::link && boost::source(e, g) != boost::target(e, g);
  };
  for (Vertex v : kg.vertices()) {
    if (g[v].kind != NodeKind::note) continue;
    bool linked = false;
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g)))
      linked = linked || is_link_to_other(e);
    for (auto e : boost::make_iterator_range(boost::in_edges(v, g)))
      linked = linked || is_link_to_other(e);
    if (!linked) out.push_back(v);
  }
  return out;
}

std::vector<Unresolved> unresolved(const KnowledgeGraph& kg) {
  const Graph& g = kg.graph();
  std::vector<Unresolved> out;
  for (Vertex v : kg.vertices()) {
    if (g[v].kind != NodeKind::missing) continue;
    Unresolved u;
    u.target = v;
    u.links = in_edges_of_kind(kg, v, EdgeKind::link);
    std::set<Vertex> sources;
    for (EdgeRef e : u.links) {
      sources.insert(boost::source(e, g));
      u.occurrences += g[e].count;
    }
    u.notes = static_cast<int>(sources.size());
    out.push_back(std::move(u));
  }
  std::stable_sort(out.begin(), out.end(), [](const Unresolved& a, const Unresolved& b) {
    return std::tie(b.notes, b.occurrences) < std::tie(a.notes, a.occurrences);
  });
  return out;
}

std::string video_id(const Node& node) {
  constexpr std::string_view prefix = "video:";
  if (node.kind != NodeKind::video || !node.id.starts_with(prefix)) return {};
  return node.id.substr(prefix.size());
}

std::string youtube_url(std::string_view id, std::optional<int> second) {
  std::string url = "https://www.youtube.com/watch?v=";
  url += id;
  if (second) url += "&t=" + std::to_string(*second) + "s";
  return url;
}

std::vector<Mention> mentions(const KnowledgeGraph& kg, Vertex node) {
  const Graph& g = kg.graph();
  auto own_video = [&](Vertex note) -> std::optional<Vertex> {
    std::optional<Vertex> best;
    for (auto e : boost::make_iterator_range(boost::out_edges(note, g)))
      if (g[e].kind == EdgeKind::source && g[boost::target(e, g)].kind == NodeKind::video &&
          (!best || boost::target(e, g) < *best))
        best = boost::target(e, g);
    return best;
  };
  std::vector<Mention> out;
  for (auto e : boost::make_iterator_range(boost::in_edges(node, g))) {
    const Vertex note = boost::source(e, g);
    if (g[note].kind != NodeKind::note) continue;
    Mention m{e, note, std::nullopt};
    const bool to_video = g[node].kind == NodeKind::video &&
                          (g[e].kind == EdgeKind::url || g[e].kind == EdgeKind::source);
    m.video = to_video ? std::optional<Vertex>(node) : own_video(note);
    out.push_back(m);
  }
  std::sort(out.begin(), out.end(), [&](const Mention& a, const Mention& b) {
    return std::tie(a.note, g[a.edge].kind, g[a.edge].relation) <
           std::tie(b.note, g[b.edge].kind, g[b.edge].relation);
  });
  return out;
}

}  // namespace notegraph
