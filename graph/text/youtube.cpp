#include "notegraph/text/youtube.hpp"

namespace notegraph::text {

void append_youtube_url(std::string& out, std::string_view video_id, std::optional<int> second) {
  out += "https://www.youtube.com/watch?v=";
  out += video_id;
  if (second) {
    out += "&t=";
    out += std::to_string(*second);
    out += 's';
  }
}

std::string youtube_url(std::string_view video_id, std::optional<int> second) {
  std::string out;
  append_youtube_url(out, video_id, second);
  return out;
}

}  // namespace notegraph::text
