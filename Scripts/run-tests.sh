#!/bin/sh
# Runs `swift test` (arguments passed on), keeping its whole output in .build/test-output.log.
# When the run fails, it ends with a short summary, because a CI log is often read from its tail:
# the tests that failed, the tests that had started and not ended (a crash takes the whole test
# process down, so the culprit is among them), and the crashed thread's frames in our code.
set -u
mkdir -p .build
log=.build/test-output.log
status_file=$(mktemp)
{
  ${SWIFT:-swift} test "$@" 2>&1
  echo $? >"$status_file"
} | tee "$log"
status=$(cat "$status_file")
rm -f "$status_file"
[ "$status" -eq 0 ] && exit 0

echo
echo "==== swift test failed (exit $status); whole output in $log ===="
awk '
  / Test case passing / { next }
  /◇ Test .* started\.$/ {
    name = $0; sub(/^.*◇ Test /, "", name); sub(/ started\.$/, "", name); open[name] = 1; next
  }
  /(✔|✘|➜|↷) Test / {
    name = $0; sub(/^[^T]*Test /, "", name)
    if (name ~ / failed after /) { failed[++nf] = name }
    sub(/ (with [0-9]+ test cases? )?(passed|failed|skipped|recorded).*$/, "", name)
    delete open[name]
  }
  /crashed:$/ { crashed = 1; frames = 0; next }
  crashed && /^[0-9]+ / && (frames == 0 || /SelfAssess|selfassess/) && frames < 12 { frame[++frames] = $0 }
  crashed && /^$/ && frames > 0 { crashed = 0 }
  /Program crashed|Fatal error/ { crash[++nc] = $0 }
  END {
    for (i = 1; i <= nf && i <= 20; i++) print "failed:   " failed[i]
    for (i = 1; i <= frames; i++) print "frame:    " substr(frame[i], 1, 200)
    n = 0; for (name in open) if (n++ < 20) print "unended:  " name
    for (i = 1; i <= nc; i++) print "crash:    " crash[i]
  }
' "$log"
exit "$status"
