#!/usr/bin/env bash
# Benchmarks notegraph against the physical floor and a peer, in ONE run on the same
# files, and prints a Markdown table of medians and ratios (bench/README.md has the
# figures of the last run written down).
#
#   bench/run.sh [CORPUS_DIR…]     default: the two real vaults in ../shared/corpora
#   RUNS=5 PEER_RUNS=3 BUILD_DIR=build-bench bench/run.sh
#
# Measured per corpus, each as a separate process timed by hyperfine (warm OS page
# cache; a warm-up run first except where a cold notegraph cache is the point):
#   floor              read every note + cmark_parse_document (notegraph_bench floor)
#   load               load_vault: scan+parse+resolve+build, no entities, no cache
#   load+entities      the same with entity extraction on
#   load cold cache    load_vault with an empty cache directory (cache written)
#   load warm cache    load_vault with that cache filled
#   stats              `notegraph stats` end to end (defaults, --no-cache)
#   stats --extract none  the same without entity extraction
#   stats warm cache   `notegraph stats` with a filled cache
#   peer               Node: unified/remark-parse + remark-frontmatter +
#                      @flowershow/remark-wiki-link + yaml + graphology (bench/peers)
#   peer parse only    Node: remark-parse alone on every note (JavaScript's floor)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
RUNS="${RUNS:-5}"
PEER_RUNS="${PEER_RUNS:-3}"
build="${BUILD_DIR:-build-bench}"
shared="${NOTEGRAPH_SHARED_DIR:-$root/../shared}"

if [ $# -gt 0 ]; then
  corpora=("$@")
else
  corpora=("$shared/corpora/tubegraph/content" "$shared/corpora/obsidian-help")
fi
for c in "${corpora[@]}"; do
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
  hf "$name.main" "$RUNS" --warmup 1 \
    -n floor "$bench floor $corpus" \
    -n load "$bench load $corpus --no-cache --extract off" \
    -n load+entities "$bench load $corpus --no-cache --extract on" \
    -n stats "$ng stats --vault $corpus --no-cache --quiet" \
    -n "stats --extract none" "$ng stats --vault $corpus --no-cache --quiet --extract none"
  hf "$name.cold" "$RUNS" --prepare "rm -rf $cache" \
    -n "load cold cache" "$bench load $corpus --cache $cache --extract on"
  hf "$name.warm" "$RUNS" --warmup 1 \
    -n "load warm cache" "$bench load $corpus --cache $cache --extract on" \
    -n "stats warm cache" "$ng stats --vault $corpus --cache $cache --quiet"
  hf "$name.peer" "$PEER_RUNS" --warmup 0 \
    -n peer "$peer $corpus" \
    -n "peer parse only" "$peer $corpus --mode parse"
  rm -rf "$cache"
done

python3 - "$results" <<'EOF'
import json, pathlib, sys
res = pathlib.Path(sys.argv[1])
corpora = sorted({p.name.split(".")[0] for p in res.glob("*.main.json")})
print()
print(open(res / "machine.txt").read().strip())
for c in corpora:
    med = {}
    for part in ("main", "cold", "warm", "peer"):
        for r in json.load(open(res / f"{c}.{part}.json"))["results"]:
            med[r["command"]] = (r["median"], len(r["times"]))
    counts = [json.loads(l) for l in open(res / f"{c}.counts.jsonl") if l.startswith("{")]
    floor, load, peer = med["floor"][0], med["load"][0], med["peer"][0]
    print(f"\n### {c}\n")
    for k in counts:
        print(f"- `{json.dumps(k)}`")
    print("\n| measurement | median s | runs | / floor | peer / this |")
    print("|---|---:|---:|---:|---:|")
    for name, (m, n) in med.items():
        print(f"| {name} | {m:.2f} | {n} | {m / floor:.1f}× | {peer / m:.1f}× |")
    print(f"\nnotegraph load / floor = {load / floor:.2f}; peer / notegraph load = {peer / load:.1f}; "
          f"peer / notegraph stats = {peer / med['stats'][0]:.1f}")
EOF
