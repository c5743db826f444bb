#!/usr/bin/env bash
# Builds the libFuzzer targets (preset "fuzz": clang, ASan + UBSan) and runs
# each one for SECONDS (default 60), starting from the seed corpus in
# tests/data and the inputs earlier runs kept in build/fuzz/corpus.
# Exits non-zero if any target finds a crash; the input is saved under
# build/fuzz/artifacts/TARGET/ — add it to tests/data/fuzz-regressions/.
#
#   bash scripts/fuzz.sh [SECONDS] [TARGET…]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

targets=("$@")
if ((${#targets[@]} == 0)); then
  targets=(fuzz_article_parser fuzz_html_extractor fuzz_html_nesting fuzz_feed_parser fuzz_annotation_json fuzz_annotation_import)
fi

# Seeds per target: the files of the format it reads, and every input that
# once broke it.
seeds_for() {
  case "$1" in
    fuzz_article_parser) echo tests/data tests/data/fuzz-regressions ;;
    fuzz_html_extractor) echo tests/data/web bench/web-extraction/pages tests/data/fuzz-regressions/html ;;
    fuzz_feed_parser) echo tests/data/web tests/data/fuzz-regressions/feeds ;;
    fuzz_annotation_json) echo tests/data/annotations tests/data/fuzz-regressions/annotations ;;
    fuzz_annotation_import) echo tests/data/annotations tests/data/fuzz-regressions/annotations ;;
  esac
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
status=0
for t in "${targets[@]}"; do
  corpus=build/fuzz/corpus/$t
  artifacts=build/fuzz/artifacts/$t
  mkdir -p "$corpus" "$artifacts"
  dirs=()
  for d in $(seeds_for "$t"); do [[ -d $d ]] && dirs+=("$d"); done
  dict=()
  case "$t" in
    fuzz_article_parser) dict=(-dict=tests/fuzz/article.dict) ;;
    fuzz_html_extractor) dict=(-dict=tests/fuzz/html.dict) ;;
    fuzz_feed_parser) dict=(-dict=tests/fuzz/feed.dict) ;;
    fuzz_annotation_json | fuzz_annotation_import) dict=(-dict=tests/fuzz/annotation.dict) ;;
  esac
  echo "== $t for ${seconds}s"
  log=build/fuzz/$t.log
  # Seed folders come after the corpus folder: libFuzzer reads them all but
  # writes new inputs only to the first.
  if ! build/fuzz/tests/fuzz/"$t" "$corpus" "${dirs[@]}" "${dict[@]}" -max_total_time="$seconds" -max_len=65536 \
       -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" >"$log" 2>&1; then
    status=1
    echo "$t FOUND A CRASH (log: $log):"
    grep -E "ERROR|SUMMARY|invariant failed|Test unit written" "$log" | head -20 || true
  fi
  grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb" "$log" | sed "s/^/  /" || true
  echo "  corpus: $(ls "$corpus" | wc -l) inputs"
done
exit $status
