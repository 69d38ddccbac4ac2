#pragma once
// Internal: the part of a KnowledgeGraph a query runs on. Whole-graph algorithms get it
// as plain Boost graphs over the same vertex numbers (so Boost.Graph's connected
// components and Brandes apply), each projected edge remembering its model edge;
// neighbourhood walks get a lazy Stepper instead.

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <vector>

#include "notegraph/model/graph.hpp"
#include "notegraph/query/filter.hpp"

namespace notegraph::detail {

using DirectedView =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property, EdgeId>;
using UndirectedView = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS,
                                             boost::no_property, EdgeId>;

/// Whether a walk may use model edge `e` under `filter`; nodes in `always` (a start
/// node, path ends) are kept whatever their kind.
bool keeps_edge(const KnowledgeGraph& kg, EdgeId e, const GraphFilter& filter,
                const std::vector<NodeId>& always = {});

/// Returns the kept edges oriented by `direction` (out: as stored, in: reversed). A
/// cooccurs edge is undirected, so it appears in both orientations. `both` is not
/// accepted here; use undirected_view.
DirectedView directed_view(const KnowledgeGraph& kg, const GraphFilter& filter, Direction direction,
                           const std::vector<NodeId>& always = {});

/// Returns the kept edges with their direction forgotten (one undirected edge each).
UndirectedView undirected_view(const KnowledgeGraph& kg, const GraphFilter& filter,
                               const std::vector<NodeId>& always = {});

/// Walks the model graph lazily: the vertices one step from a vertex under a filter and
/// direction, without building a view. Queries that explore a neighbourhood (neighbors,
/// path) use it so that their cost grows with what they reach, not with the vault.
class Stepper {
 public:
  Stepper(const KnowledgeGraph& kg, const GraphFilter& filter, Direction direction,
          std::vector<NodeId> always)
      : kg_(kg), filter_(filter), direction_(direction), always_(std::move(always)) {}

  /// Replaces `out` with the distinct vertices one step from `u`, in id order.
  void next(NodeId u, std::vector<NodeId>& out) const;

  /// Whether the walk may use model edge `e`.
  bool keeps(EdgeId e) const { return keeps_edge(kg_, e, filter_, always_); }

  /// Returns the distances from `start` (BFS), -1 where not reached; stops after
  /// `max_depth` steps, or as soon as `stop_at` is reached.
  std::vector<int> distances(NodeId start, int max_depth,
                             NodeId stop_at = kNoNode) const;

 private:
  const KnowledgeGraph& kg_;
  const GraphFilter& filter_;
  Direction direction_;
  std::vector<NodeId> always_;
};

/// Returns, per vertex, the sorted distinct vertices one step away in the view.
template <typename View>
std::vector<std::vector<NodeId>> adjacency(const View& view) {
  std::vector<std::vector<NodeId>> out(boost::num_vertices(view));
  for (auto v : boost::make_iterator_range(boost::vertices(view))) {
    for (auto e : boost::make_iterator_range(boost::out_edges(v, view)))
      out[v].push_back(boost::target(e, view));
    std::sort(out[v].begin(), out[v].end());
    out[v].erase(std::unique(out[v].begin(), out[v].end()), out[v].end());
  }
  return out;
}

}  // namespace notegraph::detail
