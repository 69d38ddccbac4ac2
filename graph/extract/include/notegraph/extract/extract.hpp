#pragma once
// Entity extraction (SPEC 4): extractors behind one small interface; each takes a
// parsed note's prose blocks and returns typed spans. PLACEHOLDER: the extraction
// issue fills this in; the pipeline only needs ExtractOptions to exist.

#include <string>
#include <vector>

namespace notegraph {

struct ExtractOptions {
  bool enabled = false;  // replaced by the extraction issue's switches
};

}  // namespace notegraph
