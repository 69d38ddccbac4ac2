// The SQLite parse cache. One table, one row per (vault root, note path); the value is
// the ParsedNote in a small versioned binary layout. The key includes the parser
// version, taken as the identity of the running executable (size + mtime), so a rebuilt
// notegraph never reuses results of an older parser.
#include "cache.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

namespace notegraph::detail {
namespace fs = std::filesystem;
namespace {

constexpr char kMagic[4] = {'N', 'G', 'P', 'C'};
constexpr std::uint32_t kLayout = 2;

// serialize() writes every field by hand; a field added to these structs must be added
// there too (and kLayout bumped). These asserts make such a change fail to build here.
#if defined(__GLIBCXX__) && __SIZEOF_POINTER__ == 8
static_assert(sizeof(ParsedNote) == 296, "ParsedNote changed: update cache.cpp serialize/deserialize");
static_assert(sizeof(LinkRef) == 184, "LinkRef changed: update cache.cpp serialize/deserialize");
static_assert(sizeof(UrlRef) == 112, "UrlRef changed: update cache.cpp serialize/deserialize");
static_assert(sizeof(TagRef) == 40, "TagRef changed: update cache.cpp serialize/deserialize");
static_assert(sizeof(Block) == 136, "Block changed: update cache.cpp serialize/deserialize");
static_assert(sizeof(Property) == 72, "Property changed: update cache.cpp serialize/deserialize");
static_assert(sizeof(Diagnostic) == 72, "Diagnostic changed: update cache.cpp serialize/deserialize");
#endif

class Out {
 public:
  explicit Out(std::string& buffer) : b_(buffer) {}
  void u32(std::uint32_t v) { raw(&v, sizeof v); }
  void i32(int v) { raw(&v, sizeof v); }
  void u64(std::uint64_t v) { raw(&v, sizeof v); }
  void flag(bool v) { b_.push_back(v ? 1 : 0); }
  void str(std::string_view s) {
    u32(static_cast<std::uint32_t>(s.size()));
    b_.append(s);
  }
  void opt(const std::optional<int>& v) {
    flag(v.has_value());
    if (v) i32(*v);
  }
  void strings(const std::vector<std::string>& list) {
    u32(static_cast<std::uint32_t>(list.size()));
    for (const auto& s : list) str(s);
  }
  template <typename T, typename F>
  void list(const std::vector<T>& items, F each) {
    u32(static_cast<std::uint32_t>(items.size()));
    for (const auto& item : items) each(item);
  }

 private:
  void raw(const void* p, std::size_t n) { b_.append(static_cast<const char*>(p), n); }
  std::string& b_;
};

struct Corrupt : std::runtime_error {
  Corrupt() : std::runtime_error("corrupt cache entry") {}
};

class In {
 public:
  explicit In(std::string_view bytes) : s_(bytes) {}
  std::uint32_t u32() { return fixed<std::uint32_t>(); }
  int i32() { return fixed<int>(); }
  std::uint64_t u64() { return fixed<std::uint64_t>(); }
  bool flag() { return take(1)[0] != 0; }
  std::string str() {
    const std::uint32_t n = u32();
    return std::string(take(n));
  }
  std::optional<int> opt() {
    if (!flag()) return std::nullopt;
    return i32();
  }
  std::vector<std::string> strings() {
    std::vector<std::string> out(count());
    for (auto& s : out) s = str();
    return out;
  }
  template <typename T, typename F>
  std::vector<T> list(F each) {
    std::vector<T> out(count());
    for (auto& item : out) each(item);
    return out;
  }
  bool done() const { return pos_ == s_.size(); }

 private:
  /// An element count, bounded by the bytes left (every element takes at least one).
  std::size_t count() {
    const std::uint32_t n = u32();
    if (n > s_.size() - pos_) throw Corrupt();
    return n;
  }
  template <typename T>
  T fixed() {
    T v;
    std::memcpy(&v, take(sizeof v).data(), sizeof v);
    return v;
  }
  std::string_view take(std::size_t n) {
    if (n > s_.size() - pos_) throw Corrupt();
    std::string_view out = s_.substr(pos_, n);
    pos_ += n;
    return out;
  }
  std::string_view s_;
  std::size_t pos_ = 0;
};

/// The running executable's size and mtime: changes whenever notegraph is rebuilt.
std::string parser_version() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  std::string version = "layout " + std::to_string(kLayout);
  if (ec) return version + "; exe unknown";
  const auto size = fs::file_size(exe, ec);
  const auto mtime = fs::last_write_time(exe, ec).time_since_epoch().count();
  return version + "; exe " + exe.string() + " " + std::to_string(size) + " " +
         std::to_string(mtime);
}

bool is_within(const fs::path& inner, const fs::path& outer) {
  auto [o, i] = std::mismatch(outer.begin(), outer.end(), inner.begin(), inner.end());
  return o == outer.end();
}

struct DbClose {
  void operator()(sqlite3* db) const { sqlite3_close(db); }
};
struct StmtFinalize {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Db = std::unique_ptr<sqlite3, DbClose>;
using Stmt = std::unique_ptr<sqlite3_stmt, StmtFinalize>;

Stmt prepare(sqlite3* db, const char* sql) {
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK) return nullptr;
  return Stmt(s);
}

bool exec(sqlite3* db, const char* sql) {
  return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

void bind_text(sqlite3_stmt* s, int i, std::string_view text) {
  sqlite3_bind_text(s, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

}  // namespace

FileStamp stamp_of(const fs::path& path) {
  FileStamp st;
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) return st;
  const auto mtime = fs::last_write_time(path, ec);
  if (ec) return st;
  st.size = static_cast<std::int64_t>(size);
  st.mtime_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(mtime.time_since_epoch()).count();
  // A file written within the last seconds may be rewritten within the same mtime tick
  // with the same size; such a stamp does not identify its bytes, so it is not stored.
  st.settled = fs::file_time_type::clock::now() - mtime > std::chrono::seconds(2);
  return st;
}

std::string serialize(const ParsedNote& n) {
  std::string buffer;
  buffer.reserve(1024);
  Out o(buffer);
  buffer.append(kMagic, sizeof kMagic);
  o.u32(kLayout);
  o.str(n.path);
  o.str(n.title);
  o.strings(n.aliases);
  o.str(n.entity_type);
  o.str(n.video_id);
  o.list(n.properties, [&](const Property& p) {
    o.str(p.key);
    std::string value;
    encode_value(p.value, value);
    o.str(value);
  });
  o.list(n.links, [&](const LinkRef& l) {
    o.u32(static_cast<std::uint32_t>(l.form));
    o.str(l.target);
    o.str(l.anchor);
    o.str(l.alias);
    o.flag(l.embed);
    o.str(l.relation);
    o.i32(l.line);
    o.strings(l.heading_path);
    o.opt(l.second);
  });
  o.list(n.urls, [&](const UrlRef& u) {
    o.str(u.url);
    o.str(u.video_id);
    o.opt(u.url_second);
    o.i32(u.line);
    o.strings(u.heading_path);
    o.opt(u.second);
  });
  o.list(n.tags, [&](const TagRef& t) {
    o.str(t.tag);
    o.i32(t.line);
  });
  o.list(n.blocks, [&](const Block& b) {
    o.str(b.text);
    o.i32(b.line);
    o.list(b.line_starts, [&](std::size_t s) { o.u64(s); });
    o.strings(b.heading_path);
    o.list(b.links, [&](const Span& s) {
      o.u64(s.begin);
      o.u64(s.end);
    });
    o.list(b.anchors, [&](const Anchor& a) {
      o.u64(a.offset);
      o.i32(a.second);
    });
  });
  o.list(n.diagnostics, [&](const Diagnostic& d) {
    o.str(d.path);
    o.i32(d.line);
    o.str(d.message);
  });
  return buffer;
}

std::optional<ParsedNote> deserialize(std::string_view bytes) {
  if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
    return std::nullopt;
  try {
    In in(bytes.substr(sizeof kMagic));
    if (in.u32() != kLayout) return std::nullopt;
    ParsedNote n;
    n.path = in.str();
    n.title = in.str();
    n.aliases = in.strings();
    n.entity_type = in.str();
    n.video_id = in.str();
    n.properties = in.list<Property>([&](Property& p) {
      p.key = in.str();
      const std::string bytes = in.str();
      std::string_view rest = bytes;
      p.value = decode_value(rest);
      if (rest.size() != 0) throw Corrupt();
    });
    n.links = in.list<LinkRef>([&](LinkRef& l) {
      const std::uint32_t form = in.u32();
      if (form > static_cast<std::uint32_t>(LinkForm::dataview)) throw Corrupt();
      l.form = static_cast<LinkForm>(form);
      l.target = in.str();
      l.anchor = in.str();
      l.alias = in.str();
      l.embed = in.flag();
      l.relation = in.str();
      l.line = in.i32();
      l.heading_path = in.strings();
      l.second = in.opt();
    });
    n.urls = in.list<UrlRef>([&](UrlRef& u) {
      u.url = in.str();
      u.video_id = in.str();
      u.url_second = in.opt();
      u.line = in.i32();
      u.heading_path = in.strings();
      u.second = in.opt();
    });
    n.tags = in.list<TagRef>([&](TagRef& t) {
      t.tag = in.str();
      t.line = in.i32();
    });
    n.blocks = in.list<Block>([&](Block& b) {
      b.text = in.str();
      b.line = in.i32();
      b.line_starts = in.list<std::size_t>([&](std::size_t& s) { s = in.u64(); });
      b.heading_path = in.strings();
      b.links = in.list<Span>([&](Span& s) {
        s.begin = in.u64();
        s.end = in.u64();
      });
      b.anchors = in.list<Anchor>([&](Anchor& a) {
        a.offset = in.u64();
        a.second = in.i32();
      });
    });
    n.diagnostics = in.list<Diagnostic>([&](Diagnostic& d) {
      d.path = in.str();
      d.line = in.i32();
      d.message = in.str();
    });
    if (!in.done()) return std::nullopt;
    return n;
  } catch (const Corrupt&) {
    return std::nullopt;
  }
}

fs::path default_cache_dir() {
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
    return fs::path(xdg) / "notegraph";
  if (const char* home = std::getenv("HOME"); home && *home)
    return fs::path(home) / ".cache" / "notegraph";
  return {};
}

struct ParseCache::Impl {
  struct Cached {
    std::int64_t size = 0;
    std::int64_t mtime_ns = 0;
    std::string bytes;
  };
  Db db;
  std::string root;
  std::string version;
  std::unordered_map<std::string, Cached> rows;  // lookups only; never iterated into output
  std::vector<std::string> stored_paths;         // every row of this root, any version
};

ParseCache::ParseCache(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ParseCache::~ParseCache() = default;

std::unique_ptr<ParseCache> ParseCache::open(const fs::path& dir, const fs::path& vault_root) {
  if (dir.empty()) return nullptr;
  std::error_code ec;
  const fs::path root = fs::canonical(vault_root, ec);
  if (ec) return nullptr;
  fs::path folder = fs::weakly_canonical(fs::absolute(dir, ec), ec);
  if (ec || is_within(folder, root)) return nullptr;  // never write inside the vault
  fs::create_directories(folder, ec);
  if (ec) return nullptr;

  sqlite3* raw = nullptr;
  const fs::path file = folder / "parse-cache.sqlite3";
  const int rc = sqlite3_open_v2(file.c_str(), &raw,
                                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                 nullptr);
  Db db(raw);
  if (rc != SQLITE_OK) return nullptr;
  sqlite3_busy_timeout(db.get(), 2000);
  if (!exec(db.get(), "PRAGMA journal_mode=WAL") || !exec(db.get(), "PRAGMA synchronous=NORMAL") ||
      !exec(db.get(),
            "CREATE TABLE IF NOT EXISTS parsed ("
            " root TEXT NOT NULL, path TEXT NOT NULL, size INTEGER NOT NULL,"
            " mtime INTEGER NOT NULL, version TEXT NOT NULL, data BLOB NOT NULL,"
            " PRIMARY KEY (root, path))"))
    return nullptr;

  auto impl = std::make_unique<Impl>();
  impl->root = root.string();
  impl->version = parser_version();
  Stmt select = prepare(db.get(), "SELECT path, size, mtime, version, data FROM parsed WHERE root = ?");
  if (!select) return nullptr;
  bind_text(select.get(), 1, impl->root);
  int step;
  while ((step = sqlite3_step(select.get())) == SQLITE_ROW) {
    auto text = [&](int col) {
      const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(select.get(), col));
      return std::string(p ? p : "", static_cast<std::size_t>(sqlite3_column_bytes(select.get(), col)));
    };
    std::string path = text(0);
    impl->stored_paths.push_back(path);
    if (text(3) != impl->version) continue;
    Impl::Cached c;
    c.size = sqlite3_column_int64(select.get(), 1);
    c.mtime_ns = sqlite3_column_int64(select.get(), 2);
    const void* blob = sqlite3_column_blob(select.get(), 4);
    c.bytes.assign(static_cast<const char*>(blob),
                   static_cast<std::size_t>(sqlite3_column_bytes(select.get(), 4)));
    impl->rows.emplace(std::move(path), std::move(c));
  }
  if (step != SQLITE_DONE) return nullptr;
  select.reset();
  impl->db = std::move(db);
  return std::unique_ptr<ParseCache>(new ParseCache(std::move(impl)));
}

const std::string* ParseCache::find(const std::string& path, const FileStamp& stamp) const {
  if (stamp.size < 0) return nullptr;
  auto it = impl_->rows.find(path);
  if (it == impl_->rows.end()) return nullptr;
  const auto& c = it->second;
  return c.size == stamp.size && c.mtime_ns == stamp.mtime_ns ? &c.bytes : nullptr;
}

void ParseCache::update(const std::vector<Row>& fresh, const std::vector<std::string>& present) {
  sqlite3* db = impl_->db.get();
  const std::unordered_set<std::string_view> live(present.begin(), present.end());
  std::vector<std::string_view> stale;
  for (const auto& p : impl_->stored_paths)
    if (!live.count(p)) stale.push_back(p);
  bool any_fresh = false;
  for (const auto& row : fresh) any_fresh = any_fresh || (row.stamp.settled && row.stamp.size >= 0);
  if (!any_fresh && stale.empty()) return;

  if (!exec(db, "BEGIN IMMEDIATE")) return;
  Stmt insert = prepare(db,
                        "INSERT OR REPLACE INTO parsed (root, path, size, mtime, version, data)"
                        " VALUES (?, ?, ?, ?, ?, ?)");
  Stmt remove = prepare(db, "DELETE FROM parsed WHERE root = ? AND path = ?");
  bool ok = insert && remove;
  for (const auto& row : fresh) {
    if (!ok) break;
    if (!row.stamp.settled || row.stamp.size < 0) continue;
    sqlite3_reset(insert.get());
    bind_text(insert.get(), 1, impl_->root);
    bind_text(insert.get(), 2, row.path);
    sqlite3_bind_int64(insert.get(), 3, row.stamp.size);
    sqlite3_bind_int64(insert.get(), 4, row.stamp.mtime_ns);
    bind_text(insert.get(), 5, impl_->version);
    sqlite3_bind_blob(insert.get(), 6, row.bytes.data(), static_cast<int>(row.bytes.size()),
                      SQLITE_STATIC);
    ok = sqlite3_step(insert.get()) == SQLITE_DONE;
  }
  for (const auto& path : stale) {
    if (!ok) break;
    sqlite3_reset(remove.get());
    bind_text(remove.get(), 1, impl_->root);
    bind_text(remove.get(), 2, path);
    ok = sqlite3_step(remove.get()) == SQLITE_DONE;
  }
  insert.reset();
  remove.reset();
  exec(db, ok ? "COMMIT" : "ROLLBACK");
  // A large write leaves a write-ahead log as big as the rows; fold it back and truncate.
  if (ok) exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");
}

}  // namespace notegraph::detail
