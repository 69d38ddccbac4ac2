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
  Vertex vertex{};                  ///< when found
  std::vector<Vertex> candidates;   ///< when ambiguous: every match, in id order
  std::vector<Vertex> suggestions;  ///< when not found: up to five did-you-mean nodes
};

/// Finds the node `ref` names: an exact id first, then a case-insensitive match on
/// id, path (with or without `.md`), label, alias or entity name.
Lookup lookup_node(const KnowledgeGraph& graph, std::string_view ref);

}  // namespace notegraph
