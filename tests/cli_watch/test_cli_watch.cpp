#define BOOST_TEST_MODULE cli_watch
#include <boost/test/unit_test.hpp>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include "notegraph/pipeline/load.hpp"

namespace fs = std::filesystem;

namespace {

/// `notegraph watch` running in the background, its standard output read line by line.
class Watch {
 public:
  Watch(const fs::path& vault, const fs::path& cache) {
    const char* bin = std::getenv("NOTEGRAPH_BIN");
    BOOST_REQUIRE_MESSAGE(bin, "NOTEGRAPH_BIN is not set (run through ctest)");
    int out[2];
    BOOST_REQUIRE(::pipe2(out, O_CLOEXEC) == 0);
    pid_ = ::fork();
    if (pid_ == 0) {
      ::dup2(out[1], 1);
      ::execl(bin, bin, "watch", "--debounce", "50", "--quiet", "--vault", vault.c_str(), "--cache",
              cache.c_str(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    ::close(out[1]);
    fd_ = out[0];
  }
  ~Watch() {
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
    ::close(fd_);
  }
  /// The next line of output, or "" after `seconds` without one.
  std::string line(double seconds = 10) {
    const auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (true) {
      if (auto nl = buffer_.find('\n'); nl != std::string::npos) {
        std::string l = buffer_.substr(0, nl);
        buffer_.erase(0, nl + 1);
        return l;
      }
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(end - std::chrono::steady_clock::now());
      if (left.count() <= 0) return {};
      pollfd p{fd_, POLLIN, 0};
      if (::poll(&p, 1, static_cast<int>(left.count())) <= 0) return {};
      char chunk[4096];
      const ssize_t n = ::read(fd_, chunk, sizeof chunk);
      if (n <= 0) return {};
      buffer_.append(chunk, static_cast<std::size_t>(n));
    }
  }
  /// Sends SIGINT and returns the exit status.
  int stop() {
    ::kill(pid_, SIGINT);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

 private:
  pid_t pid_ = -1;
  int fd_ = -1;
  std::string buffer_;
};

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

}  // namespace

BOOST_AUTO_TEST_CASE(watch_reindexes_as_the_vault_changes) {
  const fs::path root = fs::temp_directory_path() / ("notegraph-watch-" + std::to_string(::getpid()));
  fs::remove_all(root);
  const fs::path vault = root / "vault", cache = root / "cache";
  write(vault / "a.md", "# A\n");
  Watch w(vault, cache);
  BOOST_TEST(w.line().rfind("watching 1 notes", 0) == 0u);
  write(vault / "b.md", "# B\n\nLinks to [[a]].\n");
  BOOST_TEST(w.line().find("+1 ~0 -0") != std::string::npos);
  write(vault / "sub/deeper/c.md", "# C in a new folder\n");  // new folders are watched too
  BOOST_TEST(w.line().find("+1 ~0 -0") != std::string::npos);
  write(vault / "sub/deeper/c.md", "# C edited\n");
  BOOST_TEST(w.line().find("+0 ~1 -0") != std::string::npos);
  fs::rename(vault / "b.md", vault / "sub/b2.md");
  BOOST_TEST(w.line().find("+1 ~0 -1") != std::string::npos);
  fs::remove(vault / "a.md");
  BOOST_TEST(w.line().find("-1") != std::string::npos);
  write(vault / ".obsidian/workspace.json", "{}");  // hidden folders change nothing
  BOOST_TEST(w.line(1.0).empty());
  BOOST_TEST(w.stop() == 0);
  // What the watcher left is the index a fresh run finds up to date.
  notegraph::LoadOptions o;
  o.scan.root = vault;
  o.cache_dir = cache;
  const auto r = notegraph::load_vault(o);
  BOOST_TEST(r.index.parsed == 0u);
  BOOST_TEST(r.stats.notes == 2u);
  fs::remove_all(root);
}
