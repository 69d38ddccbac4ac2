#include "notegraph/query/text.hpp"

#include <algorithm>
#include <vector>

#include "notegraph/text/utf8.hpp"

namespace notegraph {
namespace {

std::u32string to_code_points(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) out.push_back(text::next_code_point(text, i));
  return out;
}

}  // namespace

std::size_t edit_distance(std::string_view a8, std::string_view b8, std::size_t limit) {
  const std::u32string a = to_code_points(a8);
  const std::u32string b = to_code_points(b8);
  const std::size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > limit) return limit + 1;
  std::vector<std::size_t> prev(m + 1), cur(m + 1);
  for (std::size_t j = 0; j <= m; ++j) prev[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    cur[0] = i;
    std::size_t row_min = cur[0];
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t substitute = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, substitute});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(prev, cur);
  }
  return std::min(prev[m], limit + 1);
}

}  // namespace notegraph
