#include "notegraph/exporters/selection.hpp"

#include <algorithm>

#include "notegraph/text/fold.hpp"

namespace notegraph {
namespace {

using text::fold;

// "a/b/" and "./a/b" both name folder "a/b"; typed in NFD or NFC alike.
std::string normalize_folder(std::string f) {
  while (f.rfind("./", 0) == 0) f.erase(0, 2);
  while (!f.empty() && f.back() == '/') f.pop_back();
  return text::nfc(f);
}

bool note_matches(const NodeView& n, const std::vector<std::string>& tags,
                  const std::vector<std::string>& folders) {
  if (!tags.empty()) {
    const bool tagged = std::any_of(n.tags().begin(), n.tags().end(), [&](std::string_view t) {
      const std::string ft = fold(t);
      return std::any_of(tags.begin(), tags.end(), [&](const std::string& want) {
        return ft == want || ft.rfind(want + "/", 0) == 0;
      });
    });
    if (!tagged) return false;
  }
  if (!folders.empty()) {
    const std::string path = text::nfc(n.path());
    const bool inside = std::any_of(folders.begin(), folders.end(), [&](const std::string& f) {
      return f.empty() || path.rfind(f + "/", 0) == 0;
    });
    if (!inside) return false;
  }
  return true;
}

}  // namespace

std::vector<NodeId> select_nodes(const KnowledgeGraph& kg, const Selection& sel) {
  const std::size_t n = kg.node_count();
  std::vector<char> keep(n, 1);
  if (sel.within) {
    std::fill(keep.begin(), keep.end(), 0);
    for (NodeId v : *sel.within)
      if (v < n) keep[v] = 1;
  }
  if (!sel.node_kinds.empty())
    for (NodeId v = 0; v < n; ++v)
      if (std::find(sel.node_kinds.begin(), sel.node_kinds.end(), kg.node(v).kind()) ==
          sel.node_kinds.end())
        keep[v] = 0;

  if (!sel.tags.empty() || !sel.folders.empty()) {
    std::vector<std::string> tags, folders;
    for (const auto& t : sel.tags) {
      std::string f = fold(t);
      if (!f.empty() && f.front() == '#') f.erase(0, 1);
      tags.push_back(f);
    }
    for (const auto& f : sel.folders) folders.push_back(normalize_folder(f));
    // Notes decide; other nodes follow the notes they are joined to.
    std::vector<char> chosen(n, 0);
    for (NodeId v = 0; v < n; ++v)
      if (kg.node(v).kind() == NodeKind::note) chosen[v] = note_matches(kg.node(v), tags, folders);
    std::vector<char> result = chosen;
    for (EdgeId e : kg.edges()) {
      const NodeId s = kg.edge(e).source(), t = kg.edge(e).target();
      if (kg.node(s).kind() == NodeKind::note && chosen[s] && kg.node(t).kind() != NodeKind::note) result[t] = 1;
      if (kg.node(t).kind() == NodeKind::note && chosen[t] && kg.node(s).kind() != NodeKind::note) result[s] = 1;
    }
    for (NodeId v = 0; v < n; ++v) keep[v] = keep[v] && result[v];
  }

  if (sel.min_degree > 0) {
    std::vector<int> degree(n, 0);
    for (EdgeId e : kg.edges()) {
      const NodeId s = kg.edge(e).source(), t = kg.edge(e).target();
      if (keep[s] && keep[t]) {
        ++degree[s];
        ++degree[t];
      }
    }
    for (NodeId v = 0; v < n; ++v)
      if (degree[v] < sel.min_degree) keep[v] = 0;
  }

  std::vector<NodeId> out;
  for (NodeId v = 0; v < n; ++v)
    if (keep[v]) out.push_back(v);
  return out;
}

KnowledgeGraph select(const KnowledgeGraph& kg, const Selection& sel) {
  if (sel.keeps_all()) return kg;
  return induced_subgraph(kg, select_nodes(kg, sel));
}

}  // namespace notegraph
