#pragma once
// Many names found in one pass: an Aho–Corasick automaton over case-folded UTF-8,
// so that a vault of 10,000 titles costs one scan per block, not one per title.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace notegraph {

/// How a name's letter case must agree with the text.
enum class MatchCase {
  insensitive,  ///< Obsidian's unlinked mentions: any case
  proper,       ///< a name written with a capital first letter matches only capitalized text
};

class NameMatcher {
 public:
  struct Match {
    std::size_t begin = 0;  ///< byte range [begin, end) in the text
    std::size_t end = 0;
    std::uint32_t value = 0;  ///< the payload given to add()
    friend bool operator==(const Match&, const Match&) = default;
  };

  /// Adds `name` with payload `value`. Names without a letter or digit are ignored;
  /// a name added twice (after folding) keeps its first payload. Only before build().
  void add(std::string_view name, std::uint32_t value, MatchCase rule = MatchCase::insensitive);

  /// Computes failure links and packs the automaton; call once after the last add().
  void build();

  /// Returns every word-bounded occurrence of an added name in `text`, sorted by
  /// begin, longer first. Case is folded (Unicode simple folding), runs of white space
  /// match one space and ’ matches '.
  std::vector<Match> find_all(std::string_view text) const;

  /// Returns the number of distinct names added.
  std::size_t size() const { return patterns_.size(); }

 private:
  struct Pattern {
    std::uint32_t value = 0;
    std::uint32_t symbols = 0;  ///< length in (normalized) code points
    bool capitalized = false;   ///< MatchCase::proper and the name starts uppercase
  };
  struct TrieNode {
    std::vector<std::pair<unsigned char, std::int32_t>> next;  // sorted by byte
    std::int32_t fail = 0;
    std::int32_t out = -1;   // pattern ending here
    std::int32_t dict = -1;  // nearest state on the failure chain with an output
  };
  std::int32_t step(std::int32_t state, unsigned char byte) const;
  std::int32_t child(std::int32_t state, unsigned char byte) const;

  std::vector<TrieNode> trie_{TrieNode{}};  // during add(); cleared by build()
  std::vector<Pattern> patterns_;
  // Packed automaton: state s has edges [first_[s], first_[s + 1]) in labels_/targets_.
  std::vector<std::uint32_t> first_;
  std::vector<unsigned char> labels_;
  std::vector<std::int32_t> targets_;
  std::vector<std::int32_t> fail_, out_, dict_;
  bool built_ = false;
};

/// Returns the leftmost-longest subset of `matches` (as find_all sorts them) in which
/// no two overlap.
std::vector<NameMatcher::Match> leftmost_longest(const std::vector<NameMatcher::Match>& matches);

}  // namespace notegraph
