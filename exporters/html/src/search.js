// Search with suggestions: labels, ids and aliases, case- and accent-insensitive;
// exact label matches first, then label prefixes, word prefixes, other label matches
// and id or alias matches; ties by degree (hubs first), then label.

/// Returns `text` folded for matching: lower case, without combining marks, and runs of
/// spaces, `_` and `-` as one space (so "bonus prof" finds the note `bonus_professor`).
export function fold(text) {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[\s_-]+/g, " ");
}

/// Builds the search index of a view: one folded label and one folded "other names"
/// string per node.
export function buildIndex(view) {
  const labels = new Array(view.nodeCount);
  const others = new Array(view.nodeCount);
  for (let i = 0; i < view.nodeCount; i++) {
    labels[i] = fold(view.nodes.label[i] || view.nodes.id[i]);
    const info = view.extra.get(i);
    const aliases = info && info.aliases ? info.aliases.join("\u0000") : "";
    others[i] = fold(view.nodes.id[i] + "\u0000" + aliases);
  }
  return { labels, others };
}

const WORD_START = /[ /:(.,]/;

function score(label, other, q) {
  if (label === q) return 0;
  if (label.startsWith(q)) return 1;
  const at = label.indexOf(q);
  if (at > 0 && WORD_START.test(label[at - 1])) return 2;
  if (at > 0) return 3;
  if (other.includes(q)) return 4;
  return -1;
}

/// Returns up to `limit` node indexes matching `query`, best first.
export function search(view, index, query, limit) {
  const q = fold(query.trim());
  if (!q) return [];
  const hits = [];
  for (let i = 0; i < view.nodeCount; i++) {
    const s = score(index.labels[i], index.others[i], q);
    if (s >= 0) hits.push([s, i]);
  }
  hits.sort((a, b) =>
    a[0] - b[0] || view.degree[b[1]] - view.degree[a[1]] ||
    (index.labels[a[1]] < index.labels[b[1]] ? -1 : index.labels[a[1]] > index.labels[b[1]] ? 1 : a[1] - b[1]));
  return hits.slice(0, limit).map((h) => h[1]);
}
