#include "notegraph/model/value.hpp"

#include <cstring>

#include "notegraph/model/binary.hpp"

namespace notegraph {
namespace {

// Tags of the encoding: one byte, then the payload. Lengths and counts are LEB128.
enum Tag : unsigned char { kNull, kFalse, kTrue, kInteger, kNumber, kString, kList, kMap };

// Values nest at most this deep in storage; deeper input has been cut by the parser.
constexpr int kMaxDepth = 256;

using detail::get_string;
using detail::get_varint;
using detail::put_string;
using detail::put_varint;

bool decode(std::string_view& in, Value& out, int depth) {
  if (in.empty() || depth > kMaxDepth) return false;
  const auto tag = static_cast<unsigned char>(in.front());
  in.remove_prefix(1);
  switch (tag) {
    case kNull: out = Value(); return true;
    case kFalse: out = Value::boolean(false); return true;
    case kTrue: out = Value::boolean(true); return true;
    case kInteger: {
      std::uint64_t zigzag = 0;
      if (!get_varint(in, zigzag)) return false;
      out = Value::integer(static_cast<std::int64_t>((zigzag >> 1) ^ (~(zigzag & 1) + 1)));
      return true;
    }
    case kNumber: {
      if (in.size() < sizeof(double)) return false;
      double d = 0;
      std::memcpy(&d, in.data(), sizeof d);
      in.remove_prefix(sizeof d);
      out = Value::number(d);
      return true;
    }
    case kString: {
      std::string s;
      if (!get_string(in, s)) return false;
      out = Value::string(std::move(s));
      return true;
    }
    case kList: {
      std::uint64_t n = 0;
      if (!get_varint(in, n) || n > in.size()) return false;  // each item takes ≥ 1 byte
      Value::List items(n);
      for (auto& item : items)
        if (!decode(in, item, depth + 1)) return false;
      out = Value::list(std::move(items));
      return true;
    }
    case kMap: {
      std::uint64_t n = 0;
      if (!get_varint(in, n) || n > in.size() / 2) return false;  // key + value ≥ 2 bytes
      Value::Map fields(n);
      for (auto& f : fields)
        if (!get_string(in, f.key) || !decode(in, f.value, depth + 1)) return false;
      out = Value::map(std::move(fields));
      return true;
    }
    default: return false;
  }
}

}  // namespace

bool operator==(const Value& a, const Value& b) { return a.data_ == b.data_; }

void encode_value(const Value& value, std::string& out) {
  switch (value.type()) {
    case Value::Type::null: out.push_back(static_cast<char>(kNull)); return;
    case Value::Type::boolean:
      out.push_back(static_cast<char>(value.as_boolean() ? kTrue : kFalse));
      return;
    case Value::Type::integer: {
      out.push_back(static_cast<char>(kInteger));
      const auto i = value.as_integer();
      put_varint(out, (static_cast<std::uint64_t>(i) << 1) ^ static_cast<std::uint64_t>(i >> 63));
      return;
    }
    case Value::Type::number: {
      out.push_back(static_cast<char>(kNumber));
      const double d = value.as_number();
      char raw[sizeof d];
      std::memcpy(raw, &d, sizeof d);
      out.append(raw, sizeof raw);
      return;
    }
    case Value::Type::string:
      out.push_back(static_cast<char>(kString));
      put_string(out, value.as_string());
      return;
    case Value::Type::list:
      out.push_back(static_cast<char>(kList));
      put_varint(out, value.as_list().size());
      for (const auto& item : value.as_list()) encode_value(item, out);
      return;
    case Value::Type::map:
      out.push_back(static_cast<char>(kMap));
      put_varint(out, value.as_map().size());
      for (const auto& f : value.as_map()) {
        put_string(out, f.key);
        encode_value(f.value, out);
      }
      return;
  }
}

Value decode_value(std::string_view& bytes) {
  Value out;
  if (!decode(bytes, out, 0)) {
    bytes = {};
    return Value();
  }
  return out;
}

}  // namespace notegraph
