// Precision, recall and F1 per entity type over the labeled evaluation set
// (tests/extract/eval/notes: NN-name.md + NN-name.gold.tsv).
//
//   eval_entities [--dir DIR] [--extract LIST] [--errors] [--check]
//
// A predicted mention counts when its type and surface text match a gold mention of
// the same note (multisets: a surface mentioned twice counts twice); a date also needs
// the gold ISO 8601 value. --check exits 1 unless the rules targets of issue 5 hold
// (F1 ≥ 0.80 for person, place, organization; ≥ 0.95 for dates).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "notegraph/extract/extract.hpp"
#include "notegraph/ingest/parse_note.hpp"
#include "notegraph/model/kinds.hpp"

namespace fs = std::filesystem;
using namespace notegraph;

namespace {

struct Counts {
  int gold = 0, predicted = 0, correct = 0;
};

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string item;
  while (std::getline(ss, item, sep)) out.push_back(item);
  return out;
}

double ratio(int a, int b) { return b == 0 ? 0.0 : static_cast<double>(a) / b; }
double f1(const Counts& c) {
  double p = ratio(c.correct, c.predicted), r = ratio(c.correct, c.gold);
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

int usage() {
  std::cerr << "usage: eval_entities [--dir DIR] [--extract LIST] [--errors] [--check]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  fs::path dir = fs::path(NOTEGRAPH_SOURCE_DIR) / "tests/extract/eval/notes";
  ExtractOptions options;
  options.extractors = {ExtractorKind::rules};
  bool errors = false, check = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--dir" && i + 1 < argc) dir = argv[++i];
    else if (a == "--errors") errors = true;
    else if (a == "--check") check = true;
    else if (a == "--extract" && i + 1 < argc) {
      options.extractors.clear();
      for (const auto& name : split(argv[++i], ',')) {
        auto k = parse_name(kExtractorNames, name);
        if (!k) return usage();
        options.extractors.push_back(*k);
      }
    } else if (a == "--extractor" && i + 1 < argc) options.external_command = argv[++i];
    else if (a == "--gazetteer" && i + 1 < argc) options.gazetteers.emplace_back(argv[++i]);
    else return usage();
  }

  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".md") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    std::cerr << "eval_entities: no notes in " << dir << "\n";
    return 1;
  }

  std::vector<ParsedNote> notes;
  std::vector<std::multiset<std::string>> gold(files.size());
  int bad_gold = 0;
  for (std::size_t i = 0; i < files.size(); ++i) {
    notes.push_back(parse_note(files[i].filename().string(), read_file(files[i])));
    std::string prose;
    for (const auto& b : notes.back().blocks) prose += b.text + "\n";
    fs::path g = files[i];
    g.replace_extension(".gold.tsv");
    std::ifstream in(g);
    if (!in) {
      std::cerr << g.string() << ": missing gold file\n";
      return 1;
    }
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
      ++number;
      if (line.empty()) continue;
      auto f = split(line, '\t');
      if (f.size() < 2 || (f[0] == "date" && f.size() < 3)) {
        std::cerr << g.string() << ":" << number << ": expected type<TAB>surface[<TAB>iso]\n";
        ++bad_gold;
        continue;
      }
      if (prose.find(f[1]) == std::string::npos) {
        std::cerr << g.string() << ":" << number << ": \"" << f[1] << "\" is not in the note's prose\n";
        ++bad_gold;
      }
      gold[i].insert(f[0] + "\t" + f[1] + (f[0] == "date" ? "\t" + f[2] : ""));
    }
  }
  if (bad_gold > 0) return 1;

  std::vector<Diagnostic> diagnostics;
  auto start = std::chrono::steady_clock::now();
  auto found = extract_entities(notes, options, diagnostics);
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  for (const auto& d : diagnostics) std::cerr << d.path << ":" << d.line << ": " << d.message << "\n";

  std::map<std::string, Counts> per_type;
  Counts total;
  for (std::size_t i = 0; i < notes.size(); ++i) {
    std::multiset<std::string> predicted;
    for (const auto& s : found[i].spans) {
      if (!s.note.empty() || s.type.empty()) continue;
      const std::string& text = notes[i].blocks[s.block].text;
      std::string surface = text.substr(s.begin, s.end - s.begin);
      predicted.insert(s.type + "\t" + surface + (s.type == "date" ? "\t" + s.name : ""));
    }
    std::multiset<std::string> remaining = gold[i];
    for (const auto& p : predicted) {
      std::string type = p.substr(0, p.find('\t'));
      ++per_type[type].predicted;
      ++total.predicted;
      if (auto it = remaining.find(p); it != remaining.end()) {
        remaining.erase(it);
        ++per_type[type].correct;
        ++total.correct;
      } else if (errors) {
        std::cout << "FP " << files[i].filename().string() << "\t" << p << "\n";
      }
    }
    for (const auto& g : gold[i]) {
      ++per_type[g.substr(0, g.find('\t'))].gold;
      ++total.gold;
    }
    if (errors)
      for (const auto& g : remaining) std::cout << "FN " << files[i].filename().string() << "\t" << g << "\n";
  }

  std::printf("%zu notes, extractors:", notes.size());
  for (auto k : options.extractors) std::printf(" %s", std::string(name_of(kExtractorNames, k)).c_str());
  std::printf(" (%.1f ms)\n", ms);
  std::printf("%-13s %6s %6s %6s %7s %7s %7s\n", "type", "gold", "found", "right", "P", "R", "F1");
  auto row = [](const std::string& name, const Counts& c) {
    std::printf("%-13s %6d %6d %6d %7.3f %7.3f %7.3f\n", name.c_str(), c.gold, c.predicted, c.correct,
                ratio(c.correct, c.predicted), ratio(c.correct, c.gold), f1(c));
  };
  for (const auto& [type, c] : per_type) row(type, c);
  row("all", total);

  if (check) {
    bool ok = true;
    for (const char* t : {"person", "place", "organization"})
      if (f1(per_type[t]) < 0.80) {
        std::cerr << "eval_entities: F1 for " << t << " is below 0.80\n";
        ok = false;
      }
    if (f1(per_type["date"]) < 0.95) {
      std::cerr << "eval_entities: F1 for date is below 0.95\n";
      ok = false;
    }
    return ok ? 0 : 1;
  }
  return 0;
}
