// notegraph query …: the questions people ask of a vault (SPEC 5). One subcommand per
// question; each parses into an options struct, runs a graph/query algorithm on the
// loaded graph, and hands a Report to the output stage (query_report).
#include <algorithm>
#include <chrono>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include "commands.hpp"
#include "notegraph/query/components.hpp"
#include "notegraph/query/find.hpp"
#include "notegraph/query/lookup.hpp"
#include "notegraph/query/neighbors.hpp"
#include "notegraph/query/notes.hpp"
#include "notegraph/query/paths.hpp"
#include "notegraph/query/rank.hpp"
#include "colour.hpp"
#include "query_report.hpp"

namespace notegraph::cli {
namespace {

// ---------------------------------------------------------------------------------
// Options

struct OutputOptions {
  std::optional<QueryFormat> format;  ///< unset: table on a terminal, else json
};

struct NeighborsArgs {
  std::string node;
  int depth = 1;
  Direction direction = Direction::both;
  std::vector<EdgeKind> edges;
  std::vector<NodeKind> nodes;
};

struct PathArgs {
  std::string from, to;
  bool all_shortest = false;
  std::optional<int> max_length;
  bool undirected = false;
  std::vector<EdgeKind> edges;
  std::vector<NodeKind> nodes;
  std::size_t limit = 10000;
};

struct NodeArg {
  std::string node;
};

struct RankArgs {
  Centrality by = Centrality::degree;
  std::vector<NodeKind> nodes;
  std::vector<EdgeKind> edges;
  std::size_t top = 20;
  std::optional<std::size_t> samples;  ///< betweenness sources; unset: by graph size
};

struct ComponentsArgs {
  std::vector<EdgeKind> edges;
  std::vector<NodeKind> nodes;
  std::size_t min_size = 1;
  std::size_t top = 0;
};

struct FindArgs {
  std::string text;
  std::vector<NodeKind> nodes;
};

// ---------------------------------------------------------------------------------
// Shared steps

const TableColumn kKindColumn{"KIND", Align::left, Shrink::widest_first, Paint::node_kind};
const TableColumn kEdgeKindColumn{"EDGE", Align::left, Shrink::widest_first, Paint::edge_kind};

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

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::string describe(const NodeView& n) {
  return n.id() + "  (" + std::string(to_string(n.kind())) + ": " + std::string(n.label()) + ")";
}

/// Returns the node `ref` names, or throws CliError(not_found) listing the candidates
/// (ambiguous) or the did-you-mean suggestions (unknown).
NodeId resolve_node(const KnowledgeGraph& kg, const std::string& ref) {
  const Lookup found = lookup_node(kg, ref);
  switch (found.outcome) {
    case LookupOutcome::found:
      return found.vertex;
    case LookupOutcome::ambiguous: {
      std::string message = "\"" + ref + "\" is ambiguous: it names " +
                            std::to_string(found.candidates.size()) +
                            " nodes; give one of their ids:";
      for (NodeId v : found.candidates) message += "\n  " + describe(kg.node(v));
      throw CliError(ExitCode::not_found, message);
    }
    case LookupOutcome::not_found:
      break;
  }
  std::string message = "no node named \"" + ref + "\"";
  if (found.suggestions.empty()) {
    message += " (try: notegraph query find TEXT)";
  } else {
    message += "; did you mean:";
    for (NodeId v : found.suggestions) message += "\n  " + describe(kg.node(v));
  }
  throw CliError(ExitCode::not_found, message);
}

GraphFilter filter_of(const std::vector<EdgeKind>& edges, const std::vector<NodeKind>& nodes) {
  return GraphFilter{edges, nodes};
}

/// The ids of nodes, as a table cell would not show them: for JSON.
std::vector<std::string> ids_of(const KnowledgeGraph& kg, const std::vector<NodeId>& vs) {
  std::vector<std::string> out;
  for (NodeId v : vs) out.push_back(kg.node(v).id());
  return out;
}

void put_query_node(Report& r, const NodeView& node) { r.put("query", node_json(r, node)); }

void put_edges(Report& r, const KnowledgeGraph& kg, const std::vector<EdgeId>& edges) {
  rapidjson::Value list(rapidjson::kArrayType);
  for (EdgeId e : edges) list.PushBack(edge_json(r, kg, e), r.alloc());
  r.put("edges", std::move(list));
  r.edges = edges;
}

/// Puts `items` under "nodes" and makes them the jsonl rows too.
void put_nodes_as_rows(Report& r, rapidjson::Value items) {
  rapidjson::Value rows;
  rows.CopyFrom(items, r.alloc());
  r.rows = std::move(rows);
  r.put("nodes", std::move(items));
}

// ---------------------------------------------------------------------------------
// The queries

ExitCode run_neighbors(const NeighborsArgs& a, const OutputOptions& out, const GlobalOptions& g) {
  Session s(g);
  const KnowledgeGraph& kg = s.graph();
  const NodeId start = resolve_node(kg, a.node);
  const NeighborResult result =
      neighbors(kg, start, NeighborOptions{a.depth, a.direction, filter_of(a.edges, a.nodes)});

  Report r;
  put_query_node(r, kg.node(start));
  rapidjson::Value nodes(rapidjson::kArrayType);
  r.table.columns = {{"DIST", Align::right}, kKindColumn, {"LABEL"}, {"ID"}};
  for (const Reached& hit : result.nodes) {
    const NodeView n = kg.node(hit.vertex);
    rapidjson::Value v = node_json(r, n);
    v.AddMember("distance", hit.distance, r.alloc());
    nodes.PushBack(v, r.alloc());
    r.table.add_row(
        {std::to_string(hit.distance), std::string(to_string(n.kind())), n.label(), n.id()});
    r.nodes.push_back(hit.vertex);
  }
  put_nodes_as_rows(r, std::move(nodes));
  put_edges(r, kg, result.edges);
  return s.finish(r, out);
}

ExitCode run_path(const PathArgs& a, const OutputOptions& out, const GlobalOptions& g) {
  Session s(g);
  const KnowledgeGraph& kg = s.graph();
  const NodeId from = resolve_node(kg, a.from);
  const NodeId to = resolve_node(kg, a.to);
  PathOptions o;
  o.set = a.all_shortest ? PathSet::all_shortest
          : a.max_length ? PathSet::all_simple
                         : PathSet::shortest;
  o.max_length = a.max_length;
  o.orientation = a.undirected ? Orientation::undirected : Orientation::directed;
  o.filter = filter_of(a.edges, a.nodes);
  o.limit = a.limit;
  const PathResult result = find_paths(kg, from, to, o);
  if (result.truncated && !g.quiet)
    std::cerr << "notegraph: stopped after " << result.paths.size()
              << " paths (--limit); there are more\n";

  Report r;
  rapidjson::Value from_to(rapidjson::kObjectType);
  from_to.AddMember("from", node_json(r, kg.node(from)), r.alloc());
  from_to.AddMember("to", node_json(r, kg.node(to)), r.alloc());
  r.put("query", std::move(from_to));

  std::set<NodeId> on_paths;
  rapidjson::Value paths(rapidjson::kArrayType);
  r.table.columns = {{"LEN", Align::right}, {"PATH"}};
  for (const auto& path : result.paths) {
    on_paths.insert(path.begin(), path.end());
    std::vector<std::string> labels;
    for (NodeId v : path) labels.emplace_back(kg.node(v).label());
    const std::vector<std::string> ids = ids_of(kg, path);
    paths.PushBack(string_array(r, ids), r.alloc());
    rapidjson::Value row(rapidjson::kObjectType);
    row.AddMember("length", static_cast<int>(path.size()) - 1, r.alloc());
    row.AddMember("path", string_array(r, ids), r.alloc());
    row.AddMember("labels", string_array(r, labels), r.alloc());
    r.rows.PushBack(row, r.alloc());
    r.table.add_row({std::to_string(path.size() - 1), join(labels, " → ")});
  }
  rapidjson::Value nodes(rapidjson::kArrayType);
  for (NodeId v : on_paths) {
    nodes.PushBack(node_json(r, kg.node(v)), r.alloc());
    r.nodes.push_back(v);
  }
  r.put("nodes", std::move(nodes));
  put_edges(r, kg, result.edges);
  r.put("paths", std::move(paths));
  r.json.AddMember("truncated", result.truncated, r.alloc());
  return s.finish(r, out);
}

/// backlinks and unlinked: the notes whose edges of one kind point at the node, one
/// entry per note (its edges' counts and lines merged).
Report incoming_report(const KnowledgeGraph& kg, NodeId target, const std::vector<EdgeId>& edges) {
  Report r;
  put_query_node(r, kg.node(target));
  struct PerNote {
    int count = 0;
    std::vector<int> lines;
    std::vector<std::string> relations;
    std::vector<int> seconds;
  };
  std::map<NodeId, PerNote> by_note;  // vertex order is id order
  for (EdgeId e : edges) {
    PerNote& p = by_note[kg.edge(e).source()];
    const EdgeView edge = kg.edge(e);
    p.count += edge.count();
    const std::vector<int> lines = edge.lines(), seconds = edge.seconds();
    p.lines.insert(p.lines.end(), lines.begin(), lines.end());
    p.seconds.insert(p.seconds.end(), seconds.begin(), seconds.end());
    if (!edge.relation().empty()) p.relations.emplace_back(edge.relation());
  }
  r.table.columns = {{"NOTE"}, {"COUNT", Align::right}, {"LINES"}, {"RELATION"}, {"ID"}};
  rapidjson::Value nodes(rapidjson::kArrayType);
  for (auto& [v, p] : by_note) {
    std::sort(p.lines.begin(), p.lines.end());
    std::sort(p.seconds.begin(), p.seconds.end());
    p.seconds.erase(std::unique(p.seconds.begin(), p.seconds.end()), p.seconds.end());
    const NodeView n = kg.node(v);
    rapidjson::Value item = node_json(r, n);
    item.AddMember("count", p.count, r.alloc());
    item.AddMember("lines", int_array(r, p.lines), r.alloc());
    item.AddMember("seconds", int_array(r, p.seconds), r.alloc());
    item.AddMember("relations", string_array(r, p.relations), r.alloc());
    nodes.PushBack(item, r.alloc());
    r.table.add_row(
        {n.label(), std::to_string(p.count), join(p.lines, ","), join(p.relations, ","), n.id()});
    r.nodes.push_back(v);
  }
  put_nodes_as_rows(r, std::move(nodes));
  put_edges(r, kg, edges);
  return r;
}

ExitCode run_backlinks(const NodeArg& a, const OutputOptions& out, const GlobalOptions& g) {
  Session s(g);
  const NodeId target = resolve_node(s.graph(), a.node);
  Report r = incoming_report(s.graph(), target, backlinks(s.graph(), target));
  return s.finish(r, out);
}

ExitCode run_unlinked(const NodeArg& a, const OutputOptions& out, const GlobalOptions& g) {
  Session s(g);
  const NodeId target = resolve_node(s.graph(), a.node);
  Report r = incoming_report(s.graph(), target, unlinked_mentions(s.graph(), target));
  return s.finish(r, out);
}

ExitCode run_orphans(const OutputOptions& out, const GlobalOptions& g) {
  Session s(g);
  const KnowledgeGraph& kg = s.graph();
  Report r;
  r.drawing = Drawing::induced;
  r.table.columns = {{"NOTE"}, {"ID"}};
  rapidjson::Value nodes(rapidjson::kArrayType);
  for (NodeId v : orphans(kg)) {
    const NodeView n = kg.node(v);
    rapidjson::Value item = node_json(r, n);
    item.AddMember("path", r.str(n.path()), r.alloc());
    nodes.PushBack(item, r.alloc());
    r.table.add_row({n.label(), n.id()});
    r.nodes.push_back(v);
  }
  put_nodes_as_rows(r, std::move(nodes));
  return s.finish(r, out);
}

ExitCode run_unresolved(const OutputOptions& out, const GlobalOptions& g) {
  Session s(g);
  const KnowledgeGraph& kg = s.graph();
  Report r;
  r.table.columns = {{"TARGET"}, {"NOTES", Align::right}, {"LINKS", Align::right}, {"LINKED FROM"}};
  rapidjson::Value nodes(rapidjson::kArrayType);
  std::vector<EdgeId> all_links;
  for (const Unresolved& u : unresolved(kg)) {
    const NodeView n = kg.node(u.target);
    std::vector<NodeId> sources;
    for (EdgeId e : u.links) {
      sources.push_back(kg.edge(e).source());
      all_links.push_back(e);
    }
    sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
    std::vector<std::string> labels;
    for (NodeId v : sources) labels.emplace_back(kg.node(v).label());
    rapidjson::Value item = node_json(r, n);
    item.AddMember("notes", u.notes, r.alloc());
    item.AddMember("links", u.occurrences, r.alloc());
    item.AddMember("sources", string_array(r, ids_of(kg, sources)), r.alloc());
    nodes.PushBack(item, r.alloc());
    r.table.add_row(
        {n.label(), std::to_string(u.notes), std::to_string(u.occurrences), join(labels, ", ")});
    r.nodes.push_back(u.target);
  }
  put_nodes_as_rows(r, std::move(nodes));
  put_edges(r, kg, all_links);
  return s.finish(r, out);
}

ExitCode run_mentions(const NodeArg& a, const OutputOptions& out, const GlobalOptions& g) {
  Session s(g);
  const KnowledgeGraph& kg = s.graph();
  const NodeId target = resolve_node(kg, a.node);
  const std::vector<Mention> found = mentions(kg, target);

  Report r;
  put_query_node(r, kg.node(target));
  r.table.columns = {
      {"NOTE"}, kEdgeKindColumn, {"LINES"}, {"AT", Align::right}, {"VIDEO", Align::left, Shrink::last}};
  rapidjson::Value nodes(rapidjson::kArrayType);
  std::vector<EdgeId> edges;
  for (const Mention& m : found) {
    const NodeView note = kg.node(m.note);
    const EdgeView edge = kg.edge(m.edge);
    const std::string video = m.video ? video_id(kg.node(*m.video)) : std::string();
    if (r.nodes.empty() || r.nodes.back() != m.note) {
      nodes.PushBack(node_json(r, note), r.alloc());
      r.nodes.push_back(m.note);
    }
    edges.push_back(m.edge);
    std::vector<std::string> urls;
    if (!video.empty()) {
      if (edge.seconds().empty()) urls.push_back(youtube_url(video, std::nullopt));
      for (int second : edge.seconds()) urls.push_back(youtube_url(video, second));
    }
    rapidjson::Value row(rapidjson::kObjectType);
    row.AddMember("note", r.str(note.id()), r.alloc());
    row.AddMember("label", r.str(note.label()), r.alloc());
    row.AddMember("kind", r.str(to_string(edge.kind())), r.alloc());
    row.AddMember("relation", r.str(edge.relation()), r.alloc());
    row.AddMember("count", edge.count(), r.alloc());
    row.AddMember("lines", int_array(r, edge.lines()), r.alloc());
    row.AddMember("sections", string_array(r, edge.sections()), r.alloc());
    row.AddMember("seconds", int_array(r, edge.seconds()), r.alloc());
    row.AddMember("video", video.empty() ? rapidjson::Value() : r.str(video), r.alloc());
    row.AddMember("urls", string_array(r, urls), r.alloc());
    r.rows.PushBack(row, r.alloc());

    // The table has one line per cited second, so each line's link opens the video there.
    std::string kind(to_string(edge.kind()));
    if (!edge.relation().empty()) {
      kind += ':';
      kind += edge.relation();
    }
    const std::string lines = join(edge.lines(), ",");
    if (edge.seconds().empty())
      r.table.add_row({note.label(), kind, lines, "", urls.empty() ? "" : urls.front()});
    for (std::size_t i = 0; i < edge.seconds().size(); ++i)
      r.table.add_row({note.label(), kind, lines, clock(edge.seconds()[i]), urls[i]});
  }
  r.put("nodes", std::move(nodes));
  put_edges(r, kg, edges);
  rapidjson::Value copy;
  copy.CopyFrom(r.rows, r.alloc());
  r.put("mentions", std::move(copy));
  return s.finish(r, out);
}

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

ExitCode run_components(const ComponentsArgs& a, const OutputOptions& out, const GlobalOptions& g) {
  constexpr std::size_t kShownMembers = 5;
  Session s(g);
  const KnowledgeGraph& kg = s.graph();
  std::vector<Component> comps = weak_components(kg, filter_of(a.edges, a.nodes));
  std::erase_if(comps, [&](const Component& c) { return c.members.size() < a.min_size; });
  if (a.top != 0 && comps.size() > a.top) comps.resize(a.top);

  Report r;
  r.drawing = Drawing::induced;
  r.table.columns = {{"#", Align::right}, {"SIZE", Align::right}, {"MEMBERS"}};
  rapidjson::Value nodes(rapidjson::kArrayType);
  rapidjson::Value list(rapidjson::kArrayType);
  std::vector<std::pair<NodeId, int>> membership;
  for (std::size_t i = 0; i < comps.size(); ++i) {
    const int number = static_cast<int>(i) + 1;
    std::vector<std::string> labels;
    for (NodeId v : comps[i].members) {
      membership.emplace_back(v, number);
      if (labels.size() < kShownMembers) labels.emplace_back(kg.node(v).label());
    }
    if (comps[i].members.size() > kShownMembers) labels.push_back("…");
    rapidjson::Value item(rapidjson::kObjectType);
    item.AddMember("component", number, r.alloc());
    item.AddMember("size", static_cast<uint64_t>(comps[i].members.size()), r.alloc());
    item.AddMember("nodes", string_array(r, ids_of(kg, comps[i].members)), r.alloc());
    list.PushBack(item, r.alloc());
    r.table.add_row(
        {std::to_string(number), std::to_string(comps[i].members.size()), join(labels, ", ")});
  }
  std::sort(membership.begin(), membership.end());
  for (const auto& [v, number] : membership) {
    rapidjson::Value item = node_json(r, kg.node(v));
    item.AddMember("component", number, r.alloc());
    nodes.PushBack(item, r.alloc());
    r.nodes.push_back(v);
  }
  r.put("nodes", std::move(nodes));
  r.rows.CopyFrom(list, r.alloc());
  r.put("components", std::move(list));
  return s.finish(r, out);
}

ExitCode run_find(const FindArgs& a, const OutputOptions& out, const GlobalOptions& g) {
  Session s(g);
  const KnowledgeGraph& kg = s.graph();
  Report r;
  r.drawing = Drawing::induced;
  r.table.columns = {kKindColumn, {"LABEL"}, {"MATCHED"}, {"ID"}};
  rapidjson::Value nodes(rapidjson::kArrayType);
  for (const FindHit& hit : find_text(kg, a.text, GraphFilter{{}, a.nodes})) {
    const NodeView n = kg.node(hit.vertex);
    const std::string_view field = name_of(kMatchFieldNames, hit.field);
    rapidjson::Value item = node_json(r, n);
    item.AddMember("matched", r.str(field), r.alloc());
    item.AddMember("text", r.str(hit.matched), r.alloc());
    nodes.PushBack(item, r.alloc());
    r.table.add_row({std::string(to_string(n.kind())), n.label(),
                            hit.field == MatchField::label
                                ? std::string(field)
                                : std::string(field) + ": " + hit.matched,
                            n.id()});
    r.nodes.push_back(hit.vertex);
  }
  put_nodes_as_rows(r, std::move(nodes));
  return s.finish(r, out);
}

// ---------------------------------------------------------------------------------
// Wiring

void add_format(CLI::App* sub, OutputOptions& o) {
  add_enum_option(sub, "--format,-f", o.format, kQueryFormatNames,
                  "Output: table (the default on a terminal), json (the default when piped), "
                  "jsonl (one object per result line), dot or graphml (the answer's subgraph)");
}

void add_edge_filter(CLI::App* sub, std::vector<EdgeKind>& edges, const std::string& what) {
  add_enum_option(sub, "--edge,-e", edges, kEdgeKindNames, what + " (default: all)", "KIND");
}

void add_node_filter(CLI::App* sub, std::vector<NodeKind>& nodes, const std::string& what) {
  add_enum_option(sub, "--node,-n", nodes, kNodeKindNames, what + " (default: all)", "KIND");
}

/// Adds a subcommand whose --help ends with an example.
CLI::App* subcommand(CLI::App* query, const std::string& name, const std::string& description,
                     const std::string& example) {
  CLI::App* sub = query->add_subcommand(name, description);
  sub->footer("Example:\n  " + example);
  return sub;
}

}  // namespace

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
  const GlobalOptions& global = state.global;

  {
    auto a = std::make_shared<NeighborsArgs>();
    auto o = std::make_shared<OutputOptions>();
    auto* sub = subcommand(query, "neighbors",
                           "Nodes within --depth steps of NODE (NODE itself at distance 0) and "
                           "the edges between them",
                           "notegraph query neighbors \"Night train from Vienna to Zurich\" "
                           "--depth 2 --direction out --edge link");
    sub->add_option("NODE", a->node, "The node to start from")->required();
    sub->add_option("--depth,-d", a->depth, "Steps to walk")->check(CLI::NonNegativeNumber);
    add_enum_option(sub, "--direction", a->direction, kDirectionNames,
                    "Follow edges out of nodes, into them, or both ways");
    add_edge_filter(sub, a->edges, "Walk only edges of these kinds (repeatable or a,b)");
    add_node_filter(sub, a->nodes, "Enter only nodes of these kinds (NODE itself always)");
    add_format(sub, *o);
    sub->callback([a, o, &state, &global] { state.exit = run_neighbors(*a, *o, global); });
  }
  {
    auto a = std::make_shared<PathArgs>();
    auto o = std::make_shared<OutputOptions>();
    auto* sub = subcommand(query, "path",
                           "How FROM leads to TO: the shortest path along edge directions (the "
                           "first in id order), every shortest path, or every simple path up "
                           "to --max-length edges",
                           "notegraph query path slow_rails harbour_history --undirected "
                           "--all-shortest");
    sub->add_option("FROM", a->from, "Start node")->required();
    sub->add_option("TO", a->to, "End node")->required();
    sub->add_flag("--all-shortest", a->all_shortest, "Every shortest path, not just one");
    sub->add_option("--max-length", a->max_length,
                    "Every simple path of at most N edges (with --all-shortest: only shortest "
                    "paths of at most N edges)")
        ->check(CLI::NonNegativeNumber);
    sub->add_flag("--undirected,-u", a->undirected, "Walk edges both ways");
    add_edge_filter(sub, a->edges, "Walk only edges of these kinds");
    add_node_filter(sub, a->nodes, "Pass only through nodes of these kinds");
    sub->add_option("--limit", a->limit, "Stop after N paths (0: no limit)");
    add_format(sub, *o);
    sub->callback([a, o, &state, &global] { state.exit = run_path(*a, *o, global); });
  }
  {
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
  {
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
  {
    auto o = std::make_shared<OutputOptions>();
    auto* sub = subcommand(query, "orphans",
                           "Notes with no link in or out. Links to missing notes and to "
                           "attachments count; tags, URLs, mentions and a note's links to "
                           "itself do not",
                           "notegraph query orphans --format jsonl");
    add_format(sub, *o);
    sub->callback([o, &state, &global] { state.exit = run_orphans(*o, global); });
  }
  {
    auto o = std::make_shared<OutputOptions>();
    auto* sub = subcommand(query, "unresolved",
                           "Link targets with no note or file (missing nodes), with the notes "
                           "that link there, most-linked first",
                           "notegraph query unresolved --format json | jq '.nodes[0]'");
    add_format(sub, *o);
    sub->callback([o, &state, &global] { state.exit = run_unresolved(*o, global); });
  }
  {
    auto a = std::make_shared<NodeArg>();
    auto o = std::make_shared<OutputOptions>();
    auto* sub = subcommand(
        query, "mentions",
        "Where notes refer to NODE (links, mentions, tags, URLs, the video a note summarizes): "
        "the note, lines and cited seconds, with a YouTube link at each second when the note "
        "has a video",
        "notegraph query mentions \"Swiss Federal Railways\"");
    sub->add_option("NODE", a->node, "The node referred to")->required();
    add_format(sub, *o);
    sub->callback([a, o, &state, &global] { state.exit = run_mentions(*a, *o, global); });
  }
  {
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
  {
    auto a = std::make_shared<ComponentsArgs>();
    auto o = std::make_shared<OutputOptions>();
    auto* sub = subcommand(query, "components", "Weakly connected components, largest first",
                           "notegraph query components --node note --edge link --min-size 2");
    add_edge_filter(sub, a->edges, "Connect only through edges of these kinds");
    add_node_filter(sub, a->nodes, "Keep only nodes of these kinds");
    sub->add_option("--min-size", a->min_size, "Leave out components smaller than N");
    sub->add_option("--top", a->top, "List at most N components (0: all)");
    add_format(sub, *o);
    sub->callback([a, o, &state, &global] { state.exit = run_components(*a, *o, global); });
  }
  {
    auto a = std::make_shared<FindArgs>();
    auto o = std::make_shared<OutputOptions>();
    auto* sub = subcommand(query, "find",
                           "Nodes whose label, alias, path or id contains TEXT "
                           "(case-insensitive), in id order",
                           "notegraph query find rail --node note");
    sub->add_option("TEXT", a->text, "Text to look for")->required();
    add_node_filter(sub, a->nodes, "Only nodes of these kinds");
    add_format(sub, *o);
    sub->callback([a, o, &state, &global] { state.exit = run_find(*a, *o, global); });
  }
}

}  // namespace notegraph::cli
