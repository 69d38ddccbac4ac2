#!/usr/bin/env bash
# Quick start, second command: install, build, and run every test (unit, golden, CLI,
# corpora, and the consumer tests that run the real tools that read the exports).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j "$(nproc)" "$@"
