#include "notegraph/model/builder.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "storage.hpp"

namespace notegraph {
namespace {

constexpr EdgeId kNoEdge = 0xFFFFFFFFu;
constexpr std::uint32_t kOccLimit = 0xFFFFFFF0u;

struct BNode {
  std::uint8_t kind = 0;
  std::uint8_t flags = 0;       ///< detail::kLabelGiven, detail::kTypeGiven
  bool has_properties = false;
  bool own_lists = true;        ///< tags, aliases and properties are the pending ones
  std::uint16_t type = 0;       ///< builder type slot
  StrId key = 0, label = 0, same_as = 0;
  NodeId base = kNoNode;        ///< its number in the base graph
};

struct BEdge {
  NodeId from = 0, to = 0;
  std::uint8_t kind = 0;
  std::uint16_t type = 0;  ///< builder type slot
  StrId relation = 0, name = 0;
  std::uint32_t weight = 0;
  EdgeId base = kNoEdge;   ///< base edge whose occurrences it keeps
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

std::uint64_t pair_key(NodeId a, NodeId b) {
  if (b < a) std::swap(a, b);
  return static_cast<std::uint64_t>(a) << 32 | b;
}

std::string_view file_name(std::string_view path) {
  const auto slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

}  // namespace

struct GraphBuilder::Impl {
  // Strings: ids below base_strings are the base graph's, the rest the arena's.
  std::shared_ptr<const detail::Columns> base_storage;
  KnowledgeGraph base_graph;
  const detail::Columns* base = nullptr;
  StrId base_strings = 0;
  detail::StringArena arena;

  std::vector<BNode> nodes;
  std::vector<NodeId> from_base;                          ///< base node → builder node
  std::unordered_map<std::uint64_t, NodeId> node_index;   ///< kind << 32 | arena key id
  std::vector<std::pair<NodeId, StrId>> tags, aliases;
  std::vector<std::pair<NodeId, Property>> properties;
  std::vector<StrId> types;                               ///< builder slot → name
  std::map<std::string, std::uint16_t, std::less<>> type_slot;
  std::vector<BEdge> edges;
  std::size_t base_edges = 0;  ///< edges [0, base_edges) came from the base, in its order
  std::unordered_map<EdgeKey, std::uint32_t, EdgeKeyHash> edge_index;
  std::vector<BOcc> occurrences;
  std::unordered_map<std::uint64_t, std::int64_t> cooccurs;  ///< pair_key → weight

  Impl() {
    types.push_back(0);
    type_slot.emplace("", 0);
    for (const auto& [type, name] : kEntityTypeNames) type_of(name);
  }

  StrId intern(std::string_view s) {
    if (s.empty()) return 0;
    return base_strings + arena.intern(s);
  }
  std::string_view str(StrId s) const {
    return s < base_strings ? base->str(s) : arena.get(s - base_strings);
  }

  std::uint16_t type_of(std::string_view name) {
    if (name.empty()) return 0;
    if (auto it = type_slot.find(name); it != type_slot.end()) return it->second;
    if (types.size() >= 0xFFFF) throw std::length_error("too many entity types");
    const auto slot = static_cast<std::uint16_t>(types.size());
    types.push_back(intern(name));
    type_slot.emplace(std::string(name), slot);
    return slot;
  }

  std::optional<NodeId> lookup(NodeKind kind, std::string_view key) const {
    if (base)
      if (auto v = base_graph.find(kind, key); v && from_base[*v] != kNoNode)
        return from_base[*v];
    const auto id = arena.lookup(key);
    if (!id && !key.empty()) return std::nullopt;
    const StrId k = key.empty() ? 0 : base_strings + *id;
    auto it = node_index.find(static_cast<std::uint64_t>(kind) << 32 | k);
    if (it == node_index.end()) return std::nullopt;
    return it->second;
  }

  /// Returns the node, creating it (with its own lists) when absent.
  NodeId node(NodeKind kind, std::string_view key, bool& created) {
    created = false;
    if (auto v = lookup(kind, key)) return *v;
    BNode n;
    n.kind = static_cast<std::uint8_t>(kind);
    n.key = intern(key);
    const auto v = static_cast<NodeId>(nodes.size());
    nodes.push_back(n);
    node_index.emplace(static_cast<std::uint64_t>(kind) << 32 | n.key, v);
    created = true;
    return v;
  }

  /// Gives a base node its own lists (a copy of the base's), so they can change.
  void own_lists(NodeId v) {
    BNode& n = nodes[v];
    if (n.own_lists) return;
    n.own_lists = true;
    const detail::Columns& c = *base;
    for (auto i = c.tag_offsets[n.base]; i < c.tag_offsets[n.base + 1]; ++i)
      tags.emplace_back(v, c.tag_items[i]);
    for (auto i = c.alias_offsets[n.base]; i < c.alias_offsets[n.base + 1]; ++i)
      aliases.emplace_back(v, c.alias_items[i]);
    for (auto i = c.prop_offsets[n.base]; i < c.prop_offsets[n.base + 1]; ++i) {
      std::string_view bytes = c.str(c.prop_values[i]);
      properties.emplace_back(v, Property{std::string(c.str(c.prop_keys[i])), decode_value(bytes)});
    }
  }

  std::uint32_t new_edge(NodeId from, NodeId to, EdgeKind kind, StrId relation) {
    if (edges.size() >= kOccLimit) throw std::length_error("too many edges");
    BEdge e;
    e.from = from;
    e.to = to;
    e.kind = static_cast<std::uint8_t>(kind);
    e.relation = relation;
    edges.push_back(e);
    return static_cast<std::uint32_t>(edges.size() - 1);
  }

  void add_occurrence(std::uint32_t edge, int line, std::string_view section,
                      std::optional<int> second, std::string_view alias, std::string_view anchor,
                      std::string_view size, bool embed) {
    if (occurrences.size() >= kOccLimit) throw std::length_error("too many edge occurrences");
    BOcc o;
    o.edge = edge;
    o.line = line > 0 ? static_cast<std::uint32_t>(line) : 0;
    o.section = intern(section);
    o.alias = intern(alias);
    o.anchor = intern(anchor);
    o.size = intern(size);
    if (second) o.second = *second;
    o.flags = embed ? detail::kEmbedFlag : 0;
    occurrences.push_back(o);
  }

  KnowledgeGraph finish();
  void derive(detail::OwnedColumns& out) const;
};

GraphBuilder::GraphBuilder() : impl_(std::make_unique<Impl>()) {}

GraphBuilder::GraphBuilder(const KnowledgeGraph& base, std::span<const std::string> replaced,
                           std::span<const std::string> removed)
    : impl_(std::make_unique<Impl>()) {
  Impl& m = *impl_;
  m.base_storage = base.storage();
  m.base_graph = base;
  m.base = m.base_storage.get();
  const detail::Columns& c = *m.base;
  m.base_strings = static_cast<StrId>(c.str_offsets.size() - 1);
  const std::size_t n = base.node_count();
  std::vector<char> gone(n, 0), redo(n, 0);
  for (const auto& p : removed)
    if (auto v = base.find(NodeKind::note, p)) gone[*v] = 1;
  for (const auto& p : replaced)
    if (auto v = base.find(NodeKind::note, p)) redo[*v] = 1;
  std::vector<std::uint16_t> type_map(c.type_names.size());
  for (std::size_t t = 0; t < c.type_names.size(); ++t) type_map[t] = m.type_of(c.str(c.type_names[t]));

  m.from_base.assign(n, kNoNode);
  m.nodes.reserve(n);
  for (NodeId v = 0; v < n; ++v) {
    if (gone[v]) continue;
    BNode b;
    b.kind = c.node_kind[v];
    b.flags = c.node_flags[v];
    b.type = type_map[c.node_type[v]];
    b.key = c.node_key[v];
    b.label = c.node_label[v];
    b.same_as = c.node_same_as[v];
    b.has_properties = c.prop_offsets[v + 1] > c.prop_offsets[v];
    b.own_lists = false;
    b.base = v;
    m.from_base[v] = static_cast<NodeId>(m.nodes.size());
    m.nodes.push_back(b);
  }
  m.edges.reserve(base.edge_count());
  for (EdgeId e = 0; e < base.edge_count(); ++e) {
    const NodeId s = c.edge_source[e], t = c.edge_target[e];
    const auto kind = static_cast<EdgeKind>(c.edge_kind[e]);
    if (gone[s] || gone[t] || kind == EdgeKind::broader) continue;
    if (kind == EdgeKind::cooccurs) {
      m.cooccurs[pair_key(m.from_base[s], m.from_base[t])] += c.edge_weight[e];
      continue;
    }
    if (redo[s]) continue;
    BEdge b;
    b.from = m.from_base[s];
    b.to = m.from_base[t];
    b.kind = c.edge_kind[e];
    b.type = type_map[c.edge_type[e]];
    b.relation = c.edge_relation[e];
    b.name = c.edge_name[e];
    b.base = e;
    m.edges.push_back(b);
  }
  m.base_edges = m.edges.size();
}

GraphBuilder::~GraphBuilder() = default;
GraphBuilder::GraphBuilder(GraphBuilder&&) noexcept = default;
GraphBuilder& GraphBuilder::operator=(GraphBuilder&&) noexcept = default;

NodeId GraphBuilder::add_node(const NodeSpec& spec) {
  Impl& m = *impl_;
  bool created = false;
  const NodeId v = m.node(spec.kind, spec.key, created);
  BNode& n = m.nodes[v];
  if (n.label == 0 && !spec.label.empty()) {
    n.label = m.intern(spec.label);
    n.flags |= detail::kLabelGiven;
  }
  if (!(n.flags & detail::kTypeGiven) && !spec.entity_type.empty()) {
    n.type = m.type_of(spec.entity_type);
    n.flags |= detail::kTypeGiven;
  }
  if (n.same_as == 0 && !spec.same_as.empty()) n.same_as = m.intern(spec.same_as);
  if (!spec.tags.empty() || !spec.aliases.empty() || !spec.properties.empty()) m.own_lists(v);
  for (const auto& t : spec.tags) m.tags.emplace_back(v, m.intern(t));
  for (const auto& a : spec.aliases) m.aliases.emplace_back(v, m.intern(a));
  if (!m.nodes[v].has_properties && !spec.properties.empty()) {
    m.nodes[v].has_properties = true;
    for (const auto& p : spec.properties) m.properties.emplace_back(v, p);
  }
  return v;
}

std::optional<NodeId> GraphBuilder::find(NodeKind kind, std::string_view key) const {
  return impl_->lookup(kind, key);
}

void GraphBuilder::set_entity_type(NodeId v, std::string_view type) {
  BNode& n = impl_->nodes.at(v);
  n.type = impl_->type_of(type);
  if (type.empty())
    n.flags &= static_cast<std::uint8_t>(~detail::kTypeGiven);
  else
    n.flags |= detail::kTypeGiven;
}

void GraphBuilder::set_label(NodeId v, std::string_view label) {
  BNode& n = impl_->nodes.at(v);
  n.label = impl_->intern(label);
  n.flags |= detail::kLabelGiven;
}

void GraphBuilder::add_occurrence(NodeId from, NodeId to, EdgeKind kind, std::string_view relation,
                                  const Occurrence& occ) {
  Impl& m = *impl_;
  if (kind == EdgeKind::cooccurs) throw std::invalid_argument("cooccurs edges take add_cooccurrence");
  if (kind == EdgeKind::broader) throw std::invalid_argument("broader edges are derived from the tags");
  const StrId rel = m.intern(relation);
  const EdgeKey key{static_cast<std::uint64_t>(from) << 32 | to,
                    static_cast<std::uint64_t>(rel) << 8 | static_cast<std::uint8_t>(kind)};
  auto [it, fresh] = m.edge_index.try_emplace(key, 0);
  if (fresh) it->second = m.new_edge(from, to, kind, rel);
  m.add_occurrence(it->second, occ.line, occ.section, occ.second, occ.alias, occ.anchor, occ.size,
                   occ.embed);
}

void GraphBuilder::add_cooccurrence(NodeId a, NodeId b, std::int64_t weight) {
  if (a == b) return;
  impl_->cooccurs[pair_key(a, b)] += weight;
}

void GraphBuilder::add_part(const NotePart& part) {
  Impl& m = *impl_;
  bool created = false;
  const NodeId v = m.node(NodeKind::note, part.path, created);
  {
    BNode& n = m.nodes[v];
    n.label = m.intern(part.label);
    n.flags = detail::kLabelGiven;
    n.type = m.type_of(part.entity_type);
    if (!part.entity_type.empty()) n.flags |= detail::kTypeGiven;
    n.own_lists = true;  // the part replaces whatever the base held
    n.has_properties = !part.properties.empty();
  }
  for (const auto& t : part.tags) m.tags.emplace_back(v, m.intern(t));
  for (const auto& a : part.aliases) m.aliases.emplace_back(v, m.intern(a));
  for (const auto& p : part.properties) m.properties.emplace_back(v, p);

  auto target_of = [&](const NodeRef& ref, const PartEdge* edge) {
    if (ref.kind == NodeKind::note && ref.key == part.path) return v;
    bool fresh = false;
    const NodeId t = m.node(ref.kind, ref.key, fresh);
    if (fresh && edge) {
      if (!edge->same_as.empty()) m.nodes[t].same_as = m.intern(edge->same_as);
      for (const auto& a : edge->aliases) m.aliases.emplace_back(t, m.intern(a));
    }
    return t;
  };
  for (const PartEdge& pe : part.edges) {
    const NodeId t = target_of(pe.target, &pe);
    const std::uint32_t e = m.new_edge(v, t, pe.kind, m.intern(pe.relation));
    m.edges[e].name = m.intern(pe.name);
    m.edges[e].type = m.type_of(pe.entity_type);
    for (const auto& o : pe.occurrences)
      m.add_occurrence(e, o.line, o.section, o.second, o.alias, o.anchor, o.size, o.embed);
  }
  for (const auto& [a, b] : part.cooccurs) add_cooccurrence(target_of(a, nullptr), target_of(b, nullptr), 1);
}

std::size_t GraphBuilder::node_count() const { return impl_->nodes.size(); }

KnowledgeGraph GraphBuilder::finish() && {
  KnowledgeGraph g = impl_->finish();
  impl_ = std::make_unique<Impl>();
  return g;
}

KnowledgeGraph GraphBuilder::Impl::finish() {
  // 1. Which nodes have edges; tag closure and broader edges.
  std::vector<std::uint32_t> incident(nodes.size(), 0);
  for (const BEdge& e : edges) {
    ++incident[e.from];
    ++incident[e.to];
  }
  for (const auto& [key, weight] : cooccurs)
    if (weight > 0) {
      ++incident[static_cast<NodeId>(key >> 32)];
      ++incident[static_cast<NodeId>(key & 0xFFFFFFFFu)];
    }
  {
    std::vector<NodeId> live;
    for (NodeId v = 0; v < nodes.size(); ++v)
      if (nodes[v].kind == static_cast<std::uint8_t>(NodeKind::tag) && incident[v] > 0) live.push_back(v);
    std::unordered_set<NodeId> linked;  // tags whose broader edge is added
    for (std::size_t i = 0; i < live.size(); ++i) {
      const NodeId child = live[i];
      if (linked.count(child)) continue;
      linked.insert(child);
      const std::string key(str(nodes[child].key));
      const auto slash = key.rfind('/');
      if (slash == std::string::npos || slash == 0) continue;
      bool fresh = false;
      const NodeId parent = node(NodeKind::tag, std::string_view(key).substr(0, slash), fresh);
      if (parent >= incident.size()) incident.resize(parent + 1, 0);
      const std::uint32_t e = new_edge(child, parent, EdgeKind::broader, 0);
      add_occurrence(e, 0, {}, std::nullopt, {}, {}, {}, false);
      ++incident[child];
      if (incident[parent]++ == 0 || fresh) live.push_back(parent);
    }
  }
  incident.resize(nodes.size(), 0);

  // 2. Nodes in id order: every note, and other nodes with an edge.
  const std::size_t total = nodes.size();
  std::vector<NodeId> kept_base, kept_new;
  for (NodeId v = 0; v < total; ++v) {
    const BNode& n = nodes[v];
    if (n.kind != static_cast<std::uint8_t>(NodeKind::note) && incident[v] == 0) continue;
    (n.base != kNoNode ? kept_base : kept_new).push_back(v);
  }
  auto node_less = [&](NodeId a, NodeId b) {
    const BNode& x = nodes[a];
    const BNode& y = nodes[b];
    const int rx = detail::kind_rank(static_cast<NodeKind>(x.kind));
    const int ry = detail::kind_rank(static_cast<NodeKind>(y.kind));
    if (rx != ry) return rx < ry;
    return str(x.key) < str(y.key);
  };
  std::sort(kept_new.begin(), kept_new.end(), node_less);  // base nodes are in id order already
  std::vector<NodeId> order;
  order.reserve(kept_base.size() + kept_new.size());
  std::merge(kept_base.begin(), kept_base.end(), kept_new.begin(), kept_new.end(),
             std::back_inserter(order), node_less);
  std::vector<NodeId> rank(total, kNoNode);
  for (std::size_t i = 0; i < order.size(); ++i) rank[order[i]] = static_cast<NodeId>(i);
  const std::size_t n = order.size();

  auto out = std::make_shared<detail::OwnedColumns>();
  // Entity types: "" and the built-ins keep their slots; custom names in byte order.
  std::vector<std::uint16_t> type_map(types.size());
  {
    const std::size_t builtin = kEntityTypeNames.size() + 1;
    std::vector<std::uint16_t> custom;
    for (std::size_t s = builtin; s < types.size(); ++s) custom.push_back(static_cast<std::uint16_t>(s));
    std::sort(custom.begin(), custom.end(),
              [&](auto a, auto b) { return str(types[a]) < str(types[b]); });
    for (std::size_t s = 0; s < builtin; ++s) {
      type_map[s] = static_cast<std::uint16_t>(s);
      out->type_names_v.push_back(types[s]);
    }
    for (auto s : custom) {
      type_map[s] = static_cast<std::uint16_t>(out->type_names_v.size());
      out->type_names_v.push_back(types[s]);
    }
  }

  out->node_kind_v.reserve(n);
  for (NodeId old : order) {
    const BNode& b = nodes[old];
    out->node_kind_v.push_back(b.kind);
    out->node_key_v.push_back(b.key);
    // A label not given is derived at the end; until then the key names the node
    // (an attachment by its file name, an entity by the name after its type).
    StrId label = b.label;
    if (!(b.flags & detail::kLabelGiven)) {
      const std::string_view key = str(b.key);
      if (b.kind == static_cast<std::uint8_t>(NodeKind::attachment))
        label = intern(file_name(key));
      else if (b.kind == static_cast<std::uint8_t>(NodeKind::entity) && key.find(':') != std::string_view::npos)
        label = intern(key.substr(key.find(':') + 1));
      else
        label = b.key;
    }
    out->node_label_v.push_back(label);
    out->node_type_v.push_back(type_map[b.type]);
    out->node_same_as_v.push_back(b.same_as);
    out->node_flags_v.push_back(b.flags);
  }

  // 3. Lists: a base node's own, or the pending ones.
  auto by_node = [&](auto& items) {
    std::erase_if(items, [&](const auto& item) { return rank[item.first] == kNoNode; });
    for (auto& item : items) item.first = rank[item.first];
    std::stable_sort(items.begin(), items.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
  };
  by_node(tags);
  by_node(aliases);
  by_node(properties);
  out->tag_offsets_v.assign(n + 1, 0);
  out->alias_offsets_v.assign(n + 1, 0);
  out->prop_offsets_v.assign(n + 1, 0);
  std::size_t ti = 0, ai = 0, pi = 0;
  std::string encoded;
  for (NodeId v = 0; v < n; ++v) {
    const BNode& b = nodes[order[v]];
    if (!b.own_lists) {
      const detail::Columns& c = *base;
      out->tag_items_v.insert(out->tag_items_v.end(), c.tag_items.begin() + c.tag_offsets[b.base],
                              c.tag_items.begin() + c.tag_offsets[b.base + 1]);
      out->alias_items_v.insert(out->alias_items_v.end(),
                                c.alias_items.begin() + c.alias_offsets[b.base],
                                c.alias_items.begin() + c.alias_offsets[b.base + 1]);
      out->prop_keys_v.insert(out->prop_keys_v.end(), c.prop_keys.begin() + c.prop_offsets[b.base],
                              c.prop_keys.begin() + c.prop_offsets[b.base + 1]);
      out->prop_values_v.insert(out->prop_values_v.end(),
                                c.prop_values.begin() + c.prop_offsets[b.base],
                                c.prop_values.begin() + c.prop_offsets[b.base + 1]);
    } else {
      // Tags: sorted by bytes, unique.
      const std::size_t t0 = out->tag_items_v.size();
      for (; ti < tags.size() && tags[ti].first == v; ++ti) out->tag_items_v.push_back(tags[ti].second);
      std::sort(out->tag_items_v.begin() + static_cast<std::ptrdiff_t>(t0), out->tag_items_v.end(),
                [&](StrId a, StrId b) { return str(a) < str(b); });
      out->tag_items_v.erase(
          std::unique(out->tag_items_v.begin() + static_cast<std::ptrdiff_t>(t0), out->tag_items_v.end(),
                      [&](StrId a, StrId b) { return str(a) == str(b); }),
          out->tag_items_v.end());
      // Aliases: the first of equal ones, in the order added.
      const std::size_t a0 = ai;
      for (; ai < aliases.size() && aliases[ai].first == v; ++ai) {
        bool seen = false;
        for (std::size_t k = a0; k < ai && !seen; ++k) seen = str(aliases[k].second) == str(aliases[ai].second);
        if (!seen) out->alias_items_v.push_back(aliases[ai].second);
      }
      // Properties: by key (stable, so a repeated key keeps document order).
      const std::size_t p0 = pi;
      while (pi < properties.size() && properties[pi].first == v) ++pi;
      std::stable_sort(properties.begin() + static_cast<std::ptrdiff_t>(p0),
                       properties.begin() + static_cast<std::ptrdiff_t>(pi),
                       [](const auto& a, const auto& b) { return a.second.key < b.second.key; });
      for (std::size_t k = p0; k < pi; ++k) {
        out->prop_keys_v.push_back(intern(properties[k].second.key));
        encoded.clear();
        encode_value(properties[k].second.value, encoded);
        out->prop_values_v.push_back(intern(encoded));
      }
    }
    // Skip pending items of a node whose lists came from the base.
    while (ti < tags.size() && tags[ti].first == v) ++ti;
    while (ai < aliases.size() && aliases[ai].first == v) ++ai;
    while (pi < properties.size() && properties[pi].first == v) ++pi;
    out->tag_offsets_v[v + 1] = static_cast<std::uint32_t>(out->tag_items_v.size());
    out->alias_offsets_v[v + 1] = static_cast<std::uint32_t>(out->alias_items_v.size());
    out->prop_offsets_v[v + 1] = static_cast<std::uint32_t>(out->prop_keys_v.size());
  }

  // 4. Edges in (source, target, kind, relation) order. Base edges keep their order
  // (node numbering is monotone), the others are sorted and merged in.
  for (const auto& [key, weight] : cooccurs) {
    if (weight <= 0) continue;
    const auto a = static_cast<NodeId>(key >> 32), b = static_cast<NodeId>(key & 0xFFFFFFFFu);
    BEdge e;
    e.from = a;
    e.to = b;
    e.kind = static_cast<std::uint8_t>(EdgeKind::cooccurs);
    e.weight = static_cast<std::uint32_t>(std::min<std::int64_t>(weight, 0xFFFFFFFFll));
    edges.push_back(e);
  }
  for (BEdge& e : edges) {
    e.from = rank[e.from];
    e.to = rank[e.to];
    if (e.kind == static_cast<std::uint8_t>(EdgeKind::cooccurs) && e.to < e.from) std::swap(e.from, e.to);
  }
  auto edge_less = [&](std::uint32_t a, std::uint32_t b) {
    const BEdge& x = edges[a];
    const BEdge& y = edges[b];
    if (x.from != y.from) return x.from < y.from;
    if (x.to != y.to) return x.to < y.to;
    if (x.kind != y.kind) return x.kind < y.kind;
    return str(x.relation) < str(y.relation);
  };
  std::vector<std::uint32_t> base_order(base_edges), new_order(edges.size() - base_edges);
  std::iota(base_order.begin(), base_order.end(), 0u);
  std::iota(new_order.begin(), new_order.end(), static_cast<std::uint32_t>(base_edges));
  std::sort(new_order.begin(), new_order.end(), edge_less);
  std::vector<std::uint32_t> edge_order;
  edge_order.reserve(edges.size());
  std::merge(base_order.begin(), base_order.end(), new_order.begin(), new_order.end(),
             std::back_inserter(edge_order), edge_less);
  const std::size_t m = edge_order.size();
  std::vector<std::uint32_t> edge_rank(edges.size());
  for (std::size_t i = 0; i < m; ++i) edge_rank[edge_order[i]] = static_cast<std::uint32_t>(i);

  out->edge_source_v.reserve(m);
  out->occ_offsets_v.assign(m + 1, 0);
  for (std::uint32_t old : edge_order) {
    const BEdge& e = edges[old];
    out->edge_source_v.push_back(e.from);
    out->edge_target_v.push_back(e.to);
    out->edge_kind_v.push_back(e.kind);
    out->edge_relation_v.push_back(e.relation);
    out->edge_name_v.push_back(e.name);
    out->edge_type_v.push_back(type_map[e.type]);
    out->edge_weight_v.push_back(e.weight);
  }
  // 5. Occurrences: a base edge's are copied whole, the others grouped by edge in the
  // order they were added.
  for (std::uint32_t old = 0; old < edges.size(); ++old)
    if (edges[old].base != kNoEdge)
      out->occ_offsets_v[edge_rank[old] + 1] =
          base->occ_offsets[edges[old].base + 1] - base->occ_offsets[edges[old].base];
  for (const BOcc& o : occurrences) ++out->occ_offsets_v[edge_rank[o.edge] + 1];
  for (std::size_t e = 0; e < m; ++e) out->occ_offsets_v[e + 1] += out->occ_offsets_v[e];
  const std::size_t occ_total = out->occ_offsets_v[m];
  out->occ_line_v.resize(occ_total);
  out->occ_section_v.resize(occ_total);
  out->occ_second_v.resize(occ_total);
  out->occ_alias_v.resize(occ_total);
  out->occ_anchor_v.resize(occ_total);
  out->occ_size_v.resize(occ_total);
  out->occ_flags_v.resize(occ_total);
  {
    std::vector<std::uint32_t> fill(out->occ_offsets_v.begin(), out->occ_offsets_v.end() - 1);
    for (std::uint32_t old = 0; old < edges.size(); ++old) {
      const EdgeId be = edges[old].base;
      if (be == kNoEdge) continue;
      const detail::Columns& c = *base;
      std::uint32_t k = fill[edge_rank[old]];
      for (auto i = c.occ_offsets[be]; i < c.occ_offsets[be + 1]; ++i, ++k) {
        out->occ_line_v[k] = c.occ_line[i];
        out->occ_section_v[k] = c.occ_section[i];
        out->occ_second_v[k] = c.occ_second[i];
        out->occ_alias_v[k] = c.occ_alias[i];
        out->occ_anchor_v[k] = c.occ_anchor[i];
        out->occ_size_v[k] = c.occ_size[i];
        out->occ_flags_v[k] = c.occ_flags[i];
      }
      fill[edge_rank[old]] = k;
    }
    for (const BOcc& o : occurrences) {
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

  // 6. Strings: the base pool, then the new ones (a string may be in both: ids, not
  // contents, are what is unique).
  std::vector<char> fresh_chars;
  std::vector<std::uint64_t> fresh_offsets;
  arena.pack(fresh_chars, fresh_offsets);
  if (base) {
    out->chars_v.assign(base->chars.begin(), base->chars.end());
    out->str_offsets_v.assign(base->str_offsets.begin(), base->str_offsets.end());
  } else {
    out->str_offsets_v = {0};
  }
  const std::uint64_t shift = out->chars_v.size();
  out->chars_v.insert(out->chars_v.end(), fresh_chars.begin(), fresh_chars.end());
  for (std::size_t i = 1; i < fresh_offsets.size(); ++i) out->str_offsets_v.push_back(shift + fresh_offsets[i]);

  out->index_edges();
  out->bind();
  derive(*out);
  return KnowledgeGraph(std::shared_ptr<const detail::Columns>(std::move(out)));
}

void GraphBuilder::Impl::derive(detail::OwnedColumns& c) const {
  const std::size_t n = c.node_kind_v.size();
  std::map<std::string_view, std::uint16_t> slot_of;
  for (std::size_t t = 0; t < c.type_names_v.size(); ++t) slot_of.emplace(c.str(c.type_names_v[t]), static_cast<std::uint16_t>(t));
  auto first_in = [&](NodeId v, auto&& pick) -> std::optional<EdgeId> {
    for (auto i = c.in_offsets_v[v]; i < c.in_offsets_v[v + 1]; ++i)
      if (pick(c.in_edges_v[i])) return c.in_edges_v[i];
    return std::nullopt;
  };
  auto typed = [&](EdgeId e) { return c.edge_type_v[e] != 0; };
  auto named = [&](EdgeId e) { return c.edge_name_v[e] != 0; };
  // Notes first: a video's label is the label of a note.
  for (int pass = 0; pass < 2; ++pass)
    for (NodeId v = 0; v < n; ++v) {
      const auto kind = static_cast<NodeKind>(c.node_kind_v[v]);
      if ((kind == NodeKind::note) != (pass == 0)) continue;
      const std::uint8_t flags = c.node_flags_v[v];
      const bool label_given = flags & detail::kLabelGiven;
      const bool type_given = flags & detail::kTypeGiven;
      switch (kind) {
        case NodeKind::note:
        case NodeKind::missing:
          if (!type_given) {
            auto e = first_in(v, typed);
            c.node_type_v[v] = e ? c.edge_type_v[*e] : 0;
          }
          if (!label_given && kind == NodeKind::missing)
            if (auto e = first_in(v, named)) c.node_label_v[v] = c.edge_name_v[*e];
          break;
        case NodeKind::entity: {
          if (!type_given) {
            auto e = first_in(v, typed);
            if (e) {
              c.node_type_v[v] = c.edge_type_v[*e];
            } else {
              const std::string_view k = c.str(c.node_key_v[v]);
              auto it = slot_of.find(k.substr(0, k.find(':')));
              c.node_type_v[v] = it == slot_of.end() ? 0 : it->second;
            }
          }
          if (!label_given)
            if (auto e = first_in(v, named)) c.node_label_v[v] = c.edge_name_v[*e];
          break;
        }
        case NodeKind::video:
          if (!label_given) {
            // The note about the video (its source), else the first note citing it.
            auto from_note = [&](EdgeKind kind) {
              return first_in(v, [&](EdgeId x) {
                return static_cast<EdgeKind>(c.edge_kind_v[x]) == kind &&
                       c.node_kind_v[c.edge_source_v[x]] == static_cast<std::uint8_t>(NodeKind::note);
              });
            };
            auto e = from_note(EdgeKind::source);
            if (!e) e = from_note(EdgeKind::url);
            if (e) c.node_label_v[v] = c.node_label_v[c.edge_source_v[*e]];
          }
          break;
        case NodeKind::attachment:
        case NodeKind::tag:
        case NodeKind::url:
          break;
      }
    }
}

}  // namespace notegraph
