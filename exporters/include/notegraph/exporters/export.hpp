#pragma once
// The export formats (SPEC 6) as one closed set with its name table, the options they
// share, and one entry point that picks the writer.

#include <array>
#include <cstddef>
#include <filesystem>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "notegraph/model/graph.hpp"

namespace notegraph {

enum class ExportFormat { graphml, dot, jsonld, gexf, nquads, csv, svg, html };

inline constexpr std::array<std::pair<ExportFormat, std::string_view>, 8> kExportFormatNames{{
    {ExportFormat::graphml, "graphml"},
    {ExportFormat::dot, "dot"},
    {ExportFormat::jsonld, "jsonld"},
    {ExportFormat::gexf, "gexf"},
    {ExportFormat::nquads, "nquads"},
    {ExportFormat::csv, "csv"},
    {ExportFormat::svg, "svg"},
    {ExportFormat::html, "html"},
}};

/// Returns the name of a format (no to_string overload: CLI11 would pick it up by ADL
/// where it prints option defaults and expects std::string).
inline constexpr std::string_view format_name(ExportFormat f) {
  return name_of(kExportFormatNames, f);
}

/// How DOT groups nodes into clusters.
enum class DotClusters { none, folder };

inline constexpr std::array<std::pair<DotClusters, std::string_view>, 2> kDotClusterNames{{
    {DotClusters::none, "none"},
    {DotClusters::folder, "folder"},
}};

/// Which Graphviz engine lays out the SVG picture: `dot` (layered, edge labels) or
/// `sfdp` (force-directed, multilevel: the one that scales). `automatic` picks dot up to
/// kDotMaxNodes nodes and kDotMaxEdges edges, sfdp beyond.
enum class LayoutEngine { automatic, dot, sfdp };

inline constexpr std::array<std::pair<LayoutEngine, std::string_view>, 3> kLayoutEngineNames{{
    {LayoutEngine::automatic, "auto"},
    {LayoutEngine::dot, "dot"},
    {LayoutEngine::sfdp, "sfdp"},
}};

/// The largest graph `automatic` gives to dot: dot's crossing minimisation grows
/// quadratically and its layered drawing of a few hundred nodes is already wider than
/// a screen, while sfdp stays near-linear.
inline constexpr std::size_t kDotMaxNodes = 300;
inline constexpr std::size_t kDotMaxEdges = 1200;

/// The base of node IRIs when --base is not given: the reserved `.invalid` top-level
/// domain (RFC 6761) can never name a real resource, and it is hierarchical, so node
/// IRIs read as paths (`…/vault/note/a/b.md`).
inline constexpr std::string_view kDefaultBaseIri = "https://notegraph.invalid/vault/";

/// The notegraph RDF vocabulary (classes and properties schema.org lacks).
inline constexpr std::string_view kVocabularyIri = "https://notegraph.invalid/ns#";

struct ExportOptions {
  std::string base_iri{kDefaultBaseIri};  ///< JSON-LD and N-Quads: node IRIs start with it
  DotClusters clusters = DotClusters::none;  ///< DOT only
  LayoutEngine layout = LayoutEngine::automatic;  ///< SVG only
  std::string title;  ///< HTML: the page's title; empty: "notegraph"
  /// HTML: each vertex's PageRank in vertex order (the page can size nodes by it); empty:
  /// the page offers degree only. Exporters see only the model, so the caller computes it.
  std::vector<double> pagerank;
};

/// Whether a format is one stream (a file or stdout) or a directory of files.
enum class OutputShape { stream, directory };

/// Returns the shape of a format's output: CSV is a directory, the others one stream.
OutputShape output_shape(ExportFormat format);

/// Returns the name a format's output gets inside a folder of several exports:
/// graph.graphml, graph.dot, graph.jsonld, graph.gexf, graph.nq, graph.svg, graph.html,
/// and csv (a folder).
std::string_view output_name(ExportFormat format);

/// Writes `graph` in a stream format to `out`. Throws std::invalid_argument for a
/// directory format (CSV: use write_csv_directory).
void write_export(ExportFormat format, const KnowledgeGraph& graph, std::ostream& out,
                  const ExportOptions& options);

}  // namespace notegraph
