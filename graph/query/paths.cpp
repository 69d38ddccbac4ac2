#include "notegraph/query/paths.hpp"

#include <algorithm>
#include <set>

#include "projection.hpp"

namespace notegraph {
namespace {

using Adjacency = std::vector<std::vector<Vertex>>;

/// Depth-first enumeration of the simple paths from the current prefix to `to` with
/// exactly `length` edges, pruned by the distance to `to`; sorted adjacency lists make
/// the paths come out in id order.
class Enumerator {
 public:
  Enumerator(const Adjacency& next, const std::vector<int>& to_target, Vertex to,
             std::size_t limit, PathResult& out)
      : next_(next), to_target_(to_target), to_(to), limit_(limit), out_(out),
        on_path_(next.size(), false) {}

  /// Appends the paths of exactly `length` edges; returns false once the limit is hit.
  bool run(Vertex from, int length) {
    path_.assign(1, from);
    on_path_.assign(next_.size(), false);
    on_path_[from] = true;
    return extend(length);
  }

 private:
  bool extend(int length) {
    const Vertex u = path_.back();
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
    for (Vertex v : next_[u]) {
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

  const Adjacency& next_;
  const std::vector<int>& to_target_;
  Vertex to_;
  std::size_t limit_;
  PathResult& out_;
  std::vector<Vertex> path_;
  std::vector<bool> on_path_;
};

std::vector<EdgeRef> edges_along(const KnowledgeGraph& kg, const PathResult& result,
                                 const PathOptions& options, Vertex from, Vertex to) {
  std::set<std::pair<Vertex, Vertex>> steps;
  for (const auto& path : result.paths)
    for (std::size_t i = 0; i + 1 < path.size(); ++i) steps.emplace(path[i], path[i + 1]);
  const Graph& g = kg.graph();
  std::vector<EdgeRef> out;
  for (EdgeRef e : kg.edges()) {
    if (!detail::keeps_edge(kg, e, options.filter, {from, to})) continue;
    const Vertex s = boost::source(e, g), t = boost::target(e, g);
    const bool either_way =
        options.orientation == Orientation::undirected || g[e].kind == EdgeKind::cooccurs;
    if (steps.count({s, t}) || (either_way && steps.count({t, s}))) out.push_back(e);
  }
  return out;
}

}  // namespace

PathResult find_paths(const KnowledgeGraph& kg, Vertex from, Vertex to,
                      const PathOptions& options) {
  const std::vector<Vertex> ends{from, to};
  Adjacency next;
  std::vector<int> to_target;
  if (options.orientation == Orientation::undirected) {
    const auto view = detail::undirected_view(kg, options.filter, ends);
    next = detail::adjacency(view);
    to_target = detail::bfs_distances(view, to);
  } else {
    next = detail::adjacency(detail::directed_view(kg, options.filter, Direction::out, ends));
    to_target =
        detail::bfs_distances(detail::directed_view(kg, options.filter, Direction::in, ends), to);
  }

  PathResult result;
  const int shortest = to_target[from];
  if (shortest < 0) return result;
  const int longest = options.set == PathSet::all_simple ? options.max_length.value_or(shortest)
                                                         : shortest;
  if (options.max_length && shortest > *options.max_length) return result;

  const std::size_t limit = options.set == PathSet::shortest ? 1 : options.limit;
  Enumerator enumerate(next, to_target, to, limit, result);
  for (int length = shortest; length <= longest; ++length)
    if (!enumerate.run(from, length)) break;
  // A single shortest path is not "truncated": one was asked for.
  if (options.set == PathSet::shortest) result.truncated = false;
  result.edges = edges_along(kg, result, options, from, to);
  return result;
}

}  // namespace notegraph
