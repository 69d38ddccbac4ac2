// notegraph index: build or update the vault's index and report what changed (SPEC 5).
// Every other command updates the index too; this one only reports.
#include <cstdio>
#include <iostream>
#include <locale>
#include <memory>
#include <sstream>

#include "commands.hpp"

namespace notegraph::cli {
namespace {

struct IndexOptions {};

/// 10959 → "10,959".
std::string grouped(std::size_t n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

ExitCode run_index(const IndexOptions&, const GlobalOptions& global) {
  LoadResult loaded = load_graph(global);
  const IndexReport& r = loaded.index;
  char seconds[32];
  std::snprintf(seconds, sizeof seconds, "%.2f", r.seconds);
  std::cout << (r.rebuilt ? "built" : "indexed") << ' ' << grouped(loaded.stats.notes) << " notes in "
            << seconds << " s: +" << r.added << " ~" << r.changed << " -" << r.removed;
  if (r.reworked) std::cout << " (" << r.reworked << " more redone)";
  std::cout << '\n';
  if (global.verbose) {
    std::cerr << "notegraph: index " << (r.persistent ? r.location.string() : std::string("in memory"))
              << "; " << r.parsed << " notes parsed\n";
    for (const auto& [stage, seconds] : r.stages) {
      char line[96];
      std::snprintf(line, sizeof line, "notegraph:   %-9s %8.3f s\n", stage.c_str(), seconds);
      std::cerr << line;
    }
  }
  return with_strict(global, loaded, ExitCode::ok);
}

}  // namespace

void setup_index(CLI::App& app, RunState& state) {
  auto options = std::make_shared<IndexOptions>();
  CLI::App* sub = app.add_subcommand(
      "index", "Build or update the vault's index and report what changed (+added ~changed -removed)");
  sub->callback([options, &state] { state.exit = run_index(*options, state.global); });
}

}  // namespace notegraph::cli
