#include "update.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "build_id.hpp"
#include "note_part.hpp"
#include "notegraph/extract/gazetteer.hpp"
#include "notegraph/extract/name_matcher.hpp"
#include "notegraph/ingest/parse_note.hpp"
#include "notegraph/model/builder.hpp"
#include "notegraph/model/image.hpp"
#include "notegraph/text/path.hpp"
#include "record.hpp"

namespace fs = std::filesystem;

namespace notegraph::detail {
namespace {

constexpr std::string_view kSchema = "notegraph-index 1";
constexpr std::size_t kBatch = 1024;

// --------------------------------------------------------------------------------
// Small helpers

/// Runs f(i) for i in [0, n) on the machine's cores.
template <typename F>
void parallel_for(std::size_t n, F&& f) {
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t threads = std::min<std::size_t>(std::min(cores, 16u), n);
  if (threads <= 1) {
    for (std::size_t i = 0; i < n; ++i) f(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::vector<std::jthread> pool;
  pool.reserve(threads);
  for (std::size_t t = 0; t < threads; ++t)
    pool.emplace_back([&] {
      for (std::size_t i; (i = next.fetch_add(1)) < n;) f(i);
    });
}

std::string stem_of(std::string_view path) { return std::string(text::stem(path)); }

std::string last_component(std::string_view key) { return std::string(text::file_name(key)); }

/// What identifies a file's bytes without reading them.
struct Stamp {
  std::int64_t size = -1;
  std::int64_t mtime_ns = 0;
  bool settled = false;  ///< old enough to be trusted as a key (not rewritable within its tick)
};

Stamp stamp_of(const VaultFile& f) {
  Stamp s;
  struct stat st {};
  if (::stat(f.absolute.c_str(), &st) != 0) return s;
  s.size = st.st_size;
  s.mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
  const auto now = std::chrono::system_clock::now().time_since_epoch();
  const std::int64_t now_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(now).count();
  s.settled = now_ns - s.mtime_ns > 2'000'000'000;
  return s;
}

/// A size for messages: "512 bytes", "1.0 KiB", "16.0 MiB", "1.5 GiB".
std::string human_size(std::uint64_t bytes) {
  if (bytes < 1024) return std::to_string(bytes) + " bytes";
  static constexpr const char* kUnits[] = {"KiB", "MiB", "GiB", "TiB"};
  double v = static_cast<double>(bytes) / 1024;
  std::size_t u = 0;
  while (v >= 1024 && u + 1 < std::size(kUnits)) v /= 1024, ++u;
  char text[32];
  std::snprintf(text, sizeof text, "%.1f %s", v, kUnits[u]);
  return text;
}

/// The whole file, or nullopt with `error` set. With a `limit` (bytes, 0 for none),
/// reads at most limit + 1 bytes and fails when the file holds more, so a file that
/// grew after its stat is not read whole either.
std::optional<std::string> read_whole(const fs::path& path, std::string& error, std::uint64_t limit = 0) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  std::string out;
  char chunk[1 << 16];
  while (in) {
    in.read(chunk, sizeof chunk);
    out.append(chunk, static_cast<std::size_t>(in.gcount()));
    if (limit != 0 && out.size() > limit) {
      error = "larger than --max-file-size (" + human_size(limit) + ")";
      return std::nullopt;
    }
  }
  if (in.bad()) {
    error = "read error";
    return std::nullopt;
  }
  return out;
}

/// Everything besides the files that the index's contents depend on.
std::string fingerprint(const LoadOptions& o) {
  std::string f(kSchema);
  f += "\nbuild " NOTEGRAPH_BUILD_ID;
  f += "\nresolve " + std::string(name_of(kResolveModeNames, o.resolve.mode));
  f += o.resolve.aliases == AliasTargets::resolve ? " aliases" : "";
  f += "\nextract";
  for (auto k : o.extract.extractors) f += " " + std::string(name_of(kExtractorNames, k));
  for (const auto& g : o.extract.gazetteers) {
    std::string error;
    const auto bytes = read_whole(g, error);
    char hex[32];
    std::snprintf(hex, sizeof hex, "%016llx",
                  static_cast<unsigned long long>(bytes ? hash64(*bytes) : 0));
    f += "\ngazetteer " + g.string() + " " + hex;
  }
  f += "\nexternal " + o.extract.external_command;
  f += "\ncooccurrence " + std::string(name_of(kCooccurrenceScopeNames, o.extract.cooccurrence));
  f += "\nmax-file-size " + std::to_string(o.max_file_size);
  return f;
}

std::string image_name(std::uint64_t generation) { return "graph-" + std::to_string(generation) + ".img"; }

NoteNames names_in(const KnowledgeGraph& g, NodeId v) {
  const NodeView n = g.node(v);
  return {std::string(n.key()), std::string(n.label()), n.aliases().to_strings()};
}

std::set<std::string> folded_names(const NoteNames& n) {
  std::set<std::string> out;
  for (const auto& name : VaultNames::names_of(n)) out.insert(entity_key(name));
  return out;
}

// --------------------------------------------------------------------------------
// The update

class Update {
 public:
  Update(const LoadOptions& options, IndexStore& store, bool persistent)
      : o_(options), store_(store), persistent_(persistent) {}

  LoadResult run();

 private:
  struct Fresh {        // a note read in this run
    FileRow row;
    bool parsed = false;  ///< false: same bytes as stored (only restamped)
    ParsedNote note;      ///< with blocks, until stored
    NoteObservation observation;
    std::vector<std::string> missing;  ///< link targets that went missing (file_resolver_)
  };

  void progress(std::string_view stage, std::size_t done, std::size_t total) {
    if (o_.progress) o_.progress({stage, done, total});
  }
  void warn(std::string message) { notes_.push_back({"", 0, std::move(message)}); }
  /// Records the time since the last mark as `stage`.
  void mark(std::string stage) {
    const auto now = std::chrono::steady_clock::now();
    report_.stages.emplace_back(std::move(stage), std::chrono::duration<double>(now - mark_).count());
    mark_ = now;
  }
  std::chrono::steady_clock::time_point mark_ = std::chrono::steady_clock::now();

  bool read_base();
  void diff(const std::vector<FileRow>& stored);
  bool parse_changed();
  bool load_old();
  bool rebuild_corpus();
  void affected_by_files();
  void affected_by_names();
  bool redo_parts();
  bool commit(const KnowledgeGraph& graph);
  LoadResult finish(KnowledgeGraph graph);
  bool fail(std::string why);

  const LoadOptions& o_;
  IndexStore& store_;
  bool persistent_;
  ScanResult scan_;
  std::vector<Diagnostic> notes_;  ///< problems with the index itself (path "")
  IndexReport report_;
  bool rebuild_ = false;
  std::string rebuild_reason_;

  KnowledgeGraph base_;
  std::uint64_t generation_ = 0;
  std::map<std::string, FileRow> stored_;   ///< by path
  std::map<std::string, const VaultFile*> present_;
  std::vector<const VaultFile*> to_read_;   ///< added or restamped notes
  std::set<std::string> added_, removed_, changed_;   ///< notes
  std::set<std::string> files_added_, files_removed_;  ///< all files
  std::vector<FileRow> restamp_;

  // What the changed notes were before and are now.
  std::map<std::string, NoteObservation> old_obs_;
  std::map<std::string, NotePart> old_parts_;
  std::map<std::string, NoteNames> old_names_, new_names_;
  std::map<std::string, NoteObservation> new_obs_;
  /// Where parsed notes' links went missing, found while parsing when resolution needs
  /// no names (obsidian mode without --resolve-aliases): pass 1 then skips them.
  std::optional<Resolver> file_resolver_;
  std::map<std::string, std::vector<std::string>> early_missing_;

  std::unique_ptr<Extractors> extractors_;
  std::vector<Diagnostic> extractor_diagnostics_;
  RulesCorpus corpus_;
  std::set<std::string> redo_;  ///< notes whose part is redone (changed ones included)
  std::set<std::string> rematch_;  ///< notes whose vault mentions are found again
  std::map<std::string, NoteNames> names_;  ///< every note's names, by path
  std::vector<Diagnostic> part_diagnostics_;
  std::set<std::string> redone_paths_;
  KnowledgeGraph graph_;
  std::vector<Diagnostic> stored_diagnostics_;
};

bool Update::fail(std::string why) {
  rebuild_ = true;
  rebuild_reason_ = std::move(why);
  return false;
}

bool Update::read_base() {
  const auto schema = store_.meta("schema");
  if (!schema) return false;  // a new index: built from scratch, silently
  if (*schema != kSchema) return fail("the index was written by another version of notegraph");
  if (store_.meta("fingerprint") != fingerprint(o_)) return fail("the index was built with other options or another notegraph build");
  if (store_.meta("vault") != fs::weakly_canonical(o_.scan.root).generic_string())
    return fail("the index belongs to another vault");
  const auto gen = store_.meta("generation");
  generation_ = gen ? std::stoull(*gen) : 0;
  if (!persistent_) return fail("");  // an in-memory index never has a base
  const auto image = store_.meta("image");
  const auto checksum = store_.meta("image_checksum");
  if (!image || !checksum) return fail("the index has no graph");
  std::string error;
  auto mapped = map_image(store_.folder() / *image, error);
  if (!mapped) return fail("the index's graph cannot be read (" + error + ")");
  if (std::to_string(mapped->checksum) != *checksum) return fail("the index's graph is not the one it recorded");
  base_ = std::move(mapped->graph);
  return true;
}

void Update::diff(const std::vector<FileRow>& stored) {
  for (const auto& r : stored) stored_.emplace(r.path, r);
  for (const auto& f : scan_.files) {
    present_.emplace(f.path, &f);
    auto it = stored_.find(f.path);
    if (it == stored_.end() || it->second.note != f.is_note) {
      files_added_.insert(f.path);
      if (f.is_note) {
        added_.insert(f.path);
        to_read_.push_back(&f);
      }
      if (it != stored_.end()) files_removed_.insert(f.path);
      continue;
    }
    if (!f.is_note) continue;
    const Stamp s = stamp_of(f);
    const FileRow& r = it->second;
    if (!r.trusted || s.size != r.size || s.mtime_ns != r.mtime_ns || s.size < 0) to_read_.push_back(&f);
  }
  for (const auto& [path, r] : stored_)
    if (!present_.count(path) || present_.at(path)->is_note != r.note) {
      files_removed_.insert(path);
      if (r.note) removed_.insert(path);
    }
}

bool Update::parse_changed() {
  if (o_.resolve.mode == ResolveMode::obsidian && o_.resolve.aliases == AliasTargets::ignore)
    file_resolver_.emplace(scan_.files, std::vector<NoteNames>{}, o_.resolve);
  std::vector<Fresh> batch;
  for (std::size_t start = 0; start < to_read_.size(); start += kBatch) {
    const std::size_t n = std::min(kBatch, to_read_.size() - start);
    batch.assign(n, Fresh{});
    std::vector<char> needs(n, 0);
    parallel_for(n, [&](std::size_t i) {
      const VaultFile& f = *to_read_[start + i];
      Fresh& fr = batch[i];
      const Stamp s = stamp_of(f);
      fr.row.path = f.path;
      fr.row.note = true;
      fr.row.size = s.size;
      fr.row.mtime_ns = s.mtime_ns;
      fr.row.trusted = s.settled;
      std::string error;
      std::optional<std::string> content;
      if (o_.max_file_size != 0 && s.size > 0 && static_cast<std::uint64_t>(s.size) > o_.max_file_size) {
        // not opened at all: a note this big is someone's dump, not a note
        error = "skipped: " + human_size(static_cast<std::uint64_t>(s.size)) + ", larger than --max-file-size (" +
                human_size(o_.max_file_size) + ")";
      } else {
        content = read_whole(f.absolute, error, o_.max_file_size);
        if (!content) error = "cannot read file: " + error;
      }
      if (!content) {
        fr.row.trusted = false;
        fr.note.path = f.path;
        fr.note.title = stem_of(f.path);
        fr.note.diagnostics.push_back({f.path, 0, error});
        fr.parsed = true;
        return;
      }
      fr.row.hash = hash64(*content);
      auto it = stored_.find(f.path);
      if (it != stored_.end() && it->second.note && it->second.hash == fr.row.hash && !added_.count(f.path)) {
        fr.parsed = false;  // same bytes: only the stamp changes
        return;
      }
      fr.parsed = true;
      try {
        fr.note = parse_note(f.path, *content);
      } catch (const std::exception& e) {
        // parse_note promises not to throw for bad input; keep the vault going if it does.
        fr.note = ParsedNote{};
        fr.note.path = f.path;
        fr.note.title = stem_of(f.path);
        fr.note.diagnostics.push_back({f.path, 0, std::string("cannot parse note: ") + e.what()});
      }
      if (file_resolver_)
        for (auto& t : link_targets(fr.note, *file_resolver_))
          if (t.kind == NodeKind::missing) fr.missing.push_back(std::move(t.key));
    });
    // Observe (all but the external command in parallel, then the command once).
    std::vector<const ParsedNote*> notes;
    std::vector<std::size_t> where;
    for (std::size_t i = 0; i < n; ++i)
      if (batch[i].parsed) {
        notes.push_back(&batch[i].note);
        where.push_back(i);
      }
    std::vector<NoteObservation> observed(notes.size());
    std::vector<std::vector<Diagnostic>> observe_problems(notes.size());
    parallel_for(notes.size(), [&](std::size_t k) {
      extractors_->observe(std::span<const ParsedNote* const>(&notes[k], 1),
                           std::span<NoteObservation>(&observed[k], 1), observe_problems[k]);
    });
    extractors_->observe_external(notes, observed, extractor_diagnostics_);
    for (auto& p : observe_problems)
      extractor_diagnostics_.insert(extractor_diagnostics_.end(), p.begin(), p.end());
    for (std::size_t k = 0; k < where.size(); ++k) batch[where[k]].observation = std::move(observed[k]);
    // Store.
    std::vector<NoteBlobs> blobs(n);
    parallel_for(n, [&](std::size_t i) {
      Fresh& fr = batch[i];
      if (!fr.parsed) return;
      std::string bytes;
      encode_meta(fr.note, bytes);
      blobs[i].meta = seal(bytes);
      bytes.clear();
      encode_prose(fr.note.blocks, bytes);
      blobs[i].prose = seal(bytes);
      bytes.clear();
      encode_observation(fr.observation, bytes);
      blobs[i].observation = seal(bytes);
    });
    for (std::size_t i = 0; i < n; ++i) {
      Fresh& fr = batch[i];
      if (!fr.parsed) {
        restamp_.push_back(fr.row);
        continue;
      }
      if (!added_.count(fr.row.path)) changed_.insert(fr.row.path);
      if (!store_.put(fr.row, blobs[i])) return fail("cannot write the index");
      new_names_[fr.row.path] = {fr.note.path, fr.note.title, fr.note.aliases};
      new_obs_[fr.row.path] = std::move(fr.observation);
      if (file_resolver_) early_missing_[fr.row.path] = std::move(fr.missing);
      ++report_.parsed;
    }
    progress("parse", start + n, to_read_.size());
  }
  return true;
}

bool Update::load_old() {
  // Before a changed or removed note's rows are overwritten: its observation (to take
  // out of the corpus), its part (cooccurrences to take back) and its names.
  for (const VaultFile* f : to_read_) {
    if (added_.count(f->path)) continue;
    NoteBlobs b;
    if (!store_.read(f->path, Blob::observation | Blob::part, b)) return fail("the index lost a note's row");
    auto obs = unseal(b.observation);
    auto part = unseal(b.part);
    std::optional<NoteObservation> o = obs ? decode_observation(*obs) : std::nullopt;
    std::optional<NotePart> p = part ? decode_part(*part) : std::nullopt;
    if (!o || !p) return fail("a note's record in the index is corrupt (changed note)");
    old_obs_.emplace(f->path, std::move(*o));
    old_parts_.emplace(f->path, std::move(*p));
  }
  for (const auto& path : removed_) {
    NoteBlobs b;
    if (!store_.read(path, Blob::observation | Blob::part, b)) return fail("the index lost a note's row");
    auto obs = unseal(b.observation);
    auto part = unseal(b.part);
    std::optional<NoteObservation> o = obs ? decode_observation(*obs) : std::nullopt;
    std::optional<NotePart> p = part ? decode_part(*part) : std::nullopt;
    if (!o || !p) return fail("a note's record in the index is corrupt (removed note)");
    old_obs_.emplace(path, std::move(*o));
    old_parts_.emplace(path, std::move(*p));
  }
  for (const auto& [path, part] : old_parts_)
    if (auto v = base_.find(NodeKind::note, path)) old_names_[path] = names_in(base_, *v);
  return true;
}

bool Update::rebuild_corpus() {
  // The corpus is the sum of every note's observation.
  bool ok = true;
  store_.scan(Blob::observation, [&](std::string_view path, std::string_view sealed) {
    auto bytes = unseal(sealed);
    auto o = bytes ? decode_observation(*bytes) : std::nullopt;
    if (!o) {
      ok = false;
      return;
    }
    (void)path;
    corpus_.add(o->rules);
  });
  if (!ok) return fail("a note's observation in the index is corrupt");
  return true;
}

void Update::affected_by_files() {
  // A link's resolution can change only if a file with its last path component (or, in
  // slug mode, the same slug; in alias mode an alias) came or went.
  std::set<std::string> keys, slugs;
  auto add_path = [&](const std::string& path, bool note) {
    std::string last = last_component(path);
    if (note && last.size() > 3) last = stem_of(last);
    keys.insert(fold_key(last));
    if (o_.resolve.mode == ResolveMode::slug) slugs.insert(slug_key(last));
  };
  for (const auto& p : files_added_) add_path(p, present_.count(p) && present_.at(p)->is_note);
  for (const auto& p : files_removed_) add_path(p, stored_.count(p) && stored_.at(p).note);
  // Titles and aliases resolve links in slug and alias modes.
  if (o_.resolve.mode == ResolveMode::slug || o_.resolve.aliases == AliasTargets::resolve) {
    auto add_names = [&](const NoteNames& n) {
      if (o_.resolve.mode == ResolveMode::slug) slugs.insert(slug_key(n.title));
      if (o_.resolve.aliases == AliasTargets::resolve)
        for (const auto& a : n.aliases) keys.insert(fold_key(a));
    };
    for (const auto& [path, n] : old_names_)
      if (!new_names_.count(path) || !(new_names_.at(path) == n)) add_names(n);
    for (const auto& [path, n] : new_names_)
      if (!old_names_.count(path) || !(old_names_.at(path) == n)) add_names(n);
  }
  if (keys.empty() && slugs.empty()) return;
  auto redo_sources = [&](NodeId v) {
    for (EdgeId e : base_.in_edges(v))
      if (base_.edge(e).kind() == EdgeKind::link) redo_.insert(std::string(base_.node(base_.edge(e).source()).key()));
  };
  for (NodeKind kind : {NodeKind::note, NodeKind::attachment, NodeKind::missing})
    for (NodeId v : base_.nodes_of(kind)) {
      const std::string_view key = base_.node(v).key();
      std::string last = last_component(key);
      if (kind == NodeKind::note) last = stem_of(last);
      const std::string folded = kind == NodeKind::missing ? last : fold_key(last);
      bool hit = keys.count(folded) > 0;
      if (!hit && !slugs.empty()) {
        hit = slugs.count(slug_key(last)) > 0;
        if (!hit && kind == NodeKind::note) hit = slugs.count(slug_key(base_.node(v).label())) > 0;
      }
      if (!hit && o_.resolve.aliases == AliasTargets::resolve && kind == NodeKind::note)
        for (std::string_view a : base_.node(v).aliases()) hit = hit || keys.count(fold_key(a)) > 0;
      if (hit) redo_sources(v);
    }
}

void Update::affected_by_names() {
  // Names that came or went: notes whose vault mentions or entity names may change.
  std::set<std::string> gone, came;
  std::set<std::string> paths;
  for (const auto& [p, n] : old_names_) paths.insert(p);
  for (const auto& [p, n] : new_names_) paths.insert(p);
  for (const auto& p : paths) {
    const auto before = old_names_.count(p) ? folded_names(old_names_.at(p)) : std::set<std::string>{};
    const auto after = new_names_.count(p) ? folded_names(new_names_.at(p)) : std::set<std::string>{};
    if (before == after && old_names_.count(p) == new_names_.count(p)) continue;
    for (const auto& s : before)
      if (!after.count(s)) gone.insert(s);
    for (const auto& s : after) came.insert(s);  // a name may move between notes
    // Whoever mentioned this note by an old name.
    if (auto v = base_.find(NodeKind::note, p))
      for (EdgeId e : base_.in_edges(*v))
        if (base_.edge(e).kind() == EdgeKind::mention) {
          const std::string src(base_.node(base_.edge(e).source()).key());
          redo_.insert(src);
          rematch_.insert(src);
        }
  }
  if (gone.empty() && came.empty()) return;
  // Entity nodes named like a note that came or went.
  std::set<std::string> changed_names = gone;
  changed_names.insert(came.begin(), came.end());
  for (NodeId v : base_.nodes_of(NodeKind::entity)) {
    const std::string_view key = base_.node(v).key();
    const auto colon = key.find(':');
    if (colon == std::string_view::npos || !changed_names.count(std::string(key.substr(colon + 1)))) continue;
    for (EdgeId e : base_.in_edges(v))
      if (base_.node(base_.edge(e).source()).kind() == NodeKind::note)
        redo_.insert(std::string(base_.node(base_.edge(e).source()).key()));
  }
  if (!o_.extract.enabled(ExtractorKind::vault) || came.empty()) return;
  // Notes whose prose names a name that came: their vault mentions are found again.
  NameMatcher matcher;
  std::uint32_t id = 0;
  for (const auto& p : paths)
    if (new_names_.count(p))
      for (const auto& name : VaultNames::names_of(new_names_.at(p))) matcher.add(name, id++, MatchCase::insensitive);
  matcher.build();
  store_.scan(Blob::prose, [&](std::string_view path, std::string_view sealed) {
    if (new_obs_.count(std::string(path))) return;  // re-parsed notes are matched anyway
    auto bytes = unseal(sealed);
    std::vector<Block> blocks;
    if (!bytes || !decode_prose(*bytes, blocks)) {
      redo_.insert(std::string(path));  // corrupt prose: the part is redone from scratch below
      rematch_.insert(std::string(path));
      return;
    }
    for (const Block& b : blocks)
      if (!matcher.find_all(b.text).empty()) {
        redo_.insert(std::string(path));
        rematch_.insert(std::string(path));
        return;
      }
  });
}


bool Update::redo_parts() {
  // Every note's names (the base's for unchanged notes).
  for (NodeId v : base_.nodes_of(NodeKind::note)) {
      const std::string path(base_.node(v).key());
    if (!removed_.count(path) && !new_names_.count(path) && present_.count(path))
      names_.emplace(path, names_in(base_, v));
  }
  for (const auto& [path, n] : new_names_) names_[path] = n;
  std::vector<NoteNames> all_names;
  all_names.reserve(names_.size());
  for (const auto& [path, n] : names_) all_names.push_back(n);

  EntityNames entity_names(all_names);
  const Resolver resolver(scan_.files, all_names, o_.resolve);
  std::optional<VaultNames> vault;
  if (o_.extract.enabled(ExtractorKind::vault)) vault.emplace(all_names);

  // Pass 1: where the redone notes' links go, for the set of missing nodes.
  std::set<std::string> missing;
  for (NodeId v : base_.nodes_of(NodeKind::missing)) {
    bool kept = false;
    for (EdgeId e : base_.in_edges(v)) {
      const std::string source(base_.node(base_.edge(e).source()).key());
      kept = kept || (base_.edge(e).kind() == EdgeKind::link && !redo_.count(source) && !removed_.count(source));
    }
    if (kept) missing.insert(std::string(base_.node(v).key()));
  }
  {
    std::vector<std::string> order;
    for (const auto& p : redo_) {
      if (auto it = early_missing_.find(p); it != early_missing_.end())
        missing.insert(it->second.begin(), it->second.end());
      else
        order.push_back(p);
    }
    std::vector<std::vector<std::string>> found(order.size());
    std::atomic<bool> ok{true};
    for (std::size_t start = 0; start < order.size(); start += kBatch) {
      const std::size_t n = std::min(kBatch, order.size() - start);
      std::vector<NoteBlobs> blobs(n);
      for (std::size_t i = 0; i < n; ++i)
        if (!store_.read(order[start + i], static_cast<unsigned>(Blob::meta), blobs[i])) ok = false;
      parallel_for(n, [&](std::size_t i) {
        ParsedNote meta;
        auto bytes = unseal(blobs[i].meta);
        if (!bytes || !decode_meta(*bytes, meta)) {
          ok = false;
          return;
        }
        for (auto& t : link_targets(meta, resolver))
          if (t.kind == NodeKind::missing) found[start + i].push_back(std::move(t.key));
      });
    }
    if (!ok) return fail("a note's record in the index is corrupt (links)");
    for (auto& keys : found) missing.insert(keys.begin(), keys.end());
  }
  // Entity names that became or stopped being an unresolved link target.
  if (base_.node_count() > 0) {
    std::set<std::string> flipped;
    std::set<std::string> before;
    for (NodeId v : base_.nodes_of(NodeKind::missing)) before.insert(std::string(base_.node(v).key()));
    for (const auto& k : missing)
      if (!before.count(k)) flipped.insert(entity_key(k));
    for (const auto& k : before)
      if (!missing.count(k)) {
        flipped.insert(entity_key(k));
        if (auto v = base_.find(NodeKind::missing, k))
          for (EdgeId e : base_.in_edges(*v))
            if (base_.edge(e).kind() == EdgeKind::mention)
              redo_.insert(std::string(base_.node(base_.edge(e).source()).key()));
      }
    if (!flipped.empty())
      for (NodeId v : base_.nodes_of(NodeKind::entity)) {
        const std::string_view key = base_.node(v).key();
        const auto colon = key.find(':');
        if (colon == std::string_view::npos || !flipped.count(std::string(key.substr(colon + 1)))) continue;
        for (EdgeId e : base_.in_edges(v))
      if (base_.node(base_.edge(e).source()).kind() == NodeKind::note)
        redo_.insert(std::string(base_.node(base_.edge(e).source()).key()));
      }
  }
  for (const auto& p : removed_) redo_.erase(p);
  entity_names.set_missing(std::vector<std::string>(missing.begin(), missing.end()));
  mark("links");

  // Pass 2: decide and build each redone note's part; patch the graph with them.
  std::vector<std::string> replaced;
  for (const auto& p : redo_)
    if (base_.find(NodeKind::note, p)) replaced.push_back(p);
  GraphBuilder builder = base_.node_count() > 0
                             ? GraphBuilder(base_, replaced, std::vector<std::string>(removed_.begin(), removed_.end()))
                             : GraphBuilder();
  for (const auto& p : removed_)
    if (auto it = old_parts_.find(p); it != old_parts_.end())
      for (const auto& [a, b] : it->second.cooccurs) {
        auto x = builder.find(a.kind, a.key), y = builder.find(b.kind, b.key);
        if (x && y) builder.add_cooccurrence(*x, *y, -1);
      }
  const PartContext context{resolver, entity_names, o_.extract};
  const std::vector<std::string> order(redo_.begin(), redo_.end());
  for (std::size_t start = 0; start < order.size(); start += kBatch) {
    const std::size_t n = std::min(kBatch, order.size() - start);
    struct Work {
      NoteBlobs blobs;
      ParsedNote note;
      std::optional<NoteObservation> observation;
      std::vector<EntitySpan> mentions;
      std::optional<NotePart> old_part;
      NotePart part;
      std::vector<Diagnostic> problems;
      bool ok = false;
    };
    std::vector<Work> work(n);
    for (std::size_t i = 0; i < n; ++i)
      store_.read(order[start + i], Blob::meta | Blob::prose | Blob::observation | Blob::mentions | Blob::part,
                  work[i].blobs);
    parallel_for(n, [&](std::size_t i) {
      Work& w = work[i];
      const std::string& path = order[start + i];
      auto meta = unseal(w.blobs.meta);
      auto prose = unseal(w.blobs.prose);
      auto obs = unseal(w.blobs.observation);
      if (!meta || !prose || !obs || !decode_meta(*meta, w.note) || !decode_prose(*prose, w.note.blocks)) return;
      w.observation = decode_observation(*obs);
      if (!w.observation) return;
      const bool fresh_mentions = !w.blobs.part.size() || new_obs_.count(path) || rematch_.count(path);
      if (vault && fresh_mentions) {
        w.mentions = vault->find(w.note);
      } else if (vault) {
        auto m = unseal(w.blobs.mentions);
        if (!m || !decode_spans(*m, w.mentions)) return;
      }
      if (auto it = old_parts_.find(path); it != old_parts_.end()) {
        w.old_part = it->second;
      } else if (!w.blobs.part.empty()) {
        auto bytes = unseal(w.blobs.part);
        if (!bytes) return;
        w.old_part = decode_part(*bytes);
        if (!w.old_part) return;
      }
      const NoteExtraction x = extractors_->decide(*w.observation, corpus_, w.mentions);
      w.part = make_part(w.note, x, context, w.problems);
      w.ok = true;
    });
    for (std::size_t i = 0; i < n; ++i) {
      Work& w = work[i];
      if (!w.ok) return fail("a note's record in the index is corrupt (part of " + order[start + i] + ")");
      if (w.old_part && base_.find(NodeKind::note, order[start + i]))
        for (const auto& [a, b] : w.old_part->cooccurs) {
          auto x = builder.find(a.kind, a.key), y = builder.find(b.kind, b.key);
          if (x && y) builder.add_cooccurrence(*x, *y, -1);
        }
      builder.add_part(w.part);
      NoteBlobs out;
      std::string bytes;
      encode_spans(w.mentions, bytes);
      out.mentions = seal(bytes);
      bytes.clear();
      encode_part(w.part, bytes);
      out.part = seal(bytes);
      if (!store_.put_blobs(order[start + i], Blob::mentions | Blob::part, out))
        return fail("cannot write the index");
      for (auto& d : w.note.diagnostics) part_diagnostics_.push_back(std::move(d));
      for (auto& d : w.problems) part_diagnostics_.push_back(std::move(d));
      redone_paths_.insert(order[start + i]);
    }
    progress("decide", start + n, order.size());
  }
  mark("parts");
  graph_ = std::move(builder).finish();
  mark("graph");
  return true;
}

bool Update::commit(const KnowledgeGraph& graph) {
  // Diagnostics: the stored ones of notes not redone, then the redone notes' own.
  std::vector<Diagnostic> diagnostics;
  if (auto stored = store_.meta("diagnostics")) {
    auto bytes = unseal(*stored);
    std::vector<Diagnostic> old;
    if (bytes && decode_diagnostics(*bytes, old))
      for (auto& d : old)
        if (!redone_paths_.count(d.path) && !removed_.count(d.path) && present_.count(d.path))
          diagnostics.push_back(std::move(d));
  }
  diagnostics.insert(diagnostics.end(), part_diagnostics_.begin(), part_diagnostics_.end());
  sort_diagnostics(diagnostics);
  stored_diagnostics_ = diagnostics;
  std::string bytes;
  encode_diagnostics(diagnostics, bytes);
  bool ok = store_.set_meta("diagnostics", seal(bytes));
  bytes.clear();
  encode_diagnostics(extractor_diagnostics_, bytes);
  ok = ok && store_.set_meta("extractor_diagnostics", seal(bytes));
  const std::uint64_t generation = generation_ + 1;
  std::string image;
  if (persistent_) {
    image = image_name(generation);
    std::string error;
    if (!write_image(graph, store_.folder() / image, error)) {
      store_.rollback();
      warn("cannot write the index's graph (" + error + "); this run's work is not kept");
      return false;
    }
    std::string unused;
    auto mapped = map_image(store_.folder() / image, unused);
    ok = ok && mapped && store_.set_meta("image", image) &&
         store_.set_meta("image_checksum", std::to_string(mapped->checksum));
  }
  ok = ok && store_.set_meta("schema", kSchema) && store_.set_meta("fingerprint", fingerprint(o_)) &&
       store_.set_meta("vault", fs::weakly_canonical(o_.scan.root).generic_string()) &&
       store_.set_meta("generation", std::to_string(generation));
  std::string corpus;
  corpus_.encode(corpus);
  ok = ok && store_.set_meta("corpus", seal(corpus));
  for (const auto& r : restamp_) ok = ok && store_.put_stamp(r);
  if (!ok || !store_.commit()) {
    store_.rollback();
    warn("cannot write the index; this run's work is not kept");
    return false;
  }
  // Old images: unused now (a reader that mapped one keeps it until it exits).
  if (persistent_) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(store_.folder(), ec)) {
      const std::string name = entry.path().filename().string();
      if (name.starts_with("graph-") && name.ends_with(".img") && name != image) fs::remove(entry.path(), ec);
    }
  }
  report_.persistent = persistent_;
  mark("write");
  return true;
}

LoadResult Update::finish(KnowledgeGraph graph) {
  LoadResult out;
  out.graph = std::move(graph);
  out.diagnostics = std::move(stored_diagnostics_);
  if (auto stored = store_.meta("extractor_diagnostics"))
    if (auto bytes = unseal(*stored)) {
      std::vector<Diagnostic> x;
      if (decode_diagnostics(*bytes, x)) out.diagnostics.insert(out.diagnostics.end(), x.begin(), x.end());
    }
  for (auto& d : scan_.diagnostics) out.diagnostics.push_back(std::move(d));
  for (auto& d : notes_) out.diagnostics.push_back(std::move(d));
  sort_diagnostics(out.diagnostics);
  const KnowledgeGraph& g = out.graph;
  out.stats.notes = g.nodes_of(NodeKind::note).size();
  out.stats.attachments = static_cast<std::size_t>(
      std::count_if(scan_.files.begin(), scan_.files.end(), [](const VaultFile& f) { return !f.is_note; }));
  for (EdgeId e : g.edges()) {
    const EdgeView edge = g.edge(e);
    if (edge.kind() != EdgeKind::link) continue;
    const auto n = static_cast<std::size_t>(edge.count());
    out.stats.links += n;
    (g.node(edge.target()).kind() == NodeKind::missing ? out.stats.unresolved_links : out.stats.resolved_links) += n;
  }
  report_.added = added_.size();
  report_.changed = changed_.size();
  report_.removed = removed_.size();
  report_.reworked = 0;
  for (const auto& p : redone_paths_)
    if (!added_.count(p) && !changed_.count(p)) ++report_.reworked;
  report_.location = store_.folder();
  report_.persistent = persistent_;
  out.index = report_;
  return out;
}

LoadResult Update::run() {
  scan_ = scan_vault(o_.scan);
  mark("scan");
  const bool have_base = o_.rebuild == RebuildMode::incremental && read_base();
  report_.rebuilt = !have_base;
  if (!have_base && persistent_ && !rebuild_reason_.empty()) warn("rebuilding the index: " + rebuild_reason_);
  rebuild_ = false;
  if (!have_base) base_ = KnowledgeGraph();
  diff(have_base ? store_.files() : std::vector<FileRow>{});
  mark("diff");

  if (have_base && to_read_.empty() && files_added_.empty() && files_removed_.empty()) {
    // Nothing changed: the stored graph is the answer.
    if (auto stored = store_.meta("diagnostics"))
      if (auto bytes = unseal(*stored)) decode_diagnostics(*bytes, stored_diagnostics_);
    return finish(base_);
  }
  if (!store_.begin()) throw IndexLocked();
  if (have_base && store_.meta("generation") != std::to_string(generation_)) {
    store_.rollback();
    throw IndexChanged();  // another notegraph updated the index meanwhile
  }
  if (!have_base) store_.clear();
  extractors_ = std::make_unique<Extractors>(o_.extract, extractor_diagnostics_);
  auto abort = [&]() -> LoadResult {
    store_.rollback();
    throw IndexCorrupt(rebuild_reason_);
  };
  if (have_base && !load_old()) return abort();
  for (const auto& p : files_removed_)
    if (!store_.remove(p)) return abort();
  if (!parse_changed()) return abort();
  mark("parse");
  for (const auto& r : restamp_) {
    old_obs_.erase(r.path);
    old_parts_.erase(r.path);
    old_names_.erase(r.path);
  }
  for (const auto& p : files_added_) {
    const VaultFile* f = present_.at(p);
    if (f->is_note) continue;
    FileRow row;
    row.path = p;
    row.note = false;
    if (!store_.put(row, NoteBlobs{})) return abort();
  }
  const bool notes_changed = !added_.empty() || !changed_.empty() || !removed_.empty();
  if (!notes_changed && files_added_.empty() && files_removed_.empty()) {
    // Only stamps moved (same bytes): keep the graph, record the stamps.
    for (const auto& r : restamp_) store_.put_stamp(r);
    if (auto stored = store_.meta("diagnostics"))
      if (auto bytes = unseal(*stored)) decode_diagnostics(*bytes, stored_diagnostics_);
    if (!store_.commit()) store_.rollback();
    return finish(base_);
  }

  // The rules corpus, and the notes whose entity decisions it changes.
  std::optional<RulesCorpus> stored_corpus;
  if (have_base)
    if (auto blob = store_.meta("corpus"))
      if (auto bytes = unseal(*blob)) stored_corpus = RulesCorpus::decode(*bytes);
  if (stored_corpus) {
    corpus_ = std::move(*stored_corpus);
    std::set<std::string> keys;
    for (const auto& [p, o] : old_obs_)
      for (auto& k : RulesCorpus::touched(o.rules)) keys.insert(std::move(k));
    for (const auto& [p, o] : new_obs_)
      for (auto& k : RulesCorpus::touched(o.rules)) keys.insert(std::move(k));
    std::map<std::string, std::uint64_t> before;
    for (const auto& k : keys) before[k] = corpus_.digest(k);
    for (const auto& [p, o] : old_obs_) corpus_.remove(o.rules);
    for (const auto& [p, o] : new_obs_) corpus_.add(o.rules);
    std::set<std::string> flipped;
    for (const auto& k : keys)
      if (corpus_.digest(k) != before[k]) flipped.insert(k);
    if (!flipped.empty())
      store_.scan(Blob::observation, [&](std::string_view path, std::string_view sealed) {
        auto bytes = unseal(sealed);
        auto o = bytes ? decode_observation(*bytes) : std::nullopt;
        if (!o) {
          redo_.insert(std::string(path));
          return;
        }
        for (const auto& k : RulesCorpus::keys(o->rules))
          if (flipped.count(k)) {
            redo_.insert(std::string(path));
            break;
          }
      });
  } else {
    if (!rebuild_corpus()) return abort();
    if (have_base)  // nothing tells which decisions changed: all are redone
      for (NodeId v : base_.nodes_of(NodeKind::note)) redo_.insert(std::string(base_.node(v).key()));
  }

  mark("corpus");
  if (have_base) {
    affected_by_files();
    affected_by_names();
  }
  mark("affected");
  for (const auto& p : added_) redo_.insert(p);
  for (const auto& p : changed_) redo_.insert(p);
  if (!have_base)
    for (const auto& f : scan_.files)
      if (f.is_note) redo_.insert(f.path);
  std::erase_if(redo_, [&](const std::string& p) { return removed_.count(p) || !present_.count(p); });
  if (!redo_parts()) return abort();
  if (!commit(graph_)) {
    // The graph is right; only keeping it failed.
  }
  report_.rebuilt = !have_base;
  return finish(std::move(graph_));
}
}  // namespace

LoadResult update_index(const LoadOptions& options, IndexStore& store, bool persistent) {
  Update u(options, store, persistent);
  return u.run();
}

}  // namespace notegraph::detail
