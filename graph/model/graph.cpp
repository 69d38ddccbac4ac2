#include "notegraph/model/graph.hpp"

#include <algorithm>
#include <numeric>
#include <utility>

#include "notegraph/text/youtube.hpp"
#include "storage.hpp"

namespace notegraph {

namespace detail {

int kind_rank(NodeKind kind) {
  switch (kind) {
    case NodeKind::attachment: return 0;
    case NodeKind::entity: return 1;
    case NodeKind::missing: return 2;
    case NodeKind::note: return 3;
    case NodeKind::tag: return 4;
    case NodeKind::url: return 5;
    case NodeKind::video: return 6;
  }
  return 7;
}

void OwnedColumns::bind() {
  if (!shared) {
    chars = chars_v;
    str_offsets = str_offsets_v;
  } else {
    chars = shared->chars;
    str_offsets = shared->str_offsets;
  }
  type_names = type_names_v;
  node_kind = node_kind_v;
  node_key = node_key_v;
  node_label = node_label_v;
  node_type = node_type_v;
  node_same_as = node_same_as_v;
  node_flags = node_flags_v;
  tag_offsets = tag_offsets_v;
  tag_items = tag_items_v;
  alias_offsets = alias_offsets_v;
  alias_items = alias_items_v;
  prop_offsets = prop_offsets_v;
  prop_keys = prop_keys_v;
  prop_values = prop_values_v;
  edge_source = edge_source_v;
  edge_target = edge_target_v;
  edge_kind = edge_kind_v;
  edge_relation = edge_relation_v;
  edge_name = edge_name_v;
  edge_type = edge_type_v;
  edge_weight = edge_weight_v;
  occ_offsets = occ_offsets_v;
  out_offsets = out_offsets_v;
  in_offsets = in_offsets_v;
  in_edges = in_edges_v;
  occ_line = occ_line_v;
  occ_section = occ_section_v;
  occ_second = occ_second_v;
  occ_alias = occ_alias_v;
  occ_anchor = occ_anchor_v;
  occ_size = occ_size_v;
  occ_flags = occ_flags_v;
}

void OwnedColumns::index_edges() {
  const std::size_t n = node_kind_v.size(), m = edge_source_v.size();
  out_offsets_v.assign(n + 1, 0);
  in_offsets_v.assign(n + 1, 0);
  for (std::size_t e = 0; e < m; ++e) {
    ++out_offsets_v[edge_source_v[e] + 1];
    ++in_offsets_v[edge_target_v[e] + 1];
  }
  for (std::size_t v = 0; v < n; ++v) {
    out_offsets_v[v + 1] += out_offsets_v[v];
    in_offsets_v[v + 1] += in_offsets_v[v];
  }
  // Counting sort by target, stable, so each node's in-edges stay in edge order.
  in_edges_v.resize(m);
  std::vector<std::uint32_t> fill(in_offsets_v.begin(), in_offsets_v.end() - 1);
  for (std::size_t e = 0; e < m; ++e) in_edges_v[fill[edge_target_v[e]]++] = static_cast<EdgeId>(e);
}

StringArena::StringArena() { intern({}); }

std::string_view StringArena::store(std::string_view s) {
  constexpr std::size_t kBlock = 1 << 20;
  if (s.size() > kBlock / 4) {
    // A big string gets a block of its own, placed before the current one so the
    // current block keeps filling.
    blocks_.emplace_front(s);
    return blocks_.front();
  }
  if (blocks_.empty() || used_ + s.size() > blocks_.back().size()) {
    blocks_.emplace_back(kBlock, '\0');
    used_ = 0;
  }
  char* p = blocks_.back().data() + used_;
  std::copy(s.begin(), s.end(), p);
  used_ += s.size();
  return {p, s.size()};
}

StrId StringArena::intern(std::string_view s) {
  if (auto it = ids_.find(s); it != ids_.end()) return it->second;
  const std::string_view stored = store(s);
  const auto id = static_cast<StrId>(views_.size());
  views_.push_back(stored);
  ids_.emplace(stored, id);
  return id;
}

void StringArena::pack(std::vector<char>& chars, std::vector<std::uint64_t>& offsets) const {
  std::size_t total = 0;
  for (auto v : views_) total += v.size();
  chars.clear();
  chars.reserve(total);
  offsets.clear();
  offsets.reserve(views_.size() + 1);
  offsets.push_back(0);
  for (auto v : views_) {
    chars.insert(chars.end(), v.begin(), v.end());
    offsets.push_back(chars.size());
  }
}

}  // namespace detail

namespace {

std::shared_ptr<const detail::Columns> empty_columns() {
  static const auto empty = [] {
    auto c = std::make_shared<detail::OwnedColumns>();
    c->str_offsets_v = {0, 0};
    c->type_names_v = {0};
    c->tag_offsets_v = c->alias_offsets_v = c->prop_offsets_v = {0};
    c->occ_offsets_v = c->out_offsets_v = c->in_offsets_v = {0};
    c->bind();
    return std::shared_ptr<const detail::Columns>(std::move(c));
  }();
  return empty;
}

}  // namespace

std::string NodeView::id() const {
  std::string out;
  append_id(out);
  return out;
}

void NodeView::append_id(std::string& out) const {
  out += to_string(kind());
  out += ':';
  out += key();
}

std::string NodeView::url() const {
  switch (kind()) {
    case NodeKind::url: return std::string(key());
    case NodeKind::video: return text::youtube_url(key(), std::nullopt);
    default: return {};
  }
}

std::vector<PropertyView> NodeView::properties() const {
  std::vector<PropertyView> out;
  for (std::uint32_t i = c_->prop_offsets[v_]; i < c_->prop_offsets[v_ + 1]; ++i) {
    std::string_view bytes = c_->str(c_->prop_values[i]);
    out.push_back({c_->str(c_->prop_keys[i]), decode_value(bytes)});
  }
  return out;
}

bool EdgeView::embed() const {
  for (std::uint32_t i = c_->occ_offsets[e_]; i < c_->occ_offsets[e_ + 1]; ++i)
    if (c_->occ_flags[i] & detail::kEmbedFlag) return true;
  return false;
}

Occurrence EdgeView::occurrence(int i) const {
  const std::uint32_t k = c_->occ_offsets[e_] + static_cast<std::uint32_t>(i);
  Occurrence o;
  o.line = static_cast<int>(c_->occ_line[k]);
  o.section = c_->str(c_->occ_section[k]);
  if (c_->occ_second[k] != detail::kNoSecond) o.second = c_->occ_second[k];
  o.alias = c_->str(c_->occ_alias[k]);
  o.anchor = c_->str(c_->occ_anchor[k]);
  o.size = c_->str(c_->occ_size[k]);
  o.embed = (c_->occ_flags[k] & detail::kEmbedFlag) != 0;
  return o;
}

std::vector<int> EdgeView::lines() const {
  std::vector<int> out;
  for (std::uint32_t i = c_->occ_offsets[e_]; i < c_->occ_offsets[e_ + 1]; ++i)
    if (c_->occ_line[i] > 0) out.push_back(static_cast<int>(c_->occ_line[i]));
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<int> EdgeView::seconds() const {
  std::vector<int> out;
  for (std::uint32_t i = c_->occ_offsets[e_]; i < c_->occ_offsets[e_ + 1]; ++i)
    if (c_->occ_second[i] != detail::kNoSecond) out.push_back(c_->occ_second[i]);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::string_view> EdgeView::distinct(std::span<const StrId> column) const {
  const std::uint32_t first = c_->occ_offsets[e_], last = c_->occ_offsets[e_ + 1];
  // (string, position of first occurrence); sorting keeps this linearithmic however
  // many occurrences an edge aggregates.
  std::vector<std::pair<StrId, std::uint32_t>> seen;
  for (std::uint32_t i = first; i < last; ++i)
    if (column[i] != 0) seen.emplace_back(column[i], i);
  std::sort(seen.begin(), seen.end());
  seen.erase(std::unique(seen.begin(), seen.end(),
                         [](const auto& a, const auto& b) { return a.first == b.first; }),
             seen.end());
  std::sort(seen.begin(), seen.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  std::vector<std::string_view> out;
  out.reserve(seen.size());
  for (const auto& [s, pos] : seen) out.push_back(c_->str(s));
  return out;
}

std::vector<std::string_view> EdgeView::aliases() const { return distinct(c_->occ_alias); }
std::vector<std::string_view> EdgeView::anchors() const { return distinct(c_->occ_anchor); }
std::vector<std::string_view> EdgeView::sections() const { return distinct(c_->occ_section); }

KnowledgeGraph::KnowledgeGraph() : c_(empty_columns()) {}

KnowledgeGraph::KnowledgeGraph(std::shared_ptr<const detail::Columns> columns)
    : c_(std::move(columns)) {}

IdRange KnowledgeGraph::nodes_of(NodeKind kind) const {
  const int rank = detail::kind_rank(kind);
  const auto& k = c_->node_kind;
  auto rank_at = [&](std::size_t v) { return detail::kind_rank(static_cast<NodeKind>(k[v])); };
  std::size_t lo = 0, hi = k.size();
  while (lo < hi) {  // first node whose kind ranks ≥ rank
    const std::size_t mid = (lo + hi) / 2;
    if (rank_at(mid) < rank) lo = mid + 1; else hi = mid;
  }
  std::size_t first = lo;
  hi = k.size();
  while (lo < hi) {  // first node whose kind ranks > rank
    const std::size_t mid = (lo + hi) / 2;
    if (rank_at(mid) <= rank) lo = mid + 1; else hi = mid;
  }
  return {static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(lo)};
}

std::optional<NodeId> KnowledgeGraph::find(NodeKind kind, std::string_view key) const {
  const IdRange run = nodes_of(kind);
  std::uint32_t lo = *run.begin(), hi = *run.end();
  while (lo < hi) {
    const std::uint32_t mid = lo + (hi - lo) / 2;
    if (c_->str(c_->node_key[mid]) < key) lo = mid + 1; else hi = mid;
  }
  if (lo < *run.end() && c_->str(c_->node_key[lo]) == key) return lo;
  return std::nullopt;
}

std::optional<NodeId> KnowledgeGraph::find(std::string_view id) const {
  const auto colon = id.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  const auto kind = parse_name(kNodeKindNames, id.substr(0, colon));
  if (!kind) return std::nullopt;
  return find(*kind, id.substr(colon + 1));
}

std::optional<EdgeId> KnowledgeGraph::find_edge(NodeId from, NodeId to) const {
  // Out-edges are sorted by target: binary search.
  std::uint32_t lo = c_->out_offsets[from], hi = c_->out_offsets[from + 1];
  while (lo < hi) {
    const std::uint32_t mid = lo + (hi - lo) / 2;
    if (c_->edge_target[mid] < to) lo = mid + 1; else hi = mid;
  }
  if (lo < c_->out_offsets[from + 1] && c_->edge_target[lo] == to) return lo;
  return std::nullopt;
}

std::vector<std::string_view> KnowledgeGraph::entity_type_names() const {
  std::vector<bool> used(c_->type_names.size(), false);
  for (auto t : c_->node_type) used[t] = true;
  std::vector<std::string_view> out;
  for (std::size_t i = 1; i < used.size(); ++i)
    if (used[i]) out.push_back(c_->str(c_->type_names[i]));
  return out;
}

KnowledgeGraph induced_subgraph(const KnowledgeGraph& kg, const std::vector<NodeId>& keep) {
  return subgraph(kg, keep, [](EdgeId) { return true; });
}

KnowledgeGraph subgraph(const KnowledgeGraph& kg, const std::vector<NodeId>& keep,
                        const std::function<bool(EdgeId)>& keep_edge) {
  const detail::Columns& in = kg.columns();
  std::vector<NodeId> sorted = keep;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  std::vector<NodeId> new_index(kg.node_count(), kNoNode);
  for (std::size_t i = 0; i < sorted.size(); ++i) new_index[sorted[i]] = static_cast<NodeId>(i);

  auto out = std::make_shared<detail::OwnedColumns>();
  // The subgraph borrows the parent's strings (and keeps the parent alive for them).
  out->shared = kg.storage();
  out->type_names_v.assign(in.type_names.begin(), in.type_names.end());
  auto copy_list = [](std::span<const std::uint32_t> offsets, std::span<const StrId> items,
                      NodeId v, std::vector<std::uint32_t>& out_offsets,
                      std::vector<StrId>& out_items) {
    out_items.insert(out_items.end(), items.begin() + offsets[v], items.begin() + offsets[v + 1]);
    out_offsets.push_back(static_cast<std::uint32_t>(out_items.size()));
  };
  out->tag_offsets_v = out->alias_offsets_v = out->prop_offsets_v = {0};
  for (NodeId v : sorted) {
    out->node_kind_v.push_back(in.node_kind[v]);
    out->node_key_v.push_back(in.node_key[v]);
    out->node_label_v.push_back(in.node_label[v]);
    out->node_type_v.push_back(in.node_type[v]);
    out->node_same_as_v.push_back(in.node_same_as[v]);
    out->node_flags_v.push_back(in.node_flags[v]);
    copy_list(in.tag_offsets, in.tag_items, v, out->tag_offsets_v, out->tag_items_v);
    copy_list(in.alias_offsets, in.alias_items, v, out->alias_offsets_v, out->alias_items_v);
    out->prop_keys_v.insert(out->prop_keys_v.end(), in.prop_keys.begin() + in.prop_offsets[v],
                            in.prop_keys.begin() + in.prop_offsets[v + 1]);
    copy_list(in.prop_offsets, in.prop_values, v, out->prop_offsets_v, out->prop_values_v);
  }
  // Vertex order is id order in both graphs, so edges keep their sorted order.
  out->occ_offsets_v = {0};
  for (NodeId v : sorted)
    for (EdgeId e : kg.out_edges(v)) {
      const NodeId t = in.edge_target[e];
      if (new_index[t] == kNoNode || !keep_edge(e)) continue;
      out->edge_source_v.push_back(new_index[v]);
      out->edge_target_v.push_back(new_index[t]);
      out->edge_kind_v.push_back(in.edge_kind[e]);
      out->edge_relation_v.push_back(in.edge_relation[e]);
      out->edge_name_v.push_back(in.edge_name[e]);
      out->edge_type_v.push_back(in.edge_type[e]);
      out->edge_weight_v.push_back(in.edge_weight[e]);
      for (std::uint32_t i = in.occ_offsets[e]; i < in.occ_offsets[e + 1]; ++i) {
        out->occ_line_v.push_back(in.occ_line[i]);
        out->occ_section_v.push_back(in.occ_section[i]);
        out->occ_second_v.push_back(in.occ_second[i]);
        out->occ_alias_v.push_back(in.occ_alias[i]);
        out->occ_anchor_v.push_back(in.occ_anchor[i]);
        out->occ_size_v.push_back(in.occ_size[i]);
        out->occ_flags_v.push_back(in.occ_flags[i]);
      }
      out->occ_offsets_v.push_back(static_cast<std::uint32_t>(out->occ_line_v.size()));
    }
  out->index_edges();
  out->bind();
  return KnowledgeGraph(std::shared_ptr<const detail::Columns>(std::move(out)));
}

std::string join_section(const std::vector<std::string>& heading_path) {
  std::string out;
  for (const auto& h : heading_path) {
    if (!out.empty()) out += " > ";
    out += h;
  }
  return out;
}

}  // namespace notegraph
