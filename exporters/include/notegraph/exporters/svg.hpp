#pragma once
// SVG (SPEC 6): the graph drawn by Graphviz's library, shaped and coloured by kind as
// the DOT export is; dot lays out small graphs, sfdp large ones (LayoutEngine).

#include <ostream>

#include "notegraph/exporters/export.hpp"

namespace notegraph {

/// Writes `graph` as an SVG picture to `out`, laid out by options.layout. Throws
/// std::runtime_error when Graphviz fails.
void write_svg(const KnowledgeGraph& graph, std::ostream& out, const ExportOptions& options);

}  // namespace notegraph
