#pragma once
// HTML (SPEC 6): one self-contained page that draws the graph offline. The page's
// script (exporters/html/, sigma.js and graphology bundled by esbuild at build time) is
// inlined; the graph goes in as JSON with positions laid out ahead by sfdp, so the page
// runs no layout when it opens.

#include <ostream>
#include <string>

#include "notegraph/exporters/export.hpp"

namespace notegraph {

/// Returns the graph as the page's data: a JSON object of format "notegraph-view",
/// version 1 (exporters/html/README.md): node and edge columns in vertex and edge order,
/// sfdp positions, kind and entity-type colours from exporters/style, and
/// options.pagerank when given. Every `<` is written as \u003c, so the text can sit in
/// a <script> element. Throws std::runtime_error when Graphviz fails.
std::string html_view_data(const KnowledgeGraph& graph, const ExportOptions& options);

/// Writes the page to `out`: html_view_data and the bundled script inlined, and a
/// Content-Security-Policy that forbids every network fetch.
void write_html(const KnowledgeGraph& graph, std::ostream& out, const ExportOptions& options);

}  // namespace notegraph
