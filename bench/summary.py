#!/usr/bin/python3
"""Summarizes bench/run.sh's results folder as Markdown: per vault, every measurement
(median wall, mean CPU, peak RSS) and the ratios the index issue sets targets for."""
import json
import pathlib
import sys

res = pathlib.Path(sys.argv[1])


def load(name):
    p = res / f"{name}.json"
    if not p.exists():
        return {}
    out = {}
    for r in json.load(open(p))["results"]:
        out[r["command"]] = {"wall": r["median"], "cpu": r["user"] + r["system"], "runs": len(r["times"])}
    return out


def rss(name):
    p = res / f"{name}.rss"
    try:
        return int(p.read_text().strip().splitlines()[-1]) / 1024.0
    except (OSError, ValueError, IndexError):
        return None


def fmt(x, digits=3):
    return "–" if x is None else f"{x:.{digits}f}"


print(open(res / "machine.txt").read().strip())
print("\nwall = median elapsed seconds; cpu = mean user+system seconds; RSS = peak resident MiB "
      "(one run). Ratios marked ≤ carry the index issue's targets.")
vaults = sorted({p.name.split(".")[0] for p in res.glob("*.cold.json")})
cold_by_vault = {}
for v in vaults:
    m = {}
    for part in ("floor", "cold", "cold-none", "warm", "edit", "title", "export", "peer"):
        m.update(load(f"{v}.{part}"))
    print(f"\n### {v}\n")
    nodes = (res / f"{v}.nodes").read_text().strip() if (res / f"{v}.nodes").exists() else ""
    print(f"vault `{(res / f'{v}.vault').read_text().strip()}`; queries: {nodes}\n")
    print("| measurement | wall s | cpu s | runs |")
    print("|---|---:|---:|---:|")
    for k, r in m.items():
        print(f"| {k} | {fmt(r['wall'])} | {fmt(r['cpu'])} | {r['runs']} |")
    f2 = m.get("floor 2p")
    cold = m.get("cold")
    none = m.get("cold none")
    cold_by_vault[v] = (cold, rss(f"{v}.cold"))
    print("\n| ratio | wall | cpu | target |")
    print("|---|---:|---:|---|")

    def ratio(label, a, b, target=""):
        if a and b:
            print(f"| {label} | {a['wall'] / b['wall']:.3f} | {a['cpu'] / b['cpu']:.3f} | {target} |")

    ratio("cold / floor 2p", cold, f2, "≤ 2.0 (wall)")
    ratio("cold none / floor 2p", none, f2, "≤ 1.2 (wall)")
    for q in ("no-op (index)", "neighbors", "path", "backlinks", "pagerank"):
        ratio(f"{q} / cold", m.get(q), cold, "≤ 0.03")
    ratio("after body edit / cold", m.get("after body edit"), cold, "≤ 0.05")
    ratio("after title edit / cold", m.get("after title edit"), cold, "≤ 0.15")
    if m.get("peer") and cold:
        ratio("peer / cold", m.get("peer"), cold)
    noop = m.get("no-op (index)")
    if noop:
        print("\n| export | MiB | MB/s over a warm no-op | target |")
        print("|---|---:|---:|---|")
        for f in ("graphml", "gexf", "dot", "jsonld", "nquads", "csv"):
            r = m.get(f"export {f}")
            b = res / f"{v}.export-{f}.bytes"
            if not r or not b.exists():
                continue
            size = int(b.read_text())
            extra = max(r["wall"] - noop["wall"], 1e-6)
            print(f"| {f} | {size / 2**20:.1f} | {size / 1e6 / extra:.0f} | ≥ 200 |")
    print("\n| peak RSS MiB | cold | cold none | warm neighbors | export graphml |")
    print("|---|---:|---:|---:|---:|")
    print(f"| {v} | {fmt(rss(v + '.cold'), 0)} | {fmt(rss(v + '.cold-none'), 0)} | "
          f"{fmt(rss(v + '.warm'), 0)} | {fmt(rss(v + '.export'), 0)} |")

synth = sorted((v for v in vaults if v.startswith("synth-")), key=lambda v: int(v.split("-")[1]))
if len(synth) >= 2:
    print("\n### scaling (synthetic)\n")
    print("| from → to | notes × | cold wall × | cold cpu × | target |")
    print("|---|---:|---:|---:|---|")
    for a, b in zip(synth, synth[1:]):
        ca, cb = cold_by_vault[a][0], cold_by_vault[b][0]
        if ca and cb:
            n = int(b.split("-")[1]) / int(a.split("-")[1])
            print(f"| {a} → {b} | {n:.0f} | {cb['wall'] / ca['wall']:.1f} | {cb['cpu'] / ca['cpu']:.1f} | "
                  f"{'≤ 11 (100k → 1M)' if n == 10 and b.endswith('1000000') else ''} |")
