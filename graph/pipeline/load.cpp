// load_vault: scan → read → parse (in parallel) → resolve → extract → build.
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>
#include <utility>

#include "notegraph/ingest/parse_note.hpp"
#include "notegraph/pipeline/load.hpp"

#include "cache.hpp"

namespace notegraph {
namespace {

/// Reads a whole file; nullopt (with the cause in `error`) when it cannot be read.
std::optional<std::string> read_file(const std::filesystem::path& path, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    error = "read error";
    return std::nullopt;
  }
  return std::move(buffer).str();
}

std::string stem_of(std::string_view path) {
  auto slash = path.rfind('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  auto dot = name.rfind('.');
  return std::string(dot == std::string_view::npos || dot == 0 ? name : name.substr(0, dot));
}

/// Reads and parses one note. A file that cannot be read is still a note (links to it
/// resolve), with no content and a diagnostic.
ParsedNote read_and_parse(const VaultFile& file) {
  std::string error;
  auto content = read_file(file.absolute, error);
  if (!content) {
    ParsedNote note;
    note.path = file.path;
    note.title = stem_of(file.path);
    note.diagnostics.push_back({file.path, 0, "cannot read file: " + error});
    return note;
  }
  try {
    return parse_note(file.path, *content);
  } catch (const std::exception& e) {
    // parse_note promises not to throw for bad input; keep the vault going if it does.
    ParsedNote note;
    note.path = file.path;
    note.title = stem_of(file.path);
    note.diagnostics.push_back({file.path, 0, std::string("cannot parse note: ") + e.what()});
    return note;
  }
}

/// The parse stage's output: notes in the order of the files, and how many came from
/// the cache.
struct Parsed {
  std::vector<ParsedNote> notes;
  std::size_t from_cache = 0;
};

/// Parses `files` on 2+ threads (taking what the cache holds for unchanged files);
/// results are in the order of `files`.
Parsed parse_all(const std::vector<const VaultFile*>& files, detail::ParseCache* cache) {
  const std::size_t n = files.size();
  Parsed out;
  out.notes.resize(n);
  std::vector<detail::ParseCache::Row> fresh(cache ? n : 0);
  std::vector<char> cached(n, 0);
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < n;) {
      const VaultFile& file = *files[i];
      if (!cache) {
        out.notes[i] = read_and_parse(file);
        continue;
      }
      // The stamp is taken before reading, so a file changed meanwhile gets a new key.
      const detail::FileStamp stamp = detail::stamp_of(file.absolute);
      if (const std::string* bytes = cache->find(file.path, stamp)) {
        if (auto note = detail::deserialize(*bytes); note && note->path == file.path) {
          out.notes[i] = std::move(*note);
          cached[i] = 1;
          continue;
        }
      }
      out.notes[i] = read_and_parse(file);
      fresh[i] = {file.path, stamp, detail::serialize(out.notes[i])};
    }
  };
  const unsigned hardware = std::max(2u, std::thread::hardware_concurrency());
  const std::size_t threads = std::min<std::size_t>(std::min(hardware, 8u), n);
  if (threads <= 1) {
    worker();
  } else {
    std::vector<std::jthread> pool;
    pool.reserve(threads);
    for (std::size_t t = 0; t < threads; ++t) pool.emplace_back(worker);
  }  // every worker has joined here
  out.from_cache = static_cast<std::size_t>(std::count(cached.begin(), cached.end(), 1));
  if (cache) {
    std::vector<detail::ParseCache::Row> rows;
    for (std::size_t i = 0; i < n; ++i)
      if (!cached[i]) rows.push_back(std::move(fresh[i]));
    std::vector<std::string> present;
    present.reserve(n);
    for (const VaultFile* f : files) present.push_back(f->path);
    cache->update(rows, present);
  }
  return out;
}

}  // namespace

LoadResult load_vault(const LoadOptions& options) {
  ScanResult scan = scan_vault(options.scan);
  std::vector<const VaultFile*> note_files;
  for (const auto& f : scan.files)
    if (f.is_note) note_files.push_back(&f);
  std::unique_ptr<detail::ParseCache> cache;
  if (options.cache == CacheMode::use)
    cache = detail::ParseCache::open(
        options.cache_dir.empty() ? detail::default_cache_dir() : options.cache_dir,
        options.scan.root);
  Parsed parsed = parse_all(note_files, cache.get());
  LoadResult result =
      build_graph(scan.files, std::move(parsed.notes), options.resolve, options.extract);
  result.stats.cached_notes = parsed.from_cache;
  for (auto& d : scan.diagnostics) result.diagnostics.push_back(std::move(d));
  sort_diagnostics(result.diagnostics);
  return result;
}

}  // namespace notegraph
