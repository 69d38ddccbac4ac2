// Link resolution (SPEC 2.2). Every vault file is indexed once under each '/'-suffix of
// its folded path (so "a/b/Note.md" is found as "note", "b/note" and "a/b/note"); a
// lookup is then one hash probe plus a ranking of the few candidates it returns.
#include "notegraph/ingest/resolve.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <tuple>
#include <unordered_map>

#include "notegraph/text/chars.hpp"
#include "notegraph/text/fold.hpp"
#include "notegraph/text/utf8.hpp"

namespace notegraph {
namespace {

bool ends_with_md(std::string_view text) {
  return text.size() >= 3 && text[text.size() - 3] == '.' &&
         (text[text.size() - 2] == 'm' || text[text.size() - 2] == 'M') &&
         (text[text.size() - 1] == 'd' || text[text.size() - 1] == 'D');
}

std::string_view folder_of(std::string_view path) {
  auto slash = path.rfind('/');
  return slash == std::string_view::npos ? std::string_view{} : path.substr(0, slash);
}

std::string join_path(std::string_view folder, std::string_view name) {
  if (folder.empty()) return std::string(name);
  std::string out(folder);
  out += '/';
  out += name;
  return out;
}

std::vector<std::string> split(std::string_view path) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    out.emplace_back(path.substr(start, slash - start));
    start = slash + 1;
  }
  return out;
}

/// Whether the last segment of `target` has an extension (`img.png`, not `Note`).
bool has_extension(std::string_view target) {
  std::string_view name = target.substr(target.rfind('/') == std::string_view::npos
                                            ? 0
                                            : target.rfind('/') + 1);
  auto dot = name.rfind('.');
  return dot != std::string_view::npos && dot > 0 && dot + 1 < name.size();
}

/// The slug of each '/'-segment, joined by '/'.
std::string slug_path(std::string_view path) {
  std::string out;
  for (const auto& segment : split(path)) {
    if (!out.empty()) out += '/';
    out += slug_key(segment);
  }
  return out;
}

/// Resolves "./" and "../" against `folder`; nullopt when it climbs out of the vault.
std::optional<std::string> relative_to(std::string_view folder, std::string_view target) {
  std::vector<std::string> parts = folder.empty() ? std::vector<std::string>{} : split(folder);
  for (auto& segment : split(target)) {
    if (segment.empty() || segment == ".") continue;
    if (segment == "..") {
      if (parts.empty()) return std::nullopt;
      parts.pop_back();
    } else {
      parts.push_back(std::move(segment));
    }
  }
  std::string out;
  for (const auto& p : parts) out = join_path(out, p);
  return out;
}

using Index = std::unordered_map<std::string, std::vector<std::uint32_t>>;

void add_suffixes(Index& index, const std::string& key, std::uint32_t file) {
  index[key].push_back(file);
  for (std::size_t i = 0; i < key.size(); ++i)
    if (key[i] == '/') index[key.substr(i + 1)].push_back(file);
}

void add_unique(Index& index, const std::string& key, std::uint32_t file) {
  if (key.empty()) return;
  auto& list = index[key];
  if (std::find(list.begin(), list.end(), file) == list.end()) list.push_back(file);
}

const std::vector<std::uint32_t>* probe(const Index& index, const std::string& key) {
  auto it = index.find(key);
  return it == index.end() ? nullptr : &it->second;
}

}  // namespace

std::string fold_key(std::string_view text) { return text::fold(text); }

std::string lowercase_key(std::string_view text) { return text::lower(text); }

std::string slug_key(std::string_view text) {
  const std::string folded = text::fold(text);
  std::string out;
  bool pending_separator = false;
  for (std::size_t i = 0; i < folded.size();) {
    const char32_t c = text::next_code_point(folded, i);
    if (c == '_' || c == '-' || text::is_space(c)) {
      pending_separator = true;
      continue;
    }
    if (text::is_punct(c) || text::is_symbol(c) || text::is_control(c)) continue;
    if (pending_separator && !out.empty()) out += '-';
    pending_separator = false;
    text::append_utf8(out, c);
  }
  return out;
}

struct Resolver::Impl {
  struct File {
    std::string path;
    std::string key;         ///< fold_key of the path (notes: without ".md")
    std::string folder_key;  ///< fold_key of the folder
    std::string slug;        ///< notes: slug_path of the path without ".md"
    std::string slug_folder;
    Resolved kind = Resolved::note;
  };

  ResolveOptions options;
  std::vector<File> files;
  Index notes;        // every '/'-suffix of a note's key
  Index attachments;  // every '/'-suffix of an attachment's key
  Index aliases;      // fold_key(alias) → notes
  Index slugs;        // every '/'-suffix of a note's slug, and the slug of its title

  /// Picks the best of `candidates` by SPEC 2.2 step 3: exact vault path, then the
  /// source's own folder, then the shortest path, then byte order.
  template <typename Exact, typename InFolder>
  std::optional<std::uint32_t> best(const std::vector<std::uint32_t>* candidates, Exact exact,
                                    InFolder in_folder) const {
    if (!candidates || candidates->empty()) return std::nullopt;
    auto rank = [&](std::uint32_t i) {
      const File& f = files[i];
      return std::make_tuple(!exact(f), !in_folder(f), f.path.size(), std::string_view(f.path));
    };
    std::uint32_t best = candidates->front();
    auto best_rank = rank(best);
    for (std::uint32_t i : *candidates)
      if (auto r = rank(i); r < best_rank) {
        best = i;
        best_rank = r;
      }
    return best;
  }

  std::optional<std::uint32_t> by_path(const Index& index, const std::string& key,
                                       const std::string& source_folder_key) const {
    const std::string local = join_path(source_folder_key, key);
    return best(
        probe(index, key), [&](const File& f) { return f.key == key; },
        [&](const File& f) { return f.key == local; });
  }

  Resolution found(std::uint32_t i) const { return {files[i].kind, files[i].path}; }
};

Resolver::Resolver(const std::vector<VaultFile>& files, const std::vector<NoteNames>& notes,
                   ResolveOptions options)
    : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
  impl_->files.reserve(files.size());
  std::unordered_map<std::string_view, std::uint32_t> by_path;
  for (const auto& vf : files) {
    const auto i = static_cast<std::uint32_t>(impl_->files.size());
    Impl::File f;
    f.path = vf.path;
    f.kind = vf.is_note ? Resolved::note : Resolved::attachment;
    std::string_view stemmed = vf.path;
    if (vf.is_note && ends_with_md(stemmed)) stemmed.remove_suffix(3);
    f.key = fold_key(stemmed);
    f.folder_key = fold_key(folder_of(vf.path));
    if (vf.is_note && options.mode == ResolveMode::slug) {
      f.slug = slug_path(stemmed);
      f.slug_folder = slug_path(folder_of(vf.path));
    }
    add_suffixes(vf.is_note ? impl_->notes : impl_->attachments, f.key, i);
    if (!f.slug.empty()) add_suffixes(impl_->slugs, f.slug, i);
    impl_->files.push_back(std::move(f));
  }
  for (std::uint32_t i = 0; i < impl_->files.size(); ++i) by_path.emplace(impl_->files[i].path, i);

  for (const auto& note : notes) {
    auto it = by_path.find(note.path);
    if (it == by_path.end() || impl_->files[it->second].kind != Resolved::note) continue;
    if (options.aliases == AliasTargets::resolve)
      for (const auto& alias : note.aliases) add_unique(impl_->aliases, fold_key(alias), it->second);
    if (options.mode == ResolveMode::slug && !note.title.empty())
      add_unique(impl_->slugs, slug_key(note.title), it->second);
  }
}

Resolver::~Resolver() = default;
Resolver::Resolver(Resolver&&) noexcept = default;

Resolution Resolver::resolve(std::string_view source_path, std::string_view target) const {
  const Impl& im = *impl_;
  if (target.empty()) return {Resolved::note, std::string(source_path)};

  const bool explicit_md = ends_with_md(target);
  std::string_view written = explicit_md ? target.substr(0, target.size() - 3) : target;
  const std::string key = fold_key(written);
  const Resolution missing{Resolved::missing, key};
  const std::string_view source_folder = folder_of(source_path);
  const std::string source_folder_key = fold_key(source_folder);

  // "./x", "../x" and "/x" name exactly one vault path.
  if (written.starts_with("./") || written.starts_with("../") || written.starts_with('/')) {
    auto path = written.starts_with('/') ? relative_to({}, written)
                                         : relative_to(source_folder, written);
    if (!path || path->empty()) return missing;
    const std::string exact = fold_key(*path);
    auto is_exact = [&](const Impl::File& f) { return f.key == exact; };
    auto never = [](const Impl::File&) { return false; };
    auto pick = [&](const Index& index) -> std::optional<std::uint32_t> {
      auto i = im.best(probe(index, exact), is_exact, never);
      return i && is_exact(im.files[*i]) ? i : std::nullopt;
    };
    if (auto i = pick(im.notes)) return im.found(*i);
    if (!explicit_md)
      if (auto i = pick(im.attachments)) return im.found(*i);
    return missing;
  }

  // A name with an extension (`img.png`) is looked for among attachments first.
  const bool attachment_first = !explicit_md && has_extension(written);
  if (attachment_first)
    if (auto i = im.by_path(im.attachments, key, source_folder_key)) return im.found(*i);
  if (auto i = im.by_path(im.notes, key, source_folder_key)) return im.found(*i);
  if (!attachment_first && !explicit_md)
    if (auto i = im.by_path(im.attachments, key, source_folder_key)) return im.found(*i);

  const bool has_slash = written.find('/') != std::string_view::npos;
  if (im.options.aliases == AliasTargets::resolve && !has_slash)
    if (auto i = im.best(
            probe(im.aliases, key), [](const Impl::File&) { return false; },
            [&](const Impl::File& f) { return f.folder_key == source_folder_key; }))
      return im.found(*i);

  if (im.options.mode == ResolveMode::slug) {
    const std::string slug = slug_path(written);
    const std::string source_slug = slug_path(source_folder);
    const std::string local = join_path(source_slug, slug);
    auto in_folder = [&](const Impl::File& f) {
      return has_slash ? f.slug == local : f.slug_folder == source_slug;
    };
    if (!slug.empty())
      if (auto i = im.best(
              probe(im.slugs, slug), [&](const Impl::File& f) { return f.slug == slug; },
              in_folder))
        return im.found(*i);
  }
  return missing;
}

}  // namespace notegraph
