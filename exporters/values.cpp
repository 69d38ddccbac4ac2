#include "notegraph/exporters/values.hpp"

#include <algorithm>

#include "notegraph/exporters/text.hpp"

namespace notegraph {

std::string json_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    out += json_quote(items[i]);
  }
  return out + "]";
}

std::string json_list(const std::vector<int>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    out += std::to_string(items[i]);
  }
  return out + "]";
}

std::string json_properties(const std::vector<Property>& properties) {
  std::string out = "{";
  for (std::size_t i = 0; i < properties.size(); ++i) {
    if (i) out += ',';
    out += json_quote(properties[i].key);
    out += ':';
    // The model keeps each value as JSON text already; an empty one stands for null.
    out += properties[i].json.empty() ? "null" : valid_utf8(properties[i].json);
  }
  return out + "}";
}

double edge_weight(const Edge& edge) {
  if (edge.kind == EdgeKind::cooccurs && edge.weight > 0) return edge.weight;
  return std::max(edge.count, 1);
}

}  // namespace notegraph
