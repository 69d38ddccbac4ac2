// notegraph query backlinks: the notes that link to NOTE.
#include <memory>

#include "notegraph/query/notes.hpp"
#include "query_common.hpp"

namespace notegraph::cli {
namespace {

ExitCode run_backlinks(const NodeArg& a, const OutputOptions& out, const GlobalOptions& g) {
  Session s(g);
  const NodeId target = resolve_node(s.graph(), a.node);
  Report r = incoming_report(s.graph(), target, backlinks(s.graph(), target));
  return s.finish(r, out);
}

}  // namespace

void setup_query_backlinks(CLI::App* query, RunState& state) {
  const GlobalOptions& global = state.global;
  auto a = std::make_shared<NodeArg>();
  auto o = std::make_shared<OutputOptions>();
  auto* sub = subcommand(query, "backlinks",
                         "Notes that link to NOTE (links of a note to itself are not "
                         "backlinks), with how often and on which lines",
                         "notegraph query backlinks Zürich");
  sub->add_option("NOTE", a->node, "The note (or any node) linked to")->required();
  add_format(sub, *o);
  sub->callback([a, o, &state, &global] { state.exit = run_backlinks(*a, *o, global); });
}

}  // namespace notegraph::cli
