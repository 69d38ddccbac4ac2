#pragma once
// Builds a KnowledgeGraph: interns strings, owns the id index and aggregates repeated
// edges into one per (source, target, kind, relation). Insertion order of nodes does
// not matter (finish() sorts by id); occurrences keep the order they were added in.

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "notegraph/model/graph.hpp"

namespace notegraph {

/// What a node is made of when it is added. Views need only live for the call.
struct NodeSpec {
  NodeKind kind = NodeKind::note;
  std::string_view key;          ///< the id without "<kind>:" (a note's path, a tag…)
  std::string_view label;        ///< empty: the key (what the node's reader sees)
  std::string_view entity_type;  ///< empty when untyped
  std::string_view same_as;
  std::span<const std::string> tags;     ///< lowercase; the builder sorts and dedups
  std::span<const std::string> aliases;  ///< kept in order, first occurrence wins
  std::span<const Property> properties;  ///< the builder sorts them by key
};

/// Accumulates nodes and edges; finish() returns the sorted, compact graph.
class GraphBuilder {
 public:
  GraphBuilder();
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

  /// Sets a node's entity type, replacing any earlier one (empty: untyped).
  void set_entity_type(NodeId v, std::string_view type);
  /// Sets a node's label, replacing any earlier one.
  void set_label(NodeId v, std::string_view label);

  /// Adds one occurrence of (from → to, kind, relation), creating the edge or
  /// appending to it. For EdgeKind::cooccurs the pair is unordered.
  void add_occurrence(NodeId from, NodeId to, EdgeKind kind, std::string_view relation,
                      const Occurrence& occurrence);

  /// Adds `weight` to the undirected cooccurs edge between a and b (created if absent).
  void add_cooccurrence(NodeId a, NodeId b, std::uint32_t weight);

  /// Returns the number of nodes added so far.
  std::size_t node_count() const;

  /// Returns the finished, sorted graph. The builder is empty afterwards.
  KnowledgeGraph finish() &&;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace notegraph
