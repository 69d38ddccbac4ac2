#include "note_part.hpp"

#include <algorithm>
#include <set>
#include <tuple>
#include <utility>

#include "notegraph/text/path.hpp"

namespace notegraph::detail {
namespace {

std::string stem_of(std::string_view path) { return std::string(text::stem(path)); }

/// The tag's '/'-segments, lowercased, without '#' and empty segments.
std::vector<std::string> tag_segments(std::string_view tag) {
  while (!tag.empty() && tag.front() == '#') tag.remove_prefix(1);
  std::string lower = lowercase_key(tag);
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= lower.size()) {
    std::size_t slash = lower.find('/', start);
    if (slash == std::string::npos) slash = lower.size();
    if (slash > start) out.push_back(lower.substr(start, slash - start));
    start = slash + 1;
  }
  return out;
}

std::string tag_key(std::string_view tag) {
  std::string out;
  for (const auto& s : tag_segments(tag)) {
    if (!out.empty()) out += '/';
    out += s;
  }
  return out;
}

NodeRef target_of(const Resolution& r, std::string_view written) {
  switch (r.kind) {
    case Resolved::note: return {NodeKind::note, r.key};
    case Resolved::attachment: return {NodeKind::attachment, r.key};
    case Resolved::missing: break;
  }
  return {NodeKind::missing, r.key.empty() ? std::string(written) : r.key};
}

/// A note's edges, one per (target, kind, relation), occurrences in the order added.
class Edges {
 public:
  PartEdge& at(const NodeRef& target, EdgeKind kind, std::string_view relation) {
    auto key = std::make_tuple(target, kind, std::string(relation));
    auto [it, fresh] = index_.try_emplace(std::move(key), edges_.size());
    if (fresh) {
      PartEdge e;
      e.target = target;
      e.kind = kind;
      e.relation = std::string(relation);
      edges_.push_back(std::move(e));
    }
    return edges_[it->second];
  }
  std::vector<PartEdge> take() && { return std::move(edges_); }

 private:
  std::map<std::tuple<NodeRef, EdgeKind, std::string>, std::size_t> index_;
  std::vector<PartEdge> edges_;
};

// The group a mention belongs to for --cooccurrence: two entities in the same group
// of a note share one unit of cooccurs weight.
std::string group_of(const Block& block, std::size_t index, CooccurrenceScope scope) {
  switch (scope) {
    case CooccurrenceScope::block: return std::to_string(index);
    case CooccurrenceScope::section: return join_section(block.heading_path);
    case CooccurrenceScope::note:
    case CooccurrenceScope::off: return {};
  }
  return {};
}

}  // namespace

EntityNames::EntityNames(const std::vector<NoteNames>& notes) {
  // Shorter path first, then byte order: the first note to claim a name keeps it.
  std::vector<const NoteNames*> order;
  for (const auto& n : notes) order.push_back(&n);
  std::sort(order.begin(), order.end(), [](const NoteNames* a, const NoteNames* b) {
    return a->path.size() != b->path.size() ? a->path.size() < b->path.size() : a->path < b->path;
  });
  for (const NoteNames* n : order) {
    auto claim = [&](std::string_view name) {
      std::string key = entity_key(name);
      if (!key.empty()) notes_.emplace(std::move(key), n->path);
    };
    claim(n->title);
    for (const auto& a : n->aliases) claim(a);
  }
}

void EntityNames::set_missing(const std::vector<std::string>& missing_keys) {
  missing_.clear();
  for (const auto& k : missing_keys) missing_.emplace(entity_key(k), k);
}

std::optional<NodeRef> EntityNames::find(std::string_view name) const {
  const std::string key = entity_key(name);
  if (auto it = notes_.find(key); it != notes_.end()) return NodeRef{NodeKind::note, it->second};
  if (auto it = missing_.find(key); it != missing_.end()) return NodeRef{NodeKind::missing, it->second};
  return std::nullopt;
}

std::vector<NodeRef> link_targets(const ParsedNote& note, const Resolver& resolver) {
  std::vector<NodeRef> out;
  out.reserve(note.links.size());
  for (const auto& link : note.links) out.push_back(target_of(resolver.resolve(note.path, link.target), link.target));
  return out;
}

NotePart make_part(const ParsedNote& note, const NoteExtraction& x, const PartContext& context,
                   std::vector<Diagnostic>& diagnostics) {
  NotePart part;
  part.path = note.path;
  part.label = note.title.empty() ? stem_of(note.path) : note.title;
  part.entity_type = x.note_type;
  for (const auto& t : note.tags)
    if (std::string k = tag_key(t.tag); !k.empty()) part.tags.push_back(std::move(k));
  std::sort(part.tags.begin(), part.tags.end());
  part.tags.erase(std::unique(part.tags.begin(), part.tags.end()), part.tags.end());
  part.aliases = note.aliases;
  part.properties = note.properties;
  const NodeRef self{NodeKind::note, note.path};

  Edges edges;
  for (const auto& link : note.links) {
    const NodeRef target = target_of(context.resolver.resolve(note.path, link.target), link.target);
    PartEdge& e = edges.at(target, EdgeKind::link, link.relation);
    if (target.kind == NodeKind::missing && e.name.empty()) e.name = link.target;
    PartOccurrence o;
    o.line = link.line;
    o.section = join_section(link.heading_path);
    o.second = link.second;
    o.alias = link.alias;
    o.anchor = link.anchor;
    o.embed = link.embed;
    e.occurrences.push_back(std::move(o));
  }
  for (const auto& tag : note.tags) {
    const std::string key = tag_key(tag.tag);
    if (key.empty()) continue;
    PartOccurrence o;
    o.line = tag.line;
    edges.at({NodeKind::tag, key}, EdgeKind::tag, {}).occurrences.push_back(std::move(o));
  }
  for (const auto& url : note.urls) {
    PartOccurrence o;
    o.line = url.line;
    o.section = join_section(url.heading_path);
    NodeRef target;
    if (!url.video_id.empty()) {
      target = {NodeKind::video, url.video_id};
      o.second = url.url_second ? url.url_second : url.second;
    } else {
      target = {NodeKind::url, url.url};
      o.second = url.second;
    }
    edges.at(target, EdgeKind::url, {}).occurrences.push_back(std::move(o));
  }
  if (!note.video_id.empty())
    edges.at({NodeKind::video, note.video_id}, EdgeKind::source, {}).occurrences.emplace_back();

  // Mentions: a vault mention names a note; any other span an entity, unless its name is
  // a note's title or alias, or an unresolved link target (then it is that node).
  std::map<std::string, std::vector<NodeRef>> groups;
  std::set<std::tuple<NodeRef, std::size_t, std::size_t>> seen;  // (target, block, begin)
  for (const EntitySpan& span : x.spans) {
    if (span.block >= note.blocks.size()) continue;
    const Block& block = note.blocks[span.block];
    if (span.end > block.text.size() || span.begin >= span.end) continue;
    NodeRef target;
    std::string type;
    bool entity = false;
    if (!span.note.empty()) {
      target = {NodeKind::note, span.note};
    } else {
      if (span.type.empty() || span.name.empty()) continue;
      type = span.type;
      if (auto merged = context.names.find(span.name))
        target = *merged;
      else
        target = {NodeKind::entity, span.type + ":" + entity_key(span.name)};
      entity = true;
    }
    if (target == self) continue;  // a note does not mention itself
    if (!seen.emplace(target, span.block, span.begin).second) continue;
    PartEdge& e = edges.at(target, EdgeKind::mention, {});
    if (entity) {
      if (e.name.empty()) e.name = span.name;
      if (e.entity_type.empty()) e.entity_type = type;
      if (target.kind == NodeKind::entity && e.aliases.empty() && e.same_as.empty()) {
        e.aliases = span.aliases;
        e.same_as = span.same_as;
      }
    }
    const std::string_view surface = std::string_view(block.text).substr(span.begin, span.end - span.begin);
    PartOccurrence o;
    o.line = block.line_at(span.begin);
    o.section = join_section(block.heading_path);
    o.second = block.second_at(span.begin);
    if (surface != span.name) o.alias = std::string(surface);
    e.occurrences.push_back(std::move(o));
    if (entity && context.extract.cooccurrence != CooccurrenceScope::off)
      groups[group_of(block, span.block, context.extract.cooccurrence)].push_back(target);
  }
  part.edges = std::move(edges).take();

  bool capped = false;
  for (auto& [group, members] : groups) {
    // Keep the first distinct members, in the order the note names them.
    std::vector<NodeRef> distinct;
    for (auto& m : members)
      if (std::find(distinct.begin(), distinct.end(), m) == distinct.end()) {
        if (distinct.size() == kMaxCooccurringEntities) {
          capped = true;
          break;
        }
        distinct.push_back(m);
      }
    std::sort(distinct.begin(), distinct.end());
    for (std::size_t a = 0; a < distinct.size(); ++a)
      for (std::size_t b = a + 1; b < distinct.size(); ++b)
        part.cooccurs.emplace_back(distinct[a], distinct[b]);
  }
  if (capped)
    diagnostics.push_back({note.path, 0,
                           "more than " + std::to_string(kMaxCooccurringEntities) +
                               " entities in one block; co-occurrences kept for the first ones"});
  return part;
}

}  // namespace notegraph::detail
