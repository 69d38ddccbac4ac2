#include "notegraph/query/lookup.hpp"

#include <algorithm>
#include <tuple>

#include "notegraph/query/text.hpp"
#include "notegraph/text/fold.hpp"
#include "notegraph/text/path.hpp"

namespace notegraph {
namespace {

constexpr std::size_t kMaxSuggestions = 5;

// Views into a node's own strings: no copies while scanning every node.
std::string_view strip_md(std::string_view s) {
  if (s.size() > 3 && s.substr(s.size() - 3) == ".md") s.remove_suffix(3);
  return s;
}

std::string_view stem_of(std::string_view path) { return strip_md(text::file_name(path)); }

/// The id without its kind prefix: "video:ID" → "ID", "entity:person:x y" → "x y",
/// "missing:x" → "x".
std::string_view bare_id(const NodeView& n) {
  std::string_view id = n.key();
  if (n.kind() == NodeKind::entity) {
    const auto colon = id.find(':');
    if (colon != std::string_view::npos) id.remove_prefix(colon + 1);
  }
  return id;
}

/// Calls f(name) for each name a person may call a node by (not folded), besides its
/// id and path: label, aliases, file stem, the id without its kind, the URL.
template <typename F>
void for_each_name(const NodeView& n, F f) {
  auto visit = [&](std::string_view s) {
    if (!s.empty()) f(s);
  };
  visit(n.label());
  for (const auto& a : n.aliases()) visit(a);
  if (!n.path().empty()) visit(stem_of(n.path()));
  if (n.kind() != NodeKind::note && n.kind() != NodeKind::attachment) visit(bare_id(n));
  visit(n.url());
}

/// The names of a node, folded (for did-you-mean).
std::vector<std::string> names_of(const NodeView& n) {
  std::vector<std::string> names;
  for_each_name(n, [&](std::string_view s) { names.push_back(text::fold(s)); });
  return names;
}

std::vector<std::string> paths_of(const NodeView& n) {
  if (n.path().empty()) return {};
  const std::string folded = text::fold(n.path());
  return {folded, std::string(strip_md(folded))};
}

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return (c & 0x80) == 0; });
}

/// Whether `text` folds to `folded` (already folded). ASCII text is compared in place:
/// lookups scan every node, and allocating a folded copy of each name costs more than
/// the rest of most queries.
bool folds_to(std::string_view text, std::string_view folded) {
  if (is_ascii(text)) {
    if (text.size() != folded.size()) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
      char c = text[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != folded[i]) return false;
    }
    return true;
  }
  return text::fold(text) == folded;
}

Lookup from_matches(std::vector<NodeId> matches) {
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

std::vector<NodeId> suggest(const KnowledgeGraph& kg, const std::string& ref) {
  const std::size_t limit = std::max<std::size_t>(2, ref.size() / 3);
  struct Scored {
    std::size_t score;
    std::size_t length;
    NodeId v;
  };
  std::vector<Scored> scored;
  for (NodeId v : kg.nodes()) {
    const NodeView n = kg.node(v);
    std::vector<std::string> keys = names_of(n);
    keys.push_back(text::fold(n.id()));
    for (auto& p : paths_of(n)) keys.push_back(std::move(p));
    std::size_t best = limit + 2;
    std::size_t length = 0;
    for (const auto& key : keys) {
      std::size_t d = edit_distance(ref, key, limit);
      if (d > limit) {
        // A name that contains what was typed (or is contained in it) is a fair guess,
        // after every near spelling.
        const bool contains =
            ref.size() >= 3 && key.size() >= 3 &&
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
  std::vector<NodeId> out;
  for (const auto& s : scored) {
    if (out.size() == kMaxSuggestions) break;
    out.push_back(s.v);
  }
  return out;
}

}  // namespace

Lookup lookup_node(const KnowledgeGraph& kg, std::string_view ref) {
  if (auto v = kg.find(ref)) return from_matches({*v});
  // Shells and copy-paste bring stray spaces; no id or name starts or ends with one.
  while (!ref.empty() && (ref.front() == ' ' || ref.front() == '\t')) ref.remove_prefix(1);
  while (!ref.empty() && (ref.back() == ' ' || ref.back() == '\t')) ref.remove_suffix(1);
  if (auto v = kg.find(ref)) return from_matches({*v});
  std::string folded = text::fold(ref);
  while (folded.starts_with("./")) folded.erase(0, 2);
  if (folded.empty()) return {};

  // Tiers, first match wins: id, then path, then any name.
  std::vector<NodeId> by_id, by_path, by_name;
  const std::string_view folded_tag =
      folded.starts_with('#') ? std::string_view(folded).substr(1) : std::string_view();
  // The id tier: "<kind>:<key>" folded; kind names are lowercase ASCII.
  const auto colon = folded.find(':');
  const std::optional<NodeKind> id_kind =
      colon == std::string::npos ? std::nullopt : parse_name(kNodeKindNames, std::string_view(folded).substr(0, colon));
  const std::string_view id_key = id_kind ? std::string_view(folded).substr(colon + 1) : std::string_view();
  for (NodeId v : kg.nodes()) {
    const NodeView n = kg.node(v);
    if (id_kind && n.kind() == *id_kind && folds_to(n.key(), id_key)) by_id.push_back(v);
    if (!n.path().empty() && (folds_to(n.path(), folded) || folds_to(strip_md(n.path()), folded)))
      by_path.push_back(v);
    bool named = false;
    for_each_name(n, [&](std::string_view name) { named = named || folds_to(name, folded); });
    if (!named && n.kind() == NodeKind::tag && !folded_tag.empty())
      named = folds_to(bare_id(n), folded_tag);
    if (named) by_name.push_back(v);
  }
  // A name that is a note's and also another node's (the video it summarizes, an entity
  // the note stands for) means the note: SPEC 4 "one node per thing".
  auto notes_first = [&](std::vector<NodeId> matches) {
    std::vector<NodeId> notes;
    for (NodeId v : matches)
      if (kg.node(v).kind() == NodeKind::note) notes.push_back(v);
    return notes.empty() ? matches : notes;
  };
  for (auto* tier : {&by_id, &by_path, &by_name})
    if (!tier->empty()) return from_matches(notes_first(std::move(*tier)));

  Lookup out;
  out.suggestions = suggest(kg, folded);
  return out;
}

}  // namespace notegraph
