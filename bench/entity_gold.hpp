#pragma once
// Labeled entity sets for bench/eval_entities: the notes written for this project
// (tests/extract/eval) and the real-note halves whose notes stay in ../shared/corpora
// (tests/extract/real: a manifest of paths and SHA-256 hashes plus gold files).

#include <array>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "notegraph/ingest/parsed_note.hpp"

namespace notegraph::bench {

/// Where a mention stands: running prose, or the display text of a link.
enum class TextZone { prose, link };

inline constexpr std::array<std::pair<TextZone, std::string_view>, 2> kTextZoneNames{{
    {TextZone::prose, "prose"},
    {TextZone::link, "link"},
}};

/// One gold line: `type<TAB>surface[<TAB>normalized[<TAB>zone]]`.
struct GoldMention {
  std::string type;     ///< person, place, organization, event, date
  std::string surface;  ///< the text as written in the note's prose
  std::string value;    ///< dates: ISO 8601; otherwise empty (not scored)
  TextZone zone = TextZone::prose;
  int line = 0;  ///< line in the gold file
};

/// One labeled note, parsed, with its gold mentions.
struct LabeledNote {
  std::string
      source;  ///< vault folder under the corpora ("tubegraph/content"); empty for written notes
  std::string path;                 ///< vault-relative path
  std::filesystem::path file;       ///< the note on disk
  std::filesystem::path gold_file;  ///< its gold lines
  ParsedNote note;
  std::vector<GoldMention> gold;
};

/// Whether a set's gold lines cover link display text (the written set does not).
enum class LinkLabels { absent, present };

/// A set of labeled notes that is scored as one.
struct LabeledSet {
  std::string name;  ///< "written", "real-dev", "real-test"
  LinkLabels link_labels = LinkLabels::present;
  std::vector<LabeledNote> notes;
};

/// What loading a set came to.
enum class LoadStatus { loaded, corpora_absent, failed };

struct SetLoad {
  LoadStatus status = LoadStatus::failed;
  LabeledSet set;
  std::vector<std::string> errors;  ///< "file:line: message", one per problem
};

/// Loads a folder of `NN-name.md` notes, each beside its `NN-name.gold.tsv`; their gold
/// lines label prose only.
SetLoad load_written_set(const std::filesystem::path& dir, std::string name);

/// Loads the notes of `manifest` whose set column is `set` ("dev", "test") from
/// `corpora`, with gold files under `gold_root/<source>/<path>.gold.tsv`. A corpus
/// file that is missing or whose SHA-256 differs from the manifest is an error;
/// a missing `corpora` folder is `corpora_absent`.
SetLoad load_real_set(const std::filesystem::path& manifest, const std::filesystem::path& gold_root,
                      const std::filesystem::path& corpora, std::string_view set, std::string name);

/// Returns the gold file of a corpus note: `<gold_root>/<source>/<path minus .md>.gold.tsv`.
std::filesystem::path gold_file_of(const std::filesystem::path& gold_root, std::string_view source,
                                   std::string_view path);

/// Returns the lowercase hex SHA-256 of `bytes`.
std::string sha256_hex(std::string_view bytes);

/// Returns the byte ranges of `block.text` that one occurrence of `surface` in `zone`
/// may take: whole-word matches outside link text (prose) or inside one link's text.
std::vector<Span> occurrences(const Block& block, std::string_view surface, TextZone zone);

/// Returns the zone of the byte range [begin, end) of `block.text`: link when it
/// overlaps link display text.
TextZone zone_of(const Block& block, std::size_t begin, std::size_t end);

/// Returns the whole file, or an empty string when it cannot be read.
std::string read_bytes(const std::filesystem::path& file);

}  // namespace notegraph::bench
