// load_vault: open the vault's index (or one in memory), bring it up to date, return
// the graph; and build_graph, the same stages over hand-made notes in memory.
#include "notegraph/pipeline/load.hpp"

#include <algorithm>
#include <chrono>
#include <set>

#include "index_store.hpp"
#include "note_part.hpp"
#include "notegraph/extract/gazetteer.hpp"
#include "notegraph/model/builder.hpp"
#include "update.hpp"

namespace notegraph {

void sort_diagnostics(std::vector<Diagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.path, a.line) < std::tie(b.path, b.line);
  });
}

LoadResult load_vault(const LoadOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  std::vector<Diagnostic> warnings;
  auto in_memory = [&] {
    auto store = detail::IndexStore::in_memory();
    if (!store) throw std::runtime_error("cannot open an in-memory database");
    return detail::update_index(options, *store, false);
  };
  LoadResult result;
  if (options.cache == CacheMode::off) {
    result = in_memory();
  } else {
    std::string error;
    const auto dir = options.cache_dir.empty() ? detail::default_cache_dir() : options.cache_dir;
    auto store = detail::IndexStore::open(dir, options.scan.root, error);
    if (store && !error.empty()) warnings.push_back({"", 0, error});
    if (!store) {
      warnings.push_back({"", 0, "cannot use the index (" + error + "); working in memory"});
      result = in_memory();
    } else {
      try {
        try {
          result = detail::update_index(options, *store, true);
        } catch (const detail::IndexChanged&) {
          result = detail::update_index(options, *store, true);  // once more, on the newer index
        }
      } catch (const detail::IndexLocked&) {
        warnings.push_back({"", 0, "the index is locked by another notegraph; working in memory"});
        result = in_memory();
      } catch (const detail::IndexCorrupt& e) {
        warnings.push_back({"", 0, std::string("rebuilding the index: ") + e.what()});
        LoadOptions again = options;
        again.rebuild = RebuildMode::full;
        result = detail::update_index(again, *store, true);
      }
    }
  }
  result.diagnostics.insert(result.diagnostics.end(), warnings.begin(), warnings.end());
  sort_diagnostics(result.diagnostics);
  result.index.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

LoadResult build_graph(const std::vector<VaultFile>& files, std::vector<ParsedNote> notes,
                       const ResolveOptions& resolve, const ExtractOptions& extract) {
  LoadResult out;
  Extractors extractors(extract, out.diagnostics);
  std::vector<const ParsedNote*> pointers;
  for (const auto& n : notes) pointers.push_back(&n);
  std::vector<NoteObservation> observed(notes.size());
  extractors.observe(pointers, observed, out.diagnostics);
  extractors.observe_external(pointers, observed, out.diagnostics);
  RulesCorpus corpus;
  for (const auto& o : observed) corpus.add(o.rules);

  std::vector<NoteNames> names;
  for (const auto& n : notes) names.push_back({n.path, n.title, n.aliases});
  const Resolver resolver(files, names, resolve);
  detail::EntityNames entity_names(names);
  std::set<std::string> missing;
  for (const auto& n : notes)
    for (const auto& t : detail::link_targets(n, resolver))
      if (t.kind == NodeKind::missing) missing.insert(t.key);
  entity_names.set_missing(std::vector<std::string>(missing.begin(), missing.end()));
  std::optional<VaultNames> vault;
  if (extract.enabled(ExtractorKind::vault)) vault.emplace(names);

  const detail::PartContext context{resolver, entity_names, extract};
  GraphBuilder builder;
  for (std::size_t i = 0; i < notes.size(); ++i) {
    const NoteExtraction x =
        extractors.decide(observed[i], corpus, vault ? vault->find(notes[i]) : std::vector<EntitySpan>{});
    builder.add_part(detail::make_part(notes[i], x, context, out.diagnostics));
    for (auto& d : notes[i].diagnostics) out.diagnostics.push_back(std::move(d));
  }
  out.graph = std::move(builder).finish();
  sort_diagnostics(out.diagnostics);
  const KnowledgeGraph& g = out.graph;
  out.stats.notes = g.nodes_of(NodeKind::note).size();
  out.stats.attachments = static_cast<std::size_t>(
      std::count_if(files.begin(), files.end(), [](const VaultFile& f) { return !f.is_note; }));
  for (EdgeId e : g.edges()) {
    const EdgeView edge = g.edge(e);
    if (edge.kind() != EdgeKind::link) continue;
    const auto n = static_cast<std::size_t>(edge.count());
    out.stats.links += n;
    (g.node(edge.target()).kind() == NodeKind::missing ? out.stats.unresolved_links : out.stats.resolved_links) += n;
  }
  return out;
}

}  // namespace notegraph
