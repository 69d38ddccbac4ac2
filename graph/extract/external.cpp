#include "notegraph/extract/external.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <memory>
#include <thread>
#include <unordered_map>

#include "notegraph/extract/text.hpp"

extern char** environ;

namespace notegraph {
namespace {

struct Request {
  std::size_t note;
  std::size_t block;
};

struct Fd {
  int fd = -1;
  Fd() = default;
  explicit Fd(int f) : fd(f) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() { reset(); }
  void reset() {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
};

bool make_pipe(Fd& read_end, Fd& write_end) {
  int p[2];
  if (::pipe2(p, O_CLOEXEC) != 0) return false;
  read_end.fd = p[0];
  write_end.fd = p[1];
  return true;
}

// Writes all requests; a reader that stops early (EPIPE) ends the writing quietly.
void write_requests(int fd, std::span<const ParsedNote* const> notes, const std::vector<Request>& requests) {
  sigset_t pipe_set;
  sigemptyset(&pipe_set);
  sigaddset(&pipe_set, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &pipe_set, nullptr);
  rapidjson::StringBuffer buf;
  for (const auto& r : requests) {
    buf.Clear();
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    const ParsedNote& n = *notes[r.note];
    const std::string& t = n.blocks[r.block].text;
    w.StartObject();
    w.Key("note");
    w.String(n.path.c_str(), static_cast<rapidjson::SizeType>(n.path.size()));
    w.Key("block");
    w.Uint64(r.block);
    w.Key("text");
    w.String(t.c_str(), static_cast<rapidjson::SizeType>(t.size()));
    w.EndObject();
    std::string line(buf.GetString(), buf.GetSize());
    line += '\n';
    std::size_t done = 0;
    bool failed = false;
    while (done < line.size()) {
      ssize_t k = ::write(fd, line.data() + done, line.size() - done);
      if (k < 0 && errno == EINTR) continue;
      if (k <= 0) {
        failed = true;
        break;
      }
      done += static_cast<std::size_t>(k);
    }
    if (failed) break;
  }
  ::close(fd);
  timespec zero{0, 0};
  while (sigtimedwait(&pipe_set, nullptr, &zero) > 0) {
  }
}

std::string read_all(int fd, std::size_t limit) {
  std::string out;
  char buf[4096];
  while (true) {
    ssize_t k = ::read(fd, buf, sizeof buf);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) break;
    if (out.size() < limit) out.append(buf, static_cast<std::size_t>(k));
  }
  return out;
}

std::string first_line(const std::string& s) {
  std::string l = s.substr(0, s.find('\n'));
  return l.size() > 200 ? l.substr(0, 200) + "…" : l;
}

// Finds `needle` in `hay` at word boundaries from `from`; npos when absent.
std::size_t find_word(std::string_view hay, std::string_view needle, std::size_t from) {
  while (true) {
    std::size_t p = hay.find(needle, from);
    if (p == std::string_view::npos) return p;
    std::size_t before = p, after = p + needle.size();
    bool ok_begin = p == 0 || !text::is_word_char(text::previous_code_point(hay, before));
    bool ok_end = after >= hay.size() || !text::is_word_char(text::next_code_point(hay, after));
    if (ok_begin && ok_end) return p;
    from = p + 1;
  }
}

}  // namespace

void ExternalExtractor::observe(std::span<const ParsedNote* const> notes, std::span<NoteObservation> out,
                                std::vector<Diagnostic>& diagnostics) const {
  if (command_.empty()) return;
  std::vector<Request> requests;
  for (std::size_t n = 0; n < notes.size(); ++n)
    for (std::size_t b = 0; b < notes[n]->blocks.size(); ++b)
      if (!notes[n]->blocks[b].text.empty()) requests.push_back({n, b});
  auto fail = [&](const std::string& why) {
    diagnostics.push_back({"", 0, "external extractor `" + command_ + "`: " + why});
  };

  Fd in_r, in_w, out_r, out_w, err_r, err_w;
  if (!make_pipe(in_r, in_w) || !make_pipe(out_r, out_w) || !make_pipe(err_r, err_w)) {
    fail(std::string("cannot create pipes: ") + std::strerror(errno));
    return;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in_r.fd, 0);
  posix_spawn_file_actions_adddup2(&actions, out_w.fd, 1);
  posix_spawn_file_actions_adddup2(&actions, err_w.fd, 2);
  std::string sh = "/bin/sh", dash_c = "-c", cmd = command_;
  char* argv[] = {sh.data(), dash_c.data(), cmd.data(), nullptr};
  pid_t pid = 0;
  int rc = posix_spawn(&pid, "/bin/sh", &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) {
    fail(std::string("cannot start: ") + std::strerror(rc));
    return;
  }
  in_r.reset();
  out_w.reset();
  err_w.reset();

  std::string err_text;
  std::thread err_thread([&] { err_text = read_all(err_r.fd, 64 * 1024); });
  int write_fd = in_w.fd;
  in_w.fd = -1;  // the writer thread closes it
  std::thread writer([&, write_fd] { write_requests(write_fd, notes, requests); });

  std::unique_ptr<FILE, int (*)(FILE*)> reader(fdopen(out_r.fd, "r"), &std::fclose);
  if (reader) out_r.fd = -1;
  std::size_t answered = 0;
  std::size_t bad_lines = 0;
  std::string first_bad;
  char* line = nullptr;
  std::size_t cap = 0;
  std::unordered_map<std::string, std::size_t> next_from;
  while (reader && answered < requests.size()) {
    ssize_t len = getline(&line, &cap, reader.get());
    if (len < 0) break;
    std::string_view l(line, static_cast<std::size_t>(len));
    while (!l.empty() && (l.back() == '\n' || l.back() == '\r')) l.remove_suffix(1);
    const Request& r = requests[answered++];
    rapidjson::Document doc;
    doc.Parse(l.data(), l.size());
    const rapidjson::Value* list = nullptr;
    if (!doc.HasParseError()) {
      if (doc.IsArray()) list = &doc;
      else if (doc.IsObject() && doc.HasMember("entities") && doc["entities"].IsArray()) list = &doc["entities"];
    }
    if (!list) {
      if (bad_lines++ == 0) first_bad = std::string(l.substr(0, 120));
      continue;
    }
    const Block& block = notes[r.note]->blocks[r.block];
    next_from.clear();
    for (const auto& e : list->GetArray()) {
      if (!e.IsObject()) continue;
      auto str = [&](const char* key) -> std::string {
        auto it = e.FindMember(key);
        if (it == e.MemberEnd() || !it->value.IsString()) return {};
        return std::string(it->value.GetString(), it->value.GetStringLength());
      };
      EntitySpan s;
      s.block = r.block;
      s.type = normalize_entity_type(str("type"));
      std::string surface = str("text");
      if (s.type.empty()) continue;
      auto b = e.FindMember("begin");
      auto en = e.FindMember("end");
      if (b != e.MemberEnd() && en != e.MemberEnd() && b->value.IsUint64() && en->value.IsUint64() &&
          b->value.GetUint64() < en->value.GetUint64() && en->value.GetUint64() <= block.text.size()) {
        s.begin = b->value.GetUint64();
        s.end = en->value.GetUint64();
      } else {
        if (surface.empty()) continue;
        std::size_t& from = next_from[surface];
        std::size_t p = find_word(block.text, surface, from);
        if (p == std::string::npos) p = find_word(block.text, surface, 0);
        if (p == std::string::npos) continue;
        s.begin = p;
        s.end = p + surface.size();
        from = s.end;
      }
      s.name = text::collapse_space(str("name"));
      if (s.name.empty()) s.name = text::collapse_space(block.text.substr(s.begin, s.end - s.begin));
      s.same_as = str("sameAs");
      s.source = ExtractorKind::external;
      out[r.note].spans.push_back(std::move(s));
    }
  }
  std::free(line);
  reader.reset();  // closing our end lets a command still writing see EPIPE
  writer.join();
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  err_thread.join();
  if (WIFEXITED(status) && WEXITSTATUS(status) != 0) {
    std::string why = "exited with status " + std::to_string(WEXITSTATUS(status));
    if (!err_text.empty()) why += ": " + first_line(err_text);
    fail(why);
  } else if (WIFSIGNALED(status)) {
    fail("killed by signal " + std::to_string(WTERMSIG(status)));
  } else if (answered < requests.size()) {
    fail("answered " + std::to_string(answered) + " of " + std::to_string(requests.size()) + " blocks");
  }
  if (bad_lines > 0)
    fail(std::to_string(bad_lines) + " answer line(s) were not JSON entity lists, first: " + first_bad);
}

}  // namespace notegraph
