// UTF-8 repair, on the text module's decoder.
#include "utf8.hpp"

namespace notegraph::detail {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
// A binary file would otherwise give one diagnostic per line.
constexpr int kMaxUtf8Diagnostics = 5;

}  // namespace

std::string_view drop_bom(std::string_view text) {
  if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
  return text;
}

std::optional<std::string> repair_utf8(std::string_view text, std::string_view path,
                                       std::vector<Diagnostic>& diagnostics) {
  // Fast path: find the first ill-formed sequence without copying anything.
  const std::size_t first_bad = text::valid_prefix(text);
  if (first_bad == text.size()) return std::nullopt;

  std::string out;
  out.reserve(text.size() + 16);
  out.append(text.substr(0, first_bad));
  const auto ends_line = [&](std::size_t k) {
    return text[k] == '\n' || (text[k] == '\r' && (k + 1 >= text.size() || text[k + 1] != '\n'));
  };
  int line = 1;
  for (std::size_t k = 0; k < first_bad; ++k)
    if (ends_line(k)) ++line;
  int reported_line = 0;
  int reported = 0;
  int unreported_lines = 0;
  for (std::size_t i = first_bad; i < text.size();) {
    const std::size_t start = i;
    if (ends_line(i)) ++line;
    if (text::decode_utf8(text, i) != text::kIllFormed) {
      out.append(text.substr(start, i - start));
      continue;
    }
    out.append(text::kReplacementUtf8);
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

bool is_tag_char(char32_t c) { return c == '_' || c == '-' || c == '/' || is_word_char(c); }

std::string_view trim(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n\f\v";
  const auto begin = text.find_first_not_of(kSpace);
  if (begin == std::string_view::npos) return {};
  const auto end = text.find_last_not_of(kSpace);
  return text.substr(begin, end - begin + 1);
}

}  // namespace notegraph::detail
