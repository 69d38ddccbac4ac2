#pragma once
// Internal to graph/model: columns that own their vectors, and the string arena the
// builder interns into.

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "notegraph/model/graph.hpp"

namespace notegraph::detail {

/// Columns backed by vectors this object owns (a fresh build or a subgraph). A
/// subgraph keeps its parent's storage alive through `shared` and reuses its strings.
struct OwnedColumns : Columns {
  std::vector<char> chars_v;
  std::vector<std::uint64_t> str_offsets_v;
  std::vector<StrId> type_names_v;
  std::vector<std::uint8_t> node_kind_v;
  std::vector<StrId> node_key_v, node_label_v, node_same_as_v;
  std::vector<std::uint16_t> node_type_v;
  std::vector<std::uint8_t> node_flags_v;
  std::vector<std::uint32_t> tag_offsets_v, alias_offsets_v, prop_offsets_v;
  std::vector<StrId> tag_items_v, alias_items_v, prop_keys_v, prop_values_v;
  std::vector<NodeId> edge_source_v, edge_target_v;
  std::vector<std::uint8_t> edge_kind_v;
  std::vector<StrId> edge_relation_v, edge_name_v;
  std::vector<std::uint16_t> edge_type_v;
  std::vector<std::uint32_t> edge_weight_v, occ_offsets_v, out_offsets_v, in_offsets_v;
  std::vector<EdgeId> in_edges_v;
  std::vector<std::uint32_t> occ_line_v;
  std::vector<StrId> occ_section_v, occ_alias_v, occ_anchor_v, occ_size_v;
  std::vector<std::int32_t> occ_second_v;
  std::vector<std::uint8_t> occ_flags_v;
  std::shared_ptr<const Columns> shared;  ///< storage whose strings these columns use

  /// Points every span at its vector (the string spans too, unless `shared` is set
  /// and the strings are borrowed from it).
  void bind();
  /// Fills in_offsets/in_edges and out_offsets from edge_source/edge_target.
  void index_edges();
};

/// Interned strings with stable views while the pool grows. Id 0 is "".
class StringArena {
 public:
  StringArena();
  /// Returns the id of `s`, adding it when new.
  StrId intern(std::string_view s);
  /// Returns the id of `s` when it has been interned, without adding it.
  std::optional<StrId> lookup(std::string_view s) const {
    auto it = ids_.find(s);
    if (it == ids_.end()) return std::nullopt;
    return it->second;
  }
  /// Returns the string with this id.
  std::string_view get(StrId id) const { return views_[id]; }
  std::size_t size() const { return views_.size(); }
  /// Copies the strings, in id order, into contiguous chars and offsets.
  void pack(std::vector<char>& chars, std::vector<std::uint64_t>& offsets) const;

 private:
  std::string_view store(std::string_view s);
  std::deque<std::string> blocks_;
  std::size_t used_ = 0;  ///< bytes used in blocks_.back()
  std::vector<std::string_view> views_;
  std::unordered_map<std::string_view, StrId> ids_;
};

/// Sort rank of a node kind by its name, which is the order of ids ("attachment:" <
/// "entity:" < "missing:" < "note:" < "tag:" < "url:" < "video:").
int kind_rank(NodeKind kind);

}  // namespace notegraph::detail
