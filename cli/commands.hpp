#pragma once
// One file per subcommand (CLI11's subcom_in_files layout): each setup_x adds its
// subcommand to the app; its callback runs run_x and stores the exit code in state.

#include <CLI/CLI.hpp>

#include "common.hpp"

namespace notegraph::cli {

void setup_index(CLI::App& app, RunState& state);
void setup_stats(CLI::App& app, RunState& state);
void setup_query(CLI::App& app, RunState& state);
void setup_export(CLI::App& app, RunState& state);
void setup_watch(CLI::App& app, RunState& state);
void setup_completions(CLI::App& app, RunState& state);
void setup_man(CLI::App& app, RunState& state);

}  // namespace notegraph::cli
