#pragma once
// UTF-8 over byte offsets: the one decoder every module uses (ICU's macros inside), its
// encoder, and validity. An ill-formed sequence is one maximal subpart (as ICU and the
// WHATWG decoder count them), shown as U+FFFD wherever text is written.

#include <cstddef>
#include <string>
#include <string_view>

namespace notegraph::text {

/// What decode_utf8 returns for an ill-formed sequence (no code point has this value).
inline constexpr char32_t kIllFormed = 0xFFFFFFFF;
/// U+FFFD REPLACEMENT CHARACTER, and its UTF-8 bytes.
inline constexpr char32_t kReplacement = 0xFFFD;
inline constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";

namespace detail {
char32_t decode_multibyte(std::string_view s, std::size_t& i);
char32_t decode_multibyte_before(std::string_view s, std::size_t& i);
}  // namespace detail

/// Returns the code point starting at byte `i` of `s` (i < s.size()) and advances `i`
/// past it; kIllFormed, with `i` past the maximal ill-formed subpart, when it is not one.
inline char32_t decode_utf8(std::string_view s, std::size_t& i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    ++i;
    return b;
  }
  return detail::decode_multibyte(s, i);
}

/// Returns the code point starting at byte `i` of `s` (i < s.size()) and advances `i`
/// past it; U+FFFD for an ill-formed sequence.
inline char32_t next_code_point(std::string_view s, std::size_t& i) {
  const char32_t c = decode_utf8(s, i);
  return c == kIllFormed ? kReplacement : c;
}

/// Returns the code point that ends at byte `i` of `s` (i > 0) and moves `i` to its
/// start; U+FFFD for an ill-formed sequence.
inline char32_t previous_code_point(std::string_view s, std::size_t& i) {
  const auto b = static_cast<unsigned char>(s[i - 1]);
  if (b < 0x80) {
    --i;
    return b;
  }
  return detail::decode_multibyte_before(s, i);
}

/// Appends the UTF-8 encoding of `c` to `out` (U+FFFD for a surrogate or a value past
/// U+10FFFF).
void append_utf8(std::string& out, char32_t c);

/// Returns how many leading bytes of `text` are well-formed UTF-8 (text.size() when all).
std::size_t valid_prefix(std::string_view text);

/// Whether `text` is well-formed UTF-8.
inline bool is_valid_utf8(std::string_view text) { return valid_prefix(text) == text.size(); }

/// Appends `text` to `out` with each ill-formed sequence as U+FFFD.
void append_valid_utf8(std::string& out, std::string_view text);

/// Returns `text` with each ill-formed sequence as U+FFFD.
std::string valid_utf8(std::string_view text);

}  // namespace notegraph::text
