#pragma once
// What a query may walk: edge and node kinds to keep, and which way edges are followed.

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>
#include <vector>

#include "notegraph/model/graph.hpp"

namespace notegraph {

/// Which way a walk follows an edge: source → target, target → source, or either.
enum class Direction { out, in, both };

inline constexpr std::array<std::pair<Direction, std::string_view>, 3> kDirectionNames{{
    {Direction::out, "out"},
    {Direction::in, "in"},
    {Direction::both, "both"},
}};

/// The part of the graph an algorithm runs on. An empty list keeps every kind.
struct GraphFilter {
  std::vector<EdgeKind> edge_kinds;  ///< edges that may be followed; empty: all
  std::vector<NodeKind> node_kinds;  ///< nodes that may be entered; empty: all

  /// Whether edges of this kind are kept.
  bool keeps(EdgeKind kind) const {
    return edge_kinds.empty() ||
           std::find(edge_kinds.begin(), edge_kinds.end(), kind) != edge_kinds.end();
  }
  /// Whether nodes of this kind are kept.
  bool keeps(NodeKind kind) const {
    return node_kinds.empty() ||
           std::find(node_kinds.begin(), node_kinds.end(), kind) != node_kinds.end();
  }
};

}  // namespace notegraph
