#include "common.hpp"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "notegraph/text/escape.hpp"

namespace notegraph::cli {

namespace {

void add_extract_options(CLI::App& app, GlobalOptions& o) {
  std::string names = "all, none";
  for (const auto& [kind, name] : kExtractorNames) names += ", " + std::string(name);
  app.add_option("--extract", o.extract, "Entity extractors to run (comma list of " + names + ")")
      ->delimiter(',')
      ->type_name("LIST")
      ->default_str("all")
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            if (value == "all" || value == "none" || parse_name(kExtractorNames, value)) return {};
            return "unknown extractor '" + value + "'";
          },
          "EXTRACTOR"));
  app.add_option("--gazetteer", o.gazetteers,
                 "Gazetteer of entities, JSON or CSV: name, type, aliases, sameAs (repeatable)")
      ->type_name("FILE")
      ->check(CLI::ExistingFile)
      ->default_str("");
  app.add_option("--extractor", o.extractor,
                 "External entity extractor: a command speaking JSON Lines on stdin/stdout")
      ->type_name("CMD");
  add_enum_option(&app, "--cooccurrence", o.cooccurrence, kCooccurrenceScopeNames,
                  "Entities sharing a block, section or note get weighted cooccurs edges (or off)");
}

ExtractOptions extract_options(const GlobalOptions& o) {
  ExtractOptions x;
  x.extractors.clear();
  for (const auto& name : o.extract) {
    if (name == "none") {
      x.extractors.clear();
    } else if (name == "all") {
      for (const auto& [kind, n] : kExtractorNames) x.extractors.push_back(kind);
    } else if (auto kind = parse_name(kExtractorNames, name)) {
      x.extractors.push_back(*kind);
    }
  }
  std::sort(x.extractors.begin(), x.extractors.end());
  x.extractors.erase(std::unique(x.extractors.begin(), x.extractors.end()), x.extractors.end());
  // Gazetteer diagnostics name the file; an absolute path prints right beside the vault's.
  for (const auto& g : o.gazetteers) x.gazetteers.push_back(std::filesystem::absolute(g));
  x.external_command = o.extractor;
  x.cooccurrence = o.cooccurrence;
  return x;
}

}  // namespace

ProgressLine::ProgressLine(const GlobalOptions& o) {
  const char* term = std::getenv("TERM");
  active_ = !o.quiet && ::isatty(STDERR_FILENO) && !(term && std::string_view(term) == "dumb");
  start_ = std::chrono::steady_clock::now();
}

void ProgressLine::show(const Progress& p) {
  if (!active_) return;
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  if (seconds < 1.0) return;  // short work gets no line
  const double rate = seconds > 0 ? static_cast<double>(p.done) / seconds : 0;
  char text[160];
  std::snprintf(text, sizeof text, "\rnotegraph: %.*s %zu/%zu notes (%.0f/s)\x1b[K",
                static_cast<int>(p.stage.size()), p.stage.data(), p.done, p.total, rate);
  std::cerr << text << std::flush;
  shown_ = true;
}

void ProgressLine::clear() {
  if (shown_) std::cerr << "\r\x1b[K" << std::flush;
  shown_ = false;
}

void add_global_options(CLI::App& app, GlobalOptions& o) {
  app.option_defaults()->always_capture_default();
  // No CLI::ExistingDirectory check: a vault that cannot be read is a failure (exit 1),
  // reported by load_graph with the cause, not a usage error (exit 2).
  app.add_option("--vault", o.vault, "Vault folder to read (never written)")->type_name("DIR");
  app.add_option("--exclude", o.excludes, "Skip vault paths matching GLOB (repeatable)")
      ->type_name("GLOB")
      ->default_str("");
  add_enum_option(&app, "--resolve", o.resolve, kResolveModeNames,
                  "Link resolution: obsidian (shortest path, as Obsidian) or slug (Quartz)");
  app.add_flag("--resolve-aliases", o.resolve_aliases, "Let front-matter aliases be link targets");
  app.add_flag("--no-obsidian-config", o.no_obsidian_config,
               "Ignore .obsidian/app.json (its Excluded files are skipped like --exclude)");
  app.add_flag("--follow-symlinks", o.follow_symlinks,
               "Follow symbolic links (never outside the vault, never in a loop)");
  app.add_option("--cache", o.cache_dir, "Index folder (default $XDG_CACHE_HOME/notegraph)")
      ->type_name("DIR");
  app.add_flag("--no-cache", o.no_cache, "Work in memory: read and write no index");
  app.add_option("--max-file-size", o.max_file_size,
                 "Skip note files bigger than SIZE, with a warning (16M, 512K, 0 for no limit)")
      ->transform(CLI::AsSizeValue(false).description(""))
      ->type_name("SIZE")
      ->default_str("16M");
  app.add_flag("--rebuild", o.rebuild, "Build the index from scratch instead of updating it");
  auto* quiet = app.add_flag("--quiet,-q", o.quiet, "Print no warnings");
  app.add_flag("--verbose,-v", o.verbose, "Print progress and timings")->excludes(quiet);
  app.add_flag("--strict", o.strict, "Exit 1 when the vault produced any warning");
  add_extract_options(app, o);
}

LoadOptions load_options(const GlobalOptions& o) {
  LoadOptions lo;
  lo.scan.root = o.vault;
  lo.scan.excludes = o.excludes;
  lo.scan.obsidian = o.no_obsidian_config ? ObsidianConfig::ignore : ObsidianConfig::use;
  lo.scan.symlinks = o.follow_symlinks ? SymlinkPolicy::follow_inside_vault : SymlinkPolicy::skip;
  lo.resolve.mode = o.resolve;
  lo.resolve.aliases = o.resolve_aliases ? AliasTargets::resolve : AliasTargets::ignore;
  lo.cache = o.no_cache ? CacheMode::off : CacheMode::use;
  lo.rebuild = o.rebuild ? RebuildMode::full : RebuildMode::incremental;
  lo.cache_dir = o.cache_dir;
  lo.max_file_size = o.max_file_size;
  lo.extract = extract_options(o);
  return lo;
}

LoadResult load_graph(const GlobalOptions& o) {
  LoadOptions options = load_options(o);
  ProgressLine line(o);
  if (line.active()) options.progress = [&line](const Progress& p) { line.show(p); };
  LoadResult loaded;
  try {
    loaded = load_vault(options);
  } catch (const std::exception& e) {
    line.clear();
    throw CliError(ExitCode::failed, e.what());
  }
  line.clear();
  if (!o.quiet)
    for (const auto& d : loaded.diagnostics) {
      // Names and messages carry the vault's bytes: escaped, so a file name cannot
      // forge a line or send the terminal an escape sequence.
      std::cerr << "notegraph: "
                << text::terminal_safe((std::filesystem::path(o.vault) / d.path).lexically_normal().generic_string());
      if (d.line > 0) std::cerr << ':' << d.line;
      std::cerr << ": " << text::terminal_safe(d.message) << '\n';
    }
  return loaded;
}

ExitCode with_strict(const GlobalOptions& o, const LoadResult& loaded, ExitCode code) {
  if (code == ExitCode::ok && o.strict && !loaded.diagnostics.empty()) return ExitCode::failed;
  return code;
}

bool stdout_is_terminal() { return ::isatty(STDOUT_FILENO) != 0; }

}  // namespace notegraph::cli
