#pragma once
// The wikilink grammar, shared by the body scanner and front matter (private to ingest).

#include <optional>
#include <string>
#include <string_view>

#include "notegraph/ingest/parsed_note.hpp"

namespace notegraph::detail {

enum class WikiLinkStyle { link, embed };

/// Parses what stands between `[[` and `]]`; nullopt when it names nothing (`[[]]`,
/// `[[|a]]`). Sets `anchor` to the normalized anchor ("#A#B", "#^id", or empty).
std::optional<WikiLink> parse_wikilink_inner(std::string_view inner, WikiLinkStyle style,
                                             std::string& anchor);

/// Returns the text a reader sees for a link: alias, else target, else the anchor
/// without its '#' (a self-link); an embed's size alias is not display text.
std::string_view wikilink_display(const WikiLink& link, std::string_view anchor);

/// True when an embed's alias slot holds a size ("100" or "100x145").
bool is_embed_size(std::string_view alias);

}  // namespace notegraph::detail
