#!/usr/bin/env bash
# Regenerates the fuzzers' seed corpora (Fuzz/Corpus/) from the samples, fixtures and templates,
# plus bundles, keys and a keyring made with the fuzzers' fixed test key (docs/fuzzing.md).
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
# FUZZ_SEEDS_BIN: a folder holding built selfassess and selfassess-fuzz (default: swift build).
bin=${FUZZ_SEEDS_BIN:-}
if [ -z "$bin" ]; then
  "$SWIFT" build
  bin=$("$SWIFT" build --show-bin-path)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin/selfassess-fuzz" --write-test-key="$work/fuzz.key"
"$bin/selfassess" key export "$work/fuzz.key" --format pem --out "$work/fuzz.pub"
"$bin/selfassess" key export "$work/fuzz.key" --format minisign --out "$work/fuzz.minisign.pub"
for sample in huabei-news-2025 acme-2024; do
  SOURCE_DATE_EPOCH=1767225600 "$bin/selfassess" bundle "Samples/$sample" \
    --key "$work/fuzz.key" --out "$work/$sample.sabundle" >/dev/null
done
"$bin/selfassess" keyring add "$work/keyring.yaml" --signatory huabei-news --name "华北新闻" \
  --category news --key "$work/fuzz.pub" --valid-from 2025-01-01 >/dev/null
python3 Scripts/fuzz-seeds.py --bundles "$work"
