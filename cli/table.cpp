#include "table.hpp"

#include "colour.hpp"

#include <sys/ioctl.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <numeric>

namespace notegraph::cli {
namespace {

constexpr std::string_view kEllipsis = "…";
constexpr std::size_t kGap = 2;
constexpr std::size_t kMinColumn = 6;

int char_width(UChar32 c) {
  if (c < 0) return 1;        // invalid byte: shown as one replacement character
  if (c == 0x200D) return 0;  // zero-width joiner
  const auto category = static_cast<UCharCategory>(u_charType(c));
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR)
    return 0;
  if (category == U_CONTROL_CHAR) return 0;
  const int ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  if (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH || u_hasBinaryProperty(c, UCHAR_EMOJI_PRESENTATION))
    return 2;
  return 1;
}

/// Calls f(begin, end, width) for each code point of `text`.
template <typename F>
void for_each_char(std::string_view text, F f) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t begin = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (!f(static_cast<std::size_t>(begin), static_cast<std::size_t>(i), char_width(c))) return;
  }
}

/// Table cells are one line: control characters (tabs, newlines) become spaces.
std::string one_line(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  return out;
}

}  // namespace

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for_each_char(text, [&](std::size_t, std::size_t, int w) {
    width += static_cast<std::size_t>(w);
    return true;
  });
  return width;
}

std::string truncate_to_width(std::string_view text, std::size_t width) {
  if (display_width(text) <= width) return std::string(text);
  if (width == 0) return {};
  const std::size_t room = width - 1;  // the ellipsis takes one column
  std::size_t used = 0, end = 0;
  for_each_char(text, [&](std::size_t, std::size_t char_end, int w) {
    // Zero-width marks stay with the character before them.
    if (used + static_cast<std::size_t>(w) > room) return false;
    used += static_cast<std::size_t>(w);
    end = char_end;
    return true;
  });
  return std::string(text.substr(0, end)) + std::string(kEllipsis);
}

std::size_t output_width() {
  winsize ws{};
  if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
    return ws.ws_col;
  if (const char* columns = std::getenv("COLUMNS")) {
    char* end = nullptr;
    const long value = std::strtol(columns, &end, 10);
    if (end != columns && *end == '\0' && value > 0) return static_cast<std::size_t>(value);
  }
  return 0;
}

void write_table(const Table& table, std::ostream& out, std::size_t width, Colour colour) {
  const std::size_t n = table.columns.size();
  if (n == 0) return;
  std::vector<std::vector<std::string>> cells;
  cells.reserve(table.rows.size() + 1);
  std::vector<std::string> header;
  for (const auto& c : table.columns) header.push_back(c.header);
  cells.push_back(header);
  for (const auto& row : table.rows) {
    std::vector<std::string> line;
    for (std::size_t i = 0; i < n; ++i) line.push_back(one_line(i < row.size() ? row[i] : ""));
    cells.push_back(std::move(line));
  }

  std::vector<std::size_t> widths(n, 0);
  for (const auto& line : cells)
    for (std::size_t i = 0; i < n; ++i) widths[i] = std::max(widths[i], display_width(line[i]));

  // Shrink the widest column one step at a time until the table fits (or every column
  // is down to its minimum): long titles give way before short ids and numbers.
  if (width > 0) {
    auto total = [&] {
      return std::accumulate(widths.begin(), widths.end(), std::size_t{0}) + kGap * (n - 1);
    };
    for (Shrink round : {Shrink::widest_first, Shrink::last}) {
      while (total() > width) {
        std::size_t widest = n;
        for (std::size_t i = 0; i < n; ++i)
          if (table.columns[i].shrink == round && (widest == n || widths[i] > widths[widest]))
            widest = i;
        if (widest == n || widths[widest] <= kMinColumn) break;
        --widths[widest];
      }
    }
  }

  for (std::size_t row = 0; row < cells.size(); ++row) {
    const auto& line = cells[row];
    std::string text;
    for (std::size_t i = 0; i < n; ++i) {
      const std::string cell = truncate_to_width(line[i], widths[i]);
      const std::size_t pad = widths[i] - display_width(cell);
      const bool last = i + 1 == n;
      if (table.columns[i].align == Align::right) text.append(pad, ' ');
      const bool painted = colour == Colour::on && row > 0 && table.columns[i].paint != Paint::plain;
      text += painted ? paint(cell, table.columns[i].paint) : cell;
      if (table.columns[i].align == Align::left && !last) text.append(pad, ' ');
      if (!last) text.append(kGap, ' ');
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out << text << '\n';
  }
}

}  // namespace notegraph::cli
