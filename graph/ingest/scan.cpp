// Vault scanning (SPEC 2): a depth-first walk that lists files, skips hidden entries and
// --exclude globs, follows symbolic links only when asked (inside the vault, no loops),
// and returns the files sorted by the byte order of their vault-relative path.
#include "notegraph/ingest/scan.hpp"

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <string_view>
#include <system_error>
#include <utility>

#include "notegraph/text/path.hpp"

namespace notegraph {
namespace fs = std::filesystem;
namespace {

/// Splits "a/b/c" into {"a", "b", "c"}, dropping empty segments.
std::vector<std::string_view> split_segments(std::string_view path) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    if (slash > start) out.push_back(path.substr(start, slash - start));
    start = slash + 1;
  }
  return out;
}

/// Length of the UTF-8 sequence that starts with byte `c` (1 for invalid bytes).
std::size_t utf8_length(unsigned char c) {
  if (c >= 0xF0 && c < 0xF8) return 4;
  if (c >= 0xE0) return c < 0xF0 ? 3 : 1;
  if (c >= 0xC0) return 2;
  return 1;
}

/// Matches one path segment against one glob segment: `*` any run, `?` one character.
bool match_segment(std::string_view pattern, std::string_view text) {
  std::size_t p = 0, t = 0;
  std::size_t star_p = std::string_view::npos, star_t = 0;
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      while (p < pattern.size() && pattern[p] == '*') ++p;
      star_p = p;
      star_t = t;
    } else if (p < pattern.size() && pattern[p] == '?') {
      ++p;
      t += std::min(utf8_length(static_cast<unsigned char>(text[t])), text.size() - t);
    } else if (p < pattern.size() && pattern[p] == text[t]) {
      ++p;
      ++t;
    } else if (star_p != std::string_view::npos) {
      p = star_p;
      star_t += utf8_length(static_cast<unsigned char>(text[star_t]));
      t = std::min(star_t, text.size());
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

/// Matches path segments against glob segments, where a `**` segment spans any number
/// (zero included) of path segments.
bool match_segments(const std::vector<std::string_view>& pattern, std::size_t pi,
                    const std::vector<std::string_view>& path, std::size_t si) {
  if (pi == pattern.size()) return si == path.size();
  if (pattern[pi] == "**") {
    for (std::size_t k = si; k <= path.size(); ++k)
      if (match_segments(pattern, pi + 1, path, k)) return true;
    return false;
  }
  if (si == path.size()) return false;
  return match_segment(pattern[pi], path[si]) && match_segments(pattern, pi + 1, path, si + 1);
}

enum class EntryType { file, folder };

/// One --exclude glob. Without a '/' it matches an entry's name at any depth (as in
/// .gitignore: `*.png`, `drafts`); with one it matches the whole vault-relative path
/// (`archive/**/*.pdf`). A trailing '/' matches folders only.
class Glob {
 public:
  explicit Glob(std::string_view text) {
    while (text.starts_with("./")) text.remove_prefix(2);
    if (text.ends_with('/')) folders_only_ = true;
    anchored_ = text.substr(0, text.size() - (folders_only_ ? 1 : 0)).find('/') !=
                std::string_view::npos;
    if (text.starts_with('/')) anchored_ = true;
    storage_ = std::string(text);
    segments_ = split_segments(storage_);
  }
  Glob(const Glob&) = delete;
  Glob& operator=(const Glob&) = delete;

  bool matches(const std::vector<std::string_view>& path, EntryType type) const {
    if (segments_.empty() || path.empty()) return false;
    if (folders_only_ && type != EntryType::folder) return false;
    if (anchored_) return match_segments(segments_, 0, path, 0);
    std::vector<std::string_view> name{path.back()};
    return match_segments(segments_, 0, name, 0);
  }

 private:
  std::string storage_;
  std::vector<std::string_view> segments_;
  bool anchored_ = false;
  bool folders_only_ = false;
};

bool is_markdown(std::string_view name) {
  if (name.size() < 3) return false;
  std::string_view ext = name.substr(name.size() - 3);
  return ext[0] == '.' && (ext[1] == 'm' || ext[1] == 'M') && (ext[2] == 'd' || ext[2] == 'D');
}

using text::is_within;

class Walker {
 public:
  explicit Walker(const ScanOptions& options) : options_(options) {
    for (const auto& e : options.excludes) globs_.push_back(std::make_unique<Glob>(e));
  }

  ScanResult run() {
    std::error_code ec;
    if (!fs::is_directory(options_.root, ec))
      throw std::runtime_error("vault root is not a directory: " + options_.root.string());
    fs::path canonical = fs::canonical(options_.root, ec);
    if (ec)
      throw std::runtime_error("cannot read vault root " + options_.root.string() + ": " +
                               ec.message());
    root_canonical_ = canonical;
    std::vector<fs::path> ancestors{canonical};
    // The root itself must be listable; a failure there is fatal, deeper ones are not.
    fs::directory_iterator probe(options_.root, ec);
    if (ec)
      throw std::runtime_error("cannot read vault root " + options_.root.string() + ": " +
                               ec.message());
    if (options_.obsidian == ObsidianConfig::use)
      ignore_ = IgnoreFilters::read(options_.root, result_.diagnostics);
    walk(options_.root, "", ancestors);
    std::sort(result_.files.begin(), result_.files.end(),
              [](const VaultFile& a, const VaultFile& b) { return a.path < b.path; });
    return std::move(result_);
  }

 private:
  bool excluded(const std::string& rel, EntryType type) const {
    if (type == EntryType::file ? ignore_.excludes_file(rel) : ignore_.excludes_folder(rel))
      return true;
    if (globs_.empty()) return false;
    auto segments = split_segments(rel);
    return std::any_of(globs_.begin(), globs_.end(),
                       [&](const auto& g) { return g->matches(segments, type); });
  }

  void diagnose(const std::string& rel, std::string message) {
    result_.diagnostics.push_back({rel, 0, std::move(message)});
  }

  void walk(const fs::path& dir, const std::string& rel_dir, std::vector<fs::path>& ancestors) {
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
      diagnose(rel_dir, "cannot read folder: " + ec.message());
      return;
    }
    std::vector<fs::directory_entry> entries;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) break;
      entries.push_back(*it);
    }
    if (ec) diagnose(rel_dir, "cannot list folder completely: " + ec.message());
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
      return a.path().filename().string() < b.path().filename().string();
    });
    for (const auto& entry : entries) visit(entry, rel_dir, ancestors);
  }

  void visit(const fs::directory_entry& entry, const std::string& rel_dir,
             std::vector<fs::path>& ancestors) {
    const std::string name = entry.path().filename().string();
    if (name.empty() || name.front() == '.') return;  // hidden: .obsidian, .git, .trash, dot files
    const std::string rel = rel_dir.empty() ? name : rel_dir + "/" + name;

    std::error_code ec;
    fs::file_status link_status = entry.symlink_status(ec);
    if (ec) {
      diagnose(rel, "cannot read entry: " + ec.message());
      return;
    }
    fs::path canonical;
    if (fs::is_symlink(link_status)) {
      if (options_.symlinks != SymlinkPolicy::follow_inside_vault) return;
      canonical = fs::canonical(entry.path(), ec);
      if (ec) {
        diagnose(rel, "broken symbolic link skipped");
        return;
      }
      if (!is_within(canonical, root_canonical_)) {
        diagnose(rel, "symbolic link to outside the vault skipped");
        return;
      }
    }
    fs::file_status status = entry.status(ec);
    if (ec) {
      diagnose(rel, "cannot read entry: " + ec.message());
      return;
    }
    if (fs::is_directory(status)) {
      if (excluded(rel, EntryType::folder)) return;
      if (canonical.empty()) canonical = fs::canonical(entry.path(), ec);
      if (ec) {
        diagnose(rel, "cannot read folder: " + ec.message());
        return;
      }
      // A folder that is its own ancestor (through a link) would be walked forever.
      if (std::find(ancestors.begin(), ancestors.end(), canonical) != ancestors.end()) {
        diagnose(rel, "symbolic link loop skipped");
        return;
      }
      ancestors.push_back(canonical);
      walk(entry.path(), rel, ancestors);
      ancestors.pop_back();
    } else if (fs::is_regular_file(status)) {
      if (excluded(rel, EntryType::file)) return;
      result_.files.push_back({rel, entry.path(), is_markdown(name)});
    }
    // Sockets, FIFOs and devices are not vault content.
  }

  const ScanOptions& options_;
  std::vector<std::unique_ptr<Glob>> globs_;
  IgnoreFilters ignore_;  ///< Obsidian's Excluded files
  fs::path root_canonical_;
  ScanResult result_;
};

}  // namespace

ScanResult scan_vault(const ScanOptions& options) { return Walker(options).run(); }

}  // namespace notegraph
