#pragma once
// Text helpers the queries share: Unicode case folding for matching what a user types
// against ids, titles and aliases, and an edit distance for did-you-mean suggestions.

#include <cstddef>
#include <string>
#include <string_view>

namespace notegraph {

/// Returns `text` NFC-normalized and Unicode case-folded (UTF-8 in, UTF-8 out); invalid
/// bytes become U+FFFD.
std::string fold_case(std::string_view text);

/// Returns the Levenshtein distance between two UTF-8 strings, counted in code points,
/// or `limit + 1` as soon as it is known to exceed `limit`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

}  // namespace notegraph
