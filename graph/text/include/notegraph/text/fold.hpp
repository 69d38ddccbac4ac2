#pragma once
// Case: the one NFC + Unicode case fold that resolution, extraction, lookup, find and
// export filters compare names with (so "Café" typed in NFD finds the note written in
// NFC), the lowercase that tags are shown in, and ASCII case for protocol words.

#include <string>
#include <string_view>

namespace notegraph::text {

/// Returns `s` in Unicode normalization form C (ill-formed bytes as U+FFFD).
std::string nfc(std::string_view s);

/// Returns `s` NFC-normalized, fully case-folded and normalized again (folding can undo
/// composition): the key two names are compared by ("Straße" and "STRASSE" fold alike).
std::string fold(std::string_view s);

/// Returns the simple (one code point to one) case folding of `c`, for comparing text
/// as it streams by.
char32_t fold_code_point(char32_t c);

/// Returns `s` NFC-normalized and lowercased (full case mapping, root locale).
std::string lower(std::string_view s);

/// Returns `c` with A–Z lowered and every other byte as it is.
constexpr char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

/// Returns `s` with A–Z lowered and every other byte as it is.
std::string ascii_lower(std::string_view s);

/// Whether `a` and `b` are equal when A–Z are lowered (URL schemes and hosts).
bool ascii_iequals(std::string_view a, std::string_view b);

/// Whether `s` has only ASCII bytes.
bool is_ascii(std::string_view s);

}  // namespace notegraph::text
