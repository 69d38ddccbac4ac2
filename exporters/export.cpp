#include "notegraph/exporters/export.hpp"

#include <stdexcept>

#include "notegraph/exporters/dot.hpp"
#include "notegraph/exporters/gexf.hpp"
#include "notegraph/exporters/graphml.hpp"
#include "notegraph/exporters/html.hpp"
#include "notegraph/exporters/jsonld.hpp"
#include "notegraph/exporters/nquads.hpp"
#include "notegraph/exporters/svg.hpp"

namespace notegraph {

OutputShape output_shape(ExportFormat format) {
  return format == ExportFormat::csv ? OutputShape::directory : OutputShape::stream;
}

std::string_view output_name(ExportFormat format) {
  switch (format) {
    case ExportFormat::graphml: return "graph.graphml";
    case ExportFormat::dot: return "graph.dot";
    case ExportFormat::jsonld: return "graph.jsonld";
    case ExportFormat::gexf: return "graph.gexf";
    case ExportFormat::nquads: return "graph.nq";
    case ExportFormat::csv: return "csv";
    case ExportFormat::svg: return "graph.svg";
    case ExportFormat::html: return "graph.html";
  }
  return "graph";
}

void write_export(ExportFormat format, const KnowledgeGraph& graph, std::ostream& out,
                  const ExportOptions& options) {
  switch (format) {
    case ExportFormat::graphml: return write_graphml(graph, out, options);
    case ExportFormat::dot: return write_dot(graph, out, options);
    case ExportFormat::jsonld: return write_jsonld(graph, out, options);
    case ExportFormat::gexf: return write_gexf(graph, out, options);
    case ExportFormat::nquads: return write_nquads(graph, out, options);
    case ExportFormat::svg: return write_svg(graph, out, options);
    case ExportFormat::html: return write_html(graph, out, options);
    case ExportFormat::csv: break;
  }
  throw std::invalid_argument("export format " + std::string(format_name(format)) +
                              " writes a directory, not a stream");
}

}  // namespace notegraph
