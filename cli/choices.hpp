#pragma once
// Enum options take names only: one validator (enum_choice) maps a name, any case, to
// its enum value, rejects numbers and unknown names with the list and a suggestion, and
// add_enum_option shows the default by name in --help.

#include <CLI/CLI.hpp>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "notegraph/model/kinds.hpp"
#include "suggest.hpp"

namespace notegraph::cli {

template <typename Enum, std::size_t N>
using NameTable = std::array<std::pair<Enum, std::string_view>, N>;

/// Returns "{a,b,c}": the names of a table, for --help and completions.
template <typename Enum, std::size_t N>
std::string choice_list(const NameTable<Enum, N>& table) {
  std::string names;
  for (const auto& [value, name] : table) names += (names.empty() ? "" : ",") + std::string(name);
  return "{" + names + "}";
}

/// Returns a validator that turns a name (any case) into its enum value; a number or an
/// unknown name fails with the names and the closest one.
template <typename Enum, std::size_t N>
CLI::Validator enum_choice(const NameTable<Enum, N>& table) {
  return CLI::Validator(
      [table](std::string& value) -> std::string {
        std::string lower = value;
        for (char& c : lower)
          if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        std::vector<std::string> names;
        for (const auto& [v, name] : table) {
          if (name == lower) {
            value = std::to_string(static_cast<std::underlying_type_t<Enum>>(v));
            return {};
          }
          names.emplace_back(name);
        }
        std::string message = "'" + value + "' is not one of " + choice_list(table);
        const std::vector<std::string> close = closest_names(lower, names);
        if (!close.empty()) message += "; did you mean '" + close.front() + "'?";
        return message;
      },
      "");
}

/// Adds an option holding one enum value; --help shows the choices and the default by name.
template <typename Enum, std::size_t N>
CLI::Option* add_enum_option(CLI::App* app, const std::string& flags, Enum& value,
                             const NameTable<Enum, N>& table, const std::string& help) {
  return app->add_option(flags, value, help)
      ->transform(enum_choice(table))
      ->type_name(choice_list(table))
      ->default_str(std::string(name_of(table, value)));
}

/// Adds an option that may hold an enum value (unset: the command decides, as `help` says).
template <typename Enum, std::size_t N>
CLI::Option* add_enum_option(CLI::App* app, const std::string& flags, std::optional<Enum>& value,
                             const NameTable<Enum, N>& table, const std::string& help) {
  return app->add_option(flags, value, help)
      ->transform(enum_choice(table))
      ->type_name(choice_list(table))
      ->default_str("");
}

/// Adds a repeatable, comma-separated enum option; `word` names one value (KIND).
template <typename Enum, std::size_t N>
CLI::Option* add_enum_option(CLI::App* app, const std::string& flags, std::vector<Enum>& values,
                             const NameTable<Enum, N>& table, const std::string& help,
                             const std::string& word) {
  std::string shown;
  for (Enum v : values) shown += (shown.empty() ? "" : ",") + std::string(name_of(table, v));
  return app->add_option(flags, values, help)
      ->transform(enum_choice(table))
      ->delimiter(',')
      ->type_name(word + ":" + choice_list(table))
      ->default_str(shown);
}

}  // namespace notegraph::cli
