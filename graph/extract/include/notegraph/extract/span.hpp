#pragma once
// What extractors return: typed spans of a note's prose blocks, and which extractor
// found each.

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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
  friend bool operator==(const EntitySpan&, const EntitySpan&) = default;
};

}  // namespace notegraph
