#pragma once
// Values every tabular export writes the same way: lists and front-matter maps as JSON
// text, and the one edge weight Gephi and Graphviz read.

#include <string>
#include <vector>

#include "notegraph/model/graph.hpp"

namespace notegraph {

/// Returns `["a","b"]` (JSON text) for a list of strings.
std::string json_list(const std::vector<std::string>& items);

/// Returns `[1,2]` (JSON text) for a list of integers.
std::string json_list(const std::vector<int>& items);

/// Returns the properties as one JSON object (`{"key":value,…}`, keys in order).
std::string json_properties(const std::vector<Property>& properties);

/// Returns an edge's weight: a cooccurs edge's shared blocks, otherwise its count
/// (at least 1, so layouts never see a zero-weight edge).
double edge_weight(const Edge& edge);

}  // namespace notegraph
