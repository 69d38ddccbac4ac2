#pragma once
// `query components`: the weakly connected pieces of the graph.

#include <vector>

#include "notegraph/model/graph.hpp"
#include "notegraph/query/filter.hpp"

namespace notegraph {

struct Component {
  std::vector<NodeId> members;  ///< in id order
};

/// Returns the weakly connected components of the filtered graph (nodes of other kinds
/// are left out; edges of other kinds do not connect), largest first, ties by the
/// smallest member id.
std::vector<Component> weak_components(const KnowledgeGraph& graph, const GraphFilter& filter);

}  // namespace notegraph
