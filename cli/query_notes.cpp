// notegraph query notes: the notes that pass filters (tags with their child tags,
// folders, front matter, links, mentions, orphans), sorted, like zk's `list`.
#include <memory>

#include "notegraph/query/note_list.hpp"
#include "query_common.hpp"

namespace notegraph::cli {
namespace {

struct NotesArgs {
  std::vector<std::string> tags, folders, properties;
  std::vector<std::string> links_to, linked_from, mentions;
  bool orphan = false;
  NoteSort sort = NoteSort::title;
  bool reverse = false;
  std::size_t limit = 0;
};

ExitCode run_notes(const NotesArgs& a, const OutputOptions& out, const GlobalOptions& g) {
  NoteFilter f;
  f.tags = a.tags;
  f.folders = a.folders;
  for (const auto& p : a.properties) {
    const auto eq = p.find('=');
    if (eq == std::string::npos || eq == 0)
      throw CliError(ExitCode::usage, "--property \"" + p + "\": give it as key=value");
    f.properties.emplace_back(p.substr(0, eq), p.substr(eq + 1));
  }
  Session s(g);
  const KnowledgeGraph& kg = s.graph();
  for (const auto& n : a.links_to) f.links_to.push_back(resolve_node(kg, n));
  for (const auto& n : a.linked_from) f.linked_from.push_back(resolve_node(kg, n));
  for (const auto& n : a.mentions) f.mentions.push_back(resolve_node(kg, n));
  f.orphans = a.orphan ? OrphanFilter::only : OrphanFilter::any;
  f.sort = a.sort;
  f.order = a.reverse ? SortOrder::reversed : SortOrder::natural;
  std::vector<NoteRow> rows = list_notes(kg, f);
  if (a.limit != 0 && rows.size() > a.limit) rows.resize(a.limit);

  Report r;
  r.drawing = Drawing::induced;
  r.table.columns = {{"TITLE"}, {"PATH"}, {"IN", Align::right}, {"OUT", Align::right}, {"TAGS"}};
  rapidjson::Value nodes(rapidjson::kArrayType);
  for (const NoteRow& row : rows) {
    const NodeView n = kg.node(row.note);
    std::vector<std::string> tags;
    for (std::string_view t : n.tags()) tags.emplace_back(t);
    rapidjson::Value item = node_json(r, n);
    item.AddMember("path", r.str(n.path()), r.alloc());
    item.AddMember("tags", string_array(r, tags), r.alloc());
    item.AddMember("backlinks", static_cast<uint64_t>(row.backlinks), r.alloc());
    item.AddMember("links", static_cast<uint64_t>(row.links), r.alloc());
    nodes.PushBack(item, r.alloc());
    r.table.add_row({n.label(), n.path(), std::to_string(row.backlinks), std::to_string(row.links),
                     join(tags, " ")});
    r.nodes.push_back(row.note);
  }
  put_nodes_as_rows(r, std::move(nodes));
  return s.finish(r, out);
}

}  // namespace

void setup_query_notes(CLI::App* query, RunState& state) {
  const GlobalOptions& global = state.global;
  auto a = std::make_shared<NotesArgs>();
  auto o = std::make_shared<OutputOptions>();
  auto* sub = subcommand(query, "notes",
                         "Notes that pass every filter given (all notes without one), by title; "
                         "IN and OUT count links from and to other notes",
                         "notegraph query notes --tag travel --folder trips --sort backlinks");
  sub->add_option("--tag,-t", a->tags,
                  "Tagged T or a child tag of T (travel/rail for travel); "
                  "repeatable: every tag")
      ->type_name("T")
      ->default_str("");
  sub->add_option("--folder", a->folders, "Under folder F; repeatable: any folder")
      ->type_name("F")
      ->default_str("");
  sub->add_option("--property,-p", a->properties,
                  "Front matter KEY equals VALUE (case-insensitive; one item of a list "
                  "counts); repeatable: every one")
      ->type_name("KEY=VALUE")
      ->default_str("");
  sub->add_option("--links-to", a->links_to, "Links to NODE (repeatable)")
      ->type_name("NODE")
      ->default_str("");
  sub->add_option("--linked-from", a->linked_from, "Is linked from NODE (repeatable)")
      ->type_name("NODE")
      ->default_str("");
  sub->add_option("--mentions", a->mentions,
                  "Names NODE in its prose: an entity or a note's title (repeatable)")
      ->type_name("NODE")
      ->default_str("");
  sub->add_flag("--orphan", a->orphan, "Only notes with no link in or out (as query orphans)");
  add_enum_option(sub, "--sort,-s", a->sort, kNoteSortNames,
                  "Order: title or path (A to Z), backlinks or links (most first)");
  sub->add_flag("--reverse,-r", a->reverse, "Reverse the order");
  sub->add_option("--limit", a->limit, "List at most N notes (0: all)");
  add_format(sub, *o);
  sub->callback([a, o, &state, &global] { state.exit = run_notes(*a, *o, global); });
}

}  // namespace notegraph::cli
