#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# "An output never overwrites an input" (README), by every way in: a single
# conversion, a batch with -o DIR, a folder converted into itself (with and
# without -r), --report, several formats, -j workers, standard input and
# standard output, and links (symbolic and hard) to an input.  Every output
# path, the report's included, is checked against every input by device and
# inode before anything is written: a refused input ends in 73 with its
# outputs unwritten, the others are converted, and every input keeps its
# bytes.  Also: the JSON report stays JSON when a file name is not UTF-8.
# Usage: never_over_input.sh MINUTES SOURCE_DIR BUILD_DIR
set -u
M=$1 src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fail=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi; }
md=$src/samples/wg-call.md
# Canonical XML on one line: converting it gives different (indented) bytes,
# so an input overwritten by its own output would show.
compact='<minutes xmlns="urn:minutes:1" version="1" xml:lang="en"><meta><title>T</title><date>2025-11-18</date></meta><body><p id="p1">Kept</p></body></minutes>'
keep() { for f; do cp "$f" "$f.orig"; done; }               # FILE...: remember its bytes
intact() { for f; do cmp -s "$f" "$f.orig" || return 1; done; }
refused() { grep -q "refusing to write over the input" "$1"; }

# ---- a single conversion ---------------------------------------------------------
mkdir one && printf '%s\n' "$compact" > one/m.xml && keep one/m.xml
"$M" convert one/m.xml -o one/m.xml 2>err; rc=$?
check "single: output is the input: 73" "[ $rc = 73 ] && refused err && intact one/m.xml"
ln -s m.xml one/sym.xml; ln one/m.xml one/hard.xml
"$M" convert one/m.xml -o one/sym.xml 2>err; rc=$?
check "single: output is a symlink to the input: 73" "[ $rc = 73 ] && intact one/m.xml && [ -L one/sym.xml ]"
"$M" convert one/m.xml -o one/hard.xml 2>err; rc=$?
check "single: output is a hard link to the input: 73" "[ $rc = 73 ] && intact one/m.xml && cmp -s one/hard.xml one/m.xml.orig"

# ---- standard input and standard output --------------------------------------------
mkdir std && cp "$md" std/notes.md && keep std/notes.md
"$M" convert - -f markdown -t xml -o std/notes.md < std/notes.md 2>err; rc=$?
check "stdin is the file -o names: 73" "[ $rc = 73 ] && refused err && intact std/notes.md"
"$M" convert std/notes.md -t xml >> std/notes.md 2>err; rc=$?
check "stdout appends to the input: 73" "[ $rc = 73 ] && refused err && intact std/notes.md"
"$M" convert - -f markdown 1<>std/notes.md < std/notes.md 2>err; rc=$?
check "stdin and stdout are one file: 73" "[ $rc = 73 ] && intact std/notes.md"
printf '%s\n' "$compact" > std/stdin.xml && keep std/stdin.xml
cp "$md" std/other.md
"$M" convert - std/other.md -o std < std/stdin.xml 2>err; rc=$?
check "batch: stdin's output is stdin's file: 73" \
  "[ $rc = 73 ] && refused err && intact std/stdin.xml && [ -s std/other.xml ]"
"$M" convert - -f markdown -o std/fresh.xml < std/notes.md 2>err; rc=$?
check "stdin from a file to another file converts" "[ $rc = 0 ] && [ -s std/fresh.xml ]"

# ---- a batch with -o DIR: the issue's example --------------------------------------
mkdir -p d/out && cp "$md" d/m.md && printf '%s\n' "$compact" > d/out/m.xml && keep d/out/m.xml
"$M" convert d/m.md d/out/m.xml -t xml -o d/out/ 2>err; rc=$?
check "batch: an input's output is another input: 73" "[ $rc = 73 ] && refused err && intact d/out/m.xml"
check "batch: the refusal names both" "grep -q 'd/m.md: error: d/out/m.xml: refusing to write over the input d/out/m.xml' err"

# ... and the same with workers.
mkdir -p j/out && cp "$md" j/m.md && cp "$md" j/n.md && printf '%s\n' "$compact" > j/out/m.xml && keep j/out/m.xml
"$M" convert j/m.md j/n.md j/out/m.xml -j2 -o j/out 2>err; rc=$?
check "-j2: an input's output is another input: 73, the rest converted" \
  "[ $rc = 73 ] && refused err && intact j/out/m.xml && [ -s j/out/n.xml ]"

# ---- a folder into itself --------------------------------------------------------
mkdir f && cp "$md" f/a.md && printf '%s\n' "$compact" > f/a.xml && cp "$md" f/b.md && keep f/a.xml f/a.md
"$M" convert f -o f 2>err; rc=$?
check "folder into itself: 73, a.xml intact, b converted" \
  "[ $rc = 73 ] && refused err && intact f/a.xml f/a.md && [ -s f/b.xml ]"
mkdir -p r/2024 && cp "$md" r/2024/a.md && printf '%s\n' "$compact" > r/a.xml && keep r/a.xml
"$M" convert r -r -o r 2>err; rc=$?
check "folder into itself with -r: 73, a.xml intact" "[ $rc = 73 ] && refused err && intact r/a.xml"

# ---- several formats: one clash refuses all of that input's outputs -----------------
mkdir -p fm/out && cp "$md" fm/m.md && echo "handout kept as an input" > fm/out/m.pdf && keep fm/out/m.pdf
"$M" convert fm/m.md fm/out/m.pdf -t xml,pdf -o fm/out 2>err; rc=$?
check "several formats: 73, the input intact, no half of the outputs" \
  "[ $rc = 73 ] && refused err && intact fm/out/m.pdf && [ ! -e fm/out/m.xml ]"

# ---- links to an input, in a batch -------------------------------------------------
mkdir -p l/out l/in && cp "$md" l/a.md && printf '%s\n' "$compact" > l/out/a.xml && keep l/out/a.xml
ln -s ../out/a.xml l/in/keep.xml
"$M" convert l/a.md l/in/keep.xml -o l/out 2>err; rc=$?
check "batch: an output is an input named through a symlink: 73" \
  "[ $rc = 73 ] && refused err && intact l/out/a.xml && [ -s l/out/keep.xml ]"
rm l/in/keep.xml && ln l/out/a.xml l/in/hard.xml
ino=$(stat -c %i l/out/a.xml)
"$M" convert l/a.md l/in/hard.xml -o l/out 2>err; rc=$?
check "batch: an output is a hard link of an input: 73" \
  "[ $rc = 73 ] && refused err && intact l/out/a.xml && [ \$(stat -c %i l/out/a.xml) = $ino ]"

# ---- --report ------------------------------------------------------------------------
mkdir rep && cp "$md" rep/a.md && cp "$md" rep/b.md && keep rep/b.md
"$M" convert rep/a.md rep/b.md -o rep/out --report rep/b.md 2>err; rc=$?
check "--report names an input: 73 before anything is written" \
  "[ $rc = 73 ] && refused err && intact rep/b.md && [ ! -e rep/out/a.xml ]"
keep rep/a.md && ln rep/a.md rep/hard.json
"$M" convert rep/a.md -o rep/a.xml --report rep/hard.json 2>err; rc=$?
check "--report is a hard link of an input: 73" "[ $rc = 73 ] && refused err && intact rep/a.md && [ ! -e rep/a.xml ]"

# ---- the report when a file name is not UTF-8 ----------------------------------------
mkdir u && cp "$md" u/$'caf\xff'.md && cp "$md" u/plain.md
"$M" convert u -o u/out --report u.json 2>/dev/null; rc=$?
check "a name with byte 0xff converts" "[ $rc = 0 ] && [ -s u/out/$'caf\xff'.xml ]"
check "the report parses, the name comes back byte for byte" "python3 - <<'PY'
import json
r = json.load(open('u.json', encoding='utf-8'))
names = sorted(x['input'].encode('utf-8', 'surrogateescape') for x in r['inputs'])
assert names == [b'u/caf\xff.md', b'u/plain.md'], names
outs = sorted(o.encode('utf-8', 'surrogateescape') for x in r['inputs'] for o in x['outputs'])
assert outs == [b'u/out/caf\xff.xml', b'u/out/plain.xml'], outs
PY"

[ $fail = 0 ] && echo "never_over_input: all passed"
exit $fail
