#pragma once
// The parse cache (SPEC 2): per-file ParsedNote values in an SQLite database outside
// the vault, keyed by vault root + path, file size, modification time and the parser
// version. Private to graph/pipeline; load_vault is its only user.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "notegraph/ingest/parsed_note.hpp"
#include "notegraph/ingest/scan.hpp"

namespace notegraph::detail {

/// What identifies one version of a file's bytes without reading them.
struct FileStamp {
  std::int64_t size = -1;
  std::int64_t mtime_ns = 0;
  bool settled = false;  ///< old enough (mtime well before now) to be trusted as a key
};

/// Returns the stamp of `path`, or a stamp with size -1 when it cannot be read.
FileStamp stamp_of(const std::filesystem::path& path);

/// Serializes a ParsedNote to bytes (a versioned binary layout).
std::string serialize(const ParsedNote& note);

/// Reads bytes written by serialize; nullopt when they are corrupt or of another layout.
std::optional<ParsedNote> deserialize(std::string_view bytes);

/// Returns the default cache folder: $XDG_CACHE_HOME/notegraph, else ~/.cache/notegraph;
/// empty when neither variable is set.
std::filesystem::path default_cache_dir();

/// One vault's rows of the cache database. Every failure (no folder, locked or corrupt
/// database) turns the cache into a no-op: loading then parses everything, silently.
class ParseCache {
 public:
  /// Opens the cache in `dir` for the vault at `vault_root` and reads its rows; returns
  /// nullptr when the cache cannot be used (or `dir` lies inside the vault).
  static std::unique_ptr<ParseCache> open(const std::filesystem::path& dir,
                                          const std::filesystem::path& vault_root);
  ~ParseCache();

  /// Returns the cached bytes of `path` when they were stored for this exact stamp and
  /// parser version; nullptr otherwise. Safe to call from several threads at once.
  const std::string* find(const std::string& path, const FileStamp& stamp) const;

  /// Stores fresh rows (path, stamp, bytes) and drops rows of files no longer in
  /// `present`, in one transaction. Errors are ignored: the cache is only a cache.
  struct Row {
    std::string path;
    FileStamp stamp;
    std::string bytes;
  };
  void update(const std::vector<Row>& fresh, const std::vector<std::string>& present);

 private:
  struct Impl;
  explicit ParseCache(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace notegraph::detail
