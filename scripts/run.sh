#!/usr/bin/env bash
# Installs what Pathak needs, builds it, imports the sample articles into the
# default library (once; re-imports are reported as duplicates) and opens the reader.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release
cmake --build --preset release
./build/release/app/pathak import tests/data || true
exec ./build/release/app/pathak "$@"
