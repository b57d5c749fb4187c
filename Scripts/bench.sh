#!/bin/sh
# make bench: validate on a large assessment and on 1,000 small ones, beside the floor (libyaml's
# bare event loop over the same bytes, Benchmarks/yaml-events.c); then aggregate and verify over
# sectors of about 1,000 and 10,000 generated bundles beside their floor (Benchmarks/bundle-floor.c:
# OpenSSL SHA-256 over every bundle byte, libyaml's event loop over every YAML file inside them,
# one Ed25519 verification per bundle), measured in the same run on the same files (the generation
# is timed apart and not counted). Before those, files with 10k–100k findings and keyrings of
# 5k–20k signatories, to show that time grows linearly with the findings. Release build.
# Times are CPU seconds (user + sys, the best of three runs where repeated), so that other work
# on the machine does not count; the ratio is ours over the floor's (issue 13: goal at most 1.5×).
# Then the registry's intake end to end over loopback against `verify` alone on the same bundles,
# on SQLite and on PostgreSQL when it can start (BENCH_REGISTRY, the bundles, 400 by default; ""
# skips it).
# Every ratio of issue 13 is printed with its goal: aggregate, verify and validate CPU against
# their floor (at most 1.5x), validate's peak memory against its input (at most 2x), small files
# validated per second (at least 10,000), aggregate's peak RSS at 10,000 bundles (at most 100 MB),
# and a projection of time and memory for 100,000 bundles from the measured per-bundle costs.
# BENCH_SCALE=N (default 1) adds a sector of 10,000 x N bundles when N > 1 (BENCH_SCALE=10: the
# national registry's year, 100,000 bundles, about 32 GB on disk and an hour of generation).
# BENCH_AGGREGATE="1000" runs the first sector only (BENCH_AGGREGATE="60" while developing);
# BENCH_AGGREGATE="" skips them. Each sector is removed after its run (10,000 bundles take about
# 3.5 GB) unless BENCH_KEEP=1.
set -eu
cd "$(dirname "$0")/.."
out=${BENCH_OUT:-bench-out}
swift build -c release >/dev/null
bin=.build/release/selfassess
python3 Benchmarks/generate.py "$out" "${BENCH_MB:-4}" "${BENCH_COUNT:-1000}" >/dev/null
floor="$out/yaml-events"
# shellcheck disable=SC2046
cc -O2 -o "$floor" Benchmarks/yaml-events.c $(pkg-config --cflags --libs yaml-0.1)
bundle_floor="$out/bundle-floor"
# shellcheck disable=SC2046
cc -O2 -o "$bundle_floor" Benchmarks/bundle-floor.c $(pkg-config --cflags --libs yaml-0.1 libcrypto)

# CPU seconds (user + sys) of one run of a command; wall seconds where /usr/bin/time is missing.
cpu() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%U %S' -o "$out/cpu.time" "$@" >/dev/null 2>&1 || true
    # The last line: time writes "Command exited with non-zero status N" above it.
    awk 'END { print $1 + $2 }' "$out/cpu.time"
  else
    s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N)
    awk -v s="$s" -v e="$e" 'BEGIN { print e - s }'
  fi
}

best() { # the best CPU time of three runs of a command, in seconds
  b=""
  for _ in 1 2 3; do
    t=$(cpu "$@")
    b=$(awk -v t="$t" -v b="$b" 'BEGIN { if (b == "" || t < b) print t; else print b }')
  done
  echo "$b"
}

best_floor() { # the best of three runs of the libyaml loop, by its own CPU clock (field 4)
  b=""
  for _ in 1 2 3; do
    t=$("$floor" "$@" | awk '{ print $4 }')
    b=$(awk -v t="$t" -v b="$b" 'BEGIN { if (b == "" || t < b) print t; else print b }')
  done
  echo "$b"
}

report() { # name files bytes tool-seconds floor-seconds
  awk -v n="$1" -v f="$2" -v b="$3" -v t="$4" -v c="$5" 'BEGIN {
    printf "%-26s %6d files %8.1f MB | selfassess %7.3f s cpu %8.1f MB/s %8.0f files/s | libyaml floor %7.3f s %8.1f MB/s | ratio %5.2fx (goal <= 1.5x)\n",
      n, f, b / 1e6, t, b / 1e6 / t, f / t, c, b / 1e6 / c, t / c }'
}

wall() { # wall seconds of one run of a command
  s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N)
  awk -v s="$s" -v e="$e" 'BEGIN { print e - s }'
}

best_wall() { # the best wall time of three runs of a command, in seconds
  b=""
  for _ in 1 2 3; do
    t=$(wall "$@")
    b=$(awk -v t="$t" -v b="$b" 'BEGIN { if (b == "" || t < b) print t; else print b }')
  done
  echo "$b"
}

large_files=$(ls "$out"/large/*.yaml)
large_bytes=$(cat $large_files | wc -c)
t=$(best "$bin" validate "$out/large")
c=$(best_floor $large_files)
report "large assessment" 8 "$large_bytes" "$t" "$c"

many_files=$(find "$out/many" -name '*.yaml' | sort)
many_bytes=$(cat $many_files | wc -c)
count=$(echo "$many_files" | wc -l)
t=$(best "$bin" validate "$out"/many/*)
c=$(best_floor $many_files)
report "1,000 small assessments" "$count" "$many_bytes" "$t" "$c"
# Files per second on both cores: wall time of one validate of every folder (it validates them in
# parallel), the best of three.
w=$(best_wall "$bin" validate "$out"/many/*)
awk -v f="$count" -v w="$w" 'BEGIN {
  printf "  validate of %d small files: %.3f s wall, %.0f files/s on both cores (goal >= 10,000)\n", f, w, f / w }'

if [ -x /usr/bin/time ]; then
  mem=$( { /usr/bin/time -v "$bin" validate "$out/large" >/dev/null; } 2>&1 | awk -F: '/Maximum resident/ {print $2}' | tr -d ' ')
  base=$( { /usr/bin/time -v "$bin" validate "$out"/many/0000 >/dev/null; } 2>&1 | awk -F: '/Maximum resident/ {print $2}' | tr -d ' ')
  # The program's own footprint before it reads anything (code, runtime, libraries): what
  # `--version` takes. What the input costs is the peak above it.
  idle=$( { /usr/bin/time -v "$bin" --version >/dev/null; } 2>&1 | awk -F: '/Maximum resident/ {print $2}' | tr -d ' ')
  awk -v m="$mem" -v b="$large_bytes" -v z="$base" -v i="$idle" 'BEGIN {
    printf "  validate of the large assessment: peak memory %.1f MB for %.1f MB of input: %.2fx the input (goal <= 2x); a small assessment takes %.1f MB\n",
      m / 1024, b / 1e6, m * 1024 / b, z / 1024
    printf "    of which the program itself (--version) %.1f MB; above it %.1f MB, %.2fx the input\n",
      i / 1024, (m - i) / 1024, (m - i) * 1024 / b }'
fi

# Findings: time must grow linearly with them (issue 9). An article file with N unknown indicator
# ids (validate and score show 1,000 and count the rest), and `keyring list` on a keyring of N
# signatories whose keys each draw a warning. The time per finding should stay flat as N grows.
# BENCH_FINDINGS="" and BENCH_KEYRING="" skip them. The keys are made with python3-cryptography.
findings=${BENCH_FINDINGS-10000 20000 40000 100000}
keyrings=${BENCH_KEYRING-5000 10000 20000}
if [ -n "$findings$keyrings" ]; then
  # shellcheck disable=SC2086
  python3 Benchmarks/findings.py "$out/findings" Samples/acme-2025 --unknown $findings --keyring $keyrings
  per() { awk -v n="$1" -v t="$2" 'BEGIN { printf "%7.3f s %7.2f µs per finding", t, t / n * 1e6 }'; }
  for n in $findings; do
    v=$(best "$bin" validate "$out/findings/unknown-$n")
    s=$(best "$bin" score "$out/findings/unknown-$n")
    printf '%-26s | validate %s | score %s\n' "$n unknown keys" "$(per "$n" "$v")" "$(per "$n" "$s")"
  done
  for n in $keyrings; do
    k=$(best "$bin" keyring list "$out/findings/keyring-$n.yaml")
    printf '%-26s | keyring list %s\n' "$n signatories" "$(per "$n" "$k")"
  done
  [ "${BENCH_KEEP:-}" = 1 ] || rm -rf "$out/findings"
fi

# aggregate and verify: N bundles = N/2 signatories over two years (a few planted missing, one
# duplicate). The floor runs once over the same bundle files (its own CPU clock around the hashing,
# parsing and verifying; the signatures it verifies are made outside that clock).
gen=.build/release/samplegen
scale=${BENCH_SCALE:-1}
sectors="1000 10000"
[ "$scale" -gt 1 ] && sectors="$sectors $((10000 * scale))"
: >"$out/aggregate.costs"
for n in ${BENCH_AGGREGATE-$sectors}; do
  dir="$out/sector-$n"
  rm -rf "$dir" "$dir-report"
  s=$(date +%s.%N)
  "$gen" --seed 2014 --signatories $((n / 2)) --years 2 --no-assessments --out "$dir" >/dev/null
  e=$(date +%s.%N)
  find "$dir/submissions" -name '*.sabundle' | sort >"$dir.list"
  bundles=$(wc -l <"$dir.list")
  size=$(du -sm "$dir/submissions" | cut -f1)
  # shellcheck disable=SC2046
  set -- $("$bundle_floor" - <"$dir.list")
  floor_sha=$6 floor_yaml=$7 floor_ed=$8 floor_cpu=$9
  awk -v n="$bundles" -v mb="$size" -v y="$3" -v ym="$4" -v g="$(awk -v a="$s" -v b="$e" 'BEGIN { print b - a }')" \
    -v h="$floor_sha" -v p="$floor_yaml" -v v="$floor_ed" -v c="$floor_cpu" 'BEGIN {
    printf "sector %6d bundles (%5d MB, %d YAML files, %.1f MB) | generation %7.1f s (not counted)\n", n, mb, y, ym / 1e6, g
    printf "  floor: sha-256 %.3f s + libyaml %.3f s + ed25519 %.3f s = %.3f s cpu, %.3f ms per bundle\n", h, p, v, c, c / n * 1000 }'
  run="$bin aggregate $dir/submissions --keyring $dir/keyring.yaml --society-key $dir/society.pub --since 2024 --out $dir-report"
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v -o "$dir.time" $run >"$dir.summary" 2>/dev/null || true
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); t = 0; for (i = 1; i <= n; i++) t = t * 60 + p[i]; print t }' "$dir.time")
    cpu=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { print u + s }' "$dir.time")
    rss=$(awk -F': ' '/Maximum resident/ { print $2 }' "$dir.time")
  else
    t0=$(date +%s.%N); $run >"$dir.summary" 2>/dev/null || true; t1=$(date +%s.%N)
    wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }'); cpu=$wall; rss=""
  fi
  awk -v n="$bundles" -v w="$wall" -v c="$cpu" -v r="$rss" -v f="$floor_cpu" 'BEGIN {
    printf "  aggregate: %7.2f s cpu %6.2f ms per bundle | wall %6.1f s", c, c / n * 1000, w
    if (r != "") printf " | peak RSS %6.1f MB", r / 1024
    printf " | ratio to the floor %5.2fx (goal <= 1.5x)\n", c / f }'
  if [ "$bundles" -ge 10000 ] && [ -n "$rss" ]; then
    awk -v n="$bundles" -v r="$rss" 'BEGIN {
      printf "  aggregate peak RSS at %d bundles: %.1f MB (goal <= 100 MB)\n", n, r / 1024 }'
  fi
  echo "$bundles $cpu $wall ${rss:-0} $floor_cpu" >>"$out/aggregate.costs"
  sed -n 's/^\(Participation\|Bundles\)/    \1/p' "$dir.summary"
  # shellcheck disable=SC2046
  v=$(cpu "$bin" verify $(cat "$dir.list") --keyring "$dir/keyring.yaml" --society-key "$dir/society.pub")
  awk -v n="$bundles" -v c="$v" -v f="$floor_cpu" 'BEGIN {
    printf "  verify:    %7.2f s cpu %6.2f ms per bundle | ratio to the floor %5.2fx (goal <= 1.5x)\n", c, c / n * 1000, c / f }'
  [ "${BENCH_KEEP:-}" = 1 ] || rm -rf "$dir" "$dir-report" "$dir.time" "$dir.summary" "$dir.list"
done

# 100,000 bundles (a national registry's year), projected from the largest sector measured: its
# CPU and wall time per bundle, and its peak RSS plus the growth per bundle between the smallest
# and the largest sector (flat memory gives no growth).
if [ -s "$out/aggregate.costs" ]; then
  sort -n "$out/aggregate.costs" | awk 'NR == 1 { n0 = $1; r0 = $4 } { n = $1; c = $2; w = $3; r = $4; f = $5 }
    END {
      target = 100000
      slope = (n > n0) ? (r - r0) / (n - n0) : 0
      if (slope < 0) slope = 0
      printf "projection for %d bundles from %d measured: aggregate %.0f s cpu, %.0f s wall (%.1f min), floor %.0f s cpu",
        target, n, c / n * target, w / n * target, w / n * target / 60, f / n * target
      if (r > 0) printf ", peak RSS %.1f MB (%.1f MB at %d, %+.2f KB per bundle)", (r + slope * (target - n)) / 1024, r / 1024, n, slope
      printf "\n" }'
fi
rm -f "$out/aggregate.costs"

# registry: intake end to end (serve over loopback, HTTP, verification, storage, signed receipts,
# submit verifying each receipt) against `selfassess verify` alone on the same bundles. Both verify
# one bundle at a time (serve --max-verifications 1; two submit processes keep it busy), so the
# difference is the registry's own overhead. The server's RSS is sampled during the run.
reg_n=${BENCH_REGISTRY-400}
if [ -n "$reg_n" ]; then
  dir="$out/registry-sector"
  rm -rf "$dir"
  "$gen" --seed 2015 --signatories $((reg_n / 2)) --years 2 --no-assessments --out "$dir" >/dev/null
  set -- $(find "$dir/submissions" -name '*.sabundle' | sort)
  count=$#
  half=$(( (count + 1) / 2 ))
  first=$(echo "$@" | tr ' ' '\n' | head -n "$half" | tr '\n' ' ')
  second=$(echo "$@" | tr ' ' '\n' | tail -n +"$((half + 1))" | tr '\n' ' ')
  trust="--keyring $dir/keyring.yaml --society-key $dir/society.pub"
  # shellcheck disable=SC2086
  verify=$(best "$bin" verify "$@" $trust)

  intake() { # name [--database URL]
    name=$1; shift
    reg="$out/registry-$name"
    rm -rf "$reg" "$reg".*
    "$bin" registry init --data "$reg" "$@" >/dev/null
    # shellcheck disable=SC2086
    "$bin" serve --data "$reg" "$@" --receipt-key "$dir/society.key" $trust --listen 127.0.0.1:0 \
      --port-file "$reg.address" --rate off --max-verifications 1 --log-level error \
      >/dev/null 2>"$reg.err" &
    pid=$!
    while [ ! -s "$reg.address" ]; do
      kill -0 "$pid" 2>/dev/null || { cat "$reg.err"; return 1; }
      sleep 0.1
    done
    url="http://$(cat "$reg.address")"
    ( while kill -0 "$pid" 2>/dev/null; do
        awk '/^VmRSS/ { print $2 }' "/proc/$pid/status" 2>/dev/null; sleep 0.2
      done >"$reg.rss" ) &
    sampler=$!
    s=$(date +%s.%N)
    # shellcheck disable=SC2086
    "$bin" submit $first --to "$url" --society-key "$dir/society.pub" \
      --receipts "$reg.receipts/a" >/dev/null 2>"$reg.submit-a" &
    a=$!
    # shellcheck disable=SC2086
    "$bin" submit $second --to "$url" --society-key "$dir/society.pub" \
      --receipts "$reg.receipts/b" >/dev/null 2>"$reg.submit-b" || true
    wait "$a" || true
    e=$(date +%s.%N)
    peak=$(awk '/^VmHWM/ { print $2 }' "/proc/$pid/status")
    kill -TERM "$pid"; wait "$pid" || true
    kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
    receipts=$(find "$reg.receipts" -name '*.receipt.json' | wc -l)
    awk -v n="$count" -v name="$name" -v v="$verify" -v s="$s" -v e="$e" -v r="$receipts" \
      -v peak="$peak" -v rss="$(tr '\n' ' ' <"$reg.rss")" 'BEGIN {
      t = e - s; k = split(rss, x, " ")
      printf "registry intake %-10s %5d bundles (%d receipts) | verify alone %7.2f s %6.1f/s | intake over loopback %7.2f s %6.1f/s | overhead %+6.1f %% (goal <= 20 %%)\n",
        name, n, r, v, n / v, t, n / t, (t - v) / v * 100
      if (k > 0) printf "  server RSS: %.1f MB at a quarter of the run, %.1f MB at the end, peak %.1f MB\n",
        x[int(k / 4) + 1] / 1024, x[k] / 1024, peak / 1024 }'
    [ "${BENCH_KEEP:-}" = 1 ] || rm -rf "$reg" "$reg".*
  }

  intake sqlite
  # PostgreSQL from Debian's package (make test-deps), on a free loopback port, as the postgres
  # user when run as root; skipped, and said so, when it cannot start.
  pgbin=${SELFASSESS_POSTGRES_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
  if [ -n "$pgbin" ] && [ -x "$pgbin/initdb" ]; then
    pg=$(mktemp -d /tmp/selfassess-bench-pg.XXXXXX)
    as=""
    if [ "$(id -u)" = 0 ]; then chown postgres "$pg"; as="runuser -u postgres --"; fi
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    if $as "$pgbin/initdb" -D "$pg/data" -A trust -U postgres >/dev/null 2>&1 &&
      $as "$pgbin/pg_ctl" -D "$pg/data" -l "$pg/log" -w \
        -o "-p $port -k $pg -c listen_addresses=127.0.0.1" start >/dev/null 2>&1; then
      $as "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U postgres registry
      intake postgresql --database "postgres://postgres@127.0.0.1:$port/registry"
      $as "$pgbin/pg_ctl" -D "$pg/data" -m fast stop >/dev/null 2>&1 || true
    else
      echo "registry intake postgresql: skipped, PostgreSQL did not start ($(tail -n 1 "$pg/log" 2>/dev/null))"
    fi
    rm -rf "$pg"
  else
    echo "registry intake postgresql: skipped, no PostgreSQL in /usr/lib/postgresql (make test-deps)"
  fi
  [ "${BENCH_KEEP:-}" = 1 ] || rm -rf "$dir"
fi

# ---------------------------------------------------------------------------------------------
# The transparency log (issue 16, docs/transparency.md): BENCH_LOG generated entries (1,000,000
# by default; "" skips it) appended to a new SQLite registry in transactions of 10,000, then
# 1,000 inclusion and 1,000 consistency proofs at the full size, read from the store and
# verified: time per append and per proof.
if [ -n "${BENCH_LOG-1000000}" ]; then
  logdir="$out/log"
  rm -rf "$logdir" && mkdir -p "$logdir"
  .build/release/selfassess-logbench "$logdir" "${BENCH_LOG:-1000000}" 1000
  [ "${BENCH_KEEP:-}" = 1 ] || rm -rf "$logdir"
fi
