#pragma once
// The typed knowledge graph (SPEC section 3), stored compactly: 32-bit node and edge
// numbers, one pool of interned strings, node and edge attributes in columns, CSR
// adjacency out and in, and one flat array of occurrences. Callers see it only
// through NodeView, EdgeView and the accessors of KnowledgeGraph, so the storage can
// be owned vectors (a fresh build) or a read-only memory map (the index's snapshot).

#include <cstdint>
#include <functional>
#include <iterator>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "notegraph/model/kinds.hpp"
#include "notegraph/model/value.hpp"

namespace notegraph {

/// A node's number: its rank in id order, 0 … node_count()-1.
using NodeId = std::uint32_t;
/// An edge's number: its rank in (source id, target id, kind, relation) order.
using EdgeId = std::uint32_t;
/// An interned string's number in the graph's pool (0 is the empty string).
using StrId = std::uint32_t;

/// No node: what lookups return through std::optional, and a "none" marker in arrays.
inline constexpr NodeId kNoNode = 0xFFFFFFFFu;

/// One occurrence of a relation in a note (a link, a tag, a mention…), as an edge
/// aggregates them. String fields are views; when reading a graph they live as long as
/// the graph, when adding to a GraphBuilder only for the call.
struct Occurrence {
  int line = 0;                ///< 1-based line in the source note; 0 when none
  std::string_view section;    ///< heading path joined by " > "; empty at top
  std::optional<int> second;   ///< video second cited (SPEC 2.1), if any
  std::string_view alias;      ///< link alias / display text, if any
  std::string_view anchor;     ///< "#Heading", "#A#B", "#^block", "#page=3"; empty if none
  std::string_view size;       ///< embed size written in the alias slot ("100x145"), if any
  bool embed = false;          ///< this occurrence is an `![[…]]` embed
};

/// A front-matter property of a note as the graph hands it out.
struct PropertyView {
  std::string_view key;
  Value value;
};

namespace detail {

/// The graph's columns. Every span points into storage the graph keeps alive.
struct Columns {
  // Strings: string i is chars[str_offsets[i], str_offsets[i + 1]).
  std::span<const char> chars;
  std::span<const std::uint64_t> str_offsets;
  // Entity type names: entity_type_names[0] is "" (none), then the built-in types in
  // EntityType order, then custom names in byte order.
  std::span<const StrId> type_names;
  // Nodes, N of them, sorted by id.
  std::span<const std::uint8_t> node_kind;
  std::span<const StrId> node_key;     ///< the id after "<kind>:"
  std::span<const StrId> node_label;
  std::span<const std::uint16_t> node_type;  ///< index into type_names
  std::span<const StrId> node_same_as;
  std::span<const std::uint8_t> node_flags;  ///< kLabelGiven, kTypeGiven
  std::span<const std::uint32_t> tag_offsets;  ///< N+1, into tag_items
  std::span<const StrId> tag_items;
  std::span<const std::uint32_t> alias_offsets;  ///< N+1, into alias_items
  std::span<const StrId> alias_items;
  std::span<const std::uint32_t> prop_offsets;  ///< N+1, into prop_keys/prop_values
  std::span<const StrId> prop_keys;
  std::span<const StrId> prop_values;  ///< encode_value bytes, interned
  // Edges, M of them, sorted by (source, target, kind, relation); so the out-edges of
  // node v are the edges out_offsets[v] … out_offsets[v+1]-1.
  std::span<const NodeId> edge_source;
  std::span<const NodeId> edge_target;
  std::span<const std::uint8_t> edge_kind;
  std::span<const StrId> edge_relation;
  std::span<const StrId> edge_name;            ///< how the source names the target; or 0
  std::span<const std::uint16_t> edge_type;    ///< entity type the source gives the target
  std::span<const std::uint32_t> edge_weight;  ///< cooccurs: shared groups; else 0
  std::span<const std::uint32_t> occ_offsets;  ///< M+1, into the occurrence columns
  std::span<const std::uint32_t> out_offsets;  ///< N+1
  std::span<const std::uint32_t> in_offsets;   ///< N+1, into in_edges
  std::span<const EdgeId> in_edges;            ///< edge ids by (target, edge id)
  // Occurrences, in the order they were added to each edge.
  std::span<const std::uint32_t> occ_line;
  std::span<const StrId> occ_section;
  std::span<const std::int32_t> occ_second;  ///< kNoSecond when none
  std::span<const StrId> occ_alias;
  std::span<const StrId> occ_anchor;
  std::span<const StrId> occ_size;
  std::span<const std::uint8_t> occ_flags;  ///< bit 0: embed

  std::string_view str(StrId s) const {
    return {chars.data() + str_offsets[s], str_offsets[s + 1] - str_offsets[s]};
  }
};

inline constexpr std::int32_t kNoSecond = INT32_MIN;
inline constexpr std::uint8_t kEmbedFlag = 1;
/// node_flags: the label was given when the node was added (not derived from in-edges).
inline constexpr std::uint8_t kLabelGiven = 1;
/// node_flags: the entity type is the node's own (a typed note), not derived.
inline constexpr std::uint8_t kTypeGiven = 2;

}  // namespace detail

class KnowledgeGraph;

/// A half-open run of consecutive numbers (node or edge ids), usable in range-for.
class IdRange {
 public:
  class iterator {
   public:
    using iterator_category = std::random_access_iterator_tag;
    using value_type = std::uint32_t;
    using difference_type = std::ptrdiff_t;
    using pointer = const std::uint32_t*;
    using reference = std::uint32_t;
    iterator() = default;
    explicit iterator(std::uint32_t v) : v_(v) {}
    std::uint32_t operator*() const { return v_; }
    std::uint32_t operator[](difference_type n) const { return v_ + static_cast<std::uint32_t>(n); }
    iterator& operator++() { ++v_; return *this; }
    iterator operator++(int) { auto t = *this; ++v_; return t; }
    iterator& operator--() { --v_; return *this; }
    iterator operator--(int) { auto t = *this; --v_; return t; }
    iterator& operator+=(difference_type n) { v_ += static_cast<std::uint32_t>(n); return *this; }
    iterator& operator-=(difference_type n) { v_ -= static_cast<std::uint32_t>(n); return *this; }
    friend iterator operator+(iterator i, difference_type n) { return i += n; }
    friend iterator operator+(difference_type n, iterator i) { return i += n; }
    friend iterator operator-(iterator i, difference_type n) { return i -= n; }
    friend difference_type operator-(iterator a, iterator b) {
      return static_cast<difference_type>(a.v_) - static_cast<difference_type>(b.v_);
    }
    friend auto operator<=>(iterator, iterator) = default;
   private:
    std::uint32_t v_ = 0;
  };
  IdRange() = default;
  IdRange(std::uint32_t first, std::uint32_t last) : first_(first), last_(last) {}
  iterator begin() const { return iterator(first_); }
  iterator end() const { return iterator(last_); }
  std::size_t size() const { return last_ - first_; }
  bool empty() const { return first_ == last_; }
  std::uint32_t operator[](std::size_t i) const { return first_ + static_cast<std::uint32_t>(i); }

 private:
  std::uint32_t first_ = 0, last_ = 0;
};

/// A list of interned strings (a node's tags or aliases) read as string_views.
class StringList {
 public:
  class iterator {
   public:
    using iterator_category = std::random_access_iterator_tag;
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = std::string_view;
    iterator() = default;
    iterator(const detail::Columns* c, const StrId* p) : c_(c), p_(p) {}
    std::string_view operator*() const { return c_->str(*p_); }
    std::string_view operator[](difference_type n) const { return c_->str(p_[n]); }
    iterator& operator++() { ++p_; return *this; }
    iterator operator++(int) { auto t = *this; ++p_; return t; }
    iterator& operator--() { --p_; return *this; }
    iterator operator--(int) { auto t = *this; --p_; return t; }
    iterator& operator+=(difference_type n) { p_ += n; return *this; }
    iterator& operator-=(difference_type n) { p_ -= n; return *this; }
    friend iterator operator+(iterator i, difference_type n) { return i += n; }
    friend iterator operator+(difference_type n, iterator i) { return i += n; }
    friend iterator operator-(iterator i, difference_type n) { return i -= n; }
    friend difference_type operator-(iterator a, iterator b) { return a.p_ - b.p_; }
    friend bool operator==(iterator a, iterator b) { return a.p_ == b.p_; }
    friend auto operator<=>(iterator a, iterator b) { return a.p_ <=> b.p_; }
   private:
    const detail::Columns* c_ = nullptr;
    const StrId* p_ = nullptr;
  };
  StringList() = default;
  StringList(const detail::Columns* c, std::span<const StrId> ids) : c_(c), ids_(ids) {}
  iterator begin() const { return {c_, ids_.data()}; }
  iterator end() const { return {c_, ids_.data() + ids_.size()}; }
  std::size_t size() const { return ids_.size(); }
  bool empty() const { return ids_.empty(); }
  std::string_view operator[](std::size_t i) const { return c_->str(ids_[i]); }
  /// Returns copies of the strings.
  std::vector<std::string> to_strings() const { return {begin(), end()}; }

 private:
  const detail::Columns* c_ = nullptr;
  std::span<const StrId> ids_;
};

/// Read access to one node. Cheap to copy; valid while its graph lives.
class NodeView {
 public:
  NodeView(const detail::Columns* c, NodeId v) : c_(c), v_(v) {}
  /// Returns the node's number.
  NodeId index() const { return v_; }
  NodeKind kind() const { return static_cast<NodeKind>(c_->node_kind[v_]); }
  /// Returns the stable id (SPEC 3): "note:a/b.md", "tag:x/y", "entity:person:ada".
  std::string id() const;
  /// Appends the id to `out` (no allocation when `out` has room).
  void append_id(std::string& out) const;
  /// Returns the id without its "<kind>:" prefix (a note's path, a tag, an entity's
  /// "<type>:<key>").
  std::string_view key() const { return c_->str(c_->node_key[v_]); }
  /// Returns what a person reads: title, tag, URL, entity name.
  std::string_view label() const { return c_->str(c_->node_label[v_]); }
  /// Returns the vault-relative path of a note or attachment; empty for other kinds.
  std::string_view path() const {
    return kind() == NodeKind::note || kind() == NodeKind::attachment ? key() : std::string_view();
  }
  /// Returns the entity type of an entity, or of a typed note or missing node; empty
  /// when untyped.
  std::string_view entity_type() const { return c_->str(c_->type_names[c_->node_type[v_]]); }
  /// Returns the URL of a url node and the watch URL of a video node; empty otherwise.
  std::string url() const;
  /// Returns an entity's sameAs IRI (e.g. a Wikidata item); empty when unknown.
  std::string_view same_as() const { return c_->str(c_->node_same_as[v_]); }
  /// Returns a note's tags: lowercase, sorted, unique.
  StringList tags() const {
    return {c_, c_->tag_items.subspan(c_->tag_offsets[v_], c_->tag_offsets[v_ + 1] - c_->tag_offsets[v_])};
  }
  /// Returns a note's front-matter aliases, or an entity's gazetteer aliases.
  StringList aliases() const {
    return {c_, c_->alias_items.subspan(c_->alias_offsets[v_],
                                        c_->alias_offsets[v_ + 1] - c_->alias_offsets[v_])};
  }
  /// Returns a note's other front-matter keys with their typed values, sorted by key.
  std::vector<PropertyView> properties() const;
  /// Whether the note has any front-matter property (without decoding values).
  bool has_properties() const { return c_->prop_offsets[v_ + 1] > c_->prop_offsets[v_]; }

 private:
  const detail::Columns* c_;
  NodeId v_;
};

/// Read access to one edge. Cheap to copy; valid while its graph lives.
class EdgeView {
 public:
  EdgeView(const detail::Columns* c, EdgeId e) : c_(c), e_(e) {}
  /// Returns the edge's number.
  EdgeId index() const { return e_; }
  NodeId source() const { return c_->edge_source[e_]; }
  NodeId target() const { return c_->edge_target[e_]; }
  EdgeKind kind() const { return static_cast<EdgeKind>(c_->edge_kind[e_]); }
  /// Returns the typed relation ("from", a Dataview or front-matter key); empty if plain.
  std::string_view relation() const { return c_->str(c_->edge_relation[e_]); }
  /// Returns how the source names the target (a missing link target as written, an
  /// entity's name); empty when the target's own data names it.
  std::string_view name() const { return c_->str(c_->edge_name[e_]); }
  /// Returns the entity type the source gives the target (a mention); empty if none.
  std::string_view entity_type() const { return c_->str(c_->type_names[c_->edge_type[e_]]); }
  /// Returns the number of occurrences aggregated into this edge (0 for cooccurs).
  int count() const { return static_cast<int>(c_->occ_offsets[e_ + 1] - c_->occ_offsets[e_]); }
  /// Returns a cooccurs edge's weight (shared blocks, sections or notes); 0 otherwise.
  double weight() const { return c_->edge_weight[e_]; }
  /// Whether any occurrence is an embed.
  bool embed() const;

  /// One occurrence of the edge, by position 0 … count()-1 (the order they were found).
  Occurrence occurrence(int i) const;
  /// Returns the occurrence lines (those > 0), ascending, one per occurrence.
  std::vector<int> lines() const;
  /// Returns the distinct cited seconds, ascending.
  std::vector<int> seconds() const;
  /// Returns the distinct non-empty aliases, in order of first occurrence.
  std::vector<std::string_view> aliases() const;
  /// Returns the distinct non-empty anchors, in order of first occurrence.
  std::vector<std::string_view> anchors() const;
  /// Returns the distinct non-empty sections (heading paths), in order of first occurrence.
  std::vector<std::string_view> sections() const;

 private:
  std::vector<std::string_view> distinct(std::span<const StrId> column) const;
  const detail::Columns* c_;
  EdgeId e_;
};

/// The finished graph: nodes sorted by id, edges sorted by (source id, target id,
/// kind, relation), so iteration order is deterministic. Immutable once built; cheap
/// to move, and copies share the storage.
class KnowledgeGraph {
 public:
  /// An empty graph.
  KnowledgeGraph();

  std::size_t node_count() const { return c_->node_kind.size(); }
  std::size_t edge_count() const { return c_->edge_source.size(); }
  NodeView node(NodeId v) const { return {c_.get(), v}; }
  EdgeView edge(EdgeId e) const { return {c_.get(), e}; }

  /// Returns all node numbers, in id order.
  IdRange nodes() const { return {0, static_cast<std::uint32_t>(node_count())}; }
  /// Returns the nodes of one kind, a contiguous run in id order.
  IdRange nodes_of(NodeKind kind) const;
  /// Returns all edge numbers, in edge order.
  IdRange edges() const { return {0, static_cast<std::uint32_t>(edge_count())}; }
  /// Returns the edges leaving `v`, in edge order.
  IdRange out_edges(NodeId v) const { return {c_->out_offsets[v], c_->out_offsets[v + 1]}; }
  /// Returns the edges entering `v`, in edge order.
  std::span<const EdgeId> in_edges(NodeId v) const {
    return c_->in_edges.subspan(c_->in_offsets[v], c_->in_offsets[v + 1] - c_->in_offsets[v]);
  }
  std::size_t out_degree(NodeId v) const { return c_->out_offsets[v + 1] - c_->out_offsets[v]; }
  std::size_t in_degree(NodeId v) const { return c_->in_offsets[v + 1] - c_->in_offsets[v]; }

  /// Returns the node with exactly this id, or nullopt when there is none.
  std::optional<NodeId> find(std::string_view id) const;
  /// Returns the node of this kind and key (the id without "<kind>:"), or nullopt.
  std::optional<NodeId> find(NodeKind kind, std::string_view key) const;

  /// Returns the first edge from `from` to `to` (in edge order), or nullopt.
  std::optional<EdgeId> find_edge(NodeId from, NodeId to) const;

  /// Returns the entity type names in use (custom gazetteer types included).
  std::vector<std::string_view> entity_type_names() const;

  /// The storage (for the model's own builder, subgraph and snapshot code).
  const detail::Columns& columns() const { return *c_; }
  /// Returns the storage handle; a graph made over it shares it.
  std::shared_ptr<const detail::Columns> storage() const { return c_; }
  /// Makes a graph over `columns` (whose spans must stay valid as long as it lives).
  explicit KnowledgeGraph(std::shared_ptr<const detail::Columns> columns);

 private:
  std::shared_ptr<const detail::Columns> c_;
};

/// Returns the subgraph induced by `keep` (nodes and the edges between them), with
/// ids and order preserved; used for filtered exports and query results. It shares
/// the string pool of `graph`.
KnowledgeGraph induced_subgraph(const KnowledgeGraph& graph, const std::vector<NodeId>& keep);

/// Returns the subgraph of `keep` and those edges between them that `keep_edge`
/// accepts, ids and order preserved.
KnowledgeGraph subgraph(const KnowledgeGraph& graph, const std::vector<NodeId>& keep,
                        const std::function<bool(EdgeId)>& keep_edge);

/// Returns "a > b > c" for a heading path.
std::string join_section(const std::vector<std::string>& heading_path);

}  // namespace notegraph
