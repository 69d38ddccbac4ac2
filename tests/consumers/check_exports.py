#!/usr/bin/python3
"""Feeds notegraph's exports to the real tools that read them, and checks that they
read back what notegraph wrote (issue 3, SPEC 6).

Sources of exports:
  --bin NOTEGRAPH --vault DIR     run `notegraph export` for every format (and `stats`)
  --handmade sample|hostile --generator EXPORT_HANDMADE
                                  a hand-made graph written by tests/exporters/export_handmade

Consumers: xmllint; networkx.read_graphml and igraph Read_GraphML; dot and sfdp (or gc
on large graphs); xmllint and ElementTree on the SVG Graphviz's library drew (every node
titled by its id, the same bytes twice); Python's json on the HTML page's data; jsonld.js expand/toRDF in safe mode; Oxigraph (N-Quads and JSON-LD,
SPARQL); graphology-gexf and networkx.read_gexf; Kuzu (CSV, Cypher).

The expected values come from notegraph's own `stats --format json` (counts per kind),
from an --expect file (labels that must come back, hard-coded query answers), and from
the GraphML as networkx reads it (query answers on any vault). Prints one line per check
and closes with "N passed, M failed". Exit 0 when all passed, 1 otherwise, 77 (ctest's
skip code) when the vault is absent.
"""

import argparse
import csv
import json
import os
import subprocess
import sys
import time
import urllib.parse
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict

import igraph
import networkx as nx
from networkx.readwrite import gexf as nx_gexf

HERE = os.path.dirname(os.path.abspath(__file__))
STREAM_FORMATS = {"graphml": "graph.graphml", "gexf": "graph.gexf", "dot": "graph.dot",
                  "jsonld": "graph.jsonld", "nquads": "graph.nq"}
SKIP = 77


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            print(f"ok    {name}", flush=True)
        else:
            self.failed += 1
            print(f"FAIL  {name}: {detail}", flush=True)
        return ok

    def equal(self, name, actual, expected):
        if actual == expected:
            return self.check(name, True)
        return self.check(name, False, f"got {short(actual)}, expected {short(expected)}")


def short(value, limit=600):
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "…"


def diff_maps(actual, expected, limit=3):
    """A short description of how two dicts differ."""
    missing = sorted(set(expected) - set(actual))[:limit]
    extra = sorted(set(actual) - set(expected))[:limit]
    wrong = [(k, actual[k], expected[k]) for k in sorted(set(actual) & set(expected))
             if actual[k] != expected[k]][:limit]
    return f"missing {short(missing)}, extra {short(extra)}, different {short(wrong)}"


def xml_text(s):
    """What an XML 1.0 export can carry of `s`: forbidden characters become U+FFFD."""
    return "".join("\ufffd" if (ord(c) < 0x20 and c not in "\t\n\r") or c in "\ufffe\uffff"
                   else c for c in s)


def run(cmd, timeout=1800, cwd=None):
    start = time.monotonic()
    proc = subprocess.run(cmd, capture_output=True, timeout=timeout, cwd=cwd)
    return proc, time.monotonic() - start


def node_json(script, *args, timeout=1800):
    proc, secs = run(["node", os.path.join(HERE, script), *args], timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"{script} failed: {proc.stderr.decode('utf-8', 'replace')[-2000:]}")
    return json.loads(proc.stdout.decode("utf-8")), secs


# ---------------------------------------------------------------- producing the exports

def notegraph(args, out, *command):
    """Runs notegraph on the vault (global options first); returns (stdout, seconds)."""
    base = [args.bin, "--vault", args.vault, "--cache", os.path.join(out, "cache"), "-q"]
    proc, secs = run(base + list(command))
    if proc.returncode != 0:
        raise RuntimeError(f"notegraph {' '.join(command)} failed: "
                           f"{proc.stderr.decode('utf-8', 'replace')[-2000:]}")
    return proc.stdout, secs


ALL_FORMATS = "graphml,gexf,dot,jsonld,nquads,csv"


def export_vault(args, out):
    """Writes every format with one `notegraph export` (one load); returns stats, timings.
    The pictures (SVG, HTML) only for small vaults: a corpus gets them around one node
    (SVG) and in the browser test (HTML)."""
    timings = {}
    stdout, timings["stats (load only)"] = notegraph(args, out, "stats", "--format", "json")
    stats = json.loads(stdout)
    formats = ALL_FORMATS if args.large else ALL_FORMATS + ",svg,html"
    _, timings["every format (one load)"] = notegraph(args, out, "export", "--format",
                                                      formats, "-o", out)
    if not args.large:
        notegraph(args, out, "export", "--format", "dot", "--cluster", "folder", "-o",
                  os.path.join(out, "graph.folders.dot"))
        notegraph(args, out, "export", "--format", "svg", "-o", os.path.join(out, "again.svg"))
    return stats, timings


def export_subset(args, out, around):
    """The part around one node, for the consumers that cannot take a whole corpus
    (Graphviz layouts, graphology-gexf's DOM parser, jsonld.js)."""
    folder = os.path.join(out, "around")
    _, secs = notegraph(args, out, "export", "--format", "dot,gexf,jsonld,nquads,svg", "--cluster",
                        "folder", "--around", around, "--depth", "1", "-o", folder)
    print(f"      (export of the part around {around}: {secs:.1f} s)")
    return folder


def export_handmade(args, out):
    proc, secs = run([args.generator, args.handmade, out])
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.decode("utf-8", "replace"))
    with open(os.path.join(out, "stats.json"), encoding="utf-8") as f:
        stats = json.load(f)
    with open(os.path.join(out, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    return stats, {"all formats": secs}, labels


# ---------------------------------------------------------------- expectations

def pick(items, key, small, count=4):
    """All items of a small graph; else the `count` largest by key and a spread of others."""
    items = sorted(items)
    if len(items) <= small:
        return items
    ranked = sorted(items, key=lambda x: (-key(x), x))
    chosen = ranked[:count]
    step = max(1, len(items) // count)
    chosen += items[step // 2::step][:count]
    return sorted(set(chosen))


def exact_ids(out):
    """The node ids as written, exactly (read from the CSV export with Python's csv), by
    the form XML can carry them in: GraphML ids are XML, queries need the exact ones."""
    ids = {}
    folder = os.path.join(out, "csv")
    for name in sorted(os.listdir(folder)):
        if name.startswith("nodes_"):
            with open(os.path.join(folder, name), encoding="utf-8", newline="") as f:
                for row in csv.DictReader(f):
                    ids[xml_text(row["id:ID"])] = row["id:ID"]
    return ids


def expectations(g, exact):
    """Query answers derived from the GraphML as networkx read it, in exact ids."""
    g = nx.relabel_nodes(g, lambda n: exact.get(n, n))
    kind = nx.get_node_attributes(g, "kind")
    link_sources = defaultdict(set)
    for s, t, d in g.edges(data=True):
        if d.get("kind") == "link":
            link_sources[t].add(s)
    links_to_ids = pick(list(link_sources), lambda x: len(link_sources[x]), small=60)
    links_to = {x: sorted(link_sources[x]) for x in links_to_ids}

    sources = defaultdict(list)
    for s, t, d in g.edges(data=True):
        if d.get("kind") == "source" and kind.get(t) == "video":
            sources[s].append(t)
    cites = defaultdict(set)
    for s, t, d in g.edges(data=True):
        seconds = json.loads(d.get("seconds", "[]"))
        videos = [t] if kind.get(t) == "video" else sources.get(s, [])
        for v in videos:
            for sec in seconds:
                cites[s].add((v, sec))
    citing = [n for n in g.nodes if kind.get(n) == "note" and (n in sources or n in cites)]
    cites_ids = pick(citing, lambda x: len(cites.get(x, ())), small=60)

    def watch(video_id, sec):
        vid = video_id.split(":", 1)[1]
        return ("https://www.youtube.com/watch?v=" + urllib.parse.quote(vid, safe="-._~") +
                f"&t={sec}s")

    cites_expected = {n: sorted([v, sec, watch(v, sec)] for v, sec in cites.get(n, ()))
                      for n in cites_ids}

    undirected = defaultdict(set)
    for s, t in g.edges():
        undirected[s].add(t)
        undirected[t].add(s)
    neighbor_ids = pick(list(g.nodes), lambda x: len(undirected[x]), small=60)
    neighbors = {x: sorted(undirected[x]) for x in neighbor_ids}
    return links_to, cites_expected, neighbors


# ---------------------------------------------------------------- the consumers

def check_xml(c, out, names):
    for name in names:
        proc, _ = run(["xmllint", "--noout", "--huge", os.path.join(out, name)])
        c.check(f"xmllint --noout {name}", proc.returncode == 0 and not proc.stderr,
                proc.stderr.decode("utf-8", "replace")[:1000])


def counts_by_kind(values):
    return {k: v for k, v in Counter(values).items() if v}


def expected_kinds(stats, what):
    return {k: v for k, v in stats[what]["by_kind"].items() if v}


def check_graphml(c, out, stats):
    path = os.path.join(out, "graph.graphml")
    g = nx.read_graphml(path)
    c.equal("networkx read_graphml: node count = stats", g.number_of_nodes(),
            stats["nodes"]["total"])
    c.equal("networkx read_graphml: edge count = stats", g.number_of_edges(),
            stats["edges"]["total"])
    c.equal("networkx read_graphml: nodes per kind = stats",
            counts_by_kind(nx.get_node_attributes(g, "kind").values()), expected_kinds(stats, "nodes"))
    c.equal("networkx read_graphml: edges per kind = stats",
            counts_by_kind(d.get("kind") for _, _, d in g.edges(data=True)),
            expected_kinds(stats, "edges"))
    lacking = [n for n, d in g.nodes(data=True)
               if "kind" not in d or "label" not in d or not all(k in d for k in "rgb")]
    c.check("networkx read_graphml: every node has kind, label, r, g, b", not lacking,
            short(lacking[:5]))
    typed = [(n, type(d["r"]).__name__) for n, d in g.nodes(data=True) if not isinstance(d.get("r"), int)]
    c.check("networkx read_graphml: r/g/b are ints", not typed, short(typed[:3]))
    bad_edges = [(s, t) for s, t, d in g.edges(data=True)
                 if not isinstance(d.get("count"), int) or not isinstance(d.get("weight"), float)
                 or ("seconds" in d and not isinstance(json.loads(d["seconds"]), list))]
    c.check("networkx read_graphml: count int, weight double, seconds a JSON list", not bad_edges,
            short(bad_edges[:3]))

    ig = igraph.Graph.Read_GraphML(path)
    c.equal("igraph Read_GraphML: node count = stats", ig.vcount(), stats["nodes"]["total"])
    c.equal("igraph Read_GraphML: edge count = stats", ig.ecount(), stats["edges"]["total"])
    if ig.vcount():
        c.equal("igraph Read_GraphML: nodes per kind = stats", counts_by_kind(ig.vs["kind"]),
                expected_kinds(stats, "nodes"))
        # igraph 0.10 (libxml2 SAX) hands back `&` inside XML attributes as "&#38;",
        # however it is written; ids are otherwise exact (docs/EXPORTS.md says so).
        ig_labels = dict(zip((i.replace("&#38;", "&") for i in ig.vs["id"]), ig.vs["label"]))
        nx_labels = {n: d.get("label", "") for n, d in g.nodes(data=True)}
        c.check("igraph and networkx read the same ids (but igraph's &#38;) and labels",
                ig_labels == nx_labels,
                diff_maps(ig_labels, nx_labels))
    if ig.ecount():
        c.equal("igraph Read_GraphML: edges per kind = stats", counts_by_kind(ig.es["kind"]),
                expected_kinds(stats, "edges"))
    return g


def check_dot(c, out, dot_files, layouts, timeout):
    for name in dot_files:
        for layout in layouts:
            svg = os.path.join(out, f"{name}.{layout}.svg")
            os.makedirs(os.path.dirname(svg), exist_ok=True)
            try:
                proc, secs = run([layout, "-Tsvg", "-o", svg, os.path.join(out, name)],
                                 timeout=timeout)
            except subprocess.TimeoutExpired:
                c.check(f"{layout} -Tsvg {name}", False, f"no result within {timeout} s")
                continue
            err = proc.stderr.decode("utf-8", "replace")
            c.check(f"{layout} -Tsvg {name} renders without warnings ({secs:.1f} s)",
                    proc.returncode == 0 and not err, err[:1000])
            if proc.returncode == 0:
                check_xml(c, out, [os.path.relpath(svg, out)])


def graphviz_name(node_id):
    """A node id as the SVG's <title> shows it (exporters/text.cpp graphviz_escape)."""
    out = []
    for ch in node_id:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch != "\t" and (o < 0x20 or o == 0x7F or o in (0xFFFE, 0xFFFF)):
            out.append("\ufffd")
        else:
            out.append(ch)
    return "".join(out)


def check_svg(c, out, ids, again=None):
    """The SVG drawn through Graphviz's library: xmllint and ElementTree parse it, each
    node is drawn once with its id as <title>, and (with `again`) a second export of the
    same vault gives the same bytes."""
    path = os.path.join(out, "graph.svg")
    check_xml(c, out, ["graph.svg"])
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        c.check("ElementTree parses graph.svg", False, str(e))
        return
    svg = "{http://www.w3.org/2000/svg}"
    titles = sorted(g.find(svg + "title").text or "" for g in root.iter(svg + "g")
                    if g.get("class") == "node")
    expected = sorted(graphviz_name(i) for i in ids)
    c.check(f"graph.svg draws every node once, titled by its id ({len(titles)})",
            titles == expected, short(sorted(set(titles) ^ set(expected))[:5]))
    if again:
        with open(path, "rb") as a, open(os.path.join(out, again), "rb") as b:
            c.check("a second SVG export of the vault gives the same bytes", a.read() == b.read())


def check_html(c, out, ids):
    """The HTML page: one file with its data inline; Python's json reads the data, and
    its node ids are the GraphML's (which carry what XML can: JSON keeps the rest)."""
    with open(os.path.join(out, "graph.html"), encoding="utf-8") as f:
        page = f.read()
    start_tag = '<script type="application/json" id="notegraph-data">'
    start = page.find(start_tag)
    end = page.find("</script>", start)
    if not c.check("graph.html holds its data element", start >= 0 and end > start):
        return
    try:
        data = json.loads(page[start + len(start_tag):end])
    except ValueError as e:
        c.check("json reads graph.html's data", False, str(e))
        return
    page_ids = [xml_text(i) for i in data["nodes"]["id"]]
    c.check("graph.html's node ids = GraphML's", sorted(page_ids) == sorted(ids),
            short(sorted(set(page_ids) ^ set(ids))[:5]))
    c.check("graph.html's columns all have one entry per node",
            all(len(data["nodes"][k]) == len(data["nodes"]["id"])
                for k in ("label", "kind", "type", "x", "y")))


def check_dot_parse(c, out, stats):
    """gc parses the whole DOT (Graphviz's own reader) and counts; the legend is one node."""
    proc, secs = run(["gc", "-n", "-e", os.path.join(out, "graph.dot")])
    err = proc.stderr.decode("utf-8", "replace")
    c.check(f"gc parses graph.dot without warnings ({secs:.1f} s)",
            proc.returncode == 0 and not err, err[:1000])
    fields = proc.stdout.decode().split()
    if len(fields) >= 2:
        c.equal("gc: DOT nodes = stats nodes + legend", int(fields[0]), stats["nodes"]["total"] + 1)
        c.equal("gc: DOT edges = stats edges", int(fields[1]), stats["edges"]["total"])


def check_rdf(c, out, links_to, cites, hard, jsonld_js, labels):
    queries = os.path.join(out, "rdf_queries.json")
    with open(queries, "w", encoding="utf-8") as f:
        json.dump({"links_to": sorted(set(links_to) | set(hard.get("links_to", {}))),
                   "cites": sorted(set(cites) | set(hard.get("cites", {})))}, f)
    args = [os.path.join(out, "graph.jsonld"), os.path.join(out, "graph.nq"), queries]
    if not jsonld_js:
        args.append("--no-jsonld-js")
    try:
        r, secs = node_json("rdf_check.js", *args)
    except RuntimeError as e:
        c.check("jsonld.js and Oxigraph read the JSON-LD and N-Quads", False, str(e))
        return
    print(f"      (rdf_check.js: {secs:.1f} s)")
    if jsonld_js:
        c.check("jsonld.js expand {safe: true} raises nothing", "expanded_nodes" in r)
        c.equal("jsonld.js toRDF triple count = N-Quads line count", r["torrdf_count"], r["nq_lines"])
        c.check("jsonld.js toRDF gives exactly the N-Quads export's triples",
                r["torrdf_equals_nquads"])
    c.equal("Oxigraph loads every N-Quads line", r["nq_store_size"], r["nq_lines"])
    c.equal("Oxigraph loads as many triples from JSON-LD as from N-Quads",
            r["jsonld_store_size"], r["nq_store_size"])
    c.check("Oxigraph: JSON-LD and N-Quads hold the same triples", r["stores_equal"])
    answers = r["links_to"]
    c.check("SPARQL: which notes link to X = link edges in the GraphML",
            {k: answers[k] for k in links_to} == links_to,
            diff_maps({k: answers[k] for k in links_to}, links_to))
    for x, expected in hard.get("links_to", {}).items():
        c.equal(f"SPARQL: notes linking to {x!r}", answers.get(x), sorted(expected))
    got = {k: [list(row) for row in r["cites"][k]] for k in cites}
    c.check("SPARQL: which videos and seconds a note cites (with watch URLs) = GraphML",
            got == cites, diff_maps(got, cites))
    # Hard-coded seconds come from links; extractors may add mentions' seconds, so
    # these must be among the answers (and every video named must be there).
    for note, videos in hard.get("cites", {}).items():
        got_note = defaultdict(set)
        for video, sec, _ in r["cites"].get(note, []):
            got_note[video].add(sec)
        lacking = {v: sorted(set(s) - got_note[v]) for v, s in videos.items()
                   if not set(s) <= got_note[v]}
        c.check(f"SPARQL: {note!r} cites {videos}", not lacking,
                f"missing {lacking}; got {dict(got_note)}")
    return r["names"]


def read_gexf_networkx(path):
    # networkx 2.8 knows GEXF 1.1draft and 1.2draft; 1.3 differs in the namespaces only
    # for what it reads, so register them (a user of networkx does the same).
    nx_gexf.GEXF.versions["1.3"] = {
        "NS_GEXF": "http://gexf.net/1.3",
        "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        "VERSION": "1.3",
    }
    return nx.read_gexf(path, version="1.3")


def check_gexf(c, out, stats, graphology):
    """networkx on the whole GEXF; graphology-gexf (a DOM parser: a corpus-sized file
    exhausts Node's heap) when `graphology`."""
    r = None
    if graphology:
        try:
            r, _ = node_json("gexf_check.js", os.path.join(out, "graph.gexf"))
        except RuntimeError as e:
            c.check("graphology-gexf parses the GEXF", False, str(e))
            return None
        c.equal("graphology-gexf: order = stats nodes", r["order"], stats["nodes"]["total"])
        c.equal("graphology-gexf: size = stats edges", r["size"], stats["edges"]["total"])
        c.equal("graphology-gexf: nodes per kind = stats", r["node_kinds"],
                expected_kinds(stats, "nodes"))
        c.equal("graphology-gexf: edges per kind = stats", r["edge_kinds"],
                expected_kinds(stats, "edges"))
        c.equal("graphology-gexf: every node has a viz:color", r["uncoloured"], 0)

    g = read_gexf_networkx(os.path.join(out, "graph.gexf"))
    c.equal("networkx read_gexf: node count = stats", g.number_of_nodes(), stats["nodes"]["total"])
    c.equal("networkx read_gexf: edge count = stats", g.number_of_edges(), stats["edges"]["total"])
    c.equal("networkx read_gexf: nodes per kind = stats",
            counts_by_kind(nx.get_node_attributes(g, "kind").values()), expected_kinds(stats, "nodes"))
    return (r["labels"] if r else None), {n: d.get("label", "") for n, d in g.nodes(data=True)}


def check_subset(c, folder):
    """The part of a corpus around one node: the consumers that cannot take the whole."""
    check_dot(c, folder, ["graph.dot"], ["dot", "sfdp"], timeout=600)
    check_xml(c, folder, ["graph.gexf"])
    g = read_gexf_networkx(os.path.join(folder, "graph.gexf"))
    check_svg(c, folder, list(g.nodes))
    try:
        r, _ = node_json("gexf_check.js", os.path.join(folder, "graph.gexf"))
        c.equal("graphology-gexf (part): order, size = networkx read_gexf's",
                (r["order"], r["size"]), (g.number_of_nodes(), g.number_of_edges()))
        labels = {n: d.get("label", "") for n, d in g.nodes(data=True)}
        c.check("graphology-gexf (part): labels = networkx read_gexf's", r["labels"] == labels,
                diff_maps(r["labels"], labels))
    except RuntimeError as e:
        c.check("graphology-gexf parses the GEXF (part)", False, str(e))
    queries = os.path.join(folder, "rdf_queries.json")
    with open(queries, "w", encoding="utf-8") as f:
        json.dump({}, f)
    try:
        r, _ = node_json("rdf_check.js", os.path.join(folder, "graph.jsonld"),
                         os.path.join(folder, "graph.nq"), queries)
        c.check("jsonld.js expand {safe: true} raises nothing (part)", "expanded_nodes" in r)
        c.check("jsonld.js toRDF gives exactly the N-Quads export's triples (part)",
                r["torrdf_count"] == r["nq_lines"] and r["torrdf_equals_nquads"],
                f"{r['torrdf_count']} vs {r['nq_lines']} lines")
        c.check("Oxigraph: JSON-LD and N-Quads hold the same triples (part)", r["stores_equal"])
    except RuntimeError as e:
        c.check("jsonld.js and Oxigraph read the JSON-LD and N-Quads (part)", False, str(e))


def check_kuzu(c, out, stats, neighbors):
    queries = os.path.join(out, "kuzu_queries.json")
    with open(queries, "w", encoding="utf-8") as f:
        json.dump({"neighbors": sorted(neighbors)}, f)
    try:
        r, secs = node_json("kuzu_check.js", os.path.join(out, "csv"), queries)
    except RuntimeError as e:
        c.check("Kuzu loads the CSV export", False, str(e))
        return None
    print(f"      (kuzu_check.js: {secs:.1f} s)")
    c.equal("Kuzu: node count = stats", r["nodes"], stats["nodes"]["total"])
    c.equal("Kuzu: relationship count = stats", r["rels"], stats["edges"]["total"])
    c.check("Kuzu: Cypher neighbors = the graph's neighbors", r["neighbors"] == neighbors,
            diff_maps(r["neighbors"], neighbors))
    return r["labels"]


def check_labels(c, truth, consumers):
    """Every consumer gives back every node's id and label (XML ones as XML can carry them)."""
    for name, (got, xml) in consumers.items():
        if got is None:
            continue
        want = {xml_text(k) if xml else k: xml_text(v) if xml else v for k, v in truth.items()}
        c.check(f"{name} keeps every id and label", got == want, diff_maps(got, want))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin")
    ap.add_argument("--vault")
    ap.add_argument("--handmade", choices=["sample", "hostile"])
    ap.add_argument("--generator")
    ap.add_argument("--out", required=True)
    ap.add_argument("--expect", help="JSON: labels, links_to, cites that must come back")
    ap.add_argument("--large", action="store_true",
                    help="corpus mode: gc instead of layouts on the whole graph, layouts on "
                         "an --around part; Oxigraph only for the whole JSON-LD")
    ap.add_argument("--around", help="corpus mode: the node whose surroundings are rendered")
    args = ap.parse_args()

    if args.vault and not os.path.isdir(args.vault):
        print(f"SKIP: {args.vault} is absent (shared corpora are not part of a fresh checkout)")
        return SKIP
    if not os.path.isdir(os.path.join(HERE, "node_modules")):
        print(f"FAIL: {HERE}/node_modules is absent: run `npm ci` there "
              "(scripts/install-deps.sh does)")
        return 1
    os.makedirs(args.out, exist_ok=True)
    c = Checks()
    hard = {}
    if args.expect:
        with open(args.expect, encoding="utf-8") as f:
            hard = json.load(f)

    truth = None
    if args.handmade:
        stats, timings, truth = export_handmade(args, args.out)
    else:
        stats, timings = export_vault(args, args.out)
    for fmt, secs in timings.items():
        print(f"      (export {fmt}: {secs:.1f} s)")
    for name in sorted(os.listdir(args.out)):
        path = os.path.join(args.out, name)
        if os.path.isfile(path) and name.startswith("graph.") and not name.endswith(".svg"):
            print(f"      ({name}: {os.path.getsize(path) / 1e6:.2f} MB)")
    csv_size = sum(os.path.getsize(os.path.join(args.out, "csv", f))
                   for f in os.listdir(os.path.join(args.out, "csv")))
    print(f"      (csv/: {csv_size / 1e6:.2f} MB)")

    check_xml(c, args.out, ["graph.graphml", "graph.gexf"])
    g = check_graphml(c, args.out, stats)
    if args.large:
        check_dot_parse(c, args.out, stats)
        if args.around:
            check_subset(c, export_subset(args, args.out, args.around))
    else:
        check_dot(c, args.out, ["graph.dot", "graph.folders.dot"], ["dot", "sfdp"], timeout=600)
        check_svg(c, args.out, list(g.nodes), again=None if args.handmade else "again.svg")
        if not args.handmade:
            check_html(c, args.out, list(g.nodes))

    links_to, cites, neighbors = expectations(g, exact_ids(args.out))
    rdf_names = check_rdf(c, args.out, links_to, cites, hard, jsonld_js=not args.large,
                          labels=truth)
    gexf_labels = check_gexf(c, args.out, stats, graphology=not args.large)
    kuzu_labels = check_kuzu(c, args.out, stats, neighbors)

    graphml_labels = {n: d.get("label", "") for n, d in g.nodes(data=True)}
    if truth is not None:
        check_labels(c, truth, {
            "networkx read_graphml": (graphml_labels, True),
            "graphology-gexf": (gexf_labels[0] if gexf_labels else None, True),
            "networkx read_gexf": (gexf_labels[1] if gexf_labels else None, True),
            "Kuzu": (kuzu_labels, False),
            "Oxigraph (schema:name)": ({k: v for k, v in (rdf_names or {}).items()}, False),
        })
    else:
        # No hand-made truth: the RDF side (exact text) against the XML and CSV sides.
        named = rdf_names or {}
        c.check("Oxigraph ids and names = GraphML ids and labels (as XML carries them)",
                {xml_text(k): xml_text(v) for k, v in named.items()} ==
                {k: v for k, v in graphml_labels.items() if v},
                diff_maps({xml_text(k): xml_text(v) for k, v in named.items()},
                          {k: v for k, v in graphml_labels.items() if v}))
        if kuzu_labels is not None:
            c.check("Kuzu ids and labels = Oxigraph ids and names",
                    {k: v for k, v in kuzu_labels.items() if v} == named,
                    diff_maps({k: v for k, v in kuzu_labels.items() if v}, named))
        if gexf_labels and gexf_labels[0] is not None:
            c.check("graphology-gexf ids and labels = GraphML's", gexf_labels[0] == graphml_labels,
                    diff_maps(gexf_labels[0], graphml_labels))
        if gexf_labels:
            c.check("networkx read_gexf ids and labels = GraphML's", gexf_labels[1] == graphml_labels,
                    diff_maps(gexf_labels[1], graphml_labels))
    for label in hard.get("labels", []):
        c.check(f"label {label!r} comes back from GraphML",
                xml_text(label) in graphml_labels.values())
        if rdf_names is not None:
            c.check(f"label {label!r} comes back from Oxigraph", label in rdf_names.values())
        if kuzu_labels is not None:
            c.check(f"label {label!r} comes back from Kuzu", label in kuzu_labels.values())

    print(f"{c.passed} passed, {c.failed} failed")
    return 0 if c.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
