#!/bin/sh
# make bench: validate throughput on a large assessment and on 1,000 small ones, beside the floor
# (libyaml's bare event loop over the same bytes, Benchmarks/yaml-events.c). Release build.
set -eu
cd "$(dirname "$0")/.."
out=${BENCH_OUT:-bench-out}
swift build -c release >/dev/null
bin=.build/release/selfassess
python3 Benchmarks/generate.py "$out" "${BENCH_MB:-4}" "${BENCH_COUNT:-1000}" >/dev/null
floor="$out/yaml-events"
# shellcheck disable=SC2046
cc -O2 -o "$floor" Benchmarks/yaml-events.c $(pkg-config --cflags --libs yaml-0.1)

best() { # best wall time of three runs of a command, in seconds
  b=""
  for _ in 1 2 3; do
    s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N)
    b=$(awk -v s="$s" -v e="$e" -v b="$b" 'BEGIN { t = e - s; if (b == "" || t < b) print t; else print b }')
  done
  echo "$b"
}

report() { # name files bytes tool-seconds floor-seconds
  awk -v n="$1" -v f="$2" -v b="$3" -v t="$4" -v c="$5" 'BEGIN {
    printf "%-26s %6d files %8.1f MB | selfassess %7.3f s %8.1f MB/s %8.0f files/s | libyaml floor %7.3f s %8.1f MB/s | ratio %5.1fx\n",
      n, f, b / 1e6, t, b / 1e6 / t, f / t, c, b / 1e6 / c, t / c }'
}

large_files=$(ls "$out"/large/*.yaml)
large_bytes=$(cat $large_files | wc -c)
t=$(best "$bin" validate "$out/large")
c=$(best "$floor" $large_files)
report "large assessment" 8 "$large_bytes" "$t" "$c"

many_files=$(find "$out/many" -name '*.yaml' | sort)
many_bytes=$(cat $many_files | wc -c)
count=$(echo "$many_files" | wc -l)
t=$(best "$bin" validate "$out"/many/*)
c=$(best "$floor" $many_files)
report "1,000 small assessments" "$count" "$many_bytes" "$t" "$c"

if [ -x /usr/bin/time ]; then
  mem=$( { /usr/bin/time -v "$bin" validate "$out/large" >/dev/null; } 2>&1 | awk -F: '/Maximum resident/ {print $2}' | tr -d ' ')
  echo "peak memory, validate of the large assessment: ${mem} KB"
fi
