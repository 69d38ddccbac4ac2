#include "record.hpp"

#include <xxhash.h>

#include <cstring>

#include "notegraph/model/binary.hpp"

namespace notegraph::detail {
namespace {

constexpr char kMetaLayout = 1;
constexpr char kProseLayout = 1;

void put_int(std::string& out, std::int64_t v) {
  put_varint(out, (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
}

bool get_int(std::string_view& in, std::int64_t& v) {
  std::uint64_t z = 0;
  if (!get_varint(in, z)) return false;
  v = static_cast<std::int64_t>((z >> 1) ^ (~(z & 1) + 1));
  return true;
}

bool get_int(std::string_view& in, int& v) {
  std::int64_t x = 0;
  if (!get_int(in, x)) return false;
  v = static_cast<int>(x);
  return true;
}

void put_opt(std::string& out, const std::optional<int>& v) { put_varint(out, v ? static_cast<std::uint64_t>(*v) + 1 : 0); }

bool get_opt(std::string_view& in, std::optional<int>& v) {
  std::uint64_t x = 0;
  if (!get_varint(in, x)) return false;
  v = x ? std::optional<int>(static_cast<int>(x - 1)) : std::nullopt;
  return true;
}

bool get_size(std::string_view& in, std::size_t& v) {
  std::uint64_t x = 0;
  if (!get_varint(in, x)) return false;
  v = static_cast<std::size_t>(x);
  return true;
}

template <typename T, typename F>
bool get_list(std::string_view& in, std::vector<T>& out, F read) {
  std::uint64_t n = 0;
  if (!get_count(in, n)) return false;
  out.resize(n);
  for (auto& item : out)
    if (!read(item)) return false;
  return true;
}

void put_diagnostic(std::string& out, const Diagnostic& d) {
  put_string(out, d.path);
  put_int(out, d.line);
  put_string(out, d.message);
}

bool get_diagnostic(std::string_view& in, Diagnostic& d) {
  return get_string(in, d.path) && get_int(in, d.line) && get_string(in, d.message);
}

}  // namespace

void encode_meta(const ParsedNote& n, std::string& out) {
  out.push_back(kMetaLayout);
  put_string(out, n.path);
  put_string(out, n.title);
  put_strings(out, n.aliases);
  put_string(out, n.entity_type);
  put_string(out, n.video_id);
  put_varint(out, n.properties.size());
  for (const auto& p : n.properties) {
    put_string(out, p.key);
    encode_value(p.value, out);
  }
  put_varint(out, n.links.size());
  for (const LinkRef& l : n.links) {
    put_varint(out, static_cast<std::uint64_t>(l.form));
    put_string(out, l.target);
    put_string(out, l.anchor);
    put_string(out, l.alias);
    out.push_back(l.embed ? 1 : 0);
    put_string(out, l.relation);
    put_int(out, l.line);
    put_strings(out, l.heading_path);
    put_opt(out, l.second);
  }
  put_varint(out, n.urls.size());
  for (const UrlRef& u : n.urls) {
    put_string(out, u.url);
    put_string(out, u.video_id);
    put_opt(out, u.url_second);
    put_int(out, u.line);
    put_strings(out, u.heading_path);
    put_opt(out, u.second);
  }
  put_varint(out, n.tags.size());
  for (const TagRef& t : n.tags) {
    put_string(out, t.tag);
    put_int(out, t.line);
  }
  put_varint(out, n.diagnostics.size());
  for (const auto& d : n.diagnostics) put_diagnostic(out, d);
}

bool decode_meta(std::string_view in, ParsedNote& n) {
  if (in.empty() || in.front() != kMetaLayout) return false;
  in.remove_prefix(1);
  if (!get_string(in, n.path) || !get_string(in, n.title) || !get_strings(in, n.aliases) ||
      !get_string(in, n.entity_type) || !get_string(in, n.video_id))
    return false;
  if (!get_list(in, n.properties, [&](Property& p) {
        if (!get_string(in, p.key) || in.empty()) return false;
        p.value = decode_value(in);
        return true;
      }))
    return false;
  if (!get_list(in, n.links, [&](LinkRef& l) {
        std::uint64_t form = 0;
        if (!get_varint(in, form) || form > static_cast<std::uint64_t>(LinkForm::dataview)) return false;
        l.form = static_cast<LinkForm>(form);
        if (!get_string(in, l.target) || !get_string(in, l.anchor) || !get_string(in, l.alias) ||
            in.empty())
          return false;
        l.embed = in.front() != 0;
        in.remove_prefix(1);
        return get_string(in, l.relation) && get_int(in, l.line) && get_strings(in, l.heading_path) &&
               get_opt(in, l.second);
      }))
    return false;
  if (!get_list(in, n.urls, [&](UrlRef& u) {
        return get_string(in, u.url) && get_string(in, u.video_id) && get_opt(in, u.url_second) &&
               get_int(in, u.line) && get_strings(in, u.heading_path) && get_opt(in, u.second);
      }))
    return false;
  if (!get_list(in, n.tags, [&](TagRef& t) { return get_string(in, t.tag) && get_int(in, t.line); }))
    return false;
  if (!get_list(in, n.diagnostics, [&](Diagnostic& d) { return get_diagnostic(in, d); })) return false;
  return in.empty();
}

void encode_prose(const std::vector<Block>& blocks, std::string& out) {
  out.push_back(kProseLayout);
  put_varint(out, blocks.size());
  for (const Block& b : blocks) {
    put_string(out, b.text);
    put_int(out, b.line);
    put_varint(out, b.line_starts.size());
    for (auto s : b.line_starts) put_varint(out, s);
    put_strings(out, b.heading_path);
    put_varint(out, b.links.size());
    for (const auto& l : b.links) {
      put_varint(out, l.begin);
      put_varint(out, l.end);
    }
    put_varint(out, b.anchors.size());
    for (const auto& a : b.anchors) {
      put_varint(out, a.offset);
      put_int(out, a.second);
    }
  }
}

bool decode_prose(std::string_view in, std::vector<Block>& blocks) {
  if (in.empty() || in.front() != kProseLayout) return false;
  in.remove_prefix(1);
  if (!get_list(in, blocks, [&](Block& b) {
        return get_string(in, b.text) && get_int(in, b.line) &&
               get_list(in, b.line_starts, [&](std::size_t& s) { return get_size(in, s); }) &&
               get_strings(in, b.heading_path) &&
               get_list(in, b.links, [&](Span& s) { return get_size(in, s.begin) && get_size(in, s.end); }) &&
               get_list(in, b.anchors, [&](Anchor& a) { return get_size(in, a.offset) && get_int(in, a.second); });
      }))
    return false;
  return in.empty();
}

void encode_spans(const std::vector<EntitySpan>& spans, std::string& out) {
  put_varint(out, spans.size());
  for (const EntitySpan& s : spans) {
    put_varint(out, s.block);
    put_varint(out, s.begin);
    put_varint(out, s.end);
    put_string(out, s.type);
    put_string(out, s.name);
    put_string(out, s.note);
    put_string(out, s.same_as);
    put_strings(out, s.aliases);
    put_varint(out, static_cast<std::uint64_t>(s.source));
  }
}

bool decode_spans(std::string_view in, std::vector<EntitySpan>& spans) {
  if (!get_list(in, spans, [&](EntitySpan& s) {
        std::uint64_t source = 0;
        if (!get_size(in, s.block) || !get_size(in, s.begin) || !get_size(in, s.end) ||
            !get_string(in, s.type) || !get_string(in, s.name) || !get_string(in, s.note) ||
            !get_string(in, s.same_as) || !get_strings(in, s.aliases) || !get_varint(in, source) ||
            source >= kExtractorNames.size())
          return false;
        s.source = static_cast<ExtractorKind>(source);
        return true;
      }))
    return false;
  return in.empty();
}

void encode_diagnostics(const std::vector<Diagnostic>& diagnostics, std::string& out) {
  put_varint(out, diagnostics.size());
  for (const auto& d : diagnostics) put_diagnostic(out, d);
}

bool decode_diagnostics(std::string_view in, std::vector<Diagnostic>& diagnostics) {
  return get_list(in, diagnostics, [&](Diagnostic& d) { return get_diagnostic(in, d); }) && in.empty();
}

std::string seal(std::string_view payload) {
  const std::uint64_t sum = XXH3_64bits(payload.data(), payload.size());
  std::string out(sizeof sum, '\0');
  std::memcpy(out.data(), &sum, sizeof sum);
  out.append(payload);
  return out;
}

std::optional<std::string_view> unseal(std::string_view sealed) {
  std::uint64_t sum = 0;
  if (sealed.size() < sizeof sum) return std::nullopt;
  std::memcpy(&sum, sealed.data(), sizeof sum);
  sealed.remove_prefix(sizeof sum);
  if (XXH3_64bits(sealed.data(), sealed.size()) != sum) return std::nullopt;
  return sealed;
}

std::uint64_t hash64(std::string_view bytes) { return XXH3_64bits(bytes.data(), bytes.size()); }

}  // namespace notegraph::detail
