#pragma once
// Prose scanning (private to graph/ingest): turns one block's consolidated inline
// content into Block text and finds wikilinks, Markdown links, bare URLs, tags,
// Dataview fields, `Label:` relations and yt-timestamp anchors in it, skipping math,
// `%%comments%%` and HTML comments.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "notegraph/ingest/parsed_note.hpp"

namespace notegraph::detail {

/// What an inline node that is not plain text stands for in InlineBuffer::raw.
enum class InlineKind : std::uint8_t {
  code,
  html,
  emphasis_open,
  emphasis_close,
  link_open,
  link_close,
  literal,  ///< a backslash-escaped or entity character that must not act as syntax (`\#`)
};

enum class LinkNodeKind : std::uint8_t { link, image };

/// A non-text inline node, held in InlineBuffer::raw as one '\0' placeholder byte
/// (cmark turns NUL in the input into U+FFFD, so '\0' is free).
struct InlineObject {
  InlineKind kind = InlineKind::code;
  std::size_t pos = 0;     ///< index of its placeholder in raw
  int newlines = 0;        ///< source line breaks inside it (code spans, HTML)
  char delimiter = '*';    ///< emphasis: the character written
  int delimiter_count = 1; ///< emphasis: 1, strong: 2
  LinkNodeKind link_kind = LinkNodeKind::link;
  std::string_view text;   ///< html, literal: its text; link_open: the destination
};

/// One block's inline content with adjacent text consolidated (cmark splits text at
/// `[`, `]`, `*`, `_`): text as written (escapes already applied), line breaks as '\n'.
struct InlineBuffer {
  std::string raw;
  std::vector<InlineObject> objects;

  void clear() {
    raw.clear();
    objects.clear();
  }
  void add_object(InlineObject object) {
    object.pos = raw.size();
    raw.push_back('\0');
    objects.push_back(object);
  }
};

enum class BlockRole { paragraph, callout_paragraph, heading, table_row };

/// Prose that is hidden until a closing mark, possibly blocks later.
enum class Hidden { none, percent_comment, html_comment, display_math, inline_math };

/// State that carries from one block to the next (multi-block comments and math).
struct ProseState {
  Hidden hidden = Hidden::none;
};

/// Scans one block. `block.line` and `block.heading_path` are set by the caller; fills
/// the rest of `block` and appends links, URLs and tags (with lines, heading paths and
/// cited seconds) to `note`.
void scan_block(const InlineBuffer& in, BlockRole role, ProseState& state, Block& block, ParsedNote& note);

}  // namespace notegraph::detail
