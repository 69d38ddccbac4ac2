#!/usr/bin/env bash
# Installs everything notegraph needs to build and test on Debian 12.
# Idempotent: skips apt-get when every package is already installed.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake pkg-config
  libboost-graph-dev libboost-test-dev rapidjson-dev libcmark-dev cmark
  libcli11-dev libyaml-cpp-dev libicu-dev libsqlite3-dev libxxhash-dev libjemalloc-dev
  # SHA-256 of the corpus notes that the entity gold sets label (bench/eval_entities)
  libssl-dev
  # English word lists: the entity rules' common-word lexicon is generated from them at build time
  wamerican wordnet-base
  # ISO 3166 countries and subdivisions: the entity rules' place names (generated too)
  iso-codes
  # the SVG export and the HTML export's layout (Graphviz's C library)
  libgraphviz-dev
  # real consumers of the exports, used by the consumer tests
  graphviz libxml2-utils python3 python3-networkx python3-igraph
  # the browser test opens the HTML export in headless Chromium (driven by playwright-core)
  chromium
  # the shell-habits test parses and runs the generated completions and renders the man page
  bash-completion zsh fish man-db groff-base bsdextrautils util-linux
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# The machine image ships Node.js (with npm) from its own repository; Debian's
# npm package would conflict with it, so Node is only installed when absent.
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi

# The HTML export's page script (sigma.js, graphology, esbuild), bundled at build time
if [ -f exporters/html/package-lock.json ]; then
  (cd exporters/html && npm ci --no-audit --no-fund --loglevel=error)
fi
# playwright-core for the browser test (it drives /usr/bin/chromium; downloads no browser)
if [ -f tests/browser/package-lock.json ]; then
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
fi
# npm consumers (jsonld, oxigraph, kuzu, graphology), pinned by package-lock.json
if [ -f tests/consumers/package-lock.json ]; then
  (cd tests/consumers && npm ci --no-audit --no-fund --loglevel=error)
fi
# the external entity extractor example (compromise), run by test_external_compromise
if [ -f examples/extractors/compromise/package-lock.json ]; then
  (cd examples/extractors/compromise && npm ci --no-audit --no-fund --loglevel=error)
fi
