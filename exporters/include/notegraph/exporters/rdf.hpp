#pragma once
// The RDF view of the graph, shared by JSON-LD and N-Quads: one sorted, duplicate-free
// statement list, so both serializations carry exactly the same triples.
//
// IRIs: a node is <base><kind>/<rest of its id, percent-encoded> (`note:a/b c.md` →
// `<base>note/a/b%20c.md`); a clip of a video is <video IRI>#t=<second> (a W3C media
// fragment). Classes and properties come from schema.org (`http://schema.org/`, the
// namespace of schema.org's own JSON-LD context), SKOS (tag hierarchy) and the notegraph
// vocabulary (kVocabularyIri).

#include <functional>
#include <span>
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

/// One RDF triple (the graph is the default graph), ordered subject, predicate, object.
struct Statement {
  std::string subject;    ///< IRI
  std::string predicate;  ///< IRI
  RdfObject object;
  friend auto operator<=>(const Statement&, const Statement&) = default;
};

/// A statement's predicate and object as views, for a subject named beside it; ordered
/// as Statement orders them.
struct StatementView {
  std::string_view predicate;  ///< IRI
  RdfObject::Type type = RdfObject::Type::iri;
  std::string_view value;     ///< the IRI, or the literal's lexical form (valid UTF-8)
  std::string_view datatype;  ///< literals: full datatype IRI; empty for xsd:string
  friend auto operator<=>(const StatementView&, const StatementView&) = default;
};

/// Returns the IRI of a node under `base` (see the file comment).
std::string node_iri(const NodeView& node, std::string_view base);

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

/// Calls `each(subject, statements)` once per subject of rdf_statements, subjects in
/// byte order, each with its statements sorted and unique: the same triples in the same
/// order, without holding them all (the views live for the call).
void for_each_rdf_subject(
    const KnowledgeGraph& graph, const ExportOptions& options,
    const std::function<void(std::string_view subject, std::span<const StatementView>)>& each);

}  // namespace notegraph
