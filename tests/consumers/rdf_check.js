// Reads the JSON-LD and N-Quads exports with jsonld.js and Oxigraph and prints what they
// found as JSON: usage: node rdf_check.js graph.jsonld graph.nq queries.json [--no-jsonld-js]
// queries.json: {"links_to": [node ids], "cites": [note ids]}
'use strict';
const fs = require('fs');
const jsonld = require('jsonld');
const oxigraph = require('oxigraph');

const NG = 'https://notegraph.invalid/ns#';
const SCHEMA = 'http://schema.org/';

function literal(s) {
  return JSON.stringify(s);  // a SPARQL string literal (JSON escapes are SPARQL escapes)
}

function sparqlString(s) {
  // JSON.stringify escapes exactly what SPARQL's STRING_LITERAL2 needs, except that SPARQL
  // has no \/ and \u2028 is fine; JSON.stringify emits neither.
  return literal(s);
}

// no_transaction: Oxigraph's bulk path (documented for large loads); parsing and IRI
// validation are as strict as with a transaction.
function storeOf(data, format) {
  const store = new oxigraph.Store();
  store.load(data, { format, no_transaction: true });
  return store;
}

// Two sets of triples are equal when both have n triples and their union has n too;
// loading b's text into a copy of a costs one parse instead of n lookups.
function sameTriples(a, bText, bFormat, bSize) {
  const before = a.size;
  a.load(bText, { format: bFormat, no_transaction: true });
  return before === bSize && a.size === before;
}

async function main() {
  const [jsonldPath, nqPath, queriesPath, flag] = process.argv.slice(2);
  const queries = JSON.parse(fs.readFileSync(queriesPath, 'utf8'));
  const text = fs.readFileSync(jsonldPath, 'utf8');
  const nq = fs.readFileSync(nqPath, 'utf8');
  const out = {};
  out.nq_lines = nq.split('\n').filter((l) => l.length > 0).length;

  if (flag !== '--no-jsonld-js') {
    const doc = JSON.parse(text);
    const expanded = await jsonld.expand(doc, { safe: true });  // throws on anything dropped
    out.expanded_nodes = expanded.length;
    const torrdf = await jsonld.toRDF(doc, { format: 'application/n-quads', safe: true });
    out.torrdf_count = torrdf.split('\n').filter((l) => l.length > 0).length;
    const fromJs = storeOf(torrdf, 'application/n-quads');
    out.torrdf_store_size = fromJs.size;
    out.torrdf_equals_nquads = sameTriples(fromJs, nq, 'application/n-quads', out.nq_lines);
    if (typeof fromJs.free === 'function') fromJs.free();
  }

  // Each store is queried as loaded; then the JSON-LD goes into the N-Quads store too,
  // to compare the two sets (one store at a time beside it: Oxigraph runs in 32-bit
  // WebAssembly, 4 GB at most).
  const ldStore = storeOf(text, 'application/ld+json');
  out.jsonld_store_size = ldStore.size;
  out.links_to = {};
  for (const id of queries.links_to || []) {
    const rows = ldStore.query(
      `PREFIX ng: <${NG}> SELECT DISTINCT ?src WHERE { ?x ng:id ${sparqlString(id)} . ` +
        `?n ng:linksTo ?x . ?n ng:id ?src }`);
    out.links_to[id] = rows.map((b) => b.get('src').value).sort();
  }
  out.names = {};
  for (const b of ldStore.query(
    `PREFIX ng: <${NG}> PREFIX schema: <${SCHEMA}> SELECT ?id ?name WHERE { ?x ng:id ?id ; schema:name ?name }`))
    out.names[b.get('id').value] = b.get('name').value;
  if (typeof ldStore.free === 'function') ldStore.free();

  const nqStore = storeOf(nq, 'application/n-quads');
  out.nq_store_size = nqStore.size;
  out.cites = {};
  for (const id of queries.cites || []) {
    const rows = nqStore.query(
      `PREFIX ng: <${NG}> PREFIX schema: <${SCHEMA}> SELECT ?video ?second ?url WHERE { ` +
        `?n ng:id ${sparqlString(id)} ; ng:citesClip ?c . ?c schema:isPartOf ?v ; ` +
        `schema:startOffset ?second ; schema:url ?url . ?v ng:id ?video }`);
    out.cites[id] = rows
      .map((b) => [b.get('video').value, Number(b.get('second').value), b.get('url').value])
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  }
  out.stores_equal = sameTriples(nqStore, text, 'application/ld+json', out.jsonld_store_size);
  process.stdout.write(JSON.stringify(out));
}

main().catch((e) => {
  process.stderr.write(`rdf_check: ${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});
