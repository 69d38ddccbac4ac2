// Wikilinks: `!?[[target(#heading)*(#^block)?(|alias)?]]` (SPEC 2.1), one function over
// the text, like obsidian-export's references.rs.
#include "wikilink.hpp"

#include "notegraph/ingest/parse_note.hpp"
#include "utf8.hpp"

namespace notegraph {

namespace detail {

std::optional<WikiLink> parse_wikilink_inner(std::string_view inner, WikiLinkStyle style,
                                             std::string& anchor) {
  anchor.clear();
  if (inner.find('\n') != std::string_view::npos || inner.find('\r') != std::string_view::npos) {
    return std::nullopt;
  }
  WikiLink link;
  link.embed = style == WikiLinkStyle::embed;
  std::string_view reference = inner;
  if (const auto bar = inner.find('|'); bar != std::string_view::npos) {
    reference = inner.substr(0, bar);
    // A table cell writes the pipe as `\|`; raw text (not through cmark) still has the '\'.
    if (!reference.empty() && reference.back() == '\\') reference.remove_suffix(1);
    link.alias = std::string(trim(inner.substr(bar + 1)));
  }
  const auto hash = reference.find('#');
  std::string_view sections = hash == std::string_view::npos ? std::string_view{} : reference.substr(hash + 1);
  link.target = std::string(trim(reference.substr(0, hash)));
  while (!sections.empty()) {
    const auto next = sections.find('#');
    const std::string_view part = trim(sections.substr(0, next));
    if (!part.empty() && part.front() == '^') {
      link.block = std::string(trim(part.substr(1)));
    } else if (!part.empty()) {
      link.headings.emplace_back(part);
    }
    if (next == std::string_view::npos) break;
    sections.remove_prefix(next + 1);
  }
  if (link.target.empty() && link.headings.empty() && link.block.empty()) return std::nullopt;
  for (const auto& heading : link.headings) {
    anchor += '#';
    anchor += heading;
  }
  if (!link.block.empty()) {
    anchor += "#^";
    anchor += link.block;
  }
  return link;
}

bool is_embed_size(std::string_view alias) {
  if (alias.empty()) return false;
  std::size_t i = 0;
  auto digits = [&] {
    const std::size_t start = i;
    while (i < alias.size() && alias[i] >= '0' && alias[i] <= '9') ++i;
    return i > start;
  };
  if (!digits()) return false;
  if (i < alias.size() && alias[i] == 'x') {
    ++i;
    if (!digits()) return false;
  }
  return i == alias.size();
}

std::string_view wikilink_display(const WikiLink& link, std::string_view anchor) {
  if (!link.alias.empty() && !(link.embed && is_embed_size(link.alias))) return link.alias;
  if (!link.target.empty()) return link.target;
  if (!link.headings.empty()) return link.headings.back();
  return anchor.empty() ? anchor : anchor.substr(1);
}

}  // namespace detail

std::optional<WikiLink> parse_wikilink(std::string_view source) {
  auto style = detail::WikiLinkStyle::link;
  if (!source.empty() && source.front() == '!') {
    style = detail::WikiLinkStyle::embed;
    source.remove_prefix(1);
  }
  if (source.size() < 4 || source.substr(0, 2) != "[[" || source.substr(source.size() - 2) != "]]") {
    return std::nullopt;
  }
  const std::string_view inner = source.substr(2, source.size() - 4);
  // One link only: the first `]]` ends a link, and a `[[` inside starts another.
  if (source.find("]]", 2) != source.size() - 2 || inner.find("[[") != std::string_view::npos) {
    return std::nullopt;
  }
  std::string anchor;
  return detail::parse_wikilink_inner(inner, style, anchor);
}

}  // namespace notegraph
