#pragma once
// Colour for the kinds in tables, on a terminal only: never when standard output is
// piped, NO_COLOR is set (https://no-color.org) or TERM is dumb.

#include <string>
#include <string_view>

#include "table.hpp"

namespace notegraph::cli {

/// Returns whether tables on standard output get colour.
Colour output_colour();

/// Returns `cell` wrapped in the ANSI colour of the node or edge kind it names (unknown
/// names are returned as they are).
std::string paint(std::string_view cell, Paint paint);

}  // namespace notegraph::cli
