#include "notegraph/exporters/csv.hpp"

#include <array>
#include <fstream>
#include <functional>
#include <map>
#include <stdexcept>
#include <tuple>

#include "notegraph/exporters/text.hpp"
#include "notegraph/exporters/values.hpp"

namespace notegraph {
namespace {

// Neo4j labels and relationship types (also the Kuzu table names: distinct even case-
// insensitively, since Kuzu's catalog is).
constexpr std::array<std::pair<NodeKind, std::string_view>, 7> kNodeLabels{{
    {NodeKind::note, "Note"},
    {NodeKind::missing, "Missing"},
    {NodeKind::attachment, "Attachment"},
    {NodeKind::tag, "Tag"},
    {NodeKind::url, "Url"},
    {NodeKind::video, "Video"},
    {NodeKind::entity, "Entity"},
}};

constexpr std::array<std::pair<EdgeKind, std::string_view>, 7> kRelationshipTypes{{
    {EdgeKind::link, "LINKS_TO"},
    {EdgeKind::tag, "TAGGED"},
    {EdgeKind::broader, "BROADER"},
    {EdgeKind::url, "CITES_URL"},
    {EdgeKind::source, "SOURCE"},
    {EdgeKind::mention, "MENTIONS"},
    {EdgeKind::cooccurs, "COOCCURS"},
}};

// Extra labels for the built-in entity types (typed notes get them too).
constexpr std::array<std::pair<EntityType, std::string_view>, 5> kEntityLabels{{
    {EntityType::person, "Person"},
    {EntityType::place, "Place"},
    {EntityType::organization, "Organization"},
    {EntityType::event, "Event"},
    {EntityType::date, "Date"},
}};

constexpr std::string_view kNodeHeader =
    "id:ID,:LABEL,kind,label,path,entity_type,tags,aliases,url,same_as,properties\n";
constexpr std::string_view kEdgeHeader =
    ":START_ID,:END_ID,:TYPE,kind,relation,count:int,weight:double,embed:boolean,lines,"
    "seconds,aliases,anchors,sections\n";

// Kuzu column declarations in the same order as the headers.
constexpr std::string_view kKuzuNodeColumns =
    "id STRING, labels STRING, kind STRING, label STRING, path STRING, entity_type STRING, "
    "tags STRING, aliases STRING, url STRING, same_as STRING, properties STRING, "
    "PRIMARY KEY(id)";
constexpr std::string_view kKuzuEdgeColumns =
    "rel_type STRING, kind STRING, relation STRING, count INT64, weight DOUBLE, "
    "embed BOOLEAN, lines STRING, seconds STRING, aliases STRING, anchors STRING, "
    "sections STRING";

// A text field (text/escape.hpp): empty stays empty (Neo4j and Kuzu read it as null).
void field(std::string& out, std::string_view text) { text::append_csv_field(out, text); }

// A JSON list or object as one text field; `scratch` holds the JSON.
template <typename Items>
void json_field(std::string& out, const Items& items, std::string& scratch) {
  if (items.empty()) return;
  scratch.clear();
  append_json_list(scratch, items);
  field(out, scratch);
}

std::string labels_of(const NodeView& n) {
  std::string labels(name_of(kNodeLabels, n.kind()));
  if (!n.entity_type().empty()) {
    const auto extra = name_of(kEntityLabels, entity_type_of(n.entity_type()));
    if (!extra.empty()) labels += ";" + std::string(extra);
  }
  return labels;
}

std::string node_file(NodeKind k) { return "nodes_" + std::string(to_string(k)) + ".csv"; }

std::string edge_file(EdgeKind e, NodeKind from, NodeKind to) {
  return "edges_" + std::string(to_string(e)) + "_" + std::string(to_string(from)) + "_" +
         std::string(to_string(to)) + ".csv";
}

std::string kuzu_script(const std::map<NodeKind, std::string>& nodes,
                        const std::map<std::tuple<EdgeKind, NodeKind, NodeKind>, std::string>& edges) {
  std::string s =
      "// Loads this folder into Kuzu. Run it from this folder, e.g.\n"
      "//   kuzu graph.kuzu < load_kuzu.cypher\n"
      "// (the Node.js and Python APIs take the same statements one by one).\n";
  for (const auto& [kind, file] : nodes)
    s += "CREATE NODE TABLE " + std::string(name_of(kNodeLabels, kind)) + "(" +
         std::string(kKuzuNodeColumns) + ");\n";
  std::map<EdgeKind, std::vector<std::pair<NodeKind, NodeKind>>> pairs;
  for (const auto& [key, file] : edges)
    pairs[std::get<0>(key)].emplace_back(std::get<1>(key), std::get<2>(key));
  for (const auto& [kind, list] : pairs) {
    s += "CREATE REL TABLE " + std::string(name_of(kRelationshipTypes, kind)) + "(";
    for (const auto& [from, to] : list)
      s += "FROM " + std::string(name_of(kNodeLabels, from)) + " TO " +
           std::string(name_of(kNodeLabels, to)) + ", ";
    s += std::string(kKuzuEdgeColumns) + ");\n";
  }
  for (const auto& [kind, file] : nodes)
    s += "COPY " + std::string(name_of(kNodeLabels, kind)) + " FROM '" + file +
         "' (header=true, parallel=false);\n";
  for (const auto& [key, file] : edges) {
    const auto& [kind, from, to] = key;
    s += "COPY " + std::string(name_of(kRelationshipTypes, kind)) + " FROM '" + file +
         "' (header=true, parallel=false";
    if (pairs[kind].size() > 1)
      s += ", from='" + std::string(name_of(kNodeLabels, from)) + "', to='" +
           std::string(name_of(kNodeLabels, to)) + "'";
    s += ");\n";
  }
  return s;
}

}  // namespace

namespace {

// File contents gather per file and go to `spill(name, bytes)` in pieces of about this
// size, each file's pieces in order.
constexpr std::size_t kSpillBytes = 1 << 20;

using EdgeKey = std::tuple<EdgeKind, NodeKind, NodeKind>;
using Spill = std::function<void(const std::string& name, std::string_view bytes)>;

// One file being written: its name and the rows not yet spilled.
struct PendingFile {
  std::string name;
  std::string rows;
};

void append_node_row(std::string& out, const NodeView& n, std::string& scratch) {
  scratch.clear();
  n.append_id(scratch);
  field(out, scratch);
  out += ',';
  field(out, labels_of(n));
  out += ',';
  field(out, to_string(n.kind()));
  out += ',';
  field(out, n.label());
  out += ',';
  field(out, n.path());
  out += ',';
  field(out, n.entity_type());
  out += ',';
  json_field(out, n.tags(), scratch);
  out += ',';
  json_field(out, n.aliases(), scratch);
  out += ',';
  field(out, n.url());
  out += ',';
  field(out, n.same_as());
  out += ',';
  if (n.has_properties()) {
    scratch.clear();
    append_json_properties(scratch, n.properties());
    field(out, scratch);
  }
  out += '\n';
}

void append_edge_row(std::string& out, const EdgeView& ed, const NodeView& from, const NodeView& to,
                     std::string& scratch) {
  scratch.clear();
  from.append_id(scratch);
  field(out, scratch);
  out += ',';
  scratch.clear();
  to.append_id(scratch);
  field(out, scratch);
  out += ',';
  field(out, name_of(kRelationshipTypes, ed.kind()));
  out += ',';
  field(out, to_string(ed.kind()));
  out += ',';
  field(out, ed.relation());
  out += ',';
  out += std::to_string(ed.count());
  out += ',';
  append_number(out, edge_weight(ed));
  out += ',';
  out += ed.embed() ? "true" : "false";
  out += ',';
  json_field(out, ed.lines(), scratch);
  out += ',';
  json_field(out, ed.seconds(), scratch);
  out += ',';
  json_field(out, ed.aliases(), scratch);
  out += ',';
  json_field(out, ed.anchors(), scratch);
  out += ',';
  json_field(out, ed.sections(), scratch);
  out += '\n';
}

// Writes every file of the export through `spill`, each file's pieces in order, files
// in name order of their first piece's appearance; the Kuzu script last.
void write_csv_files(const KnowledgeGraph& kg, const Spill& spill) {
  std::map<NodeKind, std::string> nodes;  // kind → file name, of the kinds present
  std::map<EdgeKey, std::string> edges;   // (kind, from, to) → file name
  std::string scratch;
  PendingFile pending;
  auto spill_if_full = [&](PendingFile& file) {
    if (file.rows.size() < kSpillBytes) return;
    spill(file.name, file.rows);
    file.rows.clear();
  };
  for (const auto& [kind, kind_name] : kNodeKindNames) {
    const IdRange run = kg.nodes_of(kind);
    if (run.empty()) continue;
    pending.name = node_file(kind);
    pending.rows.assign(kNodeHeader);
    nodes[kind] = pending.name;
    for (NodeId v : run) {
      append_node_row(pending.rows, kg.node(v), scratch);
      spill_if_full(pending);
    }
    spill(pending.name, pending.rows);
  }

  // Edges of one (kind, from, to) are scattered in edge order: one pending file each.
  std::vector<PendingFile> files;
  std::map<EdgeKey, std::size_t> file_of;
  for (EdgeId e : kg.edges()) {
    const EdgeView ed = kg.edge(e);
    const NodeView from = kg.node(ed.source());
    const NodeView to = kg.node(ed.target());
    const EdgeKey key{ed.kind(), from.kind(), to.kind()};
    auto [it, fresh] = file_of.try_emplace(key, files.size());
    if (fresh) {
      files.push_back({edge_file(ed.kind(), from.kind(), to.kind()), std::string(kEdgeHeader)});
      edges[key] = files.back().name;
    }
    PendingFile& file = files[it->second];
    append_edge_row(file.rows, ed, from, to, scratch);
    spill_if_full(file);
  }
  for (const PendingFile& file : files) spill(file.name, file.rows);
  spill("load_kuzu.cypher", kuzu_script(nodes, edges));
}

}  // namespace

std::vector<CsvFile> csv_files(const KnowledgeGraph& kg, const ExportOptions&) {
  std::map<std::string, std::string> contents;
  write_csv_files(kg, [&](const std::string& name, std::string_view bytes) {
    contents[name].append(bytes);
  });
  std::vector<CsvFile> files;
  for (auto& [name, content] : contents) files.push_back({name, std::move(content)});
  return files;
}

void write_csv_directory(const KnowledgeGraph& graph, const std::filesystem::path& directory,
                         const ExportOptions&) {
  std::filesystem::create_directories(directory);
  std::map<std::string, std::ofstream> open;
  write_csv_files(graph, [&](const std::string& name, std::string_view bytes) {
    auto [it, fresh] = open.try_emplace(name);
    if (fresh) it->second.open(directory / name, std::ios::binary | std::ios::trunc);
    it->second.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!it->second) throw std::runtime_error("cannot write " + (directory / name).string());
  });
  for (auto& [name, out] : open) {
    out.close();
    if (!out) throw std::runtime_error("cannot write " + (directory / name).string());
  }
}

}  // namespace notegraph
