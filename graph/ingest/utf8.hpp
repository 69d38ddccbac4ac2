#pragma once
// UTF-8 helpers for note parsing (private to graph/ingest): BOM, repair of ill-formed
// bytes, and the code point classes that tags and URLs need. Decoding, classes and case
// are the text module's (graph/text); the names below forward to it.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "notegraph/ingest/parsed_note.hpp"
#include "notegraph/text/chars.hpp"
#include "notegraph/text/fold.hpp"
#include "notegraph/text/utf8.hpp"

namespace notegraph::detail {

/// Returns `text` without a leading UTF-8 byte order mark.
std::string_view drop_bom(std::string_view text);

/// Returns a copy of `text` in which each ill-formed UTF-8 subsequence is U+FFFD, and
/// appends one diagnostic per affected line; nullopt (and no copy) when `text` is
/// well-formed, the common case.
std::optional<std::string> repair_utf8(std::string_view text, std::string_view path,
                                       std::vector<Diagnostic>& diagnostics);

/// Decodes the code point starting at `i` and advances `i` past it; U+FFFD when ill-formed.
inline char32_t decode_at(std::string_view text, std::size_t& i) {
  return text::next_code_point(text, i);
}

/// Returns the code point that ends just before byte `i`, or 0 when `i` is 0.
inline char32_t decode_before(std::string_view text, std::size_t i) {
  return i == 0 ? 0 : text::previous_code_point(text, i);
}

/// True for what an Obsidian tag may contain: letters, marks, digits, '_', '-', '/'.
bool is_tag_char(char32_t c);

using text::is_punct;      // Unicode punctuation
using text::is_space;      // Unicode white space
using text::is_word_char;  // letters, marks and numbers (any script)

/// Lowercases `text` (NFC, full case mapping, root locale).
inline std::string to_lower(std::string_view text) { return text::lower(text); }

/// Returns `text` without leading and trailing ASCII white space.
std::string_view trim(std::string_view text);

}  // namespace notegraph::detail
