// notegraph query unlinked: the notes that name NOTE outside a link (unlinked mentions).
#include <memory>

#include "notegraph/query/notes.hpp"
#include "query_common.hpp"

namespace notegraph::cli {
namespace {

ExitCode run_unlinked(const NodeArg& a, const OutputOptions& out, const GlobalOptions& g) {
  Session s(g);
  const NodeId target = resolve_node(s.graph(), a.node);
  Report r = incoming_report(s.graph(), target, unlinked_mentions(s.graph(), target));
  return s.finish(r, out);
}

}  // namespace

void setup_query_unlinked(CLI::App* query, RunState& state) {
  const GlobalOptions& global = state.global;
  auto a = std::make_shared<NodeArg>();
  auto o = std::make_shared<OutputOptions>();
  auto* sub =
      subcommand(query, "unlinked",
                 "Notes whose prose names NOTE's title or an alias outside a link (Obsidian's "
                 "unlinked mentions): the mention edges into NOTE that the vault gazetteer adds",
                 "notegraph query unlinked \"Marta Kowalska\"");
  sub->add_option("NOTE", a->node, "The note mentioned")->required();
  add_format(sub, *o);
  sub->callback([a, o, &state, &global] { state.exit = run_unlinked(*a, *o, global); });
}

}  // namespace notegraph::cli
