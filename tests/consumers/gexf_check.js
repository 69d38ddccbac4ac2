// Parses the GEXF export with graphology-gexf and prints what it found as JSON:
// usage: node gexf_check.js graph.gexf
'use strict';
const fs = require('fs');
const gexf = require('graphology-gexf');
const { MultiDirectedGraph } = require('graphology');

const graph = gexf.parse(MultiDirectedGraph, fs.readFileSync(process.argv[2], 'utf8'));
const out = { order: graph.order, size: graph.size, node_kinds: {}, edge_kinds: {}, labels: {},
              uncoloured: 0 };
graph.forEachNode((id, attrs) => {
  out.node_kinds[attrs.kind] = (out.node_kinds[attrs.kind] || 0) + 1;
  out.labels[id] = attrs.label;
  if (typeof attrs.color !== 'string' || !attrs.color.startsWith('rgb')) out.uncoloured++;
});
graph.forEachEdge((e, attrs) => {
  out.edge_kinds[attrs.kind] = (out.edge_kinds[attrs.kind] || 0) + 1;
});
process.stdout.write(JSON.stringify(out));
