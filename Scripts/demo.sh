#!/bin/sh
# The main job on the bundled samples: create, validate (clean and broken).
set -u
bin=${1:-.build/debug/selfassess}
work=$(mktemp -d "${TMPDIR:-/tmp}/selfassess-demo.XXXXXX")
trap 'rm -rf "$work"' EXIT
step() { printf '\n\033[1m== %s\033[0m\n$ %s\n' "$1" "$2"; }

step "1. A compliance officer creates this year's assessment" \
  "selfassess init $work/acme-2026 --signatory acme --year 2026 --from Samples/acme-2025"
"$bin" init "$work/acme-2026" --signatory acme --year 2026 --from Samples/acme-2025 || exit 2
echo "(files: $(ls "$work/acme-2026" | tr '\n' ' '))"

step "2. Validating it warns about every answer still to be reviewed (first 12 lines)" \
  "selfassess validate $work/acme-2026"
"$bin" validate "$work/acme-2026" | head -n 12
echo "…"
"$bin" validate "$work/acme-2026" | tail -n 1

step "3. A complete sample validates clean" "selfassess validate Samples/acme-2025"
"$bin" validate Samples/acme-2025 || exit 2

step "4. A draft with typical mistakes: every problem at once, with file:line:column and a hint" \
  "selfassess validate Samples/broken/acme-2025-draft"
"$bin" validate Samples/broken/acme-2025-draft
status=$?
echo "(exit code $status: 1 means the assessment is invalid)"
[ "$status" = 1 ] || exit 2
