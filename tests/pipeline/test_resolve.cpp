// Link resolution (SPEC 2.2), one case a row.
#define BOOST_TEST_MODULE resolve
#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <ostream>
#include <random>

#include "notegraph/ingest/resolve.hpp"

using namespace notegraph;
namespace data = boost::unit_test::data;

namespace {

struct NoteMeta {
  std::string path;
  std::string title;
  std::vector<std::string> aliases;
};

struct Case {
  std::string name;
  std::vector<std::string> files;  // vault paths; `*.md` are notes
  std::vector<NoteMeta> notes;     // titles and aliases where a case needs them
  std::string source;
  std::string target;
  ResolveOptions options;
  Resolved kind;
  std::string key;
};

std::ostream& operator<<(std::ostream& os, const Case& c) { return os << c.name; }

std::vector<VaultFile> vault_files(const std::vector<std::string>& paths) {
  std::vector<VaultFile> out;
  for (const auto& p : paths) {
    const bool note = p.size() > 3 && (p.ends_with(".md") || p.ends_with(".MD"));
    out.push_back({p, p, note});
  }
  return out;
}

std::vector<NoteNames> parsed(const std::vector<NoteMeta>& metas) {
  std::vector<NoteNames> out;
  for (const auto& m : metas) out.push_back({m.path, m.title, m.aliases});
  return out;
}

const ResolveOptions kObsidian{};
const ResolveOptions kAliases{ResolveMode::obsidian, AliasTargets::resolve};
const ResolveOptions kSlug{ResolveMode::slug, AliasTargets::ignore};

// "Café" written composed (NFC) and decomposed (NFD: e + U+0301).
const std::string kCafeNfc = "Caf\xC3\xA9";
const std::string kCafeNfd = "Cafe\xCC\x81";

const std::vector<Case> kCases = {
    {"exact vault path beats own folder", {"Note.md", "a/Note.md"}, {}, "a/x.md", "Note",
     kObsidian, Resolved::note, "Note.md"},
    {"own folder beats shorter path", {"b/Note.md", "ccc/Note.md", "ccc/src.md"}, {}, "ccc/src.md",
     "Note", kObsidian, Resolved::note, "ccc/Note.md"},
    {"shortest path string", {"a/b/Note.md", "zzzz/Note.md"}, {}, "src.md", "Note", kObsidian,
     Resolved::note, "a/b/Note.md"},
    {"byte order breaks ties", {"b/Note.md", "a/Note.md", "B/Note.md"}, {}, "src.md", "Note",
     kObsidian, Resolved::note, "B/Note.md"},
    {"case-insensitive", {"Log.md"}, {}, "x.md", "log", kObsidian, Resolved::note, "Log.md"},
    {"trailing .md dropped, any case", {"Ext.md"}, {}, "x.md", "Ext.MD", kObsidian,
     Resolved::note, "Ext.md"},
    {"upper-case extension on disk", {"Upper.MD"}, {}, "x.md", "upper", kObsidian,
     Resolved::note, "Upper.MD"},
    {"NFC target, NFD file", {kCafeNfd + ".md"}, {}, "x.md", kCafeNfc, kObsidian, Resolved::note,
     kCafeNfd + ".md"},
    {"NFD target, NFC file", {kCafeNfc + ".md"}, {}, "x.md", "caf\x65\xCC\x81", kObsidian,
     Resolved::note, kCafeNfc + ".md"},
    {"full case folding", {"Stra\xC3\x9F" "e.md"}, {}, "x.md", "STRASSE", kObsidian,
     Resolved::note, "Stra\xC3\x9F" "e.md"},
    {"folder/Note is a vault path", {"Note.md", "folder/Note.md", "x/folder/Note.md"}, {}, "x.md",
     "folder/Note", kObsidian, Resolved::note, "folder/Note.md"},
    {"path suffix", {"a/b/c/Note.md", "d/Note.md"}, {}, "x.md", "c/Note", kObsidian,
     Resolved::note, "a/b/c/Note.md"},
    {"path suffix needs whole segments", {"a/bc/Note.md"}, {}, "x.md", "c/Note", kObsidian,
     Resolved::missing, "c/note"},
    {"path suffix prefers the source's folder", {"p/c/Note.md", "q/c/Note.md", "q/src.md"}, {},
     "q/src.md", "c/Note", kObsidian, Resolved::note, "q/c/Note.md"},
    {"attachment by full name", {"assets/img.png", "img.md"}, {}, "x.md", "img.png", kObsidian,
     Resolved::attachment, "assets/img.png"},
    {"attachment needs its extension", {"img.png"}, {}, "x.md", "img", kObsidian,
     Resolved::missing, "img"},
    {"absent attachment is missing", {"Sussudio.md"}, {}, "Sussudio.md", "Sussudio.mp3",
     kObsidian, Resolved::missing, "sussudio.mp3"},
    {"explicit .md never names an attachment", {"data.md.bak", "x.md"}, {}, "x.md", "data.md",
     kObsidian, Resolved::missing, "data"},
    {"dotted note name", {"v1.2 release.md"}, {}, "x.md", "v1.2 Release", kObsidian,
     Resolved::note, "v1.2 release.md"},
    {"alias is not a target", {"Real.md"}, {{"Real.md", "Real", {"Other Name"}}}, "x.md",
     "other name", kObsidian, Resolved::missing, "other name"},
    {"alias with --resolve-aliases", {"Real.md"}, {{"Real.md", "Real", {"Other Name"}}}, "x.md",
     "other name", kAliases, Resolved::note, "Real.md"},
    {"file name beats alias", {"Real.md", "Other Name.md"},
     {{"Real.md", "Real", {"Other Name"}}}, "x.md", "Other Name", kAliases, Resolved::note,
     "Other Name.md"},
    {"title is not a target in obsidian mode", {"kremlins_vision.md"},
     {{"kremlins_vision.md", "Kremlin's Vision", {}}}, "x.md", "Kremlins Vision", kObsidian,
     Resolved::missing, "kremlins vision"},
    {"slug of a title", {"ch/kremlins_vision.md"}, {{"ch/kremlins_vision.md", "The Vision!", {}}},
     "x.md", "the vision", kSlug, Resolved::note, "ch/kremlins_vision.md"},
    {"slug of a stem", {"ch/kremlins_vision.md"}, {{"ch/kremlins_vision.md", "Other", {}}},
     "x.md", "Kremlin's Vision", kSlug, Resolved::note, "ch/kremlins_vision.md"},
    {"slug path", {"my_channel/some_topic.md"}, {}, "x.md", "My Channel/Some Topic", kSlug,
     Resolved::note, "my_channel/some_topic.md"},
    {"exact match before slug", {"some-topic.md", "Some Topic.md"}, {}, "x.md", "Some Topic",
     kSlug, Resolved::note, "Some Topic.md"},
    {"unmatched slug stays missing", {"a.md"}, {}, "x.md", "Never Written Topic", kSlug,
     Resolved::missing, "never written topic"},
    {"relative ./ path", {"a/sub/Note.md", "sub/Note.md"}, {}, "a/x.md", "./sub/Note.md",
     kObsidian, Resolved::note, "a/sub/Note.md"},
    {"relative ../ path", {"a/Note.md", "b/Note.md"}, {}, "b/c/x.md", "../Note", kObsidian,
     Resolved::note, "b/Note.md"},
    {"never above the vault root", {"Note.md"}, {}, "x.md", "../Note", kObsidian,
     Resolved::missing, "../note"},
    {"never outside by a deep climb", {"etc/passwd", "a/x.md"}, {}, "a/x.md", "../../etc/passwd",
     kObsidian, Resolved::missing, "../../etc/passwd"},
    {"leading / is the vault root", {"etc/passwd", "a/etc/passwd"}, {}, "a/x.md", "/etc/passwd",
     kObsidian, Resolved::attachment, "etc/passwd"},
    {"empty target is the note itself", {"a/x.md"}, {}, "a/x.md", "", kObsidian, Resolved::note,
     "a/x.md"},
    {"missing key is folded, without .md", {"x.md"}, {}, "x.md", "Some TOPIC.md", kObsidian,
     Resolved::missing, "some topic"},
};

}  // namespace

BOOST_DATA_TEST_CASE(resolves_by_spec_2_2, data::make(kCases), c) {
  Resolver resolver(vault_files(c.files), parsed(c.notes), c.options);
  Resolution r = resolver.resolve(c.source, c.target);
  BOOST_TEST(static_cast<int>(r.kind) == static_cast<int>(c.kind));
  BOOST_TEST(r.key == c.key);
}

BOOST_DATA_TEST_CASE(resolution_does_not_depend_on_input_order, data::make(kCases), c) {
  std::vector<std::string> files = c.files;
  std::mt19937 rng(42);
  for (int round = 0; round < 5; ++round) {
    std::shuffle(files.begin(), files.end(), rng);
    Resolver resolver(vault_files(files), parsed(c.notes), c.options);
    BOOST_TEST(resolver.resolve(c.source, c.target).key == c.key);
  }
}

BOOST_AUTO_TEST_CASE(fold_key_is_nfc_and_case_folded) {
  BOOST_TEST(fold_key("Hello World") == "hello world");
  BOOST_TEST(fold_key(kCafeNfd) == fold_key(kCafeNfc));
  BOOST_TEST(fold_key(kCafeNfc) == "caf\xC3\xA9");
  BOOST_TEST(fold_key("Stra\xC3\x9F" "e") == "strasse");
  BOOST_TEST(fold_key("\xCE\x9F\xCE\xB4\xCF\x8C\xCF\x82") == fold_key("\xCE\xBF\xCE\xB4\xCF\x8C\xCF\x83"));
}

BOOST_AUTO_TEST_CASE(slug_key_unifies_separators_and_drops_punctuation) {
  BOOST_TEST(slug_key("Kremlin's  Vision_for-Peace!") == "kremlins-vision-for-peace");
  BOOST_TEST(slug_key("kremlins_vision_for_peace") == "kremlins-vision-for-peace");
  BOOST_TEST(slug_key("  -Leading and trailing_ ") == "leading-and-trailing");
  BOOST_TEST(slug_key("U.S. (2016-2020)") == "us-2016-2020");
  BOOST_TEST(slug_key(kCafeNfd + " Cr\xC3\xA8me") == "caf\xC3\xA9-cr\xC3\xA8me");
}

BOOST_AUTO_TEST_CASE(lowercase_key_lowercases_unicode) {
  BOOST_TEST(lowercase_key("Project/Alpha") == "project/alpha");
  BOOST_TEST(lowercase_key("\xC3\x84pfel") == "\xC3\xA4pfel");
}

BOOST_AUTO_TEST_CASE(resolves_many_links_fast) {
  // 20,000 notes in 200 folders, so every stem has 200 candidates; 30,000 lookups.
  std::vector<std::string> files;
  for (int f = 0; f < 200; ++f)
    for (int n = 0; n < 100; ++n)
      files.push_back("folder" + std::to_string(f) + "/note " + std::to_string(n) + ".md");
  Resolver resolver(vault_files(files), {}, kObsidian);
  std::size_t found = 0;
  for (int i = 0; i < 30000; ++i) {
    Resolution r = resolver.resolve("folder7/x.md", "Note " + std::to_string(i % 150));
    if (r.kind == Resolved::note) {
      ++found;
      BOOST_TEST_REQUIRE(r.key.starts_with("folder7/"));  // the source's own folder
    }
  }
  BOOST_TEST(found == 20000u);  // i % 150 < 100: "Note 0".."Note 99" exist
}
