// The page of `notegraph export --format html`: reads the graph the exporter embedded
// (<script type="application/json" id="notegraph-data">), draws it with sigma.js at
// the positions the exporter computed (no layout runs here), and wires search,
// colour and size modes, kind filters and the node panel.

import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";

import { decodeView } from "./data.js";
import { Panel } from "./panel.js";
import { buildIndex, search } from "./search.js";
import css from "./style.css";

const SUGGESTIONS = 12;
const DIMMED = "#e4e4e4";
const UNTYPED = "#d0d0d0";
const DERIVED_EDGES = ["mention", "cooccurs"];

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else e.setAttribute(k, v);
  }
  e.append(...children);
  return e;
}

/// Returns `hex` mixed with white (amount 1: the colour itself), as an opaque colour:
/// WebGL blending of translucent edges tints them on some renderers.
function tint(hex, amount) {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c) => Math.round(255 - (255 - c) * amount).toString(16).padStart(2, "0");
  return `#${mix((n >> 16) & 255)}${mix((n >> 8) & 255)}${mix(n & 255)}`;
}

function plural(n, word) {
  return `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;
}

/// Node sizes for one mode: sqrt-scaled scores between `min` and `max` pixels.
function sizesFrom(scores, min, max) {
  let top = 0;
  for (const s of scores) top = Math.max(top, s);
  const out = new Float32Array(scores.length);
  for (let i = 0; i < scores.length; i++)
    out[i] = top > 0 ? min + (max - min) * Math.sqrt(scores[i] / top) : min;
  return out;
}

function buildPage(view) {
  document.title = view.title;
  const style = document.createElement("style");
  style.textContent = css;
  document.head.append(style);

  const graphBox = el("div", { id: "graph", role: "img", "aria-label": `${view.title}: graph view` });
  const search = el("input", {
    id: "search", type: "search", placeholder: "Search nodes\u2026", autocomplete: "off",
    spellcheck: "false", role: "combobox", "aria-expanded": "false", "aria-controls": "suggestions",
    "aria-label": "Search nodes by label, id or alias",
  });
  const suggestions = el("ul", { id: "suggestions", role: "listbox", hidden: "" });
  const stats = el("div", { id: "stats", text: `${plural(view.nodeCount, "node")} \u00b7 ${plural(view.edgeCount, "edge")}` });
  const toolbar = el("header", { id: "toolbar" },
    el("h1", { text: view.title }), el("div", { class: "search-box" }, search, suggestions), stats);

  const colorMode = el("select", { id: "color-mode", "aria-label": "Colour nodes by" },
    el("option", { value: "kind", text: "kind" }), el("option", { value: "type", text: "entity type" }));
  const sizeMode = el("select", { id: "size-mode", "aria-label": "Size nodes by" },
    el("option", { value: "degree", text: "degree" }));
  if (view.pagerank) sizeMode.append(el("option", { value: "pagerank", text: "PageRank" }));
  sizeMode.append(el("option", { value: "same", text: "same size" }));
  const nodeFilters = el("ul", { id: "node-filters", class: "legend" });
  const typeLegend = el("ul", { id: "type-legend", class: "legend", hidden: "" });
  const edgeFilters = el("ul", { id: "edge-filters", class: "legend" });
  const controls = el("aside", { id: "controls" },
    el("label", {}, "Colour by ", colorMode), el("label", {}, "Size by ", sizeMode),
    el("h4", { text: "Nodes" }), nodeFilters, typeLegend,
    el("h4", { text: "Edges" }), edgeFilters,
    el("p", { class: "hint", text: "Scroll to zoom, drag to pan, click a node for its panel." }));
  const panel = el("aside", { id: "panel", hidden: "", "aria-live": "polite" });
  document.body.append(graphBox, toolbar, controls, panel);
  return { graphBox, search, suggestions, colorMode, sizeMode, nodeFilters, typeLegend, edgeFilters, panel, controls };
}

function start() {
  const began = performance.now();
  const dataElement = document.getElementById("notegraph-data");
  if (!dataElement) throw new Error("the page has no #notegraph-data element");
  const phases = { start: Math.round(began) };
  const mark = (name) => { phases[name] = Math.round(performance.now() - began); };
  const view = decodeView(JSON.parse(dataElement.textContent));
  mark("data");
  const ui = buildPage(view);
  const n = view.nodeCount;
  const large = n > 5000;

  // Colours and sizes per mode, computed once.
  const kindColor = (i) => view.nodeKinds[view.nodes.kind[i]].color;
  const typeColor = (i) => (view.nodes.type[i] >= 0 ? view.entityTypes[view.nodes.type[i]].color : UNTYPED);
  let colorOf = kindColor;
  const minSize = n > 10000 ? 1 : n > 1000 ? 1.5 : 3;
  const maxSize = n > 10000 ? 12 : 16;
  const sizes = { degree: sizesFrom(view.degree, minSize, maxSize), same: new Float32Array(n).fill(minSize + 1) };
  if (view.pagerank) sizes.pagerank = sizesFrom(view.pagerank, minSize, maxSize);
  const edgeColors = view.edgeKinds.map((k) => tint(k.color, large ? 0.3 : 0.7));
  const edgeStrong = view.edgeKinds.map((k) => k.color);

  const graph = new MultiDirectedGraph();
  for (let i = 0; i < n; i++)
    graph.addNode(i, {
      x: view.nodes.x[i], y: view.nodes.y[i], size: sizes.degree[i], color: kindColor(i),
      label: view.nodes.label[i] || view.nodes.id[i],
    });

  // Edges by kind. Sigma draws every edge in the graph, hidden or not, so a kind whose
  // box is unticked is taken out of the graph rather than hidden.
  const edgesOfKind = view.edgeKinds.map(() => []);
  for (let e = 0; e < view.edgeCount; e++) edgesOfKind[view.edges.kind[e]].push(e);
  const showEdgeKind = (k) => {
    for (const e of edgesOfKind[k]) {
      const s = view.edges.source[e], t = view.edges.target[e];
      graph.addEdgeWithKey(e, s, t, { kind: k, s, t, color: edgeColors[k], size: large ? 0.5 : 2 });
    }
  };
  const hideEdgeKind = (k) => {
    for (const e of edgesOfKind[k]) graph.dropEdge(String(e));
  };

  mark("graph");

  // What the reducers read.
  const state = { selected: -1, neighbours: new Set(), hiddenKinds: new Set(), hiddenEdgeKinds: new Set() };
  // On large graphs the derived edges (mentions, co-occurrences: most of a summarised
  // corpus's edges) start hidden, so the overview shows the links people wrote and
  // draws quickly; their boxes under Edges bring them back.
  if (large)
    for (const name of DERIVED_EDGES) if (view.edgeKind[name] !== undefined) state.hiddenEdgeKinds.add(view.edgeKind[name]);
  view.edgeKinds.forEach((_, k) => { if (!state.hiddenEdgeKinds.has(k)) showEdgeKind(k); });
  const renderer = new Sigma(graph, ui.graphBox, {
    defaultEdgeType: "line",
    hideEdgesOnMove: large,
    labelRenderedSizeThreshold: n <= 300 ? 0 : 7,
    labelDensity: n <= 300 ? 2 : 0.7,
    labelFont: "system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif",
    labelSize: 12,
    minEdgeThickness: 1,
    stagePadding: 60,
    zIndex: true,
    minCameraRatio: 0.005,
    maxCameraRatio: 4,
    nodeReducer: (key, data) => {
      const i = Number(key);
      if (state.selected === i) return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
      if (state.hiddenKinds.has(view.nodes.kind[i])) return { ...data, hidden: true };
      if (state.selected >= 0) {
        if (state.neighbours.has(i)) return { ...data, zIndex: 1, forceLabel: state.neighbours.size <= 40 };
        return { ...data, color: DIMMED, label: "", zIndex: 0 };
      }
      return data;
    },
    edgeReducer: (key, data) => {
      if (state.hiddenKinds.has(view.nodes.kind[data.s]) || state.hiddenKinds.has(view.nodes.kind[data.t]))
        return { ...data, hidden: true };
      if (state.selected >= 0) {
        if (data.s === state.selected || data.t === state.selected)
          return { ...data, color: edgeStrong[data.kind], size: 1.2, zIndex: 1 };
        return { ...data, hidden: true };
      }
      return data;
    },
  });
  const camera = renderer.getCamera();
  mark("sigma");

  const panel = new Panel(ui.panel, view, (i) => colorOf(i), (i) => select(i, "navigate"));

  /// Returns the camera state that shows framed-graph point `d` at `ratio` in the middle
  /// of the part of the window the panel leaves free.
  function centredBesidePanel(d, ratio) {
    const state = { x: d.x, y: d.y, angle: camera.angle, ratio };
    const shift = ui.panel.hidden ? 0 : ui.panel.offsetWidth / 2;
    const { width, height } = renderer.getDimensions();
    const centre = renderer.viewportToFramedGraph({ x: width / 2 + shift, y: height / 2 }, { cameraState: state });
    return { ...state, x: centre.x, y: centre.y };
  }

  /// Selects node i (-1: none), shows its panel and, when asked, moves the camera to it.
  function select(i, how) {
    state.selected = i;
    state.neighbours = new Set();
    if (i >= 0) {
      for (const e of view.outEdges[i]) state.neighbours.add(view.edges.target[e]);
      for (const e of view.inEdges[i]) state.neighbours.add(view.edges.source[e]);
      panel.show(i);
      history.replaceState(null, "", "#" + encodeURIComponent(view.nodes.id[i]));
      if (how !== "click") {
        const d = renderer.getNodeDisplayData(String(i));
        // On large graphs every animation frame redraws tens of thousands of nodes: jump.
        if (d) camera.animate(centredBesidePanel(d, Math.min(camera.ratio, large ? 0.08 : 0.5)), { duration: large ? 0 : 400 });
      }
    } else {
      panel.hide();
      history.replaceState(null, "", location.pathname + location.search);
    }
    renderer.refresh();
  }

  renderer.on("clickNode", ({ node }) => select(Number(node), "click"));
  renderer.on("clickStage", () => select(-1, "click"));
  renderer.on("enterNode", () => ui.graphBox.classList.add("pointing"));
  renderer.on("leaveNode", () => ui.graphBox.classList.remove("pointing"));

  // Search with suggestions.
  const index = buildIndex(view);
  let hits = [];
  let active = -1;
  const closeSuggestions = () => {
    ui.suggestions.hidden = true;
    ui.search.setAttribute("aria-expanded", "false");
    active = -1;
  };
  const highlight = (k) => {
    active = k;
    [...ui.suggestions.children].forEach((li, j) => li.setAttribute("aria-selected", String(j === k)));
  };
  const choose = (k) => {
    if (k < 0 || k >= hits.length) return;
    const i = hits[k];
    ui.search.value = view.nodes.label[i] || view.nodes.id[i];
    closeSuggestions();
    select(i, "search");
  };
  ui.search.addEventListener("input", () => {
    hits = search(view, index, ui.search.value, SUGGESTIONS);
    ui.suggestions.replaceChildren(...hits.map((i, k) => {
      const dot = el("span", { class: "dot" });
      dot.style.background = colorOf(i);
      const li = el("li", { role: "option", "data-node": view.nodes.id[i], title: view.nodes.id[i] },
        dot, el("span", { class: "label", text: view.nodes.label[i] || view.nodes.id[i] }),
        el("span", { class: "kind", text: view.nodeKinds[view.nodes.kind[i]].name }));
      li.addEventListener("mousedown", (ev) => {
        ev.preventDefault();
        choose(k);
      });
      return li;
    }));
    const open = hits.length > 0;
    ui.suggestions.hidden = !open;
    ui.search.setAttribute("aria-expanded", String(open));
    highlight(open ? 0 : -1);
  });
  ui.search.addEventListener("keydown", (ev) => {
    if (ev.key === "ArrowDown") highlight(Math.min(active + 1, hits.length - 1));
    else if (ev.key === "ArrowUp") highlight(Math.max(active - 1, 0));
    else if (ev.key === "Enter") choose(active);
    else if (ev.key === "Escape") closeSuggestions();
    else return;
    ev.preventDefault();
  });
  ui.search.addEventListener("blur", closeSuggestions);
  document.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape" && document.activeElement !== ui.search) select(-1, "click");
  });

  // Colour and size modes.
  const recolor = () => {
    graph.updateEachNodeAttributes((key, attrs) => ({ ...attrs, color: colorOf(Number(key)) }), { attributes: ["color"] });
    ui.typeLegend.hidden = ui.colorMode.value !== "type";
    if (state.selected >= 0) panel.show(state.selected);
  };
  ui.colorMode.addEventListener("change", () => {
    colorOf = ui.colorMode.value === "type" ? typeColor : kindColor;
    recolor();
  });
  ui.sizeMode.addEventListener("change", () => {
    const s = sizes[ui.sizeMode.value];
    graph.updateEachNodeAttributes((key, attrs) => ({ ...attrs, size: s[Number(key)] }), { attributes: ["size"] });
  });

  // Legends that filter: a kind's checkbox hides or shows its nodes (or edges).
  const counts = (length, column) => {
    const c = new Array(length).fill(0);
    for (const k of column) c[k] += 1;
    return c;
  };
  const legendRow = (name, color, count, onToggle, shape, shown = true) => {
    const box = el("input", { type: "checkbox", "data-kind": name });
    box.checked = shown;
    box.addEventListener("change", () => onToggle(box.checked));
    const swatch = el("span", { class: shape });
    swatch.style.background = color;
    return el("li", {}, el("label", {}, onToggle ? box : "", swatch, el("span", { text: name }),
      el("span", { class: "count", text: count.toLocaleString("en") })));
  };
  const nodeCounts = counts(view.nodeKinds.length, view.nodes.kind);
  view.nodeKinds.forEach((k, j) => {
    if (nodeCounts[j] === 0) return;
    ui.nodeFilters.append(legendRow(k.name, k.color, nodeCounts[j], (on) => {
      if (on) state.hiddenKinds.delete(j);
      else state.hiddenKinds.add(j);
      renderer.refresh();
    }, "dot"));
  });
  const typeCounts = new Array(view.entityTypes.length).fill(0);
  for (const t of view.nodes.type) if (t >= 0) typeCounts[t] += 1;
  view.entityTypes.forEach((t, j) => {
    if (typeCounts[j] > 0) ui.typeLegend.append(legendRow(t.name, t.color, typeCounts[j], null, "dot"));
  });
  ui.typeLegend.append(legendRow("untyped", UNTYPED, n - typeCounts.reduce((a, b) => a + b, 0), null, "dot"));
  const edgeCounts = counts(view.edgeKinds.length, view.edges.kind);
  view.edgeKinds.forEach((k, j) => {
    if (edgeCounts[j] === 0) return;
    ui.edgeFilters.append(legendRow(k.name, k.color, edgeCounts[j], (on) => {
      if (on === !state.hiddenEdgeKinds.has(j)) return;
      if (on) {
        state.hiddenEdgeKinds.delete(j);
        showEdgeKind(j);
      } else {
        state.hiddenEdgeKinds.add(j);
        hideEdgeKind(j);
      }
    }, "line", !state.hiddenEdgeKinds.has(j)));
  });

  // Frame the graph in the part of the window the controls (bottom left) leave free:
  // zoom out only as far as its width needs, and centre it there.
  const controlsRight = ui.controls.offsetLeft + ui.controls.offsetWidth;
  const { width, height } = renderer.getDimensions();
  if (n > 0 && width > 2.5 * controlsRight) {
    let left = Infinity, right = -Infinity, low = Infinity, high = -Infinity;
    const atStart = { x: 0.5, y: 0.5, angle: 0, ratio: 1 };
    graph.forEachNode((key) => {
      const d = renderer.getNodeDisplayData(key);
      const p = renderer.framedGraphToViewport(d, { cameraState: atStart });
      left = Math.min(left, p.x - d.size); right = Math.max(right, p.x + d.size);
      low = Math.min(low, d.y); high = Math.max(high, d.y);
    });
    const free = width - controlsRight - 30 - 110;  // 110 px for the labels of the rightmost nodes
    const ratio = Math.min(2, Math.max(1, (right - left) / free));
    const middle = renderer.viewportToFramedGraph({ x: (left + right) / 2, y: height / 2 }, { cameraState: atStart });
    const state = { x: middle.x, y: (low + high) / 2, angle: 0, ratio };
    const target = controlsRight + 15 + free / 2;
    const centre = renderer.viewportToFramedGraph({ x: width - target, y: height / 2 }, { cameraState: state });
    camera.setState({ ...state, x: centre.x });
  }

  // A #id in the address selects that node (links shared from the panel keep working).
  const wanted = decodeURIComponent(location.hash.slice(1));
  if (wanted) {
    const i = view.nodes.id.indexOf(wanted);
    if (i >= 0) select(i, "search");
  }

  // Tests and the load-time measurement read this once the first frame is drawn.
  const api = {
    ready: false, loadMs: 0, phases, nodeCount: n, edgeCount: view.edgeCount,
    /// Centres the camera on a node by id without selecting it; resolves to its viewport
    /// position ({x, y} in CSS pixels) once drawn there, or null when there is no such node.
    async frame(id) {
      const i = view.nodes.id.indexOf(id);
      const d = i >= 0 ? renderer.getNodeDisplayData(String(i)) : null;
      if (!d) return null;
      camera.setState({ x: d.x, y: d.y, ratio: large ? 0.05 : 0.6 });
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return renderer.framedGraphToViewport(d);
    },
    /// Selects a node by id, as picking it in the search does.
    select(id) {
      select(view.nodes.id.indexOf(id), "search");
    },
  };
  window.notegraph = api;
  requestAnimationFrame(() => {
    api.ready = true;
    api.loadMs = Math.round(performance.now() - began);
    mark("frame");
    document.body.dataset.ready = "true";
  });
}

function fail(error) {
  const box = document.createElement("pre");
  box.id = "error";
  box.textContent = `notegraph: this page could not show the graph: ${error.message}`;
  document.body.append(box);
  console.error(error);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => {
  try { start(); } catch (e) { fail(e); }
});
else {
  try { start(); } catch (e) { fail(e); }
}
