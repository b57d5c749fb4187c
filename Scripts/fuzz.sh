#!/usr/bin/env bash
# Coverage-guided fuzzing of every parser with libFuzzer (docs/fuzzing.md).
#
#   Scripts/fuzz.sh build            build the harnesses with -sanitize=fuzzer,address (.build-fuzz)
#   Scripts/fuzz.sh run [TARGET…]    fuzz each target for FUZZ_SECONDS (default 300), keeping new
#                                    inputs in fuzz-out/corpus/TARGET (not committed)
#   Scripts/fuzz.sh smoke [TARGET…]  fuzz each target for FUZZ_SMOKE_SECONDS (default 20), nothing kept
#   Scripts/fuzz.sh replay [TARGET…] run the committed corpus through the normally built replayer
#
# A crash, a timeout (FUZZ_TIMEOUT seconds for one input, default 10) or a broken invariant makes
# the script exit 1 and leaves the input in fuzz-out/artifacts/TARGET/.
set -euo pipefail
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
SCRATCH=${FUZZ_SCRATCH:-.build-fuzz}
OUT=${FUZZ_OUT:-fuzz-out}
TIMEOUT=${FUZZ_TIMEOUT:-10}
ALL_TARGETS=(yaml zip json keys keyring policy)
BUILD_FLAGS=(
  -c release --scratch-path "$SCRATCH" --product selfassess-fuzz
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DSELFASSESS_FUZZ
  # SwiftPM names an executable's entry point for Swift, so the harness calls libFuzzer's
  # LLVMFuzzerRunDriver itself; gold fails on that link, lld (in the toolchain) does not.
  -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
)

# Leaks are checked, less the statics LeakSanitizer cannot follow (Fuzz/lsan.supp).
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

mode=${1:-run}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${ALL_TARGETS[@]}")

build() {
  echo "fuzz: building the harnesses with libFuzzer and AddressSanitizer into $SCRATCH"
  "$SWIFT" build "${BUILD_FLAGS[@]}"
}

fuzz_one() { # target seconds corpus-dir
  local target=$1 seconds=$2 corpus=$3
  local bin="$SCRATCH/release/selfassess-fuzz"
  local seeds="Fuzz/Corpus/$target" dict="Fuzz/Dictionaries/$target.dict"
  local artifacts="$OUT/artifacts/$target" log="$OUT/logs/$target.log"
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  local args=(--target="$target" -max_total_time="$seconds" -timeout="$TIMEOUT"
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/")
  [ -f "$dict" ] && args+=(-dict="$dict")
  local status=0
  local corpora=("$corpus")
  [ -d "$seeds" ] && corpora+=("$seeds")
  "$bin" "${args[@]}" "${corpora[@]}" >"$log" 2>&1 || status=$?
  local last
  last=$(grep -E '#[0-9]+.*cov: ' "$log" | tail -1 || true)
  local runs cov ft corp
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo "?")
  cov=$(echo "$last" | grep -oE 'cov: [0-9]+' | grep -oE '[0-9]+' || echo "?")
  ft=$(echo "$last" | grep -oE 'ft: [0-9]+' | grep -oE '[0-9]+' || echo "?")
  corp=$(echo "$last" | grep -oE 'corp: [0-9]+/[0-9]+[a-zA-Z]*' | sed 's/corp: //' || echo "?")
  printf 'fuzz: %-8s %4ss  runs %-9s cov %-6s ft %-6s corpus %s\n' \
    "$target" "$seconds" "$runs" "$cov" "$ft" "$corp"
  if [ "$status" -ne 0 ]; then
    echo "fuzz: $target FAILED (exit $status); log $log, input in $artifacts/" >&2
    grep -E 'ERROR|invariant broken|SUMMARY|Test unit written' "$log" | head -20 >&2 || true
    return 1
  fi
}

case "$mode" in
  build)
    build
    ;;
  run | smoke)
    build
    failed=0
    if [ "$mode" = run ]; then
      seconds=${FUZZ_SECONDS:-300}
      for target in "${targets[@]}"; do
        fuzz_one "$target" "$seconds" "$OUT/corpus/$target" || failed=1
      done
    else
      seconds=${FUZZ_SMOKE_SECONDS:-20}
      scratch=$(mktemp -d)
      trap 'rm -rf "$scratch"' EXIT
      for target in "${targets[@]}"; do
        fuzz_one "$target" "$seconds" "$scratch/$target" || failed=1
      done
    fi
    exit $failed
    ;;
  replay)
    "$SWIFT" build --product selfassess-fuzz
    bin=$("$SWIFT" build --show-bin-path)/selfassess-fuzz
    for target in "${targets[@]}"; do
      "$bin" --target="$target" "Fuzz/Corpus/$target"
    done
    ;;
  *)
    echo "usage: Scripts/fuzz.sh build|run|smoke|replay [TARGET…]" >&2
    exit 64
    ;;
esac
