#include "notegraph/extract/gazetteer.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <boost/tokenizer.hpp>

#include <algorithm>
#include <fstream>
#include <numeric>
#include <sstream>

#include "notegraph/extract/text.hpp"

namespace notegraph {
namespace {

bool overlaps_link(const Block& block, std::size_t begin, std::size_t end) {
  for (const auto& s : block.links)
    if (begin < s.end && s.begin < end) return true;
  return false;
}

int line_of_offset(std::string_view content, std::size_t offset) {
  offset = std::min(offset, content.size());
  return 1 + static_cast<int>(std::count(content.begin(), content.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

std::vector<std::string> split_aliases(std::string_view s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == '|' || s[i] == ';') {
      std::string a = text::collapse_space(s.substr(start, i - start));
      if (!a.empty()) out.push_back(std::move(a));
      start = i + 1;
    }
  }
  return out;
}

// A tag names a type when it, or its last '/' segment, is a type word.
std::string type_of_tag(std::string_view tag) {
  auto slash = tag.rfind('/');
  std::string last = text::fold(slash == std::string_view::npos ? tag : tag.substr(slash + 1));
  static constexpr std::string_view kTypeTags[] = {
      "person", "people", "place", "location", "organization", "organisation", "org",
      "company", "event"};
  for (auto t : kTypeTags)
    if (last == t) return normalize_entity_type(last);
  return {};
}

}  // namespace

std::vector<GazetteerEntry> parse_gazetteer_json(std::string_view content, std::string_view path,
                                                 std::vector<Diagnostic>& diagnostics) {
  std::vector<GazetteerEntry> out;
  rapidjson::Document doc;
  doc.Parse(content.data(), content.size());
  if (doc.HasParseError()) {
    diagnostics.push_back({std::string(path), line_of_offset(content, doc.GetErrorOffset()),
                           std::string("invalid gazetteer JSON: ") +
                               rapidjson::GetParseError_En(doc.GetParseError())});
    return out;
  }
  const rapidjson::Value* list = &doc;
  if (doc.IsObject() && doc.HasMember("entities")) list = &doc["entities"];
  if (!list->IsArray()) {
    diagnostics.push_back({std::string(path), 1,
                           "gazetteer JSON must be an array of entries or {\"entities\": [...]}"});
    return out;
  }
  std::size_t index = 0;
  for (const auto& v : list->GetArray()) {
    ++index;
    auto bad = [&](const std::string& why) {
      diagnostics.push_back(
          {std::string(path), 0, "gazetteer entry " + std::to_string(index) + ": " + why});
    };
    if (!v.IsObject()) {
      bad("not an object");
      continue;
    }
    auto str = [&](const char* key) -> std::string {
      auto it = v.FindMember(key);
      if (it == v.MemberEnd() || !it->value.IsString()) return {};
      return std::string(it->value.GetString(), it->value.GetStringLength());
    };
    GazetteerEntry e;
    e.name = text::collapse_space(str("name"));
    e.type = normalize_entity_type(str("type"));
    e.same_as = str("sameAs");
    if (e.same_as.empty()) e.same_as = str("same_as");
    if (auto it = v.FindMember("aliases"); it != v.MemberEnd()) {
      if (it->value.IsArray()) {
        for (const auto& a : it->value.GetArray())
          if (a.IsString()) {
            std::string s = text::collapse_space(std::string_view(a.GetString(), a.GetStringLength()));
            if (!s.empty()) e.aliases.push_back(std::move(s));
          }
      } else if (it->value.IsString()) {
        e.aliases = split_aliases(std::string_view(it->value.GetString(), it->value.GetStringLength()));
      }
    }
    if (e.name.empty()) {
      bad("no \"name\"");
      continue;
    }
    if (e.type.empty()) {
      bad("\"" + e.name + "\" has no \"type\"");
      continue;
    }
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<GazetteerEntry> parse_gazetteer_csv(std::string_view content, std::string_view path,
                                                std::vector<Diagnostic>& diagnostics) {
  std::vector<GazetteerEntry> out;
  using Tokenizer = boost::tokenizer<boost::escaped_list_separator<char>>;
  // Quotes as RFC 4180; no backslash escapes (a Windows path or regex stays as written).
  boost::escaped_list_separator<char> sep(std::string(1, '\0'), ",", "\"");
  int columns[4] = {0, 1, 2, 3};  // name, type, aliases, sameAs
  std::istringstream in{std::string(content)};
  std::string line;
  int number = 0;
  bool first = true;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    if (text::collapse_space(line).empty() || line[0] == '#') continue;
    std::vector<std::string> cells;
    try {
      Tokenizer tok(line, sep);
      for (auto& c : tok) cells.push_back(text::collapse_space(c));
    } catch (const boost::escaped_list_error& e) {
      diagnostics.push_back({std::string(path), number, std::string("bad CSV row: ") + e.what()});
      continue;
    }
    if (first) {
      first = false;
      std::vector<std::string> folded;
      for (auto& c : cells) folded.push_back(text::fold(c));
      if (std::find(folded.begin(), folded.end(), "name") != folded.end()) {
        static constexpr std::string_view kNames[4] = {"name", "type", "aliases", "sameas"};
        for (int k = 0; k < 4; ++k) {
          columns[k] = -1;
          for (std::size_t i = 0; i < folded.size(); ++i)
            if (folded[i] == kNames[k] || (k == 3 && folded[i] == "same_as"))
              columns[k] = static_cast<int>(i);
        }
        continue;
      }
    }
    auto cell = [&](int k) -> std::string {
      int c = columns[k];
      return c >= 0 && static_cast<std::size_t>(c) < cells.size() ? cells[static_cast<std::size_t>(c)] : "";
    };
    GazetteerEntry e;
    e.name = cell(0);
    e.type = normalize_entity_type(cell(1));
    e.aliases = split_aliases(cell(2));
    e.same_as = cell(3);
    if (e.name.empty() || e.type.empty()) {
      diagnostics.push_back({std::string(path), number, "gazetteer row needs a name and a type"});
      continue;
    }
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<GazetteerEntry> load_gazetteer(const std::filesystem::path& file,
                                           std::vector<Diagnostic>& diagnostics) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    diagnostics.push_back({file.generic_string(), 0, "cannot read gazetteer file"});
    return {};
  }
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::string ext = text::fold(file.extension().string());
  std::size_t first = content.find_first_not_of(" \t\r\n");
  bool json = ext == ".json" ||
              (ext != ".csv" && first != std::string::npos && (content[first] == '[' || content[first] == '{'));
  return json ? parse_gazetteer_json(content, file.generic_string(), diagnostics)
              : parse_gazetteer_csv(content, file.generic_string(), diagnostics);
}

std::vector<std::string> VaultNames::names_of(const NoteNames& n) {
  std::vector<std::string> out;
  auto add = [&](std::string_view name) {
    // One-letter names would match every "a" and "I"; Obsidian shows them, we do not.
    std::size_t pos = 0, letters = 0;
    while (pos < name.size() && letters < 2)
      if (text::is_word_char(text::next_code_point(name, pos))) ++letters;
    if (letters >= 2) out.emplace_back(name);
  };
  add(n.title);
  std::string stem = std::filesystem::path(n.path).stem().string();
  if (stem != n.title) add(stem);
  for (const auto& a : n.aliases) add(a);
  return out;
}

VaultNames::VaultNames(std::vector<NoteNames> notes) : notes_(std::move(notes)) {
  // Where two notes share a name, the shorter path wins, then byte order (SPEC 2.2):
  // NameMatcher keeps a name's first payload.
  std::vector<std::size_t> order(notes_.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto& pa = notes_[a].path;
    const auto& pb = notes_[b].path;
    return pa.size() != pb.size() ? pa.size() < pb.size() : pa < pb;
  });
  for (std::size_t i : order)
    for (const auto& name : names_of(notes_[i]))
      matcher_.add(name, static_cast<std::uint32_t>(i), MatchCase::insensitive);
  matcher_.build();
}

std::vector<EntitySpan> VaultNames::find(const ParsedNote& n) const {
  std::vector<EntitySpan> out;
  if (matcher_.size() == 0) return out;
  for (std::size_t b = 0; b < n.blocks.size(); ++b) {
    const Block& block = n.blocks[b];
    std::vector<NameMatcher::Match> found;
    for (const auto& m : matcher_.find_all(block.text))
      if (notes_[m.value].path != n.path && !overlaps_link(block, m.begin, m.end)) found.push_back(m);
    for (const auto& m : leftmost_longest(found)) {
      const NoteNames& target = notes_[m.value];
      EntitySpan s;
      s.block = b;
      s.begin = m.begin;
      s.end = m.end;
      s.name = target.title;
      s.note = target.path;
      s.source = ExtractorKind::vault;
      out.push_back(std::move(s));
    }
  }
  return out;
}

UserGazetteer::UserGazetteer(std::vector<GazetteerEntry> entries) : entries_(std::move(entries)) {
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const auto value = static_cast<std::uint32_t>(i);
    matcher_.add(entries_[i].name, value, MatchCase::proper);
    for (const auto& a : entries_[i].aliases) matcher_.add(a, value, MatchCase::proper);
  }
  matcher_.build();
}

void UserGazetteer::observe(std::span<const ParsedNote* const> notes, std::span<NoteObservation> out,
                            std::vector<Diagnostic>&) const {
  if (matcher_.size() == 0) return;
  for (std::size_t i = 0; i < notes.size(); ++i) {
    const ParsedNote& n = *notes[i];
    for (std::size_t b = 0; b < n.blocks.size(); ++b) {
      const Block& block = n.blocks[b];
      std::vector<NameMatcher::Match> found;
      for (const auto& m : matcher_.find_all(block.text))
        if (!overlaps_link(block, m.begin, m.end)) found.push_back(m);
      for (const auto& m : leftmost_longest(found)) {
        const GazetteerEntry& e = entries_[m.value];
        EntitySpan s;
        s.block = b;
        s.begin = m.begin;
        s.end = m.end;
        s.type = e.type;
        s.name = e.name;
        s.same_as = e.same_as;
        s.aliases = e.aliases;
        s.source = ExtractorKind::gazetteer;
        out[i].spans.push_back(std::move(s));
      }
    }
  }
}

void TypedNotes::observe(std::span<const ParsedNote* const> notes, std::span<NoteObservation> out,
                         std::vector<Diagnostic>&) const {
  for (std::size_t i = 0; i < notes.size(); ++i) {
    std::string type = normalize_entity_type(notes[i]->entity_type);
    for (std::size_t t = 0; type.empty() && t < notes[i]->tags.size(); ++t)
      type = type_of_tag(notes[i]->tags[t].tag);
    if (!type.empty()) out[i].note_type = std::move(type);
  }
}

}  // namespace notegraph
