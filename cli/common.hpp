#pragma once
// What every subcommand shares: the global options (SPEC 5), loading the vault,
// printing diagnostics, and exit codes. Only cli/ prints or picks exit codes.

#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "choices.hpp"
#include "notegraph/pipeline/load.hpp"

namespace notegraph::cli {

enum class ExitCode : int { ok = 0, failed = 1, usage = 2, not_found = 3 };

struct GlobalOptions {
  std::string vault = ".";
  std::vector<std::string> excludes;
  ResolveMode resolve = ResolveMode::obsidian;
  bool resolve_aliases = false;
  bool follow_symlinks = false;
  bool no_obsidian_config = false;
  std::string cache_dir;
  std::uint64_t max_file_size = std::uint64_t{16} << 20;  ///< bytes; 0: no limit
  bool no_cache = false;
  bool rebuild = false;
  bool quiet = false;
  bool verbose = false;
  bool strict = false;
  // Entity extraction (SPEC 4)
  std::vector<std::string> extract{"all"};  ///< extractor names, "all" or "none"
  std::vector<std::string> gazetteers;      ///< --gazetteer FILE (repeatable)
  std::string extractor;                    ///< --extractor CMD
  CooccurrenceScope cooccurrence = CooccurrenceScope::block;
};

/// A failure that cli/main turns into "notegraph: message" on stderr and an exit code.
class CliError : public std::runtime_error {
 public:
  CliError(ExitCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
  ExitCode code() const { return code_; }

 private:
  ExitCode code_;
};

/// A progress line on stderr (notes done of total, rate, stage) for work longer than a
/// second, only on a terminal, never with --quiet or TERM=dumb.
class ProgressLine {
 public:
  explicit ProgressLine(const GlobalOptions& options);
  /// Whether a line may be shown at all.
  bool active() const { return active_; }
  /// Redraws the line.
  void show(const Progress& progress);
  /// Erases the line (before other output).
  void clear();

 private:
  bool active_ = false;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_;
};

/// Registers the global options on the top-level app.
void add_global_options(CLI::App& app, GlobalOptions& options);

/// Returns the pipeline options the global options stand for.
LoadOptions load_options(const GlobalOptions& options);

/// Loads the vault, printing diagnostics to stderr as "path:line: message" (unless
/// --quiet). Throws CliError(failed) when the vault cannot be read.
LoadResult load_graph(const GlobalOptions& options);

/// Returns `code`, or failed when --strict and the load had diagnostics.
ExitCode with_strict(const GlobalOptions& options, const LoadResult& loaded, ExitCode code);

/// Whether standard output is a terminal (table output is the default there).
bool stdout_is_terminal();

/// Holds what the subcommand callbacks decide: the exit code main returns.
struct RunState {
  GlobalOptions global;
  ExitCode exit = ExitCode::ok;
};

}  // namespace notegraph::cli
