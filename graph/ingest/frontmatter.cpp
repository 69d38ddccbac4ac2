// Front matter: fences found by hand (they are lines, not YAML), content read by yaml-cpp.
#include "frontmatter.hpp"

#include <yaml-cpp/yaml.h>

#include <charconv>
#include <cmath>

#include "relation.hpp"
#include "url_ref.hpp"
#include "utf8.hpp"
#include "wikilink.hpp"

namespace notegraph::detail {

namespace {

constexpr int kYamlFirstLine = 2;  // the YAML text starts after the opening `---`
constexpr int kMaxNodes = 100'000;  // aliases can expand a small text exponentially
constexpr int kMaxDepth = 64;

struct Line {
  std::string_view text;  // without its line end
  std::size_t next = 0;   // where the following line starts
};

Line line_at(std::string_view text, std::size_t pos) {
  const auto end = text.find_first_of("\r\n", pos);
  if (end == std::string_view::npos) return {text.substr(pos), text.size()};
  std::size_t next = end + 1;
  if (text[end] == '\r' && next < text.size() && text[next] == '\n') ++next;
  return {text.substr(pos, end - pos), next};
}

std::string_view trim_right(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

using text::ascii_lower;

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// YAML 1.2 core schema resolution of a plain scalar.
Value plain_scalar(std::string_view text) {
  if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL") return {};
  if (text == "true" || text == "True" || text == "TRUE") return Value::boolean(true);
  if (text == "false" || text == "False" || text == "FALSE") return Value::boolean(false);
  std::string_view number = text;
  const bool negative = number.front() == '-';
  if (number.front() == '+' || number.front() == '-') number.remove_prefix(1);
  if (all_digits(number)) {
    long long value = 0;
    const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), value);
    if (error == std::errc{} && end == number.data() + number.size())
      return Value::integer(negative ? -value : value);
  }
  if (number.size() > 2 && number[0] == '0' && (number[1] == 'x' || number[1] == 'o') && !negative &&
      text.front() != '+') {
    long long value = 0;
    const int base = number[1] == 'x' ? 16 : 8;
    const auto digits = number.substr(2);
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value, base);
    if (error == std::errc{} && end == digits.data() + digits.size()) return Value::integer(value);
  }
  // [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
  {
    std::size_t i = 0;
    auto digits = [&] {
      const std::size_t start = i;
      while (i < number.size() && number[i] >= '0' && number[i] <= '9') ++i;
      return i - start;
    };
    const std::size_t integral = digits();
    std::size_t fraction = 0;
    bool ok = true;
    if (i < number.size() && number[i] == '.') {
      ++i;
      fraction = digits();
    }
    if (integral == 0 && fraction == 0) ok = false;
    if (ok && i < number.size() && (number[i] == 'e' || number[i] == 'E')) {
      ++i;
      if (i < number.size() && (number[i] == '+' || number[i] == '-')) ++i;
      if (digits() == 0) ok = false;
    }
    if (ok && i == number.size()) {
      std::string canonical(number);
      if (canonical.front() == '.') canonical.insert(canonical.begin(), '0');
      double value = 0;
      const auto [end, error] = std::from_chars(canonical.data(), canonical.data() + canonical.size(), value);
      if (error == std::errc{} && std::isfinite(value)) return Value::number(negative ? -value : value);
    }
  }
  return Value::string(std::string(text));  // .inf, .nan, dates and everything else stay text
}

class FrontMatterReader {
 public:
  explicit FrontMatterReader(ParsedNote& note) : note_(note) {}

  void read(const YAML::Node& root) {
    if (root.IsNull()) return;
    if (!root.IsMap()) {
      diagnose(kYamlFirstLine, "front matter is not a YAML mapping; ignored");
      return;
    }
    std::string types[3];  // type, kind, category: the first present wins
    for (auto it = root.begin(); it != root.end(); ++it) {
      // yaml-cpp's iterator hands out a temporary proxy: copy the (shared) nodes out.
      const YAML::Node key_node = it->first;
      const YAML::Node value = it->second;
      std::string key = key_node.IsScalar() ? key_node.Scalar() : flow_text(key_node);
      const std::string lower = ascii_lower(key);
      collect_links(key, value, line_of(value, key_node), 0);
      if (lower == "title") {
        if (const auto title = trim(scalar(value)); !title.empty()) note_.title = std::string(title);
      } else if (lower == "aliases" || lower == "alias") {
        read_aliases(value);
      } else if (lower == "tags" || lower == "tag") {
        read_tags(value);
      } else if (lower == "videoid") {
        note_.video_id = std::string(trim(scalar(value)));
      } else if (lower == "type" || lower == "kind" || lower == "category") {
        const std::size_t slot = lower == "type" ? 0 : lower == "kind" ? 1 : 2;
        types[slot] = entity_type(value);
      } else {
        note_.properties.push_back({std::move(key), value_of(value, 0)});
      }
    }
    for (auto& type : types) {
      if (!type.empty()) {
        note_.entity_type = std::move(type);
        break;
      }
    }
  }

 private:
  void diagnose(int line, std::string message) {
    note_.diagnostics.push_back({note_.path, line, std::move(message)});
  }

  static int line_of(const YAML::Node& node, const YAML::Node& fallback) {
    YAML::Mark mark = node.Mark();
    if (mark.is_null()) mark = fallback.Mark();
    return mark.is_null() ? kYamlFirstLine : mark.line + kYamlFirstLine;
  }

  static std::string_view scalar(const YAML::Node& node) {
    return node.IsScalar() ? std::string_view(node.Scalar()) : std::string_view{};
  }

  static std::string entity_type(const YAML::Node& value) {
    std::string_view text;
    if (value.IsScalar()) {
      text = value.Scalar();
    } else if (value.IsSequence() && value.size() > 0) {
      const YAML::Node first = value[0];  // the node data lives in the document, not in `first`
      if (first.IsScalar()) text = first.Scalar();
    }
    text = trim(text);
    if (text.size() >= 4 && text.substr(0, 2) == "[[" && text.substr(text.size() - 2) == "]]") {
      std::string anchor;
      if (auto link = parse_wikilink_inner(text.substr(2, text.size() - 4), WikiLinkStyle::link, anchor)) {
        return link->target;
      }
    }
    return std::string(text);
  }

  void read_aliases(const YAML::Node& value) {
    auto add = [&](std::string_view alias) {
      alias = trim(alias);
      if (!alias.empty()) note_.aliases.emplace_back(alias);
    };
    if (value.IsSequence()) {
      for (const auto& item : value) add(scalar(item));
    } else if (value.IsScalar()) {
      std::string_view rest = value.Scalar();  // legacy form: "a, b"
      while (true) {
        const auto comma = rest.find(',');
        add(rest.substr(0, comma));
        if (comma == std::string_view::npos) break;
        rest.remove_prefix(comma + 1);
      }
    }
  }

  void read_tags(const YAML::Node& value) {
    auto add_all = [&](std::string_view text) {
      std::size_t i = 0;
      while (i < text.size()) {
        const auto end = text.find_first_of(", \t\r\n", i);
        std::string_view tag = text.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i);
        while (!tag.empty() && tag.front() == '#') tag.remove_prefix(1);
        if (!tag.empty() && !all_digits(tag)) note_.tags.push_back({std::string(tag), 0});
        if (end == std::string_view::npos) break;
        i = end + 1;
      }
    };
    if (value.IsSequence()) {
      for (const auto& item : value) add_all(scalar(item));
    } else {
      add_all(scalar(value));
    }
  }

  // Values holding `[[X]]` are typed links whose relation is the key; URL values are urls.
  void collect_links(const std::string& key, const YAML::Node& value, int line, int depth) {
    if (!spend(depth)) return;
    if (value.IsScalar()) {
      links_in_scalar(key, value.Scalar(), line);
    } else if (value.IsSequence()) {
      // Unquoted `key: [[X]]` is YAML for a list holding a list holding X.
      if (value.Style() == YAML::EmitterStyle::Flow && value.size() == 1 && value[0].IsSequence() &&
          value[0].size() == 1 && value[0][0].IsScalar()) {
        add_link(key, value[0][0].Scalar(), WikiLinkStyle::link, line);
        return;
      }
      for (const auto& item : value) collect_links(key, item, line_of(item, value), depth + 1);
    } else if (value.IsMap()) {
      for (auto it = value.begin(); it != value.end(); ++it) {
        const YAML::Node item_key = it->first;
        const YAML::Node item = it->second;
        collect_links(key, item, line_of(item, item_key), depth + 1);
      }
    }
  }

  void links_in_scalar(const std::string& key, std::string_view text, int line) {
    std::size_t pos = 0;
    while (true) {
      const auto open = text.find("[[", pos);
      if (open == std::string_view::npos) break;
      const auto close = text.find("]]", open + 2);
      if (close == std::string_view::npos) break;
      const auto nested = text.find("[[", open + 2);
      if (nested != std::string_view::npos && nested < close) {
        pos = nested;
        continue;
      }
      const auto style = open > 0 && text[open - 1] == '!' ? WikiLinkStyle::embed : WikiLinkStyle::link;
      add_link(key, text.substr(open + 2, close - open - 2), style, line);
      pos = close + 2;
    }
    const std::string_view url = trim(text);
    if (pos == 0 && is_external_url(url) && url.find_first_of(" \t\r\n") == std::string_view::npos) {
      UrlRef ref = make_url_ref(url);
      ref.line = line;
      note_.urls.push_back(std::move(ref));
    }
  }

  void add_link(const std::string& key, std::string_view inner, WikiLinkStyle style, int line) {
    std::string anchor;
    auto link = parse_wikilink_inner(inner, style, anchor);
    if (!link) return;
    LinkRef ref;
    ref.form = LinkForm::frontmatter;
    ref.target = std::move(link->target);
    ref.anchor = std::move(anchor);
    ref.alias = std::move(link->alias);
    ref.embed = link->embed;
    ref.relation = relation_name(key);
    ref.line = line;
    note_.links.push_back(std::move(ref));
  }

  // A non-scalar map key, written as YAML flow text ("[a, b]").
  static std::string flow_text(const YAML::Node& node) {
    YAML::Emitter emitter;
    emitter << YAML::Flow << node;
    return emitter.good() ? std::string(emitter.c_str()) : std::string();
  }

  Value value_of(const YAML::Node& node, int depth) {
    if (!spend(depth)) return {};
    if (node.IsScalar()) {
      const std::string& tag = node.Tag();
      if (tag == "!" || tag == "tag:yaml.org,2002:str") return Value::string(node.Scalar());  // quoted
      return plain_scalar(node.Scalar());
    }
    if (node.IsSequence()) {
      Value::List items;
      for (const auto& item : node) items.push_back(value_of(item, depth + 1));
      return Value::list(std::move(items));
    }
    if (node.IsMap()) {
      Value::Map fields;
      for (auto it = node.begin(); it != node.end(); ++it) {
        const YAML::Node key_node = it->first;
        const YAML::Node value = it->second;
        std::string key = key_node.IsScalar() ? key_node.Scalar() : flow_text(key_node);
        fields.push_back({std::move(key), value_of(value, depth + 1)});
      }
      return Value::map(std::move(fields));
    }
    return {};
  }

  // Bounds the work on hostile YAML (alias bombs, deep nesting); reports once.
  bool spend(int depth) {
    if (++nodes_ <= kMaxNodes && depth <= kMaxDepth) return true;
    if (!over_budget_) {
      over_budget_ = true;
      diagnose(kYamlFirstLine, "front matter too large or too deeply nested; truncated");
    }
    return false;
  }

  ParsedNote& note_;
  int nodes_ = 0;
  bool over_budget_ = false;
};

}  // namespace

FrontMatterSplit split_front_matter(std::string_view text) {
  FrontMatterSplit split;
  split.body = text;
  const Line first = line_at(text, 0);
  if (trim_right(first.text) != "---") return split;
  int line_number = 1;
  std::size_t pos = first.next;
  while (pos < text.size()) {
    const Line line = line_at(text, pos);
    ++line_number;
    const std::string_view content = trim_right(line.text);
    if (content == "---" || content == "...") {
      split.state = FrontMatterState::closed;
      split.yaml = text.substr(first.next, pos - first.next);
      split.body = text.substr(line.next);
      split.body_line_offset = line_number;
      return split;
    }
    pos = line.next;
  }
  split.state = FrontMatterState::unclosed;
  return split;
}

void read_front_matter(std::string_view yaml, ParsedNote& note) {
  std::string source(yaml);
  if (source.find('\r') != std::string::npos) {
    // yaml-cpp counts lines by '\n' only; CRLF → LF, lone CR → LF keeps line numbers.
    std::string normalized;
    normalized.reserve(source.size());
    for (std::size_t i = 0; i < source.size(); ++i) {
      if (source[i] == '\r') {
        normalized.push_back('\n');
        if (i + 1 < source.size() && source[i + 1] == '\n') ++i;
      } else {
        normalized.push_back(source[i]);
      }
    }
    source = std::move(normalized);
  }
  try {
    const YAML::Node root = YAML::Load(source);
    FrontMatterReader(note).read(root);
  } catch (const YAML::Exception& error) {
    const int line = error.mark.is_null() ? 1 : error.mark.line + kYamlFirstLine;
    note.diagnostics.push_back({note.path, line, "invalid YAML front matter: " + error.msg});
  }
}

}  // namespace notegraph::detail
