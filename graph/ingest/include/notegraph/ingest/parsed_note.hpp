#pragma once
// The plain value that note parsing returns (like zk's adapter returning
// core.NoteContent): everything later stages need, with no cmark or YAML types.

#include <optional>
#include <string>
#include <vector>

#include "notegraph/model/value.hpp"  // Property

namespace notegraph {

/// A problem with one file: reported as "path:line: message", never an abort.
struct Diagnostic {
  std::string path;  ///< vault-relative path
  int line = 0;      ///< 1-based; 0 when the problem is not tied to a line
  std::string message;
};

/// The parts of `[[target#h1#h2#^block|alias]]`, as parse_wikilink returns them.
struct WikiLink {
  std::string target;                 ///< trimmed; empty for `[[#H]]` (a self-link)
  std::vector<std::string> headings;  ///< `#a#b` → {"a", "b"}
  std::string block;                  ///< `#^id` → "id"
  std::string alias;                  ///< trimmed; for embeds may be a size such as "100x145"
  bool embed = false;                 ///< written `![[…]]`
  friend bool operator==(const WikiLink&, const WikiLink&) = default;
};

enum class LinkForm { wikilink, markdown, frontmatter, dataview };

/// One link in a note, before resolution.
struct LinkRef {
  LinkForm form = LinkForm::wikilink;
  std::string target;      ///< as written, trimmed and percent-decoded; empty for a self-link
  std::string anchor;      ///< "#H", "#A#B", "#^block", "#page=3"; empty when none
  std::string alias;       ///< alias or Markdown link text; empty when none
  bool embed = false;
  std::string relation;    ///< "from", a Dataview key, a front-matter key; empty when plain
  int line = 0;            ///< 1-based line in the file (front matter included)
  std::vector<std::string> heading_path;  ///< headings it stands under, outermost first
  std::optional<int> second;              ///< cited video second (SPEC 2.1)
};

/// An external URL (http, https, mailto, …) found in prose or front matter.
struct UrlRef {
  std::string url;
  std::string video_id;     ///< YouTube id when the URL is a YouTube video; else empty
  std::optional<int> url_second;  ///< the URL's own `t=` parameter, in seconds
  int line = 0;
  std::vector<std::string> heading_path;
  std::optional<int> second;  ///< cited second from the yt-timestamp rule
};

struct TagRef {
  std::string tag;  ///< as written, without '#' (case kept; the builder lowercases)
  int line = 0;     ///< 0 for front-matter tags
};

/// A yt-timestamp anchor inside a block: its byte offset in Block::text and its second.
struct Anchor {
  std::size_t offset = 0;
  int second = 0;
};

/// A byte range [begin, end) of Block::text.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// One prose block (paragraph, list item's paragraph, heading, table cell row, callout
/// paragraph) as plain text for the extractors. Code, math and comments are absent;
/// link display text is present but covered by `links` so extractors can skip it.
struct Block {
  std::string text;
  int line = 0;                           ///< line of the block's first character
  std::vector<std::size_t> line_starts;   ///< offsets in `text` where lines 2, 3, … begin
  std::vector<std::string> heading_path;  ///< headings it stands under (a heading: its parents)
  std::vector<Span> links;                ///< text that belongs to links
  std::vector<Anchor> anchors;            ///< yt-timestamp anchors, by offset

  /// Returns the 1-based file line of a byte offset in `text`.
  int line_at(std::size_t offset) const;
  /// Returns the cited second for text at `offset` by SPEC 2.1's rule: the first
  /// anchor after it, else the last anchor before it, else nullopt.
  std::optional<int> second_at(std::size_t offset) const;
};

struct ParsedNote {
  std::string path;                      ///< vault-relative, '/'-separated
  std::string title;                     ///< front-matter title, else the file stem
  std::vector<std::string> aliases;      ///< front-matter aliases
  std::string entity_type;               ///< from front matter type/kind/category; else empty
  std::string video_id;                  ///< front matter videoId; else empty
  std::vector<Property> properties;      ///< other front-matter keys
  std::vector<LinkRef> links;            ///< body and front-matter links, in file order
  std::vector<UrlRef> urls;
  std::vector<TagRef> tags;              ///< front-matter tags first, then inline in file order
  std::vector<Block> blocks;             ///< prose, for entity extraction
  std::vector<Diagnostic> diagnostics;
};

/// The names a note can be called by: its path, title (front matter, else the file
/// stem) and aliases. Link resolution (slug titles, --resolve-aliases) and the vault
/// gazetteer read only these, so the index can keep them without the note.
struct NoteNames {
  std::string path;
  std::string title;
  std::vector<std::string> aliases;
  friend bool operator==(const NoteNames&, const NoteNames&) = default;
};

}  // namespace notegraph
