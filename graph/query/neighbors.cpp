#include "notegraph/query/neighbors.hpp"

#include <algorithm>

#include "projection.hpp"

namespace notegraph {

NeighborResult neighbors(const KnowledgeGraph& kg, Vertex start, const NeighborOptions& options) {
  const std::vector<int> distance =
      options.direction == Direction::both
          ? detail::bfs_distances(detail::undirected_view(kg, options.filter, {start}), start)
          : detail::bfs_distances(
                detail::directed_view(kg, options.filter, options.direction, {start}), start);

  NeighborResult result;
  for (Vertex v : kg.vertices())
    if (distance[v] >= 0 && distance[v] <= options.depth) result.nodes.push_back({v, distance[v]});
  std::stable_sort(result.nodes.begin(), result.nodes.end(),
                   [](const Reached& a, const Reached& b) { return a.distance < b.distance; });

  const Graph& g = kg.graph();
  auto in_ball = [&](Vertex v) { return distance[v] >= 0 && distance[v] <= options.depth; };
  for (EdgeRef e : kg.edges())
    if (in_ball(boost::source(e, g)) && in_ball(boost::target(e, g)) &&
        detail::keeps_edge(kg, e, options.filter, {start}))
      result.edges.push_back(e);
  return result;
}

}  // namespace notegraph
