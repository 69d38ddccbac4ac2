// Reads the graph the exporter wrote into the page (format "notegraph-view", version 1;
// exporters/html/README.md describes it) into plain arrays plus per-node edge lists.

const FORMAT = "notegraph-view";
const VERSION = 1;

/// Returns the decoded model, or throws an Error saying what is wrong with the data.
export function decodeView(raw) {
  if (!raw || raw.format !== FORMAT) throw new Error(`not a ${FORMAT} document`);
  if (raw.version !== VERSION) throw new Error(`${FORMAT} version ${raw.version} is not ${VERSION}`);
  const n = raw.nodes.id.length;
  const m = raw.edges.source.length;
  const nodes = raw.nodes;
  for (const column of ["label", "kind", "type", "x", "y"])
    if (nodes[column].length !== n) throw new Error(`nodes.${column} has ${nodes[column].length} entries, not ${n}`);
  const edges = raw.edges;
  for (const column of ["target", "kind", "relation", "weight"])
    if (edges[column].length !== m) throw new Error(`edges.${column} has ${edges[column].length} entries, not ${m}`);

  // Edge lists per node, in the exporter's edge order (sorted by source id, target id,
  // kind, relation), so panels list neighbours deterministically.
  const outEdges = Array.from({ length: n }, () => []);
  const inEdges = Array.from({ length: n }, () => []);
  const degree = new Float64Array(n);
  for (let e = 0; e < m; e++) {
    const s = edges.source[e], t = edges.target[e];
    outEdges[s].push(e);
    inEdges[t].push(e);
    degree[s] += 1;
    degree[t] += 1;
  }
  const extra = new Map();
  for (const [key, value] of Object.entries(raw.extra || {})) extra.set(Number(key), value);
  const seconds = new Map();
  for (const [key, value] of Object.entries(edges.seconds || {})) seconds.set(Number(key), value);

  const kindIndex = (list, name) => list.findIndex((k) => k.name === name);
  return {
    title: raw.title || "notegraph",
    nodeKinds: raw.nodeKinds,
    entityTypes: raw.entityTypes,
    edgeKinds: raw.edgeKinds,
    relations: raw.relations,
    nodeCount: n,
    edgeCount: m,
    nodes,
    edges,
    extra,
    seconds,
    outEdges,
    inEdges,
    degree,
    pagerank: nodes.pagerank && nodes.pagerank.length === n ? nodes.pagerank : null,
    kind: {
      video: kindIndex(raw.nodeKinds, "video"),
      note: kindIndex(raw.nodeKinds, "note"),
    },
    edgeKind: Object.fromEntries(raw.edgeKinds.map((k, i) => [k.name, i])),
  };
}

/// Returns the video a node's cited seconds refer to: the target of its `source` edge
/// to a video (the first in id order), or -1 when it has none.
export function ownVideo(view, node) {
  let best = -1;
  for (const e of view.outEdges[node]) {
    const t = view.edges.target[e];
    if (view.edges.kind[e] === view.edgeKind.source && view.nodes.kind[t] === view.kind.video &&
        (best < 0 || t < best))
      best = t;
  }
  return best;
}

/// Returns the video an edge's seconds refer to (-1: none): the target itself when the
/// edge is a note's url or source edge to a video, else the source note's own video,
/// as `notegraph query mentions` does.
export function videoOfEdge(view, e) {
  const t = view.edges.target[e];
  const k = view.edges.kind[e];
  if (view.nodes.kind[t] === view.kind.video && (k === view.edgeKind.url || k === view.edgeKind.source))
    return t;
  return ownVideo(view, view.edges.source[e]);
}

/// Returns the watch URL of a video node at a second ("…watch?v=ID&t=74s").
export function videoUrlAt(view, video, second) {
  const info = view.extra.get(video);
  const base = info && info.url ? info.url : "";
  if (!base) return "";
  return `${base}${base.includes("?") ? "&" : "?"}t=${second}s`;
}

/// Returns seconds as "H:MM:SS", or "M:SS" under an hour, as video players show them.
export function clockTime(seconds) {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const pad = (x) => String(x).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
