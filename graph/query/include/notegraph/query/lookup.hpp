#pragma once
// Finding the node a user means (SPEC 5): NODE is an id, a title, an alias, a path or
// an entity name, case-insensitive. Shared by `query` and `export --around`.

#include <string>
#include <string_view>
#include <vector>

#include "notegraph/model/graph.hpp"

namespace notegraph {

enum class LookupOutcome { found, ambiguous, not_found };

struct Lookup {
  LookupOutcome outcome = LookupOutcome::not_found;
  NodeId vertex{};                  ///< when found
  std::vector<NodeId> candidates;   ///< when ambiguous: every match, in id order
  std::vector<NodeId> suggestions;  ///< when not found: up to five did-you-mean nodes
};

/// Finds the node `ref` names. An exact id wins; otherwise matches are compared Unicode
/// case-folded (NFC) in tiers, the first tier with a match deciding: (1) the id, (2) the
/// vault path, with or without `.md`, (3) a name: label (title), alias, file stem, the
/// id without its kind ("video:ID" → ID, an entity's name), a URL, or a tag written
/// `#tag`. Within a tier notes win over other nodes of the same name (the video a note
/// summarizes, an entity the note stands for); more than one match left is ambiguous (every candidate, in id order);
/// no match gives up to five suggestions: names within a small edit distance first, then
/// names that contain the text (or are contained in it), closest and shortest first.
Lookup lookup_node(const KnowledgeGraph& graph, std::string_view ref);

}  // namespace notegraph
