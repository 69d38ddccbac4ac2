#pragma once
// Internal to graph/pipeline: bringing an index up to date with the vault.
//
//   diff      one stat per file against the stored stamps; a changed stamp with
//             unchanged contents (hash) is only restamped
//   parse     added and changed notes: read, parse, observe (in parallel, in batches,
//             stored as they go, so memory stays bounded)
//   globals   the rules corpus (removals and additions), the vault's names, the file
//             set; from their changes, the unchanged notes whose part must be redone:
//             links whose candidates changed, vault mentions of added or removed names,
//             entity decisions whose corpus digest changed, entity names that became or
//             stopped being a note or an unresolved link target
//   parts     for those notes: resolve, decide, build the part (stored)
//   patch     the stored graph without the redone notes' edges, plus their new parts
//   commit    the graph's image, the corpus, diagnostics and stamps in one transaction

#include <memory>
#include <stdexcept>

#include "index_store.hpp"
#include "notegraph/pipeline/load.hpp"

namespace notegraph::detail {

/// Another process holds the index's write lock past the wait.
struct IndexLocked : std::runtime_error {
  IndexLocked() : std::runtime_error("the index is locked by another notegraph") {}
};

/// Another process updated the index between this one's read and its lock.
struct IndexChanged : std::runtime_error {
  IndexChanged() : std::runtime_error("the index changed meanwhile") {}
};

/// Something the index holds failed its checksum or does not decode: rebuild.
struct IndexCorrupt : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// Brings `store` up to date with the vault described by `options` and returns the
/// graph. `persistent` says whether images are written to the store's folder. Throws
/// the three errors above (nothing is written then) and std::runtime_error when the
/// vault cannot be read.
LoadResult update_index(const LoadOptions& options, IndexStore& store, bool persistent);

}  // namespace notegraph::detail
