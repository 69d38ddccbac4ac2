#pragma once
// JSON-LD: one serialization of the RDF statement list (rdf.hpp); a JSON-LD processor's
// toRDF yields exactly the N-Quads export's triples.

#include <ostream>

#include "notegraph/exporters/export.hpp"

namespace notegraph {

/// Writes `graph` as one JSON-LD document with an inline @context and an @graph of node
/// objects (sorted by @id) to `out`.
void write_jsonld(const KnowledgeGraph& graph, std::ostream& out, const ExportOptions& options);

}  // namespace notegraph
