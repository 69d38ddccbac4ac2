// The only exporter that includes RapidJSON's writer (STYLE.md).
#include "notegraph/exporters/jsonld.hpp"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <array>
#include <charconv>
#include <cstdint>
#include <utility>

#include "notegraph/exporters/rdf.hpp"

namespace notegraph {
namespace {

const std::string kXsdString = std::string(kXsdIri) + "string";
const std::string kXsdInteger = std::string(kXsdIri) + "integer";

// The @context prefixes; keys and @type values are written as compact IRIs with them.
const std::array<std::pair<std::string_view, std::string_view>, 4> kPrefixes{{
    {"ng", kVocabularyIri},
    {"schema", kSchemaIri},
    {"skos", kSkosIri},
    {"xsd", kXsdIri},
}};

std::string compact(const std::string& iri) {
  for (const auto& [prefix, ns] : kPrefixes)
    if (iri.size() > ns.size() && iri.compare(0, ns.size(), ns) == 0 &&
        iri.compare(ns.size(), 2, "//") != 0)
      return std::string(prefix) + ":" + iri.substr(ns.size());
  return iri;
}

// Default write flags: RapidJSON 1.1's PrettyWriter does not compile with others. Every
// string written is valid UTF-8 already (rdf_statements sanitizes literals; IRIs are
// ASCII or checked).
using Writer = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

void write_string(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

// An integer literal in canonical form becomes a JSON number (toRDF turns it back into
// the same xsd:integer literal); anything else stays a value object.
void write_object(Writer& w, const RdfObject& o) {
  if (o.type == RdfObject::Type::iri) {
    w.StartObject();
    write_string(w, "@id");
    write_string(w, o.value);
    w.EndObject();
    return;
  }
  if (o.datatype.empty() || o.datatype == kXsdString) {
    write_string(w, o.value);
    return;
  }
  if (o.datatype == kXsdInteger) {
    int64_t n = 0;
    const char* end = o.value.data() + o.value.size();
    auto [ptr, ec] = std::from_chars(o.value.data(), end, n);
    if (ec == std::errc() && ptr == end && std::to_string(n) == o.value &&
        n < (int64_t{1} << 53) && n > -(int64_t{1} << 53)) {
      w.Int64(n);
      return;
    }
  }
  w.StartObject();
  write_string(w, "@value");
  write_string(w, o.value);
  write_string(w, "@type");
  write_string(w, compact(o.datatype));
  w.EndObject();
}

}  // namespace

void write_jsonld(const KnowledgeGraph& graph, std::ostream& out, const ExportOptions& options) {
  const std::vector<Statement> statements = rdf_statements(graph, options);
  const std::string rdf_type(kRdfTypeIri);
  rapidjson::OStreamWrapper stream(out);
  Writer w(stream);
  w.SetIndent(' ', 2);
  w.SetFormatOptions(rapidjson::kFormatSingleLineArray);
  w.StartObject();
  write_string(w, "@context");
  w.StartObject();
  for (const auto& [prefix, ns] : kPrefixes) {
    write_string(w, prefix);
    write_string(w, ns);
  }
  w.EndObject();
  write_string(w, "@graph");
  w.StartArray();
  // Statements are sorted by subject, then predicate: one node object per subject, one
  // key per predicate.
  for (std::size_t i = 0; i < statements.size();) {
    const std::string& subject = statements[i].subject;
    std::size_t end = i;
    while (end < statements.size() && statements[end].subject == subject) ++end;
    w.StartObject();
    write_string(w, "@id");
    write_string(w, subject);
    std::size_t j = i;
    while (j < end && statements[j].predicate < rdf_type) ++j;  // rdf:type goes first
    std::size_t types_begin = j, types_end = j;
    while (types_end < end && statements[types_end].predicate == rdf_type) ++types_end;
    if (types_end > types_begin) {
      write_string(w, "@type");
      w.StartArray();
      for (std::size_t k = types_begin; k < types_end; ++k)
        write_string(w, compact(statements[k].object.value));
      w.EndArray();
    }
    for (std::size_t k = i; k < end;) {
      if (k == types_begin && types_end > types_begin) {
        k = types_end;
        continue;
      }
      const std::string& predicate = statements[k].predicate;
      std::size_t p_end = k;
      while (p_end < end && statements[p_end].predicate == predicate) ++p_end;
      write_string(w, compact(predicate));
      if (p_end - k == 1) {
        write_object(w, statements[k].object);
      } else {
        w.StartArray();
        for (std::size_t m = k; m < p_end; ++m) write_object(w, statements[m].object);
        w.EndArray();
      }
      k = p_end;
    }
    w.EndObject();
    i = end;
  }
  w.EndArray();
  w.EndObject();
  stream.Flush();
  out << '\n';
}

}  // namespace notegraph
