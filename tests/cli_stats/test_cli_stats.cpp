// Runs the notegraph binary (NOTEGRAPH_BIN) on a temporary vault: `stats` output and
// exit codes (0 done, 1 failed, 2 usage; --strict turns warnings into 1).
#define BOOST_TEST_MODULE cli_stats
#include <boost/test/unit_test.hpp>

#include <rapidjson/document.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace fs = std::filesystem;

namespace {

struct Run {
  int exit = -1;
  std::string out;
  std::string err;
};

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

/// A temporary vault (and a folder outside it), removed at the end.
struct Fixture {
  fs::path base;
  fs::path vault;
  Fixture() {
    std::random_device rd;
    base = fs::temp_directory_path() / ("notegraph-cli-stats-" + std::to_string(rd()));
    vault = base / "vault";
    fs::create_directories(vault / "sub");
    fs::create_directories(base / "outside");
    std::ofstream(vault / "a.md") << "# A\n\nSee [[b]] and [[Never Written]].\n";
    std::ofstream(vault / "sub" / "b.md") << "# B\n\n#topic/sub\n";
    std::ofstream(vault / "pic.png") << "not really a png";
    std::ofstream(base / "outside" / "c.md") << "# C\n";
  }
  ~Fixture() {
    std::error_code ec;
    fs::remove_all(base, ec);
  }

  Run run(const std::string& args) const {
    const char* bin = std::getenv("NOTEGRAPH_BIN");
    BOOST_REQUIRE_MESSAGE(bin, "NOTEGRAPH_BIN is not set (run through ctest)");
    const fs::path out = base / "stdout.txt";
    const fs::path err = base / "stderr.txt";
    std::string cmd = quote(bin) + " " + args + " >" + quote(out.string()) + " 2>" +
                      quote(err.string()) + " </dev/null";
    int status = std::system(cmd.c_str());
    Run r;
    r.exit = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
  }

  std::string vault_arg() const { return "--vault " + quote(vault.string()) + " --no-cache"; }
};

}  // namespace

BOOST_AUTO_TEST_CASE(json_has_every_field) {
  Fixture f;
  Run r = f.run("stats --format json " + f.vault_arg());
  BOOST_TEST(r.exit == 0, r.err);
  rapidjson::Document d;
  d.Parse(r.out.c_str());
  BOOST_REQUIRE_MESSAGE(!d.HasParseError() && d.IsObject(), r.out);
  BOOST_TEST(d["notes"].GetUint64() == 2u);
  BOOST_TEST(d["attachments"].GetUint64() == 1u);
  BOOST_TEST(d["warnings"].GetUint64() == 0u);
  BOOST_TEST(d["links"]["total"].GetUint64() == 2u);
  BOOST_TEST(d["links"]["resolved"].GetUint64() == 1u);
  BOOST_TEST(d["links"]["unresolved"].GetUint64() == 1u);
  const auto& nodes = d["nodes"]["by_kind"];
  std::uint64_t sum = 0;
  for (const char* kind : {"note", "missing", "attachment", "tag", "url", "video", "entity"}) {
    BOOST_REQUIRE_MESSAGE(nodes.HasMember(kind), kind);
    sum += nodes[kind].GetUint64();
  }
  BOOST_TEST(sum == d["nodes"]["total"].GetUint64());
  BOOST_TEST(nodes["note"].GetUint64() == 2u);
  BOOST_TEST(nodes["missing"].GetUint64() == 1u);
  BOOST_TEST(nodes["tag"].GetUint64() == 2u);  // topic, topic/sub
  const auto& edges = d["edges"]["by_kind"];
  sum = 0;
  for (const char* kind : {"link", "tag", "broader", "url", "source", "mention", "cooccurs"}) {
    BOOST_REQUIRE_MESSAGE(edges.HasMember(kind), kind);
    sum += edges[kind].GetUint64();
  }
  BOOST_TEST(sum == d["edges"]["total"].GetUint64());
  BOOST_TEST(edges["link"].GetUint64() == 2u);
  BOOST_TEST(edges["broader"].GetUint64() == 1u);
}

BOOST_AUTO_TEST_CASE(table_lists_every_kind) {
  Fixture f;
  Run r = f.run("stats --format table " + f.vault_arg());
  BOOST_TEST(r.exit == 0, r.err);
  for (const char* word : {"notes", "attachments", "resolved", "unresolved", "warnings", "nodes",
                           "edges", "missing", "entity", "broader", "cooccurs"})
    BOOST_TEST(r.out.find(word) != std::string::npos, word);
}

BOOST_AUTO_TEST_CASE(default_format_off_a_terminal_is_json) {
  Fixture f;
  Run r = f.run("stats " + f.vault_arg());
  BOOST_TEST(r.exit == 0);
  rapidjson::Document d;
  d.Parse(r.out.c_str());
  BOOST_TEST(!d.HasParseError());
}

BOOST_AUTO_TEST_CASE(global_options_may_come_first) {
  Fixture f;
  Run r = f.run(f.vault_arg() + " stats --format json");
  BOOST_TEST(r.exit == 0, r.err);
  BOOST_TEST(r.out.find("\"notes\": 2") != std::string::npos, r.out);
}

BOOST_AUTO_TEST_CASE(usage_errors_exit_2) {
  Fixture f;
  BOOST_TEST(f.run("stats --format xml " + f.vault_arg()).exit == 2);
  BOOST_TEST(f.run("stats --no-such-option " + f.vault_arg()).exit == 2);
  BOOST_TEST(f.run("stats --resolve fuzzy " + f.vault_arg()).exit == 2);
}

BOOST_AUTO_TEST_CASE(missing_vault_exits_1_naming_it) {
  Fixture f;
  const fs::path absent = f.base / "no-such-vault";
  Run r = f.run("stats --vault " + quote(absent.string()));
  BOOST_TEST(r.exit == 1);
  BOOST_TEST(r.err.find("no-such-vault") != std::string::npos, r.err);
  BOOST_TEST(r.out.empty());
}

BOOST_AUTO_TEST_CASE(strict_turns_warnings_into_failure) {
  Fixture f;
  // A followed link that leaves the vault is skipped with a warning.
  fs::create_directory_symlink(f.base / "outside", f.vault / "elsewhere");
  const std::string args = "stats --format json --follow-symlinks " + f.vault_arg();
  Run warned = f.run(args);
  BOOST_TEST(warned.exit == 0, warned.err);
  BOOST_TEST(warned.err.find("elsewhere") != std::string::npos, warned.err);
  BOOST_TEST(warned.out.find("\"warnings\": 1") != std::string::npos, warned.out);
  BOOST_TEST(f.run(args + " --strict").exit == 1);
  BOOST_TEST(f.run(args + " --strict --quiet").exit == 1);
  BOOST_TEST(f.run(args + " --quiet").err.empty());
  BOOST_TEST(f.run("stats --strict " + f.vault_arg()).exit == 0);  // no warning without following
}

// Issue 10, defect 1: a note bigger than --max-file-size is not read (a 400 MB note
// used to abort inside cmark); it stays a note with its title and a warning naming it,
// and the rest of the vault goes through.
BOOST_AUTO_TEST_CASE(a_note_over_max_file_size_is_skipped_with_a_warning) {
  Fixture f;
  {
    std::ofstream big(f.vault / "big.md");
    big << "# Big\n\nSee [[b]] and [[Only In Big]].\n" << std::string(4000, 'x') << "\n";
  }
  Run r = f.run("stats --format json --max-file-size 1K " + f.vault_arg());
  BOOST_TEST(r.exit == 0, r.err);
  BOOST_TEST(r.err.find("big.md") != std::string::npos, r.err);
  BOOST_TEST(r.err.find("larger than --max-file-size (1.0 KiB)") != std::string::npos, r.err);
  rapidjson::Document d;
  d.Parse(r.out.c_str());
  BOOST_REQUIRE_MESSAGE(!d.HasParseError() && d.IsObject(), r.out);
  BOOST_TEST(d["notes"].GetUint64() == 3u);              // big.md is still a note
  BOOST_TEST(d["links"]["total"].GetUint64() == 2u);     // but none of its links was read
  BOOST_TEST(d["warnings"].GetUint64() == 1u);
  // --strict turns the skip into exit 1; 0 lifts the limit; the default (16 MiB) reads it
  BOOST_TEST(f.run("stats --strict --max-file-size 1K " + f.vault_arg()).exit == 1);
  Run all = f.run("stats --format json --max-file-size 0 " + f.vault_arg());
  d.Parse(all.out.c_str());
  BOOST_REQUIRE_MESSAGE(!d.HasParseError() && d.IsObject(), all.out);
  BOOST_TEST(d["links"]["total"].GetUint64() == 4u);
  BOOST_TEST(d["warnings"].GetUint64() == 0u);
  // A sparse 17 MiB file is over the default: skipped at once, never read.
  {
    std::ofstream(f.vault / "dump.md") << "# Dump\n";
  }
  fs::resize_file(f.vault / "dump.md", std::uintmax_t{17} << 20);
  Run dump = f.run("stats --format json " + f.vault_arg());
  BOOST_TEST(dump.exit == 0, dump.err);
  BOOST_TEST(dump.err.find("dump.md") != std::string::npos, dump.err);
  BOOST_TEST(dump.err.find("17.0 MiB, larger than --max-file-size (16.0 MiB)") != std::string::npos, dump.err);
  // a bad size is a usage error
  BOOST_TEST(f.run("stats --max-file-size lots " + f.vault_arg()).exit == 2);
}

// Issue 10, defect 8: a file name cannot forge a message or reach the terminal raw.
BOOST_AUTO_TEST_CASE(warnings_escape_file_names) {
  Fixture f;
  std::ofstream(f.vault / "a\nFAKE.md:99: injected warning\x1b[2J.md") << "---\ntitle: [unclosed\n---\nbody\n";
  Run r = f.run("stats --format json " + f.vault_arg());
  BOOST_TEST(r.exit == 0, r.err);
  BOOST_TEST(r.err.find('\x1b') == std::string::npos, r.err);
  BOOST_TEST(std::count(r.err.begin(), r.err.end(), '\n') == 1, r.err);  // one warning, one line
  BOOST_TEST(r.err.find("a\\nFAKE.md:99: injected warning\\x1b[2J.md:3: invalid YAML") != std::string::npos, r.err);
}
