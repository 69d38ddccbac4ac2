#pragma once
// Random typed graphs for the property tests, built with GraphBuilder from a fixed seed.

#include <random>
#include <string>

#include "../support/graph_fixtures.hpp"

namespace notegraph::testing {

struct RandomGraphShape {
  int nodes = 10;
  int edges = 20;
  bool with_cooccurs = false;  ///< also add undirected cooccurs edges
};

/// Returns a graph of `shape.nodes` notes ("note:n00.md", …) and about `shape.edges`
/// link, mention and tag-kind edges (self-loops and parallel edges of other kinds
/// included), from `seed`.
inline KnowledgeGraph random_graph(unsigned seed, const RandomGraphShape& shape) {
  std::mt19937 rng(seed);
  GraphBuilder b;
  std::vector<NodeId> v;
  for (int i = 0; i < shape.nodes; ++i) {
    NodeSpec n;
    n.kind = i % 5 == 4 ? NodeKind::missing : NodeKind::note;
    char name[16];
    std::snprintf(name, sizeof name, "n%02d", i);
    const std::string key = std::string(name) + (n.kind == NodeKind::note ? ".md" : "");
    n.key = key;
    n.label = name;
    v.push_back(b.add_node(n));
  }
  std::uniform_int_distribution<int> pick(0, shape.nodes - 1);
  std::uniform_int_distribution<int> kind(0, 9);
  for (int i = 0; i < shape.edges; ++i) {
    const int k = kind(rng);
    const NodeId s = v[pick(rng)], t = v[pick(rng)];
    if (shape.with_cooccurs && k == 9) {
      if (s != t) b.add_cooccurrence(s, t, 1);
      continue;
    }
    const EdgeKind ek = k < 7 ? EdgeKind::link : EdgeKind::mention;
    Occurrence occurrence;
    occurrence.line = i + 1;
    b.add_occurrence(s, t, ek, k == 3 ? "from" : "", occurrence);
  }
  return std::move(b).finish();
}

}  // namespace notegraph::testing
