#include "notegraph/extract/rules.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "notegraph/extract/text.hpp"
#include "rules_lists.hpp"

namespace notegraph {
namespace {

using rules::ListType;

// ---------------------------------------------------------------------------------
// Tokens

enum class TokenKind { word, number, punct };

struct Token {
  std::size_t begin = 0;
  std::size_t end = 0;  // without a possessive 's
  std::string folded;   // case-folded text of [begin, end)
  TokenKind kind = TokenKind::punct;
  char32_t punct = 0;   // the code point of a punct token
  bool upper = false;   // starts with an uppercase letter
  bool all_caps = false;
  bool possessive = false;
  bool sentence_start = false;
  bool in_link = false;
  bool adjacent = false;  // no white space before it
  bool line_start = false;  // first token of a line
  bool title_case = false;  // on a line written in title case
  bool used = false;      // taken by a date
};

bool is_dash(char32_t c) { return c == U'-' || c == U'\u2010' || c == U'\u2011' || c == U'\u2012' || c == U'\u2013' || c == U'\u2014'; }
bool is_apostrophe(char32_t c) { return c == U'\'' || c == U'\u2019'; }

char32_t peek(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  return text::next_code_point(s, i);
}
std::size_t skip(std::string_view s, std::size_t i) {
  text::next_code_point(s, i);
  return i;
}

bool is_abbreviation(std::string_view folded) {
  static constexpr std::string_view kAbbr[] = {"dr", "mr", "mrs", "ms", "st", "jr", "sr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "mt", "vs", "etc", "no", "fig", "approx", "ca", "e.g", "i.e", "rev", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "corp", "co"};
  for (auto a : kAbbr)
    if (folded == a) return true;
  return false;
}

void mark_title_case(std::vector<Token>& tokens);

std::vector<Token> tokenize(std::string_view s, const std::vector<Span>& links) {
  std::vector<Token> out;
  bool spaced = true;
  bool new_line = true;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    char32_t c = text::next_code_point(s, i);
    if (text::is_space(c)) {
      spaced = true;
      new_line = new_line || c == U'\n' || c == U'\r';
      continue;
    }
    Token t;
    t.begin = start;
    t.adjacent = !spaced;
    t.line_start = new_line;
    spaced = false;
    new_line = false;
    if (!text::is_word_char(c)) {
      t.kind = TokenKind::punct;
      t.punct = c;
      t.end = i;
      t.folded = std::string(s.substr(start, i - start));
      out.push_back(std::move(t));
      continue;
    }
    t.kind = text::is_digit(c) ? TokenKind::number : TokenKind::word;
    char32_t prev = c;
    std::size_t end = i;
    while (end < s.size()) {
      std::size_t j = end;
      char32_t d = text::next_code_point(s, j);
      if (text::is_word_char(d)) {
        prev = d;
        end = j;
        continue;
      }
      char32_t after = peek(s, j);
      if (is_apostrophe(d) && text::is_letter(after)) {
        prev = d;
        end = j;
        continue;
      }
      if ((d == U'-' || d == U'\u2010' || d == U'\u2011') && text::is_word_char(after) &&
          (text::is_letter(prev) || text::is_letter(after))) {
        prev = d;
        end = j;
        continue;
      }
      if (d == U'.' && text::is_lower(after) && text::is_letter(prev) && t.kind == TokenKind::word) {
        // a domain name such as "Acquisition.com"
        std::size_t k = j;
        while (k < s.size() && text::is_letter(peek(s, k))) k = skip(s, k);
        if (k - j >= 2 && (k >= s.size() || !text::is_word_char(peek(s, k)))) {
          prev = U'm';
          end = k;
        }
        break;
      }
      if (d == U'&' && text::is_upper(prev) && text::is_upper(after)) {
        prev = d;
        end = j;
        continue;
      }
      break;
    }
    // Dotted acronyms: "U.S.", "U.K."
    if (end - start == 1 && text::is_upper(c) && peek(s, end) == U'.' && text::is_upper(peek(s, end + 1)) &&
        peek(s, end + 2) == U'.') {
      while (peek(s, end) == U'.' && text::is_upper(peek(s, end + 1)) && peek(s, end + 2) == U'.') end += 2;
      end += 1;
    }
    i = end;
    t.end = end;
    std::string_view word = s.substr(start, end - start);
    if (word.size() > 2 && (word.substr(word.size() - 2) == "'s" || word.substr(word.size() - 2) == "'S")) {
      t.possessive = true;
      t.end = end - 2;
    } else if (word.size() > 4 && word.substr(word.size() - 4) == "\u2019s") {
      t.possessive = true;
      t.end = end - 4;
    } else if (t.kind == TokenKind::word && word.back() == 's' && is_apostrophe(peek(s, end)) &&
               !text::is_letter(peek(s, skip(s, end)))) {
      // plural possessive: "the Smiths'"
      t.possessive = true;
      i = skip(s, end);
    }
    std::string_view name = s.substr(start, t.end - start);
    t.folded = text::fold(name);
    t.upper = text::is_upper(c);
    bool caps = true;
    int letters = 0;
    for (std::size_t k = 0; k < name.size();) {
      char32_t d = text::next_code_point(name, k);
      if (text::is_letter(d)) {
        ++letters;
        caps = caps && text::is_upper(d);
      }
    }
    t.all_caps = caps && letters >= 2;
    out.push_back(std::move(t));
  }
  for (auto& t : out)
    for (const auto& l : links)
      if (t.begin < l.end && l.begin < t.end) t.in_link = true;
  // Sentence starts: block start, after . ! ? (not after an abbreviation or an
  // initial), after ':' and table cell bars.
  bool pending = true;
  for (std::size_t k = 0; k < out.size(); ++k) {
    Token& t = out[k];
    if (t.line_start) pending = true;
    if (t.kind != TokenKind::punct) {
      t.sentence_start = pending;
      pending = false;
      continue;
    }
    char32_t p = t.punct;
    if (p == U'!' || p == U'?' || p == U'|' || p == U':' || p == U'\u2022') {
      pending = true;
    } else if (p == U'.') {
      const Token* before = k > 0 ? &out[k - 1] : nullptr;
      bool abbreviation = before && before->kind == TokenKind::word && t.adjacent &&
                          (is_abbreviation(before->folded) ||
                           (before->end - before->begin == 1 && before->upper));
      if (!abbreviation) pending = true;
    }
  }
  mark_title_case(out);
  return out;
}

// A heading or label written in title case: every capital is a style, not a name.
bool title_case_line(const Token* first, const Token* last) {
  int words = 0, capitalized = 0;
  for (const Token* p = first; p != last; ++p) {
    const Token& t = *p;
    if (t.kind == TokenKind::punct && (t.punct == U'.' || t.punct == U'!' || t.punct == U'?') &&
        p + 1 != last)
      return false;
    if (t.kind != TokenKind::word) continue;
    if (rules::is_connector(t.folded) || t.folded == "a" || t.folded == "an" || t.folded == "to" ||
        t.folded == "in" || t.folded == "on" || t.folded == "with" || t.folded == "at" ||
        t.folded == "by")
      continue;
    ++words;
    if (t.upper) ++capitalized;
  }
  return words >= 2 && words <= 14 && capitalized * 10 >= words * 7;
}

// Marks the tokens of title-case lines.
void mark_title_case(std::vector<Token>& tokens) {
  std::size_t start = 0;
  for (std::size_t k = 1; k <= tokens.size(); ++k)
    if (k == tokens.size() || tokens[k].line_start) {
      bool title = title_case_line(tokens.data() + start, tokens.data() + k);
      for (std::size_t i = start; i < k; ++i) tokens[i].title_case = title;
      start = k;
    }
}

// ---------------------------------------------------------------------------------
// Dates

std::optional<int> number_value(const Token& t, std::size_t max_digits) {
  if (t.kind != TokenKind::number) return std::nullopt;
  std::string_view f = t.folded;
  std::size_t n = 0;
  while (n < f.size() && f[n] >= '0' && f[n] <= '9') ++n;
  if (n == 0 || n > max_digits) return std::nullopt;
  std::string_view suffix = f.substr(n);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th")
    return std::nullopt;
  int v = 0;
  std::from_chars(f.data(), f.data() + n, v);
  return v;
}

std::optional<int> day_of(const Token& t) {
  auto v = number_value(t, 2);
  if (!v || *v < 1 || *v > 31) return std::nullopt;
  return v;
}

std::optional<int> year_of(const Token& t) {
  if (t.kind != TokenKind::number || t.folded.size() != 4) return std::nullopt;
  for (char c : t.folded)
    if (c < '0' || c > '9') return std::nullopt;
  int v = std::stoi(t.folded);
  if (v < 1000 || v > 2099) return std::nullopt;
  return v;
}

int days_in(int month) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return kDays[month - 1];
}

std::string two(int v) {
  std::string s = std::to_string(v);
  return s.size() < 2 ? "0" + s : s;
}

std::string iso_date(std::optional<int> year, int month, std::optional<int> day) {
  std::string out = year ? std::to_string(*year) : "-";
  out += "-" + two(month);
  if (day) out += "-" + two(*day);
  return out;
}

struct DateSpan {
  std::size_t first = 0;
  std::size_t last = 0;  // inclusive token index
  std::string iso;
};

class DateFinder {
 public:
  explicit DateFinder(const std::vector<Token>& t) : t_(t) {}

  std::vector<DateSpan> run() {
    std::vector<DateSpan> out;
    for (std::size_t i = 0; i < t_.size(); ++i) {
      if (t_[i].in_link) continue;
      if (auto d = at(i)) {
        i = d->last;
        out.push_back(std::move(*d));
      }
    }
    return out;
  }

 private:
  const Token* tok(std::size_t i) const { return i < t_.size() ? &t_[i] : nullptr; }
  bool punct(std::size_t i, char32_t c) const { return tok(i) && t_[i].kind == TokenKind::punct && t_[i].punct == c; }
  bool dash(std::size_t i) const { return tok(i) && t_[i].kind == TokenKind::punct && is_dash(t_[i].punct); }
  bool word(std::size_t i, std::string_view w) const { return tok(i) && t_[i].folded == w; }

  // Month token at i: returns month and index after it (past an abbreviation's '.').
  std::optional<std::pair<int, std::size_t>> month(std::size_t i) const {
    const Token* t = tok(i);
    if (!t || t->kind != TokenKind::word || !t->upper || t->possessive) return std::nullopt;
    int m = rules::month_number(t->folded);
    if (m == 0) return std::nullopt;
    bool full = t->folded.size() > 4 || t->folded == "may" || t->folded == "june" || t->folded == "july";
    std::size_t next = i + 1;
    if (!full) {
      if (punct(next, U'.') && t_[next].adjacent) ++next;
      else if (!(tok(next) && t_[next].kind == TokenKind::number)) return std::nullopt;
    }
    return std::make_pair(m, next);
  }

  bool quantity_after(std::size_t i) const {
    const Token* n = tok(i);
    if (!n) return false;
    if (n->kind == TokenKind::punct) return n->punct == U'%' || (n->punct == U'.' && n->adjacent && tok(i + 1) && t_[i + 1].kind == TokenKind::number && t_[i + 1].adjacent) || (n->punct == U',' && n->adjacent && tok(i + 1) && t_[i + 1].kind == TokenKind::number && t_[i + 1].adjacent) || (n->punct == U':' && n->adjacent);
    return n->kind == TokenKind::word && !n->upper && rules::is_measure_word(n->folded);
  }
  bool money_before(std::size_t i) const {
    if (i == 0) return false;
    const Token& p = t_[i - 1];
    if (p.kind == TokenKind::punct && t_[i].adjacent)
      return p.punct == U'$' || p.punct == U'\u20AC' || p.punct == U'\u00A3' || p.punct == U'#' || p.punct == U'.' || p.punct == U',' || p.punct == U':';
    return p.folded == "no" || p.folded == "number" || p.folded == "page" || p.folded == "room" || p.folded == "flight" || p.folded == "route" || p.folded == "p";
  }

  std::optional<DateSpan> at(std::size_t i) const {
    // Month-first: "November 6", "November 6, 2024", "May 3–10", "August 1942", "late August"
    if (auto m = month(i)) {
      auto [mon, j] = *m;
      if (auto d = tok(j) ? day_of(t_[j]) : std::nullopt; d && !quantity_after(j + 1) && *d <= days_in(mon)) {
        std::size_t last = j;
        std::optional<int> d2;
        if (dash(j + 1) && tok(j + 2) && day_of(t_[j + 2]) && *day_of(t_[j + 2]) > *d &&
            *day_of(t_[j + 2]) <= days_in(mon)) {
          d2 = day_of(t_[j + 2]);
          last = j + 2;
        }
        std::optional<int> y;
        if (punct(last + 1, U',') && tok(last + 2) && year_of(t_[last + 2])) {
          y = year_of(t_[last + 2]);
          last += 2;
        } else if (tok(last + 1) && year_of(t_[last + 1])) {
          y = year_of(t_[last + 1]);
          last += 1;
        }
        std::string iso = iso_date(y, mon, d);
        if (d2) iso += "/" + iso_date(y, mon, d2);
        return DateSpan{i, last, iso};
      }
      if (tok(j) && year_of(t_[j])) return DateSpan{i, j, iso_date(year_of(t_[j]), mon, std::nullopt)};
      if (punct(j, U',') && tok(j + 1) && year_of(t_[j + 1]) && !quantity_after(j + 2))
        return DateSpan{i, j + 1, iso_date(year_of(t_[j + 1]), mon, std::nullopt)};
      if (word(j, "of") && tok(j + 1) && year_of(t_[j + 1]))
        return DateSpan{i, j + 1, iso_date(year_of(t_[j + 1]), mon, std::nullopt)};
      // A month alone. "May" and "March" are also words; they need a cue before them.
      const std::string& f = t_[i].folded;
      bool ambiguous = f == "may" || f == "march" || f == "mar";
      bool cue = i > 0 && t_[i - 1].kind == TokenKind::word &&
                 (rules::is_year_cue(t_[i - 1].folded) || t_[i - 1].folded == "end" ||
                  t_[i - 1].folded == "beginning" || t_[i - 1].folded == "last" ||
                  t_[i - 1].folded == "next" || t_[i - 1].folded == "this" ||
                  t_[i - 1].folded == "every" || t_[i - 1].folded == "each");
      if (!ambiguous || cue) return DateSpan{i, j - 1, iso_date(std::nullopt, mon, std::nullopt)};
      return std::nullopt;
    }
    const Token& t = t_[i];
    if (t.kind != TokenKind::number) return std::nullopt;
    // Day-first: "6 November", "6th of November 2024", "3–10 May"
    if (auto d = day_of(t); d && !money_before(i)) {
      std::size_t j = i + 1;
      std::optional<int> d2;
      if (dash(j) && tok(j + 1) && day_of(t_[j + 1]) && *day_of(t_[j + 1]) > *d) {
        d2 = day_of(t_[j + 1]);
        j += 2;
      }
      if (word(j, "of")) ++j;
      if (auto m = month(j)) {
        auto [mon, k] = *m;
        if (*d <= days_in(mon)) {
          std::size_t last = k - 1;
          std::optional<int> y;
          if (tok(k) && year_of(t_[k])) {
            y = year_of(t_[k]);
            last = k;
          } else if (punct(k, U',') && tok(k + 1) && year_of(t_[k + 1])) {
            y = year_of(t_[k + 1]);
            last = k + 1;
          }
          std::string iso = iso_date(y, mon, d);
          if (d2) iso += "/" + iso_date(y, mon, d2);
          return DateSpan{i, last, iso};
        }
      }
    }
    auto y = year_of(t);
    if (!y || money_before(i)) {
      // Decades: "1990s"
      if (t.folded.size() == 5 && t.folded[4] == 's' && t.folded[3] == '0' && !money_before(i)) {
        std::string digits = t.folded.substr(0, 4);
        if (std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
          int v = std::stoi(digits);
          if (v >= 1000 && v <= 2090) return DateSpan{i, i, digits.substr(0, 3)};
        }
      }
      return std::nullopt;
    }
    // Numeric ISO date: 2019-09-04
    if (dash(i + 1) && t_[i + 1].adjacent && tok(i + 2) && t_[i + 2].adjacent && t_[i + 2].folded.size() == 2 &&
        dash(i + 3) && t_[i + 3].adjacent && tok(i + 4) && t_[i + 4].adjacent && t_[i + 4].folded.size() == 2) {
      auto mo = number_value(t_[i + 2], 2);
      auto da = number_value(t_[i + 4], 2);
      if (mo && da && *mo >= 1 && *mo <= 12 && *da >= 1 && *da <= days_in(*mo))
        return DateSpan{i, i + 4, iso_date(y, *mo, da)};
    }
    // Year ranges: 2016-2020, 2016–20
    if ((dash(i + 1) || punct(i + 1, U'/')) && tok(i + 2) && t_[i + 2].kind == TokenKind::number &&
        !quantity_after(i + 3)) {
      int y2 = 0;
      if (auto full = year_of(t_[i + 2])) y2 = *full;
      else if (t_[i + 2].folded.size() == 2 && number_value(t_[i + 2], 2))
        y2 = *y / 100 * 100 + *number_value(t_[i + 2], 2);
      if (y2 > *y && y2 - *y < 200) return DateSpan{i, i + 2, std::to_string(*y) + "/" + std::to_string(y2)};
    }
    if (quantity_after(i + 1)) return std::nullopt;
    bool cue = i > 0 && (rules::is_year_cue(t_[i - 1].folded) || (t_[i - 1].kind == TokenKind::punct && t_[i - 1].punct == U'('));
    if (*y >= 1900 || cue) return DateSpan{i, i, std::to_string(*y)};
    return std::nullopt;
  }

  const std::vector<Token>& t_;
};

// ---------------------------------------------------------------------------------
// Names

std::string_view type_name(ListType t) {
  switch (t) {
    case ListType::person: return "person";
    case ListType::place: return "place";
    case ListType::organization: return "organization";
    case ListType::event: return "event";
    default: return "";
  }
}


struct Evidence {
  ListType type = ListType::none;
  int strength = 0;
  bool intrinsic = false;  // from the name itself (lists, keywords, morphology), not context
};

struct Instance {
  std::size_t begin = 0, end = 0;
  std::size_t words = 0;
  std::string display;
  std::string key;
  std::string last_word;  // folded
  Evidence evidence;
  bool initial_single = false;  // one word at a sentence start
  bool fallback = false;        // typed only by the never-lowercase condition
  bool dictionary = false;      // every word an ordinary English word
  bool acronym = false;         // one word in capitals
  std::vector<std::uint32_t> guards;  // see RuleName::guards
};

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::size_t letter_count(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();)
    if (text::is_letter(text::next_code_point(s, i))) ++n;
  return n;
}

bool slavic_surname(std::string_view f) {
  if (letter_count(f) < 5) return false;
  static constexpr std::string_view kSuffixes[] = {"ov", "ova", "ev", "eva", "yov", "sky", "skiy", "skyi", "ski", "skaya", "ska", "enko", "vich", "vych", "ovna", "evna", "shvili", "dze", "yan", "escu", "poulos", "chuk", "ов", "ова", "ев", "ева", "ий", "ая", "енко", "вич", "овы", "евы"};
  for (auto s : kSuffixes)
    if (ends_with(f, s)) return true;
  return false;
}

bool patronymic(std::string_view f) {
  return letter_count(f) >= 6 && (ends_with(f, "ovich") || ends_with(f, "evich") || ends_with(f, "ovna") || ends_with(f, "evna") || ends_with(f, "ovych") || ends_with(f, "ivna") || ends_with(f, "ович") || ends_with(f, "евич") || ends_with(f, "овна") || ends_with(f, "евна"));
}

bool place_morphology(std::string_view f) {
  if (letter_count(f) < 5) return false;
  static constexpr std::string_view kSuffixes[] = {"sk", "grad", "stan", "polis", "ville", "shire", "burgh", "ivka", "ovka", "evka", "opol", "opil", "abad", "pur", "ск", "град", "бург"};
  for (auto s : kSuffixes)
    if (ends_with(f, s)) return true;
  return false;
}

bool demonym(std::string_view f) {
  static constexpr std::string_view kSuffixes[] = {"ian", "ean", "ese", "ish", "ic", "ani", "ian's"};
  for (auto s : kSuffixes)
    if (ends_with(f, s)) return true;
  return false;
}

class BlockNames {
 public:
  BlockNames(std::string_view text, const std::vector<Token>& tokens,
             std::vector<RuleCondition>& conditions)
      : s_(text), t_(tokens), conditions_(conditions) {}

  std::vector<Instance> run() {
    for (std::size_t i = 0; i < t_.size(); ++i) {
      if (!starts_name(i)) continue;
      std::size_t e = extend(i);
      process(i, e, false);
      i = e;
    }
    return std::move(out_);
  }

 private:
  bool name_word(std::size_t i) const {
    if (i >= t_.size()) return false;
    const Token& t = t_[i];
    if (t.kind != TokenKind::word || t.in_link || t.used) return false;
    if (!t.upper && !elided_name(t)) return false;
    if (rules::month_number(t.folded) != 0 && t.folded.size() > 3) return false;
    if (rules::is_calendar_word(t.folded)) return false;
    // "I", "I'm", "I've": the writer, never a name
    if (t.folded == "i" || t.folded.starts_with("i'") || t.folded.starts_with("i\u2019")) return false;
    // "Dad wrote…": kinship words are how a note names someone, not a name
    static constexpr std::string_view kKin[] = {"dad", "mom", "mum", "daddy", "mommy", "papa", "mama", "grandpa", "grandma", "granny"};
    for (auto k : kKin)
      if (t.folded == k) return false;
    return true;
  }
  // "d'Italia", "l'Oréal": an elided article before a capitalized name.
  bool elided_name(const Token& t) const {
    if (t.folded.size() < 3 || (t.folded[0] != 'd' && t.folded[0] != 'l')) return false;
    std::size_t i = 1;
    char32_t a = text::next_code_point(s_, (i = t.begin + 1, i));
    if (!is_apostrophe(a)) return false;
    return text::is_upper(text::next_code_point(s_, i));
  }
  bool ordinal(std::size_t i) const {
    if (i >= t_.size() || t_[i].kind != TokenKind::number || t_[i].used || t_[i].in_link) return false;
    const std::string& f = t_[i].folded;
    return ends_with(f, "st") || ends_with(f, "nd") || ends_with(f, "rd") || ends_with(f, "th");
  }
  bool starts_name(std::size_t i) const { return name_word(i) || (ordinal(i) && name_word(i + 1)); }
  bool connector(std::size_t i) const {
    return i < t_.size() && t_[i].kind != TokenKind::number && !t_[i].upper && !t_[i].in_link &&
           t_[i].folded != "and" && rules::is_connector(t_[i].folded);
  }
  bool initial(std::size_t i) const { return t_[i].title_case || t_[i].sentence_start; }

  std::size_t extend(std::size_t i) const {
    std::size_t e = i;
    while (true) {
      if (t_[e].possessive) return e;
      std::size_t n = e + 1;
      if (n >= t_.size()) return e;
      if ((t_[n].folded == "jr" || t_[n].folded == "sr") && t_[n].upper) {
        e = n;
        if (n + 1 < t_.size() && t_[n + 1].kind == TokenKind::punct && t_[n + 1].punct == U'.' && t_[n + 1].adjacent &&
            (n + 2 >= t_.size() || !t_[n + 2].upper))
          e = n + 1;
        return e;
      }
      if (name_word(n) && !t_[n].sentence_start && !t_[n].line_start) {
        e = n;
        continue;
      }
      // "Elizabeth I", "King Joseph I": a regnal numeral after a given name or a
      // titled name ends the name
      // ("I told Mark I would": a lowercase word after it makes it the writer's "I")
      if (t_[n].folded == "i" && t_[n].upper && !t_[n].in_link && !t_[n].possessive &&
          (rules::is_given_name(t_[e].folded) || rules::is_title(t_[i].folded)) &&
          (n + 1 >= t_.size() || t_[n + 1].kind != TokenKind::word || t_[n + 1].upper ||
           t_[n + 1].folded == "and" || t_[n + 1].folded == "or"))
        return n;
      // "Dr. Jones", "J. R. Tolkien", "Robert Downey Jr."
      if (t_[n].kind == TokenKind::punct && t_[n].punct == U'.' && t_[n].adjacent &&
          (rules::is_title(t_[e].folded) || (t_[e].end - t_[e].begin == 1 && t_[e].upper) ||
           t_[e].folded == "jr" || t_[e].folded == "sr") &&
          name_word(n + 1) && !t_[n + 1].adjacent) {
        e = n + 1;
        continue;
      }
      // "Bank of England", "Great Hall of the People", "Institut für Weltwirtschaft"
      std::size_t k = n;
      int connectors = 0;
      while (connector(k) && connectors < 2) {
        ++k;
        ++connectors;
      }
      if (connectors > 0 && name_word(k) && !t_[k].sentence_start && !t_[k].line_start) {
        e = k;
        continue;
      }
      return e;
    }
  }

  std::size_t next_name_word(std::size_t i, std::size_t e) const {
    while (i <= e && !name_word(i)) ++i;
    return i;
  }

  // The words of [s, e] that are not connectors or punctuation.
  std::vector<std::size_t> words(std::size_t s, std::size_t e) const {
    std::vector<std::size_t> w;
    for (std::size_t i = s; i <= e; ++i)
      if (t_[i].kind != TokenKind::punct && !connector(i)) w.push_back(i);
    return w;
  }

  void process(std::size_t s, std::size_t e, bool after_word) {
    if (s > e || s >= t_.size()) return;
    const bool init = !after_word && initial(s);
    auto w = words(s, e);
    if (w.empty()) return;
    const std::string& first = t_[w[0]].folded;
    // A capitalized common word opening a sentence is not part of the name.
    if (init && rules::is_common_word(first) && !t_[w[0]].all_caps) {
      if (w.size() > 1) process(next_name_word(w[0] + 1, e), e, true);
      return;
    }
    // Nor is a word the vault writes lowercase and never capitalized mid-sentence: a
    // question for the corpus, so both readings are kept under a condition.
    if (init && w.size() > 1 && !rules::is_given_name(first) && !rules::is_title(first) &&
        rules::known_name(first) == ListType::none && rules::prefix_keyword(first) == ListType::none) {
      std::uint32_t c = condition(RuleConditionKind::common_word, {first});
      guards_.push_back(c * 2 + 1);
      process(next_name_word(w[0] + 1, e), e, true);
      guards_.back() = c * 2;
      whole_name(s, e, init, after_word, w);
      guards_.pop_back();
      return;
    }
    whole_name(s, e, init, after_word, w);
  }

  std::uint32_t condition(RuleConditionKind kind, std::vector<std::string> words) {
    RuleCondition c{kind, std::move(words)};
    for (std::size_t i = 0; i < conditions_.size(); ++i)
      if (conditions_[i] == c) return static_cast<std::uint32_t>(i);
    conditions_.push_back(std::move(c));
    return static_cast<std::uint32_t>(conditions_.size() - 1);
  }

  void whole_name(std::size_t s, std::size_t e, bool init, bool after_word,
                  const std::vector<std::size_t>& w) {
    const std::string& first = t_[w[0]].folded;
    const std::string whole = key_of(s, e);
    if (auto l = rules::known_name(whole); l != ListType::none) {
      push(s, e, {l, 10, true}, init);
      return;
    }
    // "Russian Ministry of Defence" → "Ministry of Defence"
    if (w.size() > 1 && rules::is_nationality(first)) {
      std::size_t rest = next_name_word(w[0] + 1, e);
      Evidence ev = classify(rest, e, false);
      if (ev.type == ListType::organization || ev.type == ListType::event) {
        push(rest, e, ev, false);
        return;
      }
    }
    if (init && w.size() > 2 && rules::is_title(t_[w[1]].folded) && !rules::is_title(first)) {
      process(w[1], e, true);
      return;
    }
    // Titles: "President Joe Biden" → "Joe Biden"; "President of Russia" → "Russia".
    std::size_t k = s;
    bool titled = false;
    while (k < e && (rules::is_title(t_[k].folded) || (t_[k].kind == TokenKind::punct && titled))) {
      if (t_[k].kind != TokenKind::punct) titled = true;
      ++k;
    }
    if (titled) {
      if (connector(k)) {
        process(next_name_word(k, e), e, true);
        return;
      }
      while (k <= e && t_[k].kind == TokenKind::punct) ++k;
      if (k > e) return;
    } else if (w.size() == 1 && rules::is_title(first)) {
      return;  // "President" alone
    }
    Fallback fallback;
    Evidence ev = classify(k, e, titled, &fallback);
    if (ev.type == ListType::none && fallback.possible) {
      const Evidence person{ListType::person, 1, false};
      if (fallback.words.empty()) {
        push(k, e, person, init);
        return;
      }
      // Two or three capitalized words, none ever written lowercase, name a person.
      std::uint32_t c = condition(RuleConditionKind::never_lowercase, std::move(fallback.words));
      guards_.push_back(c * 2 + 1);
      fallback_ = true;
      push(k, e, person, init);
      fallback_ = false;
      guards_.back() = c * 2;
      untyped_name(k, e, ev, init, after_word);
      guards_.pop_back();
      return;
    }
    untyped_name(k, e, ev, init, after_word);
  }

  // A name with no evidence: split at a connector, or without its opening word.
  void untyped_name(std::size_t k, std::size_t e, Evidence ev, bool init, bool after_word) {
    auto wk = words(k, e);
    if (ev.type == ListType::none && wk.size() > 1) {
      // Split at a connector: "Shares of Nvidia" → "Nvidia".
      for (std::size_t c = k; c <= e; ++c)
        if (connector(c)) {
          process(k, c - 1, after_word);
          process(next_name_word(c, e), e, true);
          return;
        }
      if (init) {
        process(next_name_word(wk[0] + 1, e), e, true);
        // the opening word may still be a name on its own evidence
        return;
      }
    }
    push(k, e, ev, init);
  }

  std::string key_of(std::size_t k, std::size_t e) const {
    return text::fold(text::collapse_space(s_.substr(t_[k].begin, t_[e].end - t_[k].begin)));
  }

  void push(std::size_t k, std::size_t e, Evidence ev, bool init) {
    // "Luhansk Region" names Luhansk: the generic word is a cue, not the name.
    if (ev.type == ListType::place && e > k && !t_[e].possessive && rules::is_region_word(t_[e].folded) &&
        words(k, e).size() == 2)
      e = e - 1;
    auto wk = words(k, e);
    if (wk.empty()) return;
    Instance inst;
    inst.begin = t_[k].begin;
    inst.end = t_[e].end;
    inst.words = wk.size();
    inst.display = text::collapse_space(s_.substr(inst.begin, inst.end - inst.begin));
    inst.key = text::fold(inst.display);
    inst.last_word = t_[wk.back()].folded;
    inst.evidence = ev;
    inst.initial_single = init && wk.size() == 1;
    inst.fallback = fallback_;
    inst.acronym = wk.size() == 1 && (t_[wk[0]].all_caps || acronym_plural(wk[0]));
    inst.dictionary = std::all_of(wk.begin(), wk.end(), [&](std::size_t i) {
      return t_[i].kind == TokenKind::number || rules::is_dictionary_word(t_[i].folded) ||
             rules::is_common_word(t_[i].folded) || rules::is_common_acronym(t_[i].folded);
    });
    inst.guards = guards_;
    out_.push_back(std::move(inst));
  }

  // "GPUs", "NPLs": the plural of an acronym, a common noun.
  bool acronym_plural(std::size_t i) const {
    std::string_view w = s_.substr(t_[i].begin, t_[i].end - t_[i].begin);
    if (w.size() < 3 || w.back() != 's') return false;
    w.remove_suffix(1);
    for (std::size_t k = 0; k < w.size();)
      if (!text::is_upper(text::next_code_point(w, k))) return false;
    return true;
  }

  bool name_particle(std::size_t i) const {
    static constexpr std::string_view kParticles[] = {"van", "von", "de", "da", "del", "della", "di", "du", "der", "den", "dos", "das", "bin", "ibn", "al", "el", "le", "la", "y", "zu"};
    for (auto p : kParticles)
      if (t_[i].folded == p) return true;
    return false;
  }

  // Connectors other than name particles: "of", "the", "for", "für", "&".
  std::size_t first_joint(std::size_t k, std::size_t e) const {
    for (std::size_t c = k; c <= e; ++c)
      if (connector(c) && !name_particle(c)) return c;
    return e + 1;
  }

  // Whether a word could be a name by the corpus alone (no list knows it otherwise);
  // it is one when the vault never writes it lowercase.
  bool may_never_be_lowercase(const std::string& f) const {
    return !rules::is_common_word(f) && !rules::is_common_vocabulary(f) &&
           rules::known_name(f) == ListType::none &&
           rules::head_keyword(f) == ListType::none && rules::prefix_keyword(f) == ListType::none;
  }

  // The person fallback of classify: possible at all, and the words that must never
  // be written lowercase in the vault for it to hold.
  struct Fallback {
    bool possible = false;
    std::vector<std::string> words;
  };

  Evidence classify(std::size_t k, std::size_t e, bool titled, Fallback* fallback = nullptr) const {
    std::string key = text::fold(text::collapse_space(s_.substr(t_[k].begin, t_[e].end - t_[k].begin)));
    auto w = words(k, e);
    if (auto l = rules::known_name(key); l != ListType::none) return {l, 10, true};
    const std::size_t joint = first_joint(k, e);
    if (w.size() > 1) {
      std::size_t head = joint <= e ? joint - 1 : w.back();
      if (auto h = rules::head_keyword(t_[head].folded); h != ListType::none) return {h, 5, true};
      if (auto p = rules::prefix_keyword(t_[w[0]].folded); p != ListType::none) return {p, 5, true};
      for (auto i : w)
        if (i < joint)
          if (auto h = rules::head_keyword(t_[i].folded); h == ListType::organization) return {h, 3, true};
      // "Google DeepMind": a known organization's own unit
      if (joint > e && rules::known_name(t_[w[0]].folded) == ListType::organization) return {ListType::organization, 3, true};
    }
    if (titled) return {ListType::person, 6, true};
    const std::string& first = t_[w[0]].folded;
    if (w.size() > 1 && w.size() <= 4 && joint > e && rules::is_given_name(first)) return {ListType::person, 5, true};
    for (auto i : w)
      if (patronymic(t_[i].folded)) return {ListType::person, 4, true};
    if (w.size() == 1 && rules::is_given_name(first)) return {ListType::person, 4, true};
    const std::string& last = t_[w.back()].folded;
    if (w.size() <= 3 && slavic_surname(last) && rules::known_name(last) == ListType::none)
      return {ListType::person, 3, true};
    if (w.size() == 1 && place_morphology(first)) return {ListType::place, 3, true};
    if (w.size() == 1 && t_[k].all_caps && !rules::is_common_acronym(first) && letter_count(first) <= 6)
      return {ListType::organization, 2, true};
    if (w.size() == 1) {
      // "Acquisition.com"; "Goethe-Institut", "Max-Planck-Gesellschaft"
      auto dot = first.rfind('.');
      if (dot != std::string::npos && dot + 1 < first.size() && text::is_letter(static_cast<unsigned char>(first[dot + 1])))
        return {ListType::organization, 3, true};
      auto dash = first.rfind('-');
      if (dash != std::string::npos)
        if (auto h = rules::head_keyword(first.substr(dash + 1)); h != ListType::none) return {h, 4, true};
    }
    if (joint <= e) return {};  // "A of B" with no keyword: process() splits it
    Evidence ev = context(k, e, w.size() == 1 && (demonym(first) || rules::is_nationality(first)));
    if (ev.type != ListType::none) return ev;
    // Two or three capitalized words, none ever written in lowercase: a person's name
    // (the caller asks the corpus).
    if (fallback && w.size() >= 2 && w.size() <= 3 && !t_[k].title_case &&
        !rules::is_common_noun_head(t_[w.back()].folded)) {
      Fallback f;
      f.possible = std::all_of(w.begin(), w.end(), [&](std::size_t i) {
        if (name_particle(i)) return true;
        if (t_[i].all_caps) return false;
        if (rules::known_name(t_[i].folded) == ListType::person) return true;
        if (!may_never_be_lowercase(t_[i].folded)) return false;
        f.words.push_back(t_[i].folded);
        return true;
      });
      if (f.possible) {
        std::sort(f.words.begin(), f.words.end());
        f.words.erase(std::unique(f.words.begin(), f.words.end()), f.words.end());
        *fallback = std::move(f);
      }
    }
    return ev;
  }

  bool lower_word(std::size_t i) const {
    return i < t_.size() && t_[i].kind == TokenKind::word && !t_[i].upper;
  }

  Evidence context(std::size_t k, std::size_t e, bool is_demonym) const {
    std::size_t n = e + 1;
    // "the Kherson and Zaporozhye regions": look past coordinated names for the cue.
    if (n < t_.size() && !t_[e].possessive) {
      std::size_t j = n;
      int hops = 0;
      while (j < t_.size() && hops < 8 &&
             ((t_[j].kind == TokenKind::punct && t_[j].punct == U',') || t_[j].folded == "and" ||
              t_[j].folded == "or" || name_word(j)))
        ++j, ++hops;
      if (lower_word(j) && (hops == 0 || j > n) && !is_demonym) {
        if (auto c = rules::cue_after(t_[j].folded); c != ListType::none) return {c, 4, false};
      }
      if (hops == 0 && lower_word(n) && rules::is_person_verb(t_[n].folded))
        return {ListType::person, 3, false};
      // Apposition: "Olayemi Cardoso, the new governor"
      if (t_[n].kind == TokenKind::punct && t_[n].punct == U',') {
        std::size_t a = n + 1;
        int skipped = 0;
        while (lower_word(a) && skipped < 2 &&
               (t_[a].folded == "the" || t_[a].folded == "a" || t_[a].folded == "an" ||
                t_[a].folded == "his" || t_[a].folded == "her" || t_[a].folded == "its" ||
                t_[a].folded == "new" || t_[a].folded == "former" || t_[a].folded == "then" ||
                t_[a].folded == "current" || t_[a].folded == "late" || t_[a].folded == "who"))
          ++a, ++skipped;
        if (a < t_.size() && t_[a - 1].folded == "who") return {ListType::person, 3, false};
        if (lower_word(a)) {
          const std::string& f = t_[a].folded;
          if (rules::is_person_role(f)) return {ListType::person, 3, false};
          if (f == "city" || f == "capital" || f == "town" || f == "village" || f == "country" || f == "port" || f == "region")
            return {ListType::place, 3, false};
          if (auto c = rules::cue_after(f); c == ListType::organization) return {c, 3, false};
        }
      }
    }
    if (k > 0) {
      const Token& p = t_[k - 1];
      if (p.kind == TokenKind::word && !p.upper) {
        if (rules::is_person_role(p.folded)) return {ListType::person, 4, false};
        if (p.folded == "by" && k >= 2 && rules::is_by_participle(t_[k - 2].folded))
          return {ListType::person, 3, false};
        if (rules::is_place_preposition(p.folded) && !t_[e].possessive && !is_demonym)
          return {ListType::place, 1, false};
        if (p.folded == "at" && !is_demonym) return {ListType::organization, 1, false};
      }
    }
    return {};
  }

  std::string_view s_;
  const std::vector<Token>& t_;
  std::vector<RuleCondition>& conditions_;
  std::vector<std::uint32_t> guards_;  // the conditions the current reading stands under
  bool fallback_ = false;              // pushing the never-lowercase reading
  std::vector<Instance> out_;
};

// Tokenizes one block once and adds what the rules read in it to `o`: its dates, its
// name candidates (with the corpus questions they depend on) and its word counts.
void observe_block(const Block& block, std::uint32_t b, RulesObservation& o,
                   std::unordered_map<std::string, std::uint32_t>& lower,
                   std::unordered_map<std::string, std::uint32_t>& caps) {
  std::vector<Token> tokens = tokenize(block.text, block.links);
  for (const auto& t : tokens) {
    if (t.kind != TokenKind::word || t.in_link) continue;
    if (!t.upper) ++lower[t.folded];
    else if (!t.title_case && !t.sentence_start) ++caps[t.folded];
  }
  for (const auto& d : DateFinder(tokens).run()) {
    o.dates.push_back({b, static_cast<std::uint32_t>(tokens[d.first].begin),
                       static_cast<std::uint32_t>(tokens[d.last].end), d.iso});
    for (std::size_t i = d.first; i <= d.last; ++i) tokens[i].used = true;
  }
  for (auto& inst : BlockNames(block.text, tokens, o.conditions).run()) {
    RuleName n;
    n.block = b;
    n.begin = static_cast<std::uint32_t>(inst.begin);
    n.end = static_cast<std::uint32_t>(inst.end);
    n.words = static_cast<std::uint32_t>(inst.words);
    n.display = std::move(inst.display);
    n.key = std::move(inst.key);
    n.last_word = std::move(inst.last_word);
    n.type = static_cast<std::uint8_t>(inst.evidence.type);
    n.strength = static_cast<std::uint8_t>(inst.evidence.strength);
    n.intrinsic = inst.evidence.intrinsic;
    n.initial_single = inst.initial_single;
    n.fallback = inst.fallback;
    n.dictionary = inst.dictionary;
    n.acronym = inst.acronym;
    n.guards = std::move(inst.guards);
    o.names.push_back(std::move(n));
  }
}

std::vector<WordCount> sorted_counts(std::unordered_map<std::string, std::uint32_t>&& counts) {
  std::vector<WordCount> out(std::make_move_iterator(counts.begin()), std::make_move_iterator(counts.end()));
  std::sort(out.begin(), out.end());
  return out;
}

bool counts(const RuleName& n) { return !n.initial_single || n.intrinsic; }

// How strongly one candidate shows that its words are a name: context (a cue word,
// a role, an apposition, a person's verb) or intrinsic evidence of strength 4 and
// up (a known name, a title, a head keyword, a given name). A suffix, the capitals
// of an acronym or a preposition before it ("in Focus") show nothing for a
// name made of ordinary words.
int support(const RuleName& n) {
  if (n.intrinsic) return n.strength >= 4 ? n.strength : 0;
  return n.strength >= 3 ? n.strength : 0;
}

// Whether a typed candidate may stand as an entity. Capitals alone do not make a
// name of ordinary English words ("Challenges", "Risk", "Supply Chain" in a heading
// or a bold label), of an acronym ("LLM", "GPUs"), of a single letter, or of a
// nationality ("American"): an acronym or a name of ordinary words needs support in
// its note or a list that knows it; one ordinary noun may also stand when the vault
// capitalizes it mid-sentence more than twice as often as it writes it lowercase
// ("Apple", "Amazon"; never an adjective: "Western").
bool trusted(const RuleName& n, const std::string& key, int note_support, const RulesCorpus& corpus) {
  if (rules::known_name(key) != ListType::none) return true;
  if (letter_count(key) <= 1) return false;
  if (n.words == 1) {
    std::string_view singular = key;
    if (singular.size() > 2 && singular.back() == 's') singular.remove_suffix(1);
    if (rules::is_nationality(key) || rules::is_nationality(singular)) return false;
    if (rules::is_common_acronym(key) || rules::is_common_acronym(singular)) return false;
  }
  if (note_support >= 3) return true;
  if (n.acronym) return false;
  if (!n.dictionary) return true;
  return n.words == 1 && !rules::is_adjective(key) && corpus.capitalized(key) > 2 * corpus.lowercase(key);
}

ListType best(const RuleVotes& v) { return static_cast<ListType>(favoured_type(v)); }

}  // namespace

std::vector<DateMatch> find_dates(std::string_view text) {
  auto tokens = tokenize(text, {});
  std::vector<DateMatch> out;
  for (const auto& d : DateFinder(tokens).run())
    out.push_back({tokens[d.first].begin, tokens[d.last].end, d.iso});
  return out;
}

void RulesExtractor::observe(std::span<const ParsedNote* const> notes, std::span<NoteObservation> out,
                             std::vector<Diagnostic>&) const {
  for (std::size_t i = 0; i < notes.size(); ++i) {
    RulesObservation o;
    std::unordered_map<std::string, std::uint32_t> lower, caps;
    const auto& blocks = notes[i]->blocks;
    for (std::size_t b = 0; b < blocks.size(); ++b)
      observe_block(blocks[b], static_cast<std::uint32_t>(b), o, lower, caps);
    o.lowercase = sorted_counts(std::move(lower));
    o.capitalized = sorted_counts(std::move(caps));
    out[i].rules = std::move(o);
  }
}

std::vector<EntitySpan> RulesExtractor::decide(const RulesObservation& o, const RulesCorpus& corpus) const {
  std::vector<EntitySpan> out;
  for (const auto& d : o.dates) {
    EntitySpan s;
    s.block = d.block;
    s.begin = d.begin;
    s.end = d.end;
    s.type = "date";
    s.name = d.iso;
    s.source = ExtractorKind::rules;
    out.push_back(std::move(s));
  }
  // The corpus's answers to the note's questions; they pick each candidate's reading.
  std::vector<char> holds(o.conditions.size());
  for (std::size_t c = 0; c < o.conditions.size(); ++c) {
    const RuleCondition& q = o.conditions[c];
    switch (q.kind) {
      case RuleConditionKind::common_word:
        holds[c] = !q.words.empty() && corpus.lowercase(q.words[0]) > 0 && corpus.capitalized(q.words[0]) == 0;
        break;
      case RuleConditionKind::never_lowercase:
        holds[c] = std::all_of(q.words.begin(), q.words.end(),
                               [&](const std::string& w) { return corpus.lowercase(w) == 0; });
        break;
    }
  }
  struct Found {
    const RuleName* name;
    std::string display;
    std::string key;
  };
  std::vector<Found> found;
  std::unordered_map<std::string_view, RuleVotes> note_votes;
  std::unordered_map<std::string_view, int> note_support;  // key → strongest support in the note
  std::unordered_set<std::string_view> place_support;       // keys with place evidence beyond "in"
  for (const RuleName& n : o.names) {
    if (!std::all_of(n.guards.begin(), n.guards.end(),
                     [&](std::uint32_t g) { return static_cast<std::uint32_t>(holds[g / 2]) == (g & 1); }))
      continue;
    if (counts(n) && n.type != 0) {
      note_votes[n.key][n.type - 1] += n.strength;
      int& best_support = note_support[n.key];
      best_support = std::max(best_support, support(n));
      if (n.type == static_cast<std::uint8_t>(ListType::place) && n.strength >= 3) place_support.insert(n.key);
    }
    found.push_back({&n, n.display, n.key});
  }
  // Resolve each name's type: this note's evidence first, then the corpus's.
  std::vector<ListType> types(found.size(), ListType::none);
  for (std::size_t i = 0; i < found.size(); ++i) {
    Found& f = found[i];
    const RuleName& n = *f.name;
    ListType t = ListType::none;
    if (auto it = note_votes.find(n.key); it != note_votes.end()) t = best(it->second);
    if (t == ListType::none) t = best(corpus.votes(n.key));
    if (t == ListType::none && n.words == 1 && ends_with(n.key, "s") && !ends_with(n.key, "ss")) {
      // plural folded: "Kremlins" → "Kremlin"
      std::string singular = n.key.substr(0, n.key.size() - 1);
      ListType l = rules::known_name(singular);
      if (l == ListType::none) l = best(corpus.votes(singular));
      if (l != ListType::none) {
        t = l;
        f.display.pop_back();
        f.key = std::move(singular);
      }
    }
    if (n.initial_single && !n.intrinsic && corpus.capitalized(f.key) == 0) t = ListType::none;
    types[i] = t;
  }
  // A surname alone is the full name seen in the same note.
  std::unordered_map<std::string_view, std::string_view> full_names;  // last word → display
  std::unordered_map<std::string_view, int> last_word_count;
  for (std::size_t i = 0; i < found.size(); ++i) {
    const Found& f = found[i];
    if (types[i] != ListType::person || f.name->words < 2) continue;
    auto [it, fresh] = full_names.emplace(f.name->last_word, f.display);
    if (!fresh && text::fold(it->second) != f.key) last_word_count[f.name->last_word] = 2;
  }
  for (std::size_t i = 0; i < found.size(); ++i) {
    Found& f = found[i];
    std::string name = f.display;
    if (f.name->words == 1) {
      auto it = full_names.find(f.key);
      if (it != full_names.end() && last_word_count[f.key] < 2 &&
          (types[i] == ListType::none || rules::known_name(f.key) == ListType::none)) {
        types[i] = ListType::person;
        name = std::string(it->second);
      }
    }
    if (types[i] == ListType::none) continue;
    if (name == f.display && !trusted(*f.name, f.key, note_support[f.name->key], corpus)) continue;
    // "in Python", "in Notion": a preposition alone does not make a place
    if (types[i] == ListType::place && rules::known_name(f.key) != ListType::place &&
        !place_support.contains(f.name->key))
      continue;
    EntitySpan s;
    s.block = f.name->block;
    s.begin = f.name->begin;
    s.end = f.name->end;
    s.type = std::string(type_name(types[i]));
    s.name = std::move(name);
    s.source = ExtractorKind::rules;
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace notegraph
