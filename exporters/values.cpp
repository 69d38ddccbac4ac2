#include "notegraph/exporters/values.hpp"

#include <algorithm>

namespace notegraph {
namespace {

void append_json(std::string& out, const Value& value) {
  switch (value.type()) {
    case Value::Type::null: out += "null"; return;
    case Value::Type::boolean: out += value.as_boolean() ? "true" : "false"; return;
    case Value::Type::integer: out += std::to_string(value.as_integer()); return;
    case Value::Type::number: out += format_number(value.as_number()); return;
    case Value::Type::string: out += json_quote(value.as_string()); return;
    case Value::Type::list: {
      out += '[';
      bool first = true;
      for (const auto& item : value.as_list()) {
        if (!first) out += ',';
        first = false;
        append_json(out, item);
      }
      out += ']';
      return;
    }
    case Value::Type::map: {
      out += '{';
      bool first = true;
      for (const auto& field : value.as_map()) {
        if (!first) out += ',';
        first = false;
        out += json_quote(field.key);
        out += ':';
        append_json(out, field.value);
      }
      out += '}';
      return;
    }
  }
}

}  // namespace

std::string json_list(const std::vector<int>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    out += std::to_string(items[i]);
  }
  return out + "]";
}

std::string json_value(const Value& value) {
  std::string out;
  append_json(out, value);
  return out;
}

std::string json_properties(const std::vector<PropertyView>& properties) {
  std::string out = "{";
  for (std::size_t i = 0; i < properties.size(); ++i) {
    if (i) out += ',';
    out += json_quote(properties[i].key);
    out += ':';
    append_json(out, properties[i].value);
  }
  return out + "}";
}

double edge_weight(const EdgeView& edge) {
  if (edge.kind() == EdgeKind::cooccurs && edge.weight() > 0) return edge.weight();
  return std::max(edge.count(), 1);
}

}  // namespace notegraph
