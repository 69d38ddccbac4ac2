// notegraph query rank: nodes by degree, PageRank or betweenness.
#include <cstdio>
#include <memory>

#include "notegraph/query/rank.hpp"
#include "query_common.hpp"

namespace notegraph::cli {
namespace {

struct RankArgs {
  Centrality by = Centrality::degree;
  std::vector<NodeKind> nodes;
  std::vector<EdgeKind> edges;
  std::size_t top = 20;
  std::optional<std::size_t> samples;  ///< betweenness sources; unset: by graph size
};

std::string score_text(Centrality by, double score) {
  char buffer[64];
  if (by == Centrality::degree)
    std::snprintf(buffer, sizeof buffer, "%.0f", score);
  else
    std::snprintf(buffer, sizeof buffer, "%.6f", score);
  return buffer;
}

ExitCode run_rank(const RankArgs& a, const OutputOptions& out, const GlobalOptions& g) {
  Session s(g);
  const KnowledgeGraph& kg = s.graph();
  RankOptions options{a.by, filter_of(a.edges, a.nodes), a.top, {}};
  if (a.by == Centrality::betweenness) {
    options.betweenness.samples = a.samples.value_or(default_betweenness_samples(kg));
    if (options.betweenness.samples >= kg.node_count()) options.betweenness.samples = 0;
    if (options.betweenness.samples != 0 && !g.quiet)
      std::cerr << "notegraph: betweenness estimated from " << options.betweenness.samples << " of "
                << kg.node_count() << " source nodes (--samples 0: exact, slower)\n";
  }
  const auto ranked = rank_nodes(kg, options);
  Report r;
  r.drawing = Drawing::induced;
  r.json.AddMember("by", r.str(name_of(kCentralityNames, a.by)), r.alloc());
  if (a.by == Centrality::betweenness)
    r.json.AddMember("samples", static_cast<uint64_t>(options.betweenness.samples), r.alloc());
  r.table.columns = {{"#", Align::right},
                     {upper(name_of(kCentralityNames, a.by)), Align::right},
                     kKindColumn,
                     {"LABEL"},
                     {"ID"}};
  rapidjson::Value nodes(rapidjson::kArrayType);
  int position = 0;
  for (const Ranked& hit : ranked) {
    const NodeView n = kg.node(hit.vertex);
    rapidjson::Value item = node_json(r, n);
    item.AddMember("rank", ++position, r.alloc());
    item.AddMember("score", hit.score, r.alloc());
    nodes.PushBack(item, r.alloc());
    r.table.add_row({std::to_string(position), score_text(a.by, hit.score),
                     std::string(to_string(n.kind())), n.label(), n.id()});
    r.nodes.push_back(hit.vertex);
  }
  put_nodes_as_rows(r, std::move(nodes));
  return s.finish(r, out);
}

}  // namespace

void setup_query_rank(CLI::App* query, RunState& state) {
  const GlobalOptions& global = state.global;
  auto a = std::make_shared<RankArgs>();
  auto o = std::make_shared<OutputOptions>();
  auto* sub = subcommand(
      query, "rank",
      "Nodes by degree (edges in and out), PageRank (sums to 1; dangling rank spread evenly, "
      "as networkx) or betweenness (normalized as networkx), highest first",
      "notegraph query rank --by pagerank --node note --top 10");
  add_enum_option(sub, "--by", a->by, kCentralityNames, "Score");
  add_node_filter(sub, a->nodes,
                  "List only nodes of these kinds; scores are computed on the whole graph");
  add_edge_filter(sub, a->edges, "Score over edges of these kinds only");
  sub->add_option("--top", a->top, "List at most N nodes (0: all)");
  sub->add_option("--samples", a->samples,
                  "Betweenness from N sampled source nodes, scaled (networkx's k); 0: exact. "
                  "Default: exact while nodes × edges ≤ 4e9, else 1000");
  add_format(sub, *o);
  sub->callback([a, o, &state, &global] { state.exit = run_rank(*a, *o, global); });
}

}  // namespace notegraph::cli
