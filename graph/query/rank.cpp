#include "notegraph/query/rank.hpp"

#include <boost/graph/betweenness_centrality.hpp>

#include <algorithm>
#include <cmath>

#include "projection.hpp"

namespace notegraph {
namespace {

GraphFilter edges_only(const GraphFilter& filter) { return GraphFilter{filter.edge_kinds, {}}; }

}  // namespace

std::vector<double> degree_scores(const KnowledgeGraph& kg, const GraphFilter& filter) {
  const Graph& g = kg.graph();
  std::vector<double> degree(kg.node_count(), 0.0);
  for (EdgeRef e : kg.edges()) {
    if (!filter.keeps(g[e].kind)) continue;
    degree[boost::source(e, g)] += 1;
    degree[boost::target(e, g)] += 1;
  }
  return degree;
}

std::vector<double> pagerank_scores(const KnowledgeGraph& kg, const GraphFilter& filter,
                                    const PageRankOptions& options) {
  const auto view = detail::directed_view(kg, edges_only(filter), Direction::out);
  const std::size_t n = boost::num_vertices(view);
  if (n == 0) return {};
  const double uniform = 1.0 / static_cast<double>(n);
  std::vector<double> rank(n, uniform), next(n);
  for (int iteration = 0; iteration < options.max_iterations; ++iteration) {
    double dangling = 0;
    for (std::size_t u = 0; u < n; ++u)
      if (boost::out_degree(u, view) == 0) dangling += rank[u];
    std::fill(next.begin(), next.end(),
              (1.0 - options.damping) * uniform + options.damping * dangling * uniform);
    for (std::size_t u = 0; u < n; ++u) {
      const auto out = boost::out_degree(u, view);
      if (out == 0) continue;
      const double share = options.damping * rank[u] / static_cast<double>(out);
      for (auto e : boost::make_iterator_range(boost::out_edges(u, view)))
        next[boost::target(e, view)] += share;
    }
    double change = 0;
    for (std::size_t v = 0; v < n; ++v) change += std::abs(next[v] - rank[v]);
    rank.swap(next);
    if (change < options.tolerance) break;
  }
  return rank;
}

std::vector<double> betweenness_scores(const KnowledgeGraph& kg, const GraphFilter& filter) {
  // Brandes counts parallel edges as separate shortest paths; a path is a sequence of
  // nodes (as in networkx), so run it on the graph with parallel edges merged.
  const auto next =
      detail::adjacency(detail::directed_view(kg, edges_only(filter), Direction::out));
  boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS> view(next.size());
  for (std::size_t u = 0; u < next.size(); ++u)
    for (Vertex v : next[u]) boost::add_edge(u, v, view);
  const std::size_t n = boost::num_vertices(view);
  std::vector<double> centrality(n, 0.0);
  if (n == 0) return centrality;
  boost::brandes_betweenness_centrality(
      view, boost::centrality_map(boost::make_iterator_property_map(
                centrality.begin(), boost::get(boost::vertex_index, view))));
  if (n > 2) {
    const double scale = 1.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
    for (double& c : centrality) c *= scale;
  }
  return centrality;
}

std::vector<Ranked> rank_nodes(const KnowledgeGraph& kg, const RankOptions& options) {
  std::vector<double> scores;
  switch (options.by) {
    case Centrality::degree: scores = degree_scores(kg, options.filter); break;
    case Centrality::pagerank: scores = pagerank_scores(kg, options.filter); break;
    case Centrality::betweenness: scores = betweenness_scores(kg, options.filter); break;
  }
  std::vector<Ranked> out;
  for (Vertex v : kg.vertices())
    if (options.filter.keeps(kg.node(v).kind)) out.push_back({v, scores[v]});
  // Scores equal in exact arithmetic may differ in the last bits (summation order);
  // compare them rounded so that such ties fall back to id order.
  auto key = [](double score) { return std::llround(score * 1e12); };
  std::stable_sort(out.begin(), out.end(),
                   [&](const Ranked& a, const Ranked& b) { return key(a.score) > key(b.score); });
  if (options.top != 0 && out.size() > options.top) out.resize(options.top);
  return out;
}

}  // namespace notegraph
