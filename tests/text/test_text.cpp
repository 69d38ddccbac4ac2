// graph/text one case a line: the UTF-8 decoder and repair, the character classes, the
// fold (NFC/NFD, full folding), every escaper, the YouTube URL builder and path names.
#define BOOST_TEST_MODULE text
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "notegraph/text/chars.hpp"
#include "notegraph/text/escape.hpp"
#include "notegraph/text/fold.hpp"
#include "notegraph/text/path.hpp"
#include "notegraph/text/utf8.hpp"
#include "notegraph/text/youtube.hpp"

using namespace notegraph::text;
namespace data = boost::unit_test::data;

namespace {

struct Case {
  std::string in, out;
};
std::ostream& operator<<(std::ostream& os, const Case& c) { return os << c.in << " → " << c.out; }

// char32_t values print as numbers in failure messages.
std::uint32_t cp(char32_t c) { return static_cast<std::uint32_t>(c); }

const std::string kFffd = "\xEF\xBF\xBD";
const std::string kCafeNfc = "Caf\xC3\xA9";
const std::string kCafeNfd = "Cafe\xCC\x81";

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
                         {"0123456789abcdef\xFF", "0123456789abcdef" + kFffd},  // past 8-byte runs
                     }),
                     c) {
  BOOST_TEST(valid_utf8(c.in) == c.out);
  BOOST_TEST(is_valid_utf8(c.in) == (c.in == c.out));
}

BOOST_AUTO_TEST_CASE(decoder_steps_over_maximal_subparts_both_ways) {
  const std::string s = "a\xC3\xA9\xE2\x82" "b\xF0\x9F\x98\x80";
  std::vector<char32_t> forward;
  for (std::size_t i = 0; i < s.size();) forward.push_back(next_code_point(s, i));
  BOOST_TEST((forward == std::vector<char32_t>{U'a', U'\u00E9', kReplacement, U'b', U'\U0001F600'}));
  std::size_t i = 1;
  BOOST_TEST(cp(decode_utf8(s, i)) == cp(U'\u00E9'));
  BOOST_TEST(i == 3u);
  BOOST_TEST(cp(decode_utf8(s, i)) == cp(kIllFormed));
  BOOST_TEST(i == 5u);
  std::size_t back = s.size();
  BOOST_TEST(cp(previous_code_point(s, back)) == cp(U'\U0001F600'));
  BOOST_TEST(back == 6u);
  BOOST_TEST(cp(previous_code_point(s, back)) == cp(U'b'));
  std::string out;
  append_utf8(out, U'\u00FC');
  append_utf8(out, 0xD800);  // a surrogate is not a scalar value
  BOOST_TEST(out == "\xC3\xBC" + kFffd);
}

BOOST_AUTO_TEST_CASE(fold_is_nfc_and_full_case_folding) {
  BOOST_TEST(fold("Hello World") == "hello world");
  BOOST_TEST(fold(kCafeNfd) == fold(kCafeNfc));
  BOOST_TEST(fold(kCafeNfd) == "caf\xC3\xA9");
  BOOST_TEST(fold("Stra\xC3\x9F" "e") == "strasse");
  BOOST_TEST(fold("ZÜRICH") == "zürich");
  BOOST_TEST(fold("Zu\u0308rich") == "zürich");
  BOOST_TEST(fold("\xCE\x9F\xCE\xB4\xCF\x8C\xCF\x82") == fold("\xCE\xBF\xCE\xB4\xCF\x8C\xCF\x83"));
  BOOST_TEST(fold("\xC4\xB0stanbul") == nfc(fold("\xC4\xB0stanbul")));  // İ folds to i + U+0307
  BOOST_TEST(nfc(kCafeNfd) == kCafeNfc);
  BOOST_TEST(cp(fold_code_point(U'Ä')) == cp(U'ä'));
  BOOST_TEST(cp(fold_code_point(U'A')) == cp(U'a'));
}

BOOST_AUTO_TEST_CASE(lower_and_ascii_case) {
  BOOST_TEST(lower("Project/Alpha") == "project/alpha");
  BOOST_TEST(lower("\xC3\x84pfel") == "\xC3\xA4pfel");
  BOOST_TEST(lower("A\xCC\x88pfel") == "\xC3\xA4pfel");  // NFD in, NFC out
  BOOST_TEST(lower("Stra\xC3\x9F" "e") == "stra\xC3\x9F" "e");  // lowercase, not folded
  BOOST_TEST(ascii_lower("HTTPS://Ä") == "https://Ä");
  BOOST_TEST(ascii_iequals("YouTu.be", "youtu.BE"));
  BOOST_TEST(!ascii_iequals("youtube", "youtu.be"));
  BOOST_TEST(is_ascii("plain text, 0123456789"));
  BOOST_TEST(!is_ascii("plain text, 0123456789\xC3\xA9"));
}

BOOST_AUTO_TEST_CASE(character_classes_are_unicode) {
  for (char32_t c : {U'a', U'Z', U'7', U'ü', U'Ж', U'\u0301', U'²', U'漢'}) BOOST_TEST(is_word_char(c));
  for (char32_t c : {U'-', U'_', U' ', U'.', U'€', U'\u00A0'}) BOOST_TEST(!is_word_char(c));
  BOOST_TEST(is_space(U'\u00A0'));
  BOOST_TEST(is_space(U'\t'));
  BOOST_TEST(!is_space(U'x'));
  BOOST_TEST(is_punct(U'!'));
  BOOST_TEST(is_punct(U'«'));
  BOOST_TEST(is_symbol(U'€'));
  BOOST_TEST(is_symbol(U'+'));
  BOOST_TEST(is_control(U'\u200E'));
  BOOST_TEST(is_upper(U'Ö'));
  BOOST_TEST(is_lower(U'ö'));
  BOOST_TEST(is_unspaced_script(U'漢'));
  BOOST_TEST(!is_unspaced_script(U'Ж'));
  BOOST_TEST(starts_upper("Éclair"));
  BOOST_TEST(!starts_upper("éclair"));
  BOOST_TEST(collapse_space("  a \u00A0\t b  ") == "a b");
  BOOST_TEST(display_width("ab") == 2u);
  BOOST_TEST(display_width("漢字") == 4u);
  BOOST_TEST(display_width("e\xCC\x81") == 1u);  // a combining mark takes no column
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
                         {"", "\"\""},
                         {"\"\\", "\"\\\"\\\\\""},
                         {"\n\t\r\b\f", "\"\\n\\t\\r\\b\\f\""},
                         {"\x01\x1f", "\"\\u0001\\u001F\""},
                         {std::string("\0", 1), "\"\\u0000\""},
                         {"\x7f/", "\"\x7f/\""},
                         {"\xFF", "\"" + kFffd + "\""},
                         {"</script>", "\"</script>\""},
                         {"caf\xC3\xA9 \xF0\x9F\x98\x80", "\"caf\xC3\xA9 \xF0\x9F\x98\x80\""},
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
                         {"\x01\r\x7f", "\"" + kFffd + kFffd + kFffd + "\""},
                         {"tab\t", "\"tab\t\""},
                         {"<b>&amp;", "\"<b>&amp;\""},
                         {"\xEF\xBF\xBE", "\"" + kFffd + "\""},
                     }),
                     c) {
  BOOST_TEST(dot_quote(c.in) == c.out);
}

BOOST_AUTO_TEST_CASE(terminal_safe_quotes_like_ls_b) {
  BOOST_TEST(terminal_safe("Zürich/日本.md") == "Zürich/日本.md");
  // a newline cannot forge a second message; escapes and bells stay inert
  BOOST_TEST(terminal_safe("a\nFAKE.md:99: injected warning") == "a\\nFAKE.md:99: injected warning");
  BOOST_TEST(terminal_safe("\x1b]0;pwned\x07\x1b[2J.md") == "\\x1b]0;pwned\\x07\\x1b[2J.md");
  BOOST_TEST(terminal_safe("tab\there\r") == "tab\\there\\r");
  BOOST_TEST(terminal_safe("back\\slash") == "back\\\\slash");
  BOOST_TEST(terminal_safe("del\x7f") == "del\\x7f");
  // ill-formed bytes stay distinct: x\xff and x\xfe are two names, not two U+FFFD
  BOOST_TEST(terminal_safe("x\xff.md") == "x\\xff.md");
  BOOST_TEST(terminal_safe("x\xfe.md") == "x\\xfe.md");
  BOOST_TEST(terminal_safe("x\xef\xbf\xbd.md") == "x\xef\xbf\xbd.md");  // a real U+FFFD is kept
  // C1 CSI and a right-to-left override
  BOOST_TEST(terminal_safe("a\xc2\x9b" "31m") == "a\\u009b31m");
  BOOST_TEST(terminal_safe("evil\xe2\x80\xaegpj.md") == "evil\\u202egpj.md");
}

BOOST_AUTO_TEST_CASE(graphviz_escape_keeps_quotes) {
  BOOST_TEST(graphviz_escape("a\"b\\c\nd") == "a\"b\\\\c\\nd");
}

BOOST_DATA_TEST_CASE(csv_fields_are_quoted_unless_empty,
                     data::make(std::vector<Case>{
                         {"", ""},
                         {"a", "\"a\""},
                         {"say \"hi\"", "\"say \"\"hi\"\"\""},
                         {"l1\nl2,\t;", "\"l1\nl2,\t;\""},
                         {std::string("\0", 1), std::string("\"\0\"", 3)},
                         {"bad\xFF", "\"bad" + kFffd + "\""},
                     }),
                     c) {
  std::string out = "x,";
  append_csv_field(out, c.in);
  BOOST_TEST(out == "x," + c.out);
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
                         {"", ""},
                     }),
                     c) {
  BOOST_TEST(iri_path_encode(c.in, Slash::kept) == c.out);
}

BOOST_AUTO_TEST_CASE(iri_path_encode_can_encode_slashes) {
  BOOST_TEST(iri_path_encode("a/b", Slash::encoded) == "a%2Fb");
  BOOST_TEST(iri_path_encode("..", Slash::encoded) == "%2E%2E");
  std::string out = "base/..";  // what precedes the appended text is not a segment of it
  append_iri_path(out, "..", Slash::kept);
  BOOST_TEST(out == "base/..%2E%2E");
}

BOOST_AUTO_TEST_CASE(youtube_watch_urls) {
  BOOST_TEST(youtube_url("rP2kEF3Mj-o", 74) == "https://www.youtube.com/watch?v=rP2kEF3Mj-o&t=74s");
  BOOST_TEST(youtube_url("rP2kEF3Mj-o", std::nullopt) ==
             "https://www.youtube.com/watch?v=rP2kEF3Mj-o");
  BOOST_TEST(youtube_url("a%20b", 0) == "https://www.youtube.com/watch?v=a%20b&t=0s");
}

BOOST_AUTO_TEST_CASE(path_names) {
  BOOST_TEST(file_name("a/b/Note.md") == "Note.md");
  BOOST_TEST(file_name("Note.md") == "Note.md");
  BOOST_TEST(stem("a/b/Note.md") == "Note");
  BOOST_TEST(stem("x.tar.gz") == "x.tar");
  BOOST_TEST(stem("dir.d/.env") == ".env");
  BOOST_TEST(stem("a/README") == "README");
  BOOST_TEST(folder_of("a/b/c.md") == "a/b");
  BOOST_TEST(folder_of("c.md") == "");
  BOOST_TEST(is_within("/v/a/b", "/v/a"));
  BOOST_TEST(is_within("/v/a", "/v/a"));
  BOOST_TEST(!is_within("/v/ab", "/v/a"));
  BOOST_TEST(!is_within("/v", "/v/a"));
}
