#!/usr/bin/env bash
# Runs every libFuzzer target of Fuzz/ for a bounded time and fails on any crash, hang or
# broken property. Usage: scripts/fuzz.sh [seconds-per-target] [target…]
#   scripts/fuzz.sh                 # 60 s for each of the seven targets
#   scripts/fuzz.sh 3600 solver     # one target for an hour
# New inputs go to .build-fuzz/corpus/TARGET (kept between runs); the committed seeds in
# Fuzz/corpus/TARGET are only read. A crash is saved as .build-fuzz/artifacts/TARGET-crash-…;
# reproduce it with: FUZZ_TARGET=TARGET .build-fuzz/debug/BackchannelFuzz FILE
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=(scenario override hindcast calibration partial solver decisions)

swift build -c debug --sanitize=fuzzer --package-path Fuzz --scratch-path .build-fuzz
bin=.build-fuzz/debug/BackchannelFuzz

mkdir -p .build-fuzz/artifacts
status=0
summary=()
for t in "${targets[@]}"; do
  [ -d "Fuzz/corpus/$t" ] || { echo "unknown target $t (no Fuzz/corpus/$t)"; exit 64; }
  mkdir -p ".build-fuzz/corpus/$t"
  log=".build-fuzz/fuzz-$t.log"
  echo "== $t: ${seconds}s"
  if FUZZ_TARGET=$t "$bin" ".build-fuzz/corpus/$t" "Fuzz/corpus/$t" \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -artifact_prefix=".build-fuzz/artifacts/$t-" -print_final_stats=1 > "$log" 2>&1; then
    result=ok
  else
    result=FAILED
    status=1
    grep -E "fuzz property broken|ERROR: libFuzzer|deadly signal|Fatal error|timeout" "$log" | head -5 || true
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  secs=$(sed -n 's/.*Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
  runs=${runs:-0}
  rate=$(( runs / ( ${secs:-$seconds} > 0 ? ${secs:-$seconds} : 1 ) ))
  summary+=("$(printf '%-12s %-7s %10s inputs %8s inputs/s' "$t" "$result" "$runs" "$rate")")
done
echo
printf '%s\n' "${summary[@]}"
exit "$status"
