#pragma once
// The stages in order: scan → parse → resolve → extract → build. One call from the
// CLI, benchmarks and tests to turn a vault folder into a KnowledgeGraph.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "notegraph/extract/extract.hpp"
#include "notegraph/ingest/parsed_note.hpp"
#include "notegraph/ingest/resolve.hpp"
#include "notegraph/ingest/scan.hpp"
#include "notegraph/model/graph.hpp"

namespace notegraph {

enum class CacheMode { use, off };

struct LoadOptions {
  ScanOptions scan;
  ResolveOptions resolve;
  ExtractOptions extract;
  CacheMode cache = CacheMode::use;
  std::filesystem::path cache_dir;  ///< empty: $XDG_CACHE_HOME/notegraph (or ~/.cache/notegraph)
};

struct LoadStats {
  std::size_t notes = 0;
  std::size_t attachments = 0;       ///< non-Markdown files in the vault
  std::size_t links = 0;             ///< link occurrences
  std::size_t resolved_links = 0;    ///< occurrences that reached a note or an existing attachment
  std::size_t unresolved_links = 0;  ///< occurrences that became `missing` (or absent attachments)
  std::size_t cached_notes = 0;      ///< notes whose parse came from the cache
};

struct LoadResult {
  KnowledgeGraph graph;
  std::vector<Diagnostic> diagnostics;  ///< sorted by path, then line
  LoadStats stats;
};

/// Loads a vault. Throws std::runtime_error only when the vault root cannot be read;
/// every per-file problem is a diagnostic and the rest of the vault goes through.
LoadResult load_vault(const LoadOptions& options);

/// Builds the graph from already parsed notes (the build stage alone; used by
/// load_vault and by tests that hand-make notes).
LoadResult build_graph(const std::vector<VaultFile>& files, std::vector<ParsedNote> notes,
                       const ResolveOptions& resolve, const ExtractOptions& extract);

/// Sorts diagnostics by path, then line, keeping the order of equal ones.
void sort_diagnostics(std::vector<Diagnostic>& diagnostics);

}  // namespace notegraph
