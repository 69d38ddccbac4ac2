#include "common.hpp"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

namespace notegraph::cli {

namespace {

void add_extract_options(CLI::App& app, GlobalOptions& o) {
  std::string names = "all, none";
  for (const auto& [kind, name] : kExtractorNames) names += ", " + std::string(name);
  app.add_option("--extract", o.extract, "Entity extractors to run (comma list of " + names + ")")
      ->delimiter(',')
      ->type_name("LIST")
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            if (value == "all" || value == "none" || parse_name(kExtractorNames, value)) return {};
            return "unknown extractor '" + value + "'";
          },
          "EXTRACTOR"));
  app.add_option("--gazetteer", o.gazetteers,
                 "Gazetteer of entities, JSON or CSV: name, type, aliases, sameAs (repeatable)")
      ->type_name("FILE")
      ->check(CLI::ExistingFile);
  app.add_option("--extractor", o.extractor,
                 "External entity extractor: a command speaking JSON Lines on stdin/stdout")
      ->type_name("CMD");
  app.add_option("--cooccurrence", o.cooccurrence,
                 "Entities sharing a block, section or note get weighted cooccurs edges (or off)")
      ->transform(enum_choice(kCooccurrenceScopeNames));
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

void add_global_options(CLI::App& app, GlobalOptions& o) {
  app.option_defaults()->always_capture_default();
  // No CLI::ExistingDirectory check: a vault that cannot be read is a failure (exit 1),
  // reported by load_graph with the cause, not a usage error (exit 2).
  app.add_option("--vault", o.vault, "Vault folder to read (never written)")->type_name("DIR");
  app.add_option("--exclude", o.excludes, "Skip vault paths matching GLOB (repeatable)")
      ->type_name("GLOB");
  app.add_option("--resolve", o.resolve, "Link resolution: obsidian or slug")
      ->transform(enum_choice(kResolveModeNames));
  app.add_flag("--resolve-aliases", o.resolve_aliases, "Let front-matter aliases be link targets");
  app.add_flag("--follow-symlinks", o.follow_symlinks,
               "Follow symbolic links (never outside the vault, never in a loop)");
  app.add_option("--cache", o.cache_dir, "Cache folder (default $XDG_CACHE_HOME/notegraph)")
      ->type_name("DIR");
  app.add_flag("--no-cache", o.no_cache, "Parse every note afresh; read and write no cache");
  auto* quiet = app.add_flag("--quiet,-q", o.quiet, "Print no warnings");
  app.add_flag("--verbose,-v", o.verbose, "Print progress and timings")->excludes(quiet);
  app.add_flag("--strict", o.strict, "Exit 1 when the vault produced any warning");
  add_extract_options(app, o);
}

LoadOptions load_options(const GlobalOptions& o) {
  LoadOptions lo;
  lo.scan.root = o.vault;
  lo.scan.excludes = o.excludes;
  lo.scan.symlinks = o.follow_symlinks ? SymlinkPolicy::follow_inside_vault : SymlinkPolicy::skip;
  lo.resolve.mode = o.resolve;
  lo.resolve.aliases = o.resolve_aliases ? AliasTargets::resolve : AliasTargets::ignore;
  lo.cache = o.no_cache ? CacheMode::off : CacheMode::use;
  lo.cache_dir = o.cache_dir;
  lo.extract = extract_options(o);
  return lo;
}

LoadResult load_graph(const GlobalOptions& o) {
  LoadResult loaded;
  try {
    loaded = load_vault(load_options(o));
  } catch (const std::exception& e) {
    throw CliError(ExitCode::failed, e.what());
  }
  if (!o.quiet)
    for (const auto& d : loaded.diagnostics) {
      std::cerr << (std::filesystem::path(o.vault) / d.path).lexically_normal().generic_string();
      if (d.line > 0) std::cerr << ':' << d.line;
      std::cerr << ": " << d.message << '\n';
    }
  return loaded;
}

ExitCode with_strict(const GlobalOptions& o, const LoadResult& loaded, ExitCode code) {
  if (code == ExitCode::ok && o.strict && !loaded.diagnostics.empty()) return ExitCode::failed;
  return code;
}

bool stdout_is_terminal() { return ::isatty(STDOUT_FILENO) != 0; }

}  // namespace notegraph::cli
