#pragma once
// One escaper per output syntax, all over one UTF-8 walk: whatever bytes the vault held,
// each writes valid UTF-8 and only characters its syntax allows. The append_ forms add
// to a buffer without allocating (what the exporters use); the others return a string.

#include <string>
#include <string_view>

namespace notegraph::text {

/// Appends `text` escaped for XML 1.0 character data and attribute values alike: `&` `<`
/// `>` `"` `'` as entities; tab, LF and CR as character references (so attribute-value
/// normalization keeps them); characters XML 1.0 forbids (other C0 controls, U+FFFE,
/// U+FFFF) and ill-formed bytes as U+FFFD.
void append_xml(std::string& out, std::string_view text);
/// Returns `text` escaped as append_xml does.
std::string xml_escape(std::string_view text);

/// Appends `text` as a JSON string literal, quotes included, written by RapidJSON's
/// writer: `"` `\` and C0 controls escaped (\b \t \n \f \r, else \u00XX); ill-formed
/// bytes as U+FFFD.
void append_json_string(std::string& out, std::string_view text);
/// Returns `text` as a JSON string literal (see append_json_string).
std::string json_quote(std::string_view text);

/// Appends `text` as a quoted DOT string: `"` as `\"`, `\` as `\\`, newline as `\n` (a
/// centred line break in labels); other C0 controls except tab, U+007F, U+FFFE, U+FFFF
/// and ill-formed bytes as U+FFFD, so Graphviz's SVG output stays well formed.
void append_dot_string(std::string& out, std::string_view text);
/// Returns `text` as a quoted DOT string (see append_dot_string).
std::string dot_quote(std::string_view text);

/// Returns `text` as a Graphviz string attribute value set through the C library (what
/// append_dot_string writes between its quotes, `"` left as it is).
std::string graphviz_escape(std::string_view text);

/// Appends `text` as an RFC 4180 CSV field: empty stays empty (Neo4j and Kuzu read it as
/// null); anything else quoted, quotes doubled, line breaks kept inside the quotes;
/// ill-formed bytes as U+FFFD.
void append_csv_field(std::string& out, std::string_view text);

/// Appends `text` as a canonical N-Triples string literal body (without quotes): `"` `\`
/// and \b \t \n \f \r escaped; other controls and U+007F as \uXXXX; ill-formed bytes as
/// U+FFFD.
void append_nquads_literal(std::string& out, std::string_view text);
/// Returns the literal body append_nquads_literal writes.
std::string nquads_escape(std::string_view text);

/// Whether percent-encoding keeps `/` (paths) or encodes it (single segments).
enum class Slash { kept, encoded };

/// Appends `text` percent-encoded for an IRI path: every byte of its valid UTF-8 except
/// RFC 3986 unreserved characters (and `/` when Slash::kept) becomes %XX, so the result
/// is a valid IRI in every RDF syntax; a segment made only of dots has its dots encoded,
/// so no consumer removes it as `.` or `..`.
void append_iri_path(std::string& out, std::string_view text, Slash slash);
/// Returns `text` percent-encoded as append_iri_path does.
std::string iri_path_encode(std::string_view text, Slash slash);

/// Returns `text` safe to print on a terminal, as `ls -b` quotes names: `\` as `\\`,
/// newline, tab and CR as `\n` `\t` `\r`, other C0 controls, DEL and ill-formed bytes
/// as `\xHH` (so distinct byte names stay distinct), C1 controls and bidirectional
/// overrides as `\uHHHH`. No escape sequence and no line break of a vault's names or
/// text reaches the terminal raw.
std::string terminal_safe(std::string_view text);

}  // namespace notegraph::text
