#pragma once
// Text the exporters write: the escapers of the text module under the names the writers
// use (every exporter writes only valid UTF-8 and only characters its format allows,
// whatever bytes the vault held), and the clock and number forms they share.

#include <string>
#include <string_view>

#include "notegraph/text/escape.hpp"
#include "notegraph/text/utf8.hpp"

namespace notegraph {

using text::dot_quote;
using text::graphviz_escape;
using text::iri_path_encode;
using text::json_quote;
using text::nquads_escape;
using text::Slash;
using text::valid_utf8;
using text::xml_escape;

/// Returns seconds as "H:MM:SS" (or "M:SS" under an hour), as video players show them.
std::string clock_time(int seconds);

/// Returns `value` in the shortest form that reads back to the same double ("3", "2.5").
std::string format_number(double value);

/// Appends format_number(value) to `out`.
void append_number(std::string& out, double value);

}  // namespace notegraph
