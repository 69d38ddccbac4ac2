#pragma once
// Internal to graph/pipeline: the binary forms of what the index keeps per note. A
// note's parse is split in two so that most updates read only the small half:
//   meta  — everything but the prose (names, front matter, links, tags, URLs, problems)
//   prose — the prose blocks (for the vault gazetteer and for locating spans)
// Every stored blob starts with an 8-byte checksum of the rest (seal / unseal), so a
// flipped byte is a mismatch, never a wrong answer.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "notegraph/extract/extract.hpp"
#include "notegraph/ingest/parsed_note.hpp"

namespace notegraph::detail {

/// Appends the meta half of `note` (everything but `blocks`) to `out`.
void encode_meta(const ParsedNote& note, std::string& out);
/// Reads a meta half into `note` (its blocks untouched); false when corrupt.
bool decode_meta(std::string_view bytes, ParsedNote& note);

/// Appends the prose half (`note.blocks`) to `out`.
void encode_prose(const std::vector<Block>& blocks, std::string& out);
/// Reads a prose half; false when corrupt.
bool decode_prose(std::string_view bytes, std::vector<Block>& blocks);

/// Appends a list of spans (the vault mentions found in a note) to `out`.
void encode_spans(const std::vector<EntitySpan>& spans, std::string& out);
/// Reads a list of spans; false when corrupt.
bool decode_spans(std::string_view bytes, std::vector<EntitySpan>& spans);

/// Appends diagnostics to `out`.
void encode_diagnostics(const std::vector<Diagnostic>& diagnostics, std::string& out);
/// Reads diagnostics; false when corrupt.
bool decode_diagnostics(std::string_view bytes, std::vector<Diagnostic>& diagnostics);

/// Returns `payload` with its 8-byte XXH3 checksum in front.
std::string seal(std::string_view payload);
/// Returns the payload of sealed bytes, or nullopt when the checksum does not match.
std::optional<std::string_view> unseal(std::string_view sealed);

/// Returns the XXH3-64 hash of `bytes` (file contents, fingerprints).
std::uint64_t hash64(std::string_view bytes);

}  // namespace notegraph::detail
