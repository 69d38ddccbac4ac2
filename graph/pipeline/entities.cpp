// The extract → build step: extractor spans become entity nodes, typed notes,
// mention edges (with line, section and cited second) and cooccurs edges.
#include "notegraph/pipeline/entities.hpp"

#include <algorithm>
#include <map>

namespace notegraph {
namespace {

// The group a mention belongs to for --cooccurrence: two entities in the same group
// of a note share one unit of cooccurs weight.
std::string group_of(const Block& block, std::size_t index, CooccurrenceScope scope) {
  switch (scope) {
    case CooccurrenceScope::block: return std::to_string(index);
    case CooccurrenceScope::section: return join_section(block.heading_path);
    case CooccurrenceScope::note:
    case CooccurrenceScope::off: return {};
  }
  return {};
}

}  // namespace

void add_entities(GraphBuilder& builder, const std::vector<ParsedNote>& notes,
                  const std::vector<NodeId>& note_vertices, const ExtractOptions& options,
                  std::vector<Diagnostic>& diagnostics) {
  std::vector<NoteExtraction> found = extract_entities(notes, options, diagnostics);
  std::map<std::string_view, NodeId> by_path;
  for (std::size_t i = 0; i < notes.size(); ++i) by_path.emplace(notes[i].path, note_vertices[i]);

  for (std::size_t i = 0; i < notes.size(); ++i) {
    const ParsedNote& note = notes[i];
    const NodeId from = note_vertices[i];
    // The typed-notes extractor alone decides a note's type, so switching it off
    // leaves notes untyped.
    builder.set_entity_type(
        from, options.enabled(ExtractorKind::typed_notes) ? found[i].note_type : std::string());
    std::map<std::string, std::vector<NodeId>> groups;
    for (const EntitySpan& span : found[i].spans) {
      if (span.block >= note.blocks.size()) continue;
      const Block& block = note.blocks[span.block];
      if (span.end > block.text.size() || span.begin >= span.end) continue;
      const std::string section = join_section(block.heading_path);
      const std::string_view surface =
          std::string_view(block.text).substr(span.begin, span.end - span.begin);
      Occurrence occ;
      occ.line = block.line_at(span.begin);
      occ.section = section;
      occ.second = block.second_at(span.begin);
      if (!span.note.empty()) {
        auto it = by_path.find(span.note);
        if (it == by_path.end()) continue;
        if (surface != span.name) occ.alias = surface;
        builder.add_occurrence(from, it->second, EdgeKind::mention, {}, occ);
        continue;
      }
      if (span.type.empty() || span.name.empty()) continue;
      const std::string key = span.type + ":" + entity_key(span.name);
      NodeSpec node;
      node.kind = NodeKind::entity;
      node.key = key;
      node.label = span.name;
      node.entity_type = span.type;
      node.aliases = span.aliases;
      node.same_as = span.same_as;
      const NodeId v = builder.add_node(node);
      if (surface != span.name) occ.alias = surface;
      builder.add_occurrence(from, v, EdgeKind::mention, {}, occ);
      if (options.cooccurrence != CooccurrenceScope::off)
        groups[group_of(block, span.block, options.cooccurrence)].push_back(v);
    }
    for (auto& [group, members] : groups) {
      std::sort(members.begin(), members.end());
      members.erase(std::unique(members.begin(), members.end()), members.end());
      for (std::size_t a = 0; a < members.size(); ++a)
        for (std::size_t b = a + 1; b < members.size(); ++b)
          builder.add_cooccurrence(members[a], members[b], 1);
    }
  }
}

}  // namespace notegraph
