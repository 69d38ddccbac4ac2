// parse_note over every note of the shared corpora (tubegraph, obsidian-help): no
// exception, no crash, and results that make sense. Skipped when the corpora are absent.
#define BOOST_TEST_MODULE parse_corpora
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "notegraph/ingest/parse_note.hpp"

namespace {

namespace fs = std::filesystem;
using namespace notegraph;

struct Totals {
  std::size_t notes = 0;
  std::size_t bytes = 0;
  std::size_t links = 0;
  std::size_t links_with_second = 0;
  std::size_t from_links = 0;
  std::size_t video_notes = 0;
  std::size_t urls = 0;
  std::size_t tags = 0;
  std::size_t blocks = 0;
  std::size_t anchors = 0;
  std::size_t anchor_tags = 0;  // `class="yt-timestamp"` in the source
  std::size_t diagnostics = 0;
  double parse_seconds = 0;
};

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::size_t count_lines(std::string_view text) {
  std::size_t lines = 1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) ++lines;
  }
  return lines;
}

// Checks one note's invariants; returns false (after reporting) on the first failure.
void check_note(const std::string& path, const std::string& content, const ParsedNote& note) {
  const auto lines = static_cast<int>(count_lines(content));
  BOOST_TEST(note.path == path);
  BOOST_TEST(!note.title.empty(), path);
  for (const auto& link : note.links) {
    BOOST_TEST((link.line >= 1 && link.line <= lines), path << ": link line " << link.line);
    BOOST_TEST((!link.target.empty() || !link.anchor.empty()), path << ": empty link");
    BOOST_TEST(link.target.find('\n') == std::string::npos, path);
    if (link.form != LinkForm::frontmatter) BOOST_TEST(link.target.find("]]") == std::string::npos, path);
  }
  for (const auto& url : note.urls) {
    BOOST_TEST((url.line >= 1 && url.line <= lines), path << ": url line " << url.line);
    BOOST_TEST(url.url.find_first_of(" \n") == std::string::npos, path << ": " << url.url);
  }
  for (const auto& tag : note.tags) {
    BOOST_TEST((tag.line >= 0 && tag.line <= lines), path);
    BOOST_TEST(!tag.tag.empty(), path);
  }
  for (const auto& block : note.blocks) {
    BOOST_TEST((block.line >= 1 && block.line <= lines), path << ": block line " << block.line);
    BOOST_TEST(block.line_at(block.text.size()) <= lines, path);
    for (const auto& span : block.links) BOOST_TEST((span.begin < span.end && span.end <= block.text.size()), path);
    for (const auto& anchor : block.anchors) BOOST_TEST(anchor.offset <= block.text.size(), path);
  }
}

bool parse_tree(const fs::path& root, Totals& totals) {
  if (!fs::is_directory(root)) {
    BOOST_TEST_MESSAGE("skipped: " << root.string() << " is absent (shared corpora not installed)");
    return false;
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file() && entry.path().extension() == ".md") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    const std::string content = read_file(file);
    const std::string path = fs::relative(file, root).generic_string();
    const auto start = std::chrono::steady_clock::now();
    ParsedNote note;
    BOOST_CHECK_NO_THROW(note = parse_note(path, content));
    totals.parse_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    check_note(path, content, note);
    ++totals.notes;
    totals.bytes += content.size();
    totals.links += note.links.size();
    totals.urls += note.urls.size();
    totals.tags += note.tags.size();
    totals.blocks += note.blocks.size();
    for (const auto& block : note.blocks) totals.anchors += block.anchors.size();
    for (auto pos = content.find("class=\"yt-timestamp\""); pos != std::string::npos;
         pos = content.find("class=\"yt-timestamp\"", pos + 1)) {
      ++totals.anchor_tags;
    }
    totals.diagnostics += note.diagnostics.size();
    if (!note.video_id.empty()) ++totals.video_notes;
    for (const auto& link : note.links) {
      if (link.second) ++totals.links_with_second;
      if (link.relation == "from") ++totals.from_links;
    }
  }
  BOOST_TEST_MESSAGE(root.filename().string()
                     << ": " << totals.notes << " notes, " << totals.bytes / 1000000.0 << " MB, " << totals.links
                     << " links (" << totals.links_with_second << " with a second), " << totals.urls << " urls, "
                     << totals.tags << " tags, " << totals.blocks << " blocks, " << totals.anchors << " anchors, " << totals.diagnostics
                     << " diagnostics; parse_note " << totals.parse_seconds << " s");
  return true;
}

const fs::path kCorpora = fs::path(NOTEGRAPH_SHARED_DIR) / "corpora";

BOOST_AUTO_TEST_CASE(tubegraph) {
  Totals totals;
  if (!parse_tree(kCorpora / "tubegraph" / "content", totals)) return;
  BOOST_TEST(totals.notes > 10000u);
  // The generated notes all follow the seed's shape: videoId, `From: [[channel]]`, anchors.
  BOOST_TEST(totals.video_notes >= totals.notes * 99 / 100);
  BOOST_TEST(totals.from_links >= totals.video_notes * 99 / 100);
  BOOST_TEST(totals.links > totals.notes * 5);
  BOOST_TEST(totals.links_with_second > totals.links / 2);
  BOOST_TEST(totals.anchors >= totals.anchor_tags * 99 / 100);
  BOOST_TEST(totals.anchors <= totals.anchor_tags);
  BOOST_TEST(totals.diagnostics == 0u);
}

BOOST_AUTO_TEST_CASE(obsidian_help) {
  Totals totals;
  if (!parse_tree(kCorpora / "obsidian-help", totals)) return;
  BOOST_TEST(totals.notes > 6000u);
  BOOST_TEST(totals.links > totals.notes * 5);
  BOOST_TEST(totals.tags > 100u);
  BOOST_TEST(totals.diagnostics < totals.notes / 100);
}

}  // namespace
