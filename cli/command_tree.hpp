#pragma once
// The command line as data, read from the CLI11 definitions: every subcommand with its
// options, their value kinds and choices. Completions and the man page are generated
// from it, so they never drift from what the parser accepts.

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace notegraph::cli {

/// What an option's value is, for completing it.
enum class ValueKind { none, word, choice, file, directory };

struct OptionSpec {
  std::vector<std::string> long_names;   ///< "--format"
  std::vector<std::string> short_names;  ///< "-f"
  ValueKind value = ValueKind::none;
  std::vector<std::string> choices;  ///< the names an enum option accepts
  std::string type;                  ///< "DIR", "{table,json}"…
  std::string default_value;         ///< as --help shows it (empty: none)
  std::string help;
  bool repeatable = false;
};

struct PositionalSpec {
  std::string name;
  std::string help;
  bool required = false;
};

struct CommandSpec {
  std::vector<std::string> path;  ///< {} for notegraph, {"query", "rank"} for query rank
  std::string description;
  std::string footer;
  std::vector<OptionSpec> options;  ///< without --help (every command has it)
  std::vector<PositionalSpec> positionals;
  std::vector<CommandSpec> subcommands;

  /// "notegraph query rank".
  std::string command_line() const;
};

/// Returns the tree of `app` and its subcommands.
CommandSpec describe_commands(const CLI::App& app);

/// Returns every command of the tree, parents before children.
std::vector<const CommandSpec*> flatten(const CommandSpec& root);

}  // namespace notegraph::cli
