#pragma once
// The rules' corpus-wide evidence (SPEC 4.4) in the form the index keeps it.
//
// The contract the index relies on:
//  1. RulesObservation is a pure function of one note (RulesExtractor::observe): the
//     note tokenized once, its name candidates with their local evidence, the corpus
//     questions those candidates depend on, its dates, and its word counts.
//  2. RulesCorpus is the sum of the observations of the vault's notes, kept per key
//     (a word's lowercase and capitalized counts, a name's votes per type): add() and
//     remove() commute, so an index updated note by note equals one built at once.
//  3. RulesExtractor::decide reads only one note's observation and the corpus, and the
//     corpus only through the keys in keys(observation).
//  4. digest(k) is a function of exactly what decide reads about k (whether a word is
//     ever lowercase, ever capitalized mid-sentence, capitalized more than twice as
//     often as lowercase, which type a name's votes favour),
//     so decide's answer for a note can change only when digest(k) changes for one of
//     its keys(); an edit can change digest(k) only for the touched() keys of the
//     note's old and new observations. The index compares those digests before and
//     after the edit and re-decides exactly the notes that read a key that moved.

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "notegraph/extract/span.hpp"
#include "notegraph/ingest/parsed_note.hpp"

namespace notegraph {

/// A corpus question a note's name candidates depend on.
enum class RuleConditionKind : std::uint8_t {
  common_word,      ///< the word is written lowercase somewhere, never capitalized mid-sentence
  never_lowercase,  ///< none of the words is ever written lowercase in prose
};

/// One corpus question: its kind and the folded words it asks about.
struct RuleCondition {
  RuleConditionKind kind = RuleConditionKind::common_word;
  std::vector<std::string> words;
  friend bool operator==(const RuleCondition&, const RuleCondition&) = default;
};

/// One name candidate of a note, with the evidence the note alone gives it.
struct RuleName {
  std::uint32_t block = 0;  ///< index into the note's blocks
  std::uint32_t begin = 0;  ///< byte range [begin, end) of the block's text
  std::uint32_t end = 0;
  std::uint32_t words = 0;  ///< words of the name (connectors not counted)
  std::string display;      ///< as written, white space collapsed
  std::string key;          ///< display case-folded
  std::string last_word;    ///< the last word, case-folded
  std::uint8_t type = 0;    ///< local evidence: 0 none, 1 person, 2 place, 3 organization, 4 event
  std::uint8_t strength = 0;
  bool intrinsic = false;       ///< evidence from the name itself, not its context
  bool initial_single = false;  ///< one word opening a sentence or a title-case line
  bool fallback = false;        ///< typed only by the never-lowercase condition (no vote)
  bool dictionary = false;      ///< every word is an ordinary English word ("Risk", "Supply Chain")
  bool acronym = false;         ///< one word in capitals ("LLM", "NATO")
  /// The conditions this candidate stands under: condition index * 2 + 1 when the
  /// condition must hold, + 0 when it must not. Empty: always a candidate.
  std::vector<std::uint32_t> guards;
  friend bool operator==(const RuleName&, const RuleName&) = default;
};

/// One date of a note, normalized to ISO 8601.
struct RuleDate {
  std::uint32_t block = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::string iso;
  friend bool operator==(const RuleDate&, const RuleDate&) = default;
};

/// A word and how often a note writes it one way.
using WordCount = std::pair<std::string, std::uint32_t>;

/// What the rules read in one note, before any corpus-wide decision.
struct RulesObservation {
  std::vector<RuleName> names;            ///< by block, then text order
  std::vector<RuleCondition> conditions;  ///< referred to by RuleName::guards
  std::vector<RuleDate> dates;            ///< by block, then text order
  std::vector<WordCount> lowercase;       ///< prose words written lowercase, sorted
  std::vector<WordCount> capitalized;     ///< capitalized mid-sentence (not title case), sorted
  friend bool operator==(const RulesObservation&, const RulesObservation&) = default;
};

/// Votes for a name's type: person, place, organization, event.
using RuleVotes = std::array<std::int64_t, 4>;

/// The sum of every note's RulesObservation, per key.
class RulesCorpus {
 public:
  RulesCorpus();
  RulesCorpus(const RulesCorpus&);
  RulesCorpus& operator=(const RulesCorpus&);
  RulesCorpus(RulesCorpus&&) noexcept;
  RulesCorpus& operator=(RulesCorpus&&) noexcept;
  ~RulesCorpus();

  /// Folds one note's observation into the corpus.
  void add(const RulesObservation& observation);
  /// Takes one note's observation (as added before) out of the corpus.
  void remove(const RulesObservation& observation);

  /// How often the vault writes the folded word `key` lowercase in prose.
  std::int64_t lowercase(std::string_view key) const;
  /// How often the vault writes `key` capitalized in mid-sentence prose.
  std::int64_t capitalized(std::string_view key) const;
  /// The vault's votes for the type of the name with folded key `key`.
  RuleVotes votes(std::string_view key) const;

  /// Returns a digest of everything decide() reads about `key` in the corpus.
  std::uint64_t digest(std::string_view key) const;
  /// Returns the keys decide() reads for a note with this observation.
  static std::vector<std::string> keys(const RulesObservation& observation);
  /// Returns the keys whose digest adding or removing this observation may change
  /// (the words it counts, the names it votes for), sorted.
  static std::vector<std::string> touched(const RulesObservation& observation);

  /// Appends the corpus's binary form to `out`; decode returns nullopt for bytes of
  /// another layout, and the index then rebuilds the corpus from the observations.
  void encode(std::string& out) const;
  static std::optional<RulesCorpus> decode(std::string_view bytes);

  struct State;

 private:
  std::unique_ptr<State> state_;
};

/// Returns the type the votes favour: 0 none, else 1 + the index of the largest
/// positive vote (the first on ties).
std::uint8_t favoured_type(const RuleVotes& votes);

/// Appends the binary form of a rules observation to `out`.
void encode_rules_observation(const RulesObservation& observation, std::string& out);

/// Reads a rules observation from the front of `in` (advancing it); false when the
/// bytes are corrupt.
bool decode_rules_observation(std::string_view& in, RulesObservation& out);

}  // namespace notegraph
