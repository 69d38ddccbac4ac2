#include "notegraph/query/rank.hpp"

#include <algorithm>
#include <boost/graph/betweenness_centrality.hpp>
#include <cmath>
#include <numeric>
#include <random>

#include "projection.hpp"

namespace notegraph {
namespace {

GraphFilter edges_only(const GraphFilter& filter) { return GraphFilter{filter.edge_kinds, {}}; }

}  // namespace

std::vector<double> degree_scores(const KnowledgeGraph& kg, const GraphFilter& filter) {
  std::vector<double> degree(kg.node_count(), 0.0);
  for (EdgeId e : kg.edges()) {
    if (!filter.keeps(kg.edge(e).kind())) continue;
    degree[kg.edge(e).source()] += 1;
    degree[kg.edge(e).target()] += 1;
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

namespace {

/// Brandes' accumulation from the given sources over a simple directed graph given as
/// sorted out- and in-neighbour lists.
std::vector<double> brandes_from(const std::vector<std::vector<NodeId>>& next,
                                 const std::vector<std::vector<NodeId>>& prev,
                                 const std::vector<NodeId>& sources) {
  const std::size_t n = next.size();
  std::vector<double> centrality(n, 0.0), sigma(n), delta(n);
  std::vector<int> dist(n, -1);
  std::vector<NodeId> order;  // vertices in BFS order (non-decreasing distance)
  order.reserve(n);
  for (NodeId s : sources) {
    for (NodeId v : order) {
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
    order.clear();
    dist[s] = 0;
    sigma[s] = 1;
    order.push_back(s);
    for (std::size_t head = 0; head < order.size(); ++head) {
      const NodeId u = order[head];
      for (NodeId w : next[u]) {
        if (dist[w] < 0) {
          dist[w] = dist[u] + 1;
          order.push_back(w);
        }
        if (dist[w] == dist[u] + 1) sigma[w] += sigma[u];
      }
    }
    for (std::size_t i = order.size(); i-- > 1;) {
      const NodeId w = order[i];
      for (NodeId v : prev[w])
        if (dist[v] >= 0 && dist[v] == dist[w] - 1)
          delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
      centrality[w] += delta[w];
    }
  }
  return centrality;
}

/// A fixed pseudo-random sample of `k` vertices out of n (Fisher–Yates driven by
/// mt19937, whose output the standard fixes, so every platform picks the same).
std::vector<NodeId> sample_sources(std::size_t n, std::size_t k) {
  std::vector<NodeId> all(n);
  std::iota(all.begin(), all.end(), NodeId{0});
  std::mt19937 rng(20240917);
  for (std::size_t i = n; i > 1; --i) std::swap(all[i - 1], all[rng() % i]);
  all.resize(k);
  std::sort(all.begin(), all.end());
  return all;
}

std::vector<std::vector<NodeId>> reversed(const std::vector<std::vector<NodeId>>& next) {
  std::vector<std::vector<NodeId>> prev(next.size());
  for (std::size_t u = 0; u < next.size(); ++u)
    for (NodeId v : next[u]) prev[v].push_back(u);
  return prev;
}

}  // namespace

std::vector<double> betweenness_from_sources(const KnowledgeGraph& kg, const GraphFilter& filter,
                                             const std::vector<NodeId>& sources) {
  const auto next =
      detail::adjacency(detail::directed_view(kg, edges_only(filter), Direction::out));
  return brandes_from(next, reversed(next), sources);
}

std::size_t default_betweenness_samples(const KnowledgeGraph& kg) {
  constexpr double kExactWork = 4e9;  // n·m below this: exact takes seconds at most
  constexpr std::size_t kSamples = 1000;
  const double work = static_cast<double>(kg.node_count()) * static_cast<double>(kg.edge_count());
  return work <= kExactWork || kg.node_count() <= kSamples ? 0 : kSamples;
}

std::vector<double> betweenness_scores(const KnowledgeGraph& kg, const GraphFilter& filter,
                                       const BetweennessOptions& options) {
  // Brandes counts parallel edges as separate shortest paths; a path is a sequence of
  // nodes (as in networkx), so run it on the graph with parallel edges merged.
  const auto next =
      detail::adjacency(detail::directed_view(kg, edges_only(filter), Direction::out));
  const std::size_t n = next.size();
  std::vector<double> centrality(n, 0.0);
  if (n == 0) return centrality;
  if (options.samples == 0 || options.samples >= n) {
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS> view(n);
    for (std::size_t u = 0; u < n; ++u)
      for (NodeId v : next[u]) boost::add_edge(u, v, view);
    boost::brandes_betweenness_centrality(
        view, boost::centrality_map(boost::make_iterator_property_map(
                  centrality.begin(), boost::get(boost::vertex_index, view))));
  } else {
    centrality = brandes_from(next, reversed(next), sample_sources(n, options.samples));
    const double scale = static_cast<double>(n) / static_cast<double>(options.samples);
    for (double& c : centrality) c *= scale;
  }
  if (n > 2) {
    const double scale = 1.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
    for (double& c : centrality) c *= scale;
  }
  return centrality;
}

std::vector<Ranked> rank_nodes(const KnowledgeGraph& kg, const RankOptions& options) {
  std::vector<double> scores;
  switch (options.by) {
    case Centrality::degree:
      scores = degree_scores(kg, options.filter);
      break;
    case Centrality::pagerank:
      scores = pagerank_scores(kg, options.filter);
      break;
    case Centrality::betweenness:
      scores = betweenness_scores(kg, options.filter, options.betweenness);
      break;
  }
  std::vector<Ranked> out;
  for (NodeId v : kg.nodes())
    if (options.filter.keeps(kg.node(v).kind())) out.push_back({v, scores[v]});
  // Scores equal in exact arithmetic may differ in the last bits (summation order);
  // compare them rounded so that such ties fall back to id order.
  auto key = [](double score) { return std::llround(score * 1e12); };
  std::stable_sort(out.begin(), out.end(),
                   [&](const Ranked& a, const Ranked& b) { return key(a.score) > key(b.score); });
  if (options.top != 0 && out.size() > options.top) out.resize(options.top);
  return out;
}

}  // namespace notegraph
