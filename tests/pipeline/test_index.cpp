// The index trusts nothing it cannot check: an unchanged vault parses nothing; touched
// files are restamped; a corrupt graph image, a corrupt row, a file that is not a
// database, an index of another version or other options are rebuilt with a warning;
// an index folder inside the vault or a symlinked database is refused (the vault and the
// link's target stay untouched); a locked index is bypassed in memory; concurrent
// updates and a notegraph killed in the middle of one leave a correct index.
#define BOOST_TEST_MODULE index
#include <boost/test/unit_test.hpp>

#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>
#include <sstream>
#include <thread>

#include "notegraph/exporters/export.hpp"
#include "notegraph/pipeline/load.hpp"

using namespace notegraph;
namespace fs = std::filesystem;

namespace {

/// A small vault with links, mentions, tags and a video, and a cache folder beside it.
struct Fixture {
  fs::path root = fs::temp_directory_path() / ("notegraph-index-" + std::to_string(::getpid()));
  fs::path vault = root / "vault";
  fs::path cache = root / "cache";

  Fixture() {
    fs::remove_all(root);
    write("Home.md", "# Home\n\nSee [[Ada Lovelace]] and [[Missing Topic]]. #start\n");
    write("people/Ada Lovelace.md", "---\naliases: [Ada]\ntype: person\n---\nAda worked with Charles Babbage in London.\n");
    write("notes/Engines.md", "---\nvideoId: abc\n---\nThe Analytical Engine by Charles Babbage. Ada Lovelace wrote notes.\n");
    write("notes/pic.png", "png");
  }
  ~Fixture() {
    fs::permissions(vault, fs::perms::owner_all, fs::perm_options::add);
    fs::remove_all(root);
  }
  void write(const std::string& rel, const std::string& text) {
    fs::create_directories((vault / rel).parent_path());
    std::ofstream(vault / rel, std::ios::binary) << text;
  }
  LoadResult load(CacheMode mode = CacheMode::use, ResolveMode resolve = ResolveMode::obsidian) const {
    LoadOptions o;
    o.scan.root = vault;
    o.cache = mode;
    o.cache_dir = cache;
    o.resolve.mode = resolve;
    return load_vault(o);
  }
  fs::path index_folder() const {
    for (const auto& e : fs::directory_iterator(cache / "vaults")) return e.path();
    return {};
  }
};

std::string graphml(const LoadResult& r) {
  std::ostringstream out;
  write_export(ExportFormat::graphml, r.graph, out, ExportOptions{});
  write_export(ExportFormat::jsonld, r.graph, out, ExportOptions{});
  return out.str();
}

bool warned(const LoadResult& r, std::string_view text) {
  for (const auto& d : r.diagnostics)
    if (d.message.find(text) != std::string::npos) return true;
  return false;
}

/// A hash of every file's path and bytes under `dir`.
std::string tree(const fs::path& dir) {
  std::string out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    out += e.path().string() + "\n";
    if (e.is_regular_file()) {
      std::ifstream in(e.path(), std::ios::binary);
      out += std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    }
  }
  return out;
}

void sql(const fs::path& db, const std::string& statement) {
  sqlite3* h = nullptr;
  BOOST_REQUIRE(sqlite3_open(db.c_str(), &h) == SQLITE_OK);
  BOOST_REQUIRE_MESSAGE(sqlite3_exec(h, statement.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK,
                        sqlite3_errmsg(h));
  sqlite3_close(h);
}

}  // namespace

BOOST_AUTO_TEST_CASE(an_unchanged_vault_parses_nothing_and_answers_the_same) {
  Fixture f;
  const LoadResult cold = f.load();
  BOOST_TEST(cold.index.rebuilt);
  BOOST_TEST(cold.index.parsed == 3u);
  BOOST_TEST(cold.index.persistent);
  const LoadResult warm = f.load();
  BOOST_TEST(!warm.index.rebuilt);
  BOOST_TEST(warm.index.parsed == 0u);
  BOOST_TEST(warm.index.reworked == 0u);
  BOOST_TEST(graphml(warm) == graphml(cold));
  BOOST_TEST(graphml(warm) == graphml(f.load(CacheMode::off)));
  // The one mention of Ada as an entity is the note (one node per thing).
  BOOST_TEST(!warm.graph.find("entity:person:ada lovelace").has_value());
}

BOOST_AUTO_TEST_CASE(touched_files_are_restamped_not_parsed) {
  Fixture f;
  f.load();
  const auto p = f.vault / "Home.md";
  fs::last_write_time(p, fs::last_write_time(p) - std::chrono::hours(1));
  const LoadResult r = f.load();
  BOOST_TEST(r.index.parsed == 0u);
  BOOST_TEST(r.index.changed == 0u);
  BOOST_TEST(f.load().index.parsed == 0u);
}

BOOST_AUTO_TEST_CASE(an_edit_reparses_one_note) {
  Fixture f;
  f.load();
  f.write("Home.md", "# Home\n\nSee [[Ada Lovelace]], [[Engines]] and London.\n");
  const LoadResult r = f.load();
  BOOST_TEST(r.index.parsed == 1u);
  BOOST_TEST(r.index.changed == 1u);
  BOOST_TEST(!r.index.rebuilt);
  BOOST_TEST(graphml(r) == graphml(f.load(CacheMode::off)));
}

BOOST_AUTO_TEST_CASE(a_corrupt_graph_image_is_rebuilt_with_a_warning) {
  Fixture f;
  const std::string want = graphml(f.load());
  for (const auto& e : fs::directory_iterator(f.index_folder()))
    if (e.path().extension() == ".img") {
      std::fstream img(e.path(), std::ios::in | std::ios::out | std::ios::binary);
      img.seekp(static_cast<std::streamoff>(fs::file_size(e.path()) - 3));
      img.put('\x7f');
    }
  const LoadResult r = f.load();
  BOOST_TEST(warned(r, "rebuilding the index"));
  BOOST_TEST(r.index.rebuilt);
  BOOST_TEST(graphml(r) == want);
}

BOOST_AUTO_TEST_CASE(a_row_flipped_in_place_is_never_served) {
  Fixture f;
  const std::string want = graphml(f.load());
  // Same length, one byte changed: the checksum catches it when an update reads the row
  // (here: Home.md's observation, which an edit of Home.md takes out of the corpus).
  sql(f.index_folder() / "index.sqlite3",
      "UPDATE files SET observation = CAST(substr(observation, 1, 20) || X'FF' || substr(observation, 22)"
      " AS BLOB) WHERE path = 'Home.md'");
  f.write("Home.md", "# Home\n\nNow about [[Engines]].\n");
  const LoadResult r = f.load();
  BOOST_TEST(warned(r, "rebuilding the index"));
  BOOST_TEST(graphml(r) == graphml(f.load(CacheMode::off)));
}

BOOST_AUTO_TEST_CASE(a_file_that_is_not_a_database_is_replaced) {
  Fixture f;
  f.load();
  std::ofstream(f.index_folder() / "index.sqlite3", std::ios::binary | std::ios::trunc) << "garbage, not SQLite";
  fs::remove(f.index_folder() / "index.sqlite3-wal");
  fs::remove(f.index_folder() / "index.sqlite3-shm");
  const LoadResult r = f.load();
  BOOST_TEST(warned(r, "started anew"));
  BOOST_TEST(r.index.persistent);
  BOOST_TEST(graphml(r) == graphml(f.load(CacheMode::off)));
  BOOST_TEST(f.load().index.parsed == 0u);
}

BOOST_AUTO_TEST_CASE(another_version_or_other_options_rebuild_with_a_warning) {
  Fixture f;
  f.load();
  sql(f.index_folder() / "index.sqlite3", "UPDATE meta SET value = 'notegraph-index 0' WHERE key = 'schema'");
  LoadResult r = f.load();
  BOOST_TEST(warned(r, "another version"));
  BOOST_TEST(r.index.rebuilt);
  r = f.load(CacheMode::use, ResolveMode::slug);
  BOOST_TEST(warned(r, "other options"));
  BOOST_TEST(graphml(r) == graphml(f.load(CacheMode::off, ResolveMode::slug)));
}

BOOST_AUTO_TEST_CASE(an_index_folder_inside_the_vault_is_refused) {
  Fixture f;
  const std::string before = tree(f.vault);
  LoadOptions o;
  o.scan.root = f.vault;
  o.cache_dir = f.vault / "cache-here";
  const LoadResult r = load_vault(o);
  BOOST_TEST(warned(r, "inside the vault"));
  BOOST_TEST(!r.index.persistent);
  BOOST_TEST(r.stats.notes == 3u);
}

BOOST_AUTO_TEST_CASE(a_symlinked_database_is_refused_and_its_target_untouched) {
  Fixture f;
  f.load();
  const fs::path db = f.index_folder() / "index.sqlite3";
  for (const char* s : {"", "-wal", "-shm"}) fs::remove(fs::path(db.string() + s));
  fs::create_symlink(f.vault / "Home.md", db);
  const std::string before = tree(f.vault);
  const LoadResult r = f.load();
  BOOST_TEST(warned(r, "symbolic link"));
  BOOST_TEST(r.stats.notes == 3u);
  BOOST_TEST(tree(f.vault) == before);
  // The same for the write-ahead log.
  fs::remove(db);
  f.load();
  fs::remove(fs::path(db.string() + "-wal"));
  fs::create_symlink(f.vault / "Home.md", fs::path(db.string() + "-wal"));
  const LoadResult w = f.load();
  BOOST_TEST(warned(w, "symbolic link"));
  BOOST_TEST(tree(f.vault) == before);
}

BOOST_AUTO_TEST_CASE(a_locked_index_is_bypassed_in_memory) {
  Fixture f;
  f.load();
  f.write("Home.md", "# Home\n\nEdited, so the update needs the write lock.\n");
  sqlite3* h = nullptr;
  BOOST_REQUIRE(sqlite3_open((f.index_folder() / "index.sqlite3").c_str(), &h) == SQLITE_OK);
  BOOST_REQUIRE(sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
  ::setenv("NOTEGRAPH_INDEX_WAIT_MS", "200", 1);
  const LoadResult r = f.load();
  ::unsetenv("NOTEGRAPH_INDEX_WAIT_MS");
  sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(h);
  BOOST_TEST(warned(r, "locked"));
  BOOST_TEST(graphml(r) == graphml(f.load(CacheMode::off)));
  // Once the lock is gone the update goes through.
  BOOST_TEST(f.load().index.parsed == 1u);
}

BOOST_AUTO_TEST_CASE(concurrent_updates_give_the_right_answer) {
  Fixture f;
  f.load();
  f.write("Home.md", "# Home\n\n[[Engines]] and [[Ada Lovelace]] in Paris.\n");
  f.write("notes/New.md", "A new note about London.\n");
  const std::string want = graphml(f.load(CacheMode::off));
  std::vector<std::future<std::string>> runs;
  for (int i = 0; i < 4; ++i) runs.push_back(std::async(std::launch::async, [&] { return graphml(f.load()); }));
  for (auto& r : runs) BOOST_TEST(r.get() == want);
  BOOST_TEST(f.load().index.parsed == 0u);
}

BOOST_AUTO_TEST_CASE(a_notegraph_killed_while_indexing_leaves_a_correct_index) {
  const char* bin = std::getenv("NOTEGRAPH_BIN");
  if (!bin) {
    BOOST_TEST_MESSAGE("NOTEGRAPH_BIN is not set (run through ctest): skipped");
    return;
  }
  Fixture f;
  for (int i = 0; i < 3000; ++i)
    f.write("bulk/n" + std::to_string(i) + ".md",
            "# Note " + std::to_string(i) + "\n\nLinks to [[n" + std::to_string((i * 7) % 3000) +
                "]] and Ada Lovelace in London.\n");
  for (int attempt = 0; attempt < 3; ++attempt) {
    const pid_t child = ::fork();
    if (child == 0) {
      ::execl(bin, bin, "index", "--quiet", "--vault", f.vault.c_str(), "--cache", f.cache.c_str(),
              static_cast<char*>(nullptr));
      ::_exit(127);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(150 + 200 * attempt));
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
  }
  const LoadResult r = f.load();
  BOOST_TEST(graphml(r) == graphml(f.load(CacheMode::off)));
  BOOST_TEST(f.load().index.parsed == 0u);
}
