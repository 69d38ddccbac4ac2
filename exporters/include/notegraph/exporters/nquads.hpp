#pragma once
// N-Quads: the JSON-LD export's triples (rdf.hpp), one per line, for bulk loading into
// RDF stores.

#include <ostream>

#include "notegraph/exporters/export.hpp"

namespace notegraph {

/// Writes `graph` as N-Quads (triples in the default graph, canonical N-Triples escapes,
/// sorted) to `out`.
void write_nquads(const KnowledgeGraph& graph, std::ostream& out, const ExportOptions& options);

}  // namespace notegraph
