// notegraph watch: keep the vault's index current as notes change (inotify), printing
// what each update re-indexed, so editors and scripts can query instantly (SPEC 5).
#include <poll.h>
#include <signal.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>

#include "commands.hpp"

namespace notegraph::cli {
namespace {

namespace fs = std::filesystem;

std::atomic<bool> g_stop{false};

extern "C" void on_signal(int) { g_stop = true; }

struct WatchOptions {
  int debounce_ms = 200;  ///< quiet time after the last change before an update
};

/// The inotify watches on every folder of the vault (hidden ones skipped, as the scan does).
class Watcher {
 public:
  explicit Watcher(const fs::path& root) : root_(root) {
    fd_ = ::inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
    if (fd_ < 0) throw CliError(ExitCode::failed, std::string("cannot watch the vault: ") + std::strerror(errno));
    add_tree(root_);
  }
  ~Watcher() {
    if (fd_ >= 0) ::close(fd_);
  }
  int fd() const { return fd_; }

  /// Reads pending events; returns whether any concerns the vault's files.
  bool drain() {
    bool any = false;
    alignas(inotify_event) char buffer[64 * 1024];
    while (true) {
      const ssize_t n = ::read(fd_, buffer, sizeof buffer);
      if (n <= 0) break;
      for (char* p = buffer; p < buffer + n;) {
        const auto* e = reinterpret_cast<const inotify_event*>(p);
        p += sizeof(inotify_event) + e->len;
        if (e->mask & IN_Q_OVERFLOW) any = true;
        const std::string name = e->len ? std::string(e->name) : std::string();
        if (!name.empty() && name.front() == '.') continue;  // hidden: never part of the vault
        any = true;
        if ((e->mask & IN_ISDIR) && (e->mask & (IN_CREATE | IN_MOVED_TO)))
          if (auto it = dirs_.find(e->wd); it != dirs_.end()) add_tree(it->second / name);
        if (e->mask & IN_IGNORED) dirs_.erase(e->wd);
      }
    }
    return any;
  }

 private:
  void add_one(const fs::path& dir) {
    const int wd = ::inotify_add_watch(fd_, dir.c_str(),
                                       IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM |
                                           IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF | IN_ATTRIB);
    if (wd >= 0) dirs_[wd] = dir;
  }
  void add_tree(const fs::path& dir) {
    std::error_code ec;
    add_one(dir);
    for (fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec)) {
      if (it->path().filename().string().starts_with('.')) {
        it.disable_recursion_pending();
        continue;
      }
      if (it->is_directory(ec) && !it->is_symlink(ec)) add_one(it->path());
    }
  }

  fs::path root_;
  int fd_ = -1;
  std::map<int, fs::path> dirs_;
};

void print_update(const LoadResult& r) {
  const IndexReport& i = r.index;
  char seconds[32];
  std::snprintf(seconds, sizeof seconds, "%.2f", i.seconds);
  std::cout << "re-indexed " << r.stats.notes << " notes in " << seconds << " s: +" << i.added << " ~"
            << i.changed << " -" << i.removed;
  if (i.reworked) std::cout << " (" << i.reworked << " more redone)";
  std::cout << std::endl;
}

ExitCode run_watch(const WatchOptions& options, const GlobalOptions& global) {
  struct sigaction sa {};
  sa.sa_handler = on_signal;
  ::sigaction(SIGINT, &sa, nullptr);
  ::sigaction(SIGTERM, &sa, nullptr);
  Watcher watcher(global.vault);
  LoadResult first = load_graph(global);
  std::cout << "watching " << first.stats.notes << " notes in " << global.vault << " (index "
            << (first.index.persistent ? first.index.location.string() : std::string("in memory"))
            << "); Ctrl-C to stop" << std::endl;
  bool dirty = false;
  while (!g_stop) {
    pollfd p{watcher.fd(), POLLIN, 0};
    const int ready = ::poll(&p, 1, dirty ? options.debounce_ms : 1000);
    if (ready > 0) {
      if (watcher.drain()) dirty = true;
      continue;  // wait until the vault is quiet for a debounce period
    }
    if (ready < 0 && errno != EINTR) break;
    if (!dirty || g_stop) continue;
    dirty = false;
    LoadResult r = load_graph(global);
    if (r.index.added || r.index.changed || r.index.removed || r.index.reworked) print_update(r);
  }
  return ExitCode::ok;
}

}  // namespace

void setup_watch(CLI::App& app, RunState& state) {
  auto options = std::make_shared<WatchOptions>();
  CLI::App* sub = app.add_subcommand(
      "watch", "Keep the index current as notes change (inotify), printing each update; Ctrl-C stops");
  sub->add_option("--debounce", options->debounce_ms, "Quiet milliseconds after a change before updating")
      ->check(CLI::Range(10, 60000));
  sub->callback([options, &state] { state.exit = run_watch(*options, state.global); });
}

}  // namespace notegraph::cli
