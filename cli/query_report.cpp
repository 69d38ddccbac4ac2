#include "query_report.hpp"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cstdio>

#include "notegraph/exporters/dot.hpp"
#include "notegraph/exporters/graphml.hpp"
#include "notegraph/query/subgraph.hpp"

namespace notegraph::cli {

Report::Report() : rows(rapidjson::kArrayType) { json.SetObject(); }

rapidjson::Value Report::str(std::string_view s) {
  return rapidjson::Value(s.data(), static_cast<rapidjson::SizeType>(s.size()), alloc());
}

void Report::put(std::string_view key, rapidjson::Value value) {
  json.AddMember(str(key), value, alloc());
}

rapidjson::Value node_json(Report& r, const Node& node) {
  rapidjson::Value v(rapidjson::kObjectType);
  v.AddMember("id", r.str(node.id), r.alloc());
  v.AddMember("kind", r.str(to_string(node.kind)), r.alloc());
  v.AddMember("label", r.str(node.label), r.alloc());
  return v;
}

rapidjson::Value string_array(Report& r, const std::vector<std::string>& items) {
  rapidjson::Value v(rapidjson::kArrayType);
  for (const auto& s : items) v.PushBack(r.str(s), r.alloc());
  return v;
}

rapidjson::Value int_array(Report& r, const std::vector<int>& items) {
  rapidjson::Value v(rapidjson::kArrayType);
  for (int i : items) v.PushBack(i, r.alloc());
  return v;
}

rapidjson::Value edge_json(Report& r, const KnowledgeGraph& kg, EdgeRef e) {
  const Graph& g = kg.graph();
  const Edge& edge = g[e];
  rapidjson::Value v(rapidjson::kObjectType);
  v.AddMember("source", r.str(g[boost::source(e, g)].id), r.alloc());
  v.AddMember("target", r.str(g[boost::target(e, g)].id), r.alloc());
  v.AddMember("kind", r.str(to_string(edge.kind)), r.alloc());
  v.AddMember("relation", r.str(edge.relation), r.alloc());
  v.AddMember("count", edge.count, r.alloc());
  v.AddMember("lines", int_array(r, edge.lines), r.alloc());
  v.AddMember("seconds", int_array(r, edge.seconds), r.alloc());
  if (edge.kind == EdgeKind::cooccurs) v.AddMember("weight", edge.weight, r.alloc());
  return v;
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const auto& s : items) {
    if (!out.empty()) out += separator;
    out += s;
  }
  return out;
}

std::string join(const std::vector<int>& items, std::string_view separator) {
  std::vector<std::string> text;
  for (int i : items) text.push_back(std::to_string(i));
  return join(text, separator);
}

std::string clock(int second) {
  char buffer[32];
  if (second >= 3600)
    std::snprintf(buffer, sizeof buffer, "%d:%02d:%02d", second / 3600, second / 60 % 60, second % 60);
  else
    std::snprintf(buffer, sizeof buffer, "%d:%02d", second / 60, second % 60);
  return buffer;
}

namespace {

void write_compact(const rapidjson::Value& value, std::ostream& out) {
  rapidjson::OStreamWrapper stream(out);
  rapidjson::Writer<rapidjson::OStreamWrapper> writer(stream);
  value.Accept(writer);
}

/// Pretty JSON that keeps lists of numbers and strings on one line ("lines": [3, 9]),
/// which RapidJSON's PrettyWriter cannot do for some arrays and not others.
void write_pretty(const rapidjson::Value& value, std::ostream& out, int indent) {
  const std::string inner(static_cast<std::size_t>(indent + 2), ' ');
  if (value.IsObject() && value.MemberCount() > 0) {
    out << "{\n";
    bool first = true;
    for (const auto& member : value.GetObject()) {
      out << (first ? "" : ",\n") << inner;
      first = false;
      write_compact(member.name, out);
      out << ": ";
      write_pretty(member.value, out, indent + 2);
    }
    out << '\n' << std::string(static_cast<std::size_t>(indent), ' ') << '}';
  } else if (value.IsArray() && value.Size() > 0) {
    const bool flat = std::none_of(value.Begin(), value.End(), [](const rapidjson::Value& v) {
      return v.IsObject() || v.IsArray();
    });
    if (flat) {
      out << '[';
      for (rapidjson::SizeType i = 0; i < value.Size(); ++i) {
        if (i > 0) out << ", ";
        write_compact(value[i], out);
      }
      out << ']';
      return;
    }
    out << "[\n";
    for (rapidjson::SizeType i = 0; i < value.Size(); ++i) {
      out << (i > 0 ? ",\n" : "") << inner;
      write_pretty(value[i], out, indent + 2);
    }
    out << '\n' << std::string(static_cast<std::size_t>(indent), ' ') << ']';
  } else {
    write_compact(value, out);
  }
}

}  // namespace

void write_report(Report& report, const KnowledgeGraph& graph, QueryFormat format,
                  std::ostream& out) {
  switch (format) {
    case QueryFormat::table:
      if (report.table.rows.empty()) {
        out << "(none)\n";
      } else {
        write_table(report.table, out, output_width());
      }
      break;
    case QueryFormat::json:
      write_pretty(report.json, out, 0);
      out << '\n';
      break;
    case QueryFormat::jsonl:
      for (const auto& row : report.rows.GetArray()) {
        rapidjson::OStreamWrapper stream(out);
        rapidjson::Writer<rapidjson::OStreamWrapper> writer(stream);
        row.Accept(writer);
        out << '\n';
      }
      break;
    case QueryFormat::dot:
    case QueryFormat::graphml: {
      const KnowledgeGraph sub = report.drawing == Drawing::induced
                                     ? induced_subgraph(graph, report.nodes)
                                     : edge_subgraph(graph, report.nodes, report.edges);
      if (format == QueryFormat::dot)
        write_dot(sub, out, ExportOptions{});
      else
        write_graphml(sub, out, ExportOptions{});
      break;
    }
  }
}

}  // namespace notegraph::cli
