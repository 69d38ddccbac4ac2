#pragma once
// The one builder of YouTube watch URLs (graph nodes, query answers and RDF clips alike).

#include <optional>
#include <string>
#include <string_view>

namespace notegraph::text {

/// Appends `https://www.youtube.com/watch?v=ID` to `out`, with `&t=Ns` when a second is
/// given; `video_id` goes in as it is (RDF passes it percent-encoded).
void append_youtube_url(std::string& out, std::string_view video_id, std::optional<int> second);

/// Returns the watch URL append_youtube_url writes.
std::string youtube_url(std::string_view video_id, std::optional<int> second);

}  // namespace notegraph::text
