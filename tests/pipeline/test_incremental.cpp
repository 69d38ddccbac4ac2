// The index's promise (SPEC 2, issue 8): whatever sequence of edits a vault goes
// through — notes added, deleted, renamed, moved between folders, bodies edited, titles
// and aliases changed, attachments added and removed, files touched — every command
// answers exactly what a build from scratch answers. Random edit sequences from fixed
// seeds; after each step every export format of the incremental index is compared
// byte for byte with a fresh build's.
#define BOOST_TEST_MODULE incremental
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <unistd.h>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <cstdlib>

#include "notegraph/exporters/csv.hpp"
#include "notegraph/exporters/export.hpp"
#include "notegraph/pipeline/load.hpp"

using namespace notegraph;
namespace fs = std::filesystem;
namespace bdata = boost::unit_test::data;

namespace {

const std::vector<std::string> kNames{"Ada Lovelace", "Charles Babbage", "London",   "Zürich",
                                      "Acme Corporation", "Night Trains", "Kyiv",  "Grace Hopper",
                                      "Lisbon", "Baltic Trade"};
const std::vector<std::string> kFolders{"", "people/", "places/", "topics/", "archive/old/"};
// Sentences that move the rules' corpus: words written lowercase in one note and as a
// name in another, a name typed by a cue in one note and bare in another.
const std::vector<std::string> kProse{"Tolvan Brisk wrote the report. ", "A tolvan is a boat. ",
                                      "Harbour Lights opened late. ", "We walked to the harbour. ",
                                      "We heard that Quorvik said no. ", "They met Quorvik at noon. ",
                                      "The Quorvik region is cold. ", "Brisk agreed with Tolvan Brisk. "};

/// A random vault and random edits to it, all from one seed.
class Vault {
 public:
  explicit Vault(unsigned seed) : rng_(seed) {
    root_ = fs::temp_directory_path() / ("notegraph-incremental-" + std::to_string(::getpid()) + "-" + std::to_string(seed));
    fs::remove_all(root_);
    fs::create_directories(root_);
    for (int i = 0; i < 9; ++i) add_note();
    for (int i = 0; i < 2; ++i) add_attachment();
  }
  ~Vault() { fs::remove_all(root_); }
  const fs::path& root() const { return root_; }

  /// Applies one random edit; returns what it did (for failure messages).
  std::string edit() {
    switch (pick(10)) {
      case 0: return add_note();
      case 1: return remove_note();
      case 2: return rename_note();
      case 3: return edit_body();
      case 4: return edit_title();
      case 5: return move_folder();
      case 6: return add_attachment();
      case 7: return remove_attachment();
      case 8: return touch();
      default: return edit_body();
    }
  }

 private:
  int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }
  template <typename T>
  const T& any(const std::vector<T>& v) { return v[static_cast<std::size_t>(pick(static_cast<int>(v.size())))]; }

  std::vector<fs::path> files(bool notes) const {
    std::vector<fs::path> out;
    for (const auto& e : fs::recursive_directory_iterator(root_))
      if (e.is_regular_file() && (e.path().extension() == ".md") == notes) out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
  }

  std::string stem_of_some_note() {
    auto notes = files(true);
    if (notes.empty() || pick(3) == 0) return any(kNames);  // sometimes a missing target
    return any(notes).stem().string();
  }

  std::string body() {
    std::ostringstream b;
    if (pick(2)) {
      b << "---\n";
      if (pick(2)) b << "title: " << any(kNames) << (pick(2) ? " notes" : "") << "\n";
      if (pick(2)) b << "aliases: [" << any(kNames) << "]\n";
      if (pick(2)) b << "tags: [topic/" << any(kNames).substr(0, 3) << "]\n";
      if (pick(3) == 0) b << "videoId: vid" << pick(3) << "\n";
      if (pick(3) == 0) b << "type: " << (pick(2) ? "person" : "place") << "\n";
      b << "---\n";
    }
    b << "From: [[" << stem_of_some_note() << "]]\n\n";
    b << "## " << any(kNames) << " and more\n\n";
    for (int p = 0, n = 1 + pick(3); p < n; ++p) {
      b << any(kNames) << " met " << any(kNames) << " in " << any(kNames) << " in 2019. ";
      if (pick(2)) b << any(kProse);
      b << "See [[" << stem_of_some_note() << (pick(2) ? " | " + any(kNames) : std::string()) << "]]";
      if (pick(2)) b << " and [[" << any(kNames) << "#Part]]";
      if (pick(3) == 0) b << " ![[" << "pic" << pick(3) << ".png|100]]";
      if (pick(3) == 0) b << " #tag/" << any(kNames).substr(0, 4);
      if (pick(3) == 0) b << " https://youtu.be/vid" << pick(3) << "?t=" << pick(90);
      b << " <a class=\"yt-timestamp\" data-t=\"00:0" << pick(9) << ":1" << pick(9) << "\">x</a>\n\n";
    }
    return b.str();
  }

  void write(const fs::path& p, const std::string& text) {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
  }

  std::string add_note() {
    std::string name = any(kNames);
    if (pick(2)) name += " " + std::to_string(pick(20));
    const fs::path p = root_ / (any(kFolders) + name + ".md");
    write(p, body());
    return "add " + p.string();
  }
  std::string remove_note() {
    auto notes = files(true);
    if (notes.size() < 3) return add_note();
    const auto p = any(notes);
    fs::remove(p);
    return "remove " + p.string();
  }
  std::string rename_note() {
    auto notes = files(true);
    if (notes.empty()) return add_note();
    const auto from = any(notes);
    const fs::path to = root_ / (any(kFolders) + any(kNames) + " " + std::to_string(pick(50)) + ".md");
    if (fs::exists(to)) return "no-op";
    fs::create_directories(to.parent_path());
    fs::rename(from, to);
    return "rename " + from.string() + " -> " + to.string();
  }
  std::string edit_body() {
    auto notes = files(true);
    if (notes.empty()) return add_note();
    const auto p = any(notes);
    write(p, body());
    return "edit " + p.string();
  }
  std::string edit_title() {
    auto notes = files(true);
    if (notes.empty()) return add_note();
    const auto p = any(notes);
    std::ifstream in(p, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string head = "---\ntitle: " + any(kNames) + "\naliases: [" + any(kNames) + "]\n---\n";
    if (text.rfind("---\n", 0) == 0) {
      const auto end = text.find("\n---\n", 4);
      text = end == std::string::npos ? head + text : head + text.substr(end + 5);
    } else {
      text = head + text;
    }
    write(p, text);
    return "retitle " + p.string();
  }
  std::string move_folder() {
    for (const auto& folder : {"people", "places", "topics", "archive"}) {
      const fs::path from = root_ / folder;
      if (!fs::exists(from)) continue;
      const fs::path to = root_ / (std::string(folder) + "-" + std::to_string(pick(9)));
      if (fs::exists(to)) continue;
      fs::rename(from, to);
      return "move " + from.string() + " -> " + to.string();
    }
    return add_note();
  }
  std::string add_attachment() {
    const fs::path p = root_ / (any(kFolders) + "pic" + std::to_string(pick(3)) + ".png");
    write(p, "png bytes");
    return "add " + p.string();
  }
  std::string remove_attachment() {
    auto pics = files(false);
    if (pics.empty()) return add_attachment();
    const auto p = any(pics);
    fs::remove(p);
    return "remove " + p.string();
  }
  std::string touch() {
    auto notes = files(true);
    if (notes.empty()) return add_note();
    const auto p = any(notes);
    fs::last_write_time(p, fs::last_write_time(p) + std::chrono::seconds(5));
    return "touch " + p.string();
  }

  std::mt19937 rng_;
  fs::path root_;
};

/// Every export of a load, as one text, plus its diagnostics.
std::string everything(const LoadResult& r) {
  std::ostringstream out;
  for (const auto& [format, name] : kExportFormatNames) {
    if (output_shape(format) != OutputShape::stream) continue;
    out << "== " << name << "\n";
    write_export(format, r.graph, out, ExportOptions{});
  }
  const fs::path csv = fs::temp_directory_path() / ("notegraph-incremental-csv-" + std::to_string(::getpid()));
  fs::remove_all(csv);
  write_csv_directory(r.graph, csv, ExportOptions{});
  for (const auto& e : fs::directory_iterator(csv)) {
    std::ifstream in(e.path(), std::ios::binary);
    out << "== csv " << e.path().filename().string() << "\n" << in.rdbuf();
  }
  fs::remove_all(csv);
  out << "== diagnostics\n";
  for (const auto& d : r.diagnostics) out << d.path << ":" << d.line << ": " << d.message << "\n";
  return out.str();
}

/// The first lines where two texts differ, with a little context.
std::string first_difference(const std::string& a, const std::string& b) {
  std::istringstream x(a), y(b);
  std::string lx, ly;
  std::vector<std::string> before;
  for (int line = 1;; ++line) {
    const bool gx = static_cast<bool>(std::getline(x, lx)), gy = static_cast<bool>(std::getline(y, ly));
    if (!gx && !gy) return "(same)";
    if (lx != ly || gx != gy) {
      std::string out = "line " + std::to_string(line) + ":\n";
      for (const auto& c : before) out += "  " + c + "\n";
      out += "- incremental: " + (gx ? lx : "(end)") + "\n+ rebuild:     " + (gy ? ly : "(end)") + "\n";
      for (int k = 0; k < 3 && std::getline(x, lx); ++k) out += "  - " + lx + "\n";
      for (int k = 0; k < 3 && std::getline(y, ly); ++k) out += "  + " + ly + "\n";
      return out;
    }
    before.push_back(lx);
    if (before.size() > 4) before.erase(before.begin());
  }
}

LoadResult load(const fs::path& vault, const fs::path& cache, CacheMode mode, ResolveOptions resolve) {
  LoadOptions o;
  o.scan.root = vault;
  o.resolve = resolve;
  o.cache = mode;
  o.cache_dir = cache;
  return load_vault(o);
}

const ResolveOptions kModes[] = {{ResolveMode::obsidian, AliasTargets::ignore},
                                 {ResolveMode::slug, AliasTargets::ignore},
                                 {ResolveMode::obsidian, AliasTargets::resolve}};

}  // namespace

// NOTEGRAPH_INCREMENTAL_SEEDS=N runs N seeds (a longer search than CI's 18).
int seed_count() {
  const char* n = std::getenv("NOTEGRAPH_INCREMENTAL_SEEDS");
  return n ? std::max(1, std::atoi(n)) : 18;
}

BOOST_DATA_TEST_CASE(incremental_index_equals_a_rebuild_after_every_edit, bdata::xrange(1, seed_count() + 1),
                     seed) {
  Vault vault(static_cast<unsigned>(seed) * 7919u);
  const ResolveOptions resolve = kModes[seed % 3];
  const fs::path cache = fs::temp_directory_path() / ("notegraph-incremental-cache-" + std::to_string(::getpid()) + "-" + std::to_string(seed));
  fs::remove_all(cache);
  LoadResult first = load(vault.root(), cache, CacheMode::use, resolve);
  BOOST_TEST(first.index.rebuilt);
  std::string history;
  for (int step = 0; step < 8; ++step) {
    const std::string what = vault.edit();
    history += what + "\n";
    const LoadResult incremental = load(vault.root(), cache, CacheMode::use, resolve);
    const LoadResult fresh = load(vault.root(), {}, CacheMode::off, resolve);
    std::string problems;
    for (const auto& d : incremental.diagnostics) problems += d.path + ": " + d.message + "\n";
    BOOST_TEST_REQUIRE(!incremental.index.rebuilt, "step " << step << " rebuilt: " << history << problems);
    const std::string got = everything(incremental), want = everything(fresh);
    BOOST_TEST_REQUIRE(got == want, "seed " << seed << " after:\n" << history << first_difference(got, want));
    // An unchanged vault parses and reworks nothing.
    const LoadResult again = load(vault.root(), cache, CacheMode::use, resolve);
    BOOST_TEST(again.index.parsed == 0u);
    BOOST_TEST(again.index.reworked == 0u);
    BOOST_TEST(everything(again) == want);
  }
  fs::remove_all(cache);
}
