// The rules extractor's lexicon from Debian's data: whether a case-folded word is an
// ordinary English word or an adjective, whether a name is an ISO 3166 place, and
// the type WordNet files an instance noun under. The word list is generated at build time (graph/extract/data/
// lexicon.sh, places.py, wordnet_names.sh) from Debian's wamerican, WordNet and iso-codes, so it is the dictionary's, not a
// list written against our own notes.

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <vector>

#include "rules_lists.hpp"

namespace notegraph::rules {
namespace generated {
extern const char kLexicon[];
extern const std::size_t kLexiconSize;
extern const char kAdjectives[];
extern const std::size_t kAdjectivesSize;
extern const char kIsoPlaces[];
extern const std::size_t kIsoPlacesSize;
extern const char kWordNet_person[];
extern const std::size_t kWordNet_personSize;
extern const char kWordNet_place[];
extern const std::size_t kWordNet_placeSize;
extern const char kWordNet_organization[];
extern const std::size_t kWordNet_organizationSize;
extern const char kWordNet_event[];
extern const std::size_t kWordNet_eventSize;
}  // namespace generated

namespace {

// A generated list (one word per line, sorted bytewise), split into views.
std::vector<std::string_view> split_lines(const char* data, std::size_t size) {
  std::vector<std::string_view> out;
  std::string_view all(data, size);
  out.reserve(all.size() / 8);
  for (std::size_t at = 0; at < all.size();) {
    std::size_t nl = all.find('\n', at);
    if (nl == std::string_view::npos) nl = all.size();
    if (nl > at) out.push_back(all.substr(at, nl - at));
    at = nl + 1;
  }
  return out;
}

bool listed(std::string_view w) {
  static const auto words = split_lines(generated::kLexicon, generated::kLexiconSize);
  return std::binary_search(words.begin(), words.end(), w);
}

}  // namespace

bool is_dictionary_word(std::string_view folded) {
  if (folded.empty()) return false;
  if (listed(folded)) return true;
  // "self-made", "follow-up": a compound of dictionary words is one
  if (folded.find('-') == std::string_view::npos) return false;
  for (std::size_t at = 0; at <= folded.size();) {
    std::size_t dash = folded.find('-', at);
    if (dash == std::string_view::npos) dash = folded.size();
    if (dash == at || !listed(folded.substr(at, dash - at))) return false;
    at = dash + 1;
  }
  return true;
}

bool is_adjective(std::string_view folded) {
  static const auto words = split_lines(generated::kAdjectives, generated::kAdjectivesSize);
  return std::binary_search(words.begin(), words.end(), folded);
}

bool is_iso_place(std::string_view folded) {
  static const auto names = split_lines(generated::kIsoPlaces, generated::kIsoPlacesSize);
  return std::binary_search(names.begin(), names.end(), folded);
}

ListType wordnet_instance(std::string_view folded) {
  using generated::kWordNet_event, generated::kWordNet_organization, generated::kWordNet_person,
      generated::kWordNet_place;
  static const std::vector<std::string_view> lists[] = {
      split_lines(kWordNet_person, generated::kWordNet_personSize),
      split_lines(kWordNet_place, generated::kWordNet_placeSize),
      split_lines(kWordNet_organization, generated::kWordNet_organizationSize),
      split_lines(kWordNet_event, generated::kWordNet_eventSize)};
  static constexpr ListType kTypes[] = {ListType::person, ListType::place, ListType::organization, ListType::event};
  for (std::size_t i = 0; i < 4; ++i)
    if (std::binary_search(lists[i].begin(), lists[i].end(), folded)) return kTypes[i];
  return ListType::none;
}

}  // namespace notegraph::rules
