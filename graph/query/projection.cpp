#include "projection.hpp"

#include <algorithm>
#include <deque>

namespace notegraph::detail {
namespace {

bool keeps_node(const KnowledgeGraph& kg, NodeId v, const GraphFilter& filter,
                const std::vector<NodeId>& always) {
  return std::find(always.begin(), always.end(), v) != always.end() ||
         filter.keeps(kg.node(v).kind());
}

}  // namespace

bool keeps_edge(const KnowledgeGraph& kg, EdgeId e, const GraphFilter& filter,
                const std::vector<NodeId>& always) {
  const EdgeView edge = kg.edge(e);
  return filter.keeps(edge.kind()) && keeps_node(kg, edge.source(), filter, always) &&
         keeps_node(kg, edge.target(), filter, always);
}

DirectedView directed_view(const KnowledgeGraph& kg, const GraphFilter& filter, Direction direction,
                           const std::vector<NodeId>& always) {
  DirectedView view(kg.node_count());
  for (EdgeId e : kg.edges()) {
    if (!keeps_edge(kg, e, filter, always)) continue;
    const EdgeView edge = kg.edge(e);
    NodeId s = edge.source(), t = edge.target();
    if (direction == Direction::in) std::swap(s, t);
    boost::add_edge(s, t, e, view);
    if (edge.kind() == EdgeKind::cooccurs && s != t) boost::add_edge(t, s, e, view);
  }
  return view;
}

UndirectedView undirected_view(const KnowledgeGraph& kg, const GraphFilter& filter,
                               const std::vector<NodeId>& always) {
  UndirectedView view(kg.node_count());
  for (EdgeId e : kg.edges())
    if (keeps_edge(kg, e, filter, always))
      boost::add_edge(kg.edge(e).source(), kg.edge(e).target(), e, view);
  return view;
}

void Stepper::next(NodeId u, std::vector<NodeId>& out) const {
  out.clear();
  for (EdgeId e : kg_.out_edges(u))
    if ((direction_ != Direction::in || kg_.edge(e).kind() == EdgeKind::cooccurs) && keeps(e))
      out.push_back(kg_.edge(e).target());
  for (EdgeId e : kg_.in_edges(u))
    if ((direction_ != Direction::out || kg_.edge(e).kind() == EdgeKind::cooccurs) && keeps(e))
      out.push_back(kg_.edge(e).source());
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

std::vector<int> Stepper::distances(NodeId start, int max_depth, NodeId stop_at) const {
  std::vector<int> distance(kg_.node_count(), -1);
  std::deque<NodeId> queue{start};
  distance[start] = 0;
  std::vector<NodeId> step;
  while (!queue.empty()) {
    const NodeId u = queue.front();
    queue.pop_front();
    if (distance[u] >= max_depth) break;  // BFS order: every later vertex is as deep
    next(u, step);
    for (NodeId v : step) {
      if (distance[v] >= 0) continue;
      distance[v] = distance[u] + 1;
      if (v == stop_at) return distance;
      queue.push_back(v);
    }
  }
  return distance;
}

}  // namespace notegraph::detail
