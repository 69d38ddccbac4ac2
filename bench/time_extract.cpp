// Time of entity extraction on a vault, per extractor and all together, next to the
// time of reading and parsing the notes (what extraction adds to a load).
//
//   time_extract VAULT
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "notegraph/extract/extract.hpp"
#include "notegraph/ingest/parse_note.hpp"
#include "notegraph/ingest/scan.hpp"

namespace fs = std::filesystem;
using namespace notegraph;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: time_extract VAULT\n");
    return 2;
  }
  if (!fs::is_directory(argv[1])) {
    std::printf("%s: absent, skipped\n", argv[1]);
    return 0;
  }
  auto t0 = Clock::now();
  std::clock_t c0 = std::clock();
  ScanOptions so;
  so.root = argv[1];
  std::vector<ParsedNote> notes;
  std::size_t bytes = 0;
  for (const auto& f : scan_vault(so).files)
    if (f.is_note) {
      std::ifstream in(f.absolute, std::ios::binary);
      std::string c((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      bytes += c.size();
      notes.push_back(parse_note(f.path, c));
    }
  auto seconds = [](Clock::time_point a) { return std::chrono::duration<double>(Clock::now() - a).count(); };
  auto cpu = [](std::clock_t a) { return static_cast<double>(std::clock() - a) / CLOCKS_PER_SEC; };
  std::printf("%zu notes, %.1f MB: scan + read + parse %.2f s (cpu %.2f s)\n", notes.size(), bytes / 1e6,
              seconds(t0), cpu(c0));
  auto time = [&](const char* name, std::vector<ExtractorKind> kinds) {
    ExtractOptions o;
    o.extractors = std::move(kinds);
    std::vector<Diagnostic> d;
    auto t = Clock::now();
    std::clock_t c = std::clock();
    auto x = extract_entities(notes, o, d);
    std::size_t spans = 0;
    for (const auto& n : x) spans += n.spans.size();
    std::printf("%-34s %6.2f s (cpu %.2f s)  %zu spans\n", name, seconds(t), cpu(c), spans);
  };
  time("typed-notes", {ExtractorKind::typed_notes});
  time("vault", {ExtractorKind::vault});
  time("rules", {ExtractorKind::rules});
  time("default (typed-notes,vault,rules)", {ExtractorKind::typed_notes, ExtractorKind::vault, ExtractorKind::rules});
  return 0;
}
