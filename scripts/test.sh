#!/usr/bin/env bash
# Installs what Pathak needs, checks the sources (formatting, the module
# rules, clang-tidy: scripts/lint.sh), builds Pathak (warnings are errors)
# and runs every test; then the same tests under AddressSanitizer + UBSan,
# and a short run of every fuzz target. Any lint finding, failed test or
# sanitizer report fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset ci
bash scripts/lint.sh
cmake --build --preset ci
export QT_QPA_PLATFORM=offscreen
ctest --preset ci -j2

# Sanitizers: stop at the first report, so a report is a failed test.
# scripts/lsan.supp names the only leaks tolerated: third-party libraries'
# one-time caches, never Pathak's own code.
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:abort_on_error=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions=$PWD/scripts/lsan.supp:print_suppressions=0
cmake --preset asan
cmake --build --preset asan
ctest --preset asan -j2
# Fuzzing: every finding so far is fixed and kept as a regression test
# (tests/data/fuzz-regressions), so a new one fails the run with its input
# saved under build/fuzz/artifacts/.
if ! bash scripts/fuzz.sh "${PATHAK_FUZZ_SECONDS:-60}"; then
  echo "test.sh: the fuzz stage found a crash (see above)" >&2
  exit 1
fi
echo "test.sh: every stage passed (lint, ci tests, ASan/UBSan tests, fuzz ${PATHAK_FUZZ_SECONDS:-60} s per target)"
