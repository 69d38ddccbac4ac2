#include "notegraph/query/lookup.hpp"

#include <algorithm>
#include <tuple>

#include "notegraph/query/text.hpp"

namespace notegraph {
namespace {

constexpr std::size_t kMaxSuggestions = 5;

std::string strip_md(std::string_view s) {
  if (s.size() > 3 && s.substr(s.size() - 3) == ".md") s.remove_suffix(3);
  return std::string(s);
}

std::string stem_of(std::string_view path) {
  const auto slash = path.rfind('/');
  if (slash != std::string_view::npos) path.remove_prefix(slash + 1);
  return strip_md(path);
}

/// The id without its kind prefix: "video:ID" → "ID", "entity:person:x y" → "x y",
/// "missing:x" → "x".
std::string bare_id(const Node& n) {
  std::string_view id = n.id;
  auto colon = id.find(':');
  if (colon == std::string_view::npos) return std::string(id);
  id.remove_prefix(colon + 1);
  if (n.kind == NodeKind::entity) {
    colon = id.find(':');
    if (colon != std::string_view::npos) id.remove_prefix(colon + 1);
  }
  return std::string(id);
}

/// The names a person may call a node by (folded), besides its id and path.
std::vector<std::string> names_of(const Node& n) {
  std::vector<std::string> names;
  auto add = [&](std::string_view s) {
    if (!s.empty()) names.push_back(fold_case(s));
  };
  add(n.label);
  for (const auto& a : n.aliases) add(a);
  if (!n.path.empty()) add(stem_of(n.path));
  if (n.kind != NodeKind::note && n.kind != NodeKind::attachment) add(bare_id(n));
  if (n.kind == NodeKind::tag) add("#" + bare_id(n));
  if (!n.url.empty()) add(n.url);
  return names;
}

std::vector<std::string> paths_of(const Node& n) {
  if (n.path.empty()) return {};
  const std::string folded = fold_case(n.path);
  return {folded, strip_md(folded)};
}

Lookup from_matches(std::vector<Vertex> matches) {
  Lookup out;
  std::sort(matches.begin(), matches.end());
  matches.erase(std::unique(matches.begin(), matches.end()), matches.end());
  if (matches.size() == 1) {
    out.outcome = LookupOutcome::found;
    out.vertex = matches.front();
  } else {
    out.outcome = LookupOutcome::ambiguous;
    out.candidates = std::move(matches);
  }
  return out;
}

std::vector<Vertex> suggest(const KnowledgeGraph& kg, const std::string& ref) {
  const std::size_t limit = std::max<std::size_t>(2, ref.size() / 3);
  struct Scored {
    std::size_t score;
    std::size_t length;
    Vertex v;
  };
  std::vector<Scored> scored;
  for (Vertex v : kg.vertices()) {
    const Node& n = kg.node(v);
    std::vector<std::string> keys = names_of(n);
    keys.push_back(fold_case(n.id));
    for (auto& p : paths_of(n)) keys.push_back(std::move(p));
    std::size_t best = limit + 2;
    std::size_t length = 0;
    for (const auto& key : keys) {
      std::size_t d = edit_distance(ref, key, limit);
      if (d > limit) {
        // A name that contains what was typed (or is contained in it) is a fair guess,
        // after every near spelling.
        const bool contains = ref.size() >= 3 && key.size() >= 3 &&
                              (key.find(ref) != std::string::npos || ref.find(key) != std::string::npos);
        d = contains ? limit + 1 : limit + 2;
      }
      if (d < best || (d == best && key.size() < length)) {
        best = d;
        length = key.size();
      }
    }
    if (best <= limit + 1) scored.push_back({best, length, v});
  }
  std::sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
    return std::tie(a.score, a.length, a.v) < std::tie(b.score, b.length, b.v);
  });
  std::vector<Vertex> out;
  for (const auto& s : scored) {
    if (out.size() == kMaxSuggestions) break;
    out.push_back(s.v);
  }
  return out;
}

}  // namespace

Lookup lookup_node(const KnowledgeGraph& kg, std::string_view ref) {
  if (auto v = kg.find(ref)) return from_matches({*v});
  std::string folded = fold_case(ref);
  while (folded.starts_with("./")) folded.erase(0, 2);
  if (folded.empty()) return {};

  // Tiers, first match wins: id, then path, then any name.
  std::vector<Vertex> by_id, by_path, by_name;
  for (Vertex v : kg.vertices()) {
    const Node& n = kg.node(v);
    if (fold_case(n.id) == folded) by_id.push_back(v);
    for (const auto& p : paths_of(n))
      if (p == folded) by_path.push_back(v);
    for (const auto& name : names_of(n))
      if (name == folded) by_name.push_back(v);
  }
  for (auto* tier : {&by_id, &by_path, &by_name})
    if (!tier->empty()) return from_matches(std::move(*tier));

  Lookup out;
  out.suggestions = suggest(kg, folded);
  return out;
}

}  // namespace notegraph
