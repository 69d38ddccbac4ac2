#pragma once
// The built-in offline rules (SPEC 4.4): proper-noun sequences typed by cue words,
// small curated lists, name morphology and corpus-wide evidence; dates normalized to
// ISO 8601.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "notegraph/extract/extract.hpp"

namespace notegraph {

/// A date in text and its ISO 8601 value: "2024-11-06", "2024-11", "2024", "--11-06"
/// (year unknown), "--11" (a month alone), "199" (the 1990s), intervals "A/B".
struct DateMatch {
  std::size_t begin = 0;  ///< byte range [begin, end) of the text
  std::size_t end = 0;
  std::string iso;
  friend bool operator==(const DateMatch&, const DateMatch&) = default;
};

/// Returns the dates written in `text` (English month names, numeric ISO dates, years
/// with context, year ranges), in text order.
std::vector<DateMatch> find_dates(std::string_view text);

/// Persons, places, organizations, events and dates by rule. Evidence is gathered
/// over the whole corpus, so a name typed in one sentence ("Chemezov said") keeps its
/// type where nothing in the sentence tells ("led by Chemezov").
class RulesExtractor final : public NoteExtractor {
 public:
  ExtractorKind kind() const override { return ExtractorKind::rules; }
  /// Fills each note's RulesObservation.
  void observe(std::span<const ParsedNote* const> notes, std::span<NoteObservation> out,
               std::vector<Diagnostic>& diagnostics) const override;
  /// Returns the note's typed spans (names and dates) decided with the corpus.
  std::vector<EntitySpan> decide(const RulesObservation& observation, const RulesCorpus& corpus) const;
};

}  // namespace notegraph
