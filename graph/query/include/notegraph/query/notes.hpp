#pragma once
// The note-centred questions: backlinks, unlinked mentions, orphans, unresolved links,
// and where a node is mentioned (with the video second cited there).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "notegraph/model/graph.hpp"

namespace notegraph {

/// Returns the link edges into `note` from other nodes (a note's links to itself are
/// not backlinks), ordered by source id, then relation.
std::vector<EdgeId> backlinks(const KnowledgeGraph& graph, NodeId note);

/// Returns the unlinked mentions of `note`: the `mention` edges into it from other
/// notes. The entity extractor's vault gazetteer (SPEC 4.2) adds one such edge per note
/// whose prose names this note's title or an alias outside a link; there are none when
/// that extractor is off. Ordered by source id.
std::vector<EdgeId> unlinked_mentions(const KnowledgeGraph& graph, NodeId note);

/// Returns the orphan notes: notes with no link edge to or from another node (links to
/// missing notes and attachments count as links; tags, URLs and mentions do not), in
/// id order.
std::vector<NodeId> orphans(const KnowledgeGraph& graph);

/// One unresolved link target and the links that point at it.
struct Unresolved {
  NodeId target{};             ///< a `missing` node
  std::vector<EdgeId> links;  ///< link edges into it, by source id
  int notes = 0;               ///< distinct linking notes
  int occurrences = 0;         ///< link occurrences (sum of edge counts)
};

/// Returns every missing node with the notes that link there, most-linked first
/// (distinct notes, then occurrences, both descending), then by id.
std::vector<Unresolved> unresolved(const KnowledgeGraph& graph);

/// One note's references to a node.
struct Mention {
  EdgeId edge{};               ///< the edge from the note to the node (any kind)
  NodeId note{};                ///< the note
  std::optional<NodeId> video;  ///< the video its seconds refer to, when there is one
};

/// Returns the edges from notes into `node` (links, mentions, tags, URLs, sources), by
/// note id, then edge kind and relation. The video of a mention is the node itself when
/// it is a video reached by a url or source edge, else the note's own video (the target
/// of its `source` edge, the first by id when there are several).
std::vector<Mention> mentions(const KnowledgeGraph& graph, NodeId node);

/// Returns the YouTube id of a video node ("video:ID" → "ID"), or empty for other nodes.
std::string video_id(const NodeView& node);

/// Returns `https://www.youtube.com/watch?v=ID`, with `&t=Ns` when a second is given.
std::string youtube_url(std::string_view video_id, std::optional<int> second);

}  // namespace notegraph
