// The wikilink grammar `!?[[target(#heading)*(#^block)?(|alias)?]]`, one case a line
// (like obsidian-export's references.rs).
#define BOOST_TEST_MODULE wikilink
#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <ostream>

#include "notegraph/ingest/parse_note.hpp"

namespace notegraph {
// Boost.Test prints values that differ.
std::ostream& operator<<(std::ostream& out, const WikiLink& link) {
  out << (link.embed ? "![[" : "[[") << "target=" << link.target;
  for (const auto& heading : link.headings) out << " #" << heading;
  if (!link.block.empty()) out << " #^" << link.block;
  return out << " |" << link.alias << "]]";
}
}  // namespace notegraph

namespace {

using notegraph::WikiLink;
namespace data = boost::unit_test::data;

struct Case {
  const char* source;
  WikiLink expected;
};
std::ostream& operator<<(std::ostream& out, const Case& c) { return out << c.source; }

const Case kLinks[] = {
    {"[[Note]]", {"Note", {}, "", "", false}},
    {"[[Note|Alias]]", {"Note", {}, "", "Alias", false}},
    {"[[T | a]]", {"T", {}, "", "a", false}},
    {"[[  spaced target  ]]", {"spaced target", {}, "", "", false}},
    {"[[#H]]", {"", {"H"}, "", "", false}},
    {"[[N#H]]", {"N", {"H"}, "", "", false}},
    {"[[N#A#B]]", {"N", {"A", "B"}, "", "", false}},
    {"[[N # A # B ]]", {"N", {"A", "B"}, "", "", false}},
    {"[[N#^block-id]]", {"N", {}, "block-id", "", false}},
    {"[[#^abc]]", {"", {}, "abc", "", false}},
    {"[[N#H#^id|shown]]", {"N", {"H"}, "id", "shown", false}},
    {"[[Sq]uare]]", {"Sq]uare", {}, "", "", false}},
    {"[[a]b]c]]", {"a]b]c", {}, "", "", false}},
    {"[[A\\|b]]", {"A", {}, "", "b", false}},
    {"[[A|b|c]]", {"A", {}, "", "b|c", false}},
    {"[[folder/sub/Note.md]]", {"folder/sub/Note.md", {}, "", "", false}},
    {"[[Note.md#Section|x]]", {"Note.md", {"Section"}, "", "x", false}},
    {"[[Ünïcödé Nótë|日本語]]", {"Ünïcödé Nótë", {}, "", "日本語", false}},
    {"[[Kremlins Strategy and Negotiations | strategic shift]]",
     {"Kremlins Strategy and Negotiations", {}, "", "strategic shift", false}},
    {"![[x.png]]", {"x.png", {}, "", "", true}},
    {"![[x.png|100x145]]", {"x.png", {}, "", "100x145", true}},
    {"![[x.png|100]]", {"x.png", {}, "", "100", true}},
    {"![[doc.pdf#page=3]]", {"doc.pdf", {"page=3"}, "", "", true}},
    {"![[Note#Section]]", {"Note", {"Section"}, "", "", true}},
    {"![[Note#^quote]]", {"Note", {}, "quote", "", true}},
    {"[[N|]]", {"N", {}, "", "", false}},
    {"[[N#]]", {"N", {}, "", "", false}},
};

BOOST_DATA_TEST_CASE(parses, data::make(kLinks), c) {
  const auto link = notegraph::parse_wikilink(c.source);
  BOOST_TEST_REQUIRE(link.has_value());
  BOOST_TEST(*link == c.expected);
}

const char* const kNotLinks[] = {
    "",
    "[[]]",
    "[[ ]]",
    "[[|alias]]",
    "[[#]]",
    "[[a",
    "a]]",
    "[a]",
    "[[a]",
    "[[a]]]",
    "[[a]] [[b]]",
    "[[a\nb]]",
    "[[a [[b]]",
    "!![[a]]",
    "x[[a]]",
};

BOOST_DATA_TEST_CASE(rejects, data::make(kNotLinks), source) {
  BOOST_TEST(!notegraph::parse_wikilink(source).has_value());
}

}  // namespace
