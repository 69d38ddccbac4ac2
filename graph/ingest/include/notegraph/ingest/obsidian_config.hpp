#pragma once
// Obsidian's own settings that change what the vault holds: `.obsidian/app.json`'s
// `userIgnoreFilters` (Settings → Files and links → Excluded files), honoured by the
// scan like --exclude.

#include <filesystem>
#include <memory>
#include <regex>
#include <string>
#include <vector>

#include "notegraph/ingest/parsed_note.hpp"

namespace notegraph {

/// Whether the scan reads `.obsidian/app.json`.
enum class ObsidianConfig { use, ignore };

/// The Excluded files of a vault, as Obsidian applies them: a plain entry excludes the
/// paths that start with it ("Templates/", "Archive"); an entry in slashes ("/\.canvas$/")
/// is a JavaScript regular expression searched in the path.
class IgnoreFilters {
 public:
  /// Reads `<root>/.obsidian/app.json`; a missing file gives no filters, a broken one or
  /// a bad regular expression a diagnostic (the rest still applies).
  static IgnoreFilters read(const std::filesystem::path& root,
                            std::vector<Diagnostic>& diagnostics);

  /// Whether a vault-relative file path is excluded.
  bool excludes_file(const std::string& path) const;
  /// Whether a vault-relative folder (and so everything in it) is excluded.
  bool excludes_folder(const std::string& path) const;
  /// Whether there are no filters.
  bool empty() const { return prefixes_.empty() && patterns_.empty(); }

 private:
  std::vector<std::string> prefixes_;
  std::vector<std::shared_ptr<const std::regex>> patterns_;
};

}  // namespace notegraph
