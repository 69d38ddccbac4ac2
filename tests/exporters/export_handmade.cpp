// Writes every export of a hand-made graph (sample or hostile, tests/exporters/
// sample_graph.hpp) into a folder, with a stats.json shaped like `notegraph stats
// --format json`, so the consumer tests can feed the real tools text no vault parser
// would let through (control characters and invalid UTF-8 inside ids).
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "notegraph/exporters/csv.hpp"
#include "notegraph/exporters/export.hpp"
#include "notegraph/exporters/text.hpp"
#include "sample_graph.hpp"

using namespace notegraph;
namespace fs = std::filesystem;

namespace {

void write_stats(const KnowledgeGraph& g, std::ostream& out) {
  std::size_t nodes[kNodeKindNames.size()] = {}, edges[kEdgeKindNames.size()] = {};
  for (NodeId v : g.nodes()) ++nodes[static_cast<std::size_t>(g.node(v).kind())];
  for (EdgeId e : g.edges()) ++edges[static_cast<std::size_t>(g.edge(e).kind())];
  out << "{\"nodes\": {\"total\": " << g.node_count() << ", \"by_kind\": {";
  for (std::size_t i = 0; i < kNodeKindNames.size(); ++i)
    out << (i ? ", " : "") << json_quote(kNodeKindNames[i].second) << ": " << nodes[i];
  out << "}}, \"edges\": {\"total\": " << g.edge_count() << ", \"by_kind\": {";
  for (std::size_t i = 0; i < kEdgeKindNames.size(); ++i)
    out << (i ? ", " : "") << json_quote(kEdgeKindNames[i].second) << ": " << edges[i];
  out << "}}}\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3 || (std::string(argv[1]) != "sample" && std::string(argv[1]) != "hostile")) {
    std::cerr << "usage: export_handmade sample|hostile OUTDIR\n";
    return 2;
  }
  const KnowledgeGraph g =
      std::string(argv[1]) == "sample" ? testing::sample_graph() : testing::hostile_graph();
  const fs::path dir = argv[2];
  fs::create_directories(dir);
  const std::pair<ExportFormat, const char*> files[] = {
      {ExportFormat::graphml, "graph.graphml"}, {ExportFormat::gexf, "graph.gexf"},
      {ExportFormat::dot, "graph.dot"},         {ExportFormat::jsonld, "graph.jsonld"},
      {ExportFormat::nquads, "graph.nq"},       {ExportFormat::svg, "graph.svg"},
  };
  for (const auto& [format, name] : files) {
    std::ofstream out(dir / name, std::ios::binary);
    write_export(format, g, out, {});
  }
  ExportOptions folders;
  folders.clusters = DotClusters::folder;
  std::ofstream(dir / "graph.folders.dot", std::ios::binary) << [&] {
    std::ostringstream s;
    write_export(ExportFormat::dot, g, s, folders);
    return s.str();
  }();
  fs::remove_all(dir / "csv");
  write_csv_directory(g, dir / "csv", {});
  std::ofstream stats(dir / "stats.json");
  write_stats(g, stats);
  // The labels every consumer must give back (RDF and CSV exactly; XML with the
  // characters XML 1.0 forbids as U+FFFD).
  std::ofstream labels(dir / "labels.json", std::ios::binary);
  labels << "{";
  for (NodeId v : g.nodes())
    labels << (v ? ",\n" : "\n") << json_quote(g.node(v).id()) << ": " << json_quote(g.node(v).label());
  labels << "\n}\n";
  return 0;
}
