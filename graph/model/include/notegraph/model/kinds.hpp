#pragma once
// The closed sets of the typed graph (SPEC section 3) and their one name table each.
// The CLI (CLI::CheckedTransformer) and every exporter use these tables; nothing
// else spells a kind as a string.

#include <array>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace notegraph {

enum class NodeKind { note, missing, attachment, tag, url, video, entity };
enum class EdgeKind { link, tag, broader, url, source, mention, cooccurs };

/// Built-in entity types (SPEC 4). Gazetteers may add other type names; those are
/// kept as strings on the node and map to EntityType::other here.
enum class EntityType { person, place, organization, event, date, other };

inline constexpr std::array<std::pair<NodeKind, std::string_view>, 7> kNodeKindNames{{
    {NodeKind::note, "note"},
    {NodeKind::missing, "missing"},
    {NodeKind::attachment, "attachment"},
    {NodeKind::tag, "tag"},
    {NodeKind::url, "url"},
    {NodeKind::video, "video"},
    {NodeKind::entity, "entity"},
}};

inline constexpr std::array<std::pair<EdgeKind, std::string_view>, 7> kEdgeKindNames{{
    {EdgeKind::link, "link"},
    {EdgeKind::tag, "tag"},
    {EdgeKind::broader, "broader"},
    {EdgeKind::url, "url"},
    {EdgeKind::source, "source"},
    {EdgeKind::mention, "mention"},
    {EdgeKind::cooccurs, "cooccurs"},
}};

inline constexpr std::array<std::pair<EntityType, std::string_view>, 6> kEntityTypeNames{{
    {EntityType::person, "person"},
    {EntityType::place, "place"},
    {EntityType::organization, "organization"},
    {EntityType::event, "event"},
    {EntityType::date, "date"},
    {EntityType::other, "other"},
}};

/// Returns the name of a kind as used in ids, CLI options and exports.
template <typename Enum, std::size_t N>
constexpr std::string_view name_of(const std::array<std::pair<Enum, std::string_view>, N>& table,
                                   Enum value) {
  for (const auto& [v, n] : table)
    if (v == value) return n;
  return {};
}

/// Returns the kind with that exact (lowercase) name, or nullopt when there is none.
template <typename Enum, std::size_t N>
constexpr std::optional<Enum> parse_name(
    const std::array<std::pair<Enum, std::string_view>, N>& table, std::string_view name) {
  for (const auto& [v, n] : table)
    if (n == name) return v;
  return std::nullopt;
}

/// Returns the table as a name → value map, the form CLI::CheckedTransformer takes.
template <typename Enum, std::size_t N>
std::map<std::string, Enum> name_map(
    const std::array<std::pair<Enum, std::string_view>, N>& table) {
  std::map<std::string, Enum> out;
  for (const auto& [v, n] : table) out.emplace(std::string(n), v);
  return out;
}

inline constexpr std::string_view to_string(NodeKind k) { return name_of(kNodeKindNames, k); }
inline constexpr std::string_view to_string(EdgeKind k) { return name_of(kEdgeKindNames, k); }
inline constexpr std::string_view to_string(EntityType k) { return name_of(kEntityTypeNames, k); }

/// Prints the kind's name (for diagnostics and test failure messages).
inline std::ostream& operator<<(std::ostream& os, NodeKind k) { return os << to_string(k); }
inline std::ostream& operator<<(std::ostream& os, EdgeKind k) { return os << to_string(k); }
inline std::ostream& operator<<(std::ostream& os, EntityType k) { return os << to_string(k); }

/// Returns the built-in entity type of a type name, or EntityType::other for any other name.
inline EntityType entity_type_of(std::string_view name) {
  return parse_name(kEntityTypeNames, name).value_or(EntityType::other);
}

}  // namespace notegraph
