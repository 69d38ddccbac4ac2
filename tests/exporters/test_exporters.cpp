// Writers on hand-made graphs: structure, RDF content, hostile text, and golden files
// (tests/exporters/golden/handmade/; UPDATE_GOLDEN=1 rewrites them).
#define BOOST_TEST_MODULE exporters
#include <boost/test/unit_test.hpp>

#include <rapidjson/document.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "notegraph/exporters/csv.hpp"
#include "notegraph/exporters/dot.hpp"
#include "notegraph/exporters/export.hpp"
#include "notegraph/exporters/rdf.hpp"
#include "notegraph/exporters/text.hpp"
#include "sample_graph.hpp"

using namespace notegraph;
using notegraph::testing::hostile_graph;
using notegraph::testing::sample_graph;
namespace fs = std::filesystem;

namespace {

std::string write(ExportFormat format, const KnowledgeGraph& g, ExportOptions options = {}) {
  std::ostringstream out;
  write_export(format, g, out, options);
  return out.str();
}

std::size_t count(const std::string& text, std::string_view what) {
  std::size_t n = 0;
  for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1)) ++n;
  return n;
}

const fs::path kGolden = fs::path(NOTEGRAPH_SOURCE_DIR) / "tests/exporters/golden/handmade";

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Compares `actual` with the golden file, or rewrites it when UPDATE_GOLDEN is set.
void check_golden(const std::string& name, const std::string& actual) {
  const fs::path path = kGolden / name;
  if (const char* update = std::getenv("UPDATE_GOLDEN"); update && std::string(update) == "1") {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  BOOST_REQUIRE_MESSAGE(fs::exists(path), "missing golden " << path << " (run with UPDATE_GOLDEN=1)");
  const std::string expected = read_file(path);
  BOOST_TEST(actual == expected, "output differs from " << path);
}

bool has_statement(const std::vector<Statement>& list, std::string_view s, std::string_view p,
                   std::string_view o) {
  return std::any_of(list.begin(), list.end(), [&](const Statement& st) {
    return st.subject == s && st.predicate == p && st.object.value == o;
  });
}

const std::string kBase(kDefaultBaseIri);
const std::string kSchema(kSchemaIri);
const std::string kNg(kVocabularyIri);

}  // namespace

BOOST_AUTO_TEST_CASE(format_table_round_trips) {
  for (const auto& [f, name] : kExportFormatNames)
    BOOST_TEST((parse_name(kExportFormatNames, name) == f));
  BOOST_TEST((output_shape(ExportFormat::csv) == OutputShape::directory));
  BOOST_TEST((output_shape(ExportFormat::graphml) == OutputShape::stream));
  std::ostringstream out;
  BOOST_CHECK_THROW(write_export(ExportFormat::csv, sample_graph(), out, {}), std::invalid_argument);
}

BOOST_AUTO_TEST_CASE(graphml_has_every_node_edge_and_typed_key) {
  const KnowledgeGraph g = sample_graph();
  const std::string xml = write(ExportFormat::graphml, g);
  BOOST_TEST(count(xml, "<node id=") == g.node_count());
  BOOST_TEST(count(xml, "<edge id=") == g.edge_count());
  BOOST_TEST(count(xml, "<key ") == count(xml, "for=\""));
  BOOST_TEST(count(xml, "<key ") == count(xml, "attr.type=\""));
  BOOST_TEST(xml.find("<data key=\"node_tags\">[&quot;politics&quot;,&quot;politics/peace&quot;]</data>") !=
             std::string::npos);
  BOOST_TEST(xml.find("<data key=\"edge_seconds\">[74,194]</data>") != std::string::npos);
  BOOST_TEST(xml.find("<data key=\"edge_relation\">from</data>") != std::string::npos);
  BOOST_TEST(xml.find("<data key=\"node_entity_type\">person</data>") != std::string::npos);
  BOOST_TEST(xml.find("<data key=\"edge_weight\">3</data>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(gexf_colours_every_node_and_edge) {
  const KnowledgeGraph g = sample_graph();
  const std::string xml = write(ExportFormat::gexf, g);
  BOOST_TEST(count(xml, "<node id=") == g.node_count());
  BOOST_TEST(count(xml, "<edge id=") == g.edge_count());
  BOOST_TEST(count(xml, "<viz:color ") == g.node_count() + g.edge_count());
  BOOST_TEST(xml.find("version=\"1.3\"") != std::string::npos);
  BOOST_TEST(xml.find("kind=\"link:from\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(dot_quotes_everything_and_draws_a_legend) {
  const KnowledgeGraph g = sample_graph();
  const std::string dot = write(ExportFormat::dot, g);
  BOOST_TEST(count(dot, " -> ") == g.edge_count());
  BOOST_TEST(dot.find("\"legend\" [shape=\"plaintext\"") != std::string::npos);
  BOOST_TEST(dot.find("entity: person") != std::string::npos);
  BOOST_TEST(dot.find("subgraph") == std::string::npos);
  ExportOptions folders;
  folders.clusters = DotClusters::folder;
  const std::string clustered = write(ExportFormat::dot, g, folders);
  BOOST_TEST(count(clustered, "subgraph \"cluster_") == 3u);  // channel, channel/img, people
  BOOST_TEST(clustered.find("label=\"img\"") != std::string::npos);
  BOOST_TEST(clustered.find("tooltip=\"channel/img\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(rdf_types_entities_and_cuts_clips_from_seconds) {
  const KnowledgeGraph g = sample_graph();
  const auto st = rdf_statements(g, {});
  BOOST_TEST(std::is_sorted(st.begin(), st.end()));
  BOOST_TEST((std::adjacent_find(st.begin(), st.end()) == st.end()));
  const std::string type(kRdfTypeIri);
  const std::string note = kBase + "note/channel/summary.md";
  const std::string video = kBase + "video/abc123DEF_-";
  const std::string trump = kBase + "entity/person%3Adonald%20trump";
  BOOST_TEST(has_statement(st, note, type, kSchema + "CreativeWork"));
  BOOST_TEST(has_statement(st, kBase + "note/people/ada%20lovelace.md", type, kSchema + "Person"));
  BOOST_TEST(has_statement(st, trump, type, kSchema + "Person"));
  BOOST_TEST(has_statement(st, trump, kSchema + "sameAs", "http://www.wikidata.org/entity/Q22686"));
  BOOST_TEST(has_statement(st, kBase + "entity/place%3Acrimea", type, kSchema + "Place"));
  BOOST_TEST(has_statement(st, trump, kNg + "cooccursWith", kBase + "entity/place%3Acrimea"));
  BOOST_TEST(has_statement(st, kBase + "entity/place%3Acrimea", kNg + "cooccursWith", trump));
  BOOST_TEST(has_statement(st, note, kNg + "rel/from", kBase + "note/channel/channel.md"));
  BOOST_TEST(has_statement(st, note, kNg + "embeds", kBase + "attachment/channel/img/map.png"));
  BOOST_TEST(has_statement(st, kBase + "tag/politics/peace",
                           "http://www.w3.org/2004/02/skos/core#broader", kBase + "tag/politics"));
  BOOST_TEST(has_statement(st, note, kSchema + "isBasedOn", video));
  BOOST_TEST(has_statement(st, video, type, kSchema + "VideoObject"));
  BOOST_TEST(has_statement(st, video, kSchema + "url", "https://www.youtube.com/watch?v=abc123DEF_-"));

  // Seconds of the note's links and mentions are clips of its source video; the url
  // edge's second belongs to the video it points at.
  std::set<int> seconds;
  for (const auto& s : st)
    if (s.predicate == kSchema + "startOffset" && s.subject.rfind(video + "#t=", 0) == 0)
      seconds.insert(std::stoi(s.object.value));
  BOOST_TEST((seconds == std::set<int>{74, 186, 194, 200, 407}));
  BOOST_TEST(has_statement(st, video + "#t=74", kSchema + "url",
                           "https://www.youtube.com/watch?v=abc123DEF_-&t=74s"));
  BOOST_TEST(has_statement(st, video + "#t=74", kSchema + "isPartOf", video));
  BOOST_TEST(has_statement(st, video, kSchema + "hasPart", video + "#t=407"));
  BOOST_TEST(has_statement(st, note, kNg + "citesClip", video + "#t=186"));
  BOOST_TEST(has_statement(st, note, kNg + "citesClip", kBase + "video/zzz#t=30"));
  BOOST_TEST(!has_statement(st, note, kNg + "citesClip", video + "#t=30"));
  BOOST_TEST(has_statement(st, video + "#t=74", kSchema + "name", "The talk (video) @ 1:14"));
}

BOOST_AUTO_TEST_CASE(base_iri_option_is_used) {
  ExportOptions o;
  o.base_iri = "urn:vault:x:";
  const auto st = rdf_statements(sample_graph(), o);
  for (const auto& s : st) BOOST_TEST(s.subject.rfind("urn:vault:x:", 0) == 0);
  // A base with a fragment: clip IRIs must not get a second '#'.
  o.base_iri = "https://ex.org/v#";
  for (const auto& s : rdf_statements(sample_graph(), o)) BOOST_TEST(count(s.subject, "#") == 1u);
}

BOOST_AUTO_TEST_CASE(jsonld_and_nquads_carry_the_same_statements) {
  const KnowledgeGraph g = sample_graph();
  const auto st = rdf_statements(g, {});
  const std::string nq = write(ExportFormat::nquads, g);
  BOOST_TEST(count(nq, "\n") == st.size());
  BOOST_TEST(nq.find("\"74\"^^<http://www.w3.org/2001/XMLSchema#integer>") != std::string::npos);

  const std::string jsonld = write(ExportFormat::jsonld, g);
  rapidjson::Document doc;
  doc.Parse(jsonld.c_str(), jsonld.size());
  BOOST_REQUIRE(!doc.HasParseError());
  BOOST_TEST(doc["@context"]["schema"].GetString() == std::string(kSchemaIri));
  std::set<std::string> subjects;
  for (const auto& s : st) subjects.insert(s.subject);
  BOOST_TEST(doc["@graph"].Size() == subjects.size());
  // Count values: every statement is one value of one key (or one @type entry).
  std::size_t values = 0;
  for (const auto& node : doc["@graph"].GetArray())
    for (const auto& m : node.GetObject()) {
      if (std::string(m.name.GetString()) == "@id") continue;
      values += m.value.IsArray() ? m.value.Size() : 1;
    }
  BOOST_TEST(values == st.size());
}

BOOST_AUTO_TEST_CASE(csv_layout_loads_into_neo4j_and_kuzu) {
  const KnowledgeGraph g = sample_graph();
  const auto files = csv_files(g, {});
  std::vector<std::string> names;
  for (const auto& f : files) names.push_back(f.name);
  BOOST_TEST(std::is_sorted(names.begin(), names.end()));
  BOOST_TEST((std::find(names.begin(), names.end(), "edges_link_note_missing.csv") != names.end()));
  BOOST_TEST((std::find(names.begin(), names.end(), "nodes_entity.csv") != names.end()));
  std::size_t node_rows = 0, edge_rows = 0;
  for (const auto& f : files) {
    if (f.name.rfind("nodes_", 0) == 0) {
      BOOST_TEST(f.content.rfind("id:ID,:LABEL,", 0) == 0);
      node_rows += count(f.content, "\n") - 1;
    }
    if (f.name.rfind("edges_", 0) == 0) {
      BOOST_TEST(f.content.rfind(":START_ID,:END_ID,:TYPE,", 0) == 0);
      edge_rows += count(f.content, "\n") - 1;
    }
  }
  BOOST_TEST(node_rows == g.node_count());
  BOOST_TEST(edge_rows == g.edge_count());
  const auto& script = std::find_if(files.begin(), files.end(), [](const CsvFile& f) {
                         return f.name == "load_kuzu.cypher";
                       })->content;
  BOOST_TEST(script.find("CREATE REL TABLE LINKS_TO(FROM Note TO Note, FROM Note TO Missing, "
                         "FROM Note TO Attachment,") != std::string::npos);
  BOOST_TEST(script.find("COPY LINKS_TO FROM 'edges_link_note_missing.csv' (header=true, "
                         "parallel=false, from='Note', to='Missing');") != std::string::npos);
  BOOST_TEST(script.find("\"Entity;Person\"") == std::string::npos);  // labels are data
  const auto entity = std::find_if(files.begin(), files.end(),
                                   [](const CsvFile& f) { return f.name == "nodes_entity.csv"; });
  BOOST_TEST(entity->content.find("\"Entity;Person\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(hostile_text_stays_valid_in_every_format) {
  const KnowledgeGraph g = hostile_graph();
  for (const auto& [format, name] : kExportFormatNames) {
    if (format == ExportFormat::csv) continue;
    const std::string out = write(format, g);
    BOOST_TEST(valid_utf8(out) == out, name << " is not valid UTF-8");
    for (unsigned char c : out)
      if (c < 0x20 && c != '\n' &&
          !((format == ExportFormat::dot || format == ExportFormat::svg) && c == '\t')) {
        BOOST_ERROR(name << " holds raw control character " << int(c));
        break;
      }
    if (format == ExportFormat::graphml || format == ExportFormat::gexf) {
      BOOST_TEST(out.find("\xEF\xBF\xBE") == std::string::npos, name << " holds U+FFFE");
      BOOST_TEST(out.find("]]>") == std::string::npos);
      BOOST_TEST(out.find("\xE2\x81\xA8isolate\xE2\x81\xA9") != std::string::npos);
    }
  }
  for (const auto& f : csv_files(g, {})) BOOST_TEST(valid_utf8(f.content) == f.content);
  // Every N-Quads IRI is free of the characters N-Quads forbids in IRIs.
  for (const auto& s : rdf_statements(g, {})) {
    for (const auto* iri : {&s.subject, &s.predicate}) {
      BOOST_TEST(iri->find_first_of(" <>\"{}|^`\\\n") == std::string::npos, *iri);
    }
    if (s.object.type == RdfObject::Type::iri)
      BOOST_TEST(s.object.value.find_first_of(" <>\"{}|^`\\\n") == std::string::npos);
  }
}

BOOST_AUTO_TEST_CASE(exports_match_golden_files) {
  ExportOptions folders;
  folders.clusters = DotClusters::folder;
  for (const auto& [graph_name, graph] :
       {std::pair{std::string("sample"), sample_graph()}, std::pair{std::string("hostile"), hostile_graph()}}) {
    check_golden(graph_name + ".graphml", write(ExportFormat::graphml, graph));
    check_golden(graph_name + ".gexf", write(ExportFormat::gexf, graph));
    check_golden(graph_name + ".dot", write(ExportFormat::dot, graph));
    check_golden(graph_name + ".folders.dot", write(ExportFormat::dot, graph, folders));
    check_golden(graph_name + ".jsonld", write(ExportFormat::jsonld, graph));
    check_golden(graph_name + ".nq", write(ExportFormat::nquads, graph));
    for (const auto& f : csv_files(graph, {})) check_golden(graph_name + ".csv/" + f.name, f.content);
  }
}
