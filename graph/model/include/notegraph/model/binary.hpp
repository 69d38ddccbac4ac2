#pragma once
// LEB128 integers and length-prefixed strings: the building blocks of every binary form
// the index stores (values, parts, parsed notes, observations).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace notegraph::detail {

/// Appends `v` as LEB128 to `out`.
inline void put_varint(std::string& out, std::uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<char>(v));
}

/// Reads a LEB128 integer from the front of `in`; false when truncated or too long.
inline bool get_varint(std::string_view& in, std::uint64_t& v) {
  v = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    if (in.empty()) return false;
    const auto byte = static_cast<unsigned char>(in.front());
    in.remove_prefix(1);
    v |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
    if (!(byte & 0x80)) return true;
  }
  return false;
}

/// Appends `s` with its length in front.
inline void put_string(std::string& out, std::string_view s) {
  put_varint(out, s.size());
  out.append(s);
}

/// Reads a string written by put_string; false when the bytes are short.
inline bool get_string(std::string_view& in, std::string& s) {
  std::uint64_t n = 0;
  if (!get_varint(in, n) || n > in.size()) return false;
  s.assign(in.substr(0, n));
  in.remove_prefix(n);
  return true;
}

/// Appends a list of strings (count, then each).
inline void put_strings(std::string& out, const std::vector<std::string>& items) {
  put_varint(out, items.size());
  for (const auto& s : items) put_string(out, s);
}

/// Reads a list written by put_strings; false when corrupt.
inline bool get_strings(std::string_view& in, std::vector<std::string>& items) {
  std::uint64_t n = 0;
  if (!get_varint(in, n) || n > in.size()) return false;  // each takes at least one byte
  items.resize(n);
  for (auto& s : items)
    if (!get_string(in, s)) return false;
  return true;
}

/// Reads a count of items that take at least `min_bytes` each; false when the bytes
/// left cannot hold that many (so corrupt counts never allocate).
inline bool get_count(std::string_view& in, std::uint64_t& n, std::size_t min_bytes = 1) {
  return get_varint(in, n) && n <= in.size() / (min_bytes ? min_bytes : 1);
}

}  // namespace notegraph::detail
