// Unlinked-mention recall of the vault gazetteer on a real vault: every wikilink whose
// target names an existing note (title, file stem or alias) is turned into plain text
// (`[[T|alias]]` → `T`), and we count how many of those texts the vault gazetteer
// finds again as a mention of that same note on that line.
//
//   eval_unlinked VAULT [VAULT…]      (skips a vault that does not exist)
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <numeric>
#include <optional>
#include <algorithm>
#include <regex>
#include <string>
#include <tuple>
#include <vector>

#include "notegraph/extract/gazetteer.hpp"
#include "notegraph/extract/text.hpp"
#include "notegraph/ingest/parse_note.hpp"
#include "notegraph/ingest/scan.hpp"

namespace fs = std::filesystem;
using namespace notegraph;

namespace {

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string stem_of(const std::string& path) { return fs::path(path).stem().string(); }

int run(const fs::path& root) {
  ScanOptions so;
  so.root = root;
  auto scan = scan_vault(so);
  std::vector<ParsedNote> originals;
  std::vector<std::string> contents;
  for (const auto& f : scan.files)
    if (f.is_note) {
      contents.push_back(read_file(f.absolute));
      originals.push_back(parse_note(f.path, contents.back()));
    }
  // name → note, as the vault gazetteer decides it (shorter path first, then bytes)
  std::vector<std::size_t> order(originals.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto& pa = originals[a].path;
    const auto& pb = originals[b].path;
    return pa.size() != pb.size() ? pa.size() < pb.size() : pa < pb;
  });
  std::map<std::string, std::size_t> names;
  for (std::size_t i : order) {
    names.emplace(text::fold(text::collapse_space(originals[i].title)), i);
    names.emplace(text::fold(stem_of(originals[i].path)), i);
    for (const auto& a : originals[i].aliases) names.emplace(text::fold(text::collapse_space(a)), i);
  }
  auto target_of = [&](const std::string& target) -> std::optional<std::size_t> {
    std::string t = target;
    if (t.size() > 3 && t.substr(t.size() - 3) == ".md") t.resize(t.size() - 3);
    auto it = names.find(text::fold(text::collapse_space(t)));
    if (it == names.end()) return std::nullopt;
    return it->second;
  };

  // Expected: (note, line, target note) for every prose wikilink to an existing note
  // other than the note itself; the modified notes have those links as plain text.
  std::map<std::tuple<std::size_t, int, std::size_t>, int> expected;
  std::vector<ParsedNote> modified;
  static const std::regex kLink(R"((!?)\[\[([^\]\|#\n]+)(#[^\]\|\n]*)?(\\?\|[^\]\n]*)?\]\])");
  for (std::size_t i = 0; i < originals.size(); ++i) {
    std::map<int, bool> link_lines;
    for (const auto& l : originals[i].links)
      if (l.form == LinkForm::wikilink && !l.embed && l.relation.empty() && l.line > 0) {
        auto t = target_of(l.target);
        if (!t || *t == i) continue;
        ++expected[{i, l.line, *t}];
        link_lines[l.line] = true;
      }
    std::string out;
    std::size_t pos = 0;
    int line = 1;
    const std::string& c = contents[i];
    while (pos <= c.size()) {
      std::size_t end = c.find('\n', pos);
      if (end == std::string::npos) end = c.size();
      std::string l = c.substr(pos, end - pos);
      if (link_lines.count(line)) {
        std::string replaced;
        auto begin = std::sregex_iterator(l.begin(), l.end(), kLink);
        std::size_t last = 0;
        for (auto it = begin; it != std::sregex_iterator(); ++it) {
          const auto& m = *it;
          replaced += l.substr(last, static_cast<std::size_t>(m.position()) - last);
          auto t = m[1].length() == 0 ? target_of(m[2].str()) : std::nullopt;
          replaced += (t && *t != i) ? text::collapse_space(m[2].str()) : m.str();
          last = static_cast<std::size_t>(m.position() + m.length());
        }
        l = replaced + l.substr(last);
      }
      out += l;
      if (end < c.size()) out += '\n';
      pos = end + 1;
      ++line;
    }
    modified.push_back(parse_note(originals[i].path, out));
  }

  std::vector<NoteExtraction> found(modified.size());
  auto start = std::chrono::steady_clock::now();
  std::vector<NoteNames> vault_names;
  for (const auto& n : modified) vault_names.push_back({n.path, n.title, n.aliases});
  const VaultNames vault(std::move(vault_names));
  for (std::size_t i = 0; i < modified.size(); ++i) found[i].spans = vault.find(modified[i]);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::map<std::string, std::size_t> index_of;
  for (std::size_t i = 0; i < modified.size(); ++i) index_of[modified[i].path] = i;
  std::map<std::tuple<std::size_t, int, std::size_t>, int> got;
  for (std::size_t i = 0; i < modified.size(); ++i)
    for (const auto& s : found[i].spans)
      ++got[{i, modified[i].blocks[s.block].line_at(s.begin), index_of[s.note]}];
  long total = 0, hit = 0;
  for (const auto& [key, n] : expected) {
    total += n;
    auto it = got.find(key);
    hit += std::min(n, it == got.end() ? 0 : it->second);
  }
  std::printf("%s: %zu notes, %ld links to existing notes as plain text, %ld found again: recall %.4f (gazetteer %.2f s)\n",
              root.string().c_str(), modified.size(), total, hit,
              total ? static_cast<double>(hit) / static_cast<double>(total) : 0.0, seconds);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: eval_unlinked VAULT [VAULT…]\n";
    return 2;
  }
  for (int i = 1; i < argc; ++i) {
    if (!fs::is_directory(argv[i])) {
      std::printf("%s: absent, skipped\n", argv[i]);
      continue;
    }
    run(argv[i]);
  }
  return 0;
}
