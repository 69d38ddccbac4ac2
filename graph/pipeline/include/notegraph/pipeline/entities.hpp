#pragma once
// The extract → build step: runs the enabled extractors over parsed notes and adds
// entity nodes, typed notes, mention and cooccurs edges to the builder.

#include <vector>

#include "notegraph/extract/extract.hpp"
#include "notegraph/ingest/parsed_note.hpp"
#include "notegraph/model/builder.hpp"

namespace notegraph {

/// Adds what the extractors find in `notes` to `builder`. `note_vertices[i]` is the
/// vertex of `notes[i]`. Extractor problems (a failing external command, a bad
/// gazetteer line) are appended to `diagnostics`.
void add_entities(GraphBuilder& builder, const std::vector<ParsedNote>& notes,
                  const std::vector<NodeId>& note_vertices, const ExtractOptions& options,
                  std::vector<Diagnostic>& diagnostics);

}  // namespace notegraph
