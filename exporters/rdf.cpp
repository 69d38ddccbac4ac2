#include "notegraph/exporters/rdf.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <climits>
#include <deque>
#include <optional>
#include <tuple>

#include "notegraph/exporters/text.hpp"
#include "notegraph/text/youtube.hpp"

namespace notegraph {
namespace {

std::string schema(std::string_view term) { return std::string(kSchemaIri) + std::string(term); }
std::string vocab(std::string_view term) { return std::string(kVocabularyIri) + std::string(term); }

// The notegraph class of each node kind, and its schema.org class where one fits.
struct KindClasses {
  NodeKind kind;
  std::string_view ng_class;
  std::string_view schema_class;  // empty: none
};
constexpr std::array<KindClasses, 7> kKindClasses{{
    {NodeKind::note, "Note", "CreativeWork"},
    {NodeKind::missing, "Missing", ""},
    {NodeKind::attachment, "Attachment", "MediaObject"},
    {NodeKind::tag, "Tag", "DefinedTerm"},
    {NodeKind::url, "Url", "WebPage"},
    {NodeKind::video, "Video", "VideoObject"},
    {NodeKind::entity, "Entity", ""},
}};

// schema.org classes of the built-in entity types; dates and others are schema:Thing.
constexpr std::array<std::pair<EntityType, std::string_view>, 6> kEntityClasses{{
    {EntityType::person, "Person"},
    {EntityType::place, "Place"},
    {EntityType::organization, "Organization"},
    {EntityType::event, "Event"},
    {EntityType::date, "Thing"},
    {EntityType::other, "Thing"},
}};

std::string_view rest_of_id(const NodeView& node) { return node.key(); }

bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

enum class Fragment { allowed, forbidden };

// RFC 3986 characters allowed after the authority (path, query, fragment), plus any
// non-ASCII byte of valid UTF-8 (IRI ucschar); `%` only before two hex digits.
bool iri_chars_ok(std::string_view s, Fragment fragment) {
  bool allow_hash = fragment == Fragment::allowed;
  static constexpr std::string_view kAllowed =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?@!$&'()*+,;=";
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (static_cast<unsigned char>(c) >= 0x80) continue;
    if (c == '%') {
      if (i + 2 >= s.size() || !is_hex(s[i + 1]) || !is_hex(s[i + 2])) return false;
      i += 2;
      continue;
    }
    if (c == '#' && allow_hash) {
      allow_hash = false;  // one fragment at most
      continue;
    }
    if (kAllowed.find(c) == std::string_view::npos) return false;
  }
  return true;
}


// The IRIs every subject uses, built once per export.
struct Vocabulary {
  std::string rdf_type{kRdfTypeIri};
  std::string xsd_integer = std::string(kXsdIri) + "integer";
  std::string xsd_any_uri = std::string(kXsdIri) + "anyURI";
  std::string id = vocab("id"), entity_type = vocab("entityType"), path = vocab("path");
  std::string name = schema("name"), alternate_name = schema("alternateName");
  std::string url = schema("url"), identifier = schema("identifier"), same_as = schema("sameAs");
  std::string embeds = vocab("embeds"), cites_clip = vocab("citesClip");
  std::string clip = schema("Clip"), is_part_of = schema("isPartOf"), has_part = schema("hasPart");
  std::string start_offset = schema("startOffset");
  std::array<std::string, kKindClasses.size()> ng_classes, schema_classes;
  std::array<std::string, kEntityClasses.size()> entity_classes;
  std::array<std::string, kEdgeKindNames.size()> edge_predicates;  // by EdgeKind
};

std::string predicate_of(EdgeKind kind) {
  switch (kind) {
    case EdgeKind::link: return vocab("linksTo");
    case EdgeKind::tag: return schema("keywords");
    case EdgeKind::broader: return std::string(kSkosIri) + "broader";
    case EdgeKind::url: return schema("citation");
    case EdgeKind::source: return schema("isBasedOn");
    case EdgeKind::mention: return schema("mentions");
    case EdgeKind::cooccurs: return vocab("cooccursWith");
  }
  return vocab("linksTo");
}

Vocabulary make_vocabulary() {
  Vocabulary v;
  for (std::size_t i = 0; i < kKindClasses.size(); ++i) {
    v.ng_classes[i] = vocab(kKindClasses[i].ng_class);
    if (!kKindClasses[i].schema_class.empty()) v.schema_classes[i] = schema(kKindClasses[i].schema_class);
  }
  for (std::size_t i = 0; i < kEntityClasses.size(); ++i)
    v.entity_classes[i] = schema(kEntityClasses[i].second);
  for (const auto& [kind, name] : kEdgeKindNames)
    v.edge_predicates.at(static_cast<std::size_t>(kind)) = predicate_of(kind);
  return v;
}

std::string clip_iri(std::string_view video_iri, int second) {
  // A media fragment (#t=) unless the base already put a fragment into the IRI.
  std::string out(video_iri);
  out += video_iri.find('#') == std::string_view::npos ? "#t=" : "&t=";
  out += std::to_string(second);
  return out;
}

// The watch URL of a video in an IRI: its id percent-encoded (front matter may give any).
std::string video_watch_url(std::string_view video_id, std::optional<int> second) {
  return text::youtube_url(iri_path_encode(video_id, Slash::encoded), second);
}

// The statements of one subject: views into the graph, the export's IRIs and the
// vocabulary, and into the strings made for this subject alone.
class SubjectStatements {
 public:
  void clear() {
    list_.clear();
    made_.clear();
  }
  void iri(std::string_view p, std::string_view o) {
    list_.push_back({p, RdfObject::Type::iri, o, {}});
  }
  void text(std::string_view p, std::string_view value) { typed(p, value, {}); }
  void typed(std::string_view p, std::string_view value, std::string_view datatype) {
    if (!text::is_valid_utf8(value)) value = keep(valid_utf8(value));
    list_.push_back({p, RdfObject::Type::literal, value, datatype});
  }
  /// Keeps a string made for this subject and returns a view of it.
  std::string_view keep(std::string s) { return made_.emplace_back(std::move(s)); }
  /// Returns the statements sorted and unique.
  std::span<const StatementView> finish() {
    std::sort(list_.begin(), list_.end());
    list_.erase(std::unique(list_.begin(), list_.end()), list_.end());
    return list_;
  }

 private:
  std::vector<StatementView> list_;
  std::deque<std::string> made_;
};

void add_node_statements(SubjectStatements& out, const Vocabulary& vocabulary,
                         const NodeView& node) {
  out.text(vocabulary.id, out.keep(node.id()));
  for (std::size_t i = 0; i < kKindClasses.size(); ++i)
    if (kKindClasses[i].kind == node.kind()) {
      out.iri(vocabulary.rdf_type, vocabulary.ng_classes[i]);
      if (!kKindClasses[i].schema_class.empty())
        out.iri(vocabulary.rdf_type, vocabulary.schema_classes[i]);
    }
  if (!node.entity_type().empty()) {
    out.text(vocabulary.entity_type, node.entity_type());
    const EntityType et = entity_type_of(node.entity_type());
    // A typed note is a person, place, … as well as a CreativeWork; dates and other
    // types add nothing to a note.
    for (std::size_t i = 0; i < kEntityClasses.size(); ++i)
      if (kEntityClasses[i].first == et &&
          (node.kind() == NodeKind::entity || kEntityClasses[i].second != "Thing"))
        out.iri(vocabulary.rdf_type, vocabulary.entity_classes[i]);
  }
  if (!node.label().empty()) out.text(vocabulary.name, node.label());
  if (!node.path().empty()) out.text(vocabulary.path, node.path());
  for (const auto& alias : node.aliases()) out.text(vocabulary.alternate_name, alias);
  if (node.kind() == NodeKind::url)
    out.typed(vocabulary.url, out.keep(node.url()), vocabulary.xsd_any_uri);
  if (node.kind() == NodeKind::video) {
    out.iri(vocabulary.url, out.keep(video_watch_url(rest_of_id(node), std::nullopt)));
    out.text(vocabulary.identifier, rest_of_id(node));
  }
  if (!node.same_as().empty()) {
    if (is_portable_iri(node.same_as()))
      out.iri(vocabulary.same_as, node.same_as());
    else
      out.typed(vocabulary.same_as, node.same_as(), vocabulary.xsd_any_uri);
  }
}

// A subject: a node, or a clip (a video at a second).
struct Subject {
  std::string_view iri;
  NodeId node = kNoNode;  // the node, or the clip's video
  int second = -1;        // a clip's second; -1 for a node
};

// The clips cited in the graph, and who cites them (SPEC 2.1): seconds on an edge into
// a video are that video's; on any other edge out of a note they are the seconds of the
// note's source video.
struct Clips {
  std::vector<std::pair<NodeId, int>> list;                // (video, second), sorted
  std::vector<std::string> iris;                           // per clip
  std::vector<std::tuple<NodeId, NodeId, int>> citations;  // (node, video, second), sorted

  Clips(const KnowledgeGraph& kg, const std::vector<std::string>& node_iris) {
    std::vector<std::vector<NodeId>> source_videos(kg.node_count());
    for (EdgeId e : kg.edges())
      if (kg.edge(e).kind() == EdgeKind::source &&
          kg.node(kg.edge(e).target()).kind() == NodeKind::video)
        source_videos[kg.edge(e).source()].push_back(kg.edge(e).target());
    for (EdgeId e : kg.edges()) {
      const EdgeView edge = kg.edge(e);
      const NodeId s = edge.source(), t = edge.target();
      const bool to_video = kg.node(t).kind() == NodeKind::video;
      if (edge.count() == 0 || (!to_video && source_videos[s].empty())) continue;
      for (int second : edge.seconds()) {
        if (to_video) {
          list.emplace_back(t, second);
          citations.emplace_back(s, t, second);
        } else {
          for (NodeId video : source_videos[s]) {
            list.emplace_back(video, second);
            citations.emplace_back(s, video, second);
          }
        }
      }
    }
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    std::sort(citations.begin(), citations.end());
    citations.erase(std::unique(citations.begin(), citations.end()), citations.end());
    iris.reserve(list.size());
    for (const auto& [video, second] : list) iris.push_back(clip_iri(node_iris[video], second));
  }

  /// Returns the clip's index in `list` (it must be there).
  std::size_t index(NodeId video, int second) const {
    return static_cast<std::size_t>(
        std::lower_bound(list.begin(), list.end(), std::make_pair(video, second)) - list.begin());
  }
};

void add_clip_statements(SubjectStatements& out, const Vocabulary& vocabulary,
                         const KnowledgeGraph& kg, const std::string& video_iri, NodeId video,
                         int second) {
  out.iri(vocabulary.rdf_type, vocabulary.clip);
  out.iri(vocabulary.is_part_of, video_iri);
  out.typed(vocabulary.start_offset, out.keep(std::to_string(second)), vocabulary.xsd_integer);
  const NodeView v = kg.node(video);
  out.iri(vocabulary.url, out.keep(video_watch_url(rest_of_id(v), second)));
  std::string title = v.label().empty() ? v.id() : std::string(v.label());
  out.text(vocabulary.name, out.keep(title + " @ " + clock_time(second)));
}

// What a node is the subject of besides its own facts: its edges out (and the cooccurs
// edges into it, which hold both ways), its clips and the clips it cites.
void add_edge_statements(SubjectStatements& out, const Vocabulary& vocabulary,
                         const KnowledgeGraph& kg, const std::vector<std::string>& iris,
                         const Clips& clips, NodeId v) {
  for (EdgeId e : kg.out_edges(v)) {
    const EdgeView edge = kg.edge(e);
    const std::string_view target = iris[edge.target()];
    out.iri(vocabulary.edge_predicates[static_cast<std::size_t>(edge.kind())], target);
    if (edge.kind() == EdgeKind::link && !edge.relation().empty())
      out.iri(out.keep(vocab("rel/" + iri_path_encode(edge.relation(), Slash::encoded))), target);
    if (edge.kind() == EdgeKind::link && edge.embed()) out.iri(vocabulary.embeds, target);
  }
  for (EdgeId e : kg.in_edges(v))
    if (kg.edge(e).kind() == EdgeKind::cooccurs)
      out.iri(vocabulary.edge_predicates[static_cast<std::size_t>(EdgeKind::cooccurs)],
              iris[kg.edge(e).source()]);
  for (std::size_t i = clips.index(v, INT_MIN); i < clips.list.size() && clips.list[i].first == v;
       ++i)
    out.iri(vocabulary.has_part, clips.iris[i]);
  for (auto it = std::lower_bound(clips.citations.begin(), clips.citations.end(),
                                  std::make_tuple(v, NodeId{0}, INT_MIN));
       it != clips.citations.end() && std::get<0>(*it) == v; ++it)
    out.iri(vocabulary.cites_clip, clips.iris[clips.index(std::get<1>(*it), std::get<2>(*it))]);
}

}  // namespace

std::string node_iri(const NodeView& node, std::string_view base) {
  std::string out(base);
  out += to_string(node.kind());
  out += '/';
  text::append_iri_path(out, rest_of_id(node), Slash::kept);
  return out;
}

bool is_portable_iri(std::string_view text) {
  auto starts = [&](std::string_view p) { return text.substr(0, p.size()) == p; };
  if (valid_utf8(text) != text) return false;
  if (starts("urn:")) {
    const auto rest = text.substr(4);
    return rest.find(':') != std::string_view::npos && iri_chars_ok(rest, Fragment::allowed);
  }
  std::string_view rest;
  if (starts("http://"))
    rest = text.substr(7);
  else if (starts("https://"))
    rest = text.substr(8);
  else
    return false;
  const auto end = rest.find_first_of("/?#");
  std::string_view authority = rest.substr(0, end);
  const std::string_view tail = end == std::string_view::npos ? "" : rest.substr(end);
  if (const auto at = authority.rfind('@'); at != std::string_view::npos)
    authority = authority.substr(at + 1);  // userinfo is checked with the generic chars
  std::string_view host = authority;
  if (const auto colon = authority.find(':'); colon != std::string_view::npos) {
    host = authority.substr(0, colon);
    const auto port = authority.substr(colon + 1);
    if (!std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return false;
  }
  if (host.empty()) return false;
  for (char c : host)
    if (static_cast<unsigned char>(c) < 0x80 && !std::isalnum(static_cast<unsigned char>(c)) &&
        std::string_view("-._~%").find(c) == std::string_view::npos)
      return false;
  return iri_chars_ok(rest.substr(0, end == std::string_view::npos ? rest.size() : end),
                      Fragment::forbidden) &&
         iri_chars_ok(tail, Fragment::allowed);
}

void for_each_rdf_subject(
    const KnowledgeGraph& kg, const ExportOptions& options,
    const std::function<void(std::string_view subject, std::span<const StatementView>)>& each) {
  const Vocabulary vocabulary = make_vocabulary();
  std::vector<std::string> iris(kg.node_count());
  for (NodeId v : kg.nodes()) iris[v] = node_iri(kg.node(v), options.base_iri);
  const Clips clips(kg, iris);

  // Subjects in byte order of their IRIs; equal IRIs (possible only through an odd
  // base) make one group, as one sorted list of all statements would.
  std::vector<Subject> subjects;
  subjects.reserve(kg.node_count() + clips.list.size());
  for (NodeId v : kg.nodes()) subjects.push_back({iris[v], v, -1});
  for (std::size_t i = 0; i < clips.list.size(); ++i)
    subjects.push_back({clips.iris[i], clips.list[i].first, clips.list[i].second});
  std::sort(subjects.begin(), subjects.end(), [](const Subject& a, const Subject& b) {
    return std::tie(a.iri, a.node, a.second) < std::tie(b.iri, b.node, b.second);
  });

  SubjectStatements out;
  for (std::size_t i = 0; i < subjects.size();) {
    out.clear();
    const std::string_view iri = subjects[i].iri;
    for (; i < subjects.size() && subjects[i].iri == iri; ++i) {
      const Subject& subject = subjects[i];
      if (subject.second >= 0) {
        add_clip_statements(out, vocabulary, kg, iris[subject.node], subject.node, subject.second);
      } else {
        add_node_statements(out, vocabulary, kg.node(subject.node));
        add_edge_statements(out, vocabulary, kg, iris, clips, subject.node);
      }
    }
    each(iri, out.finish());
  }
}

std::vector<Statement> rdf_statements(const KnowledgeGraph& kg, const ExportOptions& options) {
  std::vector<Statement> out;
  for_each_rdf_subject(kg, options,
                       [&](std::string_view subject, std::span<const StatementView> list) {
                         for (const StatementView& s : list)
                           out.push_back({std::string(subject),
                                          std::string(s.predicate),
                                          {s.type, std::string(s.value), std::string(s.datatype)}});
                       });
  return out;
}

}  // namespace notegraph
