#!/usr/bin/env bash
# Exports the examples vault as CSV (Neo4j bulk-import layout), loads it into an
# embedded Kuzu database with the load_kuzu.cypher script the export writes, and runs
# Cypher queries. Needs Node.js and the `kuzu` npm package (tests/consumers has it
# pinned: `npm ci` there, or set KUZU_NODE_MODULES to a node_modules that has kuzu).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
ng="${NOTEGRAPH:-$root/build/cli/notegraph}"
vault="${VAULT:-$here/vault}"
out="${OUT:-$root/out/examples}"
mkdir -p "$out"

"$ng" --vault "$vault" --quiet export --format csv -o "$out/csv"

NODE_PATH="${KUZU_NODE_MODULES:-$root/tests/consumers/node_modules}" node - "$out/csv" <<'JS'
const fs = require('fs');
const path = require('path');
const kuzu = require('kuzu');

(async () => {
  const dir = process.argv[2];
  const db = new kuzu.Database(path.join(dir, '..', 'kuzu-example.db'));
  const conn = new kuzu.Connection(db);
  process.chdir(dir);  // load_kuzu.cypher names its CSV files relative to its folder
  // Start from an empty database each run.
  for (const row of await (await conn.query('CALL show_tables() RETURN name, type')).getAll())
    if (row.type === 'REL') await conn.query(`DROP TABLE ${row.name}`);
  for (const row of await (await conn.query('CALL show_tables() RETURN name, type')).getAll())
    await conn.query(`DROP TABLE ${row.name}`);
  const script = fs.readFileSync('load_kuzu.cypher', 'utf8');
  for (const statement of script.split(';\n')) {
    const body = statement.split('\n').filter((l) => !l.startsWith('//')).join('\n').trim();
    if (body) await conn.query(body);
  }
  const show = async (title, q) => {
    console.log(`\n== ${title}\n${q}`);
    for (const row of await (await conn.query(q)).getAll()) console.log(JSON.stringify(row));
  };
  await show('Most linked notes',
    'MATCH (a:Note)-[:LINKS_TO]->(b:Note) RETURN b.label AS note, count(*) AS links ' +
    'ORDER BY links DESC, note LIMIT 5');
  await show('Neighbours of Zürich (any edge, either way)',
    "MATCH (z:Note)-[]-(n) WHERE z.id = 'note:places/Zürich.md' " +
    'RETURN DISTINCT n.kind AS kind, n.label AS label ORDER BY kind, label');
  await show('People mentioned most, and in how many notes',
    "MATCH (n:Note)-[:MENTIONS]->(e:Entity) WHERE e.entity_type = 'person' " +
    'RETURN e.label AS person, count(DISTINCT n) AS notes ORDER BY notes DESC, person LIMIT 5');
})().catch((e) => { console.error(e); process.exit(1); });
JS
