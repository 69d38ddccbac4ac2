#!/usr/bin/env python3
"""Checks `notegraph query` answers against networkx on the GraphML export.

usage: networkx_check.py GRAPHML PATHS_UNDIRECTED.json PATH_DIRECTED.json MENTIONS.json
Exit 0 when every answer matches; otherwise prints the differences and exits 1.
"""
import json
import sys

import networkx as nx


def main(graphml, undirected_json, directed_json, mentions_json):
    g = nx.read_graphml(graphml)
    problems = []

    # Every shortest path between the hubs, edges walked both ways.
    answer = json.load(open(undirected_json, encoding="utf-8"))
    a, b = answer["query"]["from"]["id"], answer["query"]["to"]["id"]
    undirected = nx.Graph(g.to_undirected(as_view=True))
    try:
        expected = sorted(nx.all_shortest_paths(undirected, a, b))
    except nx.NetworkXNoPath:
        expected = []
    got = sorted(answer["paths"])
    if got != expected:
        problems.append(f"undirected all-shortest {a} → {b}: notegraph {len(got)} paths "
                        f"{got[:3]}…, networkx {len(expected)} paths {expected[:3]}…")
    print(f"undirected {a} -> {b}: {len(got)} shortest paths of length "
          f"{len(got[0]) - 1 if got else None}")

    # The directed shortest path: same length (the chosen path may differ among equals,
    # but it must be a real directed path).
    answer = json.load(open(directed_json, encoding="utf-8"))
    a, b = answer["query"]["from"]["id"], answer["query"]["to"]["id"]
    try:
        length = nx.shortest_path_length(g, a, b)
    except nx.NetworkXNoPath:
        length = None
    paths = answer["paths"]
    got_length = len(paths[0]) - 1 if paths else None
    if got_length != length:
        problems.append(f"directed {a} → {b}: notegraph length {got_length}, networkx {length}")
    for path in paths:
        for u, v in zip(path, path[1:]):
            if not g.has_edge(u, v):
                problems.append(f"directed path step {u} → {v} is not an edge")
    print(f"directed {a} -> {b}: length {got_length}")

    # Mentions of a video: every edge from a note into it, with its seconds and links.
    answer = json.load(open(mentions_json, encoding="utf-8"))
    video = answer["query"]["id"]
    vid = video.split(":", 1)[1]
    expected = sorted(
        (u, d["kind"], json.loads(d.get("seconds") or "[]"))
        for u, _, d in g.in_edges(video, data=True)
        if g.nodes[u].get("kind") == "note")
    got = sorted((m["note"], m["kind"], m["seconds"]) for m in answer["mentions"])
    if got != expected:
        problems.append(f"mentions of {video}: notegraph {got}, networkx {expected}")
    for m in answer["mentions"]:
        want = [f"https://www.youtube.com/watch?v={vid}&t={s}s" for s in m["seconds"]] or \
               [f"https://www.youtube.com/watch?v={vid}"]
        if m["urls"] != want:
            problems.append(f"mention urls {m['urls']} != {want}")
    print(f"mentions of {video}: {len(got)} edges from notes")

    for p in problems:
        print("MISMATCH:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
