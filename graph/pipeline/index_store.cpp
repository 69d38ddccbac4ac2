#include "index_store.hpp"

#include <sqlite3.h>
#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>
#include <map>

#include "notegraph/text/path.hpp"
#include "record.hpp"

namespace fs = std::filesystem;

namespace notegraph::detail {
namespace {

/// How long an update waits for another notegraph's write lock (NOTEGRAPH_INDEX_WAIT_MS
/// overrides it, for tests).
int busy_milliseconds() {
  if (const char* ms = std::getenv("NOTEGRAPH_INDEX_WAIT_MS"); ms && *ms) return std::atoi(ms);
  return 10000;
}

struct DbClose {
  void operator()(sqlite3* db) const { sqlite3_close(db); }
};
struct StmtFinalize {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Db = std::unique_ptr<sqlite3, DbClose>;
using Stmt = std::unique_ptr<sqlite3_stmt, StmtFinalize>;

using text::is_within;

bool is_link(const fs::path& p) {
  struct stat st {};
  return ::lstat(p.c_str(), &st) == 0 && S_ISLNK(st.st_mode);
}

void bind_text(sqlite3_stmt* s, int i, std::string_view text) {
  sqlite3_bind_text(s, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

void bind_blob(sqlite3_stmt* s, int i, std::string_view bytes) {
  if (bytes.empty())
    sqlite3_bind_null(s, i);
  else
    sqlite3_bind_blob(s, i, bytes.data(), static_cast<int>(bytes.size()), SQLITE_STATIC);
}

std::string_view column_bytes(sqlite3_stmt* s, int col) {
  const void* p = sqlite3_column_blob(s, col);
  return {static_cast<const char*>(p), p ? static_cast<std::size_t>(sqlite3_column_bytes(s, col)) : 0};
}

std::string_view column_text(sqlite3_stmt* s, int col) {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s, col));
  return {p ? p : "", static_cast<std::size_t>(sqlite3_column_bytes(s, col))};
}

constexpr const char* kBlobColumns[] = {"meta", "prose", "observation", "mentions", "part"};

}  // namespace

struct IndexStore::Impl {
  Db db;
  fs::path folder;
  Stmt get_meta, set_meta, all_files, put_row, put_stamp, remove_row;
  std::map<unsigned, Stmt> reads, writes;  ///< by blob mask

  bool exec(const char* sql) { return sqlite3_exec(db.get(), sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
  Stmt prepare(const std::string& sql) {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db.get(), sql.c_str(), -1, &s, nullptr) != SQLITE_OK) return nullptr;
    return Stmt(s);
  }
  bool init() {
    sqlite3_busy_timeout(db.get(), busy_milliseconds());
    if (!exec("PRAGMA journal_mode=WAL") || !exec("PRAGMA synchronous=NORMAL") ||
        !exec("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID") ||
        !exec("CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, note INTEGER NOT NULL,"
              " size INTEGER NOT NULL, mtime INTEGER NOT NULL, trusted INTEGER NOT NULL,"
              " hash INTEGER NOT NULL, meta BLOB, prose BLOB, observation BLOB, mentions BLOB,"
              " part BLOB)"))
      return false;
    get_meta = prepare("SELECT value FROM meta WHERE key = ?");
    set_meta = prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
    all_files = prepare("SELECT path, note, size, mtime, trusted, hash FROM files ORDER BY path");
    put_row = prepare(
        "INSERT OR REPLACE INTO files (path, note, size, mtime, trusted, hash, meta, prose,"
        " observation, mentions, part) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    put_stamp = prepare("UPDATE files SET size = ?, mtime = ?, trusted = ?, hash = ? WHERE path = ?");
    remove_row = prepare("DELETE FROM files WHERE path = ?");
    return get_meta && set_meta && all_files && put_row && put_stamp && remove_row;
  }
};

IndexStore::IndexStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
IndexStore::~IndexStore() = default;

std::unique_ptr<IndexStore> IndexStore::open(const fs::path& cache_dir, const fs::path& vault_root,
                                             std::string& error) {
  std::error_code ec;
  const fs::path root = fs::canonical(vault_root, ec);
  if (ec) {
    error = "cannot resolve the vault folder: " + ec.message();
    return nullptr;
  }
  if (cache_dir.empty()) {
    error = "no cache folder ($XDG_CACHE_HOME and $HOME are unset; use --cache DIR)";
    return nullptr;
  }
  char name[32];
  std::snprintf(name, sizeof name, "%016llx",
                static_cast<unsigned long long>(hash64(root.generic_string())));
  const fs::path folder = fs::absolute(cache_dir, ec) / "vaults" / name;
  fs::create_directories(folder, ec);
  if (ec) {
    error = "cannot create " + folder.string() + ": " + ec.message();
    return nullptr;
  }
  const fs::path real = fs::canonical(folder, ec);
  if (ec || is_within(real, root)) {
    error = "the cache folder " + folder.string() + " lies inside the vault; notegraph never writes there";
    return nullptr;
  }
  const fs::path file = real / "index.sqlite3";
  for (const char* suffix : {"", "-wal", "-shm", "-journal"})
    if (is_link(fs::path(file.string() + suffix))) {
      error = file.string() + suffix + " is a symbolic link; refused";
      return nullptr;
    }
  auto attempt = [&](std::string& why) -> std::unique_ptr<Impl> {
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(
        file.c_str(), &raw,
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_NOFOLLOW, nullptr);
    auto impl = std::make_unique<Impl>();
    impl->db.reset(raw);
    impl->folder = real;
    if (rc == SQLITE_OK && impl->init()) return impl;
    why = raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
    return nullptr;
  };
  std::string why;
  auto impl = attempt(why);
  if (!impl && why.find("locked") == std::string::npos && why.find("busy") == std::string::npos) {
    // Not a database (or a damaged one): it is only an index, so start a new one.
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(fs::path(file.string() + suffix), ec);
    if (auto fresh = attempt(why)) {
      error = "the index at " + file.string() + " could not be read and was started anew";
      return std::unique_ptr<IndexStore>(new IndexStore(std::move(fresh)));
    }
  }
  if (!impl) {
    error = "cannot open " + file.string() + ": " + why;
    return nullptr;
  }
  return std::unique_ptr<IndexStore>(new IndexStore(std::move(impl)));
}

std::unique_ptr<IndexStore> IndexStore::in_memory() {
  sqlite3* raw = nullptr;
  sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                  nullptr);
  auto impl = std::make_unique<Impl>();
  impl->db.reset(raw);
  if (!raw || !impl->init()) return nullptr;
  return std::unique_ptr<IndexStore>(new IndexStore(std::move(impl)));
}

const fs::path& IndexStore::folder() const { return impl_->folder; }

std::optional<std::string> IndexStore::meta(std::string_view key) {
  sqlite3_stmt* s = impl_->get_meta.get();
  sqlite3_reset(s);
  bind_text(s, 1, key);
  if (sqlite3_step(s) != SQLITE_ROW) return std::nullopt;
  return std::string(column_bytes(s, 0));
}

std::vector<FileRow> IndexStore::files() {
  std::vector<FileRow> out;
  sqlite3_stmt* s = impl_->all_files.get();
  sqlite3_reset(s);
  while (sqlite3_step(s) == SQLITE_ROW) {
    FileRow r;
    r.path = std::string(column_text(s, 0));
    r.note = sqlite3_column_int(s, 1) != 0;
    r.size = sqlite3_column_int64(s, 2);
    r.mtime_ns = sqlite3_column_int64(s, 3);
    r.trusted = sqlite3_column_int(s, 4) != 0;
    r.hash = static_cast<std::uint64_t>(sqlite3_column_int64(s, 5));
    out.push_back(std::move(r));
  }
  return out;
}

bool IndexStore::read(const std::string& path, unsigned mask, NoteBlobs& out) {
  Stmt& s = impl_->reads[mask];
  if (!s) {
    std::string sql = "SELECT path";
    for (unsigned bit = 0; bit < 5; ++bit)
      if (mask & (1u << bit)) sql += std::string(", ") + kBlobColumns[bit];
    sql += " FROM files WHERE path = ?";
    s = impl_->prepare(sql);
    if (!s) return false;
  }
  sqlite3_reset(s.get());
  bind_text(s.get(), 1, path);
  if (sqlite3_step(s.get()) != SQLITE_ROW) return false;
  std::string* fields[] = {&out.meta, &out.prose, &out.observation, &out.mentions, &out.part};
  int col = 1;
  for (unsigned bit = 0; bit < 5; ++bit)
    if (mask & (1u << bit)) *fields[bit] = std::string(column_bytes(s.get(), col++));
  return true;
}

bool IndexStore::scan(Blob blob, const std::function<void(std::string_view, std::string_view)>& each) {
  unsigned bit = 0;
  while ((1u << bit) != static_cast<unsigned>(blob)) ++bit;
  Stmt s = impl_->prepare(std::string("SELECT path, ") + kBlobColumns[bit] +
                          " FROM files WHERE note = 1 ORDER BY path");
  if (!s) return false;
  int rc;
  while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) each(column_text(s.get(), 0), column_bytes(s.get(), 1));
  return rc == SQLITE_DONE;
}

bool IndexStore::begin() { return impl_->exec("BEGIN IMMEDIATE"); }
bool IndexStore::commit() { return impl_->exec("COMMIT"); }
void IndexStore::rollback() { impl_->exec("ROLLBACK"); }

bool IndexStore::put(const FileRow& r, const NoteBlobs& b) {
  sqlite3_stmt* s = impl_->put_row.get();
  sqlite3_reset(s);
  bind_text(s, 1, r.path);
  sqlite3_bind_int(s, 2, r.note ? 1 : 0);
  sqlite3_bind_int64(s, 3, r.size);
  sqlite3_bind_int64(s, 4, r.mtime_ns);
  sqlite3_bind_int(s, 5, r.trusted ? 1 : 0);
  sqlite3_bind_int64(s, 6, static_cast<std::int64_t>(r.hash));
  bind_blob(s, 7, b.meta);
  bind_blob(s, 8, b.prose);
  bind_blob(s, 9, b.observation);
  bind_blob(s, 10, b.mentions);
  bind_blob(s, 11, b.part);
  return sqlite3_step(s) == SQLITE_DONE;
}

bool IndexStore::put_stamp(const FileRow& r) {
  sqlite3_stmt* s = impl_->put_stamp.get();
  sqlite3_reset(s);
  sqlite3_bind_int64(s, 1, r.size);
  sqlite3_bind_int64(s, 2, r.mtime_ns);
  sqlite3_bind_int(s, 3, r.trusted ? 1 : 0);
  sqlite3_bind_int64(s, 4, static_cast<std::int64_t>(r.hash));
  bind_text(s, 5, r.path);
  return sqlite3_step(s) == SQLITE_DONE;
}

bool IndexStore::put_blobs(const std::string& path, unsigned mask, const NoteBlobs& b) {
  const std::string* fields[] = {&b.meta, &b.prose, &b.observation, &b.mentions, &b.part};
  if ((mask & 31u) == 0) return true;
  Stmt& s = impl_->writes[mask];
  if (!s) {
    std::string sql = "UPDATE files SET ";
    bool first = true;
    for (unsigned bit = 0; bit < 5; ++bit)
      if (mask & (1u << bit)) {
        sql += std::string(first ? "" : ", ") + kBlobColumns[bit] + " = ?";
        first = false;
      }
    sql += " WHERE path = ?";
    s = impl_->prepare(sql);
    if (!s) return false;
  }
  sqlite3_reset(s.get());
  int col = 1;
  for (unsigned bit = 0; bit < 5; ++bit)
    if (mask & (1u << bit)) bind_blob(s.get(), col++, *fields[bit]);
  bind_text(s.get(), col, path);
  return sqlite3_step(s.get()) == SQLITE_DONE;
}

bool IndexStore::remove(const std::string& path) {
  sqlite3_stmt* s = impl_->remove_row.get();
  sqlite3_reset(s);
  bind_text(s, 1, path);
  return sqlite3_step(s) == SQLITE_DONE;
}

bool IndexStore::clear() { return impl_->exec("DELETE FROM files") && impl_->exec("DELETE FROM meta"); }

bool IndexStore::set_meta(std::string_view key, std::string_view value) {
  sqlite3_stmt* s = impl_->set_meta.get();
  sqlite3_reset(s);
  bind_text(s, 1, key);
  sqlite3_bind_blob(s, 2, value.empty() ? "" : value.data(), static_cast<int>(value.size()),
                    SQLITE_STATIC);
  return sqlite3_step(s) == SQLITE_DONE;
}

fs::path default_cache_dir() {
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return fs::path(xdg) / "notegraph";
  if (const char* home = std::getenv("HOME"); home && *home) return fs::path(home) / ".cache" / "notegraph";
  return {};
}

}  // namespace notegraph::detail
