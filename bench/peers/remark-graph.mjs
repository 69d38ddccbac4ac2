// Peer for bench/run.sh: builds a vault's link graph the way the JavaScript site
// generators do (Flowershow, Quartz): unified + remark-parse + remark-frontmatter +
// @flowershow/remark-wiki-link for Obsidian links, `yaml` for front matter, graphology
// for the graph. Same job as `notegraph stats --extract none`: notes, wikilinks and
// embeds, Markdown links, URLs, front-matter and inline tags, aggregated edges.
//
//   node remark-graph.mjs VAULT [--mode parse|graph] [--resolver map|plugin]
//
// --mode parse     remark-parse alone on every note (the JavaScript parse floor)
// --resolver map   the plugin parses [[…]]; targets resolve through a stem → paths map
//                  (shortest path wins), as Quartz's link crawler does (default)
// --resolver plugin  the plugin's own Obsidian resolution (`format: shortestPossible`
//                  with the `files` list, as its README documents; scans the list per link)
import { readFileSync, readdirSync } from "node:fs";
import { join, relative, extname, basename, dirname, posix } from "node:path";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkFrontmatter from "remark-frontmatter";
import wikiLinkPlugin from "@flowershow/remark-wiki-link";
import { visit } from "unist-util-visit";
import YAML from "yaml";
import graphology from "graphology";

const args = process.argv.slice(2);
const root = args[0];
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const mode = opt("--mode", "graph");
const resolver = opt("--resolver", "map");
if (!root) {
  console.error("usage: node remark-graph.mjs VAULT [--mode parse|graph] [--resolver map|plugin]");
  process.exit(2);
}

const start = process.hrtime.bigint();

// Walk the vault; dot-folders skipped, sorted like notegraph.
const notes = [];
const attachments = [];
(function walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith(".")) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) walk(full);
    else if (e.isFile()) (extname(e.name).toLowerCase() === ".md" ? notes : attachments).push(relative(root, full).split("\\").join("/"));
  }
})(root);
notes.sort();
attachments.sort();

const ms = () => Number(process.hrtime.bigint() - start) / 1e6;

if (mode === "parse") {
  const parser = unified().use(remarkParse);
  let nodes = 0;
  for (const path of notes) {
    const tree = parser.parse(readFileSync(join(root, path), "utf8"));
    nodes += tree.children.length;
  }
  console.log(JSON.stringify({ peer: "remark-parse", notes: notes.length, blocks: nodes, ms: Math.round(ms()) }));
  process.exit(0);
}

// Resolution index: lower-cased stem → paths, shortest first (Obsidian's shortest path).
const stemOf = (p) => basename(p).replace(/\.md$/i, "").toLowerCase();
const byStem = new Map();
const byPath = new Map();
for (const p of [...notes, ...attachments]) {
  const key = p.toLowerCase().endsWith(".md") ? stemOf(p) : basename(p).toLowerCase();
  if (!byStem.has(key)) byStem.set(key, []);
  byStem.get(key).push(p);
  byPath.set(p.toLowerCase().replace(/\.md$/, ""), p);
}
for (const list of byStem.values()) list.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));

function resolveTarget(target, from) {
  let t = target.trim().toLowerCase().replace(/\.md$/, "");
  if (!t) return from;
  if (t.includes("/")) return byPath.get(t) ?? byPath.get(posix.join(dirname(from).toLowerCase(), t));
  const list = byStem.get(t);
  if (!list) return undefined;
  const own = list.find((p) => dirname(p) === dirname(from));
  return own ?? list[0];
}

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter)
  .use(wikiLinkPlugin, resolver === "plugin" ? { format: "shortestPossible", files: notes } : {});

const graph = new graphology.DirectedGraph();
const node = (id, kind) => {
  if (!graph.hasNode(id)) graph.addNode(id, { kind });
  return id;
};
const edge = (s, t, kind) => {
  const key = `${s}\u0000${t}\u0000${kind}`;
  if (graph.hasEdge(key)) graph.updateEdgeAttribute(key, "count", (c) => c + 1);
  else graph.addEdgeWithKey(key, s, t, { kind, count: 1 });
};
const TAG = /(?:^|\s)#([\p{L}\p{N}_\-/]*[\p{L}_\-/][\p{L}\p{N}_\-/]*)/gu;
let links = 0, resolved = 0, unresolved = 0, failed = 0, yamlErrors = 0;

for (const path of notes) {
  const from = node(`note:${path}`, "note");
  let tree;
  try {
    tree = processor.runSync(processor.parse(readFileSync(join(root, path), "utf8")));
  } catch {
    failed++;  // the plugin throws on `[[]]`; a real site generator would stop here
    continue;
  }
  const addTag = (tag) => {
    const parts = String(tag).toLowerCase().split("/");
    for (let i = 1; i <= parts.length; i++) {
      const t = node(`tag:${parts.slice(0, i).join("/")}`, "tag");
      if (i > 1) edge(t, `tag:${parts.slice(0, i - 1).join("/")}`, "broader");
    }
    edge(from, `tag:${parts.join("/")}`, "tag");
  };
  const addLink = (target, embed) => {
    links++;
    const hit = resolveTarget(target, path);
    if (hit) {
      resolved++;
      edge(from, node(hit.toLowerCase().endsWith(".md") ? `note:${hit}` : `attachment:${hit}`, "note"), "link");
    } else {
      unresolved++;
      edge(from, node(`missing:${target.trim().toLowerCase()}`, "missing"), "link");
    }
  };
  visit(tree, (n) => {
    switch (n.type) {
      case "yaml": {
        let fm;
        try { fm = YAML.parse(n.value); } catch { yamlErrors++; return; }
        if (fm && typeof fm === "object") {
          const tags = Array.isArray(fm.tags) ? fm.tags : typeof fm.tags === "string" ? fm.tags.split(/[,\s]+/) : [];
          for (const t of tags) if (t) addTag(t);
        }
        return;
      }
      case "wikiLink":
      case "embed": {
        const [target] = n.value.split("#");
        if (resolver === "plugin") {
          links++;
          if (n.data.existing) resolved++; else unresolved++;
          const hit = n.data.hProperties?.["data-fs-resolved-file-path"];
          edge(from, node(hit ? `note:${hit}` : `missing:${target.trim().toLowerCase()}`, hit ? "note" : "missing"), "link");
        } else {
          addLink(target, n.type === "embed");
        }
        return;
      }
      case "link": {
        if (/^[a-z][a-z0-9+.-]*:/i.test(n.url)) edge(from, node(`url:${n.url}`, "url"), "url");
        else if (n.url && !n.url.startsWith("#")) {
          let t;
          try { t = decodeURIComponent(n.url.split("#")[0]); } catch { t = n.url; }
          if (t) addLink(posix.normalize(posix.join(dirname(path), t)).replace(/^\.\//, ""), false);
        }
        return;
      }
      case "text":
        for (const m of n.value.matchAll(TAG)) addTag(m[1]);
        return;
    }
  });
}

console.log(JSON.stringify({
  peer: `remark+flowershow-wiki-link (${resolver})`, notes: notes.length, nodes: graph.order, edges: graph.size,
  links, resolved, unresolved, failed, yamlErrors, ms: Math.round(ms()),
}));
