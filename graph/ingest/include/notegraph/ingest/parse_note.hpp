#pragma once
// Note parsing (SPEC 2.1) with cmark and yaml-cpp. The only code that sees them.

#include <optional>
#include <string>
#include <string_view>

#include "notegraph/ingest/parsed_note.hpp"

namespace notegraph {

/// Parses one note's bytes (any encoding problems become diagnostics; never throws
/// for bad input). `path` is vault-relative and names the file in diagnostics.
ParsedNote parse_note(std::string_view path, std::string_view content);

/// Parses a complete `[[…]]` or `![[…]]`; nullopt when `source` is not one.
std::optional<WikiLink> parse_wikilink(std::string_view source);

}  // namespace notegraph
