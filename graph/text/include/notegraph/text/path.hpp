#pragma once
// Names in vault paths ('/'-separated, as the graph stores them) and containment of
// filesystem paths.

#include <filesystem>
#include <string_view>

namespace notegraph::text {

/// Returns the last '/'-segment of `path` ("a/b/Note.md" → "Note.md").
std::string_view file_name(std::string_view path);

/// Returns the file name without its last extension ("a/b/Note.md" → "Note",
/// "x.tar.gz" → "x.tar"); a name that only starts with a dot keeps it (".env").
std::string_view stem(std::string_view path);

/// Returns what precedes the last '/' ("a/b/c.md" → "a/b"; "c.md" → "").
std::string_view folder_of(std::string_view path);

/// Whether `inner` is `outer` or lies below it, comparing whole components (both
/// should be canonical).
bool is_within(const std::filesystem::path& inner, const std::filesystem::path& outer);

}  // namespace notegraph::text
