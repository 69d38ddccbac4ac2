// notegraph stats [--format table|json]: what the vault holds (SPEC 5).
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <array>
#include <chrono>
#include <iomanip>
#include <iostream>
#include <memory>
#include <optional>

#include "commands.hpp"

namespace notegraph::cli {
namespace {

enum class StatsFormat { table, json };
inline constexpr std::array<std::pair<StatsFormat, std::string_view>, 2> kStatsFormatNames{{
    {StatsFormat::table, "table"},
    {StatsFormat::json, "json"},
}};

struct StatsOptions {
  std::optional<StatsFormat> format;  ///< unset: table on a terminal, else JSON
};

struct Summary {
  std::string vault;
  LoadStats load;
  std::size_t nodes = 0;
  std::size_t edges = 0;
  std::array<std::size_t, kNodeKindNames.size()> nodes_by_kind{};
  std::array<std::size_t, kEdgeKindNames.size()> edges_by_kind{};
  std::size_t warnings = 0;
};

Summary summarize(const GlobalOptions& global, const LoadResult& loaded) {
  Summary s;
  s.vault = global.vault;
  s.load = loaded.stats;
  const KnowledgeGraph& g = loaded.graph;
  s.nodes = g.node_count();
  s.edges = g.edge_count();
  for (NodeId v : g.nodes()) ++s.nodes_by_kind[static_cast<std::size_t>(g.node(v).kind())];
  for (EdgeId e : g.edges()) ++s.edges_by_kind[static_cast<std::size_t>(g.edge(e).kind())];
  s.warnings = loaded.diagnostics.size();
  return s;
}

void write_table(const Summary& s, std::ostream& out) {
  auto row = [&](std::string_view label, std::size_t value, int indent = 0) {
    out << std::string(indent, ' ') << std::left << std::setw(16 - indent) << label << std::right
        << std::setw(10) << value << '\n';
  };
  out << std::left << std::setw(16) << "vault" << s.vault << '\n';
  row("notes", s.load.notes);
  row("attachments", s.load.attachments);
  row("links", s.load.links);
  row("resolved", s.load.resolved_links, 2);
  row("unresolved", s.load.unresolved_links, 2);
  row("warnings", s.warnings);
  row("nodes", s.nodes);
  for (const auto& [kind, name] : kNodeKindNames)
    row(name, s.nodes_by_kind[static_cast<std::size_t>(kind)], 2);
  row("edges", s.edges);
  for (const auto& [kind, name] : kEdgeKindNames)
    row(name, s.edges_by_kind[static_cast<std::size_t>(kind)], 2);
}

void write_json(const Summary& s, std::ostream& out) {
  rapidjson::OStreamWrapper stream(out);
  rapidjson::PrettyWriter<rapidjson::OStreamWrapper> w(stream);
  w.SetIndent(' ', 2);
  auto key = [&](std::string_view k) { w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size())); };
  auto number = [&](std::string_view k, std::size_t v) {
    key(k);
    w.Uint64(v);
  };
  w.StartObject();
  key("vault");
  w.String(s.vault.data(), static_cast<rapidjson::SizeType>(s.vault.size()));
  number("notes", s.load.notes);
  number("attachments", s.load.attachments);
  key("links");
  w.StartObject();
  number("total", s.load.links);
  number("resolved", s.load.resolved_links);
  number("unresolved", s.load.unresolved_links);
  w.EndObject();
  number("warnings", s.warnings);
  key("nodes");
  w.StartObject();
  number("total", s.nodes);
  key("by_kind");
  w.StartObject();
  for (const auto& [kind, name] : kNodeKindNames)
    number(name, s.nodes_by_kind[static_cast<std::size_t>(kind)]);
  w.EndObject();
  w.EndObject();
  key("edges");
  w.StartObject();
  number("total", s.edges);
  key("by_kind");
  w.StartObject();
  for (const auto& [kind, name] : kEdgeKindNames)
    number(name, s.edges_by_kind[static_cast<std::size_t>(kind)]);
  w.EndObject();
  w.EndObject();
  w.EndObject();
  out << '\n';
}

ExitCode run_stats(const StatsOptions& options, const GlobalOptions& global) {
  const auto start = std::chrono::steady_clock::now();
  LoadResult loaded = load_graph(global);
  if (global.verbose) {
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - start);
    std::cerr << "notegraph: loaded " << loaded.stats.notes << " notes (" << loaded.index.parsed
              << " parsed) in " << ms.count() << " ms\n";
  }
  const Summary summary = summarize(global, loaded);
  const StatsFormat format =
      options.format.value_or(stdout_is_terminal() ? StatsFormat::table : StatsFormat::json);
  switch (format) {
    case StatsFormat::table:
      write_table(summary, std::cout);
      break;
    case StatsFormat::json:
      write_json(summary, std::cout);
      break;
  }
  std::cout.flush();
  if (!std::cout) throw CliError(ExitCode::failed, "cannot write to standard output");
  return with_strict(global, loaded, ExitCode::ok);
}

}  // namespace

void setup_stats(CLI::App& app, RunState& state) {
  auto options = std::make_shared<StatsOptions>();
  CLI::App* sub = app.add_subcommand(
      "stats", "Count notes, nodes and edges per kind, resolved and unresolved links, warnings");
  add_enum_option(sub, "--format,-f", options->format, kStatsFormatNames,
                  "Output: table (the default on a terminal) or json (the default when piped)");
  sub->callback([options, &state] { state.exit = run_stats(*options, state.global); });
}

}  // namespace notegraph::cli
