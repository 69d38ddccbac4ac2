#pragma once
// `query find`: nodes whose label, id, path or alias contains a text.

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "notegraph/model/graph.hpp"
#include "notegraph/query/filter.hpp"

namespace notegraph {

/// Where a find or lookup matched.
enum class MatchField { id, path, label, alias };

inline constexpr std::array<std::pair<MatchField, std::string_view>, 4> kMatchFieldNames{{
    {MatchField::id, "id"},
    {MatchField::path, "path"},
    {MatchField::label, "label"},
    {MatchField::alias, "alias"},
}};

struct FindHit {
  NodeId vertex{};
  MatchField field = MatchField::label;  ///< the first field that matched: label, alias,
                                         ///< path, id
  std::string matched;                   ///< that field's text
};

/// Returns the nodes of the kept kinds whose label, alias, path or id contains `text`,
/// case-insensitively (Unicode case folding), in id order. Empty text matches nothing.
std::vector<FindHit> find_text(const KnowledgeGraph& graph, std::string_view text,
                               const GraphFilter& filter = {});

}  // namespace notegraph
