#pragma once
// Builds a KnowledgeGraph, from nothing or by patching a finished graph: interns
// strings, owns the id index, and aggregates repeated edges into one per (source,
// target, kind, relation). finish() derives what no single note decides:
//  - broader edges between nested tags (a/b/c → a/b → a) and the parent tag nodes;
//  - undirected cooccurs edges from the summed weights;
//  - node labels and entity types that other notes give (a missing node's label is
//    the spelling of its first linking note, in id order; an untyped note or missing
//    node takes the entity type its first typed mention gives it; a video is labelled
//    with the title of the note about it (its videoId), else of its first citing note);
//  - which nodes exist: every note, and any other node with an edge.
// So the graph depends only on the set of parts, never on the order they came in.

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "notegraph/model/graph.hpp"
#include "notegraph/model/part.hpp"

namespace notegraph {

/// What a node is made of when it is added. Views need only live for the call.
struct NodeSpec {
  NodeKind kind = NodeKind::note;
  std::string_view key;          ///< the id without "<kind>:" (a note's path, a tag…)
  std::string_view label;        ///< empty: derived at finish (see above)
  std::string_view entity_type;  ///< empty: untyped, or derived from mentions
  std::string_view same_as;
  std::span<const std::string> tags;     ///< lowercase; the builder sorts and dedups
  std::span<const std::string> aliases;  ///< kept in order, first occurrence wins
  std::span<const Property> properties;  ///< the builder sorts them by key
};

/// Accumulates nodes and edges; finish() returns the sorted, compact graph.
class GraphBuilder {
 public:
  /// An empty builder.
  GraphBuilder();
  /// A builder holding `base` without the notes in `removed` (and every edge that
  /// touches them) and without the out-edges of the notes in `replaced`, whose parts are
  /// to be added again. Cooccurs weights of `base` are kept; adjust them with
  /// add_cooccurrence. Derived edges and attributes are derived afresh at finish.
  GraphBuilder(const KnowledgeGraph& base, std::span<const std::string> replaced,
               std::span<const std::string> removed);
  ~GraphBuilder();
  GraphBuilder(GraphBuilder&&) noexcept;
  GraphBuilder& operator=(GraphBuilder&&) noexcept;

  /// Adds a node and returns its builder number, or returns the existing node with the
  /// same kind and key. For an existing node, empty fields (label, entity type, sameAs,
  /// properties) are filled from `node`, and tags and aliases are merged, so the first
  /// non-empty value wins.
  NodeId add_node(const NodeSpec& node);

  /// Returns the builder number of the node with this kind and key, or nullopt.
  std::optional<NodeId> find(NodeKind kind, std::string_view key) const;

  /// Sets a node's own entity type, replacing any earlier one (empty: untyped).
  void set_entity_type(NodeId v, std::string_view type);
  /// Sets a node's label, replacing any earlier one.
  void set_label(NodeId v, std::string_view label);

  /// Adds one occurrence of (from → to, kind, relation), creating the edge or
  /// appending to it. Throws std::invalid_argument for EdgeKind::cooccurs (use
  /// add_cooccurrence) and EdgeKind::broader (derived from the tags).
  void add_occurrence(NodeId from, NodeId to, EdgeKind kind, std::string_view relation,
                      const Occurrence& occurrence);

  /// Adds `weight` (negative to take a contribution back) to the undirected cooccurs
  /// edge between a and b. An edge whose weight ends at zero is not in the graph.
  void add_cooccurrence(NodeId a, NodeId b, std::int64_t weight);

  /// Adds a note's part: its node (replacing the fields a base graph held for it), its
  /// edges and its cooccurrences.
  void add_part(const NotePart& part);

  /// Returns the number of nodes added so far.
  std::size_t node_count() const;

  /// Returns the finished, sorted graph. The builder is empty afterwards.
  KnowledgeGraph finish() &&;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace notegraph
