#include "notegraph/query/find.hpp"

#include "notegraph/query/text.hpp"

namespace notegraph {

std::vector<FindHit> find_text(const KnowledgeGraph& kg, std::string_view text,
                               const GraphFilter& filter) {
  std::vector<FindHit> out;
  const std::string needle = fold_case(text);
  if (needle.empty()) return out;
  auto contains = [&](const std::string& field) {
    return !field.empty() && fold_case(field).find(needle) != std::string::npos;
  };
  for (Vertex v : kg.vertices()) {
    const Node& n = kg.node(v);
    if (!filter.keeps(n.kind)) continue;
    if (contains(n.label)) {
      out.push_back({v, MatchField::label, n.label});
      continue;
    }
    bool hit = false;
    for (const auto& alias : n.aliases)
      if (!hit && contains(alias)) {
        out.push_back({v, MatchField::alias, alias});
        hit = true;
      }
    if (hit) continue;
    if (contains(n.path))
      out.push_back({v, MatchField::path, n.path});
    else if (contains(n.id))
      out.push_back({v, MatchField::id, n.id});
  }
  return out;
}

}  // namespace notegraph
