#include "colour.hpp"

#include <unistd.h>

#include <cstdlib>

#include "notegraph/model/kinds.hpp"

namespace notegraph::cli {
namespace {

std::string_view node_colour(NodeKind kind) {
  switch (kind) {
    case NodeKind::note:
      return "34";  // blue
    case NodeKind::missing:
      return "31";  // red
    case NodeKind::attachment:
      return "35";  // magenta
    case NodeKind::tag:
      return "33";  // yellow
    case NodeKind::url:
      return "36";  // cyan
    case NodeKind::video:
      return "91";  // bright red
    case NodeKind::entity:
      return "32";  // green
  }
  return {};
}

std::string_view edge_colour(EdgeKind kind) {
  switch (kind) {
    case EdgeKind::link:
      return "34";
    case EdgeKind::tag:
      return "33";
    case EdgeKind::broader:
      return "93";
    case EdgeKind::url:
      return "36";
    case EdgeKind::source:
      return "91";
    case EdgeKind::mention:
      return "32";
    case EdgeKind::cooccurs:
      return "92";
  }
  return {};
}

}  // namespace

Colour output_colour() {
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return Colour::off;
  const char* term = std::getenv("TERM");
  if (term && std::string_view(term) == "dumb") return Colour::off;
  return ::isatty(STDOUT_FILENO) ? Colour::on : Colour::off;
}

std::string paint(std::string_view cell, Paint paint) {
  // A cell may be "mention:relation"; the kind is what comes before the colon.
  const std::string_view name = cell.substr(0, cell.find(':'));
  std::string_view code;
  if (paint == Paint::node_kind) {
    if (auto kind = parse_name(kNodeKindNames, name)) code = node_colour(*kind);
  } else if (paint == Paint::edge_kind) {
    if (auto kind = parse_name(kEdgeKindNames, name)) code = edge_colour(*kind);
  }
  if (code.empty()) return std::string(cell);
  return "\x1b[" + std::string(code) + "m" + std::string(cell) + "\x1b[0m";
}

}  // namespace notegraph::cli
