#pragma once
// Text encodings the exporters share: every exporter writes only valid UTF-8 and only
// characters its format allows, whatever bytes the vault held.

#include <string>
#include <string_view>

namespace notegraph {

/// Returns `text` as valid UTF-8: each ill-formed sequence (maximal subpart) becomes
/// U+FFFD, as ICU and the WHATWG decoder do.
std::string valid_utf8(std::string_view text);

/// Returns `text` escaped for XML 1.0 character data and attribute values alike: valid
/// UTF-8; `&` `<` `>` `"` `'` as entities; tab, LF and CR as character references (so
/// attribute-value normalization keeps them); characters XML 1.0 forbids (other C0
/// controls, U+FFFE, U+FFFF) as U+FFFD.
std::string xml_escape(std::string_view text);

/// Returns `text` as a JSON string literal (with quotes): valid UTF-8, `"` `\` and
/// control characters escaped.
std::string json_quote(std::string_view text);

/// Returns `text` as a quoted DOT string: valid UTF-8; `"` as `\"`, `\` as `\\`,
/// newline as `\n` (a centred line break in labels); other C0 controls except tab as
/// U+FFFD, so Graphviz's SVG output stays well formed.
std::string dot_quote(std::string_view text);

/// Returns `text` as a Graphviz string attribute value set through the C library (what
/// dot_quote writes between its quotes, `"` left as it is): valid UTF-8; `\` as `\\`
/// (Graphviz reads `\N`, `\n`, `\l` … in labels as escapes); newline as `\n`; other C0
/// controls except tab as U+FFFD.
std::string graphviz_escape(std::string_view text);

/// Whether iri_path_encode keeps `/` (paths) or encodes it (single segments).
enum class Slash { kept, encoded };

/// Returns `text` percent-encoded for an IRI path: every byte except RFC 3986
/// unreserved characters (and `/` when Slash::kept) becomes %XX, so the result is a
/// valid IRI in every RDF syntax; a path segment made only of dots has its dots encoded,
/// so no consumer removes it as `.` or `..`.
std::string iri_path_encode(std::string_view text, Slash slash);

/// Returns `text` as a canonical N-Triples string literal body (without quotes): valid
/// UTF-8; `"` `\` and \b \t \n \f \r escaped; other controls and U+007F as \uXXXX.
std::string nquads_escape(std::string_view text);

/// Returns seconds as "H:MM:SS" (or "M:SS" under an hour), as video players show them.
std::string clock_time(int seconds);

/// Returns `value` in the shortest form that reads back to the same double ("3", "2.5").
std::string format_number(double value);

}  // namespace notegraph
