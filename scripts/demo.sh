#!/usr/bin/env bash
# Quick start, first command: install, build, and run notegraph on the bundled vaults
# (seeds/ and examples/vault): stats, a few queries, and every export into out/demo/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
ng="${BUILD_DIR:-build}/cli/notegraph"
out=out/demo
mkdir -p "$out"

run() {  # prints the command, then runs it
  echo
  echo "\$ notegraph $*"
  "$ng" "$@"
}

echo "== The seed note"
run stats --vault seeds --no-cache
run query mentions --vault seeds --no-cache "Kremlins Strategy and Negotiations" --format table

echo
echo "== The examples vault (see examples/README.md)"
ex=(--vault examples/vault --no-cache)
run stats "${ex[@]}"   # prints the vault's one warning: a note with invalid YAML, on purpose
ex+=(--quiet)
run query backlinks "${ex[@]}" "places/Zürich.md" --format table
run query path "${ex[@]}" "Rail passes and booking tricks" "places/Lisbon.md" --undirected --edge link --format table
run query unresolved "${ex[@]}" --format table
run query orphans "${ex[@]}" --format table
run query rank "${ex[@]}" --by pagerank --node note --top 5 --format table

echo
echo "== Exports into $out/"
for fmt in graphml gexf dot jsonld nquads svg html; do
  "$ng" export "${ex[@]}" --format "$fmt" -o "$out/examples.$fmt"
done
"$ng" export "${ex[@]}" --format csv -o "$out/examples-csv"
"$ng" export --vault seeds --no-cache --format graphml -o "$out/seeds.graphml"
ls -l "$out"
echo
echo "Open $out/examples.html (the interactive view) or $out/examples.svg in a browser;"
echo "$out/examples.gexf or $out/examples.graphml in Gephi."
