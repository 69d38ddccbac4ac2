// PLACEHOLDER until the entity-extraction issue lands: extraction adds nothing yet.
#include "notegraph/pipeline/entities.hpp"

namespace notegraph {

void add_entities(GraphBuilder&, const std::vector<ParsedNote>&, const std::vector<Vertex>&,
                  const ExtractOptions&, std::vector<Diagnostic>&) {}

}  // namespace notegraph
