#pragma once
// The graph a query answer shows, for writing it with the exporters.

#include <vector>

#include "notegraph/model/graph.hpp"

namespace notegraph {

/// Returns the graph with just `nodes`, the endpoints of `edges`, and `edges` (not the
/// other edges between those nodes), ids and order preserved.
KnowledgeGraph edge_subgraph(const KnowledgeGraph& graph, const std::vector<NodeId>& nodes,
                             const std::vector<EdgeId>& edges);

}  // namespace notegraph
