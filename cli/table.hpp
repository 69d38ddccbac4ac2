#pragma once
// Aligned text tables for the terminal: columns sized to their widest cell (measured in
// terminal columns, so wide CJK characters and emoji count as two and combining marks
// as none), shrunk to the terminal width by cutting the longest cells with "…".

#include <cstddef>
#include <ostream>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace notegraph::cli {

enum class Align { left, right };

/// Which columns give way first when a table is too wide.
enum class Shrink {
  widest_first,  ///< the widest of these columns shrinks first
  last,          ///< only once every other column is at its minimum (URLs: a cut one is useless)
};

/// What colours a column's cells when colour is on (colour.hpp).
enum class Paint { plain, node_kind, edge_kind };

/// Whether a table is written with colour.
enum class Colour { off, on };

struct TableColumn {
  std::string header;
  Align align = Align::left;
  Shrink shrink = Shrink::widest_first;
  Paint paint = Paint::plain;
};

struct Table {
  std::vector<TableColumn> columns;
  std::vector<std::vector<std::string>> rows;  ///< one cell per column

  /// Appends a row (the cells are copied).
  void add_row(std::initializer_list<std::string_view> cells) {
    rows.emplace_back(cells.begin(), cells.end());
  }
};

/// Returns how many terminal columns `text` (UTF-8) takes.
std::size_t display_width(std::string_view text);

/// Returns `text` cut to at most `width` terminal columns, ending in "…" when cut.
std::string truncate_to_width(std::string_view text, std::size_t width);

/// Returns the width to fit tables into: the terminal's (TIOCGWINSZ) when stdout is one,
/// else $COLUMNS when set, else 0 (no limit).
std::size_t output_width();

/// Writes the table: a header line, then the rows, columns two spaces apart, with no
/// trailing spaces; fits `width` columns by shrinking the widest columns (0: no limit);
/// with colour on, the cells of painted columns are coloured by their kind.
void write_table(const Table& table, std::ostream& out, std::size_t width,
                 Colour colour = Colour::off);

}  // namespace notegraph::cli
