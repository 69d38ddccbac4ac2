#pragma once
// How each kind looks, in one table that DOT (shape, colour), GraphML (Gephi's r/g/b
// keys) and GEXF (viz:color) share, so a kind has the same colour everywhere.

#include <string>
#include <string_view>

#include "notegraph/model/graph.hpp"

namespace notegraph {

struct Rgb {
  int r = 0, g = 0, b = 0;
};

struct NodeStyle {
  std::string_view shape;     ///< Graphviz node shape
  std::string_view dot_style; ///< Graphviz style list ("filled", "filled,dashed")
  Rgb color;                  ///< fill colour
};

struct EdgeStyle {
  std::string_view dot_style;  ///< Graphviz edge style ("solid", "dashed", "dotted", "bold")
  Rgb color;
};

/// Returns the style of a node: by kind, and for entities by built-in entity type.
NodeStyle node_style(const NodeView& node);

/// Returns the style of a node kind alone (entities as EntityType::other); for legends.
NodeStyle node_kind_style(NodeKind kind);

/// Returns the style of an entity of this built-in type; for legends.
NodeStyle entity_style(EntityType type);

/// Returns the style of an edge kind.
EdgeStyle edge_style(EdgeKind kind);

/// Returns "#rrggbb".
std::string hex_color(Rgb color);

}  // namespace notegraph
