#pragma once
// "Did you mean": the names closest to a mistyped one, and the fix for a command line
// CLI11 rejected (an unknown subcommand or option, named with its nearest spelling).

#include <CLI/CLI.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace notegraph::cli {

/// Returns the edit distance of a and b (insertions, deletions, substitutions and
/// swaps of neighbours each cost one).
std::size_t edit_distance(std::string_view a, std::string_view b);

/// Returns the candidates within a third of `word`'s length (at least 1, at most 3)
/// edits of it, or that start with it, closest first.
std::vector<std::string> closest_names(std::string_view word,
                                       const std::vector<std::string>& candidates);

/// Returns a message naming the first unknown subcommand or option on the command line
/// with its closest spelling ("unknown command 'querr'; did you mean 'query'?"), or
/// empty when every word is known (the error is something else).
std::string unknown_word_message(const CLI::App& top, const std::vector<std::string>& args);

}  // namespace notegraph::cli
