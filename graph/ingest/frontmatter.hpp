#pragma once
// YAML front matter (SPEC 2.1), read with yaml-cpp (private to graph/ingest).

#include <string_view>

#include "notegraph/ingest/parsed_note.hpp"

namespace notegraph::detail {

enum class FrontMatterState { absent, closed, unclosed };

struct FrontMatterSplit {
  FrontMatterState state = FrontMatterState::absent;
  std::string_view yaml;     ///< between the fences (closed only)
  std::string_view body;     ///< what follows the closing fence, else the whole text
  int body_line_offset = 0;  ///< file line of the body's first line, minus one
};

/// Splits a first line `---` … closing `---` or `...` from the body. CRLF and CR count as
/// line ends. An unclosed block is no front matter (the whole text is the body).
FrontMatterSplit split_front_matter(std::string_view text);

/// Reads front matter YAML whose first line is file line 2 into `note`: title, aliases,
/// tags, entity type, videoId, properties, `[[X]]` values as links, URL values. Invalid
/// YAML becomes a diagnostic with its line; nothing is thrown for bad input.
void read_front_matter(std::string_view yaml, ParsedNote& note);

}  // namespace notegraph::detail
