#include "projection.hpp"

#include <algorithm>
#include <deque>

namespace notegraph::detail {
namespace {

bool keeps_node(const KnowledgeGraph& kg, Vertex v, const GraphFilter& filter,
                const std::vector<Vertex>& always) {
  return std::find(always.begin(), always.end(), v) != always.end() ||
         filter.keeps(kg.node(v).kind);
}

}  // namespace

bool keeps_edge(const KnowledgeGraph& kg, EdgeRef e, const GraphFilter& filter,
                const std::vector<Vertex>& always) {
  const Graph& g = kg.graph();
  return filter.keeps(g[e].kind) && keeps_node(kg, boost::source(e, g), filter, always) &&
         keeps_node(kg, boost::target(e, g), filter, always);
}

DirectedView directed_view(const KnowledgeGraph& kg, const GraphFilter& filter, Direction direction,
                           const std::vector<Vertex>& always) {
  const Graph& g = kg.graph();
  DirectedView view(boost::num_vertices(g));
  for (EdgeRef e : kg.edges()) {
    if (!keeps_edge(kg, e, filter, always)) continue;
    Vertex s = boost::source(e, g), t = boost::target(e, g);
    if (direction == Direction::in) std::swap(s, t);
    boost::add_edge(s, t, e, view);
    if (g[e].kind == EdgeKind::cooccurs && s != t) boost::add_edge(t, s, e, view);
  }
  return view;
}

UndirectedView undirected_view(const KnowledgeGraph& kg, const GraphFilter& filter,
                               const std::vector<Vertex>& always) {
  const Graph& g = kg.graph();
  UndirectedView view(boost::num_vertices(g));
  for (EdgeRef e : kg.edges())
    if (keeps_edge(kg, e, filter, always))
      boost::add_edge(boost::source(e, g), boost::target(e, g), e, view);
  return view;
}

void Stepper::next(Vertex u, std::vector<Vertex>& out) const {
  out.clear();
  const Graph& g = kg_.graph();
  for (auto e : boost::make_iterator_range(boost::out_edges(u, g)))
    if ((direction_ != Direction::in || g[e].kind == EdgeKind::cooccurs) && keeps(e))
      out.push_back(boost::target(e, g));
  for (auto e : boost::make_iterator_range(boost::in_edges(u, g)))
    if ((direction_ != Direction::out || g[e].kind == EdgeKind::cooccurs) && keeps(e))
      out.push_back(boost::source(e, g));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

std::vector<int> Stepper::distances(Vertex start, int max_depth, Vertex stop_at) const {
  std::vector<int> distance(kg_.node_count(), -1);
  std::deque<Vertex> queue{start};
  distance[start] = 0;
  std::vector<Vertex> step;
  while (!queue.empty()) {
    const Vertex u = queue.front();
    queue.pop_front();
    if (distance[u] >= max_depth) break;  // BFS order: every later vertex is as deep
    next(u, step);
    for (Vertex v : step) {
      if (distance[v] >= 0) continue;
      distance[v] = distance[u] + 1;
      if (v == stop_at) return distance;
      queue.push_back(v);
    }
  }
  return distance;
}

}  // namespace notegraph::detail
