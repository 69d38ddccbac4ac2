#pragma once
// Graphviz DOT: one quoted attribute list per node and edge, shape and colour by kind,
// optional clusters by folder, a legend; renders with dot and sfdp.

#include <ostream>

#include "notegraph/exporters/export.hpp"

namespace notegraph {

/// Writes `graph` as a DOT digraph to `out` (clusters as options.clusters says).
void write_dot(const KnowledgeGraph& graph, std::ostream& out, const ExportOptions& options);

}  // namespace notegraph
