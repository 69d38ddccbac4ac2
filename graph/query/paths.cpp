#include "notegraph/query/paths.hpp"

#include <algorithm>
#include <limits>
#include <set>
#include <tuple>

#include "projection.hpp"

namespace notegraph {
namespace {

/// Depth-first enumeration of the simple paths from the current prefix to `to` with
/// exactly `length` edges, pruned by the distance to `to`; neighbours come in id order,
/// so the paths come out in id order.
class Enumerator {
 public:
  Enumerator(const detail::Stepper& forward, const std::vector<int>& to_target, NodeId to,
             std::size_t limit, PathResult& out)
      : forward_(forward),
        to_target_(to_target),
        to_(to),
        limit_(limit),
        out_(out),
        on_path_(to_target.size(), false) {}

  /// Appends the paths of exactly `length` edges; returns false once the limit is hit.
  bool run(NodeId from, int length) {
    path_.assign(1, from);
    on_path_.assign(to_target_.size(), false);
    on_path_[from] = true;
    return extend(length);
  }

 private:
  bool extend(int length) {
    const NodeId u = path_.back();
    const int used = static_cast<int>(path_.size()) - 1;
    if (used == length) {
      if (u != to_) return true;
      if (limit_ != 0 && out_.paths.size() >= limit_) {
        out_.truncated = true;
        return false;
      }
      out_.paths.push_back(path_);
      return true;
    }
    std::vector<NodeId> next;
    forward_.next(u, next);
    for (NodeId v : next) {
      if (on_path_[v] || to_target_[v] < 0 || used + 1 + to_target_[v] > length) continue;
      // Only the last step may reach `to`, else the path would pass through it.
      if (v == to_ && used + 1 != length) continue;
      path_.push_back(v);
      on_path_[v] = true;
      const bool go_on = extend(length);
      on_path_[v] = false;
      path_.pop_back();
      if (!go_on) return false;
    }
    return true;
  }

  const detail::Stepper& forward_;
  const std::vector<int>& to_target_;
  NodeId to_;
  std::size_t limit_;
  PathResult& out_;
  std::vector<NodeId> path_;
  std::vector<bool> on_path_;
};

/// The kept edges between consecutive path nodes, in graph edge order.
std::vector<EdgeId> edges_along(const KnowledgeGraph& kg, const PathResult& result,
                                 const detail::Stepper& forward, Orientation orientation) {
  std::set<std::pair<NodeId, NodeId>> steps;
  for (const auto& path : result.paths)
    for (std::size_t i = 0; i + 1 < path.size(); ++i) steps.emplace(path[i], path[i + 1]);
  std::set<EdgeId> out;
  for (const auto& [u, v] : steps) {
    for (auto e : kg.out_edges(u))
      if (kg.edge(e).target() == v && forward.keeps(e)) out.insert(e);
    for (auto e : kg.in_edges(u))
      if (kg.edge(e).source() == v && forward.keeps(e) &&
          (orientation == Orientation::undirected || kg.edge(e).kind() == EdgeKind::cooccurs))
        out.insert(e);
  }
  // Edge numbers are in (source, target, kind, relation) order already.
  std::vector<EdgeId> sorted(out.begin(), out.end());
  return sorted;
}

}  // namespace

PathResult find_paths(const KnowledgeGraph& kg, NodeId from, NodeId to,
                      const PathOptions& options) {
  const bool undirected = options.orientation == Orientation::undirected;
  const detail::Stepper forward(kg, options.filter, undirected ? Direction::both : Direction::out,
                                {from, to});
  const detail::Stepper backward(kg, options.filter, undirected ? Direction::both : Direction::in,
                                 {from, to});
  // Distances to `to`, walking edges backwards, as far as the paths asked for can reach.
  const bool simple = options.set == PathSet::all_simple;
  const int reach = options.max_length.value_or(std::numeric_limits<int>::max());
  const std::vector<int> to_target =
      backward.distances(to, reach, simple ? kNoNode : from);

  PathResult result;
  const int shortest = to_target[from];
  if (shortest < 0) return result;
  const int longest =
      simple ? std::min<long long>(reach, static_cast<long long>(kg.node_count()) - 1) : shortest;

  const std::size_t limit = options.set == PathSet::shortest ? 1 : options.limit;
  Enumerator enumerate(forward, to_target, to, limit, result);
  for (int length = shortest; length <= longest; ++length)
    if (!enumerate.run(from, length)) break;
  // A single shortest path is not "truncated": one was asked for.
  if (options.set == PathSet::shortest) result.truncated = false;
  result.edges = edges_along(kg, result, forward, options.orientation);
  return result;
}

}  // namespace notegraph
