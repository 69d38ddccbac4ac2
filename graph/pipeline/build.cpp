// The resolve → build stage: turns parsed notes into the typed graph (SPEC 3) with one
// GraphBuilder, then hands the builder to the entity extractors.
#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "notegraph/ingest/resolve.hpp"
#include "notegraph/model/builder.hpp"
#include "notegraph/pipeline/entities.hpp"
#include "notegraph/pipeline/load.hpp"

namespace notegraph {
namespace {

std::string_view file_name(std::string_view path) {
  auto slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string stem_of(std::string_view path) {
  std::string_view name = file_name(path);
  auto dot = name.rfind('.');
  return std::string(dot == std::string_view::npos || dot == 0 ? name : name.substr(0, dot));
}

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

std::string join_segments(const std::vector<std::string>& segments, std::size_t count) {
  std::string out;
  for (std::size_t i = 0; i < count; ++i) {
    if (i) out += '/';
    out += segments[i];
  }
  return out;
}

class Build {
 public:
  Build(const std::vector<VaultFile>& files, const std::vector<ParsedNote>& notes,
        const ResolveOptions& options)
      : resolver_(files, notes, options) {}

  NodeId note_vertex(const ParsedNote& note) {
    const std::string label = note.title.empty() ? stem_of(note.path) : note.title;
    std::vector<std::string> tags;
    for (const auto& t : note.tags) {
      auto segments = tag_segments(t.tag);
      if (!segments.empty()) tags.push_back(join_segments(segments, segments.size()));
    }
    NodeSpec n;
    n.kind = NodeKind::note;
    n.key = note.path;
    n.label = label;
    n.entity_type = note.entity_type;
    n.tags = tags;
    n.aliases = note.aliases;
    n.properties = note.properties;
    return builder_.add_node(n);
  }

  void add_note(const ParsedNote& note, NodeId from, LoadStats& stats) {
    for (const auto& link : note.links) add_link(note, from, link, stats);
    for (const auto& tag : note.tags) add_tag(from, tag);
    for (const auto& url : note.urls) add_url(from, url);
    if (!note.video_id.empty())
      builder_.add_occurrence(from, video_vertex(note.video_id), EdgeKind::source, {},
                              Occurrence{});
  }

  GraphBuilder& builder() { return builder_; }

 private:
  void add_link(const ParsedNote& note, NodeId from, const LinkRef& link, LoadStats& stats) {
    Resolution r = resolver_.resolve(note.path, link.target);
    NodeSpec target;
    std::string label;
    switch (r.kind) {
      case Resolved::note:
        target.kind = NodeKind::note;
        target.key = r.key;
        label = stem_of(r.key);  // replaced by the title when the note is parsed
        break;
      case Resolved::attachment:
        target.kind = NodeKind::attachment;
        target.key = r.key;
        label = std::string(file_name(r.key));
        break;
      case Resolved::missing:
        target.kind = NodeKind::missing;
        target.key = r.key.empty() ? link.target : r.key;
        label = link.target;
        break;
    }
    target.label = label;
    ++stats.links;
    ++(r.kind == Resolved::missing ? stats.unresolved_links : stats.resolved_links);
    const std::string section = join_section(link.heading_path);
    Occurrence occ;
    occ.line = link.line;
    occ.section = section;
    occ.second = link.second;
    occ.alias = link.alias;
    occ.anchor = link.anchor;
    occ.embed = link.embed;
    NodeId to = r.kind == Resolved::note && r.key == note.path ? from : builder_.add_node(target);
    builder_.add_occurrence(from, to, EdgeKind::link, link.relation, occ);
  }

  void add_tag(NodeId from, const TagRef& tag) {
    auto segments = tag_segments(tag.tag);
    if (segments.empty()) return;
    NodeId child = tag_vertex(join_segments(segments, segments.size()));
    Occurrence occ;
    occ.line = tag.line;
    builder_.add_occurrence(from, child, EdgeKind::tag, {}, occ);
    // a/b/c → a/b → a, each broader edge added once however often the tag is used.
    for (std::size_t k = segments.size() - 1; k >= 1; --k) {
      std::string child_name = join_segments(segments, k + 1);
      if (!broader_done_.insert(child_name).second) break;
      NodeId parent = tag_vertex(join_segments(segments, k));
      builder_.add_occurrence(child, parent, EdgeKind::broader, {}, Occurrence{});
      child = parent;
    }
  }

  NodeId tag_vertex(const std::string& name) {
    NodeSpec n;
    n.kind = NodeKind::tag;
    n.key = name;
    return builder_.add_node(n);
  }

  NodeId video_vertex(const std::string& id) {
    NodeSpec n;
    n.kind = NodeKind::video;
    n.key = id;
    return builder_.add_node(n);
  }

  void add_url(NodeId from, const UrlRef& url) {
    const std::string section = join_section(url.heading_path);
    Occurrence occ;
    occ.line = url.line;
    occ.section = section;
    NodeId to;
    if (!url.video_id.empty()) {
      to = video_vertex(url.video_id);
      occ.second = url.url_second ? url.url_second : url.second;
    } else {
      NodeSpec n;
      n.kind = NodeKind::url;
      n.key = url.url;
      to = builder_.add_node(n);
      occ.second = url.second;
    }
    builder_.add_occurrence(from, to, EdgeKind::url, {}, occ);
  }

  Resolver resolver_;
  GraphBuilder builder_;
  std::set<std::string> broader_done_;
};

}  // namespace

void sort_diagnostics(std::vector<Diagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::tie(a.path, a.line) < std::tie(b.path, b.line);
                   });
}

LoadResult build_graph(const std::vector<VaultFile>& files, std::vector<ParsedNote> notes,
                       const ResolveOptions& resolve, const ExtractOptions& extract) {
  LoadResult out;
  out.stats.notes = notes.size();
  out.stats.attachments = static_cast<std::size_t>(
      std::count_if(files.begin(), files.end(), [](const VaultFile& f) { return !f.is_note; }));

  Build build(files, notes, resolve);
  std::vector<NodeId> note_vertices;
  note_vertices.reserve(notes.size());
  for (const auto& note : notes) note_vertices.push_back(build.note_vertex(note));
  for (std::size_t i = 0; i < notes.size(); ++i)
    build.add_note(notes[i], note_vertices[i], out.stats);

  add_entities(build.builder(), notes, note_vertices, extract, out.diagnostics);

  for (auto& note : notes)
    for (auto& d : note.diagnostics) out.diagnostics.push_back(std::move(d));
  sort_diagnostics(out.diagnostics);
  out.graph = std::move(build.builder()).finish();
  return out;
}

}  // namespace notegraph
