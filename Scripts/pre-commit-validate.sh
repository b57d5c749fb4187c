#!/bin/sh
# Used by .pre-commit-hooks.yaml: validates every assessment folder that holds one of the files
# given, once each. Needs `selfassess` on PATH (make install). Folder names may hold spaces.
set -eu
folders=$(for file in "$@"; do dirname -- "$file"; done | sort -u)
[ -n "$folders" ] || exit 0
set --
while IFS= read -r folder; do
  set -- "$@" "$folder"
done <<EOF_FOLDERS
$folders
EOF_FOLDERS
exec selfassess validate "$@"
