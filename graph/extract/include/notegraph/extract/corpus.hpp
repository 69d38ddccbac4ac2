#pragma once
// The rules' corpus-wide evidence (SPEC 4.4) in the form the index keeps it.
//
// The contract the index relies on:
//  1. RulesObservation is a pure function of one note (RulesExtractor::observe).
//  2. RulesCorpus is the sum of the observations of the vault's notes: add() and
//     remove() commute, so an index updated note by note equals one built at once.
//  3. RulesExtractor::decide reads only one note's observation and the corpus.
//  4. decide's answer for a note can change only when digest(k) changes for one of
//     its keys(); the index re-decides exactly those notes.
//
// This implementation keeps each note's prose in its observation and decides every
// note at once when anything changed (every note's key is the corpus version); it
// honours the contract, at whole-corpus cost per change.

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "notegraph/extract/span.hpp"
#include "notegraph/ingest/parsed_note.hpp"

namespace notegraph {

/// What the rules read in one note, before any corpus-wide decision.
struct RulesObservation {
  std::string path;           ///< the note's vault path
  std::vector<Block> blocks;  ///< its prose blocks
  friend bool operator==(const RulesObservation&, const RulesObservation&);
};

/// The sum of every note's RulesObservation.
class RulesCorpus {
 public:
  RulesCorpus();
  RulesCorpus(const RulesCorpus&);
  RulesCorpus& operator=(const RulesCorpus&);
  ~RulesCorpus();

  /// Folds one note's observation into the corpus.
  void add(const RulesObservation& observation);
  /// Takes one note's observation (as added before) out of the corpus.
  void remove(const RulesObservation& observation);

  /// Returns a digest of everything decide() reads about `key` in the corpus.
  std::uint64_t digest(std::string_view key) const;
  /// Returns the keys decide() reads for a note with this observation.
  static std::vector<std::string> keys(const RulesObservation& observation);

  /// Appends the corpus's binary form to `out`; decode returns nullopt for bytes of
  /// another layout, and the index then rebuilds the corpus from the observations.
  void encode(std::string& out) const;
  static std::optional<RulesCorpus> decode(std::string_view bytes);

  struct State;

 private:
  friend class RulesExtractor;
  std::shared_ptr<State> state_;
};

/// Appends the binary form of a rules observation to `out`.
void encode_rules_observation(const RulesObservation& observation, std::string& out);

/// Reads a rules observation from the front of `in` (advancing it); false when the
/// bytes are corrupt.
bool decode_rules_observation(std::string_view& in, RulesObservation& out);

}  // namespace notegraph
