// notegraph: main only wires the subcommands and turns failures into an exit code,
// once, at the top (ripgrep's main → try_main).

#include <iostream>
#include <string>
#include <vector>

#include "commands.hpp"
#include "common.hpp"
#include "suggest.hpp"

namespace notegraph::cli {
namespace {

/// "notegraph query rank": the subcommands parsed before an error, for the help hint.
std::string parsed_path(const CLI::App& app) {
  std::string path = "notegraph";
  const CLI::App* at = &app;
  while (true) {
    const auto parsed = at->get_subcommands();
    if (parsed.empty()) break;
    at = parsed.front();
    path += " " + at->get_name();
  }
  return path;
}

/// Prints a usage error as "notegraph: …", naming an unknown word with its closest
/// spelling, and the help command of the subcommand it was given to.
void print_usage_error(const CLI::App& app, const CLI::ParseError& e,
                       const std::vector<std::string>& args) {
  std::string message = unknown_word_message(app, args);
  if (message.empty()) message = e.what();
  std::cerr << "notegraph: " << message << "\nRun '" << parsed_path(app)
            << " --help' for more information.\n";
}

int try_main(int argc, char** argv) {
  CLI::App app{"notegraph: turn a folder of Markdown notes into a typed knowledge graph"};
  app.name("notegraph");
  app.require_subcommand(1);
  app.fallthrough();  // global options may follow the subcommand
  RunState state;
  add_global_options(app, state.global);
  app.set_version_flag("--version", std::string("notegraph ") + NOTEGRAPH_VERSION);
  setup_index(app, state);
  setup_stats(app, state);
  setup_query(app, state);
  setup_export(app, state);
  setup_watch(app, state);
  setup_completions(app, state);
  setup_man(app, state);
  app.footer(
      "Examples:\n"
      "  notegraph stats --vault ~/notes\n"
      "  notegraph query backlinks \"Zürich\" --vault ~/notes\n"
      "  notegraph query notes --tag travel --sort backlinks --vault ~/notes\n"
      "  notegraph export --format graphml -o vault.graphml --vault ~/notes\n"
      "  notegraph watch --vault ~/notes\n"
      "Each subcommand has its own --help. Global options may come before or after it.");
  const std::vector<std::string> args(argv + 1, argv + argc);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version are "errors" with exit code 0 in CLI11.
    if (e.get_exit_code() == 0) return app.exit(e);
    print_usage_error(app, e, args);
    return static_cast<int>(ExitCode::usage);
  }
  return static_cast<int>(state.exit);
}

}  // namespace
}  // namespace notegraph::cli

int main(int argc, char** argv) {
  try {
    return notegraph::cli::try_main(argc, argv);
  } catch (const notegraph::cli::CliError& e) {
    std::cerr << "notegraph: " << e.what() << '\n';
    return static_cast<int>(e.code());
  } catch (const std::exception& e) {
    std::cerr << "notegraph: " << e.what() << '\n';
    return static_cast<int>(notegraph::cli::ExitCode::failed);
  }
}
