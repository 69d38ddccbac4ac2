#pragma once
// The one spelling of a relation name, whatever syntax wrote it: `From: [[X]]`,
// `From:: [[X]]`, `[From:: [[X]]]` and a front-matter key `From` all name `from`.

#include <string>
#include <string_view>

namespace notegraph::detail {

/// Returns `key` as a relation name: trimmed, lowercased (full Unicode case mapping,
/// NFC), each run of spaces and tabs as one `_` ("Related To" → "related_to").
std::string relation_name(std::string_view key);

}  // namespace notegraph::detail
