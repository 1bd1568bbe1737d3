#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Batches: every input tried, worst status returned; directories, -r, globs;
# name collisions reported; -j in child processes that survive crashes and
# runaways (time and memory limits); --shard covers each input exactly once;
# the JSON report lists every input.
set -u
M=$1 src=$2 mods=$4
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fail=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi; }
sample=$src/samples/igf-mag-xii.txt

mkdir -p in/sub
cp "$sample" in/a.txt; cp "$sample" in/c.txt; cp "$sample" in/sub/d.txt
printf '<minutes xmlns="urn:minutes:1"><meta>' > in/b.xml     # bad
echo "not minutes" > in/ignored.bin                            # no reader claims .bin

# good, bad, good: both good ones converted, non-zero exit, the bad one named.
"$M" convert in/a.txt in/b.xml in/c.txt -o out1 2>err1; rc=$?
check "good/bad/good exits 65" "[ $rc = 65 ]"
check "both good converted" "[ -s out1/a.xml ] && [ -s out1/c.xml ] && [ ! -e out1/b.xml ]"
check "bad input reported" "grep -q 'in/b.xml' err1"

# A directory without -r: its own files only; with -r: sub-directories too.
"$M" convert in -o out2 -q 2>/dev/null
check "directory, no -r" "[ -s out2/a.xml ] && [ ! -e out2/d.xml ] && [ ! -e out2/ignored.xml ]"
"$M" convert in -r -j2 -o out3 -q 2>/dev/null
check "directory with -r: the tree kept" "[ -s out3/a.xml ] && [ -s out3/c.xml ] && [ -s out3/sub/d.xml ]"

# A quoted glob is expanded by minutes itself.
"$M" convert 'in/*.txt' -o out4 2>/dev/null
check "glob" "[ -s out4/a.xml ] && [ -s out4/c.xml ] && [ ! -e out4/b.xml ]"

# Two inputs with one stem: the second is reported, the first's output kept.
cp "$sample" in/sub/a.txt
"$M" convert in/a.txt in/sub/a.txt -o out5 2>err5; rc=$?
check "collision exits 73" "[ $rc = 73 ]"
check "collision reported" "grep -q 'would overwrite the output of another input' err5"
check "first output kept" "[ -s out5/a.xml ] && grep -q 'a.txt' out5/a.xml"
rm in/sub/a.txt

# The report parses and lists every input, with statuses and outputs.
"$M" convert in -r -j2 -o out6 --report report.json 2>/dev/null; rc=$?
check "report written" "[ -s report.json ]"
check "report lists every input" "python3 - <<'PY'
import json
r = json.load(open('report.json'))
names = sorted(x['input'] for x in r['inputs'])
assert names == ['in/a.txt', 'in/b.xml', 'in/c.txt', 'in/sub/d.txt'], names
bad = [x for x in r['inputs'] if x['input'] == 'in/b.xml'][0]
assert bad['status'] == 65 and bad['errors'] and not bad['outputs']
good = [x for x in r['inputs'] if x['input'] == 'in/a.txt'][0]
assert good['status'] == 0 and good['outputs'] == ['out6/a.xml'] and good['ms'] >= 0
assert r['status'] == 65 and r['converted'] == 3 and r['failed'] == 1
PY"

# Shards 1..N cover every input exactly once.
mkdir many
for i in $(seq 1 40); do cp "$sample" many/m$i.txt; done
for n in 2 3 5; do
  : > seen
  for s in $(seq 1 $n); do
    "$M" convert many --shard $s/$n -o sh$n-$s --report sh.json -q 2>/dev/null
    python3 -c "import json; [print(x['input']) for x in json.load(open('sh.json'))['inputs']]" >> seen
  done
  check "shards of $n cover each input once" "[ \$(sort seen | uniq | wc -l) = 40 ] && [ \$(wc -l < seen) = 40 ]"
done

# A reader that crashes, hangs or hogs memory takes only its input down.
cp "$sample" ok.txt
echo CRASH > x.crashy; echo HANG > y.crashy; echo HOG > z.crashy; echo fine > w.crashy
# An ASan build cannot live under an address-space limit: there the memory
# hog is left out and only the crash and the hang are tried.
hog=(z.crashy) memlimit=(--memory-limit 512M)
if grep -qa __asan_init "$M"; then hog=() memlimit=(); rm -f z.crashy; fi
"$M" --plugin-dir "$mods" convert ok.txt x.crashy y.crashy "${hog[@]}" w.crashy -j2 \
     --time-limit 2 "${memlimit[@]}" -o out7 --report crash.json 2>err7; rc=$?
check "crash batch exits 70" "[ $rc = 70 ]"
check "others converted" "[ -s out7/ok.xml ] && [ -s out7/w.xml ]"
check "crash reported" "grep -q 'x.crashy: error: conversion crashed' err7"
check "hang stopped" "grep -q 'y.crashy: error: conversion exceeded the time limit' err7"
if [ ${#hog[@]} -gt 0 ]; then
  check "memory hog stopped" "grep -q 'z.crashy: error' err7"
fi
check "report has every input" "python3 -c \"import json; assert len(json.load(open('crash.json'))['inputs']) == $((4 + ${#hog[@]}))\""

# Workers convert many inputs each: what one input leaves behind (fonts,
# caches, libxml2 state) must not change another's output.  Every format,
# twice over, in one -j2 batch gives what one conversion each gives.
mkdir mix
for f in igf-mag-xii.txt:a.txt igf-mag-xii.md:b.md igf-mag-xii.docx:c.docx igf-mag-xii.xml:d.xml \
         wg-call.md:e.md igf-mag-xii.docx:f.docx wg-call.xml:g.xml igf-mag-xii.txt:h.txt; do
  cp "$src/samples/${f%%:*}" "mix/${f##*:}"
done
export SOURCE_DATE_EPOCH=1700000000
"$M" convert mix -j2 -q -t xml,ics,pdf -o out-mix 2>/dev/null
same=1
for f in mix/*; do
  b=${f##*/}; b=${b%.*}
  "$M" convert "$f" -t xml,ics,pdf -o "one-$b" 2>/dev/null
  for ext in xml ics pdf; do cmp -s "out-mix/$b.$ext" "one-$b/$b.$ext" || { echo "differs: $b.$ext"; same=0; }; done
done
unset SOURCE_DATE_EPOCH
check "batch outputs equal single conversions" "[ $same = 1 ]"

# A batch runs each plugin's prepare hook once, in the parent, before it
# forks: every child sees its effect and none runs it again.
mkdir prep; for i in 1 2 3 4; do echo 'PREPARED?' > prep/p$i.crashy; done
MN_CRASHY_PREPARE_LOG=$PWD/prepare.log "$M" --plugin-dir "$mods" convert prep -j2 -o out-prep 2>err-prep
check "prepare ran once" "[ \$(wc -l < prepare.log) = 1 ]"
check "children inherit prepare" "[ \$(grep -l 'prepared=yes' out-prep/*.xml | wc -l) = 4 ]"
# A single conversion does not call it ahead of time.
MN_CRASHY_PREPARE_LOG=$PWD/prepare1.log "$M" --plugin-dir "$mods" convert prep/p1.crashy -o one-prep.xml 2>/dev/null
check "single conversion: no prepare ahead" "[ ! -e prepare1.log ] && grep -q 'prepared=no' one-prep.xml"

# Progress goes nowhere when stderr is not a terminal.
"$M" convert many -j2 -o out8 2>err8
check "no progress bar off a terminal" "! grep -q \"\$(printf '\\r')\" err8 && ! grep -q '\\[#' err8"

# ... and shows on one (script(1) gives the batch a terminal), unless -q.
if command -v script >/dev/null; then
  script -qec "'$M' convert many -j2 -o out9 2>&1" /dev/null > tty.log
  check "progress bar on a terminal" "grep -q '40/40' tty.log"
  script -qec "'$M' convert many -j2 -q -o out10 2>&1" /dev/null > tty-q.log
  check "no progress bar with -q" "! grep -q '40/40' tty-q.log"
fi

# A batch of .md files, and a directory of them, maps no DOCX reader (nor
# libzip): the plugin cache rules it out, before the workers fork and in the
# directory scan alike; a DOCX in the batch still loads it.  glibc's loader
# names every object it maps (LD_DEBUG=files), in the children too.
mkdir md
cp "$src/samples/wg-call.md" md/a.md; cp "$src/samples/igf-mag-xii.md" md/b.md
LD_DEBUG=files "$M" convert md/a.md md/b.md -j2 -q -o out11 2>ld11
check "batch of .md: markdown mapped, docx not" \
  "grep -q 'file=.*mn-r-markdown.so' ld11 && ! grep -q 'mn-r-docx.so' ld11 && [ -s out11/b.xml ]"
LD_DEBUG=files "$M" convert md -q -o out12 2>ld12
check "directory of .md: docx not mapped" \
  "grep -q 'file=.*mn-r-markdown.so' ld12 && ! grep -q 'mn-r-docx.so' ld12 && [ -s out12/a.xml ]"
cp "$src/samples/igf-mag-xii.docx" md/c.docx
LD_DEBUG=files "$M" convert md -j2 -q -o out13 2>ld13
check "a DOCX in the batch maps the DOCX reader" "grep -q 'file=.*mn-r-docx.so' ld13 && [ -s out13/c.xml ]"

[ $fail = 0 ] && echo "batch: all passed"
exit $fail
