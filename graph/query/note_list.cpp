#include "notegraph/query/note_list.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "notegraph/query/notes.hpp"

namespace notegraph {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

/// A tag as the graph keeps it: lowercase, no '#', no slashes at the ends.
std::string tag_key(std::string_view tag) {
  if (!tag.empty() && tag.front() == '#') tag.remove_prefix(1);
  while (!tag.empty() && tag.back() == '/') tag.remove_suffix(1);
  return lower(tag);
}

std::string folder_key(std::string_view folder) {
  while (folder.starts_with("./")) folder.remove_prefix(2);
  while (!folder.empty() && folder.back() == '/') folder.remove_suffix(1);
  return std::string(folder);
}

bool has_tag(const NodeView& note, const std::string& tag) {
  for (std::string_view t : note.tags())
    if (t == tag || (t.size() > tag.size() && t.starts_with(tag) && t[tag.size()] == '/'))
      return true;
  return false;
}

bool in_folder(std::string_view path, const std::vector<std::string>& folders) {
  if (folders.empty()) return true;
  for (const auto& f : folders)
    if (f.empty() || (path.size() > f.size() && path.starts_with(f) && path[f.size()] == '/'))
      return true;
  return false;
}

/// Whether the scalar value's text equals `want` (lowercase).
bool value_equals(const Value& v, const std::string& want) {
  switch (v.type()) {
    case Value::Type::null:
      return want.empty() || want == "null";
    case Value::Type::boolean:
      return want == (v.as_boolean() ? "true" : "false");
    case Value::Type::integer:
      return want == std::to_string(v.as_integer());
    case Value::Type::number: {
      char buffer[64];
      std::snprintf(buffer, sizeof buffer, "%g", v.as_number());
      return want == buffer;
    }
    case Value::Type::string:
      return want == lower(v.as_string());
    case Value::Type::list:
      for (const Value& item : v.as_list())
        if (value_equals(item, want)) return true;
      return false;
    case Value::Type::map:
      return false;
  }
  return false;
}

bool has_property(const NodeView& note, const std::string& key, const std::string& want) {
  for (const PropertyView& p : note.properties())
    if (lower(p.key) == key) return value_equals(p.value, want);
  return false;
}

bool has_edge(const KnowledgeGraph& g, NodeId from, NodeId to, EdgeKind kind) {
  for (EdgeId e : g.out_edges(from)) {
    const EdgeView edge = g.edge(e);
    if (edge.target() == to && edge.kind() == kind) return true;
  }
  return false;
}

}  // namespace

std::vector<NoteRow> list_notes(const KnowledgeGraph& g, const NoteFilter& f) {
  std::vector<std::string> tags, folders;
  for (const auto& t : f.tags) tags.push_back(tag_key(t));
  for (const auto& d : f.folders) folders.push_back(folder_key(d));
  std::vector<std::pair<std::string, std::string>> properties;
  for (const auto& [k, v] : f.properties) properties.emplace_back(lower(k), lower(v));
  std::set<NodeId> orphan_set;
  if (f.orphans == OrphanFilter::only) {
    const auto o = orphans(g);
    orphan_set.insert(o.begin(), o.end());
  }

  std::vector<NoteRow> rows;
  for (NodeId v : g.nodes()) {
    const NodeView n = g.node(v);
    if (n.kind() != NodeKind::note) continue;
    if (!std::all_of(tags.begin(), tags.end(), [&](const auto& t) { return has_tag(n, t); }))
      continue;
    if (!in_folder(n.path(), folders)) continue;
    if (!std::all_of(properties.begin(), properties.end(),
                     [&](const auto& p) { return has_property(n, p.first, p.second); }))
      continue;
    if (!std::all_of(f.links_to.begin(), f.links_to.end(),
                     [&](NodeId t) { return t != v && has_edge(g, v, t, EdgeKind::link); }))
      continue;
    if (!std::all_of(f.linked_from.begin(), f.linked_from.end(),
                     [&](NodeId s) { return s != v && has_edge(g, s, v, EdgeKind::link); }))
      continue;
    if (!std::all_of(f.mentions.begin(), f.mentions.end(),
                     [&](NodeId t) { return has_edge(g, v, t, EdgeKind::mention); }))
      continue;
    if (f.orphans == OrphanFilter::only && !orphan_set.count(v)) continue;
    NoteRow row{v, 0, 0};
    for (EdgeId e : g.in_edges(v)) {
      const EdgeView edge = g.edge(e);
      if (edge.kind() == EdgeKind::link && edge.source() != v) ++row.backlinks;
    }
    for (EdgeId e : g.out_edges(v)) {
      const EdgeView edge = g.edge(e);
      if (edge.kind() == EdgeKind::link && edge.target() != v) ++row.links;
    }
    rows.push_back(row);
  }

  auto key_less = [&](const NoteRow& a, const NoteRow& b) {
    switch (f.sort) {
      case NoteSort::title: {
        const std::string x = lower(g.node(a.note).label()), y = lower(g.node(b.note).label());
        if (x != y) return x < y;
        break;
      }
      case NoteSort::path:
        if (g.node(a.note).path() != g.node(b.note).path())
          return g.node(a.note).path() < g.node(b.note).path();
        break;
      case NoteSort::backlinks:  // most first, unless reversed
        if (a.backlinks != b.backlinks) return a.backlinks > b.backlinks;
        break;
      case NoteSort::links:
        if (a.links != b.links) return a.links > b.links;
        break;
    }
    return false;
  };
  std::stable_sort(rows.begin(), rows.end(), [&](const NoteRow& a, const NoteRow& b) {
    return f.order == SortOrder::reversed ? key_less(b, a) : key_less(a, b);
  });
  return rows;
}

std::vector<TagCount> tag_tree(const KnowledgeGraph& g) {
  // tag → (notes under it, notes with exactly it)
  std::map<std::string, std::pair<std::size_t, std::size_t>> counts;
  for (NodeId v : g.nodes()) {
    const NodeView n = g.node(v);
    if (n.kind() != NodeKind::note) continue;
    std::set<std::string> under;
    for (std::string_view t : n.tags()) {
      ++counts[std::string(t)].second;
      for (std::size_t slash = 0; (slash = t.find('/', slash + 1)) != std::string_view::npos;)
        under.insert(std::string(t.substr(0, slash)));
      under.insert(std::string(t));
    }
    for (const auto& t : under) ++counts[t].first;
  }
  // Depth first with children by name: sort by path components, '/' before any character.
  std::vector<std::string> tags;
  for (const auto& [t, c] : counts) tags.push_back(t);
  std::sort(tags.begin(), tags.end(), [](const std::string& a, const std::string& b) {
    std::string x = a, y = b;
    std::replace(x.begin(), x.end(), '/', '\x01');
    std::replace(y.begin(), y.end(), '/', '\x01');
    return x < y;
  });
  std::vector<TagCount> out;
  for (const auto& t : tags) {
    const auto& [notes, direct] = counts[t];
    out.push_back({t, static_cast<int>(std::count(t.begin(), t.end(), '/')), notes, direct});
  }
  return out;
}

}  // namespace notegraph
