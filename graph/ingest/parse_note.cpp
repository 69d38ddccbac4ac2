// Note parsing (SPEC 2.1): text repair, front matter, then one cmark parse of the body,
// walked with cmark's iterator; each paragraph or heading is consolidated into an
// InlineBuffer and scanned as prose.
#include "notegraph/ingest/parse_note.hpp"

#include <cmark.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>

#include "frontmatter.hpp"
#include "inline_text.hpp"
#include "notegraph/text/path.hpp"
#include "utf8.hpp"

namespace notegraph {

namespace {

struct CmarkNodeDeleter {
  void operator()(cmark_node* node) const noexcept { cmark_node_free(node); }
};
struct CmarkIterDeleter {
  void operator()(cmark_iter* iter) const noexcept { cmark_iter_free(iter); }
};
using CmarkDocument = std::unique_ptr<cmark_node, CmarkNodeDeleter>;
using CmarkIterator = std::unique_ptr<cmark_iter, CmarkIterDeleter>;

std::string stem_of(std::string_view path) { return std::string(text::stem(path)); }

// Obsidian's footnote definitions ("[^1]: Wikipedia") are not CommonMark link
// reference definitions: cmark would read one as a link to "Wikipedia" from every
// "[^1]". The '[' of each definition becomes '\' (one byte for one, so every offset and
// line stays): the definition reads as the prose it is, "[^1]" as plain text.
// Returns nothing when the body has no "[^" (the common case: no copy).
std::optional<std::string> without_footnote_definitions(std::string_view body) {
  if (body.find("[^") == std::string_view::npos) return std::nullopt;
  std::string out(body);
  for (std::size_t line = 0; line < out.size();) {
    std::size_t i = line;
    // block-quote markers and up to three spaces of indentation
    while (i < out.size() && (out[i] == '>' || out[i] == ' ') && i - line < 12) ++i;
    if (out.compare(i, 2, "[^") == 0) {
      const std::size_t close = out.find_first_of("]\n", i + 2);
      if (close != std::string::npos && close > i + 2 && out[close] == ']' && close + 1 < out.size() &&
          out[close + 1] == ':')
        out[i] = '\\';
    }
    const std::size_t nl = out.find('\n', i);
    if (nl == std::string::npos) break;
    line = nl + 1;
  }
  return out;
}

// Per-thread scratch space, so that its capacity is reused from note to note.
detail::InlineBuffer& scratch_buffer() {
  thread_local detail::InlineBuffer buffer;
  return buffer;
}

class BodyWalker {
 public:
  BodyWalker(std::string_view body, int line_offset, ParsedNote& note)
      : body_(body), line_offset_(line_offset), note_(note) {}

  void walk() {
    const auto patched = without_footnote_definitions(body_);
    const std::string_view markdown = patched ? std::string_view(*patched) : body_;
    CmarkDocument document(cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_SOURCEPOS));
    if (!document) {
      note_.diagnostics.push_back({note_.path, 0, "Markdown parser failed; body ignored"});
      return;
    }
    CmarkIterator iterator(cmark_iter_new(document.get()));
    if (!iterator) return;
    cmark_event_type event = CMARK_EVENT_NONE;
    while ((event = cmark_iter_next(iterator.get())) != CMARK_EVENT_DONE) {
      cmark_node* node = cmark_iter_get_node(iterator.get());
      const cmark_node_type type = cmark_node_get_type(node);
      if (block_node_ != nullptr) {
        if (node == block_node_) {
          finish_block();
        } else {
          add_inline(node, type, event);
        }
        continue;
      }
      if (event == CMARK_EVENT_ENTER && (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING)) {
        start_block(node, type);
      }
      // Code blocks, HTML blocks and thematic breaks are not prose; containers just nest.
    }
  }

 private:
  struct Heading {
    int level = 0;
    std::string text;
  };

  void start_block(cmark_node* node, cmark_node_type type) {
    block_node_ = node;
    block_line_ = cmark_node_get_start_line(node) + line_offset_;
    buffer_.clear();
    if (type == CMARK_NODE_HEADING) {
      role_ = detail::BlockRole::heading;
      heading_level_ = cmark_node_get_heading_level(node);
    } else {
      cmark_node* parent = cmark_node_parent(node);
      const bool opens_quote = parent != nullptr && cmark_node_get_type(parent) == CMARK_NODE_BLOCK_QUOTE &&
                               cmark_node_previous(node) == nullptr;
      role_ = opens_quote ? detail::BlockRole::callout_paragraph : detail::BlockRole::paragraph;
    }
  }

  void add_inline(cmark_node* node, cmark_node_type type, cmark_event_type event) {
    using detail::InlineKind;
    using detail::InlineObject;
    switch (type) {
      case CMARK_NODE_TEXT:
        if (const char* literal = cmark_node_get_literal(node)) add_text(node, literal);
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        buffer_.raw.push_back('\n');
        break;
      case CMARK_NODE_CODE:
      case CMARK_NODE_HTML_INLINE: {
        InlineObject object;
        object.kind = type == CMARK_NODE_CODE ? InlineKind::code : InlineKind::html;
        object.newlines = std::max(0, cmark_node_get_end_line(node) - cmark_node_get_start_line(node));
        if (const char* literal = cmark_node_get_literal(node)) object.text = literal;
        buffer_.add_object(object);
        break;
      }
      case CMARK_NODE_EMPH:
      case CMARK_NODE_STRONG: {
        InlineObject object;
        object.kind = event == CMARK_EVENT_ENTER ? InlineKind::emphasis_open : InlineKind::emphasis_close;
        object.delimiter = delimiter_of(node);
        object.delimiter_count = type == CMARK_NODE_STRONG ? 2 : 1;
        buffer_.add_object(object);
        break;
      }
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE: {
        InlineObject object;
        object.kind = event == CMARK_EVENT_ENTER ? InlineKind::link_open : InlineKind::link_close;
        object.link_kind = type == CMARK_NODE_IMAGE ? detail::LinkNodeKind::image : detail::LinkNodeKind::link;
        if (const char* url = cmark_node_get_url(node)) object.text = url;
        buffer_.add_object(object);
        break;
      }
      default:
        break;
    }
  }

  void finish_block() {
    block_node_ = nullptr;
    if (role_ == detail::BlockRole::paragraph && split_table_rows()) return;
    emit_block(buffer_, role_, block_line_);
  }

  void emit_block(const detail::InlineBuffer& inlines, detail::BlockRole role, int line) {
    Block block;
    block.line = line;
    // A heading stands under the headings of lower level before it; so does its text.
    std::size_t parents = 0;
    if (role == detail::BlockRole::heading) {
      while (parents < headings_.size() && headings_[parents].level < heading_level_) ++parents;
      block.heading_path.reserve(parents);
      for (std::size_t k = 0; k < parents; ++k) block.heading_path.push_back(headings_[k].text);
    } else {
      block.heading_path = heading_path_;
    }
    detail::scan_block(inlines, role, state_, block, note_);
    const bool has_text = std::any_of(block.text.begin(), block.text.end(),
                                      [](char c) { return c != ' ' && c != '\t' && c != '\n'; });
    if (role == detail::BlockRole::heading && has_text) {
      std::string title(detail::trim(block.text));
      std::replace(title.begin(), title.end(), '\n', ' ');
      headings_.resize(parents);
      headings_.push_back({heading_level_, std::move(title)});
      heading_path_ = block.heading_path;
      heading_path_.push_back(headings_.back().text);
    }
    if (has_text || !block.links.empty() || !block.anchors.empty()) note_.blocks.push_back(std::move(block));
  }

  // `| :--- | ---: |`: the second line of a GFM table.
  static bool is_table_delimiter_row(std::string_view row) {
    row = detail::trim(row);
    if (!row.empty() && row.front() == '|') row.remove_prefix(1);
    if (!row.empty() && row.back() == '|') row.remove_suffix(1);
    if (row.empty()) return false;
    while (true) {
      const auto bar = row.find('|');
      std::string_view cell = detail::trim(row.substr(0, bar));
      if (!cell.empty() && cell.front() == ':') cell.remove_prefix(1);
      if (!cell.empty() && cell.back() == ':') cell.remove_suffix(1);
      if (cell.empty() || cell.find_first_not_of('-') != std::string_view::npos) return false;
      if (bar == std::string_view::npos) return true;
      row.remove_prefix(bar + 1);
    }
  }

  // cmark (without the GFM extension) reads a table as one paragraph; each row is a block,
  // so that seconds and co-occurrence stay within a row. The delimiter row is no text.
  bool split_table_rows() {
    const std::string_view raw = buffer_.raw;
    const auto header_end = raw.find('\n');
    if (header_end == std::string_view::npos || raw.substr(0, header_end).find('|') == std::string_view::npos) {
      return false;
    }
    const auto delimiter_end = raw.find('\n', header_end + 1);
    const auto delimiter = raw.substr(header_end + 1, delimiter_end == std::string_view::npos
                                                          ? std::string_view::npos
                                                          : delimiter_end - header_end - 1);
    if (!is_table_delimiter_row(delimiter)) return false;
    const auto& objects = buffer_.objects;
    if (std::any_of(objects.begin(), objects.end(), [](const auto& o) { return o.newlines > 0; })) return false;
    std::size_t begin = 0;
    std::size_t next_object = 0;
    for (int line = block_line_;; ++line) {
      const std::size_t end = std::min(raw.find('\n', begin), raw.size());
      row_.clear();
      row_.raw.assign(raw.substr(begin, end - begin));
      for (; next_object < objects.size() && objects[next_object].pos < end; ++next_object) {
        detail::InlineObject object = objects[next_object];
        object.pos -= begin;
        row_.objects.push_back(object);
      }
      if (line != block_line_ + 1) emit_block(row_, detail::BlockRole::table_row, line);
      if (end >= raw.size()) break;
      begin = end + 1;
    }
    return true;
  }

  // cmark applies backslash escapes and entities and merges the result into one text
  // node; an escaped `\#` or `\[` must not become a tag or a link. Where the source of a
  // text node holds '\\' or '&', walk source and literal side by side to find them.
  void add_text(cmark_node* node, std::string_view literal) {
    const std::size_t start = source_offset(node);
    if (start == std::string_view::npos || literal.empty()) {
      buffer_.raw += literal;
      return;
    }
    std::size_t s = start;
    while (s < body_.size() && (body_[s] == ' ' || body_[s] == '\t') && body_[s] != literal.front()) ++s;
    const std::string_view probe = body_.substr(s, literal.size() + 1);
    if (std::none_of(probe.begin(), probe.end(), [](char c) { return c == '\\' || c == '&'; })) {
      buffer_.raw += literal;
      return;
    }
    escaped_.clear();
    std::size_t m = 0;
    while (m < literal.size()) {
      if (s >= body_.size()) return append_plain(literal);
      const char c = body_[s];
      if (c == '\\' && s + 1 < body_.size() && is_ascii_punct(body_[s + 1]) && literal[m] == body_[s + 1]) {
        escaped_.push_back({m, 1});
        s += 2;
        m += 1;
        continue;
      }
      if (c == '&') {
        const std::size_t semicolon = entity_end(s);
        if (semicolon != std::string_view::npos) {
          const std::size_t length = utf8_length(literal[m]);
          escaped_.push_back({m, length});
          s = semicolon + 1;
          m += length;
          continue;
        }
      }
      if (c != literal[m]) return append_plain(literal);  // sourcepos was off: keep it as text
      ++s;
      ++m;
    }
    std::size_t done = 0;
    for (const auto& [offset, length] : escaped_) {
      const std::string_view text = literal.substr(offset, length);
      if (length != 1 || std::string_view("#[]()$%<!").find(text.front()) == std::string_view::npos) continue;
      buffer_.raw.append(literal.substr(done, offset - done));
      detail::InlineObject object;
      object.kind = detail::InlineKind::literal;
      object.text = text;
      buffer_.add_object(object);
      done = offset + length;
    }
    buffer_.raw.append(literal.substr(done));
  }

  void append_plain(std::string_view literal) { buffer_.raw += literal; }

  static bool is_ascii_punct(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
  }

  static std::size_t utf8_length(char lead) {
    const auto b = static_cast<unsigned char>(lead);
    return b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
  }

  // Where `&name;`, `&#123;` or `&#x1F;` starting at `pos` ends, or npos.
  std::size_t entity_end(std::size_t pos) const {
    constexpr std::size_t kLongestEntity = 32;
    for (std::size_t k = pos + 1; k < body_.size() && k <= pos + kLongestEntity; ++k) {
      const char c = body_[k];
      if (c == ';') return k > pos + 1 ? k : std::string_view::npos;
      const bool name = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '#';
      if (!name) return std::string_view::npos;
    }
    return std::string_view::npos;
  }

  // Byte offset of a node's start in the body, or npos when cmark gave no position.
  std::size_t source_offset(cmark_node* node) {
    if (line_starts_.empty()) index_lines();
    const int line = cmark_node_get_start_line(node);
    const int column = cmark_node_get_start_column(node);
    if (line < 1 || column < 1 || static_cast<std::size_t>(line) > line_starts_.size()) {
      return std::string_view::npos;
    }
    const std::size_t pos =
        line_starts_[static_cast<std::size_t>(line - 1)] + static_cast<std::size_t>(column - 1);
    return pos < body_.size() ? pos : std::string_view::npos;
  }

  // cmark keeps no delimiter character; read it back from the source position.
  char delimiter_of(cmark_node* node) {
    const std::size_t pos = source_offset(node);
    if (pos != std::string_view::npos && (body_[pos] == '_' || body_[pos] == '*')) return body_[pos];
    return '*';
  }

  void index_lines() {
    line_starts_.push_back(0);
    if (body_.find('\r') == std::string_view::npos) {
      for (auto i = body_.find('\n'); i != std::string_view::npos; i = body_.find('\n', i + 1)) {
        line_starts_.push_back(i + 1);
      }
      return;
    }
    for (std::size_t i = 0; i < body_.size(); ++i) {
      if (body_[i] == '\n') {
        line_starts_.push_back(i + 1);
      } else if (body_[i] == '\r') {
        if (i + 1 < body_.size() && body_[i + 1] == '\n') ++i;
        line_starts_.push_back(i + 1);
      }
    }
  }

  std::string_view body_;
  int line_offset_;
  ParsedNote& note_;
  cmark_node* block_node_ = nullptr;
  int block_line_ = 0;
  std::vector<std::string> heading_path_;
  detail::BlockRole role_ = detail::BlockRole::paragraph;
  int heading_level_ = 0;
  detail::InlineBuffer& buffer_ = scratch_buffer();
  detail::InlineBuffer row_;  // one table row at a time
  detail::ProseState state_;
  std::vector<Heading> headings_;
  std::vector<std::size_t> line_starts_;
  std::vector<std::pair<std::size_t, std::size_t>> escaped_;  // (offset, length) in a literal
};

}  // namespace

int Block::line_at(std::size_t offset) const {
  const auto later = std::upper_bound(line_starts.begin(), line_starts.end(), offset);
  return line + static_cast<int>(later - line_starts.begin());
}

std::optional<int> Block::second_at(std::size_t offset) const {
  // An anchor at `offset` was written before the text there, so "after" is strictly after.
  const auto after = std::upper_bound(anchors.begin(), anchors.end(), offset,
                                      [](std::size_t o, const Anchor& a) { return o < a.offset; });
  if (after != anchors.end()) return after->second;
  if (!anchors.empty()) return anchors.back().second;
  return std::nullopt;
}

namespace {

// A tag is a chain of broader tags, one node per level ("#a/b/c" makes a, a/b, a/b/c):
// deeper than this, a tag is someone's path or an attack (a 40 KB tag of 20,000
// levels made 3.2 GB of nodes), and is cut at this depth with a warning.
constexpr std::size_t kMaxTagDepth = 32;

void bound_tag_depth(ParsedNote& note) {
  for (auto& t : note.tags) {
    std::size_t levels = 1, cut = std::string::npos;
    for (std::size_t i = 0; i < t.tag.size(); ++i)
      if (t.tag[i] == '/' && ++levels > kMaxTagDepth) {
        cut = i;
        break;
      }
    if (cut == std::string::npos) continue;
    note.diagnostics.push_back({note.path, t.line,
                                "tag nested deeper than " + std::to_string(kMaxTagDepth) +
                                    " levels: cut after level " + std::to_string(kMaxTagDepth)});
    t.tag.resize(cut);
  }
}

}  // namespace

ParsedNote parse_note(std::string_view path, std::string_view content) {
  ParsedNote note;
  note.path = std::string(path);
  note.title = stem_of(path);
  const std::string_view unmarked = detail::drop_bom(content);
  const auto repaired = detail::repair_utf8(unmarked, path, note.diagnostics);
  const std::string_view text = repaired ? std::string_view(*repaired) : unmarked;
  const auto split = detail::split_front_matter(text);
  if (split.state == detail::FrontMatterState::closed) {
    detail::read_front_matter(split.yaml, note);
  } else if (split.state == detail::FrontMatterState::unclosed) {
    note.diagnostics.push_back({note.path, 1, "front matter opened by '---' is never closed; read as Markdown"});
  }
  BodyWalker(split.body, split.body_line_offset, note).walk();
  bound_tag_depth(note);
  return note;
}

}  // namespace notegraph
