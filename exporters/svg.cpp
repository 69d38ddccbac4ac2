#include "notegraph/exporters/svg.hpp"

#include "graphviz_graph.hpp"

namespace notegraph {

void write_svg(const KnowledgeGraph& graph, std::ostream& out, const ExportOptions& options) {
  GraphvizGraph picture(graph, GraphvizDetail::picture);
  picture.layout(options.layout);
  out << picture.render_svg();
}

}  // namespace notegraph
