// The side panel of the selected node: what it is, then its edges grouped by kind and
// direction (links, backlinks, mentions, …), each cited video second a link to the
// video at that second. Text goes in through textContent only: vault text is never HTML.

import { clockTime, videoOfEdge, videoUrlAt } from "./data.js";

// Section titles by edge kind: [outgoing, incoming]; one title for both directions
// where the kind is undirected.
const SECTIONS = [
  ["link", "Links", "Backlinks"],
  ["mention", "Mentions", "Mentioned in"],
  ["source", "Source video", "Summarised in"],
  ["url", "URLs and videos", "Cited by"],
  ["tag", "Tags", "Tagged notes"],
  ["broader", "Broader tags", "Narrower tags"],
  ["cooccurs", "Co-occurs with", null],
];
const ROWS_SHOWN = 100;

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/// A panel bound to one view; `navigate(i)` is called when a neighbour is clicked.
export class Panel {
  constructor(root, view, colors, navigate) {
    this.root = root;
    this.view = view;
    this.colors = colors;
    this.navigate = navigate;
  }

  hide() {
    this.root.hidden = true;
    this.root.replaceChildren();
  }

  show(i) {
    const v = this.view;
    const info = v.extra.get(i) || {};
    const root = this.root;
    root.replaceChildren();
    root.hidden = false;
    root.dataset.node = v.nodes.id[i];

    const close = el("button", "close", "\u00d7");
    close.title = "Close";
    close.setAttribute("aria-label", "Close the panel");
    close.addEventListener("click", () => this.navigate(-1));
    root.append(close);

    const title = el("h2", "node-title", v.nodes.label[i] || v.nodes.id[i]);
    root.append(title);
    const badges = el("div", "badges");
    const kind = v.nodeKinds[v.nodes.kind[i]];
    const kindBadge = el("span", "badge", kind.name);
    kindBadge.style.background = kind.color;
    badges.append(kindBadge);
    if (v.nodes.type[i] >= 0) {
      const type = v.entityTypes[v.nodes.type[i]];
      const typeBadge = el("span", "badge", type.name);
      typeBadge.style.background = type.color;
      badges.append(typeBadge);
    }
    badges.append(el("span", "metric", `degree ${v.degree[i]}`));
    if (v.pagerank) badges.append(el("span", "metric", `PageRank ${v.pagerank[i].toPrecision(3)}`));
    root.append(badges);

    const facts = el("dl", "facts");
    const fact = (name, value) => {
      facts.append(el("dt", "", name));
      const dd = el("dd");
      if (value instanceof Node) dd.append(value);
      else dd.textContent = value;
      facts.append(dd);
    };
    fact("id", v.nodes.id[i]);
    if (info.path) fact("path", info.path);
    if (info.url) {
      const a = el("a", "external", info.url);
      a.href = info.url;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      fact("url", a);
    }
    if (info.aliases && info.aliases.length) fact("aliases", info.aliases.join(", "));
    if (info.sameAs) fact("same as", info.sameAs);
    if (info.properties)
      for (const [key, value] of Object.entries(info.properties))
        fact(key, typeof value === "string" ? value : JSON.stringify(value));
    root.append(facts);

    for (const [kindName, outTitle, inTitle] of SECTIONS) {
      const k = v.edgeKind[kindName];
      if (k === undefined) continue;
      const outs = v.outEdges[i].filter((e) => v.edges.kind[e] === k);
      const ins = v.inEdges[i].filter((e) => v.edges.kind[e] === k);
      if (inTitle === null) {
        this.section(root, outTitle, [...outs.map((e) => [e, "out"]), ...ins.map((e) => [e, "in"])], kindName);
      } else {
        this.section(root, outTitle, outs.map((e) => [e, "out"]), kindName + "-out");
        this.section(root, inTitle, ins.map((e) => [e, "in"]), kindName + "-in");
      }
    }
    root.scrollTop = 0;
  }

  section(root, title, rows, name) {
    if (rows.length === 0) return;
    const box = el("section", "edges");
    box.dataset.section = name;
    box.append(el("h3", "", `${title} (${rows.length})`));
    const list = el("ul");
    box.append(list);
    const add = (from, to) => {
      for (let r = from; r < to; r++) list.append(this.row(rows[r][0], rows[r][1]));
    };
    add(0, Math.min(rows.length, ROWS_SHOWN));
    if (rows.length > ROWS_SHOWN) {
      const more = el("button", "more", `show all ${rows.length}`);
      more.addEventListener("click", () => {
        more.remove();
        add(ROWS_SHOWN, rows.length);
      });
      box.append(more);
    }
    root.append(box);
  }

  row(e, direction) {
    const v = this.view;
    const other = direction === "out" ? v.edges.target[e] : v.edges.source[e];
    const li = el("li");
    const button = el("button", "node-link");
    const dot = el("span", "dot");
    dot.style.background = this.colors(other);
    button.append(dot, document.createTextNode(v.nodes.label[other] || v.nodes.id[other]));
    button.title = v.nodes.id[other];
    button.dataset.node = v.nodes.id[other];
    button.addEventListener("click", () => this.navigate(other));
    li.append(button);
    const relation = v.relations[v.edges.relation[e]];
    if (relation) li.append(el("span", "relation", relation));
    const weight = v.edges.weight[e];
    if (weight > 1) li.append(el("span", "count", `\u00d7${weight}`));
    const seconds = v.seconds.get(e);
    if (seconds && seconds.length) {
      const video = videoOfEdge(v, e);
      const span = el("span", "seconds");
      for (const s of seconds) {
        const url = video >= 0 ? videoUrlAt(v, video, s) : "";
        if (url) {
          const a = el("a", "second", clockTime(s));
          a.href = url;
          a.target = "_blank";
          a.rel = "noopener noreferrer";
          a.title = `${v.nodes.label[video] || v.nodes.id[video]} at ${clockTime(s)}`;
          span.append(a);
        } else {
          span.append(el("span", "second", clockTime(s)));
        }
      }
      li.append(span);
    }
    return li;
  }
}
