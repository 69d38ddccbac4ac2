#!/usr/bin/env bash
# Runs examples/render_graphviz.sh, load_kuzu.sh and load_oxigraph.sh as a user would,
# and checks that each produced what it promises.
#   run_example_scripts.sh NOTEGRAPH_BIN OUTDIR
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export NOTEGRAPH="$1" OUT="$2"
rm -rf "$OUT"
mkdir -p "$OUT"
failed=0 passed=0
check() {  # check NAME COMMAND…
  local name="$1"; shift
  if "$@"; then passed=$((passed + 1)); echo "ok    $name"
  else failed=$((failed + 1)); echo "FAIL  $name"; fi
}

"$root/examples/render_graphviz.sh" > "$OUT/render.log" 2> "$OUT/render.err" || true
check "render_graphviz.sh: no warnings" test ! -s "$OUT/render.err"
for svg in vault.sfdp.svg notes.dot.svg zurich.dot.svg; do
  check "render_graphviz.sh: $svg is well-formed SVG" xmllint --noout "$OUT/$svg"
done
check "render_graphviz.sh: the notes drawing has folder clusters" grep -q 'class="cluster"' "$OUT/notes.dot.svg"

"$root/examples/load_kuzu.sh" > "$OUT/kuzu.log" 2>&1 || true
cat "$OUT/kuzu.log"
check "load_kuzu.sh: most linked notes" grep -q '"links":' "$OUT/kuzu.log"
check "load_kuzu.sh: Zürich's neighbours include its attachment" grep -q '"kind":"attachment"' "$OUT/kuzu.log"

"$root/examples/load_oxigraph.sh" > "$OUT/oxigraph.log" 2>&1 || true
cat "$OUT/oxigraph.log"
check "load_oxigraph.sh: loaded triples" grep -q '^loaded [1-9][0-9]* triples' "$OUT/oxigraph.log"
check "load_oxigraph.sh: notes link to Zürich" grep -q '"title":"2023 Alps by rail"' "$OUT/oxigraph.log"
check "load_oxigraph.sh: cited seconds with watch URLs" grep -q 'youtube.com/watch?v=[^"]*&t=[0-9]*s' "$OUT/oxigraph.log"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
