#pragma once
// The page script of the HTML export: exporters/html/src bundled by esbuild into one
// file, which CMake (cmake/EmbedText.cmake) turns into a generated source at build time.

#include <string_view>

namespace notegraph {

/// Returns the bundled script (ASCII JavaScript, no `</script`).
std::string_view html_view_script();

}  // namespace notegraph
