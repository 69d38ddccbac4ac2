#pragma once
// `query neighbors`: the nodes within N steps of a node.

#include <vector>

#include "notegraph/model/graph.hpp"
#include "notegraph/query/filter.hpp"

namespace notegraph {

struct NeighborOptions {
  int depth = 1;  ///< steps from the start node (0: the node alone)
  Direction direction = Direction::both;
  GraphFilter filter;  ///< the walk enters only these node kinds over these edge kinds
};

struct Reached {
  NodeId vertex{};
  int distance = 0;  ///< steps from the start node
  friend bool operator==(const Reached&, const Reached&) = default;
};

struct NeighborResult {
  std::vector<Reached> nodes;  ///< the start (distance 0) and every node within depth,
                               ///< by distance, then id
  std::vector<EdgeId> edges;  ///< kept edges between those nodes, in graph edge order
};

/// Returns the ball of radius `depth` around `start` in the filtered graph. The start
/// node is always included, whatever its kind.
NeighborResult neighbors(const KnowledgeGraph& graph, NodeId start, const NeighborOptions& options);

}  // namespace notegraph
