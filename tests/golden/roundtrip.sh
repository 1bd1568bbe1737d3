#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Canonical XML converted again is byte-identical (XML in, XML out), and a
# second conversion of the text gives the same bytes (stable ids, no clock).
# Usage: roundtrip.sh MINUTES_CLI SOURCE_DIR BUILD_DIR
set -eu
cli=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
golden=$src/samples/igf-mag-xii.xml
"$cli" convert "$golden" -t xml -o "$tmp/again.xml"
if ! cmp -s "$golden" "$tmp/again.xml"; then
  echo "XML -> XML is not byte-identical:"
  diff -u "$golden" "$tmp/again.xml" | head -60
  exit 1
fi
"$cli" convert "$src/samples/igf-mag-xii.txt" -t xml -o "$tmp/one.xml"
"$cli" convert "$src/samples/igf-mag-xii.txt" -t xml -o "$tmp/two.xml"
cmp "$tmp/one.xml" "$tmp/two.xml"
echo "golden: round trip and repeat are byte-identical"
