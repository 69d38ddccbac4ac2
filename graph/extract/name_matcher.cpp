#include "notegraph/extract/name_matcher.hpp"

#include <algorithm>
#include <array>
#include <deque>
#include <stdexcept>
#include <string>

#include "notegraph/extract/text.hpp"

namespace notegraph {
namespace {

// The symbol a code point is matched as; 0 when it is skipped (a space after a space).
char32_t normalize_symbol(char32_t c, bool previous_was_space) {
  if (text::is_space(c)) return previous_was_space ? 0 : U' ';
  if (c == U'\u2019' || c == U'\u2018' || c == U'\u02BC') return U'\'';
  if (c == U'\u2010' || c == U'\u2011') return U'-';
  return text::fold_code_point(c);
}

}  // namespace

void NameMatcher::add(std::string_view name, std::uint32_t value, MatchCase rule) {
  if (built_) throw std::logic_error("NameMatcher::add after build");
  std::string trimmed = text::collapse_space(name);
  std::string folded;
  std::uint32_t symbols = 0;
  bool has_word = false;
  bool previous_space = false;
  for (std::size_t i = 0; i < trimmed.size();) {
    char32_t c = normalize_symbol(text::next_code_point(trimmed, i), previous_space);
    previous_space = c == U' ';
    if (c == 0) continue;
    has_word = has_word || text::is_word_char(c);
    text::append_utf8(folded, c);
    ++symbols;
  }
  if (!has_word) return;
  std::int32_t state = 0;
  for (unsigned char b : folded) {
    auto& next = trie_[state].next;
    auto it = std::lower_bound(next.begin(), next.end(), b,
                               [](const auto& e, unsigned char x) { return e.first < x; });
    if (it != next.end() && it->first == b) {
      state = it->second;
      continue;
    }
    auto fresh = static_cast<std::int32_t>(trie_.size());
    next.insert(it, {b, fresh});
    trie_.emplace_back();
    state = fresh;
  }
  if (trie_[state].out >= 0) return;
  trie_[state].out = static_cast<std::int32_t>(patterns_.size());
  patterns_.push_back({value, symbols, rule == MatchCase::proper && text::starts_upper(trimmed)});
}

void NameMatcher::build() {
  if (built_) return;
  // Breadth-first failure links (Aho & Corasick 1975, algorithm 3).
  std::deque<std::int32_t> queue;
  for (auto [b, s] : trie_[0].next) {
    trie_[s].fail = 0;
    queue.push_back(s);
  }
  auto goto_fn = [&](std::int32_t s, unsigned char b) {
    while (true) {
      const auto& next = trie_[s].next;
      auto it = std::lower_bound(next.begin(), next.end(), b,
                                 [](const auto& e, unsigned char x) { return e.first < x; });
      if (it != next.end() && it->first == b) return it->second;
      if (s == 0) return std::int32_t{0};
      s = trie_[s].fail;
    }
  };
  while (!queue.empty()) {
    std::int32_t s = queue.front();
    queue.pop_front();
    for (auto [b, t] : trie_[s].next) {
      std::int32_t f = goto_fn(trie_[s].fail, b);
      trie_[t].fail = f;
      trie_[t].dict = trie_[f].out >= 0 ? f : trie_[f].dict;
      queue.push_back(t);
    }
  }
  const std::size_t n = trie_.size();
  first_.assign(n + 1, 0);
  fail_.resize(n);
  out_.resize(n);
  dict_.resize(n);
  for (std::size_t s = 0; s < n; ++s) {
    first_[s + 1] = first_[s] + static_cast<std::uint32_t>(trie_[s].next.size());
    fail_[s] = trie_[s].fail;
    out_[s] = trie_[s].out;
    dict_[s] = trie_[s].dict;
  }
  labels_.reserve(first_[n]);
  targets_.reserve(first_[n]);
  for (const auto& node : trie_)
    for (auto [b, t] : node.next) {
      labels_.push_back(b);
      targets_.push_back(t);
    }
  trie_.clear();
  trie_.shrink_to_fit();
  built_ = true;
}

std::int32_t NameMatcher::child(std::int32_t state, unsigned char byte) const {
  auto lo = labels_.begin() + first_[state];
  auto hi = labels_.begin() + first_[state + 1];
  auto it = std::lower_bound(lo, hi, byte);
  if (it == hi || *it != byte) return -1;
  return targets_[static_cast<std::size_t>(it - labels_.begin())];
}

std::int32_t NameMatcher::step(std::int32_t state, unsigned char byte) const {
  while (true) {
    std::int32_t t = child(state, byte);
    if (t >= 0) return t;
    if (state == 0) return 0;
    state = fail_[state];
  }
}

std::vector<NameMatcher::Match> NameMatcher::find_all(std::string_view text) const {
  std::vector<Match> out;
  if (!built_ || patterns_.empty()) return out;
  std::vector<std::size_t> sym_begin;  // byte offset where each fed symbol starts
  sym_begin.reserve(text.size());
  // Most steps fall back to the root: its edges as a table, one look-up instead of a search.
  std::array<std::int32_t, 256> root{};
  for (std::uint32_t e = first_[0]; e < first_[1]; ++e) root[labels_[e]] = targets_[e];
  auto advance = [&](std::int32_t s, unsigned char b) {
    while (s != 0) {
      std::int32_t t = child(s, b);
      if (t >= 0) return t;
      s = fail_[s];
    }
    return root[b];
  };
  std::int32_t state = 0;
  bool previous_space = true;  // leading white space is never fed
  std::string bytes;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t start = i;
    const auto lead = static_cast<unsigned char>(text[i]);
    char32_t c = 0;
    if (lead < 0x80) {
      // ASCII, most of any vault: no decoding, folding by table
      ++i;
      bool space = lead == ' ' || lead == '\n' || lead == '\t' || lead == '\r' || lead == '\f' || lead == '\v';
      c = space ? (previous_space ? 0 : U' ') : (lead >= 'A' && lead <= 'Z' ? lead + 32 : lead);
      previous_space = space;
      if (c == 0) continue;
      state = advance(state, static_cast<unsigned char>(c));
    } else {
      char32_t raw = text::next_code_point(text, i);
      c = normalize_symbol(raw, previous_space);
      previous_space = c == U' ' || (c == 0 && previous_space);
      if (c == 0) continue;
      bytes.clear();
      text::append_utf8(bytes, c);
      for (unsigned char b : bytes) state = advance(state, b);
    }
    sym_begin.push_back(start);
    const std::size_t k = sym_begin.size() - 1;
    for (std::int32_t s = out_[state] >= 0 ? state : dict_[state]; s >= 0; s = dict_[s]) {
      const Pattern& p = patterns_[static_cast<std::size_t>(out_[s])];
      if (p.symbols > k + 1) continue;
      std::size_t b = sym_begin[k + 1 - p.symbols];
      std::size_t e = i;
      std::size_t before = b;
      bool begin_ok = b == 0;
      if (!begin_ok) {
        char32_t prev = text::previous_code_point(text, before);
        std::size_t first_pos = b;
        char32_t first = text::next_code_point(text, first_pos);
        begin_ok = !text::is_word_char(prev) || !text::is_word_char(first) ||
                   text::is_unspaced_script(prev) || text::is_unspaced_script(first);
      }
      bool end_ok = e >= text.size();
      if (!end_ok) {
        std::size_t after = e;
        char32_t next = text::next_code_point(text, after);
        std::size_t last_pos = e;
        char32_t last = text::previous_code_point(text, last_pos);
        end_ok = !text::is_word_char(next) || !text::is_word_char(last) ||
                 text::is_unspaced_script(next) || text::is_unspaced_script(last);
      }
      if (!begin_ok || !end_ok) continue;
      if (p.capitalized) {
        std::size_t pos = b;
        if (!text::is_upper(text::next_code_point(text, pos))) continue;
      }
      out.push_back({b, e, p.value});
    }
  }
  std::sort(out.begin(), out.end(), [](const Match& a, const Match& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    return a.value < b.value;
  });
  return out;
}

std::vector<NameMatcher::Match> leftmost_longest(const std::vector<NameMatcher::Match>& matches) {
  std::vector<NameMatcher::Match> out;
  std::size_t covered = 0;
  for (const auto& m : matches) {
    if (!out.empty() && m.begin < covered) continue;
    out.push_back(m);
    covered = m.end;
  }
  return out;
}

}  // namespace notegraph
