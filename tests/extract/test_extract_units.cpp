// Unit tests of graph/extract on hand-made blocks: the name automaton, dates, rules,
// gazetteers, typed notes, the external protocol and overlap/merge resolution.
#define BOOST_TEST_MODULE extract_units
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <filesystem>
#include <unistd.h>
#include <fstream>
#include <random>

#include "notegraph/extract/extract.hpp"
#include "notegraph/extract/external.hpp"
#include "notegraph/extract/gazetteer.hpp"
#include "notegraph/extract/name_matcher.hpp"
#include "notegraph/extract/rules.hpp"
#include "notegraph/extract/text.hpp"

namespace fs = std::filesystem;
namespace bdata = boost::unit_test::data;
using namespace notegraph;

namespace {

Block block(std::string text, std::vector<Span> links = {}) {
  Block b;
  b.text = std::move(text);
  b.line = 1;
  b.links = std::move(links);
  return b;
}

ParsedNote note(std::string path, std::vector<std::string> paragraphs) {
  ParsedNote n;
  n.path = std::move(path);
  n.title = fs::path(n.path).stem().string();
  for (auto& p : paragraphs) n.blocks.push_back(block(std::move(p)));
  return n;
}

// "type:surface=name" for every entity span of one note, in order.
std::vector<std::string> spans(const std::vector<ParsedNote>& notes, const ExtractOptions& o,
                               std::size_t which = 0) {
  std::vector<Diagnostic> d;
  auto x = extract_entities(notes, o, d);
  std::vector<std::string> out;
  for (const auto& s : x[which].spans) {
    std::string surface = notes[which].blocks[s.block].text.substr(s.begin, s.end - s.begin);
    out.push_back((s.note.empty() ? s.type : "note " + s.note) + ":" + surface + "=" + s.name);
  }
  return out;
}

ExtractOptions only(ExtractorKind k) {
  ExtractOptions o;
  o.extractors = {k};
  return o;
}

bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

namespace notegraph {
std::ostream& operator<<(std::ostream& o, const GazetteerEntry& e) {
  o << e.name << "|" << e.type << "|" << e.same_as << "|";
  for (const auto& a : e.aliases) o << a << ";";
  return o;
}
}  // namespace notegraph

// --- NameMatcher -----------------------------------------------------------------

struct MatchCaseRow {
  const char* text;
  std::vector<std::string> found;  // surfaces, leftmost-longest
};
std::ostream& operator<<(std::ostream& o, const MatchCaseRow& r) { return o << r.text; }

const std::vector<MatchCaseRow> kMatchRows{
    {"we met in new york city today", {"new york city"}},
    {"NEW YORK and York", {"NEW YORK", "York"}},
    {"Yorkshire is not York", {"York"}},
    {"Zürich, ZÜRICH and zurich", {"Zürich", "ZÜRICH"}},
    {"die ÖKONOMIE der Ökonomie", {"ÖKONOMIE", "Ökonomie"}},
    {"Москва и МОСКВА, Москвабад", {"Москва", "МОСКВА"}},
    {"New\n  York in two lines", {"New\n  York"}},
    {"Philosopher’s Path by night", {"Philosopher’s Path"}},
    {"x-New York-y", {"New York"}},
    {"请参阅链接文档和内部链接", {"链接", "链接"}},  // no spaces in Chinese: no word boundaries
};

BOOST_DATA_TEST_CASE(name_matcher_table, bdata::make(kMatchRows), row) {
  NameMatcher m;
  for (const char* n : {"New York", "New York City", "York", "Zürich", "Ökonomie", "Москва",
                        "Philosopher's Path", "链接"})
    m.add(n, 0);
  m.build();
  std::vector<std::string> got;
  std::string_view t = row.text;
  for (const auto& x : leftmost_longest(m.find_all(t))) got.emplace_back(t.substr(x.begin, x.end - x.begin));
  BOOST_TEST(got == row.found, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(name_matcher_proper_case_and_payloads) {
  NameMatcher m;
  m.add("Apple", 7, MatchCase::proper);
  m.add("apple pie", 8, MatchCase::proper);
  m.add("Apple", 9);  // repeated name: the first payload stays
  m.build();
  auto found = m.find_all("an apple, an Apple, APPLE, an apple pie");
  std::vector<std::uint32_t> values;
  for (const auto& f : leftmost_longest(found)) values.push_back(f.value);
  BOOST_TEST(values == (std::vector<std::uint32_t>{7, 7, 8}), boost::test_tools::per_element());
  BOOST_TEST(m.size() == 2u);
}

BOOST_AUTO_TEST_CASE(name_matcher_scales_to_ten_thousand_names) {
  NameMatcher m;
  for (int i = 0; i < 10000; ++i) m.add("Topic number " + std::to_string(i) + " of the vault", i);
  m.build();
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "see topic number " + std::to_string(i * 5) + " of the vault and more words; ";
  auto start = std::chrono::steady_clock::now();
  auto found = leftmost_longest(m.find_all(text));
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  BOOST_TEST(found.size() == 2000u);
  BOOST_TEST(found[3].value == 15u);
  BOOST_TEST(s < 2.0);  // one pass over ~100 kB, whatever the number of names
}

// --- dates ------------------------------------------------------------------------

struct DateRow {
  const char* text;
  const char* surface;  // "" when no date
  const char* iso;
};
std::ostream& operator<<(std::ostream& o, const DateRow& r) { return o << r.text; }

const std::vector<DateRow> kDateRows{
    {"the elections on November 6, two groups", "November 6", "--11-06"},
    {"a meeting on November 7.", "November 7", "--11-07"},
    {"on November 17, 2023 the board", "November 17, 2023", "2023-11-17"},
    {"on 14 September 2023 the bank", "14 September 2023", "2023-09-14"},
    {"the 6th of November", "6th of November", "--11-06"},
    {"in his first term (2016-2020) it", "2016-2020", "2016/2020"},
    {"from 2016–20 only", "2016–20", "2016/2020"},
    {"in August 1942 the", "August 1942", "1942-08"},
    {"since late August through", "August", "--08"},
    {"Portugal, May 3–10", "May 3–10", "--05-03/--05-10"},
    {"watched on 2019-09-04 twice", "2019-09-04", "2019-09-04"},
    {"in 1907 he left", "1907", "1907"},
    {"the 1990s were", "1990s", "199"},
    {"Dec. 24 was cold", "Dec. 24", "--12-24"},
    {"in May we go", "May", "--05"},
    {"you May go", "", ""},
    {"it costs 1200 euros", "", ""},
    {"2000 people came", "", ""},
    {"a 44 percent share", "", ""},
    {"at 00:03:14 he said", "", ""},
    {"February 30 is no date", "February", "--02"},
};

BOOST_DATA_TEST_CASE(dates_table, bdata::make(kDateRows), row) {
  auto found = find_dates(row.text);
  if (std::string(row.surface).empty()) {
    BOOST_TEST(found.empty());
    return;
  }
  BOOST_TEST_REQUIRE(found.size() >= 1u);
  std::string_view t = row.text;
  BOOST_TEST(std::string(t.substr(found[0].begin, found[0].end - found[0].begin)) == row.surface);
  BOOST_TEST(found[0].iso == row.iso);
}

// --- rules ------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(rules_fold_possessives_titles_and_openers) {
  auto got = spans({note("a.md", {"The Kremlin's vision was shared by President Joe Biden. "
                                  "Despite Trump's objections, the President of Russia spoke. "
                                  "However, Secretary of State Blinken said nothing."})},
                   only(ExtractorKind::rules));
  BOOST_TEST(has(got, "organization:Kremlin=Kremlin"));
  BOOST_TEST(has(got, "person:Joe Biden=Joe Biden"));
  BOOST_TEST(has(got, "person:Trump=Trump"));
  BOOST_TEST(has(got, "place:Russia=Russia"));
  for (const auto& s : got) {
    BOOST_TEST(s.find("The") == std::string::npos, s);
    BOOST_TEST(s.find("Despite") == std::string::npos, s);
    BOOST_TEST(s.find("However") == std::string::npos, s);
    BOOST_TEST(s.find("President") == std::string::npos, s);
  }
}

BOOST_AUTO_TEST_CASE(rules_surname_merges_into_full_name_of_the_same_note) {
  std::vector<ParsedNote> notes{
      note("a.md", {"Anna Kowalczyk arrived.", "Later Kowalczyk said hello."}),
      note("b.md", {"Kowalczyk said nothing."})};
  BOOST_TEST(has(spans(notes, only(ExtractorKind::rules), 0), "person:Kowalczyk=Anna Kowalczyk"));
  // another note without the full name keeps the surname
  BOOST_TEST(has(spans(notes, only(ExtractorKind::rules), 1), "person:Kowalczyk=Kowalczyk"));
}

BOOST_AUTO_TEST_CASE(rules_type_by_cue_morphology_and_corpus) {
  std::vector<ParsedNote> notes{
      note("a.md", {"Troops left the Vovchansk region and the Kupyansk and Lyman districts.",
                    "The plan was led by Chemezov and approved by the Duma."}),
      note("b.md", {"Nobody trusted Chemezov."})};
  auto a = spans(notes, only(ExtractorKind::rules), 0);
  BOOST_TEST(has(a, "place:Vovchansk=Vovchansk"));
  BOOST_TEST(has(a, "place:Kupyansk=Kupyansk"));
  BOOST_TEST(has(a, "place:Lyman=Lyman"));
  BOOST_TEST(has(a, "person:Chemezov=Chemezov"));
  BOOST_TEST(has(spans(notes, only(ExtractorKind::rules), 1), "person:Chemezov=Chemezov"));
}

BOOST_AUTO_TEST_CASE(rules_unicode_names) {
  auto got = spans({note("a.md", {"Economists in Zürich and München met Jürgen Müller.",
                                  "Они приехали в Москву, где Сергей Иванов ждал."})},
                   only(ExtractorKind::rules));
  BOOST_TEST(has(got, "place:Zürich=Zürich"));
  BOOST_TEST(has(got, "place:München=München"));
  BOOST_TEST(has(got, "person:Jürgen Müller=Jürgen Müller"));
  BOOST_TEST(has(got, "person:Сергей Иванов=Сергей Иванов"));
}

BOOST_AUTO_TEST_CASE(rules_skip_link_text_and_title_case_headings) {
  ParsedNote n = note("a.md", {});
  n.blocks.push_back(block("Initial Overtures to the US"));
  n.blocks.push_back(block("See Donald Trump here.", {{4, 16}}));
  auto got = spans({n}, only(ExtractorKind::rules));
  BOOST_TEST(got == std::vector<std::string>{"place:US=US"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(rules_plural_folds_to_known_singular) {
  auto got = spans({note("a.md", {"The Kremlins perception changed."})}, only(ExtractorKind::rules));
  BOOST_TEST(has(got, "organization:Kremlins=Kremlin"));
}

BOOST_AUTO_TEST_CASE(rules_ordinary_words_and_acronyms_need_evidence) {
  // Capitals alone: a bold label, ordinary words mid-sentence, acronyms and their
  // plurals, nationalities, the writer's "I".
  auto got = spans({note("a.md", {"Challenges: the challenges of scale were many.",
                                  "We discussed Risk and Focus with the team in Copy.",
                                  "Modern GPUs run the LLM and the CPU at MIT.",
                                  "American investors and Americans agreed.",
                                  "Yes, I'm sure I said so, and I will."})},
                   only(ExtractorKind::rules));
  for (const auto& s : got) {
    for (auto word : {"Challenges", "Risk", "Focus", "Copy", "GPUs", "LLM", "CPU", "American", "I"})
      BOOST_TEST(s.find(std::string(":") + word + "=") == std::string::npos, s);
  }
  BOOST_TEST(has(got, "organization:MIT=MIT"));  // a known name stays
  // An ordinary word with a cue in its note is a name ("Musk said").
  auto musk = spans({note("b.md", {"Musk said the rockets would fly."})}, only(ExtractorKind::rules));
  BOOST_TEST(has(musk, "person:Musk=Musk"));
  // One ordinary word the vault capitalizes mid-sentence, never lowercase, is a name
  // in a note that has no cue for it; the corpus gives its type.
  std::vector<ParsedNote> vault{note("c.md", {"We heard that Hawk said nothing new."}),
                                note("d.md", {"Everyone watched Hawk at the rally."}),
                                note("e.md", {"The crowd met Hawk again in Ohio."})};
  BOOST_TEST(has(spans(vault, only(ExtractorKind::rules), 1), "person:Hawk=Hawk"));
  // and not once the vault writes it lowercase more often than not
  vault.push_back(note("f.md", {"A hawk flew; the hawk saw a hawk, then hawks and a hawk and one more hawk."}));
  for (const auto& s : spans(vault, only(ExtractorKind::rules), 1))
    BOOST_TEST(s.find("Hawk") == std::string::npos, s);
  // A place needs more than a preposition: "in Python" is no place, "in Kharkiv" a
  // known one, "the Vovchansk region" a cue.
  auto places = spans({note("g.md", {"Scripts written in Python ran in Kharkiv and the Vovchansk region."})},
                      only(ExtractorKind::rules));
  BOOST_TEST(!has(places, "place:Python=Python"));
  BOOST_TEST(has(places, "place:Vovchansk=Vovchansk"));
  // ISO 3166 (iso-codes) knows countries' subdivisions, with or without diacritics;
  // a subdivision named by ordinary words ("Central", "North West") stays a word.
  auto iso = spans({note("h.md", {"Patrols moved through Helmand and Kābul while Central and North West waited."})},
                   only(ExtractorKind::rules));
  BOOST_TEST(has(iso, "place:Helmand=Helmand"));
  BOOST_TEST(has(iso, "place:Kābul=Kābul"));
  BOOST_TEST(!has(iso, "place:Central=Central"));
  BOOST_TEST(!has(iso, "place:North West=North West"));
  // WordNet's instance nouns, typed by their lexicographer file; gods, planets and
  // signs are left out (they name products).
  auto wn = spans({note("i.md", {"Students read Voltaire on the road to Novgorod and Bruges, then tried Gemini and Jupiter."})},
                  only(ExtractorKind::rules));
  BOOST_TEST(has(wn, "person:Voltaire=Voltaire"));
  BOOST_TEST(has(wn, "place:Novgorod=Novgorod"));
  BOOST_TEST(has(wn, "place:Bruges=Bruges"));
  for (const auto& s : wn) {
    BOOST_TEST(s.find("Gemini") == std::string::npos, s);
    BOOST_TEST(s.find("Jupiter") == std::string::npos, s);
  }
  // a regnal numeral stays with the name; the writer's "I" is never one
  auto regnal = spans({note("j.md", {"The minister served King Joseph I and then Elizabeth I."})},
                      only(ExtractorKind::rules));
  BOOST_TEST(has(regnal, "person:Joseph I=Joseph I"));
  BOOST_TEST(has(regnal, "person:Elizabeth I=Elizabeth I"));
  auto writer = spans({note("k.md", {"Yesterday I told Mark I would call."})}, only(ExtractorKind::rules));
  BOOST_TEST(!has(writer, "person:Mark I=Mark I"));
}

// --- gazetteers ---------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(gazetteer_json_and_csv) {
  std::vector<Diagnostic> d;
  auto json = parse_gazetteer_json(
      R"({"entities": [{"name": "Acme Ltd", "type": "Organisation", "aliases": ["Acme"], "sameAs": "https://x/1"},
                       {"type": "person"}, {"name": "Bob"}]})",
      "g.json", d);
  BOOST_TEST(json.size() == 1u);
  BOOST_TEST(json[0] == (GazetteerEntry{"Acme Ltd", "organization", {"Acme"}, "https://x/1"}));
  BOOST_TEST(d.size() == 2u);
  d.clear();
  auto csv = parse_gazetteer_csv(
      "type,name,sameAs,aliases\nplace,\"Washington, D.C.\",,DC|Washington\nperson,,,\n", "g.csv", d);
  BOOST_TEST_REQUIRE(csv.size() == 1u);
  BOOST_TEST(csv[0] == (GazetteerEntry{"Washington, D.C.", "place", {"DC", "Washington"}, ""}));
  BOOST_TEST_REQUIRE(d.size() == 1u);
  BOOST_TEST(d[0].line == 3);
  d.clear();
  parse_gazetteer_json("[{\"name\": ", "bad.json", d);
  BOOST_TEST_REQUIRE(d.size() == 1u);
  BOOST_TEST(d[0].path == "bad.json");
}

BOOST_AUTO_TEST_CASE(user_gazetteer_aliases_merge) {
  UserGazetteer g({{"Vladimir Putin", "person", {"Putin", "V. Putin"}, "http://www.wikidata.org/entity/Q7747"}});
  std::vector<ParsedNote> notes{note("a.md", {"Putin met Vladimir Putin; putin is a dish."})};
  std::vector<NoteObservation> out(1);
  std::vector<Diagnostic> d;
  const std::vector<const ParsedNote*> batch{&notes[0]};
  g.observe(batch, out, d);
  BOOST_TEST_REQUIRE(out[0].spans.size() == 2u);
  for (const auto& s : out[0].spans) {
    BOOST_TEST(s.name == "Vladimir Putin");
    BOOST_TEST(s.same_as == "http://www.wikidata.org/entity/Q7747");
  }
}

BOOST_AUTO_TEST_CASE(vault_gazetteer_is_obsidians_unlinked_mentions) {
  ParsedNote a = note("people/Ada Lovelace.md", {"Ada Lovelace wrote about herself."});
  a.aliases = {"Countess of Lovelace"};
  ParsedNote b = note("day.md", {"ada lovelace, the Countess of Lovelace, and [[Ada Lovelace]].",
                                 "Adam Lovelaceful is not her."});
  b.blocks[0].links = {{44, 60}};
  ParsedNote c = note("archive/old/Ada Lovelace.md", {"A second note with the same title."});
  auto got = spans({a, b, c}, only(ExtractorKind::vault), 1);
  BOOST_TEST(got == (std::vector<std::string>{"note people/Ada Lovelace.md:ada lovelace=Ada Lovelace",
                                               "note people/Ada Lovelace.md:Countess of Lovelace=Ada Lovelace"}),
             boost::test_tools::per_element());
  BOOST_TEST(spans({a, b, c}, only(ExtractorKind::vault), 0).empty());  // never itself
}

BOOST_AUTO_TEST_CASE(typed_notes_from_front_matter_or_tag) {
  ParsedNote a = note("a.md", {});
  a.entity_type = "Organisation";
  ParsedNote b = note("b.md", {});
  b.tags = {{"project", 0}, {"type/Person", 3}};
  ParsedNote c = note("c.md", {});
  c.tags = {{"persona", 0}};
  std::vector<Diagnostic> d;
  auto x = extract_entities({a, b, c}, only(ExtractorKind::typed_notes), d);
  BOOST_TEST(x[0].note_type == "organization");
  BOOST_TEST(x[1].note_type == "person");
  BOOST_TEST(x[2].note_type == "");
}

// --- external ---------------------------------------------------------------------

struct Script {
  fs::path path;
  explicit Script(const std::string& body) {
    std::random_device rd;
    path = fs::temp_directory_path() / ("notegraph-extractor-" + std::to_string(rd()) + ".py");
    std::ofstream(path) << body;
  }
  ~Script() {
    std::error_code ec;
    fs::remove(path, ec);
  }
  std::string command() const { return "python3 '" + path.string() + "'"; }
};

BOOST_AUTO_TEST_CASE(external_offsets_and_text_lookup) {
  Script s(R"(import sys, json
for line in sys.stdin:
    req = json.loads(line)
    t = req["text"]
    ents = []
    if "Chemezov" in t:
        b = t.encode().index(b"Chemezov")
        ents.append({"begin": b, "end": b + 8, "type": "PER"})
    for w in ("Zürich", "Zürich"):
        if w in t:
            ents.append({"text": w, "type": "GPE", "sameAs": "https://x/z"})
    print(json.dumps({"entities": ents}), flush=True)
)");
  ExtractOptions o = only(ExtractorKind::external);
  o.external_command = s.command();
  auto got = spans({note("a.md", {"Zürich: Chemezov and Zürich again.", "nothing"})}, o);
  BOOST_TEST(got == (std::vector<std::string>{"place:Zürich=Zürich", "person:Chemezov=Chemezov",
                                               "place:Zürich=Zürich"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(external_failures_are_diagnostics) {
  std::vector<ParsedNote> notes{note("a.md", {"one", "two", "three"})};
  struct Case {
    std::string command;
    std::string message;
  };
  for (const auto& c : std::vector<Case>{
           {"exit 4", "exited with status 4"},
           {"/nonexistent/extractor", "exited with status 127"},
           {"head -n 1 >/dev/null; echo '{\"entities\": []}'", "answered 1 of 3 blocks"},
           {"while read l; do echo 'not json'; done", "3 answer line(s) were not JSON"},
       }) {
    ExternalExtractor x(c.command);
    std::vector<NoteObservation> out(1);
    std::vector<Diagnostic> d;
    const std::vector<const ParsedNote*> batch{&notes[0]};
    x.observe(batch, out, d);
    BOOST_TEST_REQUIRE(!d.empty(), c.command);
    BOOST_TEST(d[0].message.find(c.message) != std::string::npos, d[0].message);
  }
}

// --- resolution ---------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(gazetteer_wins_overlaps_and_keys_fold_case) {
  fs::path g = fs::temp_directory_path() / ("notegraph-units-gazetteer-" + std::to_string(::getpid()) + ".csv");
  std::ofstream(g) << "name,type,aliases\nSupreme Court of Narnia,organization,Narnian Court\n";
  ExtractOptions o;
  o.extractors = {ExtractorKind::gazetteer, ExtractorKind::rules};
  o.gazetteers = {g};
  auto got = spans({note("a.md", {"The Narnian Court ruled; Aslan Lion disagreed."})}, o);
  fs::remove(g);
  BOOST_TEST(has(got, "organization:Narnian Court=Supreme Court of Narnia"));
  BOOST_TEST(entity_key("  Zürich\tSTADT ") == "zürich stadt");
  BOOST_TEST(normalize_entity_type("GPE") == "place");
  BOOST_TEST(normalize_entity_type("Book") == "book");
}
