#pragma once
// One note's contribution to the graph (its node, its out-edges and the co-occurrences
// of entities in its blocks), resolved and decided. The graph is the union of the parts
// of the vault's notes; the index keeps one part per note and patches the graph with
// the parts of changed notes only.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "notegraph/model/kinds.hpp"
#include "notegraph/model/value.hpp"

namespace notegraph {

/// A node named by kind and key (the id without "<kind>:").
struct NodeRef {
  NodeKind kind = NodeKind::note;
  std::string key;
  friend auto operator<=>(const NodeRef&, const NodeRef&) = default;
};

/// One occurrence, owning its strings (an Occurrence's value form).
struct PartOccurrence {
  int line = 0;
  std::string section;
  std::optional<int> second;
  std::string alias;
  std::string anchor;
  std::string size;
  bool embed = false;
  friend bool operator==(const PartOccurrence&, const PartOccurrence&) = default;
};

/// One out-edge of the note.
struct PartEdge {
  NodeRef target;          ///< a target with the note's own kind and key is a self-link
  EdgeKind kind = EdgeKind::link;
  std::string relation;    ///< typed relation; empty if plain
  std::string name;        ///< how the note names the target: a missing link target as
                           ///< written, an entity's name; empty when the target's own
                           ///< data names it
  std::string entity_type; ///< the entity type the note gives the target; empty if none
  std::vector<std::string> aliases;  ///< entity targets: gazetteer aliases
  std::string same_as;               ///< entity targets: an IRI when known
  std::vector<PartOccurrence> occurrences;  ///< in the order found in the note
  friend bool operator==(const PartEdge&, const PartEdge&) = default;
};

/// A note's node and edges. Edges are unique per (target, kind, relation).
struct NotePart {
  std::string path;         ///< the note's vault path (its node key)
  std::string label;        ///< title, else file stem
  std::string entity_type;  ///< a typed note's own type; empty if untyped
  std::vector<std::string> tags;  ///< lowercase, sorted, unique
  std::vector<std::string> aliases;
  std::vector<Property> properties;
  std::vector<PartEdge> edges;
  /// Pairs of nodes that share a block (or section, or the note): each entry adds 1 to
  /// the undirected cooccurs edge between them. Each pair is ordered (first < second).
  std::vector<std::pair<NodeRef, NodeRef>> cooccurs;
  friend bool operator==(const NotePart&, const NotePart&) = default;
};

/// Appends the binary form of a part (for the index) to `out`.
void encode_part(const NotePart& part, std::string& out);

/// Reads a part written by encode_part; nullopt when the bytes are corrupt.
std::optional<NotePart> decode_part(std::string_view bytes);

}  // namespace notegraph
