#pragma once
// What a `query` subcommand hands to the output stage: the JSON document, the rows that
// jsonl and the table show, and the nodes and edges that dot and graphml draw. Only
// cli/ builds these; graph/query returns plain values.

#include <rapidjson/document.h>

#include <array>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "notegraph/model/graph.hpp"
#include "table.hpp"

namespace notegraph::cli {

enum class QueryFormat { table, json, jsonl, dot, graphml };

inline constexpr std::array<std::pair<QueryFormat, std::string_view>, 5> kQueryFormatNames{{
    {QueryFormat::table, "table"},
    {QueryFormat::json, "json"},
    {QueryFormat::jsonl, "jsonl"},
    {QueryFormat::dot, "dot"},
    {QueryFormat::graphml, "graphml"},
}};

/// How the dot and graphml outputs pick their graph.
enum class Drawing {
  shown_edges,  ///< the nodes and exactly the edges the answer shows
  induced,      ///< the nodes and every edge between them (answers that list nodes only)
};

struct Report {
  rapidjson::Document json;   ///< the --format json document (an object)
  rapidjson::Value rows;      ///< --format jsonl: one object per line (doc's allocator)
  Table table;                ///< --format table
  std::vector<NodeId> nodes;  ///< --format dot/graphml
  std::vector<EdgeId> edges;
  Drawing drawing = Drawing::shown_edges;
  Colour colour = Colour::off;  ///< --format table: colour the kind columns

  Report();
  rapidjson::Document::AllocatorType& alloc() { return json.GetAllocator(); }

  /// Returns a JSON string value (copied).
  rapidjson::Value str(std::string_view s);
  /// Adds `value` under `key` to the top-level object.
  void put(std::string_view key, rapidjson::Value value);
};

/// Returns {"id", "kind", "label"} for a node; callers add their own fields.
rapidjson::Value node_json(Report& report, const NodeView& node);

/// Returns {"source", "target", "kind", "relation", "count", "lines", "seconds"} (and
/// "weight" for cooccurs edges) for an edge.
rapidjson::Value edge_json(Report& report, const KnowledgeGraph& graph, EdgeId edge);

/// Returns a JSON array of the strings / numbers.
rapidjson::Value string_array(Report& report, const std::vector<std::string>& items);

/// Returns a JSON array of the strings.
rapidjson::Value string_array(Report& report, const std::vector<std::string_view>& items);
rapidjson::Value int_array(Report& report, const std::vector<int>& items);

/// Returns the items joined by `separator` (for table cells).
std::string join(const std::vector<std::string>& items, std::string_view separator);
std::string join(const std::vector<int>& items, std::string_view separator);

/// Returns a video second as a clock: 74 → "1:14", 3674 → "1:01:14".
std::string clock(int second);

/// Writes the report in `format` to `out`; `graph` is the vault graph (dot/graphml
/// write the answer's subgraph with the exporters).
void write_report(Report& report, const KnowledgeGraph& graph, QueryFormat format,
                  std::ostream& out);

}  // namespace notegraph::cli
