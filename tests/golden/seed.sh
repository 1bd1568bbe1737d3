#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The seed in plain text converts, without a single warning, to exactly the
# canonical XML checked by hand (samples/igf-mag-xii.xml), which validates.
# Usage: seed.sh MINUTES_CLI SOURCE_DIR BUILD_DIR
set -eu
cli=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
want=$src/samples/igf-mag-xii.xml

"$cli" convert --strict "$src/samples/igf-mag-xii.txt" -t xml -o "$tmp/seed.xml" 2>"$tmp/err" || {
  echo "conversion failed:"; cat "$tmp/err"; exit 1; }
if [ -s "$tmp/err" ]; then
  echo "the seed converts with diagnostics:"; cat "$tmp/err"; exit 1
fi
if ! cmp -s "$want" "$tmp/seed.xml"; then
  echo "output differs from $want:"
  diff -u "$want" "$tmp/seed.xml" | head -80
  exit 1
fi
"$cli" validate "$want"
if command -v xmllint >/dev/null; then
  xmllint --noout --schema "$src/schemas/minutes-1.xsd" "$want"
fi
echo "golden: seed matches byte for byte"
