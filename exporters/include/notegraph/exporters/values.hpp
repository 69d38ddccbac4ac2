#pragma once
// Values every tabular export writes the same way: lists and front-matter values as
// JSON text (strings escaped by the text module's JSON escaper, RapidJSON's writer), and
// the one edge weight Gephi and Graphviz read.

#include <string>
#include <string_view>
#include <vector>

#include "notegraph/exporters/text.hpp"
#include "notegraph/model/graph.hpp"

namespace notegraph {

/// Appends `["a","b"]` (JSON text) for any range of strings.
template <typename Strings>
void append_json_list(std::string& out, const Strings& items) {
  out += '[';
  bool first = true;
  for (std::string_view item : items) {
    if (!first) out += ',';
    first = false;
    text::append_json_string(out, item);
  }
  out += ']';
}

/// Returns `["a","b"]` (JSON text) for any range of strings.
template <typename Strings>
std::string json_list(const Strings& items) {
  std::string out;
  append_json_list(out, items);
  return out;
}

/// Appends `[1,2]` (JSON text) for a list of integers.
void append_json_list(std::string& out, const std::vector<int>& items);

/// Returns `[1,2]` (JSON text) for a list of integers.
std::string json_list(const std::vector<int>& items);

/// Returns a front-matter value as JSON text (maps keep their key order; numbers in
/// their shortest round-trip form).
std::string json_value(const Value& value);

/// Appends the properties as one JSON object (`{"key":value,…}`, keys in order).
void append_json_properties(std::string& out, const std::vector<PropertyView>& properties);

/// Returns the properties as one JSON object (`{"key":value,…}`, keys in order).
std::string json_properties(const std::vector<PropertyView>& properties);

/// Returns an edge's weight: a cooccurs edge's shared blocks, otherwise its count
/// (at least 1, so layouts never see a zero-weight edge).
double edge_weight(const EdgeView& edge);

}  // namespace notegraph
