// notegraph export --format graphml|dot|jsonld|gexf|nquads|csv|svg|html [-o PATH] [filters]
// (SPEC 5 and 6): select the part of the graph, write it in one format, atomically.
// Several formats (`--format graphml,gexf`) load the vault once and write graph.<ext>
// files (and csv/) into the -o folder.
#include <unistd.h>

#include <cerrno>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "commands.hpp"
#include "notegraph/exporters/csv.hpp"
#include "notegraph/exporters/export.hpp"
#include "notegraph/exporters/rdf.hpp"
#include "notegraph/exporters/selection.hpp"
#include "notegraph/query/lookup.hpp"
#include "notegraph/query/neighbors.hpp"
#include "notegraph/query/rank.hpp"

namespace notegraph::cli {
namespace {

namespace fs = std::filesystem;

struct ExportCommandOptions {
  std::vector<ExportFormat> formats;
  std::string output;  ///< empty: standard output
  std::vector<NodeKind> node_kinds;
  std::vector<std::string> tags;
  std::vector<std::string> folders;
  std::string around;
  int depth = 1;
  int min_degree = 0;
  DotClusters clusters = DotClusters::none;
  LayoutEngine layout = LayoutEngine::automatic;
  std::string base = std::string(kDefaultBaseIri);
};

std::string describe(const NodeView& n) {
  return n.id() + "  (" + std::string(to_string(n.kind())) + ": " + std::string(n.label()) + ")";
}

/// Returns the node `ref` names, or throws CliError(not_found) listing the candidates
/// (ambiguous) or the did-you-mean suggestions (unknown), as `query` does.
NodeId resolve_node(const KnowledgeGraph& kg, const std::string& ref) {
  const Lookup found = lookup_node(kg, ref);
  if (found.outcome == LookupOutcome::found) return found.vertex;
  std::string message;
  if (found.outcome == LookupOutcome::ambiguous) {
    message = "--around \"" + ref + "\" is ambiguous: it names " +
              std::to_string(found.candidates.size()) + " nodes; give one of their ids:";
    for (NodeId v : found.candidates) message += "\n  " + describe(kg.node(v));
  } else {
    message = "--around: no node named \"" + ref + "\"";
    if (found.suggestions.empty()) message += " (try: notegraph query find TEXT)";
    else message += "; did you mean:";
    for (NodeId v : found.suggestions) message += "\n  " + describe(kg.node(v));
  }
  throw CliError(ExitCode::not_found, message);
}

/// The vault folder's name, as a person calls the vault ("." gives the current folder's).
std::string vault_title(const std::string& vault) {
  std::error_code ec;
  fs::path path = fs::weakly_canonical(fs::absolute(vault, ec), ec);
  if (path.has_filename() && !path.filename().empty()) return path.filename().string();
  path = path.parent_path();
  return path.filename().empty() ? vault : path.filename().string();
}

/// Whether `base` can prefix node IRIs in every RDF syntax: an absolute IRI (scheme:)
/// without spaces, controls or the characters N-Quads forbids inside <…>.
bool valid_base_iri(const std::string& base) {
  const auto colon = base.find(':');
  if (colon == std::string::npos || colon == 0) return false;
  for (std::size_t i = 0; i < colon; ++i) {
    const char c = base[i];
    const bool ok = std::isalpha(static_cast<unsigned char>(c)) ||
                    (i > 0 && (std::isdigit(static_cast<unsigned char>(c)) || c == '+' ||
                               c == '-' || c == '.'));
    if (!ok) return false;
  }
  for (unsigned char c : base)
    if (c <= 0x20 || c == 0x7F || std::string_view("<>\"{}|^`\\").find(static_cast<char>(c)) !=
                                      std::string_view::npos)
      return false;
  return std::count(base.begin(), base.end(), '#') <= 1;
}

/// A temporary sibling of `target` (same folder, so rename is atomic).
fs::path temporary_sibling(const fs::path& target) {
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  return dir / ("." + target.filename().string() + ".notegraph-tmp-" + std::to_string(::getpid()));
}

void write_stream_atomically(const fs::path& target, ExportFormat format, const KnowledgeGraph& g,
                             const ExportOptions& options) {
  if (fs::is_directory(target))
    throw CliError(ExitCode::failed, "cannot write " + target.string() + ": it is a directory");
  // A failure names the file asked for and the system's reason, not the temporary file.
  auto failed = [&](int error) {
    return CliError(ExitCode::failed, "cannot write " + target.string() + ": " +
                                          std::generic_category().message(error));
  };
  std::error_code status_error;
  const fs::file_status existing = fs::status(target, status_error);
  if (fs::exists(existing) && !fs::is_regular_file(existing)) {
    // A FIFO, a device (/dev/null, /dev/stdout) or a socket is written into, never
    // replaced by a regular file: renaming over it would destroy it.
    errno = 0;
    std::ofstream out(target, std::ios::binary);
    if (!out) throw failed(errno ? errno : EIO);
    write_export(format, g, out, options);
    out.flush();
    if (!out) throw failed(errno ? errno : EIO);
    return;
  }
  const fs::path tmp = temporary_sibling(target);
  try {
    {
      errno = 0;
      std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
      if (!out) throw failed(errno ? errno : EIO);
      write_export(format, g, out, options);
      out.flush();
      if (!out) throw failed(errno ? errno : EIO);
      out.close();
      if (!out) throw failed(errno ? errno : EIO);
    }
    std::error_code ec;
    // A file replaced keeps its permissions (a 0600 export stays private).
    if (fs::is_regular_file(existing)) fs::permissions(tmp, existing.permissions(), ec);
    ec.clear();
    fs::rename(tmp, target, ec);
    if (ec) throw failed(ec.value());
  } catch (...) {
    std::error_code ignored;
    fs::remove(tmp, ignored);
    throw;
  }
}

// A directory cannot replace another by one rename; the old one is moved aside first
// and removed only once the new one is in place.
void write_directory_atomically(const fs::path& target, const KnowledgeGraph& g,
                                const ExportOptions& options) {
  if (fs::exists(target) && !fs::is_directory(target))
    throw CliError(ExitCode::failed, "-o " + target.string() + " exists and is not a directory");
  const fs::path tmp = temporary_sibling(target);
  const fs::path old = tmp.string() + "-old";
  std::error_code ignored;
  try {
    fs::remove_all(tmp, ignored);
    write_csv_directory(g, tmp, options);
    if (fs::exists(target)) fs::rename(target, old);
    fs::rename(tmp, target);
    fs::remove_all(old, ignored);
  } catch (const std::exception& e) {
    fs::remove_all(tmp, ignored);
    if (fs::exists(old) && !fs::exists(target)) fs::rename(old, target, ignored);
    std::string reason = e.what();
    if (const auto* fe = dynamic_cast<const fs::filesystem_error*>(&e)) reason = fe->code().message();
    throw CliError(ExitCode::failed, "cannot write " + target.string() + ": " + reason);
  }
}

ExitCode run_export(const ExportCommandOptions& o, const GlobalOptions& global) {
  if (!valid_base_iri(o.base))
    throw CliError(ExitCode::usage, "--base \"" + o.base +
                                        "\" is not an absolute IRI (e.g. https://example.org/vault/)");
  std::vector<ExportFormat> formats = o.formats;
  std::sort(formats.begin(), formats.end());
  formats.erase(std::unique(formats.begin(), formats.end()), formats.end());
  if (formats.size() > 1 && (o.output.empty() || o.output == "-"))
    throw CliError(ExitCode::usage, "several formats write a folder: give it with -o DIR");
  if (formats.size() == 1 && output_shape(formats[0]) == OutputShape::directory &&
      (o.output.empty() || o.output == "-"))
    throw CliError(ExitCode::usage, "--format csv writes a directory: give it with -o DIR");
  if (formats.size() > 1 && fs::exists(o.output) && !fs::is_directory(o.output))
    throw CliError(ExitCode::usage, "-o " + o.output + " must be a folder for several formats");

  const auto start = std::chrono::steady_clock::now();
  LoadResult loaded = load_graph(global);
  const auto loaded_at = std::chrono::steady_clock::now();

  Selection selection;
  selection.node_kinds = o.node_kinds;
  selection.tags = o.tags;
  selection.folders = o.folders;
  selection.min_degree = o.min_degree;
  if (!o.around.empty()) {
    const NodeId center = resolve_node(loaded.graph, o.around);
    NeighborOptions around;
    around.depth = o.depth;
    around.direction = Direction::both;
    std::vector<NodeId> ball;
    for (const Reached& r : neighbors(loaded.graph, center, around).nodes) ball.push_back(r.vertex);
    selection.within = std::move(ball);
  }
  std::optional<KnowledgeGraph> selected;
  if (!selection.keeps_all()) selected = select(loaded.graph, selection);
  const KnowledgeGraph& graph = selected ? *selected : loaded.graph;

  ExportOptions options;
  options.base_iri = o.base;
  options.clusters = o.clusters;
  options.layout = o.layout;
  if (std::find(formats.begin(), formats.end(), ExportFormat::html) != formats.end()) {
    // The page titles itself by the vault folder and can size nodes by PageRank, the
    // scores `query rank --by pagerank` gives (exporters see only the model).
    options.title = "notegraph: " + vault_title(global.vault);
    options.pagerank = pagerank_scores(graph, GraphFilter{});
  }
  auto write_one = [&](ExportFormat format, const fs::path& target) {
    if (output_shape(format) == OutputShape::directory)
      write_directory_atomically(target, graph, options);
    else
      write_stream_atomically(target, format, graph, options);
  };
  if (formats.size() > 1) {
    std::error_code ec;
    fs::create_directories(o.output, ec);
    if (ec) throw CliError(ExitCode::failed, "cannot create " + o.output + ": " + ec.message());
    for (ExportFormat f : formats) write_one(f, fs::path(o.output) / output_name(f));
  } else if (o.output.empty() || o.output == "-") {
    write_export(formats[0], graph, std::cout, options);
    std::cout.flush();
    if (!std::cout) throw CliError(ExitCode::failed, "cannot write to standard output");
  } else {
    write_one(formats[0], o.output);
  }
  if (global.verbose) {
    using std::chrono::duration_cast;
    using std::chrono::milliseconds;
    std::cerr << "notegraph: exported " << graph.node_count() << " nodes and "
              << graph.edge_count() << " edges; load "
              << duration_cast<milliseconds>(loaded_at - start).count() << " ms, export "
              << duration_cast<milliseconds>(std::chrono::steady_clock::now() - loaded_at).count()
              << " ms\n";
  }
  return with_strict(global, loaded, ExitCode::ok);
}

}  // namespace

void setup_export(CLI::App& app, RunState& state) {
  auto o = std::make_shared<ExportCommandOptions>();
  CLI::App* sub = app.add_subcommand(
      "export", "Write the graph (or a part of it) for Gephi, Graphviz, RDF stores, Neo4j or Kuzu");
  add_enum_option(sub, "--format,-f", o->formats, kExportFormatNames,
                  "graphml, dot, jsonld, gexf, nquads, csv (a folder for Neo4j and Kuzu), svg "
                  "(a Graphviz picture) or html (an interactive page that works offline); "
                  "several (comma list) write graph.<ext> files and csv/ into the -o folder",
                  "FORMAT")
      ->required();
  sub->add_option("--output,-o", o->output,
                  "Write to this file (csv: this directory), atomically; default: standard output")
      ->type_name("PATH");
  add_enum_option(sub, "--node,-n", o->node_kinds, kNodeKindNames,
                  "Keep only nodes of these kinds (repeatable or a,b; default: all)", "KIND");
  sub->add_option("--tag", o->tags,
                  "Keep only notes tagged T (or T/…), and the nodes they link to (repeatable)")
      ->type_name("T")
      ->default_str("");
  sub->add_option("--folder", o->folders,
                  "Keep only notes under folder F, and the nodes they link to (repeatable)")
      ->type_name("F")
      ->default_str("");
  auto* around = sub->add_option("--around", o->around,
                                 "Keep only nodes within --depth steps of NODE (id, title, alias, "
                                 "path or entity name; exit 3 when unknown or ambiguous)")
                     ->type_name("NODE");
  sub->add_option("--depth", o->depth, "Steps from the --around node")
      ->check(CLI::NonNegativeNumber)
      ->needs(around);
  sub->add_option("--min-degree", o->min_degree,
                  "Drop nodes with fewer than N edges in the selected part")
      ->type_name("N")
      ->check(CLI::NonNegativeNumber);
  add_enum_option(sub, "--cluster", o->clusters, kDotClusterNames,
                  "DOT: group notes into clusters by folder");
  add_enum_option(sub, "--layout", o->layout, kLayoutEngineNames,
                  "SVG: Graphviz engine; auto is dot up to " + std::to_string(kDotMaxNodes) +
                      " nodes and " + std::to_string(kDotMaxEdges) + " edges, sfdp beyond");
  sub->add_option("--base", o->base, "JSON-LD/N-Quads: IRI that node IRIs start with")
      ->type_name("IRI");
  sub->footer(
      "Examples:\n"
      "  notegraph export --format graphml -o vault.graphml          # Gephi, networkx, yEd\n"
      "  notegraph export --format html -o graph.html                # open in a browser\n"
      "  notegraph export --format svg --around \"Zürich\" --depth 2 -o zurich.svg\n"
      "  notegraph export --format csv -o csv/                       # Neo4j and Kuzu\n"
      "  notegraph export --format graphml,gexf,jsonld -o out/        # several at once\n"
      "  notegraph export --format dot --tag travel | dot -Tpng > travel.png");
  sub->callback([o, &state] { state.exit = run_export(*o, state.global); });
}

}  // namespace notegraph::cli
