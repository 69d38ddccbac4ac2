#include "query_report.hpp"

#include <rapidjson/stringbuffer.h>
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

rapidjson::Value node_json(Report& r, const NodeView& node) {
  rapidjson::Value v(rapidjson::kObjectType);
  v.AddMember("id", r.str(node.id()), r.alloc());
  v.AddMember("kind", r.str(to_string(node.kind())), r.alloc());
  v.AddMember("label", r.str(node.label()), r.alloc());
  return v;
}

rapidjson::Value string_array(Report& r, const std::vector<std::string>& items) {
  rapidjson::Value v(rapidjson::kArrayType);
  for (const auto& s : items) v.PushBack(r.str(s), r.alloc());
  return v;
}

rapidjson::Value string_array(Report& r, const std::vector<std::string_view>& items) {
  rapidjson::Value v(rapidjson::kArrayType);
  for (const auto& s : items) v.PushBack(r.str(s), r.alloc());
  return v;
}

rapidjson::Value int_array(Report& r, const std::vector<int>& items) {
  rapidjson::Value v(rapidjson::kArrayType);
  for (int i : items) v.PushBack(i, r.alloc());
  return v;
}

rapidjson::Value edge_json(Report& r, const KnowledgeGraph& kg, EdgeId e) {
  const EdgeView edge = kg.edge(e);
  rapidjson::Value v(rapidjson::kObjectType);
  v.AddMember("source", r.str(kg.node(kg.edge(e).source()).id()), r.alloc());
  v.AddMember("target", r.str(kg.node(kg.edge(e).target()).id()), r.alloc());
  v.AddMember("kind", r.str(to_string(edge.kind())), r.alloc());
  v.AddMember("relation", r.str(edge.relation()), r.alloc());
  v.AddMember("count", edge.count(), r.alloc());
  v.AddMember("lines", int_array(r, edge.lines()), r.alloc());
  v.AddMember("seconds", int_array(r, edge.seconds()), r.alloc());
  if (edge.kind() == EdgeKind::cooccurs) v.AddMember("weight", edge.weight(), r.alloc());
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
    std::snprintf(buffer, sizeof buffer, "%d:%02d:%02d", second / 3600, second / 60 % 60,
                  second % 60);
  else
    std::snprintf(buffer, sizeof buffer, "%d:%02d", second / 60, second % 60);
  return buffer;
}

namespace {

/// Appends `value` as compact JSON.
void append_compact(const rapidjson::Value& value, std::string& text) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  text.append(buffer.GetString(), buffer.GetSize());
}

/// Appends pretty JSON that keeps lists of numbers and strings on one line
/// ("lines": [3, 9]), which RapidJSON's PrettyWriter cannot do for some arrays only.
void append_pretty(const rapidjson::Value& value, std::string& text, int indent) {
  const std::string inner(static_cast<std::size_t>(indent + 2), ' ');
  if (value.IsObject() && value.MemberCount() > 0) {
    text += "{\n";
    bool first = true;
    for (const auto& member : value.GetObject()) {
      text += first ? "" : ",\n";
      text += inner;
      first = false;
      append_compact(member.name, text);
      text += ": ";
      append_pretty(member.value, text, indent + 2);
    }
    text += '\n' + std::string(static_cast<std::size_t>(indent), ' ') + '}';
  } else if (value.IsArray() && value.Size() > 0) {
    const bool flat = std::none_of(value.Begin(), value.End(), [](const rapidjson::Value& v) {
      return v.IsObject() || v.IsArray();
    });
    if (flat) {
      text += '[';
      for (rapidjson::SizeType i = 0; i < value.Size(); ++i) {
        if (i > 0) text += ", ";
        append_compact(value[i], text);
      }
      text += ']';
      return;
    }
    text += "[\n";
    for (rapidjson::SizeType i = 0; i < value.Size(); ++i) {
      text += i > 0 ? ",\n" : "";
      text += inner;
      append_pretty(value[i], text, indent + 2);
    }
    text += '\n' + std::string(static_cast<std::size_t>(indent), ' ') + ']';
  } else {
    append_compact(value, text);
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
        write_table(report.table, out, output_width(), report.colour);
      }
      break;
    case QueryFormat::json: {
      std::string text;
      append_pretty(report.json, text, 0);
      text += '\n';
      out.write(text.data(), static_cast<std::streamsize>(text.size()));
      break;
    }
    case QueryFormat::jsonl: {
      std::string text;
      for (const auto& row : report.rows.GetArray()) {
        append_compact(row, text);
        text += '\n';
      }
      out.write(text.data(), static_cast<std::streamsize>(text.size()));
      break;
    }
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
