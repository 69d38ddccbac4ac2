#include "command_tree.hpp"

namespace notegraph::cli {
namespace {

/// The names between braces of a type like "KIND:{note,tag}".
std::vector<std::string> choices_of(const std::string& type) {
  std::vector<std::string> out;
  const auto open = type.find('{');
  const auto close = type.find('}', open);
  if (open == std::string::npos || close == std::string::npos) return out;
  std::string item;
  for (char c : type.substr(open + 1, close - open - 1)) {
    if (c == ',') {
      out.push_back(item);
      item.clear();
    } else {
      item += c;
    }
  }
  if (!item.empty()) out.push_back(item);
  return out;
}

OptionSpec describe_option(const CLI::Option& o) {
  OptionSpec s;
  for (const auto& l : o.get_lnames()) s.long_names.push_back("--" + l);
  for (const auto& n : o.get_snames()) s.short_names.push_back("-" + n);
  s.help = o.get_description();
  s.type = o.get_type_name();
  s.default_value = o.get_default_str();
  s.repeatable = o.get_items_expected_max() > 1;
  if (o.get_items_expected_max() == 0) {
    s.value = ValueKind::none;
    s.type.clear();
    s.default_value.clear();
  } else if (s.choices = choices_of(s.type); !s.choices.empty()) {
    s.value = ValueKind::choice;
  } else if (s.type.starts_with("DIR")) {
    s.value = ValueKind::directory;
  } else if (s.type.starts_with("FILE") || s.type.starts_with("PATH")) {
    s.value = ValueKind::file;
  } else {
    s.value = ValueKind::word;
  }
  return s;
}

CommandSpec describe(const CLI::App& app, std::vector<std::string> path) {
  CommandSpec c;
  c.path = path;
  c.description = app.get_description();
  c.footer = app.get_footer();
  for (const CLI::Option* o : app.get_options()) {
    if (o == app.get_help_ptr()) continue;
    if (o->get_positional()) {
      c.positionals.push_back({o->get_name(), o->get_description(), o->get_required()});
      continue;
    }
    c.options.push_back(describe_option(*o));
  }
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    std::vector<std::string> sub_path = path;
    sub_path.push_back(sub->get_name());
    c.subcommands.push_back(describe(*sub, sub_path));
  }
  return c;
}

void collect(const CommandSpec& c, std::vector<const CommandSpec*>& out) {
  out.push_back(&c);
  for (const auto& sub : c.subcommands) collect(sub, out);
}

}  // namespace

std::string CommandSpec::command_line() const {
  std::string line = "notegraph";
  for (const auto& p : path) line += " " + p;
  return line;
}

CommandSpec describe_commands(const CLI::App& app) { return describe(app, {}); }

std::vector<const CommandSpec*> flatten(const CommandSpec& root) {
  std::vector<const CommandSpec*> out;
  collect(root, out);
  return out;
}

}  // namespace notegraph::cli
