#!/usr/bin/env node
// An external entity extractor for notegraph, built on compromise
// (https://github.com/spencermountain/compromise).
//
//   notegraph --extractor "node examples/extractors/compromise/extract.js" stats
//
// Protocol (see graph/extract/include/notegraph/extract/external.hpp): one JSON line
// per prose block on stdin, {"note", "block", "text"}; one JSON line back per block,
// in order, {"entities": [{"text", "type"}]}. notegraph finds each text in the block.
'use strict';
const readline = require('readline');
const nlp = require('compromise');

// Trim what compromise keeps around a match: punctuation, quotes, a possessive 's.
function clean(text) {
  return text
    .replace(/^[\s"'“”‘’(\[]+/u, '')
    .replace(/[\s.,;:!?"'“”‘’)\]]+$/u, '')
    .replace(/['’]s$/u, '');
}

function entities(text) {
  const doc = nlp(text);
  const out = [];
  const add = (matches, type) => {
    for (const m of matches.json()) {
      const t = clean(m.text);
      if (t) out.push({ text: t, type });
    }
  };
  add(doc.people(), 'person');
  add(doc.places(), 'place');
  add(doc.organizations(), 'organization');
  return out;
}

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', (line) => {
  let answer;
  try {
    answer = { entities: entities(JSON.parse(line).text || '') };
  } catch (e) {
    answer = { entities: [], error: String(e && e.message) };
  }
  process.stdout.write(JSON.stringify(answer) + '\n');
});
