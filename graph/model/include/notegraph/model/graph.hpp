#pragma once
// The typed knowledge graph (SPEC section 3): a bidirectional Boost adjacency_list
// with bundled node and edge structs, plus the id index. Knows no parsing library
// and no output format.

#include <boost/graph/adjacency_list.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "notegraph/model/kinds.hpp"

namespace notegraph {

/// One front-matter key that is not title/aliases/tags/type, kept as a node property.
/// `value` is the value rendered as JSON text (string, number, list, map), so that
/// exporters can write it without knowing YAML.
struct Property {
  std::string key;
  std::string json;
  friend bool operator==(const Property&, const Property&) = default;
};

struct Node {
  NodeKind kind = NodeKind::note;
  std::string id;     ///< stable key, e.g. "note:a/b.md", "tag:x/y", "entity:person:donald trump"
  std::string label;  ///< what a person reads: title, tag text, URL, entity name
  std::string path;   ///< vault-relative path for notes and attachments; empty otherwise
  std::string entity_type;  ///< entities, and notes typed by front matter or tag; empty otherwise
  std::vector<std::string> tags;     ///< notes: their tags (lowercase, sorted, unique)
  std::vector<std::string> aliases;  ///< notes: front-matter aliases; entities: gazetteer aliases
  std::string url;        ///< url nodes: the URL; video nodes: the watch URL
  std::string same_as;    ///< entities: an IRI such as a Wikidata item, when known
  std::vector<Property> properties;  ///< notes: other front-matter keys, sorted by key
};

/// One occurrence of a relation in a note: what an edge aggregates.
struct Occurrence {
  int line = 0;                            ///< 1-based line in the source note; 0 when none
  std::string section;                     ///< heading path joined by " > "; empty at top
  std::optional<int> second;               ///< video second cited (SPEC 2.1), if any
  std::string alias;                       ///< link alias / display text, if any
  std::string anchor;                      ///< "#Heading", "#A#B", "#^block", "#page=3"; empty if none
  bool embed = false;                      ///< `![[…]]`
};

struct Edge {
  EdgeKind kind = EdgeKind::link;
  std::string relation;  ///< typed relation ("from", a Dataview or front-matter key); empty if plain
  int count = 0;         ///< occurrences aggregated into this edge
  bool embed = false;    ///< any occurrence was an embed
  double weight = 0;     ///< cooccurs: shared blocks (or sections/notes); else 0
  std::vector<std::string> anchors;   ///< unique, in order of first occurrence
  std::vector<std::string> aliases;   ///< unique, in order of first occurrence
  std::vector<std::string> sections;  ///< unique heading paths, in order of first occurrence
  std::vector<int> lines;             ///< one per occurrence, ascending
  std::vector<int> seconds;           ///< unique cited seconds, ascending
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Node, Edge>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using EdgeRef = boost::graph_traits<Graph>::edge_descriptor;

/// The finished graph: vertices sorted by id, edges sorted by (source id, target id,
/// kind, relation), so iteration order is deterministic. Immutable once built.
class KnowledgeGraph {
 public:
  KnowledgeGraph() = default;
  explicit KnowledgeGraph(Graph g);

  const Graph& graph() const { return g_; }
  const Node& node(Vertex v) const { return g_[v]; }
  const Edge& edge(EdgeRef e) const { return g_[e]; }
  std::size_t node_count() const { return boost::num_vertices(g_); }
  std::size_t edge_count() const { return boost::num_edges(g_); }

  /// Returns the vertex with exactly this id, or nullopt when there is none.
  std::optional<Vertex> find(std::string_view id) const;

  /// Returns the vertices in id order (which is also vertex-index order).
  std::vector<Vertex> vertices() const;

  /// Returns all edges in deterministic order (source id, target id, kind, relation).
  std::vector<EdgeRef> edges() const;

 private:
  Graph g_;
  std::map<std::string, Vertex, std::less<>> index_;
};

/// Builds a KnowledgeGraph: owns the id index and aggregates repeated edges into one
/// per (source, target, kind, relation). Insertion order does not matter; finish()
/// sorts.
class GraphBuilder {
 public:
  /// Adds a node, or returns the existing vertex with the same id. When the node
  /// exists, empty fields of the existing node are filled from `node` (so a note
  /// first created as a link target keeps its later parsed title).
  Vertex add_node(Node node);

  /// Returns the vertex with this id, or nullopt when it has not been added.
  std::optional<Vertex> find(std::string_view id) const;

  /// Mutable access to a node already added (to enrich it, e.g. set entity_type).
  Node& node(Vertex v) { return g_[v]; }

  /// Adds one occurrence of (from → to, kind, relation), creating the edge or
  /// aggregating into it (count, lines, seconds, aliases, anchors, sections).
  /// For EdgeKind::cooccurs the pair is unordered: it is stored from the smaller id.
  void add_occurrence(Vertex from, Vertex to, EdgeKind kind, std::string_view relation,
                      const Occurrence& occurrence);

  /// Adds `weight` to the undirected cooccurs edge between a and b (created if absent).
  void add_cooccurrence(Vertex a, Vertex b, double weight);

  /// Returns the finished, sorted graph. The builder is empty afterwards.
  KnowledgeGraph finish() &&;

 private:
  using EdgeKey = std::tuple<Vertex, Vertex, EdgeKind, std::string>;
  EdgeRef edge_for(Vertex from, Vertex to, EdgeKind kind, std::string_view relation);

  Graph g_;
  std::map<std::string, Vertex, std::less<>> index_;
  std::map<EdgeKey, EdgeRef> edges_;
};

/// Returns the subgraph induced by `keep` (nodes and the edges between them), with
/// ids and order preserved; used for filtered exports and query results.
KnowledgeGraph induced_subgraph(const KnowledgeGraph& g, const std::vector<Vertex>& keep);

/// Returns "a > b > c" for a heading path.
std::string join_section(const std::vector<std::string>& heading_path);

}  // namespace notegraph
