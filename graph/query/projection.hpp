#pragma once
// Internal: the part of a KnowledgeGraph a query runs on, as plain Boost graphs over the
// same vertex numbers, so Boost.Graph's algorithms (BFS, components, Brandes) apply.
// Each projected edge remembers the model edge it stands for.

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>

#include <algorithm>

#include <vector>

#include "notegraph/model/graph.hpp"
#include "notegraph/query/filter.hpp"

namespace notegraph::detail {

using DirectedView =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property, EdgeRef>;
using UndirectedView = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS,
                                             boost::no_property, EdgeRef>;

/// Whether a walk may use model edge `e` under `filter`; nodes in `always` (a start
/// node, path ends) are kept whatever their kind.
bool keeps_edge(const KnowledgeGraph& kg, EdgeRef e, const GraphFilter& filter,
                const std::vector<Vertex>& always = {});

/// Returns the kept edges oriented by `direction` (out: as stored, in: reversed). A
/// cooccurs edge is undirected, so it appears in both orientations. `both` is not
/// accepted here; use undirected_view.
DirectedView directed_view(const KnowledgeGraph& kg, const GraphFilter& filter, Direction direction,
                           const std::vector<Vertex>& always = {});

/// Returns the kept edges with their direction forgotten (one undirected edge each).
UndirectedView undirected_view(const KnowledgeGraph& kg, const GraphFilter& filter,
                               const std::vector<Vertex>& always = {});

/// Returns, per vertex, the sorted distinct vertices one step away in the view.
template <typename View>
std::vector<std::vector<Vertex>> adjacency(const View& view) {
  std::vector<std::vector<Vertex>> out(boost::num_vertices(view));
  for (auto v : boost::make_iterator_range(boost::vertices(view))) {
    for (auto e : boost::make_iterator_range(boost::out_edges(v, view)))
      out[v].push_back(boost::target(e, view));
    std::sort(out[v].begin(), out[v].end());
    out[v].erase(std::unique(out[v].begin(), out[v].end()), out[v].end());
  }
  return out;
}

/// Returns the distances from `start` in the view (Boost's BFS); -1 where unreachable.
template <typename View>
std::vector<int> bfs_distances(const View& view, Vertex start) {
  const std::size_t n = boost::num_vertices(view);
  std::vector<int> distance(n, -1);
  if (start >= n) return distance;
  std::vector<boost::default_color_type> color(n);
  distance[start] = 0;
  // record_distances on tree edges writes dist[target] = dist[source] + 1, so the
  // unreached stay -1 only if we seed them that way and never touch them.
  boost::breadth_first_search(
      view, start,
      boost::visitor(boost::make_bfs_visitor(
                         boost::record_distances(distance.data(), boost::on_tree_edge())))
          .color_map(boost::make_iterator_property_map(color.begin(),
                                                       boost::get(boost::vertex_index, view))));
  return distance;
}

}  // namespace notegraph::detail
