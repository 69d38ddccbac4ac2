// The SQLite parse cache: the binary layout round-trips, corrupt bytes are refused,
// unchanged files come from the cache with the same graph, changed or removed files do
// not, and the cache never lives in (or writes to) the vault.
#define BOOST_TEST_MODULE parse_cache
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <random>

#include "../../graph/pipeline/cache.hpp"
#include "notegraph/pipeline/load.hpp"

using namespace notegraph;
namespace fs = std::filesystem;

BOOST_TEST_DONT_PRINT_LOG_VALUE(std::vector<std::string>)

namespace {

ParsedNote full_note() {
  ParsedNote n;
  n.path = "dir/n\xC3\xB6te.md";
  n.title = "N\xC3\xB6te";
  n.aliases = {"a", "b"};
  n.entity_type = "person";
  n.video_id = "abc";
  n.properties = {{"year", Value::integer(1985)}, {"list", Value::list({Value::integer(1), Value::integer(2)})}};
  LinkRef l;
  l.form = LinkForm::dataview;
  l.target = "T";
  l.anchor = "#H";
  l.alias = "al";
  l.embed = true;
  l.relation = "rel";
  l.line = 7;
  l.heading_path = {"A", "B"};
  l.second = 42;
  n.links = {l, LinkRef{}};
  UrlRef u;
  u.url = "https://youtu.be/x?t=3";
  u.video_id = "x";
  u.url_second = 3;
  u.line = 9;
  u.heading_path = {"C"};
  n.urls = {u};
  n.tags = {{"a/b", 0}, {"c", 4}};
  Block b;
  b.text = "Some prose [[T]]";
  b.line = 3;
  b.line_starts = {5, 9};
  b.heading_path = {"A"};
  b.links = {{11, 16}};
  b.anchors = {{16, 74}};
  n.blocks = {b};
  n.diagnostics = {{n.path, 2, "invalid YAML"}};
  return n;
}

/// A temporary vault with a few linked notes (all files dated an hour back, so their
/// stamps are settled), plus a cache folder beside it.
struct TempVault {
  fs::path base;
  fs::path root;
  fs::path cache;
  TempVault() {
    std::random_device rd;
    base = fs::temp_directory_path() / ("notegraph-cache-" + std::to_string(rd()));
    root = base / "vault";
    cache = base / "cache";
    fs::create_directories(root / "sub");
    write("a.md", "---\ntitle: Alpha\n---\n# A\nSee [[b]] and [[Nowhere]] #tag/x\n");
    write("sub/b.md", "# B\nBack to [[a]].\n");
    write("c.md", "---\ntitle: [unclosed\n---\nBroken front matter, [[a]].\n");
  }
  ~TempVault() {
    std::error_code ec;
    fs::remove_all(base, ec);
  }
  void write(const std::string& rel, const std::string& text,
             std::chrono::minutes age = std::chrono::minutes(60)) {
    std::ofstream(root / rel, std::ios::binary) << text;
    fs::last_write_time(root / rel, fs::file_time_type::clock::now() - age);
  }
  LoadResult load(const fs::path& cache_dir, CacheMode mode = CacheMode::use) const {
    LoadOptions o;
    o.scan.root = root;
    o.cache = mode;
    o.cache_dir = cache_dir;
    return load_vault(o);
  }
  std::vector<std::string> vault_listing() const {
    std::vector<std::string> out;
    for (auto& e : fs::recursive_directory_iterator(root)) out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    return out;
  }
};

/// Everything a graph shows, as text, to compare two loads.
std::vector<std::string> describe(const LoadResult& r) {
  std::vector<std::string> out;
  const auto& g = r.graph;
  for (NodeId v : g.nodes()) out.push_back(g.node(v).id() + " " + std::string(g.node(v).label()));
  for (auto e : g.edges()) {
    std::string line = g.node(g.edge(e).source()).id() + " -> " +
                       g.node(g.edge(e).target()).id() + " " +
                       std::string(to_string(g.edge(e).kind())) + " " + std::to_string(g.edge(e).count());
    for (int l : g.edge(e).lines()) line += " " + std::to_string(l);
    out.push_back(line);
  }
  for (const auto& d : r.diagnostics) out.push_back(d.path + ":" + std::to_string(d.line) + ": " + d.message);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(layout_round_trips) {
  const ParsedNote n = full_note();
  const std::string bytes = detail::serialize(n);
  auto back = detail::deserialize(bytes);
  BOOST_REQUIRE(back.has_value());
  BOOST_TEST(detail::serialize(*back) == bytes);
  BOOST_TEST(back->path == n.path);
  BOOST_TEST(back->aliases == n.aliases);
  BOOST_TEST((back->links[0].form == LinkForm::dataview));
  BOOST_TEST(back->links[0].second.value_or(0) == 42);
  BOOST_TEST(!back->links[1].second.has_value());
  BOOST_TEST(back->urls[0].url_second.value_or(0) == 3);
  BOOST_TEST(back->blocks[0].anchors[0].second == 74);
  BOOST_TEST(back->blocks[0].line_starts.size() == 2u);
  BOOST_TEST(back->diagnostics[0].message == "invalid YAML");
  BOOST_TEST((back->properties[1].value == Value::list({Value::integer(1), Value::integer(2)})));
}

BOOST_AUTO_TEST_CASE(corrupt_bytes_are_refused) {
  const std::string bytes = detail::serialize(full_note());
  for (std::size_t cut = 0; cut < bytes.size(); ++cut)
    BOOST_TEST(!detail::deserialize(std::string_view(bytes).substr(0, cut)).has_value(), cut);
  std::string bad_magic = bytes;
  bad_magic[0] = 'X';
  BOOST_TEST(!detail::deserialize(bad_magic).has_value());
  BOOST_TEST(!detail::deserialize(bytes + "extra").has_value());
  std::string huge_count = bytes;
  std::fill_n(huge_count.begin() + 8, 4, '\xFF');  // the path length
  BOOST_TEST(!detail::deserialize(huge_count).has_value());
}

BOOST_AUTO_TEST_CASE(unchanged_files_come_from_the_cache) {
  TempVault v;
  LoadResult cold = v.load(v.cache);
  BOOST_TEST(cold.stats.cached_notes == 0u);
  BOOST_TEST(fs::exists(v.cache / "parse-cache.sqlite3"));
  LoadResult warm = v.load(v.cache);
  BOOST_TEST(warm.stats.cached_notes == 3u);
  BOOST_TEST(describe(warm) == describe(cold));
  BOOST_TEST(describe(v.load({}, CacheMode::off)) == describe(cold));
  BOOST_TEST(!warm.diagnostics.empty());  // c.md's front matter warning is kept too
}

BOOST_AUTO_TEST_CASE(changed_and_removed_files_are_parsed_again) {
  TempVault v;
  v.load(v.cache);
  v.write("sub/b.md", "# B\nNow [[a]] and [[c]].\n", std::chrono::minutes(30));
  LoadResult changed = v.load(v.cache);
  BOOST_TEST(changed.stats.cached_notes == 2u);
  BOOST_TEST(changed.graph.find("note:c.md").has_value());
  auto b = changed.graph.find("note:sub/b.md");
  auto c = changed.graph.find("note:c.md");
  BOOST_TEST(changed.graph.find_edge(*b, *c).has_value());
  BOOST_TEST(v.load(v.cache).stats.cached_notes == 3u);

  fs::remove(v.root / "c.md");
  LoadResult removed = v.load(v.cache);
  BOOST_TEST(removed.stats.notes == 2u);
  BOOST_TEST(removed.stats.cached_notes == 2u);
  BOOST_TEST(removed.graph.find("missing:c").has_value());
}

BOOST_AUTO_TEST_CASE(recently_written_files_are_not_stored) {
  TempVault v;
  v.write("fresh.md", "# Fresh [[a]]\n", std::chrono::minutes(0));
  v.load(v.cache);
  LoadResult again = v.load(v.cache);
  BOOST_TEST(again.stats.notes == 4u);
  BOOST_TEST(again.stats.cached_notes == 3u);  // fresh.md's mtime cannot key its bytes yet
}

BOOST_AUTO_TEST_CASE(cache_never_inside_the_vault) {
  TempVault v;
  const auto before = v.vault_listing();
  v.load(v.root / ".cache");
  LoadResult second = v.load(v.root / ".cache");
  BOOST_TEST(second.stats.cached_notes == 0u);
  BOOST_TEST(v.vault_listing() == before);
  v.load(v.cache);
  v.load(v.cache);
  BOOST_TEST(v.vault_listing() == before);
}

BOOST_AUTO_TEST_CASE(unusable_cache_falls_back_to_parsing_silently) {
  TempVault v;
  fs::create_directories(v.base);
  std::ofstream(v.base / "not-a-folder") << "x";
  LoadResult blocked = v.load(v.base / "not-a-folder");
  LoadResult plain = v.load({}, CacheMode::off);
  BOOST_TEST(describe(blocked) == describe(plain));
  fs::create_directories(v.cache);
  std::ofstream(v.cache / "parse-cache.sqlite3") << "this is not an SQLite database, at all........";
  LoadResult corrupt = v.load(v.cache);
  BOOST_TEST(describe(corrupt) == describe(plain));
  BOOST_TEST(corrupt.stats.cached_notes == 0u);
}
