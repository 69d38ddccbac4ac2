#include "notegraph/query/find.hpp"

#include "notegraph/text/fold.hpp"

namespace notegraph {

std::vector<FindHit> find_text(const KnowledgeGraph& kg, std::string_view text,
                               const GraphFilter& filter) {
  std::vector<FindHit> out;
  const std::string needle = text::fold(text);
  if (needle.empty()) return out;
  auto contains = [&](std::string_view field) {
    return !field.empty() && text::fold(field).find(needle) != std::string::npos;
  };
  for (NodeId v : kg.nodes()) {
    const NodeView n = kg.node(v);
    if (!filter.keeps(n.kind())) continue;
    if (contains(n.label())) {
      out.push_back({v, MatchField::label, std::string(n.label())});
      continue;
    }
    bool hit = false;
    for (std::string_view alias : n.aliases())
      if (!hit && contains(alias)) {
        out.push_back({v, MatchField::alias, std::string(alias)});
        hit = true;
      }
    if (hit) continue;
    if (contains(n.path()))
      out.push_back({v, MatchField::path, std::string(n.path())});
    else if (const std::string id = n.id(); contains(id))
      out.push_back({v, MatchField::id, id});
  }
  return out;
}

}  // namespace notegraph
