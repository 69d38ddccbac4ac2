#include "notegraph/exporters/style.hpp"

#include <array>
#include <cstdio>
#include <utility>

namespace notegraph {
namespace {

// Colours from ColorBrewer's qualitative sets: distinct on white, and on Gephi's
// default background.
constexpr std::array<std::pair<NodeKind, NodeStyle>, 7> kNodeStyles{{
    {NodeKind::note, {"ellipse", "filled", {128, 177, 211}}},
    {NodeKind::missing, {"ellipse", "filled,dashed", {217, 217, 217}}},
    {NodeKind::attachment, {"note", "filled", {204, 235, 197}}},
    {NodeKind::tag, {"hexagon", "filled", {179, 222, 105}}},
    {NodeKind::url, {"box", "filled,rounded", {255, 255, 179}}},
    {NodeKind::video, {"box3d", "filled", {251, 128, 114}}},
    {NodeKind::entity, {"diamond", "filled", {188, 128, 189}}},
}};

constexpr std::array<std::pair<EntityType, Rgb>, 6> kEntityColors{{
    {EntityType::person, {190, 186, 218}},
    {EntityType::place, {141, 211, 199}},
    {EntityType::organization, {253, 180, 98}},
    {EntityType::event, {252, 205, 229}},
    {EntityType::date, {255, 237, 111}},
    {EntityType::other, {188, 128, 189}},
}};

constexpr std::array<std::pair<EdgeKind, EdgeStyle>, 7> kEdgeStyles{{
    {EdgeKind::link, {"solid", {31, 120, 180}}},
    {EdgeKind::tag, {"dashed", {51, 160, 44}}},
    {EdgeKind::broader, {"bold", {51, 160, 44}}},
    {EdgeKind::url, {"dotted", {177, 89, 40}}},
    {EdgeKind::source, {"bold", {227, 26, 28}}},
    {EdgeKind::mention, {"dashed", {106, 61, 154}}},
    {EdgeKind::cooccurs, {"dotted", {150, 150, 150}}},
}};

}  // namespace

NodeStyle node_kind_style(NodeKind kind) {
  for (const auto& [k, style] : kNodeStyles)
    if (k == kind) return style;
  return kNodeStyles[0].second;
}

NodeStyle entity_style(EntityType type) {
  NodeStyle style = node_kind_style(NodeKind::entity);
  for (const auto& [t, color] : kEntityColors)
    if (t == type) style.color = color;
  return style;
}

NodeStyle node_style(const NodeView& node) {
  if (node.kind() == NodeKind::entity) return entity_style(entity_type_of(node.entity_type()));
  return node_kind_style(node.kind());
}

EdgeStyle edge_style(EdgeKind kind) {
  for (const auto& [k, style] : kEdgeStyles)
    if (k == kind) return style;
  return kEdgeStyles[0].second;
}

std::string hex_color(Rgb c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r & 0xFF, c.g & 0xFF, c.b & 0xFF);
  return buf;
}

}  // namespace notegraph
