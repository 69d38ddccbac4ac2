// load_vault over the real vaults in ../shared/corpora (label corpora): every .md file is
// a note, nothing crashes, and the link figures are printed for the record.
#define BOOST_TEST_MODULE corpora
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <filesystem>
#include <iostream>

#include "notegraph/pipeline/load.hpp"

using namespace notegraph;
namespace fs = std::filesystem;

namespace {

const fs::path kCorpora = fs::path(NOTEGRAPH_SHARED_DIR) / "corpora";

/// Counts `*.md` files (any case) outside hidden folders, independently of scan_vault.
std::size_t count_markdown(const fs::path& root) {
  std::size_t n = 0;
  for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator(); ++it) {
    const std::string name = it->path().filename().string();
    if (name.starts_with('.')) {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file()) continue;
    std::string ext = it->path().extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    n += ext == ".md";
  }
  return n;
}

void check_vault(const fs::path& root, ResolveMode mode) {
  if (!fs::is_directory(root)) {
    BOOST_TEST_MESSAGE("skipped: " << root.string() << " is absent (shared corpora not here)");
    std::cout << "skipped: " << root.string() << " is absent\n";
    return;
  }
  LoadOptions o;
  o.scan.root = root;
  o.resolve.mode = mode;
  o.cache = CacheMode::off;
  const auto start = std::chrono::steady_clock::now();
  LoadResult r = load_vault(o);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  BOOST_TEST(r.stats.notes == count_markdown(root));
  BOOST_TEST(r.stats.links == r.stats.resolved_links + r.stats.unresolved_links);
  BOOST_TEST(r.stats.links > 0u);
  std::cout << root.lexically_relative(kCorpora).string() << " ("
            << (mode == ResolveMode::slug ? "slug" : "obsidian") << "): " << r.stats.notes
            << " notes, " << r.stats.attachments << " attachments, " << r.stats.links
            << " links, " << r.stats.resolved_links << " resolved, " << r.stats.unresolved_links
            << " unresolved, " << r.graph.node_count() << " nodes, " << r.graph.edge_count()
            << " edges, " << r.diagnostics.size() << " warnings, loaded in " << seconds
            << " s\n";
}

}  // namespace

BOOST_AUTO_TEST_CASE(tubegraph) { check_vault(kCorpora / "tubegraph/content", ResolveMode::obsidian); }

BOOST_AUTO_TEST_CASE(tubegraph_slug) { check_vault(kCorpora / "tubegraph/content", ResolveMode::slug); }

BOOST_AUTO_TEST_CASE(obsidian_help) { check_vault(kCorpora / "obsidian-help", ResolveMode::obsidian); }
