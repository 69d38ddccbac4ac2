#include "notegraph/model/part.hpp"

#include "notegraph/model/binary.hpp"

namespace notegraph {
namespace {

constexpr char kPartLayout = 1;

using detail::get_string;
using detail::get_varint;
using detail::put_string;
using detail::put_varint;
using detail::get_strings;
using detail::put_strings;

void put_ref(std::string& out, const NodeRef& r) {
  put_varint(out, static_cast<std::uint64_t>(r.kind));
  put_string(out, r.key);
}

bool get_ref(std::string_view& in, NodeRef& r) {
  std::uint64_t kind = 0;
  if (!get_varint(in, kind) || kind >= kNodeKindNames.size()) return false;
  r.kind = static_cast<NodeKind>(kind);
  return get_string(in, r.key);
}

}  // namespace

void encode_part(const NotePart& p, std::string& out) {
  out.push_back(kPartLayout);
  put_string(out, p.path);
  put_string(out, p.label);
  put_string(out, p.entity_type);
  put_strings(out, p.tags);
  put_strings(out, p.aliases);
  put_varint(out, p.properties.size());
  for (const auto& prop : p.properties) {
    put_string(out, prop.key);
    encode_value(prop.value, out);
  }
  put_varint(out, p.edges.size());
  for (const PartEdge& e : p.edges) {
    put_ref(out, e.target);
    put_varint(out, static_cast<std::uint64_t>(e.kind));
    put_string(out, e.relation);
    put_string(out, e.name);
    put_string(out, e.entity_type);
    put_strings(out, e.aliases);
    put_string(out, e.same_as);
    put_varint(out, e.occurrences.size());
    for (const PartOccurrence& o : e.occurrences) {
      put_varint(out, static_cast<std::uint64_t>(o.line > 0 ? o.line : 0));
      put_string(out, o.section);
      put_varint(out, o.second ? static_cast<std::uint64_t>(*o.second) + 1 : 0);
      put_string(out, o.alias);
      put_string(out, o.anchor);
      put_string(out, o.size);
      out.push_back(o.embed ? 1 : 0);
    }
  }
  put_varint(out, p.cooccurs.size());
  for (const auto& [a, b] : p.cooccurs) {
    put_ref(out, a);
    put_ref(out, b);
  }
}

std::optional<NotePart> decode_part(std::string_view in) {
  if (in.empty() || in.front() != kPartLayout) return std::nullopt;
  in.remove_prefix(1);
  NotePart p;
  std::uint64_t n = 0;
  if (!get_string(in, p.path) || !get_string(in, p.label) || !get_string(in, p.entity_type) ||
      !get_strings(in, p.tags) || !get_strings(in, p.aliases) || !get_varint(in, n) || n > in.size())
    return std::nullopt;
  p.properties.resize(n);
  for (auto& prop : p.properties) {
    if (!get_string(in, prop.key) || in.empty()) return std::nullopt;
    prop.value = decode_value(in);
  }
  if (!get_varint(in, n) || n > in.size()) return std::nullopt;
  p.edges.resize(n);
  for (PartEdge& e : p.edges) {
    std::uint64_t kind = 0, count = 0;
    if (!get_ref(in, e.target) || !get_varint(in, kind) || kind >= kEdgeKindNames.size() ||
        !get_string(in, e.relation) || !get_string(in, e.name) || !get_string(in, e.entity_type) ||
        !get_strings(in, e.aliases) || !get_string(in, e.same_as) || !get_varint(in, count) ||
        count > in.size())
      return std::nullopt;
    e.kind = static_cast<EdgeKind>(kind);
    e.occurrences.resize(count);
    for (PartOccurrence& o : e.occurrences) {
      std::uint64_t line = 0, second = 0;
      if (!get_varint(in, line) || !get_string(in, o.section) || !get_varint(in, second) ||
          !get_string(in, o.alias) || !get_string(in, o.anchor) || !get_string(in, o.size) ||
          in.empty())
        return std::nullopt;
      o.line = static_cast<int>(line);
      if (second) o.second = static_cast<int>(second - 1);
      o.embed = in.front() != 0;
      in.remove_prefix(1);
    }
  }
  if (!get_varint(in, n) || n > in.size()) return std::nullopt;
  p.cooccurs.resize(n);
  for (auto& [a, b] : p.cooccurs)
    if (!get_ref(in, a) || !get_ref(in, b)) return std::nullopt;
  if (!in.empty()) return std::nullopt;
  return p;
}

}  // namespace notegraph
