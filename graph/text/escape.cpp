// The escapers share one walk: runs of ASCII bytes a syntax takes as they are are copied
// whole, and every other character is decoded once (text/utf8.hpp) and handed to the
// syntax's rule. JSON strings go through RapidJSON's writer.
#include "notegraph/text/escape.hpp"

#include <rapidjson/writer.h>

#include <array>
#include <cstdint>
#include <cstdio>

#include "notegraph/text/utf8.hpp"

namespace notegraph::text {
namespace {

using PlainBytes = std::array<bool, 256>;

// ASCII bytes copied as they are: printable ASCII and DEL, minus `specials`, plus
// `kept_controls`. Non-ASCII bytes are never plain (they are decoded and checked).
constexpr PlainBytes plain_bytes(std::string_view specials, std::string_view kept_controls,
                                 bool del_is_plain) {
  PlainBytes plain{};
  for (int b = 0x20; b < 0x7F; ++b) plain[static_cast<std::size_t>(b)] = true;
  plain[0x7F] = del_is_plain;
  for (char c : specials) plain[static_cast<unsigned char>(c)] = false;
  for (char c : kept_controls) plain[static_cast<unsigned char>(c)] = true;
  return plain;
}

// Walks `text` for one syntax: `ascii(out, c)` for each ASCII byte that is not plain,
// `other(out, c, bytes)` for each non-ASCII character (ill-formed sequences arrive as
// U+FFFD with the replacement's bytes).
template <typename Ascii, typename Other>
void walk(std::string& out, std::string_view text, const PlainBytes& plain, Ascii ascii,
          Other other) {
  const char* p = text.data();
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    std::size_t run = i;
    while (run < n && plain[static_cast<unsigned char>(p[run])]) ++run;
    out.append(p + i, run - i);
    if (run == n) return;
    i = run;
    if (static_cast<unsigned char>(p[i]) < 0x80) {
      ascii(out, p[i]);
      ++i;
      continue;
    }
    const std::size_t start = i;
    const char32_t c = decode_utf8(text, i);
    if (c == kIllFormed)
      other(out, kReplacement, kReplacementUtf8);
    else
      other(out, c, text.substr(start, i - start));
  }
}

// Non-characters that XML 1.0 and Graphviz's SVG output cannot carry.
bool is_forbidden_noncharacter(char32_t c) { return c == 0xFFFE || c == 0xFFFF; }

void copy_or_replace_nonchar(std::string& out, char32_t c, std::string_view bytes) {
  out += is_forbidden_noncharacter(c) ? kReplacementUtf8 : bytes;
}

void copy(std::string& out, char32_t, std::string_view bytes) { out += bytes; }

void append_hex4(std::string& out, unsigned value, std::string_view prefix) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out += prefix;
  for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(value >> shift) & 0xF];
}

constexpr PlainBytes kXmlPlain = plain_bytes("&<>\"'", "", true);
constexpr PlainBytes kDotPlain = plain_bytes("\"\\", "\t", false);
// CSV keeps every ASCII byte but the quote (controls and line breaks stay inside quotes).
constexpr PlainBytes kCsvPlain = [] {
  PlainBytes plain{};
  for (int b = 0; b < 0x80; ++b) plain[static_cast<std::size_t>(b)] = b != '"';
  return plain;
}();
constexpr PlainBytes kNquadsPlain = plain_bytes("\"\\", "", false);

enum class Quote { escaped, kept };

// What DOT strings and Graphviz attribute values share: the characters Graphviz reads.
void append_graphviz_chars(std::string& out, std::string_view text, Quote quote) {
  walk(
      out, text, kDotPlain,
      [quote](std::string& o, char c) {
        switch (c) {
          case '"':
            if (quote == Quote::escaped) o += '\\';
            o += '"';
            break;
          case '\\': o += "\\\\"; break;
          case '\n': o += "\\n"; break;
          default: o += kReplacementUtf8;  // other controls and DEL
        }
      },
      copy_or_replace_nonchar);
}

// A RapidJSON output stream appending to a std::string.
struct StringSink {
  using Ch = char;
  std::string* out;
  void Put(char c) { out->push_back(c); }
  void Flush() {}
};
// RapidJSON reserves room for a whole string before writing it unchecked (found by ADL).
[[maybe_unused]] void PutReserve(StringSink& sink, std::size_t count) {
  sink.out->reserve(sink.out->size() + count);
}
[[maybe_unused]] void PutUnsafe(StringSink& sink, char c) { sink.out->push_back(c); }

}  // namespace

void append_xml(std::string& out, std::string_view text) {
  walk(
      out, text, kXmlPlain,
      [](std::string& o, char c) {
        switch (c) {
          case '&': o += "&amp;"; break;
          case '<': o += "&lt;"; break;
          case '>': o += "&gt;"; break;
          case '"': o += "&quot;"; break;
          case '\'': o += "&apos;"; break;
          case '\t': o += "&#9;"; break;
          case '\n': o += "&#10;"; break;
          case '\r': o += "&#13;"; break;
          default: o += kReplacementUtf8;  // C0 controls XML 1.0 forbids
        }
      },
      copy_or_replace_nonchar);
}

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  append_xml(out, text);
  return out;
}

void append_json_string(std::string& out, std::string_view text) {
  std::string repaired;
  if (!is_valid_utf8(text)) {
    repaired = valid_utf8(text);
    text = repaired;
  }
  StringSink sink{&out};
  rapidjson::Writer<StringSink> writer(sink);
  writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

std::string json_quote(std::string_view text) {
  std::string out;
  append_json_string(out, text);
  return out;
}

void append_dot_string(std::string& out, std::string_view text) {
  out += '"';
  append_graphviz_chars(out, text, Quote::escaped);
  out += '"';
}

std::string dot_quote(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  append_dot_string(out, text);
  return out;
}

std::string graphviz_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_graphviz_chars(out, text, Quote::kept);
  return out;
}

void append_csv_field(std::string& out, std::string_view text) {
  if (text.empty()) return;
  out += '"';
  walk(
      out, text, kCsvPlain, [](std::string& o, char) { o += "\"\""; }, copy);
  out += '"';
}

void append_nquads_literal(std::string& out, std::string_view text) {
  walk(
      out, text, kNquadsPlain,
      [](std::string& o, char c) {
        switch (c) {
          case '"': o += "\\\""; break;
          case '\\': o += "\\\\"; break;
          case '\b': o += "\\b"; break;
          case '\t': o += "\\t"; break;
          case '\n': o += "\\n"; break;
          case '\f': o += "\\f"; break;
          case '\r': o += "\\r"; break;
          default: append_hex4(o, static_cast<unsigned char>(c), "\\u");  // controls, DEL
        }
      },
      copy);
}

std::string nquads_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_nquads_literal(out, text);
  return out;
}

void append_iri_path(std::string& out, std::string_view text, Slash slash) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string repaired;
  if (!is_valid_utf8(text)) {
    repaired = valid_utf8(text);
    text = repaired;
  }
  std::size_t segment_start = out.size();
  // A segment of dots only ("." or "..") would be removed by IRI normalization.
  auto close_segment = [&] {
    const std::size_t length = out.size() - segment_start;
    if (length == 0 || out.find_first_not_of('.', segment_start) != std::string::npos) return;
    out.resize(segment_start);
    for (std::size_t k = 0; k < length; ++k) out += "%2E";
  };
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
    if (c == '/' && slash == Slash::kept) {
      close_segment();
      out += '/';
      segment_start = out.size();
    } else if (unreserved) {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  close_segment();
}

std::string iri_path_encode(std::string_view text, Slash slash) {
  std::string out;
  out.reserve(text.size());
  append_iri_path(out, text, slash);
  return out;
}

}  // namespace notegraph::text

namespace notegraph::text {

std::string terminal_safe(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(text.size());
  auto byte = [&](unsigned char b) {
    out += "\\x";
    out += kHex[b >> 4];
    out += kHex[b & 15];
  };
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const char32_t c = decode_utf8(text, i);
    if (c == kIllFormed) {
      for (std::size_t k = start; k < i; ++k) byte(static_cast<unsigned char>(text[k]));
    } else if (c == U'\\') {
      out += "\\\\";
    } else if (c == U'\n') {
      out += "\\n";
    } else if (c == U'\t') {
      out += "\\t";
    } else if (c == U'\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7F) {
      byte(static_cast<unsigned char>(c));
    } else if ((c >= 0x80 && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
               c == 0x200E || c == 0x200F || c == 0x061C) {
      // C1 controls (0x9B is CSI on some terminals) and bidirectional overrides
      char code[16];
      std::snprintf(code, sizeof code, "\\u%04x", static_cast<unsigned>(c));
      out += code;
    } else {
      out.append(text.substr(start, i - start));
    }
  }
  return out;
}

}  // namespace notegraph::text
