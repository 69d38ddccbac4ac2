#pragma once
// A KnowledgeGraph as a Graphviz graph (libcgraph), laid out and rendered through
// libgvc: the SVG export draws it, the HTML export reads its positions. The only code
// that includes Graphviz's headers (graphviz_graph.cpp); this header keeps them out.

#include <memory>
#include <string>
#include <vector>

#include "notegraph/exporters/export.hpp"

namespace notegraph {

/// What the Graphviz graph carries: the whole picture (labels, shapes, colours, links:
/// the SVG export), or bare points for a layout whose positions are all that is read.
enum class GraphvizDetail { picture, positions };

/// A point in Graphviz's coordinates (points, y up).
struct Point {
  double x = 0;
  double y = 0;
};

/// Returns the engine a layout choice means for this graph: dot or sfdp as asked, and for
/// LayoutEngine::automatic dot up to kDotMaxNodes nodes and kDotMaxEdges edges, else sfdp.
LayoutEngine resolve_engine(LayoutEngine engine, const KnowledgeGraph& graph);

/// One Graphviz graph built from a KnowledgeGraph, with its Graphviz context (RAII).
/// Graphviz's diagnostics are collected, never printed: a failure throws
/// std::runtime_error carrying them.
class GraphvizGraph {
 public:
  /// Builds the graph: nodes in vertex order named by their ids, edges in edge order,
  /// styled like the DOT export (exporters/style) when `detail` is picture.
  GraphvizGraph(const KnowledgeGraph& graph, GraphvizDetail detail);
  ~GraphvizGraph();
  GraphvizGraph(const GraphvizGraph&) = delete;
  GraphvizGraph& operator=(const GraphvizGraph&) = delete;

  /// Lays the graph out with dot or sfdp (LayoutEngine::automatic resolved first).
  /// Throws std::runtime_error when Graphviz fails.
  void layout(LayoutEngine engine);

  /// Returns the laid-out graph as an SVG document. Throws std::runtime_error when it
  /// has not been laid out or Graphviz fails.
  std::string render_svg();

  /// Returns each vertex's laid-out position, in vertex order. Throws std::logic_error
  /// when the graph has not been laid out.
  std::vector<Point> positions() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace notegraph
