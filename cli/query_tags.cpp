// notegraph query tags: the tag tree, each tag with how many notes carry it or a child.
#include <memory>

#include "notegraph/query/lookup.hpp"
#include "notegraph/query/note_list.hpp"
#include "query_common.hpp"

namespace notegraph::cli {
namespace {

struct TagsArgs {};

ExitCode run_tags(const TagsArgs&, const OutputOptions& out, const GlobalOptions& g) {
  Session s(g);
  const KnowledgeGraph& kg = s.graph();
  Report r;
  r.drawing = Drawing::induced;
  r.table.columns = {{"TAG"}, {"NOTES", Align::right}, {"DIRECT", Align::right}};
  rapidjson::Value tags(rapidjson::kArrayType);
  for (const TagCount& t : tag_tree(kg)) {
    rapidjson::Value item(rapidjson::kObjectType);
    item.AddMember("id", r.str("tag:" + t.tag), r.alloc());
    item.AddMember("tag", r.str(t.tag), r.alloc());
    item.AddMember("depth", t.depth, r.alloc());
    item.AddMember("notes", static_cast<uint64_t>(t.notes), r.alloc());
    item.AddMember("direct", static_cast<uint64_t>(t.direct), r.alloc());
    tags.PushBack(item, r.alloc());
    const std::string name = t.tag.substr(t.tag.rfind('/') + 1);
    r.table.add_row({std::string(2 * static_cast<std::size_t>(t.depth), ' ') + "#" + name,
                     std::to_string(t.notes), std::to_string(t.direct)});
    const Lookup found = lookup_node(kg, "tag:" + t.tag);
    if (found.outcome == LookupOutcome::found) r.nodes.push_back(found.vertex);
  }
  rapidjson::Value rows;
  rows.CopyFrom(tags, r.alloc());
  r.rows = std::move(rows);
  r.put("tags", std::move(tags));
  return s.finish(r, out);
}

}  // namespace

void setup_query_tags(CLI::App* query, RunState& state) {
  const GlobalOptions& global = state.global;
  auto a = std::make_shared<TagsArgs>();
  auto o = std::make_shared<OutputOptions>();
  auto* sub = subcommand(query, "tags",
                         "The tag tree: every tag and parent tag, with the notes that carry it "
                         "or a child tag (NOTES) and it exactly (DIRECT)",
                         "notegraph query tags --format json | jq '.tags[] | select(.depth == 0)'");
  add_format(sub, *o);
  sub->callback([a, o, &state, &global] { state.exit = run_tags(*a, *o, global); });
}

}  // namespace notegraph::cli
