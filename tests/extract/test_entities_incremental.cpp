// Entities in the index are incremental (issue 8): the rules' corpus is kept per key,
// so an edit re-decides only the notes whose corpus answers changed, and the answer
// is the same as a build from scratch — including when an edit turns a word common
// (written lowercase), makes a name's votes change side, or removes the only evidence.
#define BOOST_TEST_MODULE entities_incremental
#include <boost/test/unit_test.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "notegraph/exporters/export.hpp"
#include "notegraph/extract/corpus.hpp"
#include "notegraph/extract/extract.hpp"
#include "notegraph/extract/rules.hpp"
#include "notegraph/ingest/parse_note.hpp"
#include "notegraph/pipeline/load.hpp"

using namespace notegraph;
namespace fs = std::filesystem;

namespace {

struct Fixture {
  fs::path root = fs::temp_directory_path() / ("notegraph-entities-inc-" + std::to_string(::getpid()));
  fs::path vault = root / "vault";
  fs::path cache = root / "cache";

  Fixture() {
    fs::remove_all(root);
    for (int i = 0; i < 12; ++i)
      write("filler/Note " + std::to_string(i) + ".md",
            "Markets moved in 2021. Analysts in Berlin watched the bank closely.\n");
    write("a/one.md", "We read the report. Tolvan Brisk wrote it for the board.\n");
    write("a/two.md", "We heard that Quorvik said the plan was late.\n");
    write("b/three.md", "They met Quorvik at noon. Harbour Lights opened in Lisbon.\n");
    write("b/four.md", "Nothing here names anyone at all.\n");
  }
  ~Fixture() { fs::remove_all(root); }
  void write(const std::string& rel, const std::string& text) const {
    fs::create_directories((vault / rel).parent_path());
    std::ofstream(vault / rel, std::ios::binary) << text;
  }
  LoadResult load(CacheMode mode = CacheMode::use) const {
    LoadOptions o;
    o.scan.root = vault;
    o.cache = mode;
    o.cache_dir = cache;
    return load_vault(o);
  }
};

std::string as_json(const LoadResult& r) {
  std::ostringstream out;
  write_export(ExportFormat::jsonld, r.graph, out, ExportOptions{});
  return out.str();
}

bool has_node(const LoadResult& r, std::string_view id) { return r.graph.find(id).has_value(); }

void same_as_rebuild(const Fixture& f, const LoadResult& incremental) {
  const LoadResult fresh = f.load(CacheMode::off);
  BOOST_TEST(!incremental.index.rebuilt);
  BOOST_TEST(as_json(incremental) == as_json(fresh));
}

ParsedNote parse(const std::string& path, const std::string& text) { return parse_note(path, text); }

}  // namespace

BOOST_AUTO_TEST_CASE(a_body_edit_with_no_new_evidence_redecides_no_other_note) {
  Fixture f;
  LoadResult first = f.load();
  BOOST_TEST(first.index.rebuilt);
  BOOST_TEST(has_node(first, "entity:person:quorvik"));
  f.write("filler/Note 3.md", "Markets moved in 2021. Analysts in Berlin watched the bank again.\n");
  LoadResult next = f.load();
  BOOST_TEST(next.index.parsed == 1u);
  BOOST_TEST(next.index.reworked == 0u);
  same_as_rebuild(f, next);
  LoadResult again = f.load();
  BOOST_TEST(again.index.parsed == 0u);
  BOOST_TEST(again.index.reworked == 0u);
}

BOOST_AUTO_TEST_CASE(a_word_turned_common_redecides_the_notes_that_ask_about_it) {
  Fixture f;
  LoadResult first = f.load();
  BOOST_TEST(has_node(first, "entity:person:tolvan brisk"));
  // "tolvan" written lowercase: "Tolvan Brisk" is no longer never-lowercase.
  f.write("b/four.md", "A tolvan is a small boat. Nothing here names anyone.\n");
  LoadResult next = f.load();
  BOOST_TEST(next.index.reworked >= 1u);
  BOOST_TEST(!has_node(next, "entity:person:tolvan brisk"));
  same_as_rebuild(f, next);
  // And back.
  f.write("b/four.md", "Nothing here names anyone at all.\n");
  LoadResult back = f.load();
  BOOST_TEST(has_node(back, "entity:person:tolvan brisk"));
  same_as_rebuild(f, back);
}

BOOST_AUTO_TEST_CASE(votes_that_change_side_retype_the_notes_that_use_them) {
  Fixture f;
  LoadResult first = f.load();
  BOOST_TEST(has_node(first, "entity:person:quorvik"));  // typed in three.md by two.md's vote
  f.write("a/two.md", "The plan was late.\n");        // the only evidence gone
  LoadResult next = f.load();
  BOOST_TEST(!has_node(next, "entity:person:quorvik"));
  same_as_rebuild(f, next);
  f.write("a/two.md", "The Quorvik region is cold. We went to Quorvik and Quorvik said it snows.\n");
  LoadResult placed = f.load();
  same_as_rebuild(f, placed);
  fs::remove(f.vault / "a/two.md");
  same_as_rebuild(f, f.load());
}

BOOST_AUTO_TEST_CASE(the_corpus_is_a_sum_per_key_and_round_trips) {
  RulesExtractor rules;
  std::vector<ParsedNote> notes{parse("a.md", "Tolvan Brisk wrote it and Quorvik said so.\n"),
                                parse("b.md", "A tolvan is a boat in Lisbon.\n")};
  std::vector<const ParsedNote*> pointers{&notes[0], &notes[1]};
  std::vector<NoteObservation> obs(2);
  std::vector<Diagnostic> d;
  rules.observe(pointers, obs, d);
  RulesCorpus both, one;
  both.add(obs[0].rules);
  both.add(obs[1].rules);
  one.add(obs[0].rules);
  BOOST_TEST(both.lowercase("tolvan") == 1);
  BOOST_TEST(one.lowercase("tolvan") == 0);
  BOOST_TEST(both.votes("quorvik")[0] > 0);
  // add and remove commute; an emptied corpus encodes like a fresh one
  both.remove(obs[1].rules);
  std::string a, b, empty, fresh;
  both.encode(a);
  one.encode(b);
  BOOST_TEST(a == b);
  both.remove(obs[0].rules);
  both.encode(empty);
  RulesCorpus().encode(fresh);
  BOOST_TEST(empty == fresh);
  auto decoded = RulesCorpus::decode(b);
  BOOST_TEST_REQUIRE(decoded.has_value());
  std::string c;
  decoded->encode(c);
  BOOST_TEST(c == b);
  BOOST_TEST(!RulesCorpus::decode(b.substr(0, b.size() - 1)).has_value());
  // the digest of a key moves only with what decide reads about it
  RulesCorpus x;
  x.add(obs[0].rules);
  const auto before = x.digest("tolvan");
  x.add(obs[1].rules);
  BOOST_TEST(x.digest("tolvan") != before);
  const auto twice = x.digest("boat");
  x.add(obs[1].rules);
  BOOST_TEST(x.digest("boat") == twice);  // a count that grows changes no answer
  // observations round-trip
  std::string bytes;
  encode_observation(obs[0], bytes);
  auto back = decode_observation(bytes);
  BOOST_TEST_REQUIRE(back.has_value());
  BOOST_TEST((*back == obs[0]));
  // decide agrees with the corpus
  auto spans = rules.decide(obs[0].rules, one);
  bool tolvan = false;
  for (const auto& s : spans) tolvan = tolvan || s.name == "Tolvan Brisk";
  BOOST_TEST(tolvan);
  RulesCorpus all;
  all.add(obs[0].rules);
  all.add(obs[1].rules);
  tolvan = false;
  for (const auto& s : rules.decide(obs[0].rules, all)) tolvan = tolvan || s.name == "Tolvan Brisk";
  BOOST_TEST(!tolvan);
}
