#include "notegraph/ingest/obsidian_config.hpp"

#include <yaml-cpp/yaml.h>

#include <fstream>
#include <sstream>

namespace notegraph {
namespace {

constexpr const char* kAppJson = ".obsidian/app.json";

Diagnostic problem(int line, std::string message) {
  Diagnostic d;
  d.path = kAppJson;
  d.line = line;
  d.message = std::move(message);
  return d;
}

}  // namespace

IgnoreFilters IgnoreFilters::read(const std::filesystem::path& root,
                                  std::vector<Diagnostic>& diagnostics) {
  IgnoreFilters filters;
  const std::filesystem::path file = root / kAppJson;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) return filters;
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in && !in.eof()) {
    diagnostics.push_back(
        problem(0, "cannot read Obsidian's settings; Excluded files not applied"));
    return filters;
  }
  YAML::Node config;  // JSON is YAML (yaml-cpp reads it; ingest needs no JSON library)
  try {
    config = YAML::Load(text.str());
  } catch (const YAML::Exception& e) {
    diagnostics.push_back(
        problem(e.mark.line + 1, "invalid JSON (" + e.msg + "); Excluded files not applied"));
    return filters;
  }
  if (!config.IsMap()) return filters;
  const YAML::Node list = config["userIgnoreFilters"];
  if (!list) return filters;
  if (!list.IsSequence()) {
    diagnostics.push_back(
        problem(list.Mark().line + 1, "userIgnoreFilters is not a list; ignored"));
    return filters;
  }
  for (const YAML::Node& item : list) {
    if (!item.IsScalar()) continue;
    const std::string entry = item.Scalar();
    if (entry.empty()) continue;
    if (entry.size() >= 2 && entry.front() == '/' && entry.back() == '/') {
      try {
        filters.patterns_.push_back(std::make_shared<const std::regex>(
            entry.substr(1, entry.size() - 2), std::regex::ECMAScript));
      } catch (const std::regex_error& e) {
        diagnostics.push_back(problem(item.Mark().line + 1,
                                      "userIgnoreFilters: bad regular "
                                      "expression " +
                                          entry + " ignored"));
      }
    } else {
      std::string prefix = entry;
      while (prefix.starts_with("./")) prefix.erase(0, 2);
      if (prefix.starts_with('/')) prefix.erase(0, 1);
      if (!prefix.empty()) filters.prefixes_.push_back(prefix);
    }
  }
  return filters;
}

bool IgnoreFilters::excludes_file(const std::string& path) const {
  for (const auto& p : prefixes_)
    if (path.starts_with(p)) return true;
  for (const auto& r : patterns_)
    if (std::regex_search(path, *r)) return true;
  return false;
}

bool IgnoreFilters::excludes_folder(const std::string& path) const {
  // A folder goes when every path in it would: "Templates/" or "Temp" covers the folder
  // Templates; a regular expression is tried on files only.
  const std::string folder = path + "/";
  for (const auto& p : prefixes_)
    if (folder.starts_with(p)) return true;
  return false;
}

}  // namespace notegraph
