#pragma once
// Vault scanning (SPEC 2): sorted, deterministic, hidden folders skipped, symlink
// rules, --exclude globs. Reads directory entries only, never writes.

#include <filesystem>
#include <string>
#include <vector>

#include "notegraph/ingest/obsidian_config.hpp"
#include "notegraph/ingest/parsed_note.hpp"

namespace notegraph {

enum class SymlinkPolicy { skip, follow_inside_vault };

struct ScanOptions {
  std::filesystem::path root;
  std::vector<std::string> excludes;  ///< globs over vault-relative paths (`*`, `**`, `?`)
  SymlinkPolicy symlinks = SymlinkPolicy::skip;
  ObsidianConfig obsidian = ObsidianConfig::use;  ///< honour .obsidian/app.json's Excluded files
};

struct VaultFile {
  std::string path;               ///< vault-relative, '/'-separated, as on disk
  std::filesystem::path absolute; ///< where to read it
  bool is_note = false;           ///< `*.md` (case-insensitive extension)
};

struct ScanResult {
  std::vector<VaultFile> files;  ///< sorted by byte order of `path`
  std::vector<Diagnostic> diagnostics;
};

/// Lists the vault's files, or throws std::runtime_error naming the root when it is
/// not a readable directory. Unreadable subfolders become diagnostics.
ScanResult scan_vault(const ScanOptions& options);

}  // namespace notegraph
