#!/usr/bin/env bash
# Quick start, first command: install, build, and run notegraph on the bundled vaults.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
ng=build/cli/notegraph
out=out/demo
mkdir -p "$out"

echo "== notegraph stats --vault seeds"
$ng stats --vault seeds --no-cache
echo
echo "== notegraph stats --vault examples"
$ng stats --vault examples --no-cache
