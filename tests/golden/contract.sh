#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs the steering repository's contract check (shared/checks/contract.sh)
# on the seed as converted now.  Exits 77 (skipped) when the check is absent.
# Usage: contract.sh MINUTES_CLI SOURCE_DIR BUILD_DIR
set -eu
cli=$1 src=$2
check=
for c in "$src/../shared/checks/contract.sh" /work/shared/checks/contract.sh; do
  if [ -f "$c" ]; then check=$c; break; fi
done
if [ -z "$check" ]; then
  echo "contract.sh not found beside the repository: skipped"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$cli" convert "$src/samples/igf-mag-xii.txt" -t xml -o "$tmp/seed.xml"
bash "$check" "$tmp/seed.xml"
