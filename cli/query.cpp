// notegraph query …: the questions people ask of a vault (SPEC 5). One file per
// subcommand (query_X.cpp: its options struct, run_X on the loaded graph, and
// setup_query_X), as CLI11's subcom_in_files example does; what they share is in
// query_common.
#include "query_common.hpp"

namespace notegraph::cli {

void setup_query(CLI::App& app, RunState& state) {
  CLI::App* query = app.add_subcommand(
      "query",
      "Ask the vault's graph a question. NODE is an id (note:…), a title, an alias, a path or "
      "an entity name, case-insensitive; an unknown or ambiguous NODE exits 3 with "
      "suggestions or candidates");
  query->require_subcommand(1);
  query->footer(
      "Output is a table on a terminal and JSON when piped (scripts get JSON unless they\n"
      "pass --format). JSON always has \"nodes\" (id, kind, label, …), \"edges\" where\n"
      "edges are shown (source, target, kind, …), and \"query\" for the node asked about.\n"
      "Example:\n  notegraph query neighbors \"Zürich\" --depth 2 --vault examples/vault");
  for (auto setup :
       {setup_query_neighbors, setup_query_path, setup_query_backlinks, setup_query_unlinked,
        setup_query_orphans, setup_query_unresolved, setup_query_mentions, setup_query_rank,
        setup_query_components, setup_query_find, setup_query_notes, setup_query_tags})
    setup(query, state);
}

}  // namespace notegraph::cli
