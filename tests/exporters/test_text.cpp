#define BOOST_TEST_MODULE exporters_text
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <string>
#include <utility>
#include <vector>

#include "notegraph/exporters/rdf.hpp"
#include "notegraph/exporters/text.hpp"

using namespace notegraph;
namespace data = boost::unit_test::data;

namespace {

struct Case {
  std::string in, out;
};
std::ostream& operator<<(std::ostream& os, const Case& c) { return os << c.in << " → " << c.out; }

struct IriCase {
  std::string iri;
  bool portable;
};
std::ostream& operator<<(std::ostream& os, const IriCase& c) { return os << c.iri; }

const std::string kFffd = "\xEF\xBF\xBD";

}  // namespace

BOOST_DATA_TEST_CASE(valid_utf8_replaces_ill_formed_sequences,
                     data::make(std::vector<Case>{
                         {"plain", "plain"},
                         {"caf\xC3\xA9", "caf\xC3\xA9"},
                         {"a\xFF" "b", "a" + kFffd + "b"},
                         {"\xC3\x28", kFffd + "("},
                         {"\xE2\x82", kFffd},                     // truncated: one U+FFFD
                         {"\xED\xA0\x80", kFffd + kFffd + kFffd},  // a surrogate
                         {"\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80"},
                     }),
                     c) {
  BOOST_TEST(valid_utf8(c.in) == c.out);
}

BOOST_DATA_TEST_CASE(xml_escape_cases,
                     data::make(std::vector<Case>{
                         {"a&b", "a&amp;b"},
                         {"<x>", "&lt;x&gt;"},
                         {"]]>", "]]&gt;"},
                         {"\"q\" 'a'", "&quot;q&quot; &apos;a&apos;"},
                         {"\t\n\r", "&#9;&#10;&#13;"},
                         {std::string("a\0b", 3), "a" + kFffd + "b"},
                         {"\x01\x1f", kFffd + kFffd},
                         {"\x7f", "\x7f"},  // allowed in XML 1.0
                         {"\xEF\xBF\xBE\xEF\xBF\xBF", kFffd + kFffd},
                         {"bad\xFF", "bad" + kFffd},
                         {"\xE2\x81\xA8x\xE2\x81\xA9", "\xE2\x81\xA8x\xE2\x81\xA9"},
                         {"--", "--"},
                     }),
                     c) {
  BOOST_TEST(xml_escape(c.in) == c.out);
}

BOOST_DATA_TEST_CASE(json_quote_cases,
                     data::make(std::vector<Case>{
                         {"a", "\"a\""},
                         {"\"\\", "\"\\\"\\\\\""},
                         {"\n\t\r\b\f", "\"\\n\\t\\r\\b\\f\""},
                         {"\x01", "\"\\u0001\""},
                         {"\xFF", "\"" + kFffd + "\""},
                         {"</script>", "\"</script>\""},
                     }),
                     c) {
  BOOST_TEST(json_quote(c.in) == c.out);
}

BOOST_DATA_TEST_CASE(dot_quote_cases,
                     data::make(std::vector<Case>{
                         {"a", "\"a\""},
                         {"a\"b", "\"a\\\"b\""},
                         {"end\\", "\"end\\\\\""},
                         {"\\N", "\"\\\\N\""},  // no Graphviz escape survives
                         {"l1\nl2", "\"l1\\nl2\""},
                         {"\x01\r", "\"" + kFffd + kFffd + "\""},
                         {"tab\t", "\"tab\t\""},
                         {"<b>&amp;", "\"<b>&amp;\""},
                     }),
                     c) {
  BOOST_TEST(dot_quote(c.in) == c.out);
}

BOOST_DATA_TEST_CASE(iri_path_encode_keeps_slashes,
                     data::make(std::vector<Case>{
                         {"a/b c.md", "a/b%20c.md"},
                         {"x:y", "x%3Ay"},
                         {"../up/./x", "%2E%2E/up/%2E/x"},
                         {"a..b/...", "a..b/%2E%2E%2E"},
                         {"caf\xC3\xA9", "caf%C3%A9"},
                         {"\xFF", "%EF%BF%BD"},
                         {"#?%<>\"", "%23%3F%25%3C%3E%22"},
                         {"~_-.", "~_-."},
                     }),
                     c) {
  BOOST_TEST(iri_path_encode(c.in, Slash::kept) == c.out);
}

BOOST_AUTO_TEST_CASE(iri_path_encode_can_encode_slashes) {
  BOOST_TEST(iri_path_encode("a/b", Slash::encoded) == "a%2Fb");
  BOOST_TEST(iri_path_encode("..", Slash::encoded) == "%2E%2E");
}

BOOST_DATA_TEST_CASE(nquads_escape_is_canonical,
                     data::make(std::vector<Case>{
                         {"a\"b\\c", "a\\\"b\\\\c"},
                         {"\n\r\t\b\f", "\\n\\r\\t\\b\\f"},
                         {"\x01\x7f", "\\u0001\\u007F"},
                         {"\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80"},
                         {"\xFF", kFffd},
                     }),
                     c) {
  BOOST_TEST(nquads_escape(c.in) == c.out);
}

BOOST_AUTO_TEST_CASE(clock_time_and_numbers) {
  BOOST_TEST(clock_time(0) == "0:00");
  BOOST_TEST(clock_time(74) == "1:14");
  BOOST_TEST(clock_time(3600) == "1:00:00");
  BOOST_TEST(clock_time(3725) == "1:02:05");
  BOOST_TEST(format_number(3) == "3");
  BOOST_TEST(format_number(2.5) == "2.5");
  BOOST_TEST(format_number(0.1) == "0.1");
}

BOOST_DATA_TEST_CASE(portable_iris,
                     data::make(std::vector<IriCase>{
                         {"http://www.wikidata.org/entity/Q22686", true},
                         {"https://en.wikipedia.org/wiki/Caf%C3%A9", true},
                         {"https://en.wikipedia.org/wiki/Caf\xC3\xA9#x", true},
                         {"urn:isbn:0451450523", true},
                         {"https://x.org:8080/a?b=c", true},
                         {"https://x.org:port/", false},
                         {"https://x.org/a b", false},
                         {"https://x.org/a#b#c", false},
                         {"https://x.org/<a>", false},
                         {"https://x.org/%zz", false},
                         {"https://[::1]/", false},
                         {"https:///path", false},
                         {"Q22686", false},
                         {"ftp://x.org/", false},
                         {"https://x.org/\xFF", false},
                     }),
                     c) {
  BOOST_TEST(is_portable_iri(c.iri) == c.portable);
}
