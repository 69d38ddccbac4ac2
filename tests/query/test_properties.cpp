// Property tests of graph/query on random graphs (fixed seeds) against plain reference
// implementations written here: BFS, brute-force path enumeration, a linear solve for
// PageRank, path counting for betweenness, union-find for components.
#define BOOST_TEST_MODULE query_properties
#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <deque>
#include <functional>
#include <numeric>
#include <set>

#include "notegraph/query/components.hpp"
#include "notegraph/query/neighbors.hpp"
#include "notegraph/query/paths.hpp"
#include "notegraph/query/rank.hpp"
#include "random_graph.hpp"

namespace bdata = boost::unit_test::data;
using namespace notegraph;
using testing::random_graph;
using testing::RandomGraphShape;

namespace {

using Path = std::vector<NodeId>;

/// The vertices one step from `u` over edges of the kept kinds, following `direction`
/// (cooccurs edges go both ways).
std::set<NodeId> steps(const KnowledgeGraph& kg, NodeId u, Direction direction,
                       const std::vector<EdgeKind>& kinds) {
  auto kept = [&](EdgeId e) {
    return kinds.empty() || std::find(kinds.begin(), kinds.end(), kg.edge(e).kind()) != kinds.end();
  };
  std::set<NodeId> out;
  for (auto e : kg.out_edges(u))
    if (kept(e) && (direction != Direction::in || kg.edge(e).kind() == EdgeKind::cooccurs))
      out.insert(kg.edge(e).target());
  for (auto e : kg.in_edges(u))
    if (kept(e) && (direction != Direction::out || kg.edge(e).kind() == EdgeKind::cooccurs))
      out.insert(kg.edge(e).source());
  return out;
}

std::vector<int> plain_bfs(const KnowledgeGraph& kg, NodeId start, Direction direction,
                           const std::vector<EdgeKind>& kinds = {}) {
  std::vector<int> dist(kg.node_count(), -1);
  std::deque<NodeId> queue{start};
  dist[start] = 0;
  while (!queue.empty()) {
    NodeId u = queue.front();
    queue.pop_front();
    for (NodeId v : steps(kg, u, direction, kinds))
      if (dist[v] < 0) {
        dist[v] = dist[u] + 1;
        queue.push_back(v);
      }
  }
  return dist;
}

/// Every simple path from s to t of at most max_len edges, unpruned DFS.
std::set<Path> all_simple_paths(const KnowledgeGraph& kg, NodeId s, NodeId t, int max_len,
                                Direction direction) {
  std::set<Path> out;
  Path path{s};
  std::function<void()> go = [&] {
    if (path.back() == t) {
      out.insert(path);
      return;
    }
    if (static_cast<int>(path.size()) - 1 == max_len) return;
    for (NodeId v : steps(kg, path.back(), direction, {})) {
      if (std::find(path.begin(), path.end(), v) != path.end()) continue;
      path.push_back(v);
      go();
      path.pop_back();
    }
  };
  go();
  return out;
}

std::set<Path> shortest_of(const std::set<Path>& paths) {
  std::size_t best = SIZE_MAX;
  for (const auto& p : paths) best = std::min(best, p.size());
  std::set<Path> out;
  for (const auto& p : paths)
    if (p.size() == best) out.insert(p);
  return out;
}

bool is_walk(const KnowledgeGraph& kg, const Path& p, Direction direction) {
  for (std::size_t i = 0; i + 1 < p.size(); ++i)
    if (!steps(kg, p[i], direction, {}).count(p[i + 1])) return false;
  return true;
}

const auto kSeeds = bdata::xrange(1, 41);

}  // namespace

BOOST_DATA_TEST_CASE(shortest_path_length_equals_plain_bfs, kSeeds, seed) {
  for (Orientation orientation : {Orientation::directed, Orientation::undirected}) {
    const auto kg = random_graph(seed, {14, 22, seed % 2 == 0});
    const Direction dir = orientation == Orientation::directed ? Direction::out : Direction::both;
    for (NodeId s : kg.nodes()) {
      const auto dist = plain_bfs(kg, s, dir);
      for (NodeId t : kg.nodes()) {
        PathOptions o;
        o.orientation = orientation;
        const auto r = find_paths(kg, s, t, o);
        if (dist[t] < 0) {
          BOOST_TEST(r.paths.empty());
          continue;
        }
        BOOST_TEST_REQUIRE(r.paths.size() == 1u);
        const Path& p = r.paths.front();
        BOOST_TEST(static_cast<int>(p.size()) - 1 == dist[t]);
        BOOST_TEST(p.front() == s);
        BOOST_TEST(p.back() == t);
        BOOST_TEST(is_walk(kg, p, dir));
      }
    }
  }
}

BOOST_DATA_TEST_CASE(all_shortest_returns_every_shortest_path_and_only_those, kSeeds, seed) {
  for (Orientation orientation : {Orientation::directed, Orientation::undirected}) {
    const auto kg = random_graph(seed, {10, 24, seed % 3 == 0});
    const Direction dir = orientation == Orientation::directed ? Direction::out : Direction::both;
    for (NodeId s : kg.nodes())
      for (NodeId t : kg.nodes()) {
        PathOptions o;
        o.orientation = orientation;
        o.set = PathSet::all_shortest;
        o.limit = 0;
        const auto r = find_paths(kg, s, t, o);
        const std::set<Path> got(r.paths.begin(), r.paths.end());
        BOOST_TEST(got.size() == r.paths.size());  // no duplicates
        BOOST_TEST(std::is_sorted(r.paths.begin(), r.paths.end()));
        BOOST_TEST((got == shortest_of(all_simple_paths(kg, s, t, 100, dir))));
      }
  }
}

BOOST_DATA_TEST_CASE(max_length_returns_every_simple_path_up_to_n, kSeeds, seed) {
  const auto kg = random_graph(seed, {9, 20, seed % 2 == 1});
  for (int max_len : {0, 1, 3, 5}) {
    for (NodeId s : kg.nodes())
      for (NodeId t : kg.nodes()) {
        PathOptions o;
        o.set = PathSet::all_simple;
        o.max_length = max_len;
        o.limit = 0;
        const auto r = find_paths(kg, s, t, o);
        const std::set<Path> got(r.paths.begin(), r.paths.end());
        BOOST_TEST(got.size() == r.paths.size());
        BOOST_TEST((got == all_simple_paths(kg, s, t, max_len, Direction::out)));
        for (std::size_t i = 1; i < r.paths.size(); ++i)  // by length, then ids
          BOOST_TEST((r.paths[i - 1].size() < r.paths[i].size() ||
                      (r.paths[i - 1].size() == r.paths[i].size() && r.paths[i - 1] < r.paths[i])));
      }
  }
}

BOOST_AUTO_TEST_CASE(path_limit_truncates_and_says_so) {
  const auto kg = random_graph(7, {10, 60, false});
  PathOptions o;
  o.set = PathSet::all_simple;
  o.max_length = 6;
  o.limit = 3;
  const auto r = find_paths(kg, 0, 1, o);
  BOOST_TEST(r.paths.size() == 3u);
  BOOST_TEST(r.truncated);
}

BOOST_DATA_TEST_CASE(neighbors_depth_n_equals_bfs_ball, kSeeds* bdata::xrange(0, 4), seed, depth) {
  const auto kg = random_graph(seed, {15, 25, seed % 2 == 0});
  for (Direction dir : {Direction::out, Direction::in, Direction::both})
    for (const std::vector<EdgeKind>& kinds :
         {std::vector<EdgeKind>{}, std::vector<EdgeKind>{EdgeKind::link}}) {
      for (NodeId s : kg.nodes()) {
        const auto dist = plain_bfs(kg, s, dir, kinds);
        std::vector<Reached> expected;
        for (int d = 0; d <= depth; ++d)
          for (NodeId v : kg.nodes())
            if (dist[v] == d) expected.push_back({v, d});
        NeighborOptions o;
        o.depth = depth;
        o.direction = dir;
        o.filter.edge_kinds = kinds;
        const auto r = neighbors(kg, s, o);
        BOOST_TEST((r.nodes == expected));
        for (EdgeId e : r.edges) {  // shown edges stay inside the ball and the filter
          BOOST_TEST(dist[kg.edge(e).source()] >= 0);
          BOOST_TEST(dist[kg.edge(e).target()] >= 0);
          BOOST_TEST(dist[kg.edge(e).source()] <= depth);
          BOOST_TEST(dist[kg.edge(e).target()] <= depth);
          BOOST_TEST((kinds.empty() || kg.edge(e).kind() == EdgeKind::link));
        }
      }
    }
}

BOOST_AUTO_TEST_CASE(neighbors_node_filter_keeps_start_and_skips_other_kinds) {
  // a(note) → m(missing) → b(note); with --node note the walk cannot pass through m.
  GraphBuilder b;
  auto a = testing::add_node(b, testing::make_node(NodeKind::note, "note:a.md"));
  auto m = testing::add_node(b, testing::make_node(NodeKind::missing, "missing:m"));
  auto c = testing::add_node(b, testing::make_node(NodeKind::note, "note:c.md"));
  b.add_occurrence(a, m, EdgeKind::link, "", {});
  b.add_occurrence(m, c, EdgeKind::link, "", {});
  const auto kg = std::move(b).finish();
  NeighborOptions o;
  o.depth = 3;
  o.filter.node_kinds = {NodeKind::note};
  BOOST_TEST(neighbors(kg, *kg.find("note:a.md"), o).nodes.size() == 1u);
  o.filter.node_kinds = {NodeKind::note};
  const auto from_missing = neighbors(kg, *kg.find("missing:m"), o);  // start kept anyway
  BOOST_TEST(from_missing.nodes.size() == 3u);
}

namespace {

/// PageRank by solving (I - d Pᵀ) x = (1-d)/n · 1 with Gaussian elimination, where P is
/// the row-stochastic transition matrix with dangling rows spread uniformly.
std::vector<double> pagerank_by_solve(const KnowledgeGraph& kg, double d) {
  const std::size_t n = kg.node_count();
  std::vector<std::vector<double>> P(n, std::vector<double>(n, 0.0));
  std::vector<double> out(n, 0.0);
  for (EdgeId e : kg.edges()) {
    const NodeId s = kg.edge(e).source(), t = kg.edge(e).target();
    P[s][t] += 1;
    out[s] += 1;
    if (kg.edge(e).kind() == EdgeKind::cooccurs && s != t) {
      P[t][s] += 1;
      out[t] += 1;
    }
  }
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j) P[i][j] = out[i] == 0 ? 1.0 / n : P[i][j] / out[i];
  // A x = b with A = I - d Pᵀ.
  std::vector<std::vector<double>> A(n, std::vector<double>(n + 1, 0.0));
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) A[i][j] = (i == j ? 1.0 : 0.0) - d * P[j][i];
    A[i][n] = (1 - d) / n;
  }
  for (std::size_t c = 0; c < n; ++c) {
    std::size_t pivot = c;
    for (std::size_t r = c + 1; r < n; ++r)
      if (std::abs(A[r][c]) > std::abs(A[pivot][c])) pivot = r;
    std::swap(A[c], A[pivot]);
    for (std::size_t r = 0; r < n; ++r) {
      if (r == c) continue;
      const double f = A[r][c] / A[c][c];
      for (std::size_t k = c; k <= n; ++k) A[r][k] -= f * A[c][k];
    }
  }
  std::vector<double> x(n);
  for (std::size_t i = 0; i < n; ++i) x[i] = A[i][n] / A[i][i];
  return x;
}

}  // namespace

BOOST_DATA_TEST_CASE(pagerank_sums_to_one_and_matches_a_linear_solve, kSeeds, seed) {
  const auto kg = random_graph(seed, {20, 30, seed % 2 == 0});
  const auto pr = pagerank_scores(kg, {});
  BOOST_TEST(std::accumulate(pr.begin(), pr.end(), 0.0) == 1.0, boost::test_tools::tolerance(1e-9));
  const auto expected = pagerank_by_solve(kg, 0.85);
  for (std::size_t i = 0; i < pr.size(); ++i) BOOST_TEST(std::abs(pr[i] - expected[i]) < 1e-6);
}

BOOST_AUTO_TEST_CASE(pagerank_of_a_directed_cycle_is_uniform_and_a_sink_collects_most) {
  GraphBuilder b;
  std::vector<NodeId> v;
  for (const char* id : {"note:a.md", "note:b.md", "note:c.md", "note:d.md"})
    v.push_back(testing::add_node(b, testing::make_node(NodeKind::note, id)));
  b.add_occurrence(v[0], v[1], EdgeKind::link, "", {});
  b.add_occurrence(v[1], v[2], EdgeKind::link, "", {});
  b.add_occurrence(v[2], v[0], EdgeKind::link, "", {});
  const auto kg = std::move(b).finish();
  const auto pr = pagerank_scores(kg, {});
  // d is dangling and unreachable: rank (1-d)/n + d·pr_d/n with pr_d = x solves to
  // x = 0.15/4 / (1 - 0.85/4); the cycle shares the rest equally.
  const double dangling = 0.0375 / (1 - 0.2125);
  BOOST_TEST(pr[3] == dangling, boost::test_tools::tolerance(1e-9));
  for (int i = 0; i < 3; ++i)
    BOOST_TEST(pr[i] == (1 - dangling) / 3, boost::test_tools::tolerance(1e-9));
}

BOOST_DATA_TEST_CASE(betweenness_matches_shortest_path_counting, bdata::xrange(1, 21), seed) {
  const auto kg = random_graph(seed, {9, 18, false});
  const std::size_t n = kg.node_count();
  std::vector<double> expected(n, 0.0);
  for (NodeId s : kg.nodes())
    for (NodeId t : kg.nodes()) {
      if (s == t) continue;
      const auto shortest = shortest_of(all_simple_paths(kg, s, t, 100, Direction::out));
      for (const auto& p : shortest)
        for (std::size_t i = 1; i + 1 < p.size(); ++i)
          expected[p[i]] += 1.0 / static_cast<double>(shortest.size());
    }
  const auto got = betweenness_scores(kg, {});
  for (std::size_t i = 0; i < n; ++i)
    BOOST_TEST(got[i] == expected[i] / ((n - 1.0) * (n - 2.0)), boost::test_tools::tolerance(1e-9));
}

BOOST_DATA_TEST_CASE(sampled_betweenness_engine_matches_boost_from_every_source,
                     bdata::xrange(1, 21), seed) {
  const auto kg = random_graph(seed, {25, 60, seed % 2 == 0});
  const std::size_t n = kg.node_count();
  const auto exact = betweenness_scores(kg, {});
  const std::vector<NodeId> all(kg.nodes().begin(), kg.nodes().end());
  const auto raw = betweenness_from_sources(kg, {}, all);
  for (std::size_t i = 0; i < n; ++i)
    BOOST_TEST(raw[i] / ((n - 1.0) * (n - 2.0)) == exact[i], boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(sampled_betweenness_is_deterministic_and_scaled) {
  const auto kg = random_graph(3, {40, 120, false});
  const std::size_t n = kg.node_count();
  const auto a = betweenness_scores(kg, {}, BetweennessOptions{10});
  const auto b = betweenness_scores(kg, {}, BetweennessOptions{10});
  BOOST_TEST(a == b, boost::test_tools::per_element());
  // The estimate from k sources is the raw sum over some k sources, scaled by n/k.
  double total = 0, exact_total = 0;
  for (double x : a) total += x;
  for (double x : betweenness_scores(kg, {})) exact_total += x;
  BOOST_TEST(total > 0);
  BOOST_TEST(total < 3 * exact_total);  // a loose sanity bound, not a statistical test
  (void)n;
}

BOOST_DATA_TEST_CASE(components_match_union_find, kSeeds, seed) {
  const auto kg = random_graph(seed, {30, 20, seed % 2 == 0});
  std::vector<NodeId> parent(kg.node_count());
  std::iota(parent.begin(), parent.end(), NodeId{0});
  std::function<NodeId(NodeId)> root = [&](NodeId v) {
    return parent[v] == v ? v : parent[v] = root(parent[v]);
  };
  for (EdgeId e : kg.edges()) parent[root(kg.edge(e).source())] = root(kg.edge(e).target());
  std::map<NodeId, std::vector<NodeId>> groups;
  for (NodeId v : kg.nodes()) groups[root(v)].push_back(v);
  std::set<std::vector<NodeId>> expected;
  for (auto& [r, members] : groups) expected.insert(members);

  const auto comps = weak_components(kg, {});
  std::set<std::vector<NodeId>> got;
  for (const auto& c : comps) got.insert(c.members);
  BOOST_TEST((got == expected));
  for (std::size_t i = 1; i < comps.size(); ++i)
    BOOST_TEST(comps[i - 1].members.size() >= comps[i].members.size());
}
