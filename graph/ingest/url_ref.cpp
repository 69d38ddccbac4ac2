// URL helpers: YouTube ids and seconds, percent-decoding, clock values.
#include "url_ref.hpp"

#include <array>
#include <charconv>
#include <vector>

#include "utf8.hpp"

namespace notegraph::detail {

namespace {

using text::ascii_lower;
constexpr auto iequals = text::ascii_iequals;

bool istarts_with(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && iequals(text.substr(0, prefix.size()), prefix);
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = ascii_lower(c);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

bool is_video_id(std::string_view id) {
  if (id.size() != 11) return false;
  for (const char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

// The value of `key` in a `k=v&k=v` list, or nullopt.
std::optional<std::string_view> parameter(std::string_view list, std::string_view key) {
  while (!list.empty()) {
    const auto amp = list.find('&');
    const std::string_view pair = list.substr(0, amp);
    const auto eq = pair.find('=');
    if (eq != std::string_view::npos && pair.substr(0, eq) == key) return pair.substr(eq + 1);
    if (amp == std::string_view::npos) break;
    list.remove_prefix(amp + 1);
  }
  return std::nullopt;
}

// Reads a non-negative decimal number at the front of `text`, advancing it.
std::optional<int> take_number(std::string_view& text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end == text.data() || value < 0) return std::nullopt;
  text.remove_prefix(static_cast<std::size_t>(end - text.data()));
  return value;
}

}  // namespace

bool is_external_url(std::string_view target) {
  if (istarts_with(target, "mailto:")) return true;
  const auto colon = target.find("://");
  if (colon == std::string_view::npos || colon == 0) return false;
  const char first = ascii_lower(target[0]);
  if (first < 'a' || first > 'z') return false;
  for (std::size_t i = 1; i < colon; ++i) {
    const char c = ascii_lower(target[i]);
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
    if (!ok) return false;
  }
  return true;
}

std::string percent_decode(std::string_view text) {
  if (text.find('%') == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      const int high = hex_value(text[i + 1]);
      const int low = hex_value(text[i + 2]);
      if (high >= 0 && low >= 0) {
        out.push_back(static_cast<char>(high * 16 + low));
        i += 2;
        continue;
      }
    }
    out.push_back(text[i]);
  }
  std::vector<Diagnostic> ignored;
  if (repair_utf8(out, "", ignored)) return std::string(text);
  return out;
}

std::optional<int> parse_time_parameter(std::string_view value) {
  if (value.empty()) return std::nullopt;
  int total = 0;
  bool any = false;
  while (!value.empty()) {
    const auto number = take_number(value);
    if (!number) return std::nullopt;
    any = true;
    int unit = 1;
    if (!value.empty()) {
      switch (ascii_lower(value.front())) {
        case 'h': unit = 3600; break;
        case 'm': unit = 60; break;
        case 's': unit = 1; break;
        default: return std::nullopt;
      }
      value.remove_prefix(1);
    } else if (total != 0) {
      return std::nullopt;  // "1m30": a unit must follow every part after the first
    }
    if (*number > 1'000'000) return std::nullopt;
    total += *number * unit;
  }
  if (!any) return std::nullopt;
  return total;
}

std::optional<int> parse_clock(std::string_view value) {
  value = trim(value);
  std::array<int, 3> parts{};
  int count = 0;
  while (true) {
    if (count == 3) return std::nullopt;
    const auto number = take_number(value);
    if (!number || *number > 1'000'000) return std::nullopt;
    parts[static_cast<std::size_t>(count++)] = *number;
    if (value.empty()) break;
    if (value.front() != ':') return std::nullopt;
    value.remove_prefix(1);
  }
  int total = 0;
  for (int k = 0; k < count; ++k) total = total * 60 + parts[static_cast<std::size_t>(k)];
  return total;
}

std::optional<YouTubeVideo> parse_youtube_url(std::string_view url) {
  const auto scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return std::nullopt;
  const std::string_view scheme = url.substr(0, scheme_end);
  if (!iequals(scheme, "http") && !iequals(scheme, "https")) return std::nullopt;
  std::string_view rest = url.substr(scheme_end + 3);
  const auto host_end = rest.find_first_of("/?#");
  std::string_view host = rest.substr(0, host_end);
  rest = host_end == std::string_view::npos ? std::string_view{} : rest.substr(host_end);
  if (const auto port = host.find(':'); port != std::string_view::npos) host = host.substr(0, port);
  for (const std::string_view prefix : {"www.", "m.", "music."}) {
    if (istarts_with(host, prefix)) {
      host.remove_prefix(prefix.size());
      break;
    }
  }
  // Split the rest into path, query and fragment.
  std::string_view fragment;
  if (const auto hash = rest.find('#'); hash != std::string_view::npos) {
    fragment = rest.substr(hash + 1);
    rest = rest.substr(0, hash);
  }
  std::string_view query;
  if (const auto question = rest.find('?'); question != std::string_view::npos) {
    query = rest.substr(question + 1);
    rest = rest.substr(0, question);
  }
  const std::string_view path = rest;

  std::string_view id;
  if (iequals(host, "youtu.be")) {
    id = path.substr(path.empty() ? 0 : 1);
  } else if (iequals(host, "youtube.com") || iequals(host, "youtube-nocookie.com")) {
    if (path == "/watch" || path == "/watch/") {
      id = parameter(query, "v").value_or(std::string_view{});
    } else {
      for (const std::string_view prefix : {"/shorts/", "/embed/", "/live/", "/v/"}) {
        if (path.substr(0, prefix.size()) == prefix) {
          id = path.substr(prefix.size());
          break;
        }
      }
    }
  } else {
    return std::nullopt;
  }
  if (const auto slash = id.find('/'); slash != std::string_view::npos) id = id.substr(0, slash);
  if (!is_video_id(id)) return std::nullopt;

  YouTubeVideo video{std::string(id), std::nullopt};
  for (const auto list : {query, fragment}) {
    for (const std::string_view key : {"t", "start", "time_continue"}) {
      if (video.second) break;
      if (const auto value = parameter(list, key)) video.second = parse_time_parameter(*value);
    }
  }
  return video;
}

UrlRef make_url_ref(std::string_view url) {
  UrlRef ref;
  ref.url = std::string(url);
  if (auto video = parse_youtube_url(url)) {
    ref.video_id = std::move(video->id);
    ref.url_second = video->second;
  }
  return ref;
}

}  // namespace notegraph::detail
