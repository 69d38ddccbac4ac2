// parse_note (SPEC 2.1): tables of small notes, one behaviour a line, and the seed note.
#define BOOST_TEST_MODULE parse_note
#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "notegraph/exporters/values.hpp"
#include "notegraph/ingest/parse_note.hpp"

namespace notegraph {
std::ostream& operator<<(std::ostream& out, LinkForm form) {
  constexpr const char* kNames[] = {"wikilink", "markdown", "frontmatter", "dataview"};
  return out << kNames[static_cast<int>(form)];
}
}  // namespace notegraph

namespace {

using namespace notegraph;
namespace data = boost::unit_test::data;

ParsedNote parse(std::string_view content, std::string_view path = "folder/note.md") {
  return parse_note(path, content);
}

std::string join(const std::vector<std::string>& parts, std::string_view separator = ",") {
  std::string out;
  for (const auto& part : parts) {
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

// "target" per link, in order.
std::string targets(const ParsedNote& note) {
  std::vector<std::string> out;
  for (const auto& link : note.links) out.push_back(link.target);
  return join(out);
}

std::string tags(const ParsedNote& note) {
  std::vector<std::string> out;
  for (const auto& tag : note.tags) out.push_back(tag.tag);
  return join(out);
}

std::string second_text(const std::optional<int>& second) { return second ? std::to_string(*second) : "-"; }

const LinkRef* find_link(const ParsedNote& note, std::string_view target) {
  const auto it = std::find_if(note.links.begin(), note.links.end(),
                               [&](const LinkRef& link) { return link.target == target; });
  return it == note.links.end() ? nullptr : &*it;
}

struct Pair {
  const char* input;
  const char* expected;
};
std::ostream& operator<<(std::ostream& out, const Pair& p) { return out << p.input; }

// ---------------------------------------------------------------------------------------
// Tags: Obsidian's rules.

const Pair kTags[] = {
    {"#tag", "tag"},
    {"#1984", ""},
    {"#y1984", "y1984"},
    {"#1984y", "1984y"},
    {"#a/b/c", "a/b/c"},
    {"#a-b_c", "a-b_c"},
    {"#CamelCase keeps case", "CamelCase"},
    {"#ünïcödé and #日本語 and #тег", "ünïcödé,日本語,тег"},
    {"end of sentence #tag.", "tag"},
    {"(#paren) and \"#quoted\"", "paren,quoted"},
    {"x#no a#b", ""},
    {"##double", ""},
    {"# heading marker is not a tag", ""},
    {"## Heading with #inline", "inline"},
    {"see https://example.com/page#anchor here", ""},
    {"see <https://example.com/#x>", ""},
    {"[[Note#Heading]] and [[#Self]]", ""},
    {"[#text](other.md) and [x](other.md#h)", ""},
    {"`#code` span", ""},
    {"```\n#fenced\n```", ""},
    {"    #indented code", ""},
    {"$#math$ and %%#comment%% and <!-- #html -->", ""},
    {"#a, #b; #c!", "a,b,c"},
    {"**#bold** and _#em_", "bold,em"},
    {"#trailing/", "trailing"},
    {"#", ""},
    {"&#35;entity and \\#escaped and C\\# and \\##x", ""},
};

BOOST_DATA_TEST_CASE(inline_tags, data::make(kTags), c) { BOOST_TEST(tags(parse(c.input)) == c.expected); }

BOOST_AUTO_TEST_CASE(front_matter_tags_come_first_with_line_zero) {
  const auto note = parse("---\ntags: [one, \"#two\"]\n---\nbody #three\n");
  BOOST_TEST(tags(note) == "one,two,three");
  BOOST_TEST(note.tags.at(0).line == 0);
  BOOST_TEST(note.tags.at(1).line == 0);
  BOOST_TEST(note.tags.at(2).line == 4);
}

// Issue 10, defect 2: a 20,000-level tag is cut at 32 levels with a warning (each level
// is a tag node; it made 3.2 GB), in the body and in front matter alike; 32 levels pass.
BOOST_AUTO_TEST_CASE(tags_deeper_than_32_levels_are_cut_with_a_warning) {
  std::string deep = "a";
  for (int i = 1; i < 20000; ++i) deep += "/a";
  std::string ok = "b";
  for (int i = 1; i < 32; ++i) ok += "/b";
  const auto note = parse("---\ntags: [" + deep + "]\n---\nText #" + deep + " and #" + ok + "\n");
  BOOST_REQUIRE(note.tags.size() == 3u);
  for (int k : {0, 1}) {
    BOOST_TEST(std::count(note.tags[k].tag.begin(), note.tags[k].tag.end(), '/') == 31);
    BOOST_TEST(note.tags[k].tag.size() == 63u);
  }
  BOOST_TEST(note.tags[2].tag == ok);
  BOOST_REQUIRE(note.diagnostics.size() == 2u);
  BOOST_TEST(note.diagnostics[0].line == 0);
  BOOST_TEST(note.diagnostics[1].line == 4);
  BOOST_TEST(note.diagnostics[1].message == "tag nested deeper than 32 levels: cut after level 32");
}

// Issue 10, item 10: every `Label: [[x]]` line of a paragraph is a relation, and a
// relation has one spelling whatever syntax wrote it (lowercase, spaces as `_`).
BOOST_AUTO_TEST_CASE(every_label_line_is_a_relation_spelled_one_way) {
  const auto note = parse("---\nRelated To: \"[[F]]\"\n---\nOwner: [[B]]\nAuthor: [[C]]\nOwner:: [[D]]\n"
                          "See [Made By:: [[E]]] and **Editor**: [[G]]\n");
  std::map<std::string, std::string> relation;
  for (const auto& l : note.links) relation[l.target] = l.relation;
  BOOST_TEST(relation["F"] == "related_to");
  BOOST_TEST(relation["B"] == "owner");
  BOOST_TEST(relation["C"] == "author");
  BOOST_TEST(relation["D"] == "owner");
  BOOST_TEST(relation["E"] == "made_by");
  BOOST_TEST(relation["G"] == "");  // not at the start of its line: a plain link
}

// Issue 10, item 10: a footnote definition is not a link reference definition, so
// "[^1]" is no link to "Wikipedia"; a wikilink inside a footnote still is one, and the
// definition's words are prose.
BOOST_AUTO_TEST_CASE(footnotes_are_not_links) {
  const auto note = parse("Claim one.[^1] And [[Target]].\n\n[^1]: Wikipedia\n[^note]: See [[Cited]] page.\n"
                          "> [^q]: quoted definition\n\n[label]: https://example.org/\n\nA [label] link.\n");
  std::vector<std::string> targets;
  for (const auto& l : note.links) targets.push_back(l.target);
  BOOST_TEST((std::find(targets.begin(), targets.end(), "Wikipedia") == targets.end()));
  BOOST_TEST((std::find(targets.begin(), targets.end(), "Target") != targets.end()));
  BOOST_TEST((std::find(targets.begin(), targets.end(), "Cited") != targets.end()));
  // an ordinary reference definition still makes a link (a URL)
  BOOST_TEST(note.urls.size() == 1u);
  bool prose = false;
  for (const auto& b : note.blocks) prose = prose || b.text.find("Wikipedia") != std::string::npos;
  BOOST_TEST(prose);
}

// ---------------------------------------------------------------------------------------
// Where links are not: code, math, comments. Each input also holds [[kept]].

const Pair kHidden[] = {
    {"`[[code]]` [[kept]]", "code span"},
    {"```\n[[fenced]]\n```\n\n[[kept]]", "fenced code"},
    {"~~~md\n[[tilde]]\n~~~\n[[kept]]", "tilde fence"},
    {"    [[indented]]\n\n[[kept]]", "indented code"},
    {"$$\n[[display]]\n$$\n\n[[kept]]", "display math"},
    {"$$\n[[multi]]\n\n[[block]]\n$$\n\n[[kept]]", "display math across blank lines"},
    {"inline $x = [[m]]$ and [[kept]]", "inline math"},
    {"$$ [[one line]] $$ [[kept]]", "one-line display math"},
    {"a %%[[comment]]%% b [[kept]]", "inline comment"},
    {"%%\n[[multi]]\n\n# [[heading]]\n\n- [[item]]\n%%\n\n[[kept]]", "multi-block comment"},
    {"x <!-- [[html]] --> [[kept]]", "inline HTML comment"},
    {"<!--\n[[block]]\n\n[[still]]\n-->\n\n[[kept]]", "HTML comment block"},
    {"x <!-- a\n\n[[spans]] blank line -->\n\n[[kept]]", "HTML comment across paragraphs"},
    {"<div>\n[[html block]]\n</div>\n\n[[kept]]", "HTML block"},
    {"costs $5 and $10 [[kept]]", "dollars are not math"},
    {"\\$5 and \\$10 [[kept]]", "escaped dollars are not math"},
};

BOOST_DATA_TEST_CASE(links_only_in_prose, data::make(kHidden), c) {
  const auto note = parse(c.input);
  BOOST_TEST(targets(note) == "kept");
  for (const auto& block : note.blocks) {
    BOOST_TEST(block.text.find("[[") == std::string::npos);
    BOOST_TEST(block.text.find("%%") == std::string::npos);
  }
}

BOOST_AUTO_TEST_CASE(table_rows_are_blocks) {
  const std::string anchor = "<a class=\"yt-timestamp\" data-t=\"00:00:05\">[00:00:05]</a>";
  const auto note = parse("Intro\n\n| Name | Link |\n| :--- | ---: |\n| one | [[A\\|alias]] " + anchor +
                          " |\n| two | [[B]] |\n");
  BOOST_TEST(targets(note) == "A,B");
  BOOST_TEST_REQUIRE(note.blocks.size() == 4u);
  BOOST_TEST(note.blocks[1].text == "| Name | Link |");
  BOOST_TEST(note.blocks[1].line == 3);
  BOOST_TEST(note.blocks[2].text == "| one | alias  |");
  BOOST_TEST(note.blocks[2].line == 5);
  BOOST_TEST(note.blocks[3].line == 6);
  BOOST_TEST(note.links.at(0).line == 5);
  BOOST_TEST(note.links.at(0).alias == "alias");
  BOOST_TEST(second_text(note.links.at(0).second) == "5");
  BOOST_TEST(second_text(note.links.at(1).second) == "-");  // another row, another block
  // Not a table: no delimiter row.
  BOOST_TEST(parse("| a |\n| b |").blocks.size() == 1u);
}

BOOST_AUTO_TEST_CASE(callouts_are_prose) {
  const auto note = parse("> [!note] Title with [[A]]\n> body [[B]] #t\n\n> [!warning]- folded\n> [[C]]\n");
  BOOST_TEST(targets(note) == "A,B,C");
  BOOST_TEST(tags(note) == "t");
  BOOST_TEST_REQUIRE(note.blocks.size() == 2u);
  BOOST_TEST(note.blocks[0].text == "Title with A\nbody B #t");
  BOOST_TEST(note.blocks[1].text == "folded\nC");
}

// ---------------------------------------------------------------------------------------
// Wikilinks in context: consolidation across cmark's text nodes, tables, embeds.

struct LinkCase {
  const char* input;
  const char* target;
  const char* anchor;
  const char* alias;
  bool embed;
};
std::ostream& operator<<(std::ostream& out, const LinkCase& c) { return out << c.input; }

const LinkCase kWikiLinks[] = {
    {"see [[T | a]] here", "T", "", "a", false},
    {"see [[#H]]", "", "#H", "", false},
    {"see [[N#A#B]]", "N", "#A#B", "", false},
    {"see [[N#^id]]", "N", "#^id", "", false},
    {"see [[Sq]uare]]", "Sq]uare", "", "", false},
    {"![[x.png|100x145]]", "x.png", "", "100x145", true},
    {"![[doc.pdf#page=3]]", "doc.pdf", "#page=3", "", true},
    {"| a | b |\n|---|---|\n| [[A\\|b]] | c |", "A", "", "b", false},
    {"[[foo *bar]] baz*", "foo *bar", "", "", false},
    {"[[a _b]] c_", "a _b", "", "", false},
    {"[[**strong**]]", "**strong**", "", "", false},
    {"[[a\\_b]]", "a_b", "", "", false},
    {"[[x &amp; y]]", "x & y", "", "", false},
    {"text [[unclosed and [[closed]]", "closed", "", "", false},
    {"[[Functions#hasTag|`hasTag`]]", "Functions", "#hasTag", "`hasTag`", false},
    {"`code [[not]]` then [[yes]]", "yes", "", "", false},
};

BOOST_DATA_TEST_CASE(wikilinks_in_prose, data::make(kWikiLinks), c) {
  const auto note = parse(c.input);
  BOOST_TEST_REQUIRE(note.links.size() == 1u);
  const auto& link = note.links[0];
  BOOST_TEST(link.form == LinkForm::wikilink);
  BOOST_TEST(link.target == c.target);
  BOOST_TEST(link.anchor == c.anchor);
  BOOST_TEST(link.alias == c.alias);
  BOOST_TEST(link.embed == c.embed);
  BOOST_TEST(link.relation.empty());
}

BOOST_AUTO_TEST_CASE(escaped_brackets_are_text) {
  const auto note = parse("&#91;&#91;entity]] and \\[[half]] and [[a\\]b]] and \\![[embed]]");
  BOOST_TEST(targets(note) == "a]b,embed");
  BOOST_TEST(!note.links.at(1).embed);
  BOOST_TEST_REQUIRE(note.blocks.size() == 1u);
  BOOST_TEST(note.blocks[0].text == "[[entity]] and [[half]] and a]b and !embed");
}

BOOST_AUTO_TEST_CASE(unclosed_wikilink_is_text) {
  const auto note = parse("an [[unclosed link\n\nand [[ ]] and [[]]");
  BOOST_TEST(note.links.empty());
  BOOST_TEST_REQUIRE(note.blocks.size() == 2u);
  BOOST_TEST(note.blocks[0].text == "an [[unclosed link");
}

BOOST_AUTO_TEST_CASE(block_text_holds_display_text_covered_by_spans) {
  const auto note = parse("Go to [[Target|the place]] or [[Other]] or [md](x.md) `code` $m$ %%c%% end");
  BOOST_TEST_REQUIRE(note.blocks.size() == 1u);
  const auto& block = note.blocks[0];
  BOOST_TEST(block.text == "Go to the place or Other or md    end");
  BOOST_TEST_REQUIRE(block.links.size() == 3u);
  const auto span_text = [&](const Span& s) { return block.text.substr(s.begin, s.end - s.begin); };
  BOOST_TEST(span_text(block.links[0]) == "the place");
  BOOST_TEST(span_text(block.links[1]) == "Other");
  BOOST_TEST(span_text(block.links[2]) == "md");
}

// ---------------------------------------------------------------------------------------
// Markdown links and URLs.

const LinkCase kMarkdownLinks[] = {
    {"[text](other.md)", "other.md", "", "text", false},
    {"[text](my%20note.md)", "my note.md", "", "text", false},
    {"[text](<my note.md>)", "my note.md", "", "text", false},
    {"[text](sub/%C3%A9t%C3%A9.md#Some%20Heading)", "sub/été.md", "#Some Heading", "text", false},
    {"[text](#local)", "", "#local", "text", false},
    {"![alt](images/pic.png)", "images/pic.png", "", "alt", true},
    {"[**bold** text](b.md)", "b.md", "", "bold text", false},
    {"[ref][r]\n\n[r]: target.md", "target.md", "", "ref", false},
    {"[bad](100%25.md)", "100%.md", "", "bad", false},
    {"[generated]([[Some_Note#H]])", "Some_Note", "#H", "generated", false},
    {"[keep](a%ZZb.md)", "a%ZZb.md", "", "keep", false},
};

BOOST_DATA_TEST_CASE(markdown_links, data::make(kMarkdownLinks), c) {
  const auto note = parse(c.input);
  BOOST_TEST_REQUIRE(note.links.size() == 1u);
  const auto& link = note.links[0];
  BOOST_TEST(link.form == LinkForm::markdown);
  BOOST_TEST(link.target == c.target);
  BOOST_TEST(link.anchor == c.anchor);
  BOOST_TEST(link.alias == c.alias);
  BOOST_TEST(link.embed == c.embed);
  BOOST_TEST(note.urls.empty());
}

const Pair kUrls[] = {
    {"[site](https://example.com/a?b=c)", "https://example.com/a?b=c"},
    {"<https://example.com/auto>", "https://example.com/auto"},
    {"<someone@example.com>", "mailto:someone@example.com"},
    {"[mail](mailto:x@y.org)", "mailto:x@y.org"},
    {"bare https://example.com/path.", "https://example.com/path"},
    {"bare (https://en.wikipedia.org/wiki/Foo_(bar)) end", "https://en.wikipedia.org/wiki/Foo_(bar)"},
    {"bare http://example.com/x?y=1&z=2, next", "http://example.com/x?y=1&z=2"},
    {"![img](https://example.com/i.png)", "https://example.com/i.png"},
    {"<a href=\"https://example.com/html\">x</a>", "https://example.com/html"},
    {"[app](obsidian://open?vault=x)", "obsidian://open?vault=x"},
};

BOOST_DATA_TEST_CASE(external_urls, data::make(kUrls), c) {
  const auto note = parse(c.input);
  BOOST_TEST(note.links.empty());
  BOOST_TEST_REQUIRE(note.urls.size() == 1u);
  BOOST_TEST(note.urls[0].url == c.expected);
  BOOST_TEST(note.urls[0].line == 1);
}

BOOST_AUTO_TEST_CASE(no_bare_url_inside_words_or_code) {
  BOOST_TEST(parse("xhttps://example.com `https://example.com`").urls.empty());
  BOOST_TEST(parse("```\nhttps://example.com\n```").urls.empty());
  BOOST_TEST(parse("https:// alone").urls.empty());
}

struct VideoCase {
  const char* url;
  const char* id;
  int second;  // -1: none
};
std::ostream& operator<<(std::ostream& out, const VideoCase& c) { return out << c.url; }

const VideoCase kVideos[] = {
    {"https://www.youtube.com/watch?v=rP2kEF3Mj-o", "rP2kEF3Mj-o", -1},
    {"https://youtube.com/watch?v=rP2kEF3Mj-o&t=90", "rP2kEF3Mj-o", 90},
    {"https://www.youtube.com/watch?v=rP2kEF3Mj-o&t=90s", "rP2kEF3Mj-o", 90},
    {"https://m.youtube.com/watch?feature=share&v=rP2kEF3Mj-o", "rP2kEF3Mj-o", -1},
    {"https://youtu.be/rP2kEF3Mj-o", "rP2kEF3Mj-o", -1},
    {"https://youtu.be/rP2kEF3Mj-o?t=1m30s", "rP2kEF3Mj-o", 90},
    {"https://youtu.be/rP2kEF3Mj-o?si=abc&t=1h2m3s", "rP2kEF3Mj-o", 3723},
    {"https://www.youtube.com/shorts/rP2kEF3Mj-o", "rP2kEF3Mj-o", -1},
    {"https://www.youtube.com/embed/rP2kEF3Mj-o?start=30", "rP2kEF3Mj-o", 30},
    {"https://www.youtube.com/live/rP2kEF3Mj-o", "rP2kEF3Mj-o", -1},
    {"https://www.youtube.com/watch?v=rP2kEF3Mj-o#t=75", "rP2kEF3Mj-o", 75},
    {"http://WWW.YOUTUBE.COM/watch?v=rP2kEF3Mj-o", "rP2kEF3Mj-o", -1},
    {"https://example.com/watch?v=rP2kEF3Mj-o", "", -1},
    {"https://www.youtube.com/channel/UCabcdefghijk", "", -1},
    {"https://www.youtube.com/watch?v=short", "", -1},
    {"https://youtu.be/", "", -1},
};

BOOST_DATA_TEST_CASE(youtube_urls, data::make(kVideos), c) {
  for (const std::string& input : {"see " + std::string(c.url) + " now", "[v](" + std::string(c.url) + ")"}) {
    const auto note = parse(input);
    BOOST_TEST_REQUIRE(note.urls.size() == 1u);
    BOOST_TEST(note.urls[0].url == c.url);
    BOOST_TEST(note.urls[0].video_id == c.id);
    BOOST_TEST(second_text(note.urls[0].url_second) == (c.second < 0 ? "-" : std::to_string(c.second)));
  }
}

// ---------------------------------------------------------------------------------------
// Typed relations: "target:relation:form" per link.

std::string relations(const ParsedNote& note) {
  std::vector<std::string> out;
  for (const auto& link : note.links) {
    out.push_back(link.target + ":" + link.relation + (link.form == LinkForm::dataview ? ":dv" : ""));
  }
  return join(out);
}

const Pair kRelations[] = {
    {"From: [[bonus_professor]] <br/> ", "bonus_professor:from"},
    {"Written By: [[Ann]]", "Ann:written_by"},
    {"**Author**: [[Ann]], [[Bob]] and then [[Carl]]", "Ann:author,Bob:author,Carl:"},
    {"**Author:** [Ann](ann.md)", "ann.md:author"},
    {"Text before. From: [[X]]", "X:"},
    {"From: some text [[X]]", "X:"},
    {"From: [[X]]\nsecond line [[Y]]", "X:from,Y:"},
    {"From: [[X]]\nAuthor: [[Y]]", "X:from,Y:author"},
    {"up:: [[Parent]]", "Parent:up:dv"},
    {"- related:: [[A]], [[B]]\n- plain [[C]]", "A:related:dv,B:related:dv,C:"},
    {"text [up:: [[P]]] and (down:: [[Q]]) but [[R]]", "P:up:dv,Q:down:dv,R:"},
    {"[key:: [[Sq]uare]]] after [[Z]]", "Sq]uare:key:dv,Z:"},
    {"**Mentor**:: [[M]]", "M:mentor:dv"},
    {"> [!info] From: [[X]]", "X:"},
    {"## From: [[X]]", "X:"},
    {"Time: 10:30 [[X]]", "X:"},
};

BOOST_DATA_TEST_CASE(typed_relations, data::make(kRelations), c) { BOOST_TEST(relations(parse(c.input)) == c.expected); }

// ---------------------------------------------------------------------------------------
// Text encoding and line numbers.

std::string link_lines(const ParsedNote& note) {
  std::vector<std::string> out;
  for (const auto& link : note.links) out.push_back(link.target + "@" + std::to_string(link.line));
  for (const auto& tag : note.tags) out.push_back("#" + tag.tag + "@" + std::to_string(tag.line));
  for (const auto& url : note.urls) out.push_back(url.url + "@" + std::to_string(url.line));
  return join(out);
}

const Pair kLines[] = {
    {"[[a]]\n\n[[b]]\nx [[c]]", "a@1,b@3,c@4"},
    {"[[a]]\r\n\r\n[[b]]\r\nx [[c]]", "a@1,b@3,c@4"},
    {"[[a]]\r\rb\r[[b]]", "a@1,b@4"},
    {"---\r\ntitle: t\r\n---\r\n[[a]]\r\n#t", "a@4,#t@5"},
    {"---\rtitle: t\r---\r[[a]]", "a@4"},
    {"---\ntitle: t\n...\n\n[[a]]", "a@5"},
    {"a `multi\nline` code [[a]]\n[[b]]", "a@2,b@3"},
    {"x <!-- multi\nline --> [[a]]", "a@2"},
    {"x %%multi\nline%% [[a]]", "a@2"},
    {"x $multi\nline$ [[a]]", "a@2"},
    {"- item\n  continued [[a]]\n- [[b]]\n\n  > quote\n  > [[c]]", "a@2,b@3,c@6"},
    {"> [!note] T\n> x\n> [[a]] https://e.org #t", "a@3,#t@3,https://e.org@3"},
    {"Setext [[a]]\n===\n\n[[b]]", "a@1,b@4"},
    {"[multi\nline](x.md) [[b]]", "x.md@1,b@2"},
};

BOOST_DATA_TEST_CASE(line_numbers, data::make(kLines), c) { BOOST_TEST(link_lines(parse(c.input)) == c.expected); }

BOOST_AUTO_TEST_CASE(byte_order_mark_is_dropped) {
  const auto note = parse("\xEF\xBB\xBF---\ntitle: With BOM\n---\n[[a]]");
  BOOST_TEST(note.title == "With BOM");
  BOOST_TEST(link_lines(note) == "a@4");
  BOOST_TEST(note.diagnostics.empty());
  const auto plain = parse("\xEF\xBB\xBF# Heading");
  BOOST_TEST_REQUIRE(plain.blocks.size() == 1u);
  BOOST_TEST(plain.blocks[0].text == "Heading");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_becomes_replacement_with_diagnostic) {
  const auto note = parse("ok line\nbad \xFF\xFE byte [[a]]\nfine [[b]]\n\xC3", "dir/bad.md");
  BOOST_TEST(link_lines(note) == "a@2,b@3");
  BOOST_TEST_REQUIRE(note.diagnostics.size() == 2u);
  BOOST_TEST(note.diagnostics[0].path == "dir/bad.md");
  BOOST_TEST(note.diagnostics[0].line == 2);
  BOOST_TEST(note.diagnostics[0].message.find("U+FFFD") != std::string::npos);
  BOOST_TEST(note.diagnostics[1].line == 4);
  BOOST_TEST_REQUIRE(note.blocks.size() == 1u);
  BOOST_TEST(note.blocks[0].text.find("bad \xEF\xBF\xBD\xEF\xBF\xBD byte") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_in_front_matter_and_many_lines) {
  const auto note = parse("---\ntitle: caf\xE9\n---\n[[a]]");
  BOOST_TEST(note.title == "caf\xEF\xBF\xBD");
  BOOST_TEST(link_lines(note) == "a@4");
  std::string garbage;
  for (int i = 0; i < 100; ++i) garbage += "\x80\n";
  const auto many = parse(garbage);
  BOOST_TEST(many.diagnostics.size() <= 10u);  // capped, with a count of the rest
  BOOST_TEST(many.diagnostics.back().message.find("more lines") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(block_line_at_maps_offsets_to_file_lines) {
  const auto note = parse("---\na: 1\n---\n\nfirst line\nsecond [[L]]\nthird");
  BOOST_TEST_REQUIRE(note.blocks.size() == 1u);
  const auto& block = note.blocks[0];
  BOOST_TEST(block.line == 5);
  BOOST_TEST(block.text == "first line\nsecond L\nthird");
  BOOST_TEST(block.line_at(0) == 5);
  BOOST_TEST(block.line_at(block.text.find("second")) == 6);
  BOOST_TEST(block.line_at(block.text.find("L")) == 6);
  BOOST_TEST(block.line_at(block.text.find("third")) == 7);
  BOOST_TEST(block.line_at(block.text.size()) == 7);
}

// ---------------------------------------------------------------------------------------
// Heading paths and cited seconds.

BOOST_AUTO_TEST_CASE(heading_paths) {
  const auto note = parse(
      "[[top]]\n# A\n[[a]]\n## B [[in_b_heading]]\n[[b]]\n### C\n[[c]]\n## D\n[[d]]\n# E\n- [[e]]\n");
  const auto path_of = [&](std::string_view target) { return join(find_link(note, target)->heading_path, " > "); };
  BOOST_TEST(path_of("top") == "");
  BOOST_TEST(path_of("a") == "A");
  BOOST_TEST(path_of("in_b_heading") == "A");
  BOOST_TEST(path_of("b") == "A > B in_b_heading");
  BOOST_TEST(path_of("c") == "A > B in_b_heading > C");
  BOOST_TEST(path_of("d") == "A > D");
  BOOST_TEST(path_of("e") == "E");
  BOOST_TEST(join(note.blocks.back().heading_path, " > ") == "E");
}

BOOST_AUTO_TEST_CASE(skipped_heading_levels_and_commented_headings) {
  const auto note = parse("### Deep\n# Top\n[[x]]\n%%\n# Hidden\n%%\n[[y]]");
  BOOST_TEST(join(find_link(note, "x")->heading_path, " > ") == "Top");
  BOOST_TEST(join(find_link(note, "y")->heading_path, " > ") == "Top");
}

std::string anchor_text(std::string_view clock) {
  return "<a class=\"yt-timestamp\" data-t=\"" + std::string(clock) + "\">[" + std::string(clock) + "]</a>";
}

BOOST_AUTO_TEST_CASE(seconds_first_anchor_after_else_last_before) {
  const std::string body = "[[none]]\n\nA [[a]] " + anchor_text("00:00:10") + " B [[b]] " + anchor_text("00:01:05") +
                           " C [[c]] https://e.org/x " + anchor_text("01:00") + " D [[d]]\n\n" +
                           "- item [[i]] " + anchor_text("1:02:03") + "\n- other [[j]]\n\n" +
                           "## Heading [[h]] " + anchor_text("00:00:07") + "\n[[after_heading]]";
  const auto note = parse(body);
  const auto second = [&](std::string_view target) { return second_text(find_link(note, target)->second); };
  BOOST_TEST(second("none") == "-");
  BOOST_TEST(second("a") == "10");
  BOOST_TEST(second("b") == "65");
  BOOST_TEST(second("c") == "60");
  BOOST_TEST(second("d") == "60");
  BOOST_TEST(second("i") == "3723");
  BOOST_TEST(second("j") == "-");  // another list item is another block
  BOOST_TEST(second("h") == "7");
  BOOST_TEST(second("after_heading") == "-");
  BOOST_TEST_REQUIRE(note.urls.size() == 1u);
  BOOST_TEST(second_text(note.urls[0].second) == "60");
  // The anchors' own "[00:00:10]" is not block text.
  for (const auto& block : note.blocks) BOOST_TEST(block.text.find("[00:") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(block_second_at) {
  Block block;
  block.text = "abcdefghij";
  BOOST_TEST(second_text(block.second_at(3)) == "-");
  block.anchors = {{2, 10}, {6, 20}};
  BOOST_TEST(second_text(block.second_at(0)) == "10");
  BOOST_TEST(second_text(block.second_at(2)) == "20");  // an anchor at the offset was written before it
  BOOST_TEST(second_text(block.second_at(5)) == "20");
  BOOST_TEST(second_text(block.second_at(6)) == "20");
  BOOST_TEST(second_text(block.second_at(9)) == "20");
}

BOOST_AUTO_TEST_CASE(anchor_records_offset_in_block_text) {
  const auto note = parse("Trump said " + anchor_text("00:02:00") + ", then left.");
  BOOST_TEST_REQUIRE(note.blocks.size() == 1u);
  const auto& block = note.blocks[0];
  BOOST_TEST(block.text == "Trump said , then left.");
  BOOST_TEST_REQUIRE(block.anchors.size() == 1u);
  BOOST_TEST(block.anchors[0].offset == std::string("Trump said ").size());
  BOOST_TEST(block.anchors[0].second == 120);
  BOOST_TEST(second_text(block.second_at(0)) == "120");
}

// ---------------------------------------------------------------------------------------
// Front matter.

BOOST_AUTO_TEST_CASE(front_matter_fields) {
  const auto note = parse(
      "---\n"
      "title: \"My Title\"\n"
      "aliases:\n  - First\n  - Second\n"
      "tags: alpha, beta gamma\n"
      "type: person\n"
      "videoId: rP2kEF3Mj-o\n"
      "rating: 4.5\n"
      "---\n"
      "body\n",
      "people/file_stem.md");
  BOOST_TEST(note.title == "My Title");
  BOOST_TEST(join(note.aliases) == "First,Second");
  BOOST_TEST(tags(note) == "alpha,beta,gamma");
  BOOST_TEST(note.entity_type == "person");
  BOOST_TEST(note.video_id == "rP2kEF3Mj-o");
  BOOST_TEST_REQUIRE(note.properties.size() == 1u);
  BOOST_TEST(note.properties[0].key == "rating");
  BOOST_TEST(json_value(note.properties[0].value) == "4.5");
  BOOST_TEST(note.diagnostics.empty());
}

const Pair kTitles[] = {
    {"no front matter", "file.name"},
    {"---\nother: x\n---\n", "file.name"},
    {"---\ntitle: \"  \"\n---\n", "file.name"},
    {"---\ntitle: Real\n---\n", "Real"},
};

BOOST_DATA_TEST_CASE(title_else_stem, data::make(kTitles), c) {
  BOOST_TEST(parse(c.input, "dir/file.name.md").title == c.expected);
}

const Pair kAliases[] = {
    {"aliases: [A, B]", "A,B"},
    {"aliases: A, B ,C", "A,B,C"},
    {"alias: Solo", "Solo"},
    {"aliases:\n  - \"Quoted, with comma\"", "Quoted, with comma"},
    {"aliases:", ""},
};

BOOST_DATA_TEST_CASE(aliases, data::make(kAliases), c) {
  BOOST_TEST(join(parse("---\n" + std::string(c.input) + "\n---\n").aliases) == c.expected);
}

const Pair kFrontTags[] = {
    {"tags: [a, b]", "a,b"},
    {"tags:\n  - a\n  - nested/tag", "a,nested/tag"},
    {"tags: a b, c", "a,b,c"},
    {"tag: \"#single\"", "single"},
    {"tags: 1984", ""},
};

BOOST_DATA_TEST_CASE(front_matter_tags, data::make(kFrontTags), c) {
  BOOST_TEST(tags(parse("---\n" + std::string(c.input) + "\n---\n")) == c.expected);
}

const Pair kTypes[] = {
    {"type: person", "person"},
    {"kind: place", "place"},
    {"category: event", "event"},
    {"category: event\nkind: place\ntype: person", "person"},
    {"type: \"[[Organization]]\"", "Organization"},
    {"type: [place, other]", "place"},
};

BOOST_DATA_TEST_CASE(entity_types, data::make(kTypes), c) {
  BOOST_TEST(parse("---\n" + std::string(c.input) + "\n---\n").entity_type == c.expected);
}

const Pair kPropertyJson[] = {
    {"k: text", "\"text\""},
    {"k: \"42\"", "\"42\""},
    {"k: 42", "42"},
    {"k: -7", "-7"},
    {"k: 0x1F", "31"},
    {"k: 1.50", "1.5"},
    {"k: 1e3", "1000"},
    {"k: .inf", "\".inf\""},
    {"k: true", "true"},
    {"k: False", "false"},
    {"k: ~", "null"},
    {"k:", "null"},
    {"k: 2024-01-31", "\"2024-01-31\""},
    {"k: [1, two, null]", "[1,\"two\",null]"},
    {"k: {a: 1, b: [x]}", "{\"a\":1,\"b\":[\"x\"]}"},
    {"k: \"quote \\\" and \\\\ and \\t\"", "\"quote \\\" and \\\\ and \\t\""},
    {"k: |\n  two\n  lines", "\"two\\nlines\\n\""},
    {"k: 99999999999999999999999", "1e+23"},
};

BOOST_DATA_TEST_CASE(properties_as_json, data::make(kPropertyJson), c) {
  const auto note = parse("---\n" + std::string(c.input) + "\n---\n");
  BOOST_TEST_REQUIRE(note.properties.size() == 1u);
  BOOST_TEST(note.properties[0].key == "k");
  BOOST_TEST(json_value(note.properties[0].value) == c.expected);
}

BOOST_AUTO_TEST_CASE(front_matter_links_are_typed_by_key) {
  const auto note = parse(
      "---\n"
      "up: \"[[Parent]]\"\n"
      "related:\n  - \"[[A|shown]]\"\n  - plain\n  - \"![[B#H]]\"\n"
      "flow: [[Unquoted]]\n"
      "two: \"[[X]] and [[Y]]\"\n"
      "source: https://youtu.be/rP2kEF3Mj-o?t=5\n"
      "---\n"
      "[[body]]\n");
  std::vector<std::string> got;
  for (const auto& link : note.links) {
    got.push_back(link.target + link.anchor + "|" + link.alias + ":" + link.relation + "@" + std::to_string(link.line) +
                  (link.form == LinkForm::frontmatter ? "" : "!fm") + (link.embed ? "!embed" : ""));
  }
  BOOST_TEST(join(got) ==
             "Parent|:up@2,A|shown:related@4,B#H|:related@6!embed,Unquoted|:flow@7,X|:two@8,Y|:two@8,body|:@11!fm");
  BOOST_TEST_REQUIRE(note.urls.size() == 1u);
  BOOST_TEST(note.urls[0].video_id == "rP2kEF3Mj-o");
  BOOST_TEST(note.urls[0].line == 9);
  // Keys with links are still properties.
  BOOST_TEST(note.properties.size() == 5u);
}

BOOST_AUTO_TEST_CASE(invalid_yaml_is_a_diagnostic_and_the_note_is_kept) {
  const auto note = parse("---\ntitle: ok\nbad: [unclosed\nmore: x\n---\nbody [[kept]] #t\n", "dir/broken.md");
  BOOST_TEST(note.title == "broken");
  BOOST_TEST(targets(note) == "kept");
  BOOST_TEST(tags(note) == "t");
  BOOST_TEST(find_link(note, "kept")->line == 6);
  BOOST_TEST_REQUIRE(note.diagnostics.size() == 1u);
  BOOST_TEST(note.diagnostics[0].path == "dir/broken.md");
  BOOST_TEST(note.diagnostics[0].line >= 3);
  BOOST_TEST(note.diagnostics[0].line <= 5);
  BOOST_TEST(note.diagnostics[0].message.find("YAML") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(invalid_yaml_reports_its_line) {
  const auto note = parse("---\na: 1\nb: 2\nc: : :\n  - x\n---\n");
  BOOST_TEST_REQUIRE(note.diagnostics.size() == 1u);
  BOOST_TEST(note.diagnostics[0].line == 4);
}

BOOST_AUTO_TEST_CASE(front_matter_that_is_not_a_mapping) {
  const auto note = parse("---\n- a\n- b\n---\n[[x]]");
  BOOST_TEST(note.diagnostics.size() == 1u);
  BOOST_TEST(targets(note) == "x");
}

BOOST_AUTO_TEST_CASE(unclosed_front_matter_is_markdown_with_a_diagnostic) {
  const auto note = parse("---\ntitle: x\n[[link]]\n", "n.md");
  BOOST_TEST(note.title == "n");
  BOOST_TEST(targets(note) == "link");
  BOOST_TEST(find_link(note, "link")->line == 3);
  BOOST_TEST_REQUIRE(note.diagnostics.size() == 1u);
  BOOST_TEST(note.diagnostics[0].line == 1);
}

BOOST_AUTO_TEST_CASE(front_matter_only_opens_on_the_first_line) {
  const auto note = parse("\n---\ntitle: x\n---\n", "n.md");
  BOOST_TEST(note.title == "n");
  BOOST_TEST(note.diagnostics.empty());
}

BOOST_AUTO_TEST_CASE(alias_bombs_are_bounded) {
  std::string yaml = "---\na: &a [1,2,3,4,5,6,7,8,9,10]\n";
  for (char c = 'b'; c <= 'h'; ++c) {
    const char previous = static_cast<char>(c - 1);
    yaml += std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 10; ++i) yaml += std::string(i ? "," : "") + "*" + previous;
    yaml += "]\n";
  }
  yaml += "---\n[[body]]";
  const auto note = parse(yaml);
  BOOST_TEST(targets(note) == "body");
  BOOST_TEST(!note.diagnostics.empty());
}

// ---------------------------------------------------------------------------------------
// Hostile input: never throws, never crashes, results stay consistent.

std::vector<std::string> hostile_inputs() {
  std::vector<std::string> inputs = {
      "", "---", "---\n", "---\n---", "...", "\xEF\xBB\xBF", "\r\r\r", "\n\n\n", "[[", "]]", "![[", "[[|]]",
      "$", "$$", "%%", "<!--", "#", "[k::", "(k:: [[", "From:", "<a class=\"yt-timestamp\" data-t=\"",
      "<a class=\"yt-timestamp\" data-t=\"99:99:99:99\">[x]</a> [[a]]", std::string("nul\0byte [[a]]", 14),
  };
  std::string binary;
  for (int i = 0; i < 4096; ++i) binary.push_back(static_cast<char>((i * 7919) % 256));
  inputs.push_back(binary);
  inputs.push_back(std::string(1 << 20, 'x') + "[[end]]");
  std::string line;
  for (int i = 0; i < 20000; ++i) line += "[[a]] #t $ [[ %% <!-- ](x) ";
  inputs.push_back(line);
  inputs.push_back(std::string(5000, '>') + " [[deep]]");
  std::string lists;
  for (int i = 0; i < 500; ++i) lists += std::string(static_cast<std::size_t>(i) * 2, ' ') + "- [[item]]\n";
  inputs.push_back(lists);
  inputs.push_back(std::string(100000, '[') + std::string(100000, ']'));
  inputs.push_back(std::string(100000, '*') + "a" + std::string(100000, '*'));
  inputs.push_back("---\n" + std::string(5000, '[') + "\n---\n");
  inputs.push_back("---\n" + std::string(100000, '-') + "\n---\n");
  return inputs;
}

BOOST_AUTO_TEST_CASE(hostile_input_never_throws) {
  for (const auto& input : hostile_inputs()) {
    ParsedNote note;
    BOOST_CHECK_NO_THROW(note = parse(input));
    for (const auto& block : note.blocks) {
      for (const auto& span : block.links) {
        BOOST_TEST(span.begin <= span.end);
        BOOST_TEST(span.end <= block.text.size());
      }
      for (const auto& anchor : block.anchors) BOOST_TEST(anchor.offset <= block.text.size());
      BOOST_TEST(std::is_sorted(block.line_starts.begin(), block.line_starts.end()));
    }
    for (const auto& link : note.links) BOOST_TEST(link.line >= 1);
  }
}

// ---------------------------------------------------------------------------------------
// The seed note.

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

BOOST_AUTO_TEST_CASE(seed_note) {
  const std::string content = read_file(NOTEGRAPH_SOURCE_DIR "/seeds/kremlins_perception_of_peace_with_ukraine.md");
  BOOST_TEST_REQUIRE(!content.empty());
  const auto note = parse_note("bonus_professor/kremlins_perception_of_peace_with_ukraine.md", content);
  BOOST_TEST(note.title == "Kremlins perception of peace with Ukraine");
  BOOST_TEST(note.video_id == "rP2kEF3Mj-o");
  BOOST_TEST(note.diagnostics.empty());
  BOOST_TEST(note.properties.empty());
  BOOST_TEST_REQUIRE(note.links.size() == 3u);

  const auto& from = note.links[0];
  BOOST_TEST(from.target == "bonus_professor");
  BOOST_TEST(from.relation == "from");
  BOOST_TEST(from.line == 6);
  BOOST_TEST(from.heading_path.empty());
  BOOST_TEST(!from.second.has_value());

  const auto& shift = note.links[1];
  BOOST_TEST(shift.target == "Kremlins Strategy and Negotiations");
  BOOST_TEST(shift.alias == "strategic shift");
  BOOST_TEST(shift.relation.empty());
  BOOST_TEST(shift.line == 23);
  BOOST_TEST(second_text(shift.second) == "467");  // 00:07:47 precedes it; none follows
  BOOST_TEST(join(shift.heading_path, "|") == "Kremlin's Vision for Peace Contours");

  const auto& talks = note.links[2];
  BOOST_TEST(talks.target == "Ukraine Russia peace talks and territorial integrity");
  BOOST_TEST(talks.alias == "confrontation between Russia and Ukraine");
  BOOST_TEST(talks.line == 29);
  BOOST_TEST(second_text(talks.second) == "591");  // 00:09:51 follows it
  BOOST_TEST(join(talks.heading_path, "|") ==
             "US Reaction and Internal Considerations|The Role of the \"Deep State\"");

  BOOST_TEST(note.tags.empty());
  BOOST_TEST(note.urls.empty());
  // The callout paragraph: its marker is gone, its anchors are recorded, its link text is covered.
  const auto callout = std::find_if(note.blocks.begin(), note.blocks.end(),
                                    [](const Block& b) { return b.text.rfind("Shift on Land Corridor", 0) == 0; });
  BOOST_TEST_REQUIRE((callout != note.blocks.end()));
  BOOST_TEST(callout->line == 22);
  BOOST_TEST(callout->anchors.size() == 4u);
  BOOST_TEST(callout->text.find("[!note]") == std::string::npos);
  BOOST_TEST(callout->text.find("[00:07:47]") == std::string::npos);
  BOOST_TEST_REQUIRE(callout->links.size() == 1u);
  BOOST_TEST(callout->text.substr(callout->links[0].begin, callout->links[0].end - callout->links[0].begin) ==
             "strategic shift");
  BOOST_TEST(callout->line_at(callout->links[0].begin) == 23);
  std::size_t anchors = 0;
  for (const auto& block : note.blocks) anchors += block.anchors.size();
  BOOST_TEST(anchors == 28u);
}

}  // namespace
