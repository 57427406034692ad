#!/usr/bin/env bash
# Builds the libFuzzer binary (release, -sanitize=fuzzer,address) and runs one or all targets.
# Usage: Fuzz/run.sh [SECONDS] [TARGET...]   (default: 60 seconds, all of parse check eval json)
# Crashes go to Fuzz/artifacts/; new coverage goes to Fuzz/corpus/TARGET (not committed).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(parse check eval json)
swift build -c release --product OktaELFuzz --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING 2>&1 | tail -n 1
bin=.build-fuzz/release/OktaELFuzz
[ -d Fuzz/seeds ] || python3 Fuzz/seed.py Fuzz/seeds >/dev/null
mkdir -p Fuzz/artifacts
status=0
for target in "${targets[@]}"; do
  mkdir -p "Fuzz/corpus/$target"
  echo "--- fuzz $target for ${seconds}s"
  if ! SWIFT_BACKTRACE=enable=no LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp:print_suppressions=0" OEL_FUZZ_TARGET="$target" "$bin" "Fuzz/corpus/$target" "Fuzz/seeds/$target" \
      -dict=Fuzz/oel.dict -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="Fuzz/artifacts/$target-" -print_final_stats=1 2>"Fuzz/artifacts/$target.log"; then
    status=1
    echo "FAILED: see Fuzz/artifacts/$target.log"; grep -E 'oel fuzz bug|ERROR|SUMMARY' "Fuzz/artifacts/$target.log" | head -n 5
  fi
  grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|cov: ' "Fuzz/artifacts/$target.log" | tail -n 3
done
exit $status
