#include "notegraph/query/subgraph.hpp"

#include <algorithm>

namespace notegraph {

KnowledgeGraph edge_subgraph(const KnowledgeGraph& kg, const std::vector<NodeId>& nodes,
                             const std::vector<EdgeId>& edges) {
  std::vector<NodeId> keep = nodes;
  for (EdgeId e : edges) {
    keep.push_back(kg.edge(e).source());
    keep.push_back(kg.edge(e).target());
  }
  std::vector<EdgeId> wanted = edges;
  std::sort(wanted.begin(), wanted.end());
  return subgraph(kg, keep, [&](EdgeId e) {
    return std::binary_search(wanted.begin(), wanted.end(), e);
  });
}

}  // namespace notegraph
