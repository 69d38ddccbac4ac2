// notegraph: main only wires the subcommands and turns failures into an exit code,
// once, at the top (ripgrep's main → try_main).

#include <iostream>

#include "commands.hpp"
#include "common.hpp"

namespace notegraph::cli {
namespace {

int try_main(int argc, char** argv) {
  CLI::App app{"notegraph: turn a folder of Markdown notes into a typed knowledge graph"};
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
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version are "errors" with exit code 0 in CLI11.
    int code = app.exit(e);
    return code == 0 ? 0 : static_cast<int>(ExitCode::usage);
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
