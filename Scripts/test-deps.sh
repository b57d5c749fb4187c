#!/bin/sh
# Installs what the tests compare against, when missing: check-jsonschema (an independent JSON
# Schema validator); duckdb (the aggregate's and `registry export`'s CSV files load with their
# types); openssl, minisign and signify (independent signature verifiers); and headless Chromium
# with CJK fonts (the reports are rendered in a real browser); PostgreSQL's
# server programs (the registry's PostgreSQL tests start their own server with initdb and pg_ctl).
set -eu
sudo=""
[ "$(id -u)" = 0 ] || sudo=sudo

if ! python3 -c 'import check_jsonschema' 2>/dev/null; then
  echo "test-deps: installing check-jsonschema with pip"
  python3 -m pip install --quiet --disable-pip-version-check check-jsonschema
fi
# DuckDB: the CSV files (aggregate, registry export) must load with their types, as an analyst
# would load them.
if ! python3 -c 'import duckdb' 2>/dev/null; then
  echo "test-deps: installing duckdb with pip"
  python3 -m pip install --quiet --disable-pip-version-check duckdb
fi

missing=""
command -v openssl >/dev/null 2>&1 || missing="$missing openssl"
command -v minisign >/dev/null 2>&1 || missing="$missing minisign"
command -v signify-openbsd >/dev/null 2>&1 || missing="$missing signify-openbsd"
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing="$missing fonts-noto-cjk"
command -v unzip >/dev/null 2>&1 || missing="$missing unzip"
command -v zip >/dev/null 2>&1 || missing="$missing zip"
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$missing postgresql"
if [ -n "$missing" ]; then
  echo "test-deps: installing$missing with apt-get"
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
fi
