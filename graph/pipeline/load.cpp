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

/// Parses `files` on 2+ threads; results are in the order of `files`.
std::vector<ParsedNote> parse_all(const std::vector<const VaultFile*>& files) {
  std::vector<ParsedNote> notes(files.size());
  const unsigned hardware = std::max(2u, std::thread::hardware_concurrency());
  const std::size_t threads = std::min<std::size_t>(std::min(hardware, 8u), files.size());
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < files.size();)
      notes[i] = read_and_parse(*files[i]);
  };
  if (threads <= 1) {
    worker();
    return notes;
  }
  {
    std::vector<std::jthread> pool;
    pool.reserve(threads);
    for (std::size_t t = 0; t < threads; ++t) pool.emplace_back(worker);
  }  // every worker has joined before `notes` is returned
  return notes;
}

}  // namespace

LoadResult load_vault(const LoadOptions& options) {
  ScanResult scan = scan_vault(options.scan);
  std::vector<const VaultFile*> note_files;
  for (const auto& f : scan.files)
    if (f.is_note) note_files.push_back(&f);
  std::vector<ParsedNote> notes = parse_all(note_files);
  LoadResult result = build_graph(scan.files, std::move(notes), options.resolve, options.extract);
  for (auto& d : scan.diagnostics) result.diagnostics.push_back(std::move(d));
  sort_diagnostics(result.diagnostics);
  return result;
}

}  // namespace notegraph
