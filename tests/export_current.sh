#!/bin/sh
# Fails when a committed file in export/ differs from what `make export` makes now, or when
# one is missing: regenerates into a temporary directory and compares file by file.
# Usage (from the repository root): tests/export_current.sh ARGMAP_BINARY
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
.ci/export "$1" "$tmp"
status=0
for made in "$tmp"/*; do
  committed="export/$(basename "$made")"
  if [ ! -f "$committed" ]; then
    echo "export/ is stale: $committed is missing (run make export)"
    status=1
  elif ! cmp -s "$made" "$committed"; then
    echo "export/ is stale: $committed differs from a fresh export (run make export)"
    status=1
  fi
done
exit $status
