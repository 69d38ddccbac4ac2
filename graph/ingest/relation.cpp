#include "relation.hpp"

#include "notegraph/text/fold.hpp"

namespace notegraph::detail {

std::string relation_name(std::string_view key) {
  const std::string lowered = text::lower(key);
  std::string out;
  out.reserve(lowered.size());
  bool gap = false;
  for (char c : lowered) {
    if (c == ' ' || c == '\t') {
      gap = !out.empty();
      continue;
    }
    if (gap) out.push_back('_');
    gap = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace notegraph::detail
