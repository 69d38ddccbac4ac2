#pragma once
// Which part of the graph an export writes (SPEC 5 `export` filters). The CLI resolves
// --around into a set of vertices (with the query module); the rest is decided here.

#include <optional>
#include <string>
#include <vector>

#include "notegraph/model/graph.hpp"

namespace notegraph {

struct Selection {
  /// --around NODE --depth N: only these vertices (the CLI computes the ball); nullopt: all.
  std::optional<std::vector<NodeId>> within;
  /// --node KIND…: only nodes of these kinds; empty: every kind.
  std::vector<NodeKind> node_kinds;
  /// --tag T…: only notes tagged T or a tag below it (T/…), case-insensitive; other
  /// nodes stay when an edge joins them to such a note. Empty: no tag condition.
  std::vector<std::string> tags;
  /// --folder F…: only notes under folder F (vault-relative, any depth); other nodes
  /// stay when an edge joins them to such a note. Empty: no folder condition.
  std::vector<std::string> folders;
  /// --min-degree N: after the other conditions, only nodes with at least N edges in
  /// the selected subgraph (one pass). 0: no condition.
  int min_degree = 0;

  /// Whether the selection keeps the whole graph.
  bool keeps_all() const {
    return !within && node_kinds.empty() && tags.empty() && folders.empty() && min_degree <= 0;
  }
};

/// Returns the vertices the selection keeps, in id order.
std::vector<NodeId> select_nodes(const KnowledgeGraph& graph, const Selection& selection);

/// Returns the subgraph the selection keeps (the graph itself when it keeps all).
KnowledgeGraph select(const KnowledgeGraph& graph, const Selection& selection);

}  // namespace notegraph
