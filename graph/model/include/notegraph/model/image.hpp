#pragma once
// The graph's on-disk image: its columns one after another, 8-byte aligned, behind a
// header with a layout version and a checksum of every byte. Written once per index
// update; read back by memory-mapping, so a warm query touches only the pages it uses.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "notegraph/model/graph.hpp"

namespace notegraph {

/// Writes `graph`'s image to `path` (created or truncated). Returns false with the
/// system's reason in `error` when it cannot be written.
bool write_image(const KnowledgeGraph& graph, const std::filesystem::path& path,
                 std::string& error);

/// What map_image found.
struct MappedImage {
  KnowledgeGraph graph;
  std::uint64_t checksum = 0;  ///< the checksum in the header (the index records it)
};

/// Maps the image at `path` after checking its header, size and checksum (read through
/// a small buffer, so the check adds no resident memory). Returns nullopt, with the
/// reason in `error`, for a missing, truncated, corrupt or foreign file; a symbolic link
/// is refused.
std::optional<MappedImage> map_image(const std::filesystem::path& path, std::string& error);

}  // namespace notegraph
