#pragma once
// Internal to graph/pipeline: the resolve → build step for one note. A note's parse
// and its decided extraction become its NotePart, given the vault-wide state a part
// depends on: link resolution (the files and, in slug or alias mode, their names) and
// which nodes an entity name stands for (SPEC 4 "one node per thing").

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "notegraph/extract/extract.hpp"
#include "notegraph/ingest/parsed_note.hpp"
#include "notegraph/ingest/resolve.hpp"
#include "notegraph/model/graph.hpp"  // join_section
#include "notegraph/model/part.hpp"

namespace notegraph::detail {

/// The nodes an entity name stands for instead of an entity node of its own: a note
/// whose title or alias it is (where two notes share one, the shorter path, then byte
/// order, as in link resolution), else an unresolved link target.
class EntityNames {
 public:
  /// Indexes the titles and aliases of `notes`.
  explicit EntityNames(const std::vector<NoteNames>& notes);
  /// Sets the keys of the missing nodes (unresolved link targets).
  void set_missing(const std::vector<std::string>& missing_keys);
  /// Returns the node `name` stands for, or nullopt when it is an entity of its own.
  std::optional<NodeRef> find(std::string_view name) const;

 private:
  std::map<std::string, std::string, std::less<>> notes_;    ///< entity_key → note path
  std::map<std::string, std::string, std::less<>> missing_;  ///< entity_key → missing key
};

/// The vault-wide state parts are made with.
struct PartContext {
  const Resolver& resolver;
  const EntityNames& names;
  const ExtractOptions& extract;
};

/// Returns the node each of the note's links resolves to (missing targets included).
std::vector<NodeRef> link_targets(const ParsedNote& note, const Resolver& resolver);

/// Returns the note's part. `note` needs its blocks when `extraction` has spans.
/// Problems (a block whose co-occurrences were capped) are appended to `diagnostics`.
NotePart make_part(const ParsedNote& note, const NoteExtraction& extraction,
                   const PartContext& context, std::vector<Diagnostic>& diagnostics);

/// The most entities of one block (or section, or note) that pair up in cooccurs edges;
/// a block naming more keeps its first ones (quadratic pairs would swamp the graph).
inline constexpr std::size_t kMaxCooccurringEntities = 64;

}  // namespace notegraph::detail
