#include "table.hpp"

#include "colour.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <numeric>

#include "notegraph/text/chars.hpp"
#include "notegraph/text/utf8.hpp"

namespace notegraph::cli {
namespace {

constexpr std::string_view kEllipsis = "…";
constexpr std::size_t kGap = 2;
constexpr std::size_t kMinColumn = 6;

/// Calls f(begin, end, width) for each code point of `text` (terminal columns).
template <typename F>
void for_each_char(std::string_view text, F f) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t begin = i;
    const int width = text::column_width(text::next_code_point(text, i));
    if (!f(begin, i, width)) return;
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

std::size_t display_width(std::string_view text) { return text::display_width(text); }

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
