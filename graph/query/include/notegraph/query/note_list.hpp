#pragma once
// Listing notes by filters (`query notes`, like zk's list) and the tag tree with counts
// (`query tags`).

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "notegraph/model/graph.hpp"

namespace notegraph {

/// The order of a note list.
enum class NoteSort { title, path, backlinks, links };

inline constexpr std::array<std::pair<NoteSort, std::string_view>, 4> kNoteSortNames{{
    {NoteSort::title, "title"},
    {NoteSort::path, "path"},
    {NoteSort::backlinks, "backlinks"},
    {NoteSort::links, "links"},
}};

/// Whether the order is reversed.
enum class SortOrder { natural, reversed };

/// Whether a note list keeps only orphans.
enum class OrphanFilter { any, only };

/// What a note must satisfy to be listed; every given filter must hold.
struct NoteFilter {
  std::vector<std::string> tags;     ///< tagged with each (or a child tag: travel/rail for travel)
  std::vector<std::string> folders;  ///< under one of these folders (vault-relative)
  std::vector<std::pair<std::string, std::string>> properties;  ///< front matter key = value
  std::vector<NodeId> links_to;     ///< has a link to each (other than itself)
  std::vector<NodeId> linked_from;  ///< is linked from each (other than itself)
  std::vector<NodeId> mentions;     ///< has a mention edge to each (names it in prose)
  OrphanFilter orphans = OrphanFilter::any;
  NoteSort sort = NoteSort::title;
  SortOrder order = SortOrder::natural;  ///< title and path A→Z, counts most first
};

/// One listed note.
struct NoteRow {
  NodeId note{};
  std::size_t backlinks = 0;  ///< link edges into it from other nodes
  std::size_t links = 0;      ///< link edges out of it to other nodes
};

/// Returns the notes that satisfy `filter`, in its order (ties by id). A property
/// matches when its value, as text, equals `value` case-insensitively, or one item of a
/// list value does.
std::vector<NoteRow> list_notes(const KnowledgeGraph& graph, const NoteFilter& filter);

/// One tag of the tag tree.
struct TagCount {
  std::string tag;         ///< "travel/rail"
  int depth = 0;           ///< 0 for a top-level tag
  std::size_t notes = 0;   ///< notes tagged with it or one of its children
  std::size_t direct = 0;  ///< notes tagged with exactly it
};

/// Returns every tag and every parent of one ("travel" for "travel/rail"), depth first,
/// children by name under their parent.
std::vector<TagCount> tag_tree(const KnowledgeGraph& graph);

}  // namespace notegraph
