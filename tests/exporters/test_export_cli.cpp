// `notegraph export` end to end: golden files per format for seeds/ and examples/vault
// (tests/exporters/golden/<vault>/; UPDATE_GOLDEN=1 rewrites them — read the diff),
// filters, exit codes and atomic -o.
#define BOOST_TEST_MODULE export_cli
#include <sys/stat.h>
#include <sys/wait.h>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
namespace bdata = boost::unit_test::data;

namespace {

const fs::path kSource = NOTEGRAPH_SOURCE_DIR;
const fs::path kGolden = kSource / "tests/exporters/golden";

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

struct Scratch {
  fs::path path;
  Scratch() {
    std::random_device rd;
    path = fs::temp_directory_path() / ("notegraph-export-" + std::to_string(rd()));
    fs::create_directories(path);
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

struct Run {
  int exit = -1;
  std::string out, err;
};

// Runs `notegraph ARGS` (ARGS already quoted for sh).
Run notegraph(const std::string& args) {
  const char* bin = std::getenv("NOTEGRAPH_BIN");
  BOOST_REQUIRE_MESSAGE(bin, "NOTEGRAPH_BIN is not set (run through ctest)");
  Scratch s;
  const std::string cmd = quote(bin) + " " + args + " >" + quote((s.path / "out").string()) +
                          " 2>" + quote((s.path / "err").string()) + " </dev/null";
  const int status = std::system(cmd.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(s.path / "out"),
          slurp(s.path / "err")};
}

bool update_golden() {
  const char* u = std::getenv("UPDATE_GOLDEN");
  return u && std::string(u) == "1";
}

void check_golden(const fs::path& golden, const std::string& actual) {
  if (update_golden()) {
    fs::create_directories(golden.parent_path());
    std::ofstream(golden, std::ios::binary) << actual;
    return;
  }
  BOOST_REQUIRE_MESSAGE(fs::exists(golden), "missing " << golden << " (UPDATE_GOLDEN=1)");
  BOOST_TEST(actual == slurp(golden), "differs from " << golden);
}

struct Vault {
  const char* name;     // golden folder
  const char* path;     // under the source tree
  const char* options;  // global options
};
std::ostream& operator<<(std::ostream& os, const Vault& v) { return os << v.name; }

// Entity extraction is limited so that the goldens change with the exporters, not with
// every improvement of the rule-based extractors (the hand-made goldens cover entities).
const Vault kVaults[] = {
    {"seeds", "seeds", "--no-cache --quiet --extract none"},
    {"examples", "examples/vault", "--no-cache --quiet --extract typed-notes,vault"},
};

std::string base(const Vault& v) {
  return "--vault " + quote((kSource / v.path).string()) + " " + v.options;
}

}  // namespace

BOOST_DATA_TEST_CASE(every_format_matches_its_golden_file, bdata::make(kVaults), vault) {
  const std::pair<const char*, const char*> formats[] = {
      {"graphml", "graph.graphml"}, {"gexf", "graph.gexf"},   {"dot", "graph.dot"},
      {"jsonld", "graph.jsonld"},   {"nquads", "graph.nq"},
  };
  for (const auto& [format, file] : formats) {
    const Run r = notegraph(base(vault) + " export --format " + format);
    BOOST_TEST_REQUIRE(r.exit == 0, format << ": " << r.err);
    check_golden(kGolden / vault.name / file, r.out);
    // Same vault, same bytes.
    BOOST_TEST(notegraph(base(vault) + " export --format " + format).out == r.out);
  }
  const Run clustered = notegraph(base(vault) + " export --format dot --cluster folder");
  BOOST_TEST_REQUIRE(clustered.exit == 0);
  check_golden(kGolden / vault.name / "graph.folders.dot", clustered.out);

  Scratch s;
  const Run csv = notegraph(base(vault) + " export --format csv -o " + quote((s.path / "csv").string()));
  BOOST_TEST_REQUIRE(csv.exit == 0, csv.err);
  std::set<std::string> written;
  for (const auto& entry : fs::directory_iterator(s.path / "csv")) {
    written.insert(entry.path().filename().string());
    check_golden(kGolden / vault.name / "csv" / entry.path().filename(), slurp(entry.path()));
  }
  if (!update_golden())
    for (const auto& entry : fs::directory_iterator(kGolden / vault.name / "csv"))
      BOOST_TEST(written.count(entry.path().filename().string()) == 1u,
                 "no longer written: " << entry.path());
}

BOOST_AUTO_TEST_CASE(output_file_is_replaced_atomically) {
  Scratch s;
  const fs::path target = s.path / "graph.graphml";
  std::ofstream(target) << "old";
  const Run r = notegraph(base(kVaults[0]) + " export --format graphml -o " + quote(target.string()));
  BOOST_TEST_REQUIRE(r.exit == 0, r.err);
  BOOST_TEST(r.out.empty());
  BOOST_TEST(slurp(target).rfind("<?xml", 0) == 0u);
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(s.path)) ++files;
  BOOST_TEST(files == 1u);  // no temporary left behind

  // A CSV directory replaces an older one whole.
  const fs::path dir = s.path / "csv";
  fs::create_directories(dir);
  std::ofstream(dir / "stale.csv") << "x";
  const Run csv = notegraph(base(kVaults[0]) + " export --format csv -o " + quote(dir.string()));
  BOOST_TEST_REQUIRE(csv.exit == 0, csv.err);
  BOOST_TEST(!fs::exists(dir / "stale.csv"));
  BOOST_TEST(fs::exists(dir / "nodes_note.csv"));
  BOOST_TEST(fs::exists(dir / "load_kuzu.cypher"));
  files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(s.path)) ++files;
  BOOST_TEST(files == 2u);
}

BOOST_AUTO_TEST_CASE(output_into_a_fifo_is_written_not_replaced) {
  Scratch s;
  const fs::path fifo = s.path / "graph.fifo";
  BOOST_TEST_REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const fs::path copy = s.path / "copy.graphml";
  // A reader in the background, as `-o >(…)` or a named pipe would have.
  BOOST_TEST_REQUIRE(std::system(("cat " + quote(fifo.string()) + " >" + quote(copy.string()) +
                                  " &").c_str()) == 0);
  const Run r = notegraph(base(kVaults[0]) + " export --format graphml -o " + quote(fifo.string()));
  BOOST_TEST_REQUIRE(r.exit == 0, r.err);
  BOOST_TEST(fs::is_fifo(fs::symlink_status(fifo)));  // still the FIFO, not a regular file
  for (int i = 0; i < 100 && slurp(copy).find("</graphml>") == std::string::npos; ++i)
    std::system("sleep 0.05");
  BOOST_TEST(slurp(copy).rfind("<?xml", 0) == 0u);
  BOOST_TEST(slurp(copy).find("</graphml>") != std::string::npos);
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(s.path)) ++files;
  BOOST_TEST(files == 2u);  // the FIFO and the reader's copy: no temporary left behind
}

BOOST_AUTO_TEST_CASE(a_replaced_file_keeps_its_permissions) {
  Scratch s;
  const fs::path target = s.path / "private.graphml";
  std::ofstream(target) << "old";
  fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write);
  const Run r = notegraph(base(kVaults[0]) + " export --format graphml -o " + quote(target.string()));
  BOOST_TEST_REQUIRE(r.exit == 0, r.err);
  BOOST_TEST(slurp(target).rfind("<?xml", 0) == 0u);
  const auto mode = static_cast<unsigned>(fs::status(target).permissions() & fs::perms::all);
  BOOST_TEST(mode == 0600u);
}

BOOST_AUTO_TEST_CASE(failures_exit_with_the_documented_codes) {
  const Run no_dir = notegraph(base(kVaults[0]) + " export --format csv");
  BOOST_TEST(no_dir.exit == 2);
  BOOST_TEST(no_dir.err.find("-o DIR") != std::string::npos);
  BOOST_TEST(notegraph(base(kVaults[0]) + " export --format pdf").exit == 2);
  BOOST_TEST(notegraph(base(kVaults[0]) + " export --format graphml --node planet").exit == 2);
  BOOST_TEST(notegraph(base(kVaults[0]) + " export --format jsonld --base 'not an iri'").exit == 2);
  BOOST_TEST(notegraph(base(kVaults[0]) + " export --format graphml --depth 2").exit == 2);

  const Run unknown = notegraph(base(kVaults[1]) + " export --format dot --around 'Zurick'");
  BOOST_TEST(unknown.exit == 3);
  BOOST_TEST(unknown.err.find("did you mean") != std::string::npos, unknown.err);
  const Run ambiguous = notegraph(base(kVaults[1]) + " export --format dot --around Log");
  BOOST_TEST(ambiguous.exit == 3);
  BOOST_TEST(ambiguous.err.find("trips/Log.md") != std::string::npos, ambiguous.err);
  BOOST_TEST(ambiguous.err.find("reading/Log.md") != std::string::npos, ambiguous.err);

  Scratch s;
  const Run unwritable = notegraph(base(kVaults[0]) + " export --format nquads -o " +
                                   quote((s.path / "no/such/dir/x.nq").string()));
  BOOST_TEST(unwritable.exit == 1);
}

namespace {

// Node ids of a GraphML export, in order.
std::vector<std::string> node_ids(const std::string& graphml) {
  std::vector<std::string> ids;
  const std::string open = "<node id=\"";
  for (auto pos = graphml.find(open); pos != std::string::npos; pos = graphml.find(open, pos + 1)) {
    const auto start = pos + open.size();
    ids.push_back(graphml.substr(start, graphml.find('"', start) - start));
  }
  return ids;
}

bool all_start_with(const std::vector<std::string>& ids, const std::vector<std::string>& prefixes) {
  for (const auto& id : ids) {
    bool ok = false;
    for (const auto& p : prefixes) ok = ok || id.rfind(p, 0) == 0;
    if (!ok) return false;
  }
  return true;
}

}  // namespace

BOOST_AUTO_TEST_CASE(filters_select_the_part_asked_for) {
  const std::string b = base(kVaults[1]) + " export --format graphml";
  const auto all = node_ids(notegraph(b).out);

  const auto notes = node_ids(notegraph(b + " --node note missing").out);
  BOOST_TEST(!notes.empty());
  BOOST_TEST(notes.size() < all.size());
  BOOST_TEST(all_start_with(notes, {"note:", "missing:"}));

  // --folder: notes under the folder and what they point to, nothing else.
  const auto rails = node_ids(notegraph(b + " --folder channels/slow_rails").out);
  std::size_t rail_notes = 0;
  for (const auto& id : rails) {
    if (id.rfind("note:", 0) == 0) {
      ++rail_notes;
      BOOST_TEST(id.rfind("note:channels/slow_rails/", 0) == 0u, id);
    }
  }
  BOOST_TEST(rail_notes == 4u);
  BOOST_TEST(std::count(rails.begin(), rails.end(), "video:Vn7tR4kZq2M") == 1);

  // --tag: case-insensitive, sub-tags included (#travel/rail/night is below travel).
  const auto travel = node_ids(notegraph(b + " --tag Travel --node note").out);
  BOOST_TEST(std::count(travel.begin(), travel.end(), "note:trips/2023 Alps by rail.md") == 1);
  BOOST_TEST(std::count(travel.begin(), travel.end(), "note:Home.md") == 0);

  // --around: the ball of radius 1, both directions.
  const auto around = node_ids(notegraph(b + " --around Zürich --depth 1").out);
  BOOST_TEST(std::count(around.begin(), around.end(), "note:places/Zürich.md") == 1);
  BOOST_TEST(std::count(around.begin(), around.end(), "attachment:attachments/zurich-hb.png") == 1);
  BOOST_TEST(std::count(around.begin(), around.end(), "note:trips/2023 Alps by rail.md") == 1);
  BOOST_TEST(around.size() < all.size());
  const auto only_zurich = node_ids(notegraph(b + " --around Zürich --depth 0").out);
  BOOST_TEST(only_zurich == std::vector<std::string>{"note:places/Zürich.md"});

  // --min-degree: the orphan goes, hubs stay.
  const auto core = node_ids(notegraph(b + " --min-degree 2").out);
  BOOST_TEST(std::count(core.begin(), core.end(), "note:inbox/Unsorted thought.md") == 0);
  BOOST_TEST(std::count(all.begin(), all.end(), "note:inbox/Unsorted thought.md") == 1);
  BOOST_TEST(std::count(core.begin(), core.end(), "note:Home.md") == 1);
}

BOOST_AUTO_TEST_CASE(base_iri_prefixes_every_node) {
  const Run r = notegraph(base(kVaults[0]) + " export --format nquads --base urn:x:");
  BOOST_TEST_REQUIRE(r.exit == 0, r.err);
  std::istringstream lines(r.out);
  std::string line;
  std::size_t n = 0;
  while (std::getline(lines, line)) {
    ++n;
    BOOST_TEST(line.rfind("<urn:x:", 0) == 0u, line);
  }
  BOOST_TEST(n > 0u);
}

BOOST_AUTO_TEST_CASE(several_formats_write_a_folder_from_one_load) {
  Scratch s;
  const fs::path out = s.path / "exports";
  const Run r = notegraph(base(kVaults[0]) + " export --format graphml,nquads --format csv -o " +
                          quote(out.string()));
  BOOST_TEST_REQUIRE(r.exit == 0, r.err);
  BOOST_TEST(slurp(out / "graph.graphml") == notegraph(base(kVaults[0]) + " export --format graphml").out);
  BOOST_TEST(slurp(out / "graph.nq") == notegraph(base(kVaults[0]) + " export --format nquads").out);
  BOOST_TEST(fs::exists(out / "csv" / "nodes_note.csv"));
  BOOST_TEST(!fs::exists(out / "graph.gexf"));
  BOOST_TEST(notegraph(base(kVaults[0]) + " export --format graphml,gexf").exit == 2);
}

BOOST_AUTO_TEST_CASE(pictures_are_the_same_alone_and_together) {
  // SVG and HTML both lay out through Graphviz in one process: neither may change the
  // other, and a run with both writes what the runs with one write.
  Scratch s;
  const fs::path out = s.path / "pictures";
  const std::string b = base(kVaults[1]) + " export";
  const Run both = notegraph(b + " --format html,svg -o " + quote(out.string()));
  BOOST_TEST_REQUIRE(both.exit == 0, both.err);
  const Run svg = notegraph(b + " --format svg");
  const Run html = notegraph(b + " --format html");
  BOOST_TEST_REQUIRE(svg.exit == 0, svg.err);
  BOOST_TEST_REQUIRE(html.exit == 0, html.err);
  BOOST_TEST(slurp(out / "graph.svg") == svg.out);
  BOOST_TEST(slurp(out / "graph.html") == html.out);
  BOOST_TEST(svg.out.rfind("<?xml", 0) == 0u);
  BOOST_TEST(html.out.find("<title>notegraph: vault</title>") != std::string::npos);
  // PageRank rides along for the page's "size by PageRank".
  BOOST_TEST(html.out.find("\"pagerank\":[") != std::string::npos);

  const Run sfdp = notegraph(b + " --format svg --layout sfdp");
  BOOST_TEST(sfdp.exit == 0, sfdp.err);
  BOOST_TEST(sfdp.out != svg.out);  // examples/vault is small: auto means dot
  BOOST_TEST(notegraph(b + " --format svg --layout circo").exit == 2);
  const Run help = notegraph("export --help");
  BOOST_TEST(help.out.find("--layout") != std::string::npos);
  BOOST_TEST(help.out.find("{auto,dot,sfdp}") != std::string::npos, help.out);
}
