#!/usr/bin/env bash
# Renders the examples vault with Graphviz: the whole graph laid out by sfdp, and the
# notes with their links, clustered by folder, laid out by dot.
#   NOTEGRAPH=path/to/notegraph VAULT=examples/vault OUT=out/examples examples/render_graphviz.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
ng="${NOTEGRAPH:-$root/build/cli/notegraph}"
vault="${VAULT:-$here/vault}"
out="${OUT:-$root/out/examples}"
mkdir -p "$out"

# Everything: notes, tags, URLs, videos, entities; sfdp suits large, dense graphs.
"$ng" --vault "$vault" --quiet export --format dot -o "$out/vault.dot"
sfdp -Tsvg "$out/vault.dot" -o "$out/vault.sfdp.svg"

# Only notes and the notes they miss, boxed by folder; dot draws the links top-down.
"$ng" --vault "$vault" --quiet export --format dot --cluster folder --node note missing \
  -o "$out/notes.dot"
dot -Tsvg "$out/notes.dot" -o "$out/notes.dot.svg"

# The neighbourhood of one note.
"$ng" --vault "$vault" --quiet export --format dot --around "places/Zürich.md" --depth 1 -o "$out/zurich.dot"
dot -Tsvg "$out/zurich.dot" -o "$out/zurich.dot.svg"

echo "wrote $out/vault.sfdp.svg, $out/notes.dot.svg and $out/zurich.dot.svg"
