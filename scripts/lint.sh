#!/usr/bin/env bash
# The lint stage of scripts/test.sh, before the build: every source file as
# .clang-format writes it, the module rules of docs/ARCHITECTURE.md
# (scripts/check-layers.py), and clang-tidy with the project's .clang-tidy on
# the project's own code (core, ui, app). Needs a configured `ci` build
# directory for clang-tidy's compile commands; configures it if missing.
set -euo pipefail
cd "$(dirname "$0")/.."

mapfile -t sources < <(find core ui app tests bench -name '*.cpp' -o -name '*.h' | sort)
echo "lint: clang-format (${#sources[@]} files)"
if ! clang-format --dry-run --Werror "${sources[@]}"; then
  echo "lint: the files above are not formatted; run: clang-format -i FILE…" >&2
  exit 1
fi

echo "lint: module rules"
python3 scripts/check-layers.py

[[ -f build/ci/compile_commands.json ]] || cmake --preset ci >/dev/null
echo "lint: clang-tidy (.clang-tidy; warnings are errors)"
# Only the project's own translation units; headers are checked through them.
# PdfAnnotator.cpp and PdfStructureTree.cpp are left out: qpdf 11's JSON.hh
# does not compile in clang 14's parser (std::vector of an incomplete type);
# g++ builds them.
mapfile -t units < <(find core ui app -name '*.cpp' ! -name PdfAnnotator.cpp ! -name PdfStructureTree.cpp | sort)
jobs=$(nproc)
if ! printf '%s\n' "${units[@]}" |
    xargs -P "$jobs" -n 4 clang-tidy -p build/ci --quiet >build/ci/clang-tidy.log 2>&1; then
  grep -E 'error:|warning:' build/ci/clang-tidy.log | sort -u >&2 || true
  echo "lint: clang-tidy found problems (build/ci/clang-tidy.log)" >&2
  exit 1
fi
echo "lint: passed"
