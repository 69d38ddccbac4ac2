#include "notegraph/model/builder.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <stdexcept>
#include <unordered_map>

#include "storage.hpp"

namespace notegraph {
namespace {

struct BNode {
  std::uint8_t kind = 0;
  bool has_properties = false;
  std::uint16_t type = 0;  ///< index into Impl::types
  StrId key = 0, label = 0, same_as = 0;
};

struct BEdge {
  NodeId from = 0, to = 0;
  std::uint8_t kind = 0;
  StrId relation = 0;
  std::uint32_t weight = 0;
};

struct BOcc {
  std::uint32_t edge = 0;  ///< builder edge number
  std::uint32_t line = 0;
  StrId section = 0, alias = 0, anchor = 0, size = 0;
  std::int32_t second = detail::kNoSecond;
  std::uint8_t flags = 0;
};

struct EdgeKey {
  std::uint64_t ends;      ///< from << 32 | to
  std::uint64_t relation;  ///< relation << 8 | kind
  friend bool operator==(const EdgeKey&, const EdgeKey&) = default;
};

struct EdgeKeyHash {
  std::size_t operator()(const EdgeKey& k) const {
    std::uint64_t h = k.ends * 0x9E3779B97F4A7C15ull;
    h ^= (k.relation + 0x632BE59BD9B4E019ull + (h << 6) + (h >> 2));
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
};

constexpr std::uint32_t kOccLimit = 0xFFFFFFF0u;

}  // namespace

struct GraphBuilder::Impl {
  detail::StringArena strings;
  std::vector<BNode> nodes;
  std::unordered_map<std::uint64_t, NodeId> node_index;  ///< kind << 32 | key
  std::vector<std::pair<NodeId, StrId>> tags, aliases;
  std::vector<std::pair<NodeId, Property>> pending_properties;  ///< encoded at finish
  std::vector<StrId> types{0};  ///< builder type slot → name; slot 0 is untyped
  std::unordered_map<StrId, std::uint16_t> type_slot;
  std::vector<BEdge> edges;
  std::unordered_map<EdgeKey, std::uint32_t, EdgeKeyHash> edge_index;
  std::vector<BOcc> occurrences;

  Impl() {
    for (const auto& [type, name] : kEntityTypeNames) type_of(name);
  }

  std::uint16_t type_of(std::string_view name) {
    if (name.empty()) return 0;
    const StrId s = strings.intern(name);
    if (auto it = type_slot.find(s); it != type_slot.end()) return it->second;
    if (types.size() >= 0xFFFF) throw std::length_error("too many entity types");
    const auto slot = static_cast<std::uint16_t>(types.size());
    types.push_back(s);
    type_slot.emplace(s, slot);
    return slot;
  }

  std::uint32_t edge_for(NodeId from, NodeId to, EdgeKind kind, std::string_view relation) {
    if (kind == EdgeKind::cooccurs && to < from) std::swap(from, to);
    const StrId rel = strings.intern(relation);
    const EdgeKey key{static_cast<std::uint64_t>(from) << 32 | to,
                      static_cast<std::uint64_t>(rel) << 8 | static_cast<std::uint8_t>(kind)};
    auto [it, fresh] = edge_index.try_emplace(key, static_cast<std::uint32_t>(edges.size()));
    if (fresh) edges.push_back({from, to, static_cast<std::uint8_t>(kind), rel, 0});
    return it->second;
  }
};

GraphBuilder::GraphBuilder() : impl_(std::make_unique<Impl>()) {}
GraphBuilder::~GraphBuilder() = default;
GraphBuilder::GraphBuilder(GraphBuilder&&) noexcept = default;
GraphBuilder& GraphBuilder::operator=(GraphBuilder&&) noexcept = default;

NodeId GraphBuilder::add_node(const NodeSpec& spec) {
  Impl& m = *impl_;
  const StrId key = m.strings.intern(spec.key);
  const std::uint64_t index_key = static_cast<std::uint64_t>(spec.kind) << 32 | key;
  auto [it, fresh] = m.node_index.try_emplace(index_key, static_cast<NodeId>(m.nodes.size()));
  const NodeId v = it->second;
  if (fresh) {
    BNode n;
    n.kind = static_cast<std::uint8_t>(spec.kind);
    n.key = key;
    m.nodes.push_back(n);
  }
  BNode& n = m.nodes[v];
  if (n.label == 0 && !spec.label.empty()) n.label = m.strings.intern(spec.label);
  if (n.type == 0 && !spec.entity_type.empty()) n.type = m.type_of(spec.entity_type);
  if (n.same_as == 0 && !spec.same_as.empty()) n.same_as = m.strings.intern(spec.same_as);
  for (const auto& t : spec.tags) m.tags.emplace_back(v, m.strings.intern(t));
  for (const auto& a : spec.aliases) m.aliases.emplace_back(v, m.strings.intern(a));
  if (!n.has_properties && !spec.properties.empty()) {
    n.has_properties = true;
    for (const auto& p : spec.properties) m.pending_properties.emplace_back(v, p);
  }
  return v;
}

std::optional<NodeId> GraphBuilder::find(NodeKind kind, std::string_view key) const {
  const Impl& m = *impl_;
  const auto id = m.strings.lookup(key);
  if (!id) return std::nullopt;
  auto it = m.node_index.find(static_cast<std::uint64_t>(kind) << 32 | *id);
  if (it == m.node_index.end()) return std::nullopt;
  return it->second;
}

void GraphBuilder::set_entity_type(NodeId v, std::string_view type) {
  impl_->nodes.at(v).type = impl_->type_of(type);
}

void GraphBuilder::set_label(NodeId v, std::string_view label) {
  impl_->nodes.at(v).label = impl_->strings.intern(label);
}

void GraphBuilder::add_occurrence(NodeId from, NodeId to, EdgeKind kind, std::string_view relation,
                                  const Occurrence& occ) {
  Impl& m = *impl_;
  if (m.occurrences.size() >= kOccLimit) throw std::length_error("too many edge occurrences");
  BOcc o;
  o.edge = m.edge_for(from, to, kind, relation);
  o.line = occ.line > 0 ? static_cast<std::uint32_t>(occ.line) : 0;
  o.section = m.strings.intern(occ.section);
  o.alias = m.strings.intern(occ.alias);
  o.anchor = m.strings.intern(occ.anchor);
  o.size = m.strings.intern(occ.size);
  if (occ.second) o.second = *occ.second;
  o.flags = occ.embed ? detail::kEmbedFlag : 0;
  m.occurrences.push_back(o);
}

void GraphBuilder::add_cooccurrence(NodeId a, NodeId b, std::uint32_t weight) {
  Impl& m = *impl_;
  m.edges[m.edge_for(a, b, EdgeKind::cooccurs, {})].weight += weight;
}

std::size_t GraphBuilder::node_count() const { return impl_->nodes.size(); }

KnowledgeGraph GraphBuilder::finish() && {
  Impl& m = *impl_;
  auto out = std::make_shared<detail::OwnedColumns>();
  const std::size_t n = m.nodes.size();

  // Entity types: "" and the built-ins keep their slots; custom names in byte order.
  std::vector<std::uint16_t> type_map(m.types.size());
  {
    const std::size_t builtin = kEntityTypeNames.size() + 1;
    std::vector<std::uint16_t> custom;
    for (std::size_t s = builtin; s < m.types.size(); ++s) custom.push_back(static_cast<std::uint16_t>(s));
    std::sort(custom.begin(), custom.end(), [&](auto a, auto b) {
      return m.strings.get(m.types[a]) < m.strings.get(m.types[b]);
    });
    for (std::size_t s = 0; s < builtin && s < m.types.size(); ++s) {
      type_map[s] = static_cast<std::uint16_t>(s);
      out->type_names_v.push_back(m.types[s]);
    }
    for (auto s : custom) {
      type_map[s] = static_cast<std::uint16_t>(out->type_names_v.size());
      out->type_names_v.push_back(m.types[s]);
    }
  }

  // Nodes in id order: by kind name, then key bytes.
  std::vector<NodeId> order(n);
  std::iota(order.begin(), order.end(), NodeId{0});
  std::sort(order.begin(), order.end(), [&](NodeId a, NodeId b) {
    const BNode& x = m.nodes[a];
    const BNode& y = m.nodes[b];
    const int rx = detail::kind_rank(static_cast<NodeKind>(x.kind));
    const int ry = detail::kind_rank(static_cast<NodeKind>(y.kind));
    if (rx != ry) return rx < ry;
    return m.strings.get(x.key) < m.strings.get(y.key);
  });
  std::vector<NodeId> rank(n);
  for (std::size_t i = 0; i < n; ++i) rank[order[i]] = static_cast<NodeId>(i);

  out->node_kind_v.reserve(n);
  for (NodeId old : order) {
    const BNode& b = m.nodes[old];
    out->node_kind_v.push_back(b.kind);
    out->node_key_v.push_back(b.key);
    out->node_label_v.push_back(b.label ? b.label : b.key);
    out->node_type_v.push_back(type_map[b.type]);
    out->node_same_as_v.push_back(b.same_as);
  }

  // Tags: sorted by byte order and unique per node.
  for (auto& [v, t] : m.tags) v = rank[v];
  std::sort(m.tags.begin(), m.tags.end(), [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    return m.strings.get(a.second) < m.strings.get(b.second);
  });
  m.tags.erase(std::unique(m.tags.begin(), m.tags.end()), m.tags.end());
  // Aliases: first occurrence wins, in the order added.
  for (auto& [v, a] : m.aliases) v = rank[v];
  std::stable_sort(m.aliases.begin(), m.aliases.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  {
    std::vector<std::pair<NodeId, StrId>> kept;
    kept.reserve(m.aliases.size());
    for (std::size_t i = 0; i < m.aliases.size();) {
      std::size_t j = i;
      while (j < m.aliases.size() && m.aliases[j].first == m.aliases[i].first) ++j;
      std::vector<std::pair<StrId, std::size_t>> seen;
      for (std::size_t k = i; k < j; ++k) seen.emplace_back(m.aliases[k].second, k);
      std::stable_sort(seen.begin(), seen.end(),
                       [](const auto& a, const auto& b) { return a.first < b.first; });
      seen.erase(std::unique(seen.begin(), seen.end(),
                             [](const auto& a, const auto& b) { return a.first == b.first; }),
                 seen.end());
      std::sort(seen.begin(), seen.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
      for (const auto& s : seen) kept.push_back(m.aliases[s.second]);
      i = j;
    }
    m.aliases = std::move(kept);
  }
  // Properties: sorted by key (stable, so a repeated key keeps document order).
  for (auto& [v, p] : m.pending_properties) v = rank[v];
  std::stable_sort(m.pending_properties.begin(), m.pending_properties.end(),
                   [](const auto& a, const auto& b) {
                     if (a.first != b.first) return a.first < b.first;
                     return a.second.key < b.second.key;
                   });
  auto fill_lists = [n](const auto& items, std::vector<std::uint32_t>& offsets, auto&& push) {
    offsets.assign(n + 1, 0);
    for (const auto& item : items) ++offsets[item.first + 1];
    for (std::size_t v = 0; v < n; ++v) offsets[v + 1] += offsets[v];
    for (const auto& item : items) push(item);
  };
  fill_lists(m.tags, out->tag_offsets_v, [&](const auto& t) { out->tag_items_v.push_back(t.second); });
  fill_lists(m.aliases, out->alias_offsets_v,
             [&](const auto& a) { out->alias_items_v.push_back(a.second); });
  std::string encoded;
  fill_lists(m.pending_properties, out->prop_offsets_v, [&](const auto& p) {
    out->prop_keys_v.push_back(m.strings.intern(p.second.key));
    encoded.clear();
    encode_value(p.second.value, encoded);
    out->prop_values_v.push_back(m.strings.intern(encoded));
  });

  // Edges in (source, target, kind, relation) order; a cooccurs pair from its smaller id.
  const std::size_t edge_total = m.edges.size();
  for (auto& e : m.edges) {
    e.from = rank[e.from];
    e.to = rank[e.to];
    if (e.kind == static_cast<std::uint8_t>(EdgeKind::cooccurs) && e.to < e.from) std::swap(e.from, e.to);
  }
  std::vector<std::uint32_t> edge_order(edge_total);
  std::iota(edge_order.begin(), edge_order.end(), 0u);
  std::sort(edge_order.begin(), edge_order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const BEdge& x = m.edges[a];
    const BEdge& y = m.edges[b];
    if (x.from != y.from) return x.from < y.from;
    if (x.to != y.to) return x.to < y.to;
    if (x.kind != y.kind) return x.kind < y.kind;
    return m.strings.get(x.relation) < m.strings.get(y.relation);
  });
  std::vector<std::uint32_t> edge_rank(edge_total);
  for (std::size_t i = 0; i < edge_total; ++i) edge_rank[edge_order[i]] = static_cast<std::uint32_t>(i);
  out->edge_source_v.reserve(edge_total);
  for (std::uint32_t old : edge_order) {
    const BEdge& e = m.edges[old];
    out->edge_source_v.push_back(e.from);
    out->edge_target_v.push_back(e.to);
    out->edge_kind_v.push_back(e.kind);
    out->edge_relation_v.push_back(e.relation);
    out->edge_weight_v.push_back(e.weight);
  }
  m.edges.clear();
  m.edges.shrink_to_fit();
  m.edge_index.clear();

  // Occurrences grouped by edge, each edge's in the order they were added.
  out->occ_offsets_v.assign(edge_total + 1, 0);
  for (const BOcc& o : m.occurrences) ++out->occ_offsets_v[edge_rank[o.edge] + 1];
  for (std::size_t e = 0; e < edge_total; ++e) out->occ_offsets_v[e + 1] += out->occ_offsets_v[e];
  const std::size_t occ_total = m.occurrences.size();
  out->occ_line_v.resize(occ_total);
  out->occ_section_v.resize(occ_total);
  out->occ_second_v.resize(occ_total);
  out->occ_alias_v.resize(occ_total);
  out->occ_anchor_v.resize(occ_total);
  out->occ_size_v.resize(occ_total);
  out->occ_flags_v.resize(occ_total);
  {
    std::vector<std::uint32_t> fill(out->occ_offsets_v.begin(), out->occ_offsets_v.end() - 1);
    for (const BOcc& o : m.occurrences) {
      const std::uint32_t k = fill[edge_rank[o.edge]]++;
      out->occ_line_v[k] = o.line;
      out->occ_section_v[k] = o.section;
      out->occ_second_v[k] = o.second;
      out->occ_alias_v[k] = o.alias;
      out->occ_anchor_v[k] = o.anchor;
      out->occ_size_v[k] = o.size;
      out->occ_flags_v[k] = o.flags;
    }
  }
  m.occurrences.clear();
  m.occurrences.shrink_to_fit();

  m.strings.pack(out->chars_v, out->str_offsets_v);
  out->index_edges();
  out->bind();
  impl_ = std::make_unique<Impl>();
  return KnowledgeGraph(std::shared_ptr<const detail::Columns>(std::move(out)));
}

}  // namespace notegraph
