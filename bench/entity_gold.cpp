#include "entity_gold.hpp"

#include <openssl/evp.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "notegraph/extract/text.hpp"
#include "notegraph/ingest/parse_note.hpp"
#include "notegraph/model/kinds.hpp"

namespace fs = std::filesystem;

namespace notegraph::bench {
namespace {

constexpr std::string_view kGoldTypes[] = {"person", "place", "organization", "event", "date"};

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i)
    if (i == line.size() || line[i] == '\t') {
      out.push_back(line.substr(start, i - start));
      start = i + 1;
    }
  return out;
}

std::string where(const fs::path& file, int line) {
  return file.string() + ":" + std::to_string(line) + ": ";
}

// Reads one gold file; problems go to `errors`.
std::vector<GoldMention> read_gold(const fs::path& file, LinkLabels links,
                                   std::vector<std::string>& errors) {
  std::vector<GoldMention> out;
  std::ifstream in(file);
  if (!in) {
    errors.push_back(file.string() + ": missing gold file");
    return out;
  }
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    auto f = split_tabs(line);
    GoldMention m;
    m.line = number;
    m.type = f[0];
    if (f.size() > 1) m.surface = f[1];
    if (f.size() > 2) m.value = f[2];
    if (f.size() > 4 || m.surface.empty()) {
      errors.push_back(where(file, number) +
                       "expected type<TAB>surface[<TAB>normalized[<TAB>zone]]");
      continue;
    }
    if (std::find(std::begin(kGoldTypes), std::end(kGoldTypes), m.type) == std::end(kGoldTypes)) {
      errors.push_back(where(file, number) + "unknown type \"" + m.type +
                       "\" (person, place, organization, event, date)");
      continue;
    }
    if (m.type == "date" && m.value.empty()) {
      errors.push_back(where(file, number) + "a date needs its ISO 8601 value in the third column");
      continue;
    }
    if (f.size() == 4) {
      auto zone = parse_name(kTextZoneNames, f[3]);
      if (!zone) {
        errors.push_back(where(file, number) + "zone must be prose or link, not \"" + f[3] + "\"");
        continue;
      }
      if (*zone == TextZone::link && links == LinkLabels::absent) {
        errors.push_back(where(file, number) + "this set does not label link text");
        continue;
      }
      m.zone = *zone;
    }
    out.push_back(std::move(m));
  }
  return out;
}

// Each (surface, zone) may be labeled at most as often as it occurs in the note.
void check_gold(const LabeledNote& n, std::vector<std::string>& errors) {
  std::map<std::pair<std::string, TextZone>, std::vector<int>> labeled;
  for (const auto& g : n.gold) labeled[{g.surface, g.zone}].push_back(g.line);
  for (const auto& [key, lines] : labeled) {
    std::size_t found = 0;
    for (const auto& b : n.note.blocks) found += occurrences(b, key.first, key.second).size();
    if (lines.size() > found) {
      std::string zone(name_of(kTextZoneNames, key.second));
      errors.push_back(where(n.gold_file, lines.back()) + "\"" + key.first + "\" is labeled " +
                       std::to_string(lines.size()) + " times in " + zone + " but occurs " +
                       std::to_string(found) + " times in the " + zone + " text of " +
                       n.file.string());
    }
  }
}

bool word_char_before(std::string_view s, std::size_t at) {
  if (at == 0) return false;
  return text::is_word_char(text::previous_code_point(s, at));
}

bool word_char_after(std::string_view s, std::size_t at) {
  if (at >= s.size()) return false;
  return text::is_word_char(text::next_code_point(s, at));
}

}  // namespace

std::string read_bytes(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &size, EVP_sha256(), nullptr);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < size; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 15];
  }
  return out;
}

TextZone zone_of(const Block& block, std::size_t begin, std::size_t end) {
  for (const auto& l : block.links)
    if (begin < l.end && l.begin < end) return TextZone::link;
  return TextZone::prose;
}

std::vector<Span> occurrences(const Block& block, std::string_view surface, TextZone zone) {
  std::vector<Span> out;
  std::string_view s = block.text;
  if (surface.empty()) return out;
  std::size_t first = 0;
  bool word_start = text::is_word_char(text::next_code_point(surface, first));
  std::size_t last = surface.size();
  bool word_end = text::is_word_char(text::previous_code_point(surface, last));
  for (std::size_t at = s.find(surface); at != std::string_view::npos;
       at = s.find(surface, at + 1)) {
    std::size_t end = at + surface.size();
    if ((word_start && word_char_before(s, at)) || (word_end && word_char_after(s, end))) continue;
    bool inside = std::any_of(block.links.begin(), block.links.end(),
                              [&](const Span& l) { return l.begin <= at && end <= l.end; });
    if (zone == TextZone::link ? inside : zone_of(block, at, end) == TextZone::prose)
      out.push_back({at, end});
  }
  return out;
}

fs::path gold_file_of(const fs::path& gold_root, std::string_view source, std::string_view path) {
  fs::path p = gold_root / fs::path(std::string(source)) / fs::path(std::string(path));
  p.replace_extension(".gold.tsv");
  return p;
}

SetLoad load_written_set(const fs::path& dir, std::string name) {
  SetLoad r;
  r.set.name = std::move(name);
  r.set.link_labels = LinkLabels::absent;
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".md") files.push_back(it->path());
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    r.errors.push_back(dir.string() + ": no notes");
    return r;
  }
  for (const auto& f : files) {
    LabeledNote n;
    n.path = f.filename().string();
    n.file = f;
    n.gold_file = fs::path(f).replace_extension(".gold.tsv");
    n.note = parse_note(n.path, read_bytes(f));
    n.gold = read_gold(n.gold_file, r.set.link_labels, r.errors);
    check_gold(n, r.errors);
    r.set.notes.push_back(std::move(n));
  }
  r.status = r.errors.empty() ? LoadStatus::loaded : LoadStatus::failed;
  return r;
}

SetLoad load_real_set(const fs::path& manifest, const fs::path& gold_root, const fs::path& corpora,
                      std::string_view set, std::string name) {
  SetLoad r;
  r.set.name = std::move(name);
  r.set.link_labels = LinkLabels::present;
  if (!fs::is_directory(corpora)) {
    r.status = LoadStatus::corpora_absent;
    return r;
  }
  std::ifstream in(manifest);
  if (!in) {
    r.errors.push_back(manifest.string() + ": cannot read the manifest");
    return r;
  }
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    auto f = split_tabs(line);
    if (f.size() != 4 || (f[0] != "dev" && f[0] != "test") || f[3].size() != 64) {
      r.errors.push_back(where(manifest, number) +
                         "expected set(dev|test)<TAB>source<TAB>path<TAB>sha256");
      continue;
    }
    if (f[0] != set) continue;
    LabeledNote n;
    n.source = f[1];
    n.path = f[2];
    n.file = corpora / fs::path(n.source) / fs::path(n.path);
    n.gold_file = gold_file_of(gold_root, n.source, n.path);
    if (!fs::is_regular_file(n.file)) {
      r.errors.push_back(where(manifest, number) + n.file.string() +
                         " is missing from the corpora");
      continue;
    }
    std::string bytes = read_bytes(n.file);
    std::string hash = sha256_hex(bytes);
    if (hash != f[3]) {
      r.errors.push_back(
          where(manifest, number) + n.file.string() + " has SHA-256 " + hash +
          ", the manifest says " + f[3] +
          ": the corpus note changed since it was labeled (relabel it, or restore the corpus)");
      continue;
    }
    n.note = parse_note(n.path, bytes);
    n.gold = read_gold(n.gold_file, r.set.link_labels, r.errors);
    check_gold(n, r.errors);
    r.set.notes.push_back(std::move(n));
  }
  if (r.set.notes.empty() && r.errors.empty())
    r.errors.push_back(manifest.string() + ": no notes in set \"" + std::string(set) + "\"");
  r.status = r.errors.empty() ? LoadStatus::loaded : LoadStatus::failed;
  return r;
}

}  // namespace notegraph::bench
