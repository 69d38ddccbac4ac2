// The only exporter that includes RapidJSON's writer (STYLE.md).
#include "notegraph/exporters/jsonld.hpp"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <array>
#include <charconv>
#include <cstdint>
#include <utility>

#include "notegraph/exporters/rdf.hpp"

namespace notegraph {
namespace {

// The document gathers in a buffer written out in pieces of about this size.
constexpr std::size_t kFlushBytes = 1 << 20;

// The @context prefixes; keys and @type values are written as compact IRIs with them.
const std::array<std::pair<std::string_view, std::string_view>, 4> kPrefixes{{
    {"ng", kVocabularyIri},
    {"schema", kSchemaIri},
    {"skos", kSkosIri},
    {"xsd", kXsdIri},
}};

// Default write flags: RapidJSON 1.1's PrettyWriter does not compile with others. Every
// string written is valid UTF-8 already (rdf statements sanitize literals; IRIs are
// ASCII or checked).
using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void write_string(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

// Writes `iri` as a compact IRI when one of the prefixes fits (`scratch` holds it).
void write_compact(Writer& w, std::string_view iri, std::string& scratch) {
  for (const auto& [prefix, ns] : kPrefixes)
    if (iri.size() > ns.size() && iri.substr(0, ns.size()) == ns &&
        iri.substr(ns.size(), 2) != "//") {
      scratch.assign(prefix);
      scratch += ':';
      scratch += iri.substr(ns.size());
      write_string(w, scratch);
      return;
    }
  write_string(w, iri);
}

// Whether `text` is an integer in canonical form (no sign but '-', no leading zero, no
// "-0") small enough for a JSON number to carry exactly, and its value.
bool canonical_integer(std::string_view text, int64_t& n) {
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, n);
  if (ec != std::errc() || ptr != end) return false;
  const std::string_view digits = text.substr(text.front() == '-' ? 1 : 0);
  if (digits.size() > 1 && digits.front() == '0') return false;
  if (text == "-0") return false;
  return n < (int64_t{1} << 53) && n > -(int64_t{1} << 53);
}

class JsonLdWriter {
 public:
  explicit JsonLdWriter(std::ostream& out) : out_(out), w_(buffer_) {
    w_.SetIndent(' ', 2);
    w_.SetFormatOptions(rapidjson::kFormatSingleLineArray);
  }

  void begin() {
    w_.StartObject();
    write_string(w_, "@context");
    w_.StartObject();
    for (const auto& [prefix, ns] : kPrefixes) {
      write_string(w_, prefix);
      write_string(w_, ns);
    }
    w_.EndObject();
    write_string(w_, "@graph");
    w_.StartArray();
  }

  // One node object per subject, one key per predicate (statements come sorted by
  // predicate); rdf:type goes first, as @type.
  void subject(std::string_view iri, std::span<const StatementView> statements) {
    w_.StartObject();
    write_string(w_, "@id");
    write_string(w_, iri);
    const std::size_t end = statements.size();
    std::size_t types_begin = 0;
    while (types_begin < end && statements[types_begin].predicate < rdf_type_) ++types_begin;
    std::size_t types_end = types_begin;
    while (types_end < end && statements[types_end].predicate == rdf_type_) ++types_end;
    if (types_end > types_begin) {
      write_string(w_, "@type");
      w_.StartArray();
      for (std::size_t k = types_begin; k < types_end; ++k)
        write_compact(w_, statements[k].value, scratch_);
      w_.EndArray();
    }
    for (std::size_t k = 0; k < end;) {
      if (k == types_begin && types_end > types_begin) {
        k = types_end;
        continue;
      }
      const std::string_view predicate = statements[k].predicate;
      std::size_t p_end = k;
      while (p_end < end && statements[p_end].predicate == predicate) ++p_end;
      write_compact(w_, predicate, scratch_);
      if (p_end - k == 1) {
        object(statements[k]);
      } else {
        w_.StartArray();
        for (std::size_t m = k; m < p_end; ++m) object(statements[m]);
        w_.EndArray();
      }
      k = p_end;
    }
    w_.EndObject();
    if (buffer_.GetSize() >= kFlushBytes) flush();
  }

  void end() {
    w_.EndArray();
    w_.EndObject();
    flush();
    out_ << '\n';
  }

 private:
  // An integer literal in canonical form becomes a JSON number (toRDF turns it back
  // into the same xsd:integer literal); anything else stays a value object.
  void object(const StatementView& o) {
    if (o.type == RdfObject::Type::iri) {
      w_.StartObject();
      write_string(w_, "@id");
      write_string(w_, o.value);
      w_.EndObject();
      return;
    }
    if (o.datatype.empty() || o.datatype == xsd_string_) {
      write_string(w_, o.value);
      return;
    }
    int64_t n = 0;
    if (o.datatype == xsd_integer_ && canonical_integer(o.value, n)) {
      w_.Int64(n);
      return;
    }
    w_.StartObject();
    write_string(w_, "@value");
    write_string(w_, o.value);
    write_string(w_, "@type");
    write_compact(w_, o.datatype, scratch_);
    w_.EndObject();
  }

  void flush() {
    out_.write(buffer_.GetString(), static_cast<std::streamsize>(buffer_.GetSize()));
    buffer_.Clear();
  }

  const std::string rdf_type_{kRdfTypeIri};
  const std::string xsd_string_ = std::string(kXsdIri) + "string";
  const std::string xsd_integer_ = std::string(kXsdIri) + "integer";
  std::ostream& out_;
  rapidjson::StringBuffer buffer_;
  Writer w_;
  std::string scratch_;
};

}  // namespace

void write_jsonld(const KnowledgeGraph& graph, std::ostream& out, const ExportOptions& options) {
  JsonLdWriter writer(out);
  writer.begin();
  for_each_rdf_subject(graph, options,
                       [&](std::string_view subject, std::span<const StatementView> statements) {
                         writer.subject(subject, statements);
                       });
  writer.end();
}

}  // namespace notegraph
