#pragma once
// Entity extraction (SPEC 4) as the index runs it: one note at a time, then corpus-wide
// decisions from stored per-note results, never by re-reading text.
//
//   observe   each note alone (any order, any thread): typed notes, user gazetteer,
//             external command, and the rules' observation (candidates + the note's
//             contribution to corpus statistics). A pure function of the note.
//   corpus    RulesCorpus = the sum of every note's rules observation (add / remove).
//   vault     VaultNames matches the vault's titles and aliases in a note's prose.
//   decide    per note: the rules' candidates typed with the corpus, joined with the
//             note's other spans and its vault mentions, overlaps resolved, a lone
//             surname merged into the full name seen in the same note.
//
// Building graph nodes and edges from decided spans is the pipeline's.

#include <array>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "notegraph/extract/corpus.hpp"
#include "notegraph/extract/span.hpp"
#include "notegraph/ingest/parsed_note.hpp"

namespace notegraph {

/// What two entities must share to get (or strengthen) a cooccurs edge.
enum class CooccurrenceScope { block, section, note, off };

inline constexpr std::array<std::pair<CooccurrenceScope, std::string_view>, 4>
    kCooccurrenceScopeNames{{
        {CooccurrenceScope::block, "block"},
        {CooccurrenceScope::section, "section"},
        {CooccurrenceScope::note, "note"},
        {CooccurrenceScope::off, "off"},
    }};

/// Which extractors run and how (part of the index's option fingerprint).
struct ExtractOptions {
  /// Enabled extractors. `gazetteer` does nothing without `gazetteers`, `external`
  /// nothing without `external_command`.
  std::vector<ExtractorKind> extractors{ExtractorKind::typed_notes, ExtractorKind::vault,
                                        ExtractorKind::gazetteer, ExtractorKind::rules,
                                        ExtractorKind::external};
  std::vector<std::filesystem::path> gazetteers;  ///< user gazetteer files (.json or .csv)
  std::string external_command;                   ///< run with /bin/sh -c; empty: none
  CooccurrenceScope cooccurrence = CooccurrenceScope::block;

  /// Returns whether `kind` is in `extractors`.
  bool enabled(ExtractorKind kind) const;
};

/// What the extractors find in one note by reading that note alone. The index keeps
/// one per note; nothing in it depends on any other note.
struct NoteObservation {
  std::string note_type;          ///< typed notes: the note's own entity type; else empty
  std::vector<EntitySpan> spans;  ///< spans decided on the note alone (user gazetteer,
                                  ///< external command), by (block, begin, end)
  RulesObservation rules;         ///< the rules' candidates and corpus contribution
  friend bool operator==(const NoteObservation&, const NoteObservation&) = default;
};

/// What extraction decided for one note.
struct NoteExtraction {
  std::string note_type;          ///< typed notes: the note's own entity type; else empty
  std::vector<EntitySpan> spans;  ///< sorted by (block, begin, end)
};

/// An extractor that decides on each note alone.
class NoteExtractor {
 public:
  virtual ~NoteExtractor() = default;
  /// Returns which extractor this is.
  virtual ExtractorKind kind() const = 0;
  /// Adds to `out[i]` what it finds in `*notes[i]` (`out.size() == notes.size()`);
  /// problems become `diagnostics`, never exceptions. Safe to call from several threads
  /// on different notes, except the external command (one process per call).
  virtual void observe(std::span<const ParsedNote* const> notes, std::span<NoteObservation> out,
                       std::vector<Diagnostic>& diagnostics) const = 0;
};

/// The enabled extractors, configured once per run (gazetteer files read; a file that
/// cannot be read or a bad entry is a diagnostic).
class Extractors {
 public:
  Extractors(const ExtractOptions& options, std::vector<Diagnostic>& diagnostics);
  ~Extractors();

  /// Returns what every enabled extractor but the external command finds in each note
  /// alone. Safe to call from several threads at once.
  void observe(std::span<const ParsedNote* const> notes, std::span<NoteObservation> out,
               std::vector<Diagnostic>& diagnostics) const;
  /// Adds the external command's spans (one process for the whole batch); does nothing
  /// when it is not enabled.
  void observe_external(std::span<const ParsedNote* const> notes, std::span<NoteObservation> out,
                        std::vector<Diagnostic>& diagnostics) const;

  /// Returns one note's final extraction from its observation, the corpus and the vault
  /// mentions found in it (VaultNames::find).
  NoteExtraction decide(const NoteObservation& observation, const RulesCorpus& corpus,
                        std::vector<EntitySpan> vault_mentions) const;

  /// Whether `kind` runs.
  bool enabled(ExtractorKind kind) const { return options_.enabled(kind); }
  const ExtractOptions& options() const { return options_; }

 private:
  ExtractOptions options_;
  std::vector<std::unique_ptr<NoteExtractor>> local_;     ///< typed notes, gazetteer, rules
  std::unique_ptr<NoteExtractor> external_;
};

/// Appends the binary form of an observation (for the index) to `out`.
void encode_observation(const NoteObservation& observation, std::string& out);

/// Reads an observation written by encode_observation; nullopt when the bytes are
/// corrupt or of another layout.
std::optional<NoteObservation> decode_observation(std::string_view bytes);

/// Runs every stage over a whole corpus at once (observe, corpus, vault names, decide)
/// and returns one extraction per note. For tests, evaluation and benchmarks; the
/// index runs the same stages incrementally.
std::vector<NoteExtraction> extract_entities(const std::vector<ParsedNote>& notes,
                                             const ExtractOptions& options,
                                             std::vector<Diagnostic>& diagnostics);

/// Returns the canonical name of an entity type: lowercase, with common synonyms
/// mapped ("organisation", "org", "company" → "organization"; "location", "gpe" →
/// "place"; "people", "per" → "person"); empty for an empty or non-letter name.
std::string normalize_entity_type(std::string_view type);

/// Returns the key of an entity name: NFC, Unicode case-folded, whitespace collapsed.
/// Entity node ids are "entity:<type>:<key>".
std::string entity_key(std::string_view name);

}  // namespace notegraph
