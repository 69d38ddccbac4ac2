#include "notegraph/exporters/text.hpp"

#include <array>
#include <charconv>
#include <cstdio>
#include <system_error>

namespace notegraph {

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

void append_number(std::string& out, double value) {
  std::array<char, 64> buf{};
  const auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), value);
  if (ec != std::errc()) {
    out += '0';
    return;
  }
  out.append(buf.data(), end);
}

std::string format_number(double value) {
  std::string out;
  append_number(out, value);
  return out;
}

}  // namespace notegraph
