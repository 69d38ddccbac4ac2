// The one UTF-8 decoder, on ICU's macros (U8_NEXT, U8_PREV: maximal subparts).
#include "notegraph/text/utf8.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace notegraph::text {

namespace detail {

// A sequence is at most four bytes, so ICU's int32_t offsets look at a window of four
// around `i` and any text length works.
constexpr std::size_t kMaxSequence = 4;

char32_t decode_multibyte(std::string_view s, std::size_t& i) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data() + i);
  const auto length = static_cast<int32_t>(std::min(kMaxSequence, s.size() - i));
  int32_t pos = 0;
  UChar32 c = 0;
  U8_NEXT(bytes, pos, length, c);
  i += static_cast<std::size_t>(pos);
  return c < 0 ? kIllFormed : static_cast<char32_t>(c);
}

char32_t decode_multibyte_before(std::string_view s, std::size_t& i) {
  const std::size_t start = i - std::min(kMaxSequence, i);
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data() + start);
  auto pos = static_cast<int32_t>(i - start);
  UChar32 c = 0;
  U8_PREV(bytes, 0, pos, c);
  i = start + static_cast<std::size_t>(pos);
  return c < 0 ? kReplacement : static_cast<char32_t>(c);
}

}  // namespace detail

void append_utf8(std::string& out, char32_t c) {
  char buf[U8_MAX_LENGTH];
  int32_t n = 0;
  UBool error = false;
  if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = kReplacement;
  U8_APPEND(buf, n, U8_MAX_LENGTH, static_cast<UChar32>(c), error);
  if (error) {
    out += kReplacementUtf8;
    return;
  }
  out.append(buf, static_cast<std::size_t>(n));
}

std::size_t valid_prefix(std::string_view text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    // ASCII eight bytes at a time: the common case in notes, ids and paths.
    while (i + 8 <= n) {
      uint64_t word = 0;
      std::memcpy(&word, bytes + i, sizeof word);
      if ((word & 0x8080808080808080ULL) != 0) break;
      i += 8;
    }
    if (i >= n) break;
    if (bytes[i] < 0x80) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    if (detail::decode_multibyte(text, i) == kIllFormed) return start;
  }
  return n;
}

void append_valid_utf8(std::string& out, std::string_view text) {
  while (!text.empty()) {
    const std::size_t good = valid_prefix(text);
    out.append(text.substr(0, good));
    if (good == text.size()) return;
    std::size_t i = good;
    decode_utf8(text, i);  // ill-formed: skip its maximal subpart
    out += kReplacementUtf8;
    text.remove_prefix(i);
  }
}

std::string valid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_valid_utf8(out, text);
  return out;
}

}  // namespace notegraph::text
