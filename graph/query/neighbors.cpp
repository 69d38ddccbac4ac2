#include "notegraph/query/neighbors.hpp"

#include <algorithm>

#include "projection.hpp"

namespace notegraph {

NeighborResult neighbors(const KnowledgeGraph& kg, NodeId start, const NeighborOptions& options) {
  // A depth-limited BFS over the lazily filtered graph: its cost is the ball's, not
  // the vault's (Boost's BFS has no depth limit and needs a whole view built first).
  const detail::Stepper stepper(kg, options.filter, options.direction, {start});
  const std::vector<int> distance = stepper.distances(start, options.depth);

  NeighborResult result;
  for (NodeId v : kg.nodes())
    if (distance[v] >= 0) result.nodes.push_back({v, distance[v]});
  std::stable_sort(result.nodes.begin(), result.nodes.end(),
                   [](const Reached& a, const Reached& b) { return a.distance < b.distance; });

  // Out-edges of ball members whose target is in the ball: each edge once, and in
  // graph edge order when visited by source id (out-edges are sorted by target).
  std::vector<NodeId> members;
  for (const Reached& r : result.nodes) members.push_back(r.vertex);
  std::sort(members.begin(), members.end());
  for (NodeId v : members)
    for (auto e : kg.out_edges(v))
      if (distance[kg.edge(e).target()] >= 0 && stepper.keeps(e)) result.edges.push_back(e);
  return result;
}

}  // namespace notegraph
