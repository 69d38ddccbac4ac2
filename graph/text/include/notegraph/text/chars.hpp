#pragma once
// Unicode character classes (ICU's properties inside), the same for every module: tags,
// links, slugs, entity names and table columns treat "Zürich", "Ökonomie" and Cyrillic
// names like English ones.

#include <cstddef>
#include <string>
#include <string_view>

namespace notegraph::text {

/// Whether `c` is a letter (general category L, any script).
bool is_letter(char32_t c);
/// Whether `c` is an uppercase or titlecase letter.
bool is_upper(char32_t c);
/// Whether `c` is a lowercase letter.
bool is_lower(char32_t c);
/// Whether `c` is a decimal digit (Nd).
bool is_digit(char32_t c);
/// Whether `c` belongs inside a word: a letter, a mark or a number (L, M, N; any script).
bool is_word_char(char32_t c);
/// Whether `c` is white space (Unicode White_Space: no-break spaces too).
bool is_space(char32_t c);
/// Whether `c` is punctuation (P).
bool is_punct(char32_t c);
/// Whether `c` is a symbol (S: math, currency, modifier and other symbols).
bool is_symbol(char32_t c);
/// Whether `c` is a control or format character (Cc, Cf).
bool is_control(char32_t c);
/// Whether `c` belongs to a script written without spaces between words (Han, kana,
/// Thai, Lao, Khmer, Myanmar), where word boundaries cannot be asked for.
bool is_unspaced_script(char32_t c);

/// Returns the columns `c` takes on a terminal: 0 for marks, format and control
/// characters, 2 for East Asian wide and full-width characters and emoji, else 1.
int column_width(char32_t c);

/// Returns the columns `text` takes on a terminal (ill-formed bytes count one each
/// U+FFFD).
std::size_t display_width(std::string_view text);

/// Returns `s` with runs of white space collapsed to one space and the ends trimmed.
std::string collapse_space(std::string_view s);

/// Whether the first code point of `s` is an uppercase or titlecase letter.
bool starts_upper(std::string_view s);

}  // namespace notegraph::text
