// Loads the CSV export into an in-memory Kuzu database with the load_kuzu.cypher it
// holds, and prints what Cypher finds as JSON:
// usage: node kuzu_check.js csvdir queries.json   ({"neighbors": [node ids]})
'use strict';
const fs = require('fs');
const path = require('path');
const kuzu = require('kuzu');

async function all(conn, q, params) {
  const result = params ? await conn.execute(await conn.prepare(q), params) : await conn.query(q);
  return result.getAll();
}

async function main() {
  const [dir, queriesPath] = process.argv.slice(2);
  const queries = JSON.parse(fs.readFileSync(queriesPath, 'utf8'));
  const script = fs.readFileSync(path.join(dir, 'load_kuzu.cypher'), 'utf8');
  const db = new kuzu.Database(':memory:');
  const conn = new kuzu.Connection(db);
  process.chdir(dir);  // the script names its files relative to its folder
  for (const statement of script.split(';\n')) {
    const body = statement.split('\n').filter((l) => !l.startsWith('//')).join('\n').trim();
    if (body) await all(conn, body);
  }
  const out = {};
  out.nodes = (await all(conn, 'MATCH (n) RETURN count(*) AS c'))[0].c;
  out.rels = (await all(conn, 'MATCH ()-[r]->() RETURN count(*) AS c'))[0].c;
  out.labels = {};
  for (const row of await all(conn, 'MATCH (n) RETURN n.id AS id, n.label AS label'))
    out.labels[row.id] = row.label === null ? '' : row.label;
  out.neighbors = {};
  for (const id of queries.neighbors || []) {
    const rows = await all(conn, 'MATCH (a)-[]-(b) WHERE a.id = $id RETURN DISTINCT b.id AS id', { id });
    out.neighbors[id] = rows.map((r) => r.id).sort();
  }
  process.stdout.write(JSON.stringify(out));
}

main().catch((e) => {
  process.stderr.write(`kuzu_check: ${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});
