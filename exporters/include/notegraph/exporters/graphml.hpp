#pragma once
// GraphML (SPEC 6): typed keys with descriptive ids, lists as JSON strings, Gephi's
// r/g/b colour keys; read by networkx, igraph and Gephi.

#include <ostream>

#include "notegraph/exporters/export.hpp"

namespace notegraph {

/// Writes `graph` as a GraphML document (UTF-8, XML 1.0) to `out`.
void write_graphml(const KnowledgeGraph& graph, std::ostream& out, const ExportOptions& options);

}  // namespace notegraph
