#!/usr/bin/env bash
# Exports the examples vault as N-Quads, loads them into an Oxigraph store and runs
# SPARQL: which notes link to a note, and which videos and seconds each note cites.
# Needs Node.js and the `oxigraph` npm package (tests/consumers has it pinned: `npm ci`
# there, or set OXIGRAPH_NODE_MODULES). The same file loads into any RDF store, e.g.
# `oxigraph load --location db --file vault.nq` or Jena's `tdb2.tdbloader`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
ng="${NOTEGRAPH:-$root/build/cli/notegraph}"
vault="${VAULT:-$here/vault}"
out="${OUT:-$root/out/examples}"
mkdir -p "$out"

"$ng" --vault "$vault" --quiet export --format nquads -o "$out/vault.nq"

NODE_PATH="${OXIGRAPH_NODE_MODULES:-$root/tests/consumers/node_modules}" node - "$out/vault.nq" <<'JS'
const fs = require('fs');
const oxigraph = require('oxigraph');

const store = new oxigraph.Store();
store.load(fs.readFileSync(process.argv[2], 'utf8'), { format: 'application/n-quads' });
console.log(`loaded ${store.size} triples`);
const prefixes = 'PREFIX ng: <https://notegraph.invalid/ns#>\nPREFIX schema: <http://schema.org/>\n';
const show = (title, q) => {
  console.log(`\n== ${title}\n${prefixes}${q}`);
  for (const b of store.query(prefixes + q)) {
    const row = {};
    for (const [k, v] of b) row[k] = v.value;
    console.log(JSON.stringify(row));
  }
};
show('Which notes link to Zürich',
  `SELECT ?title WHERE {
  ?z ng:id "note:places/Zürich.md" .
  ?n ng:linksTo ?z ; schema:name ?title .
} ORDER BY ?title`);
show('Which videos and seconds each note cites',
  `SELECT ?note ?video ?second ?url WHERE {
  ?n ng:citesClip ?clip ; schema:name ?note .
  ?clip schema:isPartOf ?v ; schema:startOffset ?second ; schema:url ?url .
  ?v ng:id ?video .
} ORDER BY ?note ?video ?second LIMIT 12`);
show('People and the notes that mention them',
  `SELECT ?person (COUNT(DISTINCT ?n) AS ?notes) WHERE {
  ?e a schema:Person ; schema:name ?person .
  ?n schema:mentions ?e .
} GROUP BY ?person ORDER BY DESC(?notes) ?person LIMIT 5`);
JS
