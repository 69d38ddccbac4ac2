#include "notegraph/model/graph.hpp"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace notegraph {
namespace {

template <typename T>
void push_unique(std::vector<T>& list, const T& value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

void fill_empty(std::string& into, std::string&& from) {
  if (into.empty()) into = std::move(from);
}

void merge_sorted_unique(std::vector<std::string>& into, const std::vector<std::string>& from) {
  into.insert(into.end(), from.begin(), from.end());
  std::sort(into.begin(), into.end());
  into.erase(std::unique(into.begin(), into.end()), into.end());
}

}  // namespace

std::string join_section(const std::vector<std::string>& heading_path) {
  std::string out;
  for (const auto& h : heading_path) {
    if (!out.empty()) out += " > ";
    out += h;
  }
  return out;
}

KnowledgeGraph::KnowledgeGraph(Graph g) : g_(std::move(g)) {
  for (auto v : boost::make_iterator_range(boost::vertices(g_))) index_.emplace(g_[v].id, v);
}

std::optional<Vertex> KnowledgeGraph::find(std::string_view id) const {
  auto it = index_.find(id);
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

std::vector<Vertex> KnowledgeGraph::vertices() const {
  std::vector<Vertex> out(boost::num_vertices(g_));
  std::iota(out.begin(), out.end(), Vertex{0});
  return out;
}

std::vector<EdgeRef> KnowledgeGraph::edges() const {
  // Vertices are in id order and finish() adds each vertex's out-edges sorted by
  // (target, kind, relation), so walking out-edges vertex by vertex is the order.
  std::vector<EdgeRef> out;
  out.reserve(boost::num_edges(g_));
  for (auto v : boost::make_iterator_range(boost::vertices(g_)))
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g_))) out.push_back(e);
  return out;
}

Vertex GraphBuilder::add_node(Node node) {
  if (auto it = index_.find(node.id); it != index_.end()) {
    Node& existing = g_[it->second];
    fill_empty(existing.label, std::move(node.label));
    fill_empty(existing.path, std::move(node.path));
    fill_empty(existing.entity_type, std::move(node.entity_type));
    fill_empty(existing.url, std::move(node.url));
    fill_empty(existing.same_as, std::move(node.same_as));
    merge_sorted_unique(existing.tags, node.tags);
    for (auto& a : node.aliases) push_unique(existing.aliases, a);
    if (existing.properties.empty()) existing.properties = std::move(node.properties);
    return it->second;
  }
  std::string id = node.id;
  Vertex v = boost::add_vertex(std::move(node), g_);
  index_.emplace(std::move(id), v);
  return v;
}

std::optional<Vertex> GraphBuilder::find(std::string_view id) const {
  auto it = index_.find(id);
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

EdgeRef GraphBuilder::edge_for(Vertex from, Vertex to, EdgeKind kind, std::string_view relation) {
  if (kind == EdgeKind::cooccurs && g_[to].id < g_[from].id) std::swap(from, to);
  EdgeKey key{from, to, kind, std::string(relation)};
  if (auto it = edges_.find(key); it != edges_.end()) return it->second;
  Edge e;
  e.kind = kind;
  e.relation = std::string(relation);
  EdgeRef ref = boost::add_edge(from, to, std::move(e), g_).first;
  edges_.emplace(std::move(key), ref);
  return ref;
}

void GraphBuilder::add_occurrence(Vertex from, Vertex to, EdgeKind kind,
                                  std::string_view relation, const Occurrence& occ) {
  Edge& e = g_[edge_for(from, to, kind, relation)];
  ++e.count;
  e.embed = e.embed || occ.embed;
  if (occ.line > 0) e.lines.push_back(occ.line);
  if (occ.second) e.seconds.push_back(*occ.second);
  if (!occ.alias.empty()) push_unique(e.aliases, occ.alias);
  if (!occ.anchor.empty()) push_unique(e.anchors, occ.anchor);
  if (!occ.section.empty()) push_unique(e.sections, occ.section);
}

void GraphBuilder::add_cooccurrence(Vertex a, Vertex b, double weight) {
  g_[edge_for(a, b, EdgeKind::cooccurs, {})].weight += weight;
}

KnowledgeGraph GraphBuilder::finish() && {
  const std::size_t n = boost::num_vertices(g_);
  std::vector<Vertex> order(n);
  std::iota(order.begin(), order.end(), Vertex{0});
  std::sort(order.begin(), order.end(), [&](Vertex a, Vertex b) { return g_[a].id < g_[b].id; });
  std::vector<Vertex> new_index(n);
  for (std::size_t i = 0; i < n; ++i) new_index[order[i]] = i;

  Graph out;
  for (Vertex old : order) {
    Node& node = g_[old];
    std::sort(node.properties.begin(), node.properties.end(),
              [](const Property& a, const Property& b) { return a.key < b.key; });
    boost::add_vertex(std::move(node), out);
  }

  struct Pending {
    Vertex s, t;
    EdgeRef ref;
  };
  std::vector<Pending> pending;
  pending.reserve(boost::num_edges(g_));
  for (auto e : boost::make_iterator_range(boost::edges(g_)))
    pending.push_back({new_index[boost::source(e, g_)], new_index[boost::target(e, g_)], e});
  std::sort(pending.begin(), pending.end(), [&](const Pending& a, const Pending& b) {
    const Edge& ea = g_[a.ref];
    const Edge& eb = g_[b.ref];
    return std::tie(a.s, a.t, ea.kind, ea.relation) < std::tie(b.s, b.t, eb.kind, eb.relation);
  });
  for (auto& p : pending) {
    Edge& e = g_[p.ref];
    std::sort(e.lines.begin(), e.lines.end());
    std::sort(e.seconds.begin(), e.seconds.end());
    e.seconds.erase(std::unique(e.seconds.begin(), e.seconds.end()), e.seconds.end());
    boost::add_edge(p.s, p.t, std::move(e), out);
  }

  g_.clear();
  index_.clear();
  edges_.clear();
  return KnowledgeGraph(std::move(out));
}

KnowledgeGraph induced_subgraph(const KnowledgeGraph& kg, const std::vector<Vertex>& keep) {
  const Graph& g = kg.graph();
  std::vector<Vertex> sorted = keep;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  constexpr Vertex kAbsent = static_cast<Vertex>(-1);
  std::vector<Vertex> new_index(boost::num_vertices(g), kAbsent);
  Graph out;
  for (Vertex v : sorted) new_index[v] = boost::add_vertex(g[v], out);
  // Vertex order is id order in both graphs, so edges keep their sorted order.
  for (Vertex v : sorted)
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) {
      Vertex t = boost::target(e, g);
      if (new_index[t] != kAbsent) boost::add_edge(new_index[v], new_index[t], g[e], out);
    }
  return KnowledgeGraph(std::move(out));
}

}  // namespace notegraph
