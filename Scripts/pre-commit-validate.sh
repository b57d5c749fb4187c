#!/bin/sh
# Used by .pre-commit-hooks.yaml: validates every assessment folder that holds one of the files
# given, once each. Needs `selfassess` on PATH (make install).
set -eu
folders=$(for file in "$@"; do dirname "$file"; done | sort -u)
[ -n "$folders" ] || exit 0
# shellcheck disable=SC2086
exec selfassess validate $folders
