#pragma once
// Link resolution (SPEC 2.2).

#include <array>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "notegraph/ingest/parsed_note.hpp"
#include "notegraph/ingest/scan.hpp"

namespace notegraph {

enum class ResolveMode { obsidian, slug };
inline constexpr std::array<std::pair<ResolveMode, std::string_view>, 2> kResolveModeNames{{
    {ResolveMode::obsidian, "obsidian"},
    {ResolveMode::slug, "slug"},
}};

enum class AliasTargets { ignore, resolve };

struct ResolveOptions {
  ResolveMode mode = ResolveMode::obsidian;
  AliasTargets aliases = AliasTargets::ignore;
};

enum class Resolved { note, attachment, missing };

struct Resolution {
  Resolved kind = Resolved::missing;
  std::string key;  ///< vault-relative path for note/attachment; normalized target for missing
};

/// Resolves link targets against one vault's files. Built once, queried per link.
class Resolver {
 public:
  /// `notes` supplies titles and aliases (for slug mode and --resolve-aliases).
  Resolver(const std::vector<VaultFile>& files, const std::vector<NoteNames>& notes,
           ResolveOptions options);
  ~Resolver();
  Resolver(Resolver&&) noexcept;

  /// Resolves `target` (as written, without anchor) linked from `source_path`.
  /// An empty target is a self-link to `source_path`.
  Resolution resolve(std::string_view source_path, std::string_view target) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Unicode NFC + full case folding (text::fold), the comparison key of SPEC 2.2 step 1.
std::string fold_key(std::string_view text);

/// The slug of SPEC 2.2 step 6: case-folded; spaces, '_' and '-' unified; punctuation dropped.
std::string slug_key(std::string_view text);

/// Unicode NFC + lowercase (text::lower, root locale): the text of a `tag:` id (SPEC 3).
std::string lowercase_key(std::string_view text);

}  // namespace notegraph
