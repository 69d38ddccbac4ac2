#pragma once
// Entity extraction (SPEC 4): five extractors behind one small interface. Each takes
// parsed notes (their prose blocks) and returns typed spans; extract_entities runs the
// enabled ones, resolves overlaps and merges names within a note. Building graph nodes
// and edges from the spans is the pipeline's add_entities.

#include <array>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "notegraph/ingest/parsed_note.hpp"

namespace notegraph {

/// The extractors of SPEC 4, in the order they are listed there.
enum class ExtractorKind { typed_notes, vault, gazetteer, rules, external };

inline constexpr std::array<std::pair<ExtractorKind, std::string_view>, 5> kExtractorNames{{
    {ExtractorKind::typed_notes, "typed-notes"},
    {ExtractorKind::vault, "vault"},
    {ExtractorKind::gazetteer, "gazetteer"},
    {ExtractorKind::rules, "rules"},
    {ExtractorKind::external, "external"},
}};

/// What two entities must share to get (or strengthen) a cooccurs edge.
enum class CooccurrenceScope { block, section, note, off };

inline constexpr std::array<std::pair<CooccurrenceScope, std::string_view>, 4>
    kCooccurrenceScopeNames{{
        {CooccurrenceScope::block, "block"},
        {CooccurrenceScope::section, "section"},
        {CooccurrenceScope::note, "note"},
        {CooccurrenceScope::off, "off"},
    }};

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

/// One typed span that an extractor found in a note.
struct EntitySpan {
  std::size_t block = 0;  ///< index into ParsedNote::blocks
  std::size_t begin = 0;  ///< byte range [begin, end) of that block's text
  std::size_t end = 0;
  std::string type;   ///< "person", "place", …, or a gazetteer's own type name
  std::string name;   ///< canonical name: "Donald Trump", "Kremlin"; dates: ISO 8601 ("--11-06")
  std::string note;   ///< vault gazetteer: vault path of the note mentioned; else empty
  std::string same_as;                ///< an IRI when the source knows one
  std::vector<std::string> aliases;   ///< other names of the entity (gazetteer aliases)
  ExtractorKind source = ExtractorKind::rules;
};

/// What the extractors found in one note.
struct NoteExtraction {
  std::string note_type;          ///< typed notes: the note's own entity type; else empty
  std::vector<EntitySpan> spans;  ///< sorted by (block, begin, end)
};

/// The interface every extractor implements. Extractors see the whole corpus at once
/// so that one external process serves all notes and the rules can use corpus-wide
/// evidence.
class Extractor {
 public:
  virtual ~Extractor() = default;
  /// Returns which extractor this is.
  virtual ExtractorKind kind() const = 0;
  /// Appends to `out[i]` what it finds in `notes[i]` (`out.size() == notes.size()`);
  /// problems become `diagnostics`, never exceptions.
  virtual void extract(const std::vector<ParsedNote>& notes, std::vector<NoteExtraction>& out,
                       std::vector<Diagnostic>& diagnostics) const = 0;
};

/// Returns the enabled extractors, configured (gazetteer files loaded; a file that
/// cannot be read or a bad entry is a diagnostic).
std::vector<std::unique_ptr<Extractor>> make_extractors(const ExtractOptions& options,
                                                        std::vector<Diagnostic>& diagnostics);

/// Runs the enabled extractors over `notes` and returns one NoteExtraction per note:
/// overlapping entity spans resolved (gazetteer over external over rules, then
/// leftmost-longest), and a lone surname renamed to the full person name seen in the
/// same note. Vault mentions (spans with `note` set) are kept beside entity spans.
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
