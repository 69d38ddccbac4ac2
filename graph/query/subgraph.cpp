#include "notegraph/query/subgraph.hpp"

#include <algorithm>
#include <set>

namespace notegraph {

KnowledgeGraph edge_subgraph(const KnowledgeGraph& kg, const std::vector<Vertex>& nodes,
                             const std::vector<EdgeRef>& edges) {
  const Graph& g = kg.graph();
  std::vector<Vertex> keep = nodes;
  for (EdgeRef e : edges) {
    keep.push_back(boost::source(e, g));
    keep.push_back(boost::target(e, g));
  }
  std::sort(keep.begin(), keep.end());
  keep.erase(std::unique(keep.begin(), keep.end()), keep.end());

  constexpr Vertex kAbsent = static_cast<Vertex>(-1);
  std::vector<Vertex> new_index(kg.node_count(), kAbsent);
  Graph out;
  for (Vertex v : keep) new_index[v] = boost::add_vertex(g[v], out);
  // Add the edges in the graph's own (sorted) order, whatever order they came in.
  std::set<EdgeRef> wanted(edges.begin(), edges.end());
  for (EdgeRef e : kg.edges())
    if (wanted.count(e))
      boost::add_edge(new_index[boost::source(e, g)], new_index[boost::target(e, g)], g[e], out);
  return KnowledgeGraph(std::move(out));
}

}  // namespace notegraph
