#pragma once
// One call from the CLI, benchmarks and tests to turn a vault folder into its graph,
// through the persistent index (SPEC 2): scan, then bring the index up to date —
// parse and observe only added or changed notes, redo only the parts of other notes
// whose links, vault mentions or entity decisions changed, patch the graph — and map
// the graph from the index. The answer is always the one a rebuild would give.

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "notegraph/extract/extract.hpp"
#include "notegraph/ingest/parsed_note.hpp"
#include "notegraph/ingest/resolve.hpp"
#include "notegraph/ingest/scan.hpp"
#include "notegraph/model/graph.hpp"

namespace notegraph {

/// Whether the index is kept on disk between runs.
enum class CacheMode { use, off };

/// Whether an update may reuse what the index holds.
enum class RebuildMode { incremental, full };

/// Where a load is, for a progress line.
struct Progress {
  std::string_view stage;  ///< "parse", "decide", "write"…
  std::size_t done = 0;
  std::size_t total = 0;
};

struct LoadOptions {
  ScanOptions scan;
  ResolveOptions resolve;
  ExtractOptions extract;
  CacheMode cache = CacheMode::use;
  RebuildMode rebuild = RebuildMode::incremental;
  std::filesystem::path cache_dir;  ///< empty: $XDG_CACHE_HOME/notegraph (or ~/.cache/notegraph)
  /// A note file bigger than this many bytes is not read: it stays a note with its
  /// title and a warning, and nothing of its content (0: no limit).
  std::uint64_t max_file_size = std::uint64_t{16} << 20;
  /// Called now and then during long stages (from the calling thread); may be empty.
  std::function<void(const Progress&)> progress;
};

struct LoadStats {
  std::size_t notes = 0;
  std::size_t attachments = 0;       ///< non-Markdown files in the vault
  std::size_t links = 0;             ///< link occurrences
  std::size_t resolved_links = 0;    ///< occurrences that reached a note or an existing attachment
  std::size_t unresolved_links = 0;  ///< occurrences that became `missing` (or absent attachments)
};

/// What an update did to the index.
struct IndexReport {
  std::size_t added = 0;       ///< notes new since the last run
  std::size_t changed = 0;     ///< notes whose bytes changed
  std::size_t removed = 0;     ///< notes gone
  std::size_t parsed = 0;      ///< notes read and parsed in this run
  std::size_t reworked = 0;    ///< unchanged notes whose links, mentions or entities were redone
  bool rebuilt = false;        ///< built from scratch
  bool persistent = false;     ///< kept on disk for the next run
  std::filesystem::path location;  ///< the index folder (empty in memory)
  double seconds = 0;          ///< wall time of the load
  /// Wall time per stage ("scan", "parse", "corpus", "affected", "links", "parts",
  /// "graph", "write"), in the order they ran.
  std::vector<std::pair<std::string, double>> stages;
};

struct LoadResult {
  KnowledgeGraph graph;
  std::vector<Diagnostic> diagnostics;  ///< sorted by path, then line
  LoadStats stats;
  IndexReport index;
};

/// Loads a vault through its index. Throws std::runtime_error only when the vault root
/// cannot be read; every per-file problem is a diagnostic, and an index that cannot be
/// used (corrupt, locked, of another version or options) is rebuilt or bypassed with a
/// diagnostic, never trusted.
LoadResult load_vault(const LoadOptions& options);

/// Builds the graph from already parsed notes, in memory (for tests that hand-make
/// notes). `files` lists the vault's files, notes included.
LoadResult build_graph(const std::vector<VaultFile>& files, std::vector<ParsedNote> notes,
                       const ResolveOptions& resolve, const ExtractOptions& extract);

/// Sorts diagnostics by path, then line, keeping the order of equal ones.
void sort_diagnostics(std::vector<Diagnostic>& diagnostics);

}  // namespace notegraph
