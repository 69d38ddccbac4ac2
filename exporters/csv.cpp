#include "notegraph/exporters/csv.hpp"

#include <array>
#include <fstream>
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

// A text field: empty stays empty (Neo4j and Kuzu read it as null); anything else is
// quoted, quotes doubled, newlines kept inside the quotes.
void field(std::string& out, std::string_view text) {
  if (!text.empty()) {
    out += '"';
    for (char c : valid_utf8(text)) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  }
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

std::vector<CsvFile> csv_files(const KnowledgeGraph& kg, const ExportOptions&) {
  std::map<NodeKind, std::string> nodes;  // file name → content, by kind
  std::map<NodeKind, std::string> node_content;
  for (NodeId v : kg.nodes()) {
    const NodeView n = kg.node(v);
    auto [it, fresh] = node_content.try_emplace(n.kind(), std::string(kNodeHeader));
    if (fresh) nodes[n.kind()] = node_file(n.kind());
    std::string& out = it->second;
    field(out, n.id());
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
    if (!n.tags().empty()) field(out, json_list(n.tags()));
    out += ',';
    if (!n.aliases().empty()) field(out, json_list(n.aliases()));
    out += ',';
    field(out, n.url());
    out += ',';
    field(out, n.same_as());
    out += ',';
    if (n.has_properties()) field(out, json_properties(n.properties()));
    out += '\n';
  }

  using EdgeKey = std::tuple<EdgeKind, NodeKind, NodeKind>;
  std::map<EdgeKey, std::string> edges;
  std::map<EdgeKey, std::string> edge_content;
  for (EdgeId e : kg.edges()) {
    const EdgeView ed = kg.edge(e);
    const NodeView from = kg.node(kg.edge(e).source());
    const NodeView to = kg.node(kg.edge(e).target());
    const EdgeKey key{ed.kind(), from.kind(), to.kind()};
    auto [it, fresh] = edge_content.try_emplace(key, std::string(kEdgeHeader));
    if (fresh) edges[key] = edge_file(ed.kind(), from.kind(), to.kind());
    std::string& out = it->second;
    field(out, from.id());
    out += ',';
    field(out, to.id());
    out += ',';
    field(out, name_of(kRelationshipTypes, ed.kind()));
    out += ',';
    field(out, to_string(ed.kind()));
    out += ',';
    field(out, ed.relation());
    out += ',' + std::to_string(ed.count()) + ',' + format_number(edge_weight(ed)) + ',' +
           (ed.embed() ? "true" : "false") + ',';
    if (!ed.lines().empty()) field(out, json_list(ed.lines()));
    out += ',';
    if (!ed.seconds().empty()) field(out, json_list(ed.seconds()));
    out += ',';
    if (!ed.aliases().empty()) field(out, json_list(ed.aliases()));
    out += ',';
    if (!ed.anchors().empty()) field(out, json_list(ed.anchors()));
    out += ',';
    if (!ed.sections().empty()) field(out, json_list(ed.sections()));
    out += '\n';
  }

  std::vector<CsvFile> files;
  for (auto& [kind, content] : node_content) files.push_back({nodes[kind], std::move(content)});
  for (auto& [key, content] : edge_content) files.push_back({edges[key], std::move(content)});
  files.push_back({"load_kuzu.cypher", kuzu_script(nodes, edges)});
  std::sort(files.begin(), files.end(),
            [](const CsvFile& a, const CsvFile& b) { return a.name < b.name; });
  return files;
}

void write_csv_directory(const KnowledgeGraph& graph, const std::filesystem::path& directory,
                         const ExportOptions& options) {
  std::filesystem::create_directories(directory);
  for (const CsvFile& f : csv_files(graph, options)) {
    const auto path = directory / f.name;
    std::ofstream out(path, std::ios::binary);
    out << f.content;
    out.close();
    if (!out) throw std::runtime_error("cannot write " + path.string());
  }
}

}  // namespace notegraph
