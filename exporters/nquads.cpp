#include "notegraph/exporters/nquads.hpp"

#include "notegraph/exporters/rdf.hpp"
#include "notegraph/exporters/text.hpp"

namespace notegraph {

void write_nquads(const KnowledgeGraph& graph, std::ostream& out, const ExportOptions& options) {
  const std::string xsd_string = std::string(kXsdIri) + "string";
  std::string line;
  for (const Statement& s : rdf_statements(graph, options)) {
    line.clear();
    line += '<';
    line += s.subject;
    line += "> <";
    line += s.predicate;
    line += "> ";
    if (s.object.type == RdfObject::Type::iri) {
      line += '<';
      line += s.object.value;
      line += '>';
    } else {
      line += '"';
      line += nquads_escape(s.object.value);
      line += '"';
      if (!s.object.datatype.empty() && s.object.datatype != xsd_string) {
        line += "^^<";
        line += s.object.datatype;
        line += '>';
      }
    }
    line += " .\n";
    out << line;
  }
}

}  // namespace notegraph
