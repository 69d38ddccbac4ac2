#include "notegraph/extract/extract.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "notegraph/extract/external.hpp"
#include "notegraph/extract/gazetteer.hpp"
#include "notegraph/extract/rules.hpp"
#include "notegraph/extract/text.hpp"

namespace notegraph {
namespace {

int priority(ExtractorKind k) {
  switch (k) {
    case ExtractorKind::gazetteer: return 0;
    case ExtractorKind::external: return 1;
    case ExtractorKind::rules: return 2;
    default: return 3;
  }
}

bool single_word(std::string_view name) { return name.find(' ') == std::string_view::npos; }

std::string last_word(std::string_view name) {
  auto p = name.rfind(' ');
  return text::fold(p == std::string_view::npos ? name : name.substr(p + 1));
}

// Keeps, per block, entity spans that overlap no span of a more trusted extractor or
// an earlier, longer one of the same.
void resolve_overlaps(NoteExtraction& x) {
  std::vector<EntitySpan> mentions, entities;
  for (auto& s : x.spans) (s.note.empty() ? entities : mentions).push_back(std::move(s));
  std::stable_sort(entities.begin(), entities.end(), [](const EntitySpan& a, const EntitySpan& b) {
    if (priority(a.source) != priority(b.source)) return priority(a.source) < priority(b.source);
    if (a.block != b.block) return a.block < b.block;
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.end > b.end;
  });
  std::vector<EntitySpan> kept;
  for (auto& s : entities) {
    bool clash = std::any_of(kept.begin(), kept.end(), [&](const EntitySpan& k) {
      return k.block == s.block && s.begin < k.end && k.begin < s.end;
    });
    if (!clash) kept.push_back(std::move(s));
  }
  // A surname alone takes the full name seen in the same note (one full name only).
  std::map<std::string, std::string> full;
  std::map<std::string, int> seen;
  for (const auto& s : kept)
    if (s.type == "person" && !single_word(s.name)) {
      std::string w = last_word(s.name);
      if (full.emplace(w, s.name).second || entity_key(full[w]) != entity_key(s.name)) ++seen[w];
    }
  for (auto& s : kept)
    if (s.type == "person" && single_word(s.name)) {
      std::string w = text::fold(s.name);
      if (auto it = full.find(w); it != full.end() && seen[w] == 1) s.name = it->second;
    }
  x.spans = std::move(mentions);
  x.spans.insert(x.spans.end(), std::make_move_iterator(kept.begin()), std::make_move_iterator(kept.end()));
  std::sort(x.spans.begin(), x.spans.end(), [](const EntitySpan& a, const EntitySpan& b) {
    return std::tie(a.block, a.begin, a.end, a.note, a.type) < std::tie(b.block, b.begin, b.end, b.note, b.type);
  });
}

}  // namespace

bool ExtractOptions::enabled(ExtractorKind kind) const {
  return std::find(extractors.begin(), extractors.end(), kind) != extractors.end();
}

std::string normalize_entity_type(std::string_view type) {
  std::string t = text::fold(text::collapse_space(type));
  if (t.empty()) return t;
  bool letter = false;
  for (std::size_t i = 0; i < t.size() && !letter;) letter = text::is_letter(text::next_code_point(t, i));
  if (!letter) return {};
  static const std::map<std::string, std::string, std::less<>> kSynonyms{
      {"people", "person"},         {"per", "person"},          {"persons", "person"},
      {"human", "person"},          {"location", "place"},      {"loc", "place"},
      {"gpe", "place"},             {"city", "place"},          {"country", "place"},
      {"places", "place"},          {"organisation", "organization"},
      {"org", "organization"},      {"company", "organization"},
      {"organizations", "organization"}, {"organisations", "organization"},
      {"institution", "organization"}, {"events", "event"},    {"time", "date"},
      {"dates", "date"},            {"misc", "other"},
  };
  if (auto it = kSynonyms.find(t); it != kSynonyms.end()) return it->second;
  return t;
}

std::string entity_key(std::string_view name) { return text::fold(text::collapse_space(name)); }

std::vector<std::unique_ptr<Extractor>> make_extractors(const ExtractOptions& options,
                                                        std::vector<Diagnostic>& diagnostics) {
  std::vector<std::unique_ptr<Extractor>> out;
  for (const auto& [kind, name] : kExtractorNames) {
    if (!options.enabled(kind)) continue;
    switch (kind) {
      case ExtractorKind::typed_notes: out.push_back(std::make_unique<TypedNotes>()); break;
      case ExtractorKind::vault: out.push_back(std::make_unique<VaultGazetteer>()); break;
      case ExtractorKind::gazetteer: {
        if (options.gazetteers.empty()) break;
        std::vector<GazetteerEntry> entries;
        for (const auto& f : options.gazetteers) {
          auto more = load_gazetteer(f, diagnostics);
          entries.insert(entries.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
        }
        out.push_back(std::make_unique<UserGazetteer>(std::move(entries)));
        break;
      }
      case ExtractorKind::rules: out.push_back(std::make_unique<RulesExtractor>()); break;
      case ExtractorKind::external:
        if (!options.external_command.empty())
          out.push_back(std::make_unique<ExternalExtractor>(options.external_command));
        break;
    }
  }
  return out;
}

std::vector<NoteExtraction> extract_entities(const std::vector<ParsedNote>& notes,
                                             const ExtractOptions& options,
                                             std::vector<Diagnostic>& diagnostics) {
  std::vector<NoteExtraction> out(notes.size());
  for (const auto& x : make_extractors(options, diagnostics)) x->extract(notes, out, diagnostics);
  for (auto& x : out) resolve_overlaps(x);
  return out;
}

}  // namespace notegraph
