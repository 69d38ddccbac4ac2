#include "notegraph/exporters/values.hpp"

#include <algorithm>

namespace notegraph {
namespace {

void append_json(std::string& out, const Value& value);

// `open item,item… close`, each item written by `each(out, item)`.
template <typename Items, typename Each>
void append_sequence(std::string& out, char open, const Items& items, char close, Each each) {
  out += open;
  bool first = true;
  for (const auto& item : items) {
    if (!first) out += ',';
    first = false;
    each(out, item);
  }
  out += close;
}

void append_json(std::string& out, const Value& value) {
  switch (value.type()) {
    case Value::Type::null: out += "null"; return;
    case Value::Type::boolean: out += value.as_boolean() ? "true" : "false"; return;
    case Value::Type::integer: out += std::to_string(value.as_integer()); return;
    case Value::Type::number: append_number(out, value.as_number()); return;
    case Value::Type::string: text::append_json_string(out, value.as_string()); return;
    case Value::Type::list:
      append_sequence(out, '[', value.as_list(), ']', append_json);
      return;
    case Value::Type::map:
      append_sequence(out, '{', value.as_map(), '}', [](std::string& o, const auto& field) {
        text::append_json_string(o, field.key);
        o += ':';
        append_json(o, field.value);
      });
      return;
  }
}

}  // namespace

void append_json_list(std::string& out, const std::vector<int>& items) {
  append_sequence(out, '[', items, ']', [](std::string& o, int i) { o += std::to_string(i); });
}

std::string json_list(const std::vector<int>& items) {
  std::string out;
  append_json_list(out, items);
  return out;
}

std::string json_value(const Value& value) {
  std::string out;
  append_json(out, value);
  return out;
}

void append_json_properties(std::string& out, const std::vector<PropertyView>& properties) {
  append_sequence(out, '{', properties, '}', [](std::string& o, const PropertyView& p) {
    text::append_json_string(o, p.key);
    o += ':';
    append_json(o, p.value);
  });
}

std::string json_properties(const std::vector<PropertyView>& properties) {
  std::string out;
  append_json_properties(out, properties);
  return out;
}

double edge_weight(const EdgeView& edge) {
  if (edge.kind() == EdgeKind::cooccurs && edge.weight() > 0) return edge.weight();
  return std::max(edge.count(), 1);
}

}  // namespace notegraph
