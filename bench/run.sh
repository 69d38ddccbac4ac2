#!/usr/bin/env bash
# Benchmarks notegraph against the physical floor and a peer, in ONE run on the same
# files, and prints a Markdown table of medians and ratios (bench/README.md has the
# figures of the last run written down).
#
#   bench/run.sh [CORPUS_DIR…]     default: the two real vaults in ../shared/corpora
#   RUNS=5 ENTITY_RUNS=5 PEER_RUNS=3 PEER_PARSE=1 BUILD_DIR=build-bench bench/run.sh
#
# Measured per corpus, each as a separate process timed by hyperfine (warm OS page
# cache: every file is read once before timing starts):
#   floor              read every note + cmark_parse_document (notegraph_bench floor)
#   load               load_vault: scan+parse+resolve+build, no entities, no cache
#   load+entities      the same with entity extraction on
#   load cold cache    load_vault, no entities, empty cache directory (cache written)
#   load warm cache    load_vault, no entities, that cache filled (the cache holds parses)
#   stats              `notegraph stats` end to end (defaults, --no-cache)
#   stats --extract none  the same without entity extraction
#   stats warm cache   `notegraph stats --extract none` with a filled cache
#   peer               Node: unified/remark-parse + remark-frontmatter +
#                      @flowershow/remark-wiki-link + yaml + graphology (bench/peers)
#   peer parse only    Node: remark-parse alone on every note (JavaScript's floor;
#                      only with PEER_PARSE=1)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
RUNS="${RUNS:-5}"                  # floor, load, cache runs
ENTITY_RUNS="${ENTITY_RUNS:-$RUNS}"  # the runs with entity extraction (slow)
PEER_RUNS="${PEER_RUNS:-3}"
build="${BUILD_DIR:-build-bench}"
shared="${NOTEGRAPH_SHARED_DIR:-$root/../shared}"

if [ $# -gt 0 ]; then
  corpora=("$@")
else
  corpora=("$shared/corpora/tubegraph/content" "$shared/corpora/obsidian-help")
fi
for i in "${!corpora[@]}"; do
  c=${corpora[$i]}
  [ -d "$c" ] && corpora[$i]=$(realpath "$c")
  [ -d "$c" ] || { echo "bench/run.sh: corpus $c is absent (the real vaults live in ../shared/corpora); pass a vault folder" >&2; exit 1; }
done

if ! command -v hyperfine >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update && $sudo apt-get install -y --no-install-recommends hyperfine
fi
(cd bench/peers && npm ci --no-audit --no-fund --loglevel=error)

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" --target notegraph notegraph_bench -j 2 >/dev/null
bench="$root/$build/bench/notegraph_bench"
ng="$root/$build/cli/notegraph"
peer="node $root/bench/peers/remark-graph.mjs"
results="$root/$build/bench-results"
rm -rf "$results"
mkdir -p "$results"

hf() {  # hf NAME RUNS [hyperfine args…] : one hyperfine call, JSON into $results/NAME.json
  local name=$1 runs=$2
  shift 2
  hyperfine --style basic --runs "$runs" --export-json "$results/$name.json" "$@" >"$results/$name.log" 2>&1 ||
    { echo "bench/run.sh: $name failed, see $results/$name.log" >&2; cat "$results/$name.log" >&2; exit 1; }
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(uname -sr);" \
  "$(g++ --version | head -1); node $(node --version); hyperfine $(hyperfine --version | cut -d' ' -f2)" | tee "$results/machine.txt"

for corpus in "${corpora[@]}"; do
  name=$(basename "$(dirname "$corpus")")-$(basename "$corpus")
  cache=$(mktemp -d)
  echo "== $corpus ($(find "$corpus" -name '*.md' -not -path '*/.*' | wc -l) notes, $(du -sh --exclude='.*' "$corpus" | cut -f1))" >&2
  # What each side counts, once (so the table can show they did the same work).
  {
    "$bench" floor "$corpus"
    "$bench" load "$corpus" --no-cache --extract off
    "$bench" load "$corpus" --no-cache --extract on
    "$bench" stages "$corpus" --runs 1 --extract off
    $peer "$corpus"
  } >"$results/$name.counts.jsonl" 2>"$results/$name.counts.err" || true
  # The counts above have read every file, so the OS page cache is warm: no warm-up runs.
  hf "$name.main" "$RUNS" \
    -n floor "$bench floor $corpus" \
    -n load "$bench load $corpus --no-cache --extract off" \
    -n "stats --extract none" "$ng stats --vault $corpus --no-cache --quiet --extract none"
  hf "$name.entities" "$ENTITY_RUNS" \
    -n load+entities "$bench load $corpus --no-cache --extract on" \
    -n stats "$ng stats --vault $corpus --no-cache --quiet"
  hf "$name.cold" "$RUNS" --prepare "rm -rf $cache" \
    -n "load cold cache" "$bench load $corpus --cache $cache --extract off"
  hf "$name.warm" "$RUNS" \
    -n "load warm cache" "$bench load $corpus --cache $cache --extract off" \
    -n "stats warm cache" "$ng stats --vault $corpus --cache $cache --quiet --extract none"
  if [ "${PEER_PARSE:-0}" = 1 ]; then
    hf "$name.peer" "$PEER_RUNS" -n peer "$peer $corpus" -n "peer parse only" "$peer $corpus --mode parse"
  else
    hf "$name.peer" "$PEER_RUNS" -n peer "$peer $corpus"
  fi
  rm -rf "$cache"
done

python3 - "$results" <<'EOF' | tee "$results/summary.md"
import json, pathlib, sys
res = pathlib.Path(sys.argv[1])
corpora = sorted({p.name.split(".")[0] for p in res.glob("*.main.json")})
print(open(res / "machine.txt").read().strip())
print("\nwall = median elapsed seconds over the runs; cpu = mean user+system seconds "
      "(notegraph parses on 2 threads, Node on 1, so cpu is the fairer cross-tool ratio)")
for c in corpora:
    med = {}
    for part in ("main", "entities", "cold", "warm", "peer"):
        for r in json.load(open(res / f"{c}.{part}.json"))["results"]:
            med[r["command"]] = (r["median"], r["user"] + r["system"], len(r["times"]))
    counts = [l.strip() for l in open(res / f"{c}.counts.jsonl") if l.startswith("{")]
    fw, fc = med["floor"][:2]
    pw, pc = med["peer"][:2]
    print(f"\n### {c}\n")
    for k in counts:
        print(f"- `{k}`")
    print("\n| measurement | wall s | cpu s | runs | wall / floor | cpu / floor | peer cpu / this cpu |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, (w, u, n) in med.items():
        print(f"| {name} | {w:.2f} | {u:.2f} | {n} | {w / fw:.1f}× | {u / fc:.1f}× | {pc / u:.2f}× |")
    lw, lc = med["load"][:2]
    ew, ec = med["load+entities"][:2]
    print(f"\nnotegraph load / floor: {lw / fw:.2f} wall, {lc / fc:.2f} cpu; with entities {ew / fw:.2f} wall, "
          f"{ec / fc:.2f} cpu. peer / notegraph load (no entities, same job): {pw / lw:.1f} wall, {pc / lc:.1f} cpu.")
EOF
