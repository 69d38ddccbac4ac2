// Character classes on ICU's character properties, with ASCII answered first.
#include "notegraph/text/chars.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "notegraph/text/utf8.hpp"

namespace notegraph::text {
namespace {

bool in_categories(char32_t c, uint32_t mask) {
  return (U_GET_GC_MASK(static_cast<UChar32>(c)) & mask) != 0;
}

bool is_ascii_alnum(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

}  // namespace

bool is_letter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return u_isalpha(static_cast<UChar32>(c)) != 0;
}

bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}

bool is_lower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return u_islower(static_cast<UChar32>(c)) != 0;
}

bool is_digit(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return u_isdigit(static_cast<UChar32>(c)) != 0;
}

bool is_word_char(char32_t c) {
  if (c < 0x80) return is_ascii_alnum(c);
  return in_categories(c, U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK);
}

bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  return u_isUWhiteSpace(static_cast<UChar32>(c)) != 0;
}

bool is_punct(char32_t c) { return u_ispunct(static_cast<UChar32>(c)) != 0; }

bool is_symbol(char32_t c) { return in_categories(c, U_GC_S_MASK); }

bool is_control(char32_t c) { return in_categories(c, U_GC_CC_MASK | U_GC_CF_MASK); }

bool is_unspaced_script(char32_t c) {
  if (c < 0x0E00) return false;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode sc = uscript_getScript(static_cast<UChar32>(c), &status);
  if (U_FAILURE(status)) return false;
  return sc == USCRIPT_HAN || sc == USCRIPT_HIRAGANA || sc == USCRIPT_KATAKANA ||
         sc == USCRIPT_THAI || sc == USCRIPT_LAO || sc == USCRIPT_KHMER || sc == USCRIPT_MYANMAR;
}

int column_width(char32_t c) {
  if (c == 0x200D) return 0;  // zero-width joiner
  const auto uc = static_cast<UChar32>(c);
  const auto category = static_cast<UCharCategory>(u_charType(uc));
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR ||
      category == U_CONTROL_CHAR)
    return 0;
  const int ea = u_getIntPropertyValue(uc, UCHAR_EAST_ASIAN_WIDTH);
  if (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH || u_hasBinaryProperty(uc, UCHAR_EMOJI_PRESENTATION))
    return 2;
  return 1;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();)
    width += static_cast<std::size_t>(column_width(next_code_point(text, i)));
  return width;
}

std::string collapse_space(std::string_view s) {
  std::string out;
  bool pending = false;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    if (is_space(next_code_point(s, i))) {
      pending = !out.empty();
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out.append(s.substr(start, i - start));
  }
  return out;
}

bool starts_upper(std::string_view s) {
  if (s.empty()) return false;
  std::size_t i = 0;
  return is_upper(next_code_point(s, i));
}

}  // namespace notegraph::text
