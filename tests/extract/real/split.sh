#!/usr/bin/env bash
# Prints manifest.tsv for the notes in selection.tsv: each note's half (dev or test) and
# the SHA-256 of its corpus file. The split is random but fixed and stratified: notes
# are grouped by stratum (source and first folder: a tubegraph channel, an
# obsidian-help language), ordered within a stratum by SHA-256 of SEED:source/path,
# and dealt alternately to dev and test across the strata in byte order.
#
#   tests/extract/real/split.sh [CORPORA] > tests/extract/real/manifest.tsv
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
corpora=${1:-$here/../../../../shared/corpora}
seed=notegraph-gold-split-1
[ -d "$corpora" ] || { echo "split.sh: $corpora not found" >&2; exit 1; }

echo "# Real-note gold sets (see README.md): half, source under ../shared/corpora,"
echo "# vault-relative path, SHA-256 of the file as labeled. Made by split.sh (seed $seed)."
echo "# set	source	path	sha256"
grep -v '^#' "$here/selection.tsv" | while IFS=$'\t' read -r source path; do
  [ -n "$source" ] || continue
  key=$(printf '%s:%s/%s' "$seed" "$source" "$path" | sha256sum | cut -d' ' -f1)
  printf '%s/%s\t%s\t%s\t%s\n' "$source" "${path%%/*}" "$key" "$source" "$path"
done | LC_ALL=C sort -t$'\t' -k1,1 -k2,2 | {
  i=0
  while IFS=$'\t' read -r _ _ source path; do
    half=dev
    [ $((i % 2)) -eq 1 ] && half=test
    i=$((i + 1))
    hash=$(sha256sum "$corpora/$source/$path" | cut -d' ' -f1)
    printf '%s\t%s\t%s\t%s\n' "$half" "$source" "$path" "$hash"
  done
}
