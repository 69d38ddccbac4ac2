#pragma once
// Gazetteer extractors: the vault's own titles and aliases (Obsidian's unlinked
// mentions) and user gazetteer files (JSON or CSV), each one NameMatcher over all
// names.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "notegraph/extract/extract.hpp"
#include "notegraph/extract/name_matcher.hpp"

namespace notegraph {

/// One entry of a user gazetteer.
struct GazetteerEntry {
  std::string name;
  std::string type;  ///< normalized with normalize_entity_type
  std::vector<std::string> aliases;
  std::string same_as;  ///< an IRI, e.g. "http://www.wikidata.org/entity/Q22686"; may be empty
  friend bool operator==(const GazetteerEntry&, const GazetteerEntry&) = default;
};

/// Parses gazetteer JSON: an array of {"name", "type", "aliases", "sameAs"} objects,
/// or an object holding one under "entities". Bad entries are skipped with a
/// diagnostic naming `path`.
std::vector<GazetteerEntry> parse_gazetteer_json(std::string_view content, std::string_view path,
                                                 std::vector<Diagnostic>& diagnostics);

/// Parses gazetteer CSV (RFC 4180 quoting): a header naming the columns name, type,
/// aliases and sameAs (any order; without a header that order is assumed); aliases
/// are separated by '|' or ';'. Bad rows are skipped with a "path:line" diagnostic.
std::vector<GazetteerEntry> parse_gazetteer_csv(std::string_view content, std::string_view path,
                                                std::vector<Diagnostic>& diagnostics);

/// Reads a gazetteer file, JSON when it ends in .json (or starts with '[' or '{'),
/// else CSV. An unreadable file is a diagnostic and yields no entries.
std::vector<GazetteerEntry> load_gazetteer(const std::filesystem::path& file,
                                           std::vector<Diagnostic>& diagnostics);

/// Unlinked mentions (Obsidian's feature): titles, file stems and aliases of the vault's
/// notes found in prose outside links, case-insensitively, on word boundaries; never a
/// note's own names in itself. Where two notes share a name, the shorter path wins,
/// then byte order (SPEC 2.2).
class VaultNames {
 public:
  /// Builds one automaton over every name of `notes`.
  explicit VaultNames(std::vector<NoteNames> notes);
  /// Returns the mentions of other notes in `note`'s prose, by (block, begin).
  std::vector<EntitySpan> find(const ParsedNote& note) const;
  /// Returns the names (titles, stems, aliases) that would be matched for one note.
  static std::vector<std::string> names_of(const NoteNames& note);

 private:
  std::vector<NoteNames> notes_;
  NameMatcher matcher_;
};

/// Entries of user gazetteers found in prose outside links. A name written with a
/// capital matches only capitalized text ("Apple" the company, not "apple").
class UserGazetteer final : public NoteExtractor {
 public:
  /// Builds the automaton over every name and alias of `entries`.
  explicit UserGazetteer(std::vector<GazetteerEntry> entries);
  ExtractorKind kind() const override { return ExtractorKind::gazetteer; }
  void observe(std::span<const ParsedNote* const> notes, std::span<NoteObservation> out,
               std::vector<Diagnostic>& diagnostics) const override;

 private:
  std::vector<GazetteerEntry> entries_;
  NameMatcher matcher_;
};

/// Typed notes: front matter type/kind/category (already read by the parser) or a
/// tag naming a type (#person, #type/place) sets NoteObservation::note_type.
class TypedNotes final : public NoteExtractor {
 public:
  ExtractorKind kind() const override { return ExtractorKind::typed_notes; }
  void observe(std::span<const ParsedNote* const> notes, std::span<NoteObservation> out,
               std::vector<Diagnostic>& diagnostics) const override;
};

}  // namespace notegraph
