#include "notegraph/extract/text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace notegraph::text {

char32_t next_code_point(std::string_view s, std::size_t& i) {
  UChar32 c = 0;
  int32_t pos = static_cast<int32_t>(i);
  U8_NEXT(s.data(), pos, static_cast<int32_t>(s.size()), c);
  if (c < 0) {
    i = i + 1;
    return 0xFFFD;
  }
  i = static_cast<std::size_t>(pos);
  return static_cast<char32_t>(c);
}

char32_t previous_code_point(std::string_view s, std::size_t& i) {
  UChar32 c = 0;
  int32_t pos = static_cast<int32_t>(i);
  U8_PREV(s.data(), 0, pos, c);
  if (c < 0) {
    i = i - 1;
    return 0xFFFD;
  }
  i = static_cast<std::size_t>(pos);
  return static_cast<char32_t>(c);
}

void append_utf8(std::string& out, char32_t c) {
  char buf[U8_MAX_LENGTH];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(buf, n, U8_MAX_LENGTH, static_cast<UChar32>(c), error);
  if (error) {
    out += "\xEF\xBF\xBD";
    return;
  }
  out.append(buf, static_cast<std::size_t>(n));
}

bool is_letter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }
bool is_upper(char32_t c) {
  return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}
bool is_lower(char32_t c) { return u_islower(static_cast<UChar32>(c)); }
bool is_digit(char32_t c) { return u_isdigit(static_cast<UChar32>(c)); }
bool is_word_char(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return u_isalnum(static_cast<UChar32>(c)) || (U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_M_MASK);
}
bool is_unspaced_script(char32_t c) {
  if (c < 0x0E00) return false;
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode sc = uscript_getScript(static_cast<UChar32>(c), &status);
  if (U_FAILURE(status)) return false;
  return sc == USCRIPT_HAN || sc == USCRIPT_HIRAGANA || sc == USCRIPT_KATAKANA ||
         sc == USCRIPT_THAI || sc == USCRIPT_LAO || sc == USCRIPT_KHMER || sc == USCRIPT_MYANMAR;
}

bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
  return u_isUWhiteSpace(static_cast<UChar32>(c));
}

char32_t fold_code_point(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
}

namespace {
std::string to_utf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}
}  // namespace

std::string nfc(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  auto u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  if (U_FAILURE(status)) return std::string(s);
  if (n->isNormalized(u, status) && U_SUCCESS(status)) return std::string(s);
  status = U_ZERO_ERROR;
  icu::UnicodeString out = n->normalize(u, status);
  return U_SUCCESS(status) ? to_utf8(out) : std::string(s);
}

std::string fold(std::string_view s) {
  bool ascii = true;
  for (unsigned char c : s) ascii = ascii && c < 0x80;
  if (ascii) {
    std::string out(s);
    for (auto& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
  }
  std::string n = nfc(s);
  auto u = icu::UnicodeString::fromUTF8(icu::StringPiece(n.data(), static_cast<int32_t>(n.size())));
  u.foldCase(U_FOLD_CASE_DEFAULT);
  return to_utf8(u);
}

std::string collapse_space(std::string_view s) {
  std::string out;
  bool pending = false;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    char32_t c = next_code_point(s, i);
    if (is_space(c)) {
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
