#include "notegraph/exporters/rdf.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>
#include <tuple>

#include "notegraph/exporters/text.hpp"

namespace notegraph {
namespace {

const std::string kXsdInteger = std::string(kXsdIri) + "integer";
const std::string kXsdAnyUri = std::string(kXsdIri) + "anyURI";

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

class StatementList {
 public:
  void iri(const std::string& s, const std::string& p, std::string_view o) {
    list_.push_back({s, p, {RdfObject::Type::iri, std::string(o), {}}});
  }
  void text(const std::string& s, const std::string& p, std::string_view value) {
    list_.push_back({s, p, {RdfObject::Type::literal, valid_utf8(value), {}}});
  }
  void typed(const std::string& s, const std::string& p, std::string_view value,
             const std::string& datatype) {
    list_.push_back({s, p, {RdfObject::Type::literal, valid_utf8(value), datatype}});
  }
  std::vector<Statement> finish() && {
    std::sort(list_.begin(), list_.end());
    list_.erase(std::unique(list_.begin(), list_.end()), list_.end());
    return std::move(list_);
  }

 private:
  std::vector<Statement> list_;
};

void add_node_statements(StatementList& out, const NodeView& node, const std::string& iri) {
  const std::string type = std::string(kRdfTypeIri);
  out.text(iri, vocab("id"), node.id());
  for (const auto& kc : kKindClasses)
    if (kc.kind == node.kind()) {
      out.iri(iri, type, vocab(kc.ng_class));
      if (!kc.schema_class.empty()) out.iri(iri, type, schema(kc.schema_class));
    }
  if (!node.entity_type().empty()) {
    out.text(iri, vocab("entityType"), node.entity_type());
    const EntityType et = entity_type_of(node.entity_type());
    // A typed note is a person, place, … as well as a CreativeWork; dates and other
    // types add nothing to a note.
    if (node.kind() == NodeKind::entity || name_of(kEntityClasses, et) != "Thing")
      out.iri(iri, type, schema(name_of(kEntityClasses, et)));
  }
  if (!node.label().empty()) out.text(iri, schema("name"), node.label());
  if (!node.path().empty()) out.text(iri, vocab("path"), node.path());
  for (const auto& alias : node.aliases()) out.text(iri, schema("alternateName"), alias);
  if (node.kind() == NodeKind::url)
    out.typed(iri, schema("url"), node.url(), kXsdAnyUri);
  if (node.kind() == NodeKind::video) {
    out.iri(iri, schema("url"), video_watch_url(rest_of_id(node), std::nullopt));
    out.text(iri, schema("identifier"), rest_of_id(node));
  }
  if (!node.same_as().empty()) {
    if (is_portable_iri(node.same_as()))
      out.iri(iri, schema("sameAs"), node.same_as());
    else
      out.typed(iri, schema("sameAs"), node.same_as(), kXsdAnyUri);
  }
}

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

std::string clip_iri(const std::string& video_iri, int second) {
  // A media fragment (#t=) unless the base already put a fragment into the IRI.
  const char* sep = video_iri.find('#') == std::string::npos ? "#t=" : "&t=";
  return video_iri + sep + std::to_string(second);
}

}  // namespace

std::string node_iri(const NodeView& node, std::string_view base) {
  return std::string(base) + std::string(to_string(node.kind())) + "/" +
         iri_path_encode(rest_of_id(node), Slash::kept);
}

std::string video_watch_url(std::string_view video_id, std::optional<int> second) {
  std::string url = "https://www.youtube.com/watch?v=" + iri_path_encode(video_id, Slash::encoded);
  if (second) url += "&t=" + std::to_string(*second) + "s";
  return url;
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

std::vector<Statement> rdf_statements(const KnowledgeGraph& kg, const ExportOptions& options) {
  StatementList out;
  std::vector<std::string> iris(kg.node_count());
  for (NodeId v : kg.nodes()) {
    iris[v] = node_iri(kg.node(v), options.base_iri);
    add_node_statements(out, kg.node(v), iris[v]);
  }

  // Clips: (video, second) pairs, and which node cites which.
  std::set<std::pair<NodeId, int>> clips;
  std::set<std::tuple<NodeId, NodeId, int>> citations;
  std::map<NodeId, std::vector<NodeId>> source_videos;  // note → its source videos
  for (EdgeId e : kg.edges())
    if (kg.edge(e).kind() == EdgeKind::source && kg.node(kg.edge(e).target()).kind() == NodeKind::video)
      source_videos[kg.edge(e).source()].push_back(kg.edge(e).target());

  for (EdgeId e : kg.edges()) {
    const EdgeView edge = kg.edge(e);
    const NodeId s = kg.edge(e).source(), t = kg.edge(e).target();
    const std::string predicate = predicate_of(edge.kind());
    out.iri(iris[s], predicate, iris[t]);
    if (edge.kind() == EdgeKind::cooccurs) out.iri(iris[t], predicate, iris[s]);
    if (edge.kind() == EdgeKind::link && !edge.relation().empty())
      out.iri(iris[s], vocab("rel/" + iri_path_encode(edge.relation(), Slash::encoded)), iris[t]);
    if (edge.kind() == EdgeKind::link && edge.embed()) out.iri(iris[s], vocab("embeds"), iris[t]);

    // Seconds on an edge into a video are that video's; on any other edge out of a
    // note they are the seconds of the note's source video (SPEC 2.1).
    if (kg.node(t).kind() == NodeKind::video) {
      for (int second : edge.seconds()) {
        clips.emplace(t, second);
        citations.emplace(s, t, second);
      }
    } else if (auto it = source_videos.find(s); it != source_videos.end()) {
      for (NodeId video : it->second)
        for (int second : edge.seconds()) {
          clips.emplace(video, second);
          citations.emplace(s, video, second);
        }
    }
  }

  const std::string type = std::string(kRdfTypeIri);
  for (const auto& [video, second] : clips) {
    const std::string clip = clip_iri(iris[video], second);
    out.iri(clip, type, schema("Clip"));
    out.iri(clip, schema("isPartOf"), iris[video]);
    out.iri(iris[video], schema("hasPart"), clip);
    out.typed(clip, schema("startOffset"), std::to_string(second), kXsdInteger);
    out.iri(clip, schema("url"), video_watch_url(rest_of_id(kg.node(video)), second));
    const std::string title = kg.node(video).label().empty() ? kg.node(video).id()
                                                             : std::string(kg.node(video).label());
    out.text(clip, schema("name"), title + " @ " + clock_time(second));
  }
  for (const auto& [note, video, second] : citations)
    out.iri(iris[note], vocab("citesClip"), clip_iri(iris[video], second));
  return std::move(out).finish();
}

}  // namespace notegraph
