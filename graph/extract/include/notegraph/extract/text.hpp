#pragma once
// Unicode helpers for the extractors, over UTF-8 text with byte offsets (ICU inside).
// Case folding and letter classes are Unicode's, never ASCII-only: "Zürich",
// "Ökonomie" and Cyrillic names behave like English ones.

#include <cstddef>
#include <string>
#include <string_view>

namespace notegraph::text {

/// Returns the code point starting at byte `i` of `s` and advances `i` past it;
/// invalid bytes decode as U+FFFD (one byte each).
char32_t next_code_point(std::string_view s, std::size_t& i);

/// Returns the code point that ends at byte `i` of `s` and moves `i` to its start;
/// U+FFFD for invalid bytes.
char32_t previous_code_point(std::string_view s, std::size_t& i);

/// Appends the UTF-8 encoding of `c` to `out`.
void append_utf8(std::string& out, char32_t c);

/// Whether `c` is a letter (any script).
bool is_letter(char32_t c);
/// Whether `c` is an uppercase or titlecase letter.
bool is_upper(char32_t c);
/// Whether `c` is a lowercase letter.
bool is_lower(char32_t c);
/// Whether `c` is a decimal digit.
bool is_digit(char32_t c);
/// Whether `c` belongs inside a word: a letter, a digit or a combining mark.
bool is_word_char(char32_t c);
/// Whether `c` belongs to a script written without spaces between words (Han, kana,
/// Thai, Lao, Khmer, Myanmar), where word boundaries cannot be asked for.
bool is_unspaced_script(char32_t c);
/// Whether `c` is white space (including no-break spaces).
bool is_space(char32_t c);

/// Returns the simple (one code point to one) case folding of `c`.
char32_t fold_code_point(char32_t c);

/// Returns `s` in Unicode normalization form C.
std::string nfc(std::string_view s);

/// Returns `s` NFC-normalized and fully case-folded (for keys and comparisons).
std::string fold(std::string_view s);

/// Returns `s` with runs of white space collapsed to one space and the ends trimmed.
std::string collapse_space(std::string_view s);

/// Whether the first code point of `s` is an uppercase or titlecase letter.
bool starts_upper(std::string_view s);

}  // namespace notegraph::text
