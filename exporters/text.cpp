#include "notegraph/exporters/text.hpp"

#include <unicode/utf8.h>

#include <array>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <system_error>

namespace notegraph {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Calls f(code_point, bytes) for each character of `text`; ill-formed sequences arrive
// as U+FFFD with the replacement's bytes.
template <typename F>
void for_each_char(std::string_view text, F&& f) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0)
      f(char32_t{0xFFFD}, kReplacement);
    else
      f(static_cast<char32_t>(c), text.substr(start, i - start));
  }
}

void append_hex4(std::string& out, char32_t c, std::string_view prefix) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out += prefix;
  for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(c >> shift) & 0xF];
}

bool is_unreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         c == '-' || c == '.' || c == '_' || c == '~';
}

}  // namespace

std::string valid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for_each_char(text, [&](char32_t, std::string_view bytes) { out += bytes; });
  return out;
}

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for_each_char(text, [&](char32_t c, std::string_view bytes) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\t': out += "&#9;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      default:
        if (c < 0x20 || c == 0xFFFE || c == 0xFFFF)
          out += kReplacement;
        else
          out += bytes;
    }
  });
  return out;
}

std::string json_quote(std::string_view text) {
  std::string out = "\"";
  out.reserve(text.size() + 2);
  for_each_char(text, [&](char32_t c, std::string_view bytes) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20)
          append_hex4(out, c, "\\u");
        else
          out += bytes;
    }
  });
  out += '"';
  return out;
}

namespace {

enum class QuoteChar { escaped, kept };

// What dot_quote and graphviz_escape share: the characters Graphviz reads in a string.
void append_graphviz_chars(std::string& out, std::string_view text, QuoteChar quote) {
  for_each_char(text, [&](char32_t c, std::string_view bytes) {
    switch (c) {
      case '"':
        if (quote == QuoteChar::escaped) out += '\\';
        out += '"';
        break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += '\t'; break;
      default:
        if (c < 0x20 || c == 0x7F || c == 0xFFFE || c == 0xFFFF)
          out += kReplacement;
        else
          out += bytes;
    }
  });
}

}  // namespace

std::string dot_quote(std::string_view text) {
  std::string out = "\"";
  out.reserve(text.size() + 2);
  append_graphviz_chars(out, text, QuoteChar::escaped);
  out += '"';
  return out;
}

std::string graphviz_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_graphviz_chars(out, text, QuoteChar::kept);
  return out;
}

std::string iri_path_encode(std::string_view text, Slash slash) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  const std::string valid = valid_utf8(text);
  std::string out;
  out.reserve(valid.size());
  std::size_t segment_start = 0;
  auto close_segment = [&](std::size_t end) {
    // A segment of dots only ("." or "..") would be removed by IRI normalization.
    std::string_view seg(out.data() + segment_start, end - segment_start);
    if (!seg.empty() && seg.find_first_not_of('.') == std::string_view::npos) {
      std::string dots;
      for (std::size_t k = 0; k < seg.size(); ++k) dots += "%2E";
      out.replace(segment_start, seg.size(), dots);
    }
  };
  for (unsigned char c : valid) {
    if (c == '/' && slash == Slash::kept) {
      close_segment(out.size());
      out += '/';
      segment_start = out.size();
    } else if (is_unreserved(c)) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  close_segment(out.size());
  return out;
}

std::string nquads_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for_each_char(text, [&](char32_t c, std::string_view bytes) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\f': out += "\\f"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20 || c == 0x7F)
          append_hex4(out, c, "\\u");
        else
          out += bytes;
    }
  });
  return out;
}

std::string clock_time(int seconds) {
  if (seconds < 0) seconds = 0;
  const int h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60;
  std::array<char, 32> buf{};
  if (h > 0)
    std::snprintf(buf.data(), buf.size(), "%d:%02d:%02d", h, m, s);
  else
    std::snprintf(buf.data(), buf.size(), "%d:%02d", m, s);
  return buf.data();
}

std::string format_number(double value) {
  std::array<char, 64> buf{};
  auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), value);
  if (ec != std::errc()) return "0";
  return std::string(buf.data(), end);
}

}  // namespace notegraph
