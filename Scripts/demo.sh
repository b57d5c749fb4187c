#!/bin/sh
# The whole story: one signatory's year (init, validate, score, diff, keygen, bundle, verify), then
# the society's side: a generated sector of 50 signatories over two years, aggregated; then the
# year as the society lives it: its registry served over HTTP on SQLite, bundles submitted and
# receipted (one refused, one late), checked with minisign, an analyst reading the registry with a
# token, the sector aggregated from the registry and its history exported, the server stopped.
set -u
bin=${1:-.build/debug/selfassess}
samplegen=$(dirname "$bin")/samplegen
work=$(mktemp -d "${TMPDIR:-/tmp}/selfassess-demo.XXXXXX")
# The sector and its report are kept, so that the report can be opened after the demo.
sector=$(mktemp -d "${TMPDIR:-/tmp}/selfassess-sector.XXXXXX")
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

step "5. Scoring last year's sample: a failed critical indicator caps article 2 one band down" \
  "selfassess score Samples/acme-2024"
"$bin" score Samples/acme-2024 || exit 2

step "6. Why, and where to start: what fixing each indicator would gain (last lines)" \
  "selfassess score Samples/acme-2024 --explain | tail -n 12"
"$bin" score Samples/acme-2024 --explain | tail -n 12

step "7. This year's sample" "selfassess score Samples/acme-2025"
"$bin" score Samples/acme-2025 || exit 2

step "8. What changed since last year (first 40 lines)" "selfassess diff Samples/acme-2024 Samples/acme-2025"
"$bin" diff Samples/acme-2024 Samples/acme-2025 | head -n 40
echo "…"

step "9. In CI: fail when anything scored lower than last year" \
  "selfassess diff Samples/acme-2024 Samples/acme-2025 --fail-on-regression > /dev/null"
"$bin" diff Samples/acme-2024 Samples/acme-2025 --fail-on-regression > /dev/null
status=$?
echo "(exit code $status: 1 means a regression was found)"
[ "$status" = 1 ] || exit 2

step "10. The officer creates a signing key (the private key is created with mode 0600)" \
  "selfassess keygen acme --out $work"
"$bin" keygen acme --out "$work" || exit 2

step "11. Last year's bundle: assessment, evidence, scores and report, signed" \
  "selfassess bundle Samples/acme-2024 --key $work/acme.key --out $work/acme-2024.sabundle"
"$bin" bundle Samples/acme-2024 --key "$work/acme.key" --out "$work/acme-2024.sabundle" || exit 2

step "12. This year's bundle continues the chain: sequence 2, last year's manifest hash, and the diff" \
  "selfassess bundle Samples/acme-2025 --key $work/acme.key --prior $work/acme-2024.sabundle --out $work/acme-2025.sabundle"
"$bin" bundle Samples/acme-2025 --key "$work/acme.key" --prior "$work/acme-2024.sabundle" \
  --out "$work/acme-2025.sabundle" || exit 2

step "13. The society verifies both with the registered public key, then the chain" \
  "selfassess verify $work/acme-2024.sabundle $work/acme-2025.sabundle --key $work/acme.pub"
"$bin" verify "$work/acme-2024.sabundle" "$work/acme-2025.sabundle" --key "$work/acme.pub" || exit 2
echo "\$ selfassess verify $work/acme-2025.sabundle --key $work/acme.pub --prior $work/acme-2024.sabundle"
"$bin" verify "$work/acme-2025.sabundle" --key "$work/acme.pub" --prior "$work/acme-2024.sabundle" || exit 2

step "14. A bundle changed after signing is refused, with the reason (exit code 1)" \
  "selfassess verify $work/tampered.sabundle --key $work/acme.pub"
cp "$work/acme-2025.sabundle" "$work/tampered.sabundle"
if command -v zip > /dev/null 2>&1 && command -v unzip > /dev/null 2>&1; then
  echo "(one evidence file edited and zipped back in: zip tampered.sabundle evidence/real-name-policy.md)"
  mkdir "$work/edit" && (cd "$work/edit" && unzip -qq "$work/tampered.sabundle" evidence/real-name-policy.md \
    && echo "Edited after signing." >> evidence/real-name-policy.md && zip -q "$work/tampered.sabundle" evidence/real-name-policy.md)
else
  echo "(one byte appended to the file)"
  printf 'x' >> "$work/tampered.sabundle"
fi
"$bin" verify "$work/tampered.sabundle" --key "$work/acme.pub"
status=$?
echo "(exit code $status)"
[ "$status" = 1 ] || exit 2

step "15. What is inside, and where the report for people is (inspect does NOT verify; first lines)" \
  "selfassess inspect $work/acme-2025.sabundle | head -n 16"
"$bin" inspect "$work/acme-2025.sabundle" | head -n 16
echo "…"
echo "\$ unzip -l $work/acme-2025.sabundle 'report/*'"
unzip -l "$work/acme-2025.sabundle" 'report/*' 2> /dev/null || "$bin" inspect "$work/acme-2025.sabundle" | grep ' report/'
echo "The HTML report is report/report.html inside the bundle: unzip -p $work/acme-2025.sabundle report/report.html > report.html"
echo "(The demo removes $work when it ends; run these commands in a folder of your own to keep the bundles.)"

step "16. The society's side: a sector of 50 signatories over two years, generated from a seed, with problems planted" \
  "samplegen --seed 2014 --signatories 50 --years 2 --out $sector/sector"
"$samplegen" --seed 2014 --signatories 50 --years 2 --out "$sector/sector" || exit 2
echo "(in it: $(ls "$sector/sector" | tr '\n' ' '))"

step "17. The society aggregates every bundle: verified, reduced, the policy applied" \
  "selfassess aggregate $sector/sector/submissions --keyring $sector/sector/keyring.yaml --society-key $sector/sector/society.pub --since 2024 --out $sector/sector-2025"
"$bin" aggregate "$sector/sector/submissions" --keyring "$sector/sector/keyring.yaml" \
  --society-key "$sector/sector/society.pub" --since 2024 --out "$sector/sector-2025" || exit 2

step "18. Every bundle not used, with its reason and code (first lines of rejected.csv, paths shortened, cut to 150 columns)" \
  "head -n 6 $sector/sector-2025/rejected.csv | cut -c1-150"
sed "s|$sector/||g" "$sector/sector-2025/rejected.csv" | tr -d '\r' | head -n 6 | cut -c1-150
echo "…"

step "19. The recommended actions, most severe first: signatory, submission, overall, action, rule (from signatories.csv)" \
  "awk -F, '\$19 != \"\"' $sector/sector-2025/signatories.csv | sort by step | head -n 12"
tr -d '\r' < "$sector/sector-2025/signatories.csv" | awk -F, 'NR > 1 && $19 != "" {
  s = $19 == "exclusion" ? 5 : $19 == "media-exposure" ? 4 : $19 == "blacklist" ? 3 : $19 == "censure" ? 2 : 1
  printf "%d %-22s %-9s %6s  %-10s %s\n", s, $1, $5, $7, $19, $20 }' | sort -k1,1nr -k2 | cut -c3- | head -n 12
echo "…"

# The year as the society lives it: the registry.
reg="$sector/registry"
step "20. The society opens its registry: SQLite in WAL mode and a folder for the bundles" \
  "selfassess registry init --data $reg"
"$bin" registry init --data "$reg" || exit 2

# The society's policy with its submission windows: 2025's bundles are due in 30 days, 2024's
# were due on 31 March 2025 (the default), so a 2024 bundle arriving now is late.
due=$(date -u -d '+30 days' +%F 2> /dev/null || date -u -v+30d +%F)
sed "s/^rules:/deadlines:\n  very-late-days: 3660\n  years:\n    2025: $due\n\nrules:/" \
  Templates/policy.yaml > "$sector/policy.yaml"
step "21. It serves the registry on a free loopback port (behind nginx for TLS in production), with the policy's deadlines" \
  "selfassess serve --data $reg --receipt-key society.key --keyring keyring.yaml --society-key society.pub --policy policy.yaml --listen 127.0.0.1:0 --port-file $reg.address &"
echo "(policy.yaml: deadlines: {years: {2025: $due}}; other years due 31 March of the next year)"
"$bin" serve --data "$reg" --receipt-key "$sector/sector/society.key" \
  --keyring "$sector/sector/keyring.yaml" --society-key "$sector/sector/society.pub" \
  --policy "$sector/policy.yaml" --listen 127.0.0.1:0 --port-file "$reg.address" --log-level warning &
server=$!
trap 'kill "$server" 2> /dev/null; rm -rf "$work"' EXIT
while [ ! -s "$reg.address" ]; do
  kill -0 "$server" 2> /dev/null || exit 2
  sleep 0.1
done
url="http://$(cat "$reg.address")"

# Six of the year's bundles that verify, and one signed by a key the keyring does not hold.
if command -v python3 > /dev/null 2>&1; then
  submitted=$(python3 -c 'import json, sys
plan = json.load(open(sys.argv[1] + "/planted.json"))
good = [b["file"] for b in plan["bundles"] if b["year"] == 2025 and b["outcome"] == "accepted" and not b.get("plant")][:6]
bad = [b["file"] for b in plan["bundles"] if b.get("plant") == "unknown-key"][:1]
print(" ".join(sys.argv[1] + "/" + f for f in good + bad))' "$sector/sector")
  late=$(python3 -c 'import json, sys
plan = json.load(open(sys.argv[1] + "/planted.json"))
print([sys.argv[1] + "/" + b["file"] for b in plan["bundles"] if b["year"] == 2024 and b["outcome"] == "accepted" and not b.get("plant")][0])' "$sector/sector")
else
  submitted=$(ls "$sector"/sector/submissions/2025/*.sabundle | head -n 7)
  late=$(ls "$sector"/sector/submissions/2024/*.sabundle | head -n 1)
fi
step "22. Signatories submit their bundles; each gets a signed receipt, and one is refused (exit code 1)" \
  "selfassess submit BUNDLE… --to $url --society-key society.pub --receipts $sector/receipts"
# shellcheck disable=SC2086
"$bin" submit $submitted --to "$url" --society-key "$sector/sector/society.pub" \
  --receipts "$sector/receipts" > "$work/submit.log" 2>&1
status=$?
sed "s|$sector/||g" "$work/submit.log"
echo "(exit code $status: the refused bundle's receipt is proof that it was tried, and why it failed)"
[ "$status" = 1 ] || exit 2

step "22b. A 2024 bundle arrives only now: accepted, and the registry records it as late" \
  "selfassess submit $(basename "$late") --to $url --society-key society.pub --receipts $sector/receipts"
"$bin" submit "$late" --to "$url" --society-key "$sector/sector/society.pub" \
  --receipts "$sector/receipts" 2>&1 | sed "s|$sector/||g"
receipt="$sector/receipts/$(basename "$late" .sabundle).receipt.json"
echo "\$ grep -o '\"due\":[^,]*,\|\"on_time\":[^,]*,' $(basename "$receipt")"
grep -o '"due":[^,]*,\|"on_time":[^,]*,' "$receipt" | tr -d ',' || exit 2
grep -q '"on_time":false' "$receipt" || exit 2

first=$(ls "$sector"/receipts/*.receipt.json | head -n 1)
step "23. A receipt checked with the society's public key, as anyone can" \
  "selfassess receipt verify $(basename "$first") --society-key society.pub --bundle BUNDLE"
name=$(basename "$first" .receipt.json)
"$bin" receipt verify "$first" --society-key "$sector/sector/society.pub" \
  --bundle "$(ls "$sector"/sector/submissions/*/"$name".sabundle | head -n 1)" | sed "s|$sector/||g" || exit 2
if command -v minisign > /dev/null 2>&1; then
  "$bin" key export "$sector/sector/society.pub" --format minisign --out "$work/society.minisign.pub" > /dev/null || exit 2
  echo "\$ minisign -Vm $(basename "$first") -p society.minisign.pub"
  minisign -Vm "$first" -p "$work/society.minisign.pub" || exit 2
else
  echo "(minisign is not installed: make deps installs it; then minisign -Vm RECEIPT -p society.minisign.pub)"
fi

step "24. An analyst reads the registry with a bearer token (printed once; only its SHA-256 is kept)" \
  "selfassess registry token add analyst --data $reg"
token=$("$bin" registry token add analyst --data "$reg" 2> /dev/null) || exit 2
echo "${token%"${token#????????}"}… (47 characters)"
if command -v curl > /dev/null 2>&1; then
  echo "\$ curl -H 'Authorization: Bearer …' '$url/v1/submissions?outcome=refused'"
  curl -sS -H "Authorization: Bearer $token" "$url/v1/submissions?outcome=refused"
  echo
  echo "\$ curl '$url/v1/submissions'   # without a token"
  curl -sS "$url/v1/submissions"
  echo
fi

step "24b. The sector aggregated from the registry: the years it received bundles for, its on time or late decision in the policy's lateness rules" \
  "selfassess aggregate --registry $reg --keyring keyring.yaml --society-key society.pub --policy policy.yaml --out $sector/registry-2025"
"$bin" aggregate --registry "$reg" --keyring "$sector/sector/keyring.yaml" \
  --society-key "$sector/sector/society.pub" --policy "$sector/policy.yaml" \
  --out "$sector/registry-2025" 2>&1 | sed "s|$sector/||g" | head -n 14
echo "…"

step "24c. Its history as CSV for DuckDB or pandas: one row per signatory and year (the rows that arrived)" \
  "selfassess registry export --data $reg --society-key society.pub --keyring keyring.yaml --policy policy.yaml | grep -v ',missing,'"
"$bin" registry export --data "$reg" --keyring "$sector/sector/keyring.yaml" \
  --society-key "$sector/sector/society.pub" --policy "$sector/policy.yaml" 2> /dev/null \
  | tr -d '\r' | grep -v ',missing,' | cut -c1-160 || exit 2

step "25. The server stops on SIGTERM: submissions in flight finish, new ones are refused" \
  "kill -TERM \$server"
kill -TERM "$server"
wait "$server"
echo "(exit code $?)"

echo
echo "The sector report (self-contained HTML, bilingual): $sector/sector-2025/report.html"
echo "The registry, its receipts and the sector are kept in $sector; remove it with rm -rf $sector."
