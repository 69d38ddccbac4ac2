#pragma once
// `query rank`: which nodes matter most, by degree, PageRank or betweenness.

#include <array>
#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "notegraph/model/graph.hpp"
#include "notegraph/query/filter.hpp"

namespace notegraph {

enum class Centrality { degree, pagerank, betweenness };

inline constexpr std::array<std::pair<Centrality, std::string_view>, 3> kCentralityNames{{
    {Centrality::degree, "degree"},
    {Centrality::pagerank, "pagerank"},
    {Centrality::betweenness, "betweenness"},
}};

struct PageRankOptions {
  double damping = 0.85;
  double tolerance = 1e-12;  ///< stop when the L1 change of one step is below this
  int max_iterations = 1000;
};

/// Returns the degree of every vertex (in-edges plus out-edges; a self-loop counts
/// twice) counting only edges of the kinds `edges` keeps.
std::vector<double> degree_scores(const KnowledgeGraph& graph, const GraphFilter& edges);

/// Returns the PageRank of every vertex over the kept edges, each a directed edge of
/// weight 1 (a cooccurs edge counts both ways). Rank of dangling nodes is spread over
/// all nodes, as networkx does, so the scores sum to 1. (Boost's page_rank does not:
/// it leaks the rank of dangling nodes and leaves out the 1/N.)
std::vector<double> pagerank_scores(const KnowledgeGraph& graph, const GraphFilter& edges,
                                    const PageRankOptions& options = {});

struct BetweennessOptions {
  /// Shortest paths are counted from this many source nodes, a fixed pseudo-random
  /// sample, and scaled by n/samples (networkx's `k`); 0 or ≥ n: from every node (exact).
  std::size_t samples = 0;
};

/// Returns the betweenness centrality of every vertex over the directed kept edges,
/// parallel edges merged, normalized by (n-1)(n-2) as networkx does. Exact runs use
/// Boost's Brandes algorithm (O(n·m)); sampled runs Brandes from the sampled sources.
std::vector<double> betweenness_scores(const KnowledgeGraph& graph, const GraphFilter& edges,
                                       const BetweennessOptions& options = {});

/// Returns Brandes' raw dependency sums (not normalized) from the given source nodes
/// only: the engine of the sampled estimate, exposed for tests.
std::vector<double> betweenness_from_sources(const KnowledgeGraph& graph, const GraphFilter& edges,
                                             const std::vector<NodeId>& sources);

/// Returns the sample size an interactive query should use on this graph: 0 (exact)
/// while n·m stays under a few seconds of work, else 1000 sources.
std::size_t default_betweenness_samples(const KnowledgeGraph& graph);

struct RankOptions {
  Centrality by = Centrality::degree;
  GraphFilter filter;   ///< edge_kinds: the graph scored; node_kinds: the nodes listed
  std::size_t top = 0;  ///< list at most this many (0: all)
  BetweennessOptions betweenness;
};

struct Ranked {
  NodeId vertex{};
  double score = 0;
};

/// Returns the listed nodes by score, highest first, ties by id. The scores are
/// computed on the whole graph with the kept edge kinds; `filter.node_kinds` only
/// chooses which nodes are listed (so an entity's degree counts the notes that
/// mention it).
std::vector<Ranked> rank_nodes(const KnowledgeGraph& graph, const RankOptions& options);

}  // namespace notegraph
