#include "notegraph/model/binary.hpp"
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

Extractors::Extractors(const ExtractOptions& options, std::vector<Diagnostic>& diagnostics)
    : options_(options) {
  for (const auto& [kind, name] : kExtractorNames) {
    if (!options.enabled(kind)) continue;
    switch (kind) {
      case ExtractorKind::typed_notes: local_.push_back(std::make_unique<TypedNotes>()); break;
      case ExtractorKind::vault: break;  // VaultNames, run by the caller over the vault's names
      case ExtractorKind::gazetteer: {
        if (options.gazetteers.empty()) break;
        std::vector<GazetteerEntry> entries;
        for (const auto& f : options.gazetteers) {
          auto more = load_gazetteer(f, diagnostics);
          entries.insert(entries.end(), std::make_move_iterator(more.begin()),
                         std::make_move_iterator(more.end()));
        }
        local_.push_back(std::make_unique<UserGazetteer>(std::move(entries)));
        break;
      }
      case ExtractorKind::rules: local_.push_back(std::make_unique<RulesExtractor>()); break;
      case ExtractorKind::external:
        if (!options.external_command.empty())
          external_ = std::make_unique<ExternalExtractor>(options.external_command);
        break;
    }
  }
}

Extractors::~Extractors() = default;

void Extractors::observe(std::span<const ParsedNote* const> notes, std::span<NoteObservation> out,
                         std::vector<Diagnostic>& diagnostics) const {
  for (const auto& x : local_) x->observe(notes, out, diagnostics);
}

void Extractors::observe_external(std::span<const ParsedNote* const> notes,
                                  std::span<NoteObservation> out,
                                  std::vector<Diagnostic>& diagnostics) const {
  if (external_ && !notes.empty()) external_->observe(notes, out, diagnostics);
}

NoteExtraction Extractors::decide(const NoteObservation& observation, const RulesCorpus& corpus,
                                  std::vector<EntitySpan> vault_mentions) const {
  NoteExtraction x;
  if (options_.enabled(ExtractorKind::typed_notes)) x.note_type = observation.note_type;
  x.spans = observation.spans;
  if (options_.enabled(ExtractorKind::vault))
    x.spans.insert(x.spans.end(), std::make_move_iterator(vault_mentions.begin()),
                   std::make_move_iterator(vault_mentions.end()));
  if (options_.enabled(ExtractorKind::rules)) {
    auto ruled = RulesExtractor().decide(observation.rules, corpus);
    x.spans.insert(x.spans.end(), std::make_move_iterator(ruled.begin()),
                   std::make_move_iterator(ruled.end()));
  }
  resolve_overlaps(x);
  return x;
}

namespace {

using detail::get_string;
using detail::get_varint;
using detail::put_string;
using detail::put_varint;

constexpr char kObservationLayout = 1;

}  // namespace

void encode_observation(const NoteObservation& o, std::string& out) {
  out.push_back(kObservationLayout);
  put_string(out, o.note_type);
  put_varint(out, o.spans.size());
  for (const EntitySpan& s : o.spans) {
    put_varint(out, s.block);
    put_varint(out, s.begin);
    put_varint(out, s.end);
    put_string(out, s.type);
    put_string(out, s.name);
    put_string(out, s.note);
    put_string(out, s.same_as);
    put_varint(out, s.aliases.size());
    for (const auto& a : s.aliases) put_string(out, a);
    put_varint(out, static_cast<std::uint64_t>(s.source));
  }
  encode_rules_observation(o.rules, out);
}

std::optional<NoteObservation> decode_observation(std::string_view in) {
  if (in.empty() || in.front() != kObservationLayout) return std::nullopt;
  in.remove_prefix(1);
  NoteObservation o;
  std::uint64_t n = 0;
  if (!get_string(in, o.note_type) || !get_varint(in, n) || n > in.size()) return std::nullopt;
  o.spans.resize(n);
  for (EntitySpan& s : o.spans) {
    std::uint64_t block = 0, begin = 0, end = 0, aliases = 0, source = 0;
    if (!get_varint(in, block) || !get_varint(in, begin) || !get_varint(in, end) ||
        !get_string(in, s.type) || !get_string(in, s.name) || !get_string(in, s.note) ||
        !get_string(in, s.same_as) || !get_varint(in, aliases) || aliases > in.size())
      return std::nullopt;
    s.block = block;
    s.begin = begin;
    s.end = end;
    s.aliases.resize(aliases);
    for (auto& a : s.aliases)
      if (!get_string(in, a)) return std::nullopt;
    if (!get_varint(in, source) || source >= kExtractorNames.size()) return std::nullopt;
    s.source = static_cast<ExtractorKind>(source);
  }
  if (!decode_rules_observation(in, o.rules) || !in.empty()) return std::nullopt;
  return o;
}

std::vector<NoteExtraction> extract_entities(const std::vector<ParsedNote>& notes,
                                             const ExtractOptions& options,
                                             std::vector<Diagnostic>& diagnostics) {
  Extractors extractors(options, diagnostics);
  std::vector<const ParsedNote*> pointers;
  for (const auto& n : notes) pointers.push_back(&n);
  std::vector<NoteObservation> observed(notes.size());
  extractors.observe(pointers, observed, diagnostics);
  extractors.observe_external(pointers, observed, diagnostics);
  RulesCorpus corpus;
  for (const auto& o : observed) corpus.add(o.rules);
  std::optional<VaultNames> vault;
  if (options.enabled(ExtractorKind::vault)) {
    std::vector<NoteNames> names;
    for (const auto& n : notes) names.push_back({n.path, n.title, n.aliases});
    vault.emplace(std::move(names));
  }
  std::vector<NoteExtraction> out;
  out.reserve(notes.size());
  for (std::size_t i = 0; i < notes.size(); ++i)
    out.push_back(extractors.decide(observed[i], corpus,
                                    vault ? vault->find(notes[i]) : std::vector<EntitySpan>{}));
  return out;
}

}  // namespace notegraph
