#include "suggest.hpp"

#include <algorithm>
#include <numeric>

namespace notegraph::cli {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Optimal string alignment: Levenshtein plus the swap of two neighbours.
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= n; ++i)
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[n][m];
}

std::vector<std::string> closest_names(std::string_view word,
                                       const std::vector<std::string>& candidates) {
  const std::size_t allowed = std::clamp<std::size_t>(word.size() / 3, 1, 3);
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (const auto& c : candidates) {
    std::size_t d = edit_distance(word, c);
    if (word.size() >= 2 && c.starts_with(word)) d = std::min<std::size_t>(d, 1);
    if (d <= allowed && c != word) scored.emplace_back(d, c);
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<std::string> out;
  for (auto& [d, c] : scored) out.push_back(std::move(c));
  return out;
}

namespace {

/// The option of `app` or, since global options fall through, of its parents.
const CLI::Option* find_option(const std::vector<const CLI::App*>& chain, std::string_view word) {
  for (const CLI::App* app : chain)
    for (const CLI::Option* o : app->get_options()) {
      for (const auto& l : o->get_lnames())
        if (word == "--" + l) return o;
      for (const auto& s : o->get_snames())
        if (word == "-" + s) return o;
    }
  return nullptr;
}

std::string command_path(const std::vector<const CLI::App*>& chain) {
  std::string path = "notegraph";
  for (std::size_t i = 1; i < chain.size(); ++i) path += " " + chain[i]->get_name();
  return path;
}

}  // namespace

std::string unknown_word_message(const CLI::App& top, const std::vector<std::string>& args) {
  std::vector<const CLI::App*> chain{&top};
  std::size_t positionals_used = 0;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& word = args[i];
    if (word == "--") break;
    const CLI::App* current = chain.back();
    if (word.size() > 1 && word[0] == '-') {
      const std::string name = word.substr(0, word.find('='));
      if (const CLI::Option* o = find_option(chain, name)) {
        if (o->get_items_expected_max() > 0 && name.size() == word.size()) ++i;  // its value
        continue;
      }
      if (name.size() > 2 && name[1] != '-') continue;  // -abc: leave to CLI11
      std::vector<std::string> names;
      for (const CLI::App* app : chain)
        for (const CLI::Option* o : app->get_options())
          for (const auto& l : o->get_lnames()) names.push_back("--" + l);
      std::string message = "unknown option '" + name + "' for '" + command_path(chain) + "'";
      const auto close = closest_names(name, names);
      if (!close.empty()) message += "; did you mean '" + close.front() + "'?";
      return message;
    }
    const auto subs = current->get_subcommands([](const CLI::App*) { return true; });
    bool entered = false;
    for (const CLI::App* sub : subs)
      if (sub->check_name(word)) {
        chain.push_back(sub);
        positionals_used = 0;
        entered = true;
        break;
      }
    if (entered) continue;
    const auto positionals =
        current->get_options([](const CLI::Option* o) { return o->get_positional(); });
    if (positionals_used < positionals.size()) {
      ++positionals_used;
      continue;
    }
    if (subs.empty()) return {};  // a surplus argument: CLI11's message says so
    std::vector<std::string> names;
    for (const CLI::App* sub : subs) names.push_back(sub->get_name());
    std::string message = "unknown command '" + word + "'";
    if (chain.size() > 1) message += " for '" + command_path(chain) + "'";
    const auto close = closest_names(word, names);
    if (!close.empty()) message += "; did you mean '" + close.front() + "'?";
    return message;
  }
  return {};
}

}  // namespace notegraph::cli
