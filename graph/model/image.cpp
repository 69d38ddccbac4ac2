#include "notegraph/model/image.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <vector>

#include "storage.hpp"

namespace notegraph {
namespace {

constexpr char kMagic[8] = {'N', 'G', 'I', 'M', 'A', 'G', 'E', '1'};
constexpr std::uint32_t kLayout = 1;
constexpr std::size_t kColumns = 34;

struct Header {
  char magic[8];
  std::uint32_t layout;
  std::uint32_t columns;
  std::uint64_t file_size;
  std::uint64_t checksum;  ///< XXH3-64 of every byte after the header
  struct Column {
    std::uint64_t offset;  ///< from the start of the file
    std::uint64_t count;   ///< elements
    std::uint64_t width;   ///< bytes per element
  } column[kColumns];
};

/// Calls `apply` on every column span of `c`, in the image's fixed order, so the same
/// list serves writing and mapping. A new column is added here and in kColumns.
template <typename Columns, typename F>
void each_column(Columns& c, F&& apply) {
  apply(c.chars);
  apply(c.str_offsets);
  apply(c.type_names);
  apply(c.node_kind);
  apply(c.node_key);
  apply(c.node_label);
  apply(c.node_type);
  apply(c.node_same_as);
  apply(c.node_flags);
  apply(c.tag_offsets);
  apply(c.tag_items);
  apply(c.alias_offsets);
  apply(c.alias_items);
  apply(c.prop_offsets);
  apply(c.prop_keys);
  apply(c.prop_values);
  apply(c.edge_source);
  apply(c.edge_target);
  apply(c.edge_kind);
  apply(c.edge_relation);
  apply(c.edge_name);
  apply(c.edge_type);
  apply(c.edge_weight);
  apply(c.occ_offsets);
  apply(c.out_offsets);
  apply(c.in_offsets);
  apply(c.in_edges);
  apply(c.occ_line);
  apply(c.occ_section);
  apply(c.occ_second);
  apply(c.occ_alias);
  apply(c.occ_anchor);
  apply(c.occ_size);
  apply(c.occ_flags);
}

std::uint64_t align8(std::uint64_t n) { return (n + 7) & ~std::uint64_t{7}; }

struct Fd {
  int fd = -1;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

bool write_all(int fd, const void* data, std::size_t n) {
  const char* p = static_cast<const char*>(data);
  while (n > 0) {
    const ssize_t w = ::write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    p += w;
    n -= static_cast<std::size_t>(w);
  }
  return true;
}

/// Columns over a mapped image.
struct MappedColumns : detail::Columns {
  void* base = MAP_FAILED;
  std::size_t size = 0;
  ~MappedColumns() {
    if (base != MAP_FAILED) ::munmap(base, size);
  }
};

}  // namespace

bool write_image(const KnowledgeGraph& graph, const std::filesystem::path& path, std::string& error) {
  const detail::Columns& c = graph.columns();
  Header h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.layout = kLayout;
  h.columns = kColumns;
  std::uint64_t at = align8(sizeof(Header));
  std::size_t i = 0;
  std::vector<std::pair<const void*, std::uint64_t>> chunks;
  each_column(c, [&](const auto& span) {
    using T = typename std::remove_cvref_t<decltype(span)>::element_type;
    h.column[i] = {at, span.size(), sizeof(T)};
    chunks.emplace_back(span.data(), span.size() * sizeof(T));
    at = align8(at + span.size() * sizeof(T));
    ++i;
  });
  h.file_size = at;

  XXH3_state_t* state = XXH3_createState();
  XXH3_64bits_reset(state);
  static const char zeros[8] = {};
  std::uint64_t pos = align8(sizeof(Header));
  XXH3_64bits_update(state, zeros, pos - sizeof(Header));
  for (std::size_t k = 0; k < chunks.size(); ++k) {
    if (chunks[k].second) XXH3_64bits_update(state, chunks[k].first, chunks[k].second);
    const std::uint64_t end = h.column[k].offset + chunks[k].second;
    XXH3_64bits_update(state, zeros, align8(end) - end);
  }
  h.checksum = XXH3_64bits_digest(state);
  XXH3_freeState(state);

  Fd out;
  out.fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (out.fd < 0) {
    error = std::strerror(errno);
    return false;
  }
  bool ok = write_all(out.fd, &h, sizeof h) &&
            write_all(out.fd, zeros, align8(sizeof(Header)) - sizeof(Header));
  for (std::size_t k = 0; ok && k < chunks.size(); ++k) {
    if (chunks[k].second) ok = write_all(out.fd, chunks[k].first, chunks[k].second);
    const std::uint64_t end = h.column[k].offset + chunks[k].second;
    if (ok) ok = write_all(out.fd, zeros, align8(end) - end);
  }
  if (ok) ok = ::fsync(out.fd) == 0;
  if (!ok) error = std::strerror(errno);
  return ok;
}

std::optional<MappedImage> map_image(const std::filesystem::path& path, std::string& error) {
  Fd in;
  in.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (in.fd < 0) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  struct stat st {};
  if (::fstat(in.fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    error = "not a regular file";
    return std::nullopt;
  }
  Header h{};
  if (static_cast<std::uint64_t>(st.st_size) < sizeof h ||
      ::pread(in.fd, &h, sizeof h, 0) != static_cast<ssize_t>(sizeof h) ||
      std::memcmp(h.magic, kMagic, sizeof kMagic) != 0 || h.layout != kLayout ||
      h.columns != kColumns || h.file_size != static_cast<std::uint64_t>(st.st_size)) {
    error = "not a graph image of this version";
    return std::nullopt;
  }
  // Every column must lie inside the file, in order, and hold whole elements.
  std::uint64_t at = align8(sizeof(Header));
  for (const auto& col : h.column) {
    if (col.offset != at || col.width == 0 || col.width > 8 ||
        col.count > (h.file_size - at) / col.width) {
      error = "corrupt column table";
      return std::nullopt;
    }
    at = align8(at + col.count * col.width);
  }
  if (at != h.file_size) {
    error = "corrupt column table";
    return std::nullopt;
  }
  {
    XXH3_state_t* state = XXH3_createState();
    XXH3_64bits_reset(state);
    std::vector<char> buffer(1 << 20);
    std::uint64_t pos = sizeof(Header);
    bool ok = true;
    while (ok && pos < h.file_size) {
      const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(buffer.size(), h.file_size - pos));
      const ssize_t got = ::pread(in.fd, buffer.data(), want, static_cast<off_t>(pos));
      if (got <= 0) ok = false;
      else {
        XXH3_64bits_update(state, buffer.data(), static_cast<std::size_t>(got));
        pos += static_cast<std::uint64_t>(got);
      }
    }
    const std::uint64_t sum = XXH3_64bits_digest(state);
    XXH3_freeState(state);
    if (!ok || sum != h.checksum) {
      error = "checksum mismatch";
      return std::nullopt;
    }
  }
  auto mapped = std::make_shared<MappedColumns>();
  mapped->base = ::mmap(nullptr, h.file_size, PROT_READ, MAP_SHARED, in.fd, 0);
  if (mapped->base == MAP_FAILED) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  mapped->size = h.file_size;
  const char* bytes = static_cast<const char*>(mapped->base);
  std::size_t k = 0;
  bool widths_ok = true;
  each_column(*mapped, [&](auto& span) {
    using T = typename std::remove_cvref_t<decltype(span)>::element_type;
    widths_ok = widths_ok && h.column[k].width == sizeof(T);
    span = {reinterpret_cast<const T*>(bytes + h.column[k].offset), static_cast<std::size_t>(h.column[k].count)};
    ++k;
  });
  // The sizes that accessors rely on.
  const auto& c = *mapped;
  const std::size_t n = c.node_kind.size(), m = c.edge_source.size();
  if (!widths_ok || c.str_offsets.empty() || c.type_names.empty() || c.node_key.size() != n ||
      c.node_label.size() != n || c.node_type.size() != n || c.node_same_as.size() != n ||
      c.node_flags.size() != n || c.tag_offsets.size() != n + 1 || c.alias_offsets.size() != n + 1 ||
      c.prop_offsets.size() != n + 1 || c.out_offsets.size() != n + 1 || c.in_offsets.size() != n + 1 ||
      c.edge_target.size() != m || c.edge_kind.size() != m || c.edge_relation.size() != m ||
      c.edge_name.size() != m || c.edge_type.size() != m || c.edge_weight.size() != m ||
      c.occ_offsets.size() != m + 1 || c.in_edges.size() != m) {
    error = "inconsistent columns";
    return std::nullopt;
  }
  MappedImage out;
  out.checksum = h.checksum;
  out.graph = KnowledgeGraph(std::shared_ptr<const detail::Columns>(std::move(mapped)));
  return out;
}

}  // namespace notegraph
