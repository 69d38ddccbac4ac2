// notegraph_bench: one process per measurement, timed from outside by bench/run.sh
// (hyperfine), plus an in-process stage breakdown.
//
//   notegraph_bench floor  VAULT [--threads N]   read every note + cmark_parse_document
//   notegraph_bench load   VAULT [--extract on|off] [--cache DIR | --no-cache]
//                          (on: the default extractors, as `notegraph stats`; off: none)
//   notegraph_bench stages VAULT [--runs N]      scan / read+parse / build, median ms
//
// The floor is what any tool must pay to read the same notes and build a CommonMark
// tree of each (cmark is the parser notegraph uses); it walks the folder the same way
// (dot-folders skipped) and uses as many threads as load_vault does, so
// notegraph / floor is the price of everything notegraph does on top of parsing.
#include <cmark.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "notegraph/ingest/parse_note.hpp"
#include "notegraph/ingest/scan.hpp"
#include "notegraph/pipeline/load.hpp"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

struct Args {
  std::string mode;
  fs::path vault;
  unsigned threads = 0;  // 0: the same count load_vault uses
  bool extract = true;
  bool no_cache = true;
  fs::path cache_dir;
  int runs = 5;
};

[[noreturn]] void usage() {
  std::cerr << "usage: notegraph_bench floor|load|stages VAULT [--threads N] [--extract on|off]\n"
               "                       [--cache DIR | --no-cache] [--runs N]\n";
  std::exit(2);
}

Args parse_args(int argc, char** argv) {
  if (argc < 3) usage();
  Args a;
  a.mode = argv[1];
  a.vault = argv[2];
  for (int i = 3; i < argc; ++i) {
    std::string opt = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) usage();
      return argv[++i];
    };
    if (opt == "--threads") a.threads = static_cast<unsigned>(std::stoul(value()));
    else if (opt == "--extract") a.extract = value() == "on";
    else if (opt == "--cache") { a.cache_dir = value(); a.no_cache = false; }
    else if (opt == "--no-cache") a.no_cache = true;
    else if (opt == "--runs") a.runs = std::stoi(value());
    else usage();
  }
  return a;
}

/// The thread count load_vault uses (graph/pipeline/load.cpp), so the floor is comparable.
unsigned pipeline_threads() { return std::min(std::max(2u, std::thread::hardware_concurrency()), 8u); }

/// Every `*.md` below root, dot-folders skipped (as notegraph's scan does).
std::vector<fs::path> markdown_files(const fs::path& root) {
  std::vector<fs::path> files;
  for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator(); ++it) {
    const auto name = it->path().filename().string();
    if (it->is_directory() && !name.empty() && name[0] == '.') {
      it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file() && it->path().extension() == ".md") files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return std::move(buffer).str();
}

struct NodeFree {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};

int run_floor(const Args& a) {
  const auto start = Clock::now();
  const auto files = markdown_files(a.vault);
  const unsigned threads = std::max(1u, a.threads ? a.threads : pipeline_threads());
  std::atomic<std::size_t> next{0}, bytes{0}, blocks{0};
  auto worker = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < files.size();) {
      const std::string text = slurp(files[i]);
      bytes += text.size();
      std::unique_ptr<cmark_node, NodeFree> doc(
          cmark_parse_document(text.data(), text.size(), CMARK_OPT_DEFAULT));
      // Touch the tree so the parse cannot be optimised away: count top-level blocks.
      std::size_t n = 0;
      for (cmark_node* c = cmark_node_first_child(doc.get()); c; c = cmark_node_next(c)) ++n;
      blocks += n;
    }
  };
  {
    std::vector<std::jthread> pool;
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
  }
  const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  std::printf("{\"mode\":\"floor\",\"threads\":%u,\"notes\":%zu,\"bytes\":%zu,\"blocks\":%zu,\"ms\":%.1f}\n",
              threads, files.size(), bytes.load(), blocks.load(), ms);
  return 0;
}

notegraph::LoadOptions load_options(const Args& a) {
  notegraph::LoadOptions o;
  o.scan.root = a.vault;
  if (!a.extract) o.extract.extractors.clear();
  o.cache = a.no_cache ? notegraph::CacheMode::off : notegraph::CacheMode::use;
  o.cache_dir = a.cache_dir;
  return o;
}

int run_load(const Args& a) {
  const auto start = Clock::now();
  const notegraph::LoadResult r = notegraph::load_vault(load_options(a));
  const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  std::printf(
      "{\"mode\":\"load\",\"extract\":%s,\"cache\":%s,\"notes\":%zu,\"nodes\":%zu,\"edges\":%zu,"
      "\"links\":%zu,\"resolved\":%zu,\"unresolved\":%zu,\"parsed\":%zu,\"diagnostics\":%zu,"
      "\"ms\":%.1f}\n",
      a.extract ? "true" : "false", a.no_cache ? "false" : "true", r.stats.notes, r.graph.node_count(),
      r.graph.edge_count(), r.stats.links, r.stats.resolved_links, r.stats.unresolved_links,
      r.index.parsed, r.diagnostics.size(), ms);
  return 0;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

/// Single-threaded stage breakdown, to see where the time goes.
int run_stages(const Args& a) {
  std::vector<double> scan_ms, read_ms, parse_ms, build_ms;
  std::size_t notes = 0, nodes = 0, edges = 0;
  for (int run = 0; run < a.runs; ++run) {
    auto t0 = Clock::now();
    notegraph::ScanOptions so;
    so.root = a.vault;
    notegraph::ScanResult scan = notegraph::scan_vault(so);
    auto t1 = Clock::now();
    std::vector<std::pair<std::string, std::string>> texts;
    for (const auto& f : scan.files)
      if (f.is_note) texts.emplace_back(f.path, slurp(f.absolute));
    auto t2 = Clock::now();
    std::vector<notegraph::ParsedNote> parsed;
    parsed.reserve(texts.size());
    for (const auto& [path, text] : texts) parsed.push_back(notegraph::parse_note(path, text));
    auto t3 = Clock::now();
    notegraph::ExtractOptions extract;
    if (!a.extract) extract.extractors.clear();
    notegraph::LoadResult r = notegraph::build_graph(scan.files, std::move(parsed), {}, extract);
    auto t4 = Clock::now();
    auto ms = [](auto d) { return std::chrono::duration<double, std::milli>(d).count(); };
    scan_ms.push_back(ms(t1 - t0));
    read_ms.push_back(ms(t2 - t1));
    parse_ms.push_back(ms(t3 - t2));
    build_ms.push_back(ms(t4 - t3));
    notes = texts.size();
    nodes = r.graph.node_count();
    edges = r.graph.edge_count();
  }
  std::printf(
      "{\"mode\":\"stages\",\"extract\":%s,\"runs\":%d,\"notes\":%zu,\"nodes\":%zu,\"edges\":%zu,"
      "\"scan_ms\":%.1f,\"read_ms\":%.1f,\"parse_ms\":%.1f,\"resolve_build_ms\":%.1f}\n",
      a.extract ? "true" : "false", a.runs, notes, nodes, edges, median(scan_ms), median(read_ms),
      median(parse_ms), median(build_ms));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const Args a = parse_args(argc, argv);
  try {
    if (a.mode == "floor") return run_floor(a);
    if (a.mode == "load") return run_load(a);
    if (a.mode == "stages") return run_stages(a);
  } catch (const std::exception& e) {
    std::cerr << "notegraph_bench: " << e.what() << "\n";
    return 1;
  }
  usage();
}
