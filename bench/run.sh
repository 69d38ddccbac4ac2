#!/usr/bin/env bash
# Benchmarks notegraph in ONE run on the same files and prints Markdown tables of
# medians, CPU time, peak memory and ratios (bench/README.md has the figures of the last
# full run written down). One command:
#
#   bench/run.sh                  tubegraph + synthetic 10k and 100k notes (RUNS=5)
#   SCALE=1m bench/run.sh         … and a synthetic 1M-note vault (generated once, ~2 GB)
#   QUICK=1 bench/run.sh          tubegraph, one run each (what CI runs: it keeps working)
#   bench/run.sh DIR…             these vaults only
#
# Per vault, each measurement a separate process timed by hyperfine (page cache warm):
#   floor 1p / 2p     read every note + cmark_parse_document, on 1 and on 2 threads
#   cold              `notegraph index` from an empty index folder (default extractors)
#   cold none         the same with --extract none
#   neighbors, path, backlinks, pagerank
#                     warm queries on an unchanged vault (the index is up to date)
#   after body edit   `query neighbors` right after one note's body changed
#   after title edit  `query neighbors` right after one note's title changed
#   export F          warm `export --format F -o FILE`, for every format; MB/s of output
#                     over the time an export adds to a warm no-op (`notegraph index`)
#   peer              (PEER=1) Node: remark + Flowershow wiki-link + graphology, the JS way
# Peak RSS is measured once per command with GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
QUICK="${QUICK:-0}"
RUNS="${RUNS:-5}"
[ "$QUICK" = 1 ] && RUNS=1
COLD_RUNS="${COLD_RUNS:-$RUNS}"
SCALE="${SCALE:-100k}"
PEER="${PEER:-1}"
[ "$QUICK" = 1 ] && PEER=0
build="${BUILD_DIR:-build-bench}"
shared="${NOTEGRAPH_SHARED_DIR:-$root/../shared}"
results="$root/$build/bench-results"
vaults_dir="${SYNTH_DIR:-$root/$build/synthetic-vaults}"

if ! command -v hyperfine >/dev/null 2>&1 || ! [ -x /usr/bin/time ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends hyperfine time
fi
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" --target notegraph notegraph_bench gen_vault -j "$(nproc)" >/dev/null
ng="$root/$build/cli/notegraph"
bench="$root/$build/bench/notegraph_bench"
rm -rf "$results"
mkdir -p "$results" "$vaults_dir"

synthetic() {  # synthetic N: the path of a generated vault of N notes (made once)
  local dir="$vaults_dir/synth-$1"
  if [ ! -f "$dir/.complete" ]; then
    rm -rf "$dir"
    echo "bench/run.sh: generating $1 synthetic notes in $dir" >&2
    "$root/$build/bench/gen_vault" "$dir" "$1" >/dev/null
    touch "$dir/.complete"
  fi
  echo "$dir"
}

if [ $# -gt 0 ]; then
  vaults=("$@")
else
  vaults=()
  [ -d "$shared/corpora/tubegraph/content" ] && vaults+=("$shared/corpora/tubegraph/content")
  if [ "$QUICK" != 1 ]; then
    vaults+=("$(synthetic 10000)" "$(synthetic 100000)")
    [ "$SCALE" = 1m ] && vaults+=("$(synthetic 1000000)")
  fi
  [ ${#vaults[@]} -gt 0 ] || { echo "bench/run.sh: no vault (../shared/corpora is absent); pass a folder" >&2; exit 1; }
fi
if [ "$PEER" = 1 ]; then (cd bench/peers && npm ci --no-audit --no-fund --loglevel=error); fi

hf() {  # hf NAME RUNS [hyperfine args…]: one hyperfine call, JSON into $results/NAME.json
  local name=$1 runs=$2
  shift 2
  hyperfine --style basic --runs "$runs" --export-json "$results/$name.json" "$@" >"$results/$name.log" 2>&1 ||
    { echo "bench/run.sh: $name failed, see $results/$name.log" >&2; cat "$results/$name.log" >&2; exit 1; }
}
rss() {  # rss NAME command…: peak resident set size in KiB into $results/NAME.rss
  local name=$1
  shift
  /usr/bin/time -f "%M" -o "$results/$name.rss" "$@" >/dev/null 2>"$results/$name.rss.err" || true
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo);" \
  "$(uname -sr); $(g++ --version | head -1); hyperfine $(hyperfine --version | cut -d' ' -f2);" \
  "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$results/machine.txt"

for vault in "${vaults[@]}"; do
  vault=$(realpath "$vault")
  name=$(basename "$vault")
  [ "$name" = content ] && name=$(basename "$(dirname "$vault")")
  work=$(mktemp -d)
  cache="$work/cache"
  echo "== $name: $vault ($(find "$vault" -name '*.md' -not -path '*/.*' | wc -l) notes, $(du -sh --exclude='.*' "$vault" | cut -f1))" >&2
  echo "$vault" >"$results/$name.vault"
  find "$vault" -name '*.md' -not -path '*/.*' -exec cat {} + >/dev/null  # warm the page cache

  # The floor, and a cold build on each side of it.
  hf "$name.floor" "$RUNS" -n "floor 1p" "$bench floor $vault --threads 1" -n "floor 2p" "$bench floor $vault --threads 2"
  hf "$name.cold" "$COLD_RUNS" --prepare "rm -rf $cache" -n cold "$ng index --vault $vault --cache $cache --quiet"
  hf "$name.cold-none" "$COLD_RUNS" --prepare "rm -rf $cache-none" \
    -n "cold none" "$ng index --vault $vault --cache $cache-none --quiet --extract none"
  rm -rf "$cache-none"
  rss "$name.cold-none" "$ng" index --vault "$vault" --cache "$cache-none" --quiet --extract none
  rm -rf "$cache"
  rss "$name.cold" "$ng" index --vault "$vault" --cache "$cache" --quiet

  # Queries on an unchanged vault: the best-linked note and a path between two notes.
  read -r hub < <("$ng" query rank --vault "$vault" --cache "$cache" --quiet --by degree --node note --top 1 --format jsonl |
    python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["id"])')
  read -r far < <("$ng" query neighbors "$hub" --vault "$vault" --cache "$cache" --quiet --direction in --edge link --node note --format jsonl |
    python3 -c 'import json,sys; rows=[json.loads(l) for l in sys.stdin]; print(rows[-1]["id"])')
  echo "hub $hub; path from $far" >"$results/$name.nodes"
  q="--vault $vault --cache $cache --quiet --format json"
  hf "$name.warm" "$RUNS" \
    -n "no-op (index)" "$ng index --vault $vault --cache $cache --quiet" \
    -n neighbors "$ng query neighbors $(printf %q "$hub") $q" \
    -n path "$ng query path $(printf %q "$far") $(printf %q "$hub") $q" \
    -n backlinks "$ng query backlinks $(printf %q "$hub") $q" \
    -n pagerank "$ng query rank --by pagerank --top 20 $q"
  rss "$name.warm" "$ng" query neighbors "$hub" --vault "$vault" --cache "$cache" --quiet --format json

  # One note edited between runs: its body, then its title (two versions, alternating).
  # A vault this script did not generate is never written: the edits happen in a copy
  # (cp -a keeps the mtimes), indexed once before timing starts.
  edit_vault="$vault" edit_cache="$cache"
  case "$vault/" in
    "$(realpath -m "$vaults_dir")"/*) ;;
    *) edit_vault="$work/vault" edit_cache="$work/cache-edit"
       cp -a "$vault" "$edit_vault"
       "$ng" index --vault "$edit_vault" --cache "$edit_cache" --quiet >/dev/null ;;
  esac
  note=$(python3 -c 'import sys,pathlib; v=pathlib.Path(sys.argv[1]); print(sorted(p for p in v.rglob("*.md") if not any(x.startswith(".") for x in p.parts))[len(list(v.rglob("*.md")))//2])' "$edit_vault")
  cp "$note" "$work/original.md"
  python3 - "$note" "$work" <<'EOF'
import pathlib, sys
note, work = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
text = note.read_text(encoding="utf-8", errors="surrogateescape")
(work / "body-a.md").write_text(text + "\nAn added line about Lisbon.\n", encoding="utf-8", errors="surrogateescape")
(work / "body-b.md").write_text(text + "\nAnother added line about Kyiv.\n", encoding="utf-8", errors="surrogateescape")
def titled(t):
    if text.startswith("---\n") and "\ntitle:" in text.split("\n---", 1)[0]:
        head, rest = text.split("\n---", 1)
        lines = [l if not l.startswith("title:") else "title: " + t for l in head.split("\n")]
        return "\n".join(lines) + "\n---" + rest
    return "---\ntitle: " + t + "\n---\n" + text
(work / "title-a.md").write_text(titled("Renamed Alpha Note"), encoding="utf-8", errors="surrogateescape")
(work / "title-b.md").write_text(titled("Renamed Beta Note"), encoding="utf-8", errors="surrogateescape")
EOF
  flip() {  # a prepare command that swaps the note between two versions
    echo "if cmp -s $(printf %q "$note") $work/$1-a.md; then cp $work/$1-b.md $(printf %q "$note"); else cp $work/$1-a.md $(printf %q "$note"); fi"
  }
  qe="--vault $edit_vault --cache $edit_cache --quiet --format json"
  "$ng" index --vault "$edit_vault" --cache "$edit_cache" --quiet >/dev/null
  hf "$name.edit" "$RUNS" --prepare "$(flip body)" -n "after body edit" "$ng query neighbors $(printf %q "$hub") $qe"
  hf "$name.title" "$RUNS" --prepare "$(flip title)" -n "after title edit" "$ng query neighbors $(printf %q "$hub") $qe"
  cp "$work/original.md" "$note"
  if [ "$edit_vault" = "$vault" ]; then
    "$ng" index --vault "$vault" --cache "$cache" --quiet >/dev/null
  else
    rm -rf "$edit_vault" "$edit_cache"
  fi

  # Exports: every format, warm.
  args=()
  for f in graphml gexf dot jsonld nquads csv; do
    args+=(-n "export $f" "$ng export --format $f -o $work/out.$f --vault $vault --cache $cache --quiet")
  done
  hf "$name.export" "$RUNS" "${args[@]}"
  for f in graphml gexf dot jsonld nquads csv; do du -sb "$work/out.$f" | cut -f1 >"$results/$name.export-$f.bytes"; done
  rss "$name.export" "$ng" export --format graphml -o "$work/out.rss.graphml" --vault "$vault" --cache "$cache" --quiet

  if [ "$PEER" = 1 ]; then
    hf "$name.peer" 1 -n peer "node $root/bench/peers/remark-graph.mjs $vault"
  fi
  rm -rf "$work"
done

python3 "$root/bench/summary.py" "$results" | tee "$results/summary.md"
