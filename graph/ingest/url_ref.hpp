#pragma once
// URLs in notes (private to ingest): external-or-relative, percent-decoding, YouTube
// video ids and `t=` seconds, and yt-timestamp clock values.

#include <optional>
#include <string>
#include <string_view>

#include "notegraph/ingest/parsed_note.hpp"

namespace notegraph::detail {

/// True for `scheme://…` and `mailto:` targets: what becomes a url node, not a note link.
bool is_external_url(std::string_view target);

/// Decodes `%XX` escapes; returns `text` unchanged when a decoded byte sequence would
/// not be UTF-8 (a path that was never meant to be decoded).
std::string percent_decode(std::string_view text);

struct YouTubeVideo {
  std::string id;             ///< 11 characters of [A-Za-z0-9_-]
  std::optional<int> second;  ///< the `t=`/`start=` parameter
};

/// Recognizes youtube.com/watch?v=ID, youtu.be/ID, youtube.com/shorts|embed|live/ID
/// (www., m., music. and youtube-nocookie.com too); nullopt for any other URL.
std::optional<YouTubeVideo> parse_youtube_url(std::string_view url);

/// Parses a `t=` value: "90", "90s", "1m30s", "1h2m3s"; nullopt when malformed.
std::optional<int> parse_time_parameter(std::string_view value);

/// Parses a yt-timestamp clock "HH:MM:SS", "MM:SS" or "SS"; nullopt when malformed.
std::optional<int> parse_clock(std::string_view value);

/// Returns a UrlRef for `url` with its YouTube id and own second filled in.
UrlRef make_url_ref(std::string_view url);

}  // namespace notegraph::detail
