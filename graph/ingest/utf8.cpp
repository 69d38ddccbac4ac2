// UTF-8 repair and character classes, on ICU's UTF-8 macros and character properties.
#include "utf8.hpp"

#include <cstdint>
#include <cstring>

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace notegraph::detail {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
// A binary file would otherwise give one diagnostic per line.
constexpr int kMaxUtf8Diagnostics = 5;

}  // namespace

std::string_view drop_bom(std::string_view text) {
  if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
  return text;
}

std::optional<std::string> repair_utf8(std::string_view text, std::string_view path,
                                       std::vector<Diagnostic>& diagnostics) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  // Fast path: find the first ill-formed sequence without copying anything.
  int32_t i = 0;
  int32_t first_bad = -1;
  if (text.size() > static_cast<std::size_t>(INT32_MAX)) return std::nullopt;  // not a note
  while (i < length) {
    if (bytes[i] < 0x80) {
      ++i;
      // Skip ASCII eight bytes at a time.
      while (i + 8 <= length) {
        uint64_t word = 0;
        std::memcpy(&word, bytes + i, sizeof word);
        if ((word & 0x8080808080808080ULL) != 0) break;
        i += 8;
      }
      continue;
    }
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      first_bad = start;
      break;
    }
  }
  if (first_bad < 0) return std::nullopt;

  std::string out;
  out.reserve(text.size() + 16);
  out.append(text.substr(0, static_cast<std::size_t>(first_bad)));
  int line = 1;
  for (int32_t k = 0; k < first_bad; ++k) {
    if (bytes[k] == '\n' || (bytes[k] == '\r' && (k + 1 >= length || bytes[k + 1] != '\n'))) ++line;
  }
  int reported_line = 0;
  int reported = 0;
  int unreported_lines = 0;
  i = first_bad;
  while (i < length) {
    const uint8_t b = bytes[i];
    if (b < 0x80) {
      out.push_back(static_cast<char>(b));
      if (b == '\n' || (b == '\r' && (i + 1 >= length || bytes[i + 1] != '\n'))) ++line;
      ++i;
      continue;
    }
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0) {
      out.append(text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
      continue;
    }
    out.append(kReplacement);
    if (line != reported_line) {
      reported_line = line;
      if (reported < kMaxUtf8Diagnostics) {
        ++reported;
        diagnostics.push_back({std::string(path), line, "invalid UTF-8 bytes replaced by U+FFFD"});
      } else {
        ++unreported_lines;
      }
    }
  }
  if (unreported_lines > 0) {
    diagnostics.push_back({std::string(path), 0,
                           "invalid UTF-8 bytes replaced by U+FFFD on " +
                               std::to_string(unreported_lines) + " more lines"});
  }
  return out;
}

char32_t decode_at(std::string_view text, std::size_t& i) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  if (bytes[i] < 0x80) return bytes[i++];
  auto pos = static_cast<int32_t>(i);
  UChar32 c = 0;
  U8_NEXT(bytes, pos, static_cast<int32_t>(text.size()), c);
  i = static_cast<std::size_t>(pos);
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

char32_t decode_before(std::string_view text, std::size_t i) {
  if (i == 0) return 0;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  if (bytes[i - 1] < 0x80) return bytes[i - 1];
  auto pos = static_cast<int32_t>(i);
  UChar32 c = 0;
  U8_PREV(bytes, 0, pos, c);
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

bool is_word_char(char32_t c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
  const auto mask = U_GET_GC_MASK(static_cast<UChar32>(c));
  return (mask & (U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK)) != 0;
}

bool is_tag_char(char32_t c) {
  return c == '_' || c == '-' || c == '/' || is_word_char(c);
}

bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  return u_isUWhiteSpace(static_cast<UChar32>(c)) != 0;
}

bool is_punct(char32_t c) { return u_ispunct(static_cast<UChar32>(c)) != 0; }

std::string to_lower(std::string_view text) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
      .toLower(icu::Locale::getRoot())
      .toUTF8String(out);
  return out;
}

std::string_view trim(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n\f\v";
  const auto begin = text.find_first_not_of(kSpace);
  if (begin == std::string_view::npos) return {};
  const auto end = text.find_last_not_of(kSpace);
  return text.substr(begin, end - begin + 1);
}

}  // namespace notegraph::detail
