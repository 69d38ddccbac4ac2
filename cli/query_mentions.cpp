// notegraph query mentions: where notes refer to NODE, with a link to each cited video second.
#include <memory>

#include "notegraph/query/notes.hpp"
#include "query_common.hpp"

namespace notegraph::cli {
namespace {

ExitCode run_mentions(const NodeArg& a, const OutputOptions& out, const GlobalOptions& g) {
  Session s(g);
  const KnowledgeGraph& kg = s.graph();
  const NodeId target = resolve_node(kg, a.node);
  const std::vector<Mention> found = mentions(kg, target);

  Report r;
  put_query_node(r, kg.node(target));
  r.table.columns = {{"NOTE"},
                     kEdgeKindColumn,
                     {"LINES"},
                     {"AT", Align::right},
                     {"VIDEO", Align::left, Shrink::last}};
  rapidjson::Value nodes(rapidjson::kArrayType);
  std::vector<EdgeId> edges;
  for (const Mention& m : found) {
    const NodeView note = kg.node(m.note);
    const EdgeView edge = kg.edge(m.edge);
    const std::string video = m.video ? video_id(kg.node(*m.video)) : std::string();
    if (r.nodes.empty() || r.nodes.back() != m.note) {
      nodes.PushBack(node_json(r, note), r.alloc());
      r.nodes.push_back(m.note);
    }
    edges.push_back(m.edge);
    std::vector<std::string> urls;
    if (!video.empty()) {
      if (edge.seconds().empty()) urls.push_back(youtube_url(video, std::nullopt));
      for (int second : edge.seconds()) urls.push_back(youtube_url(video, second));
    }
    rapidjson::Value row(rapidjson::kObjectType);
    row.AddMember("note", r.str(note.id()), r.alloc());
    row.AddMember("label", r.str(note.label()), r.alloc());
    row.AddMember("kind", r.str(to_string(edge.kind())), r.alloc());
    row.AddMember("relation", r.str(edge.relation()), r.alloc());
    row.AddMember("count", edge.count(), r.alloc());
    row.AddMember("lines", int_array(r, edge.lines()), r.alloc());
    row.AddMember("sections", string_array(r, edge.sections()), r.alloc());
    row.AddMember("seconds", int_array(r, edge.seconds()), r.alloc());
    row.AddMember("video", video.empty() ? rapidjson::Value() : r.str(video), r.alloc());
    row.AddMember("urls", string_array(r, urls), r.alloc());
    r.rows.PushBack(row, r.alloc());

    // The table has one line per cited second, so each line's link opens the video there.
    std::string kind(to_string(edge.kind()));
    if (!edge.relation().empty()) {
      kind += ':';
      kind += edge.relation();
    }
    const std::string lines = join(edge.lines(), ",");
    if (edge.seconds().empty())
      r.table.add_row({note.label(), kind, lines, "", urls.empty() ? "" : urls.front()});
    for (std::size_t i = 0; i < edge.seconds().size(); ++i)
      r.table.add_row({note.label(), kind, lines, clock(edge.seconds()[i]), urls[i]});
  }
  r.put("nodes", std::move(nodes));
  put_edges(r, kg, edges);
  rapidjson::Value copy;
  copy.CopyFrom(r.rows, r.alloc());
  r.put("mentions", std::move(copy));
  return s.finish(r, out);
}

}  // namespace

void setup_query_mentions(CLI::App* query, RunState& state) {
  const GlobalOptions& global = state.global;
  auto a = std::make_shared<NodeArg>();
  auto o = std::make_shared<OutputOptions>();
  auto* sub = subcommand(
      query, "mentions",
      "Where notes refer to NODE (links, mentions, tags, URLs, the video a note summarizes): "
      "the note, lines and cited seconds, with a YouTube link at each second when the note "
      "has a video",
      "notegraph query mentions \"Swiss Federal Railways\"");
  sub->add_option("NODE", a->node, "The node referred to")->required();
  add_format(sub, *o);
  sub->callback([a, o, &state, &global] { state.exit = run_mentions(*a, *o, global); });
}

}  // namespace notegraph::cli
