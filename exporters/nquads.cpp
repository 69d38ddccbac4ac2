#include "notegraph/exporters/nquads.hpp"

#include "notegraph/exporters/rdf.hpp"
#include "notegraph/exporters/text.hpp"

namespace notegraph {
namespace {

// Lines gather in a buffer written out in pieces of about this size.
constexpr std::size_t kFlushBytes = 1 << 20;

void append_quad(std::string& out, std::string_view subject, const StatementView& s,
                 std::string_view xsd_string) {
  out += '<';
  out += subject;
  out += "> <";
  out += s.predicate;
  out += "> ";
  if (s.type == RdfObject::Type::iri) {
    out += '<';
    out += s.value;
    out += '>';
  } else {
    out += '"';
    text::append_nquads_literal(out, s.value);
    out += '"';
    if (!s.datatype.empty() && s.datatype != xsd_string) {
      out += "^^<";
      out += s.datatype;
      out += '>';
    }
  }
  out += " .\n";
}

}  // namespace

void write_nquads(const KnowledgeGraph& graph, std::ostream& out, const ExportOptions& options) {
  const std::string xsd_string = std::string(kXsdIri) + "string";
  std::string buf;
  buf.reserve(kFlushBytes + kFlushBytes / 4);
  auto write_subject = [&](std::string_view subject, std::span<const StatementView> statements) {
    for (const StatementView& s : statements) append_quad(buf, subject, s, xsd_string);
    if (buf.size() >= kFlushBytes) {
      out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
      buf.clear();
    }
  };
  for_each_rdf_subject(graph, options, write_subject);
  out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
}

}  // namespace notegraph
