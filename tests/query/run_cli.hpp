#pragma once
// Runs the notegraph binary (NOTEGRAPH_BIN, set by ctest) and captures its exit code,
// standard output and standard error.

#include <sys/wait.h>

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

namespace notegraph::testing {

namespace fs = std::filesystem;

struct Run {
  int exit = -1;
  std::string out;
  std::string err;
};

inline std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// Returns `s` quoted for /bin/sh.
inline std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

/// A scratch folder, removed at the end.
struct ScratchDir {
  fs::path path;
  explicit ScratchDir(const std::string& prefix) {
    std::random_device rd;
    path = fs::temp_directory_path() / (prefix + "-" + std::to_string(rd()));
    fs::create_directories(path);
  }
  ~ScratchDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

/// Runs `notegraph ARGS` (ARGS already quoted) with stdin from /dev/null and the
/// environment assignments `env` (e.g. "COLUMNS=80") in front.
inline Run run_notegraph(const std::string& args, const std::string& env = "") {
  const char* bin = std::getenv("NOTEGRAPH_BIN");
  BOOST_REQUIRE_MESSAGE(bin, "NOTEGRAPH_BIN is not set (run through ctest)");
  ScratchDir scratch("notegraph-query-run");
  const fs::path out = scratch.path / "stdout.txt";
  const fs::path err = scratch.path / "stderr.txt";
  const std::string cmd = env + (env.empty() ? "" : " ") + quote(bin) + " " + args + " >" +
                          quote(out.string()) + " 2>" + quote(err.string()) + " </dev/null";
  const int status = std::system(cmd.c_str());
  Run r;
  r.exit = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

}  // namespace notegraph::testing
