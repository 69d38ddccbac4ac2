#pragma once
// What the `query` subcommands share (one file per subcommand, CLI11's subcom_in_files
// layout: each query_X.cpp has setup_query_X and run_X): loading the vault with
// --verbose timings, naming a node, the --format/--edge/--node options, and filling a
// Report (query_report).

#include <chrono>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "colour.hpp"
#include "commands.hpp"
#include "notegraph/query/filter.hpp"
#include "query_report.hpp"

namespace notegraph::cli {

struct OutputOptions {
  std::optional<QueryFormat> format;  ///< unset: table on a terminal, else json
};

/// A NODE argument.
struct NodeArg {
  std::string node;
};

/// The KIND column of tables: node kinds, coloured on a terminal.
inline const TableColumn kKindColumn{"KIND", Align::left, Shrink::widest_first, Paint::node_kind};
/// The EDGE column of tables: edge kinds, coloured on a terminal.
inline const TableColumn kEdgeKindColumn{"EDGE", Align::left, Shrink::widest_first,
                                         Paint::edge_kind};

/// A loaded vault and the clock started before loading (for --verbose timings).
struct Session {
  const GlobalOptions& global;
  LoadResult loaded;
  std::chrono::steady_clock::time_point queried;

  explicit Session(const GlobalOptions& g) : global(g) {
    const auto start = std::chrono::steady_clock::now();
    loaded = load_graph(global);
    queried = std::chrono::steady_clock::now();
    if (global.verbose)
      std::cerr << "notegraph: loaded " << loaded.stats.notes << " notes, "
                << loaded.graph.node_count() << " nodes, " << loaded.graph.edge_count()
                << " edges in " << ms(start, queried) << " ms\n";
  }
  const KnowledgeGraph& graph() const { return loaded.graph; }

  static long long ms(std::chrono::steady_clock::time_point a,
                      std::chrono::steady_clock::time_point b) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(b - a).count();
  }

  /// Writes the report and returns the exit code.
  ExitCode finish(Report& report, const OutputOptions& output) {
    const auto answered = std::chrono::steady_clock::now();
    const QueryFormat format =
        output.format.value_or(stdout_is_terminal() ? QueryFormat::table : QueryFormat::json);
    report.colour = output_colour();
    write_report(report, graph(), format, std::cout);
    std::cout.flush();
    if (!std::cout) throw CliError(ExitCode::failed, "cannot write to standard output");
    if (global.verbose)
      std::cerr << "notegraph: query answered in " << ms(queried, answered) << " ms, written in "
                << ms(answered, std::chrono::steady_clock::now()) << " ms\n";
    return with_strict(global, loaded, ExitCode::ok);
  }
};

/// Returns `s` in capitals (table headers).
std::string upper(std::string_view s);

/// Returns "id  (kind: label)", how messages list a node.
std::string describe(const NodeView& n);

/// Returns the node `ref` names, or throws CliError(not_found) listing the candidates
/// (ambiguous) or the did-you-mean suggestions (unknown).
NodeId resolve_node(const KnowledgeGraph& kg, const std::string& ref);

/// Returns the filter of --edge and --node.
GraphFilter filter_of(const std::vector<EdgeKind>& edges, const std::vector<NodeKind>& nodes);

/// Returns the ids of nodes (for JSON).
std::vector<std::string> ids_of(const KnowledgeGraph& kg, const std::vector<NodeId>& vs);

/// Puts the node asked about under "query".
void put_query_node(Report& r, const NodeView& node);

/// Puts the edges under "edges" and makes them the ones dot/graphml draw.
void put_edges(Report& r, const KnowledgeGraph& kg, const std::vector<EdgeId>& edges);

/// Puts `items` under "nodes" and makes them the jsonl rows too.
void put_nodes_as_rows(Report& r, rapidjson::Value items);

/// backlinks and unlinked: the notes whose edges of one kind point at the node, one
/// entry per note (its edges' counts and lines merged).
Report incoming_report(const KnowledgeGraph& kg, NodeId target, const std::vector<EdgeId>& edges);

/// Adds --format.
void add_format(CLI::App* sub, OutputOptions& o);

/// Adds --edge KIND (repeatable or a,b).
void add_edge_filter(CLI::App* sub, std::vector<EdgeKind>& edges, const std::string& what);

/// Adds --node KIND (repeatable or a,b).
void add_node_filter(CLI::App* sub, std::vector<NodeKind>& nodes, const std::string& what);

/// Adds a subcommand whose --help ends with an example.
CLI::App* subcommand(CLI::App* query, const std::string& name, const std::string& description,
                     const std::string& example);

void setup_query_neighbors(CLI::App* query, RunState& state);
void setup_query_path(CLI::App* query, RunState& state);
void setup_query_backlinks(CLI::App* query, RunState& state);
void setup_query_unlinked(CLI::App* query, RunState& state);
void setup_query_orphans(CLI::App* query, RunState& state);
void setup_query_unresolved(CLI::App* query, RunState& state);
void setup_query_mentions(CLI::App* query, RunState& state);
void setup_query_rank(CLI::App* query, RunState& state);
void setup_query_components(CLI::App* query, RunState& state);
void setup_query_find(CLI::App* query, RunState& state);
void setup_query_notes(CLI::App* query, RunState& state);
void setup_query_tags(CLI::App* query, RunState& state);

}  // namespace notegraph::cli
