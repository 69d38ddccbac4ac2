// Vault scanning (SPEC 2) over a temporary folder this test builds and removes.
#define BOOST_TEST_MODULE scan
#include <boost/test/unit_test.hpp>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>

#include "notegraph/ingest/scan.hpp"

using namespace notegraph;
namespace fs = std::filesystem;

BOOST_TEST_DONT_PRINT_LOG_VALUE(std::vector<std::string>)

namespace {

/// A temporary folder holding `vault/` and `outside/`, removed at the end.
struct TempVault {
  fs::path base;
  fs::path root;
  fs::path outside;

  TempVault() {
    std::random_device rd;
    base = fs::temp_directory_path() / ("notegraph-scan-" + std::to_string(rd()));
    root = base / "vault";
    outside = base / "outside";
    fs::create_directories(root);
    fs::create_directories(outside);
    for (const char* p : {"b.md", "a.md", "A.MD", "Z.png", "a-b.md", "a/x.md", "sub/c.md",
                          "sub/deeper/d.txt", "sub/deeper/e.md", ".obsidian/app.json",
                          ".hidden.md", "sub/.git/config.md", ".trash/old.md", "drafts/draft.md",
                          "img/p.png", "img/nested/q.png", "n.Md"})
      write(root / p);
    write(outside / "secret.md");
  }
  ~TempVault() {
    std::error_code ec;
    fs::permissions(root / "locked", fs::perms::owner_all, ec);
    fs::remove_all(base, ec);
  }

  static void write(const fs::path& p) {
    fs::create_directories(p.parent_path());
    std::ofstream(p) << "# " << p.filename().string() << "\n";
  }

  void add_links() {
    fs::create_directory_symlink(outside, root / "to_outside");
    fs::create_symlink(outside / "secret.md", root / "secret_link.md");
    fs::create_directory_symlink(root / "sub", root / "sub_link");
    fs::create_directory_symlink(root, root / "sub" / "loop");
    fs::create_symlink(root / "b.md", root / "b_link.md");
    fs::create_symlink(root / "nowhere.md", root / "broken.md");
  }
};

std::vector<std::string> paths(const ScanResult& r) {
  std::vector<std::string> out;
  for (const auto& f : r.files) out.push_back(f.path);
  return out;
}

bool has(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

ScanResult scan(const TempVault& v, std::vector<std::string> excludes = {},
                SymlinkPolicy policy = SymlinkPolicy::skip) {
  ScanOptions o;
  o.root = v.root;
  o.excludes = std::move(excludes);
  o.symlinks = policy;
  return scan_vault(o);
}

}  // namespace

BOOST_AUTO_TEST_CASE(lists_sorted_skips_hidden) {
  TempVault v;
  ScanResult r = scan(v);
  const std::vector<std::string> expected = {
      "A.MD",     "Z.png",    "a-b.md",           "a.md",     "a/x.md",
      "b.md",     "drafts/draft.md", "img/nested/q.png", "img/p.png", "n.Md",
      "sub/c.md", "sub/deeper/d.txt", "sub/deeper/e.md"};
  BOOST_TEST(paths(r) == expected);
  BOOST_TEST(r.diagnostics.empty());
  BOOST_TEST(std::is_sorted(r.files.begin(), r.files.end(),
                            [](const auto& a, const auto& b) { return a.path < b.path; }));
}

BOOST_AUTO_TEST_CASE(markdown_by_extension_any_case) {
  TempVault v;
  for (const auto& f : scan(v).files) {
    const bool md = f.path.ends_with(".md") || f.path.ends_with(".MD") || f.path.ends_with(".Md");
    BOOST_TEST(f.is_note == md, f.path);
    BOOST_TEST(fs::exists(f.absolute), f.path);
  }
}

BOOST_AUTO_TEST_CASE(symlinks_are_skipped_by_default) {
  TempVault v;
  v.add_links();
  ScanResult r = scan(v);
  auto p = paths(r);
  BOOST_TEST(!has(p, "to_outside/secret.md"));
  BOOST_TEST(!has(p, "secret_link.md"));
  BOOST_TEST(!has(p, "sub_link/c.md"));
  BOOST_TEST(!has(p, "b_link.md"));
  BOOST_TEST(r.diagnostics.empty());
}

BOOST_AUTO_TEST_CASE(followed_symlinks_stay_inside_and_never_loop) {
  TempVault v;
  v.add_links();
  ScanResult r = scan(v, {}, SymlinkPolicy::follow_inside_vault);
  auto p = paths(r);
  BOOST_TEST(has(p, "sub_link/c.md"));
  BOOST_TEST(has(p, "sub_link/deeper/e.md"));
  BOOST_TEST(has(p, "b_link.md"));
  BOOST_TEST(!has(p, "to_outside/secret.md"));
  BOOST_TEST(!has(p, "secret_link.md"));
  BOOST_TEST(!has(p, "broken.md"));
  for (const auto& path : p) BOOST_TEST(path.find("loop/") == std::string::npos, path);
  std::vector<std::string> diag_paths;
  for (const auto& d : r.diagnostics) diag_paths.push_back(d.path);
  BOOST_TEST(has(diag_paths, "sub/loop"));
  BOOST_TEST(has(diag_paths, "sub_link/loop"));
  BOOST_TEST(has(diag_paths, "to_outside"));
  BOOST_TEST(has(diag_paths, "secret_link.md"));
  BOOST_TEST(has(diag_paths, "broken.md"));
  BOOST_TEST(std::is_sorted(p.begin(), p.end()));
}

BOOST_AUTO_TEST_CASE(excludes_by_glob) {
  TempVault v;
  auto p = paths(scan(v, {"drafts"}));
  BOOST_TEST(!has(p, "drafts/draft.md"));
  BOOST_TEST(has(p, "a.md"));

  p = paths(scan(v, {"*.png"}));  // no '/': a name at any depth
  BOOST_TEST(!has(p, "Z.png"));
  BOOST_TEST(!has(p, "img/p.png"));
  BOOST_TEST(!has(p, "img/nested/q.png"));

  p = paths(scan(v, {"img/*.png"}));  // '*' stays within one segment
  BOOST_TEST(!has(p, "img/p.png"));
  BOOST_TEST(has(p, "img/nested/q.png"));
  BOOST_TEST(has(p, "Z.png"));

  p = paths(scan(v, {"img/**/*.png"}));  // '**' spans zero or more folders
  BOOST_TEST(!has(p, "img/p.png"));
  BOOST_TEST(!has(p, "img/nested/q.png"));

  p = paths(scan(v, {"?.md"}));
  BOOST_TEST(!has(p, "a.md"));
  BOOST_TEST(!has(p, "b.md"));
  BOOST_TEST(has(p, "a-b.md"));
  BOOST_TEST(!has(p, "a/x.md"));  // x.md is one character too

  p = paths(scan(v, {"sub/**", "a/"}));  // a folder glob skips everything under it
  BOOST_TEST(!has(p, "sub/c.md"));
  BOOST_TEST(!has(p, "sub/deeper/e.md"));
  BOOST_TEST(!has(p, "a/x.md"));
  BOOST_TEST(has(p, "a.md"));

  p = paths(scan(v, {"**/deeper"}));
  BOOST_TEST(!has(p, "sub/deeper/d.txt"));
  BOOST_TEST(has(p, "sub/c.md"));
}

BOOST_AUTO_TEST_CASE(root_that_is_not_a_directory_throws_naming_it) {
  TempVault v;
  ScanOptions o;
  o.root = v.root / "a.md";
  try {
    scan_vault(o);
    BOOST_FAIL("expected std::runtime_error");
  } catch (const std::runtime_error& e) {
    BOOST_TEST(std::string(e.what()).find("a.md") != std::string::npos);
  }
  o.root = v.root / "does-not-exist";
  BOOST_CHECK_THROW(scan_vault(o), std::runtime_error);
}

BOOST_AUTO_TEST_CASE(unreadable_folder_is_a_diagnostic) {
  TempVault v;
  TempVault::write(v.root / "locked" / "inner.md");
  fs::permissions(v.root / "locked", fs::perms::none);
  if (::geteuid() == 0) {
    BOOST_TEST_MESSAGE("skipped: running as root, which reads any folder");
    return;
  }
  ScanResult r = scan(v);
  BOOST_TEST(!has(paths(r), "locked/inner.md"));
  BOOST_REQUIRE(r.diagnostics.size() == 1u);
  BOOST_TEST(r.diagnostics[0].path == "locked");
  BOOST_TEST(has(paths(r), "a.md"));
}
