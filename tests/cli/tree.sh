#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Repositories of minutes: -r keeps the input tree under -o (2025/call.md →
# out/2025/call.xml), so same-named minutes in dated folders don't collide;
# a glob keeps the tree below its first wildcard; --shard hashes the path
# below the input directory, so in, ./in, in/ and /abs/in make the same shards.
# Usage: tree.sh MINUTES SOURCE_DIR BUILD_DIR
set -u
M=$1 src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fail=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi; }
md=$src/samples/wg-call.md

mkdir -p in/2025/03 in/2026
cp "$md" in/2025/03/call.md; cp "$src/samples/igf-mag-xii.md" in/2026/call.md; cp "$md" in/call.md
"$M" convert in -r -o out -q 2>e; rc=$?
check "-r: same names in dated folders convert" "[ $rc = 0 ]"
check "-r: the tree is kept" "[ -s out/2025/03/call.xml ] && [ -s out/2026/call.xml ] && [ -s out/call.xml ]"
check "-r: each output from its own input" "grep -q 'IGF' out/2026/call.xml && ! grep -q 'IGF' out/call.xml"
"$M" convert in/ -r -t xml,ics -j2 -o out2/ -q 2>e; rc=$?
check "-r -j2, several formats, in/" "[ $rc = 0 ] && [ -s out2/2025/03/call.ics ] && [ -s out2/2026/call.xml ]"
"$M" convert 'in/*/call.md' -o gout -q 2>e; rc=$?
check "a glob keeps the tree below its wildcard" "[ $rc = 0 ] && [ -s gout/2026/call.xml ] && [ ! -e gout/call.xml ]"
"$M" convert in/2026/call.md in/call.md -o flat -q 2>e; rc=$?
check "files given themselves: named by base name (a collision)" "[ $rc = 73 ] && [ -s flat/call.xml ]"

"$M" convert in -r -t html --index -o site -q 2>e; rc=$?
check "--index links to the pages where the tree puts them" \
  "[ $rc = 0 ] && [ -s site/2026/call.html ] && grep -q 'href=\"2026/call.html\"' site/index.html && grep -q 'href=\"2025/03/call.html\"' site/index.html"

# Shards agree whatever names the input directory.
mkdir -p many
for y in 2023 2024 2025; do
  mkdir -p many/$y
  for m in 01 02 03 04 05 06 07 08 09 10; do cp "$md" many/$y/$m-call.md; done
done
shard_of() { # ROOT: each input's shard number, by its path below ROOT
  for s in 1 2 3; do
    "$M" convert "$1" -r --shard $s/3 -o sh --report sh.json -q 2>/dev/null
    python3 -c "
import json, sys
for x in json.load(open('sh.json'))['inputs']:
    print(x['input'].split('many/', 1)[1], $s)" 
  done | sort
}
shard_of many > a
shard_of ./many > b
shard_of many/ > c
shard_of "$tmp/many" > d
check "shards cover 30 inputs once" "[ \$(wc -l < a) = 30 ] && [ \$(cut -d' ' -f1 a | sort -u | wc -l) = 30 ]"
check "shards spread (none empty)" "[ \$(cut -d' ' -f2 a | sort -u | wc -l) = 3 ]"
check "many, ./many, many/, /abs/many shard alike" "cmp -s a b && cmp -s a c && cmp -s a d"
exit $fail
