#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (CMake preset `fuzz`: clang, ASan, UBSan) and runs each for a bounded
# time against a temporary copy of its corpus (tests/fuzz/corpus/<target>), so the corpus in the
# repository never changes. Exits non-zero on any crash, leak, sanitizer report, broken invariant or
# timeout, and prints where the reproducer was written. docs/fuzzing.md explains the targets.
#
#   scripts/fuzz.sh                     every target, PD_FUZZ_SECONDS (default 30) each
#   scripts/fuzz.sh fuzz_jcs fuzz_problem
#   PD_FUZZ_SECONDS=600 scripts/fuzz.sh fuzz_codecs
#   scripts/fuzz.sh --replay FILE...    run inputs once (a reproducer, the regression inputs)
set -euo pipefail
cd "$(dirname "$0")/.."

ALL=(fuzz_codecs fuzz_cache_json fuzz_jcs fuzz_problem fuzz_signin_callback fuzz_provider_head fuzz_provider_body)
SECONDS_EACH=${PD_FUZZ_SECONDS:-30}
BIN=build-fuzz/bin
ARTIFACTS=build-fuzz/fuzz-artifacts

dict_for() {
  case "$1" in
    fuzz_signin_callback | fuzz_provider_head) echo tests/fuzz/http.dict ;;
    *) echo tests/fuzz/json.dict ;;
  esac
}

started=$(date +%s)
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
echo "fuzz: built in $(($(date +%s) - started)) s"

# Qt's own allocations at exit are not the code under test's; the code under test runs per input.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

if [ "${1:-}" = "--replay" ]; then
  shift
  status=0
  for f in "$@"; do
    target=$(basename "$(dirname "$f")")
    "$BIN/$target" "$f" || status=1
  done
  exit $status
fi

targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${ALL[@]}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$ARTIFACTS"
failed=()
for t in "${targets[@]}"; do
  mkdir -p "$work/$t" "$ARTIFACTS/$t"
  cp tests/fuzz/corpus/"$t"/* "$work/$t"/
  log="$ARTIFACTS/$t/last-run.log"
  t0=$(date +%s)
  # -timeout: one input taking over 10 s is a hang; -rss_limit_mb: a memory blow-up is a failure too.
  if "$BIN/$t" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
       -dict="$(dict_for "$t")" -artifact_prefix="$ARTIFACTS/$t/" -print_final_stats=1 \
       "$work/$t" >"$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1 || true)
    echo "fuzz: $t ok: $runs runs in $(($(date +%s) - t0)) s, $cov, corpus $(ls "$work/$t" | wc -l)"
  else
    failed+=("$t")
    echo "fuzz: $t FAILED; the end of its log ($log):" >&2
    grep -E 'INVARIANT FAILED|ERROR:|runtime error|SUMMARY' "$log" | head -5 >&2 || true
    tail -n 25 "$log" >&2
    for r in $(grep -o "Test unit written to [^ ]*" "$log" | sed 's/Test unit written to //'); do
      echo "fuzz: reproducer: $r   (run it: scripts/fuzz.sh --replay $r; or $BIN/$t $r)" >&2
    done
  fi
done
echo "fuzz: whole stage $(($(date +%s) - started)) s"
if [ ${#failed[@]} -ne 0 ]; then
  echo "fuzz: failed: ${failed[*]}" >&2
  exit 1
fi
