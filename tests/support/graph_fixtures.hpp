#pragma once
// Hand-made graphs in tests: nodes given by id ("note:a.md") and occurrences whose
// strings outlive the builder call.

#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "notegraph/model/builder.hpp"
#include "notegraph/model/graph.hpp"

namespace notegraph::testing {

/// A node to add: owns the strings a NodeSpec views.
struct TestNode {
  NodeKind kind = NodeKind::note;
  std::string id;  ///< "<kind>:<key>"
  std::string label;
  std::string entity_type;
  std::string same_as;
  std::vector<std::string> tags, aliases;
  std::vector<Property> properties;
};

/// Returns a node of that kind, id and label (the id's key is what follows "<kind>:").
inline TestNode make_node(NodeKind kind, std::string id, std::string label = {}, std::string = {}) {
  TestNode n;
  n.kind = kind;
  n.id = std::move(id);
  n.label = std::move(label);
  return n;
}

inline NodeId add_node(GraphBuilder& b, const TestNode& n) {
  NodeSpec spec;
  spec.kind = n.kind;
  spec.key = std::string_view(n.id).substr(n.id.find(':') + 1);
  spec.label = n.label;
  spec.entity_type = n.entity_type;
  spec.same_as = n.same_as;
  spec.tags = n.tags;
  spec.aliases = n.aliases;
  spec.properties = n.properties;
  return b.add_node(spec);
}

/// Occurrence views into strings kept alive for the whole test run.
inline std::string_view keep(std::string s) {
  static std::deque<std::string> kept;
  kept.push_back(std::move(s));
  return kept.back();
}

inline Occurrence occurrence(int line, std::optional<int> second = std::nullopt,
                             std::string alias = {}, std::string section = {}) {
  Occurrence o;
  o.line = line;
  o.second = second;
  o.alias = keep(std::move(alias));
  o.section = keep(std::move(section));
  return o;
}

}  // namespace notegraph::testing
