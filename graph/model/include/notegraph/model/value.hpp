#pragma once
// A typed front-matter value (SPEC 2.1: "every other key becomes a node property"):
// null, boolean, integer, number, string, list or map, as YAML's core schema reads
// them. The model keeps values typed; each exporter renders them in its own syntax.

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace notegraph {

struct Field;

/// One front-matter value. Maps keep their keys in document order.
class Value {
 public:
  enum class Type { null, boolean, integer, number, string, list, map };
  using List = std::vector<Value>;
  using Map = std::vector<Field>;

  Value() = default;
  static Value boolean(bool b) { return Value(Data(std::in_place_index<1>, b)); }
  static Value integer(std::int64_t i) { return Value(Data(std::in_place_index<2>, i)); }
  static Value number(double d) { return Value(Data(std::in_place_index<3>, d)); }
  static Value string(std::string s) { return Value(Data(std::in_place_index<4>, std::move(s))); }
  static Value list(List items) { return Value(Data(std::in_place_index<5>, std::move(items))); }
  static Value map(Map fields) { return Value(Data(std::in_place_index<6>, std::move(fields))); }

  /// Returns which alternative this value holds.
  Type type() const { return static_cast<Type>(data_.index()); }
  bool is_null() const { return type() == Type::null; }

  /// The alternatives; each requires type() to match (std::bad_variant_access otherwise).
  bool as_boolean() const { return std::get<1>(data_); }
  std::int64_t as_integer() const { return std::get<2>(data_); }
  double as_number() const { return std::get<3>(data_); }
  const std::string& as_string() const { return std::get<4>(data_); }
  const List& as_list() const { return std::get<5>(data_); }
  const Map& as_map() const { return std::get<6>(data_); }

  friend bool operator==(const Value&, const Value&);

 private:
  using Data = std::variant<std::monostate, bool, std::int64_t, double, std::string, List, Map>;
  explicit Value(Data d) : data_(std::move(d)) {}
  Data data_;
};

/// One key of a map value.
struct Field {
  std::string key;
  Value value;
  friend bool operator==(const Field&, const Field&) = default;
};

/// One front-matter key of a note that is not title, aliases, tags or type.
struct Property {
  std::string key;
  Value value;
  friend bool operator==(const Property&, const Property&) = default;
};

/// Appends the compact binary form of `value` (the model's storage encoding) to `out`.
void encode_value(const Value& value, std::string& out);

/// Reads a value written by encode_value from the front of `bytes` (advancing it);
/// returns a null value and empties `bytes` when they are malformed.
Value decode_value(std::string_view& bytes);

}  // namespace notegraph
