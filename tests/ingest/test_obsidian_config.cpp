// .obsidian/app.json's userIgnoreFilters (Obsidian's Excluded files) drop paths from the
// scan like --exclude: prefixes and /regular expressions/; a broken file is a
// diagnostic; --no-obsidian-config (ObsidianConfig::ignore) turns it off.
#define BOOST_TEST_MODULE obsidian_config
#include <boost/test/unit_test.hpp>

#include "../query/run_cli.hpp"
#include "notegraph/ingest/scan.hpp"

using namespace notegraph;
using namespace notegraph::testing;

namespace {

struct Vault {
  ScratchDir dir{"notegraph-obsidian-config"};
  explicit Vault(const std::string& app_json) {
    for (const char* f :
         {"Home.md", "Templates/Daily.md", "Templates/Sub/Weekly.md", "Archive 2020/Old.md",
          "Archived.md", "notes/Plan.excalidraw.md", "notes/Plan.md", "Temp.md"}) {
      fs::create_directories((dir.path / f).parent_path());
      std::ofstream(dir.path / f) << "text\n";
    }
    fs::create_directories(dir.path / ".obsidian");
    std::ofstream(dir.path / ".obsidian" / "app.json") << app_json;
  }
  std::vector<std::string> scan(ObsidianConfig config,
                                std::vector<Diagnostic>* diagnostics = nullptr) {
    ScanOptions o;
    o.root = dir.path;
    o.obsidian = config;
    ScanResult r = scan_vault(o);
    if (diagnostics) *diagnostics = r.diagnostics;
    std::vector<std::string> paths;
    for (const auto& f : r.files) paths.push_back(f.path);
    return paths;
  }
};

using Paths = std::vector<std::string>;

}  // namespace

BOOST_AUTO_TEST_CASE(prefixes_and_regular_expressions_exclude_paths) {
  Vault v(R"({"alwaysUpdateLinks": true,
  "userIgnoreFilters": ["Templates/", "Archive", "/\\.excalidraw\\.md$/"]})");
  BOOST_TEST(v.scan(ObsidianConfig::use) == (Paths{"Home.md", "Temp.md", "notes/Plan.md"}),
             boost::test_tools::per_element());
  BOOST_TEST(v.scan(ObsidianConfig::ignore).size() == 8u);
}

BOOST_AUTO_TEST_CASE(no_filters_and_broken_files) {
  Vault none(R"({"newLinkFormat": "shortest"})");
  BOOST_TEST(none.scan(ObsidianConfig::use).size() == 8u);
  Vault broken("{\"userIgnoreFilters\": [\"Templates/\"\n");
  std::vector<Diagnostic> d;
  BOOST_TEST(broken.scan(ObsidianConfig::use, &d).size() == 8u);  // nothing applied
  BOOST_TEST_REQUIRE(d.size() == 1u);
  BOOST_TEST(d[0].path == ".obsidian/app.json");
  BOOST_TEST(d[0].message.find("invalid JSON") == 0, d[0].message);
  Vault bad_regex(R"({"userIgnoreFilters": ["/([a-z/", "Temp"]})");
  // The good entry still applies: "Temp" starts Temp.md and both Templates notes.
  BOOST_TEST(bad_regex.scan(ObsidianConfig::use, &d).size() == 5u);
  BOOST_TEST_REQUIRE(d.size() == 1u);
  BOOST_TEST(d[0].message.find("bad regular expression /([a-z/") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(cli_honours_it_and_no_obsidian_config_turns_it_off) {
  Vault v(R"({"userIgnoreFilters": ["Templates/"]})");
  const std::string vault = "--vault " + quote(v.dir.path.string()) + " --no-cache -q";
  const Run on = run_notegraph("query notes --format jsonl --folder Templates " + vault);
  BOOST_TEST(on.exit == 0, on.err);
  BOOST_TEST(on.out.empty(), on.out);
  const Run off =
      run_notegraph("query notes --format jsonl --folder Templates --no-obsidian-config " + vault);
  BOOST_TEST(off.out.find("note:Templates/Daily.md") != std::string::npos, off.out);
}
