#pragma once
// The RDF view of the graph, shared by JSON-LD and N-Quads: one sorted, duplicate-free
// statement list, so both serializations carry exactly the same triples.
//
// IRIs: a node is <base><kind>/<rest of its id, percent-encoded> (`note:a/b c.md` →
// `<base>note/a/b%20c.md`); a clip of a video is <video IRI>#t=<second> (a W3C media
// fragment). Classes and properties come from schema.org (`http://schema.org/`, the
// namespace of schema.org's own JSON-LD context), SKOS (tag hierarchy) and the notegraph
// vocabulary (kVocabularyIri).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "notegraph/exporters/export.hpp"

namespace notegraph {

inline constexpr std::string_view kSchemaIri = "http://schema.org/";
inline constexpr std::string_view kSkosIri = "http://www.w3.org/2004/02/skos/core#";
inline constexpr std::string_view kXsdIri = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view kRdfTypeIri = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

/// An object: an IRI, or a literal with its datatype IRI (xsd:string when plain).
struct RdfObject {
  enum class Type { iri, literal };
  Type type = Type::iri;
  std::string value;     ///< the IRI, or the literal's lexical form (valid UTF-8)
  std::string datatype;  ///< literals: full datatype IRI; empty for xsd:string
  friend auto operator<=>(const RdfObject&, const RdfObject&) = default;
};

struct Statement {
  std::string subject;    ///< IRI
  std::string predicate;  ///< IRI
  RdfObject object;
  friend auto operator<=>(const Statement&, const Statement&) = default;
};

/// Returns the IRI of a node under `base` (see the file comment).
std::string node_iri(const NodeView& node, std::string_view base);

/// Returns the watch URL of a YouTube video, at `second` when given.
std::string video_watch_url(std::string_view video_id, std::optional<int> second);

/// Whether `text` is an http, https or urn IRI that every RDF syntax and store accepts
/// as it is (sameAs values from gazetteers are checked with it; others become literals).
bool is_portable_iri(std::string_view text);

/// Returns every statement about `graph`, sorted (subject, predicate, object), unique.
/// Nodes: ng:id, rdf:type (ng class + schema.org class), schema:name, and by kind
/// ng:path, schema:alternateName, ng:entityType, schema:url, schema:identifier,
/// schema:sameAs. Edges: ng:linksTo (+ ng:rel/<relation>, ng:embeds), schema:keywords,
/// skos:broader, schema:citation, schema:isBasedOn, schema:mentions, ng:cooccursWith
/// (both ways). Clips: for each second cited on an edge into a video, or on any edge out
/// of a note whose source is that video: schema:Clip with schema:isPartOf,
/// schema:startOffset (xsd:integer seconds), schema:url (the video at that second),
/// schema:name; the video schema:hasPart it and the note ng:citesClip it.
std::vector<Statement> rdf_statements(const KnowledgeGraph& graph, const ExportOptions& options);

}  // namespace notegraph
