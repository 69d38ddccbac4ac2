// Normalization and case on ICU (Normalizer2, UnicodeString::foldCase and toLower): the
// only file that folds case, so every comparison of names agrees. ASCII text is already
// NFC and folds to its lowercase, so it skips ICU.
#include "notegraph/text/fold.hpp"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>
#include <cstring>


namespace notegraph::text {
namespace {

icu::UnicodeString to_unicode(std::string_view s) {
  // Ill-formed bytes become U+FFFD, so the UTF-16 text is always well formed.
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

std::string to_utf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

const icu::Normalizer2* nfc_normalizer() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  return U_SUCCESS(status) ? n : nullptr;
}

icu::UnicodeString normalized(icu::UnicodeString u) {
  const icu::Normalizer2* n = nfc_normalizer();
  if (!n) return u;
  UErrorCode status = U_ZERO_ERROR;
  if (n->isNormalized(u, status) && U_SUCCESS(status)) return u;
  status = U_ZERO_ERROR;
  icu::UnicodeString out = n->normalize(u, status);
  return U_SUCCESS(status) ? out : u;
}

}  // namespace

bool is_ascii(std::string_view s) {
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t word = 0;
    std::memcpy(&word, s.data() + i, sizeof word);
    if ((word & 0x8080808080808080ULL) != 0) return false;
  }
  for (; i < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) >= 0x80) return false;
  return true;
}

std::string nfc(std::string_view s) {
  if (is_ascii(s)) return std::string(s);
  return to_utf8(normalized(to_unicode(s)));
}

std::string fold(std::string_view s) {
  if (is_ascii(s)) return ascii_lower(s);
  icu::UnicodeString u = normalized(to_unicode(s));
  u.foldCase(U_FOLD_CASE_DEFAULT);
  return to_utf8(normalized(std::move(u)));
}

char32_t fold_code_point(char32_t c) {
  if (c < 0x80) return static_cast<char32_t>(ascii_lower(static_cast<char>(c)));
  return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
}

std::string lower(std::string_view s) {
  if (is_ascii(s)) return ascii_lower(s);
  icu::UnicodeString u = normalized(to_unicode(s));
  u.toLower(icu::Locale::getRoot());
  return to_utf8(normalized(std::move(u)));
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

bool ascii_iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return ascii_lower(x) == ascii_lower(y);
         });
}

}  // namespace notegraph::text
