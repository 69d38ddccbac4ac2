#pragma once
// `query path`: how one node is related to another.

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "notegraph/model/graph.hpp"
#include "notegraph/query/filter.hpp"

namespace notegraph {

/// Which paths to return.
enum class PathSet {
  shortest,      ///< one shortest path: the first in id order
  all_shortest,  ///< every shortest path
  all_simple,    ///< every simple path of at most max_length edges
};

/// Whether a path must follow edges from source to target.
enum class Orientation { directed, undirected };

struct PathOptions {
  PathSet set = PathSet::shortest;
  std::optional<int> max_length;  ///< at most this many edges (required for all_simple)
  Orientation orientation = Orientation::directed;
  GraphFilter filter;         ///< the two end nodes are always kept
  std::size_t limit = 10000;  ///< stop after this many paths (0: no limit)
};

struct PathResult {
  /// Each path is its nodes from `from` to `to`; ordered by length, then by the node
  /// ids along the path. Empty when `to` cannot be reached.
  std::vector<std::vector<NodeId>> paths;
  std::vector<EdgeId> edges;  ///< the kept edges between consecutive path nodes
  bool truncated = false;      ///< the limit cut the list short
};

/// Returns the paths from `from` to `to` that `options` asks for. A path from a node to
/// itself is that node alone.
PathResult find_paths(const KnowledgeGraph& graph, NodeId from, NodeId to,
                      const PathOptions& options);

}  // namespace notegraph
