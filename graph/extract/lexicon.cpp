// The rules extractor's lexicon from Debian's data: whether a case-folded word is an
// ordinary English word or an adjective, and the type of a name that ISO 3166 or
// WordNet lists. The lists are generated at build time (graph/extract/data/lexicon.sh,
// places.py, wordnet_names.sh) from Debian's wamerican, WordNet and iso-codes, so they
// are the dictionary's, not lists written against our own notes.

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <unordered_map>
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

namespace {

// A listed name made of ordinary words ("Central", "North West", a given name such as
// "Victoria") would turn common text into places and people: such names are left out.
bool ordinary_name(std::string_view name) {
  if (is_given_name(name)) return true;
  for (std::size_t at = 0; at <= name.size();) {
    std::size_t space = name.find(' ', at);
    if (space == std::string_view::npos) space = name.size();
    const std::string_view w = name.substr(at, space - at);
    if (!is_dictionary_word(w) && !is_common_word(w) && !is_connector(w)) return false;
    at = space + 1;
  }
  return true;
}

}  // namespace

ListType listed_name(std::string_view folded) {
  // Built once: the generated lists, the ordinary names dropped. An ISO 3166 name is a
  // place even when WordNet files it otherwise (it is added first; emplace keeps it).
  static const auto table = [] {
    std::unordered_map<std::string_view, ListType> names;
    auto add = [&](const char* data, std::size_t size, ListType type) {
      for (std::string_view n : split_lines(data, size))
        if (!ordinary_name(n)) names.emplace(n, type);
    };
    add(generated::kIsoPlaces, generated::kIsoPlacesSize, ListType::place);
    add(generated::kWordNet_person, generated::kWordNet_personSize, ListType::person);
    add(generated::kWordNet_place, generated::kWordNet_placeSize, ListType::place);
    add(generated::kWordNet_organization, generated::kWordNet_organizationSize, ListType::organization);
    add(generated::kWordNet_event, generated::kWordNet_eventSize, ListType::event);
    return names;
  }();
  const auto it = table.find(folded);
  return it == table.end() ? ListType::none : it->second;
}

}  // namespace notegraph::rules
