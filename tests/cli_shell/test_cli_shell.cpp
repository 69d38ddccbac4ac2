// The habits of a command-line tool, run as a user would: every message starts with
// "notegraph:", unknown words get "did you mean", enum options take names only and
// --help shows defaults by name, write errors name the path and the reason, kinds are
// coloured on a terminal only, and the completions and man page work in the real
// shells and in man.
#define BOOST_TEST_MODULE cli_shell
#include <boost/test/unit_test.hpp>

#include "../query/run_cli.hpp"

using namespace notegraph::testing;

namespace {

struct Vault {
  ScratchDir dir{"notegraph-cli-shell"};
  Vault() {
    std::ofstream(dir.path / "Home.md") << "# Home\n\nSee [[Zürich]]. #travel\n";
    std::ofstream(dir.path / "Zürich.md") << "# Zürich\n\nBack [[Home]].\n";
  }
  std::string arg() const { return "--vault " + quote(dir.path.string()) + " --no-cache -q"; }
};

/// Runs a shell command line, capturing stdout (stderr folded in).
Run shell(const std::string& command) {
  ScratchDir scratch("notegraph-shell-run");
  const fs::path out = scratch.path / "out.txt";
  const int status = std::system((command + " >" + quote(out.string()) + " 2>&1").c_str());
  Run r;
  r.exit = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(out);
  return r;
}

bool has_program(const std::string& name) { return shell("command -v " + name).exit == 0; }

std::string env_path(const char* name) {
  const char* value = std::getenv(name);
  BOOST_REQUIRE_MESSAGE(value, name << " is not set (run through ctest)");
  return value;
}

}  // namespace

BOOST_AUTO_TEST_CASE(unknown_command_is_answered_with_did_you_mean) {
  const Run r = run_notegraph("querr");
  BOOST_TEST(r.exit == 2);
  BOOST_TEST(r.err ==
             "notegraph: unknown command 'querr'; did you mean 'query'?\n"
             "Run 'notegraph --help' for more information.\n");
  const Run sub = run_notegraph("query nieghbors Home");
  BOOST_TEST(sub.exit == 2);
  BOOST_TEST(sub.err.find("notegraph: unknown command 'nieghbors' for 'notegraph query'; did "
                          "you mean 'neighbors'?") == 0,
             sub.err);
  BOOST_TEST(sub.err.find("Run 'notegraph query --help'") != std::string::npos, sub.err);
}

BOOST_AUTO_TEST_CASE(unknown_option_is_answered_with_did_you_mean) {
  Vault v;
  const Run r = run_notegraph("stats --frmat json " + v.arg());
  BOOST_TEST(r.exit == 2);
  BOOST_TEST(r.err.find("notegraph: unknown option '--frmat' for 'notegraph stats'; did you mean "
                        "'--format'?\n") == 0,
             r.err);
  // Global options are known after the subcommand too; only the typo is reported.
  const Run global = run_notegraph("query rank --vault . --top 3 --verbos");
  BOOST_TEST(global.err.find("did you mean '--verbose'?") != std::string::npos, global.err);
  // Nothing close: no guess.
  const Run far = run_notegraph("stats --zzzzzzzz");
  BOOST_TEST(far.err.find("notegraph: unknown option '--zzzzzzzz' for 'notegraph stats'\n") == 0,
             far.err);
}

BOOST_AUTO_TEST_CASE(enum_options_take_names_only) {
  Vault v;
  for (const std::string args : {"--resolve 1 stats", "stats --format 0", "query rank --by 1",
                                 "export --format 2", "--cooccurrence 3 stats"}) {
    const Run r = run_notegraph(args + " " + v.arg());
    BOOST_TEST(r.exit == 2, args);
    BOOST_TEST(r.err.find("notegraph: ") == 0, args << ": " << r.err);
    BOOST_TEST(r.err.find("is not one of {") != std::string::npos, args << ": " << r.err);
    BOOST_TEST(r.err.find("->") == std::string::npos, args << ": " << r.err);  // no CLI11 map
  }
  const Run typo = run_notegraph("--resolve slgu stats " + v.arg());
  BOOST_TEST(
      typo.err.find("--resolve: 'slgu' is not one of {obsidian,slug}; did you mean 'slug'?") !=
          std::string::npos,
      typo.err);
  // Names in any case.
  BOOST_TEST(run_notegraph("--resolve SLUG stats --format JSON " + v.arg()).exit == 0);
}

BOOST_AUTO_TEST_CASE(help_shows_defaults_by_name_and_examples) {
  const Run top = run_notegraph("--help");
  BOOST_TEST(top.exit == 0);
  BOOST_TEST(top.out.find("--resolve {obsidian,slug}=obsidian") != std::string::npos, top.out);
  BOOST_TEST(top.out.find("--cooccurrence {block,section,note,off}=block") != std::string::npos);
  BOOST_TEST(top.out.find("Examples:\n  notegraph ") != std::string::npos, top.out);
  BOOST_TEST(top.out.find("\nUsage: notegraph [OPTIONS] SUBCOMMAND") != std::string::npos, top.out);
  const Run exp = run_notegraph("export --help");
  BOOST_TEST(exp.out.find("--cluster {none,folder}=none") != std::string::npos, exp.out);
  BOOST_TEST(exp.out.find("--layout {auto,dot,sfdp}=auto") != std::string::npos, exp.out);
  BOOST_TEST(exp.out.find("Examples:\n  notegraph export --format") != std::string::npos, exp.out);
  BOOST_TEST(run_notegraph("query neighbors --help").out.find("--direction {out,in,both}=both") !=
             std::string::npos);
  // No command shows an enum as a number or CLI11's type word.
  for (const std::string cmd : {"", "index", "stats", "export", "watch", "completions", "man",
                                "query", "query neighbors", "query path", "query rank",
                                "query components", "query find", "query notes", "query tags"}) {
    const Run r = run_notegraph(cmd + " --help");
    BOOST_TEST(r.exit == 0, cmd);
    BOOST_TEST(r.out.find("ENUM") == std::string::npos, cmd << ":\n" << r.out);
    BOOST_TEST(r.out.find("}=0") == std::string::npos, cmd << ":\n" << r.out);
    BOOST_TEST(r.out.find("=[]") == std::string::npos, cmd << ":\n" << r.out);
  }
}

BOOST_AUTO_TEST_CASE(every_message_starts_with_notegraph) {
  Vault v;
  std::ofstream(v.dir.path / "broken.md") << "---\ntags: [unclosed\n---\nText.\n";
  const Run warned =
      run_notegraph("stats --format json --vault " + quote(v.dir.path.string()) + " --no-cache");
  BOOST_TEST(warned.exit == 0);
  BOOST_TEST(warned.err.find("notegraph: ") == 0, warned.err);
  BOOST_TEST(warned.err.find("broken.md:") != std::string::npos, warned.err);
  for (const std::string& args :
       std::vector<std::string>{"query rank --vault /nonexistent/vault --no-cache", "query",
                                "query backlinks Nowhere-at-all " + v.arg(), "export " + v.arg()}) {
    const Run r = run_notegraph(args);
    BOOST_TEST(r.exit != 0, args);
    std::istringstream lines(r.err);
    std::string first;
    std::getline(lines, first);
    BOOST_TEST(first.find("notegraph: ") == 0, args << ": " << r.err);
  }
}

BOOST_AUTO_TEST_CASE(write_errors_name_the_target_and_the_reason) {
  Vault v;
  ScratchDir out("notegraph-shell-out");
  std::ofstream(out.path / "plain-file") << "x";
  const std::string target = (out.path / "plain-file" / "graph.graphml").string();
  const Run r = run_notegraph("export --format graphml -o " + quote(target) + " " + v.arg());
  BOOST_TEST(r.exit == 1);
  BOOST_TEST(r.err == "notegraph: cannot write " + target + ": Not a directory\n");
  const std::string missing = (out.path / "no" / "such" / "graph.graphml").string();
  const Run m = run_notegraph("export --format graphml -o " + quote(missing) + " " + v.arg());
  BOOST_TEST(m.err == "notegraph: cannot write " + missing + ": No such file or directory\n");
  BOOST_TEST(m.err.find("notegraph-tmp") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(kinds_are_coloured_on_a_terminal_only) {
  if (!has_program("script")) {
    BOOST_TEST_MESSAGE("skipped: script(1) (util-linux) is not installed");
    return;
  }
  Vault v;
  const std::string bin = quote(std::getenv("NOTEGRAPH_BIN"));
  const std::string query = bin + " query find o --format table " + v.arg();
  // script(1) gives the command a terminal.
  const Run tty = shell("env -u NO_COLOR TERM=xterm script -qec " + quote(query) + " /dev/null");
  BOOST_TEST(tty.exit == 0, tty.out);
  BOOST_TEST(tty.out.find("\x1b[34mnote\x1b[0m") != std::string::npos, tty.out);
  const Run no_color =
      shell("env NO_COLOR=1 TERM=xterm script -qec " + quote(query) + " /dev/null");
  BOOST_TEST(no_color.out.find("note") != std::string::npos, no_color.out);
  BOOST_TEST(no_color.out.find('\x1b') == std::string::npos, no_color.out);
  const Run piped = shell("env -u NO_COLOR TERM=xterm " + query);
  BOOST_TEST(piped.out.find("note") != std::string::npos);
  BOOST_TEST(piped.out.find('\x1b') == std::string::npos, piped.out);
}

BOOST_AUTO_TEST_CASE(bash_completion_parses_and_completes) {
  const std::string script = env_path("NOTEGRAPH_COMPLETIONS_DIR") + "/notegraph";
  BOOST_TEST_REQUIRE(fs::exists(script));
  BOOST_TEST(shell("bash -n " + quote(script)).exit == 0);
  // Runs the completion function as bash would for `notegraph WORDS…` and prints COMPREPLY.
  auto complete = [&](const std::string& words) {
    const std::string program = "source " + quote(script) + "; COMP_WORDS=(notegraph " + words +
                                "); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _notegraph; "
                                "printf '%s\\n' \"${COMPREPLY[@]}\"";
    return shell("bash -c " + quote(program)).out;
  };
  BOOST_TEST(complete("qu") == "query\n");
  BOOST_TEST(complete("query ne") == "neighbors\n");
  BOOST_TEST(complete("query no") == "notes\n");
  BOOST_TEST(complete("query notes --sort b") == "backlinks\n");
  BOOST_TEST(complete("--resolve ''") == "obsidian\nslug\n");
  BOOST_TEST(complete("export --format g") == "graphml\ngexf\n");
  BOOST_TEST(complete("--vault /tmp query rank --by p") == "pagerank\n");
  const std::string options = complete("query rank --");
  BOOST_TEST(options.find("--samples\n") != std::string::npos, options);
  BOOST_TEST(options.find("--vault\n") != std::string::npos, options);  // global options too
}

BOOST_AUTO_TEST_CASE(zsh_and_fish_completions_parse) {
  const std::string dir = env_path("NOTEGRAPH_COMPLETIONS_DIR");
  if (has_program("zsh")) {
    const Run z = shell("zsh -n " + quote(dir + "/_notegraph"));
    BOOST_TEST(z.exit == 0, z.out);
  } else {
    BOOST_TEST_MESSAGE("skipped zsh: not installed");
  }
  if (has_program("fish")) {
    const Run f = shell("fish --no-execute " + quote(dir + "/notegraph.fish"));
    BOOST_TEST(f.exit == 0, f.out);
    // fish loads it and completes the subcommands and an enum's values.
    const Run c =
        shell("fish -c " + quote("source " + dir + "/notegraph.fish; complete -C 'notegraph qu'"));
    BOOST_TEST(c.out.find("query\t") == 0, c.out);
    const Run e =
        shell("fish -c " + quote("source " + dir +
                                 "/notegraph.fish; complete -C 'notegraph export --format g'"));
    BOOST_TEST(e.out.find("graphml") != std::string::npos, e.out);
  } else {
    BOOST_TEST_MESSAGE("skipped fish: not installed");
  }
}

BOOST_AUTO_TEST_CASE(man_page_renders_with_man) {
  const std::string page = env_path("NOTEGRAPH_MAN_PAGE");
  BOOST_TEST_REQUIRE(fs::exists(page));
  // groff's own warnings (-ww) about the page, not about the terminal.
  const Run lint = shell("groff -man -ww -z " + quote(page));
  BOOST_TEST(lint.exit == 0);
  BOOST_TEST(lint.out.empty(), lint.out);
  const Run r = shell("MANWIDTH=100 man -l " + quote(page) + " | col -b");
  BOOST_TEST_REQUIRE(r.exit == 0, r.out);
  for (const std::string part :
       {"NAME", "SYNOPSIS", "GLOBAL OPTIONS", "EXIT STATUS", "notegraph query rank",
        "--resolve {obsidian,slug}", "notegraph export --format graphml", "NO_COLOR"})
    BOOST_TEST(r.out.find(part) != std::string::npos, part);
  // The page is what `notegraph man` prints now.
  BOOST_TEST(run_notegraph("man").out == slurp(page));
}
