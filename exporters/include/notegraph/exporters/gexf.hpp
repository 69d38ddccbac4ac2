#pragma once
// GEXF 1.3 (Gephi's own format) with viz:color by kind.

#include <ostream>

#include "notegraph/exporters/export.hpp"

namespace notegraph {

/// Writes `graph` as a GEXF 1.3 document (UTF-8, XML 1.0) to `out`.
void write_gexf(const KnowledgeGraph& graph, std::ostream& out, const ExportOptions& options);

}  // namespace notegraph
