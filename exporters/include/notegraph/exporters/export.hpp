#pragma once
// The export formats (SPEC 6) as one closed set with its name table, the options they
// share, and one entry point that picks the writer.

#include <array>
#include <filesystem>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

#include "notegraph/model/graph.hpp"

namespace notegraph {

enum class ExportFormat { graphml, dot, jsonld, gexf, nquads, csv };

inline constexpr std::array<std::pair<ExportFormat, std::string_view>, 6> kExportFormatNames{{
    {ExportFormat::graphml, "graphml"},
    {ExportFormat::dot, "dot"},
    {ExportFormat::jsonld, "jsonld"},
    {ExportFormat::gexf, "gexf"},
    {ExportFormat::nquads, "nquads"},
    {ExportFormat::csv, "csv"},
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

/// The base of node IRIs when --base is not given: the reserved `.invalid` top-level
/// domain (RFC 6761) can never name a real resource, and it is hierarchical, so node
/// IRIs read as paths (`…/vault/note/a/b.md`).
inline constexpr std::string_view kDefaultBaseIri = "https://notegraph.invalid/vault/";

/// The notegraph RDF vocabulary (classes and properties schema.org lacks).
inline constexpr std::string_view kVocabularyIri = "https://notegraph.invalid/ns#";

struct ExportOptions {
  std::string base_iri{kDefaultBaseIri};  ///< JSON-LD and N-Quads: node IRIs start with it
  DotClusters clusters = DotClusters::none;  ///< DOT only
};

/// Whether a format is one stream (a file or stdout) or a directory of files.
enum class OutputShape { stream, directory };

/// Returns the shape of a format's output: CSV is a directory, the others one stream.
OutputShape output_shape(ExportFormat format);

/// Returns the name a format's output gets inside a folder of several exports:
/// graph.graphml, graph.dot, graph.jsonld, graph.gexf, graph.nq, and csv (a folder).
std::string_view output_name(ExportFormat format);

/// Writes `graph` in a stream format to `out`. Throws std::invalid_argument for a
/// directory format (CSV: use write_csv_directory).
void write_export(ExportFormat format, const KnowledgeGraph& graph, std::ostream& out,
                  const ExportOptions& options);

}  // namespace notegraph
