#pragma once
// Internal to graph/pipeline: the index's SQLite database (WAL, one transaction per
// update). One database per vault, in its own folder of the cache directory, next to
// the graph images it names. Every blob is sealed (record.hpp); the store never
// interprets blobs, the update does.
//
//   meta(key, value)             schema, fingerprint, vault, generation, image, image
//                                checksum, corpus, diagnostics
//   files(path, note, size, mtime, trusted, hash,
//         meta, prose, observation, mentions, part)   one row per vault file

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace notegraph::detail {

/// A file as the index last saw it.
struct FileRow {
  std::string path;
  bool note = false;
  std::int64_t size = -1;
  std::int64_t mtime_ns = 0;
  bool trusted = false;    ///< the stamp was old enough when stored to identify the bytes
  std::uint64_t hash = 0;  ///< XXH3 of the contents (notes); 0 for attachments
};

/// The stored blobs of one note (sealed; empty when absent).
struct NoteBlobs {
  std::string meta, prose, observation, mentions, part;
};

/// Which blobs to read.
enum class Blob : unsigned { meta = 1, prose = 2, observation = 4, mentions = 8, part = 16 };
constexpr unsigned operator|(Blob a, Blob b) { return static_cast<unsigned>(a) | static_cast<unsigned>(b); }
constexpr unsigned operator|(unsigned a, Blob b) { return a | static_cast<unsigned>(b); }

class IndexStore {
 public:
  /// Opens or creates the index of the vault at `vault_root` under `cache_dir`. Returns
  /// nullptr with the reason in `error` when the folder cannot be used: it lies inside
  /// the vault, a path in it is a symbolic link, or SQLite refuses it. A database file
  /// that is not one (or is damaged beyond opening) is replaced by a new index; then
  /// the store is returned and `error` says so.
  static std::unique_ptr<IndexStore> open(const std::filesystem::path& cache_dir,
                                          const std::filesystem::path& vault_root, std::string& error);
  /// An index that lives in memory only (--no-cache).
  static std::unique_ptr<IndexStore> in_memory();
  ~IndexStore();

  /// The folder for graph images; empty for an in-memory index.
  const std::filesystem::path& folder() const;

  /// Returns a meta value, or nullopt when absent.
  std::optional<std::string> meta(std::string_view key);
  /// Returns every file row (without blobs).
  std::vector<FileRow> files();
  /// Reads the blobs in `mask` of the note at `path`; false when there is no such row.
  bool read(const std::string& path, unsigned mask, NoteBlobs& out);
  /// Calls `each(path, sealed_blob)` for one blob of every note row, in path order.
  bool scan(Blob blob, const std::function<void(std::string_view, std::string_view)>& each);

  /// Starts the one write transaction of an update (waits for another writer).
  bool begin();
  bool commit();
  void rollback();
  /// Writes (creates or replaces) a file row with its blobs.
  bool put(const FileRow& row, const NoteBlobs& blobs);
  /// Updates a file row's stamp only.
  bool put_stamp(const FileRow& row);
  /// Replaces some blobs of an existing note row.
  bool put_blobs(const std::string& path, unsigned mask, const NoteBlobs& blobs);
  /// Deletes a file row.
  bool remove(const std::string& path);
  /// Deletes every row and meta value (a rebuild).
  bool clear();
  /// Sets a meta value.
  bool set_meta(std::string_view key, std::string_view value);

  struct Impl;

 private:
  explicit IndexStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

/// Returns the default cache folder: $XDG_CACHE_HOME/notegraph, else ~/.cache/notegraph;
/// empty when neither variable is set.
std::filesystem::path default_cache_dir();

}  // namespace notegraph::detail
