#pragma once
// Text helpers the queries share: matching what a user types against ids, titles and
// aliases (the text module's fold), and an edit distance for did-you-mean suggestions.

#include <cstddef>
#include <string>
#include <string_view>

#include "notegraph/text/fold.hpp"

namespace notegraph {

/// Returns `text` NFC-normalized and Unicode case-folded: the text module's fold, under
/// the name queries have used (invalid bytes become U+FFFD).
inline std::string fold_case(std::string_view text) { return text::fold(text); }

/// Returns the Levenshtein distance between two UTF-8 strings, counted in code points,
/// or `limit + 1` as soon as it is known to exceed `limit`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

}  // namespace notegraph
