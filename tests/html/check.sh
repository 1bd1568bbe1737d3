#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Structure, content and JSON-LD of the written pages (check.py, with lxml)
# for the samples, the fragment, the growth fixture and every document of
# the fidelity corpus; and two damaged pages that check.py must refuse.
# Usage: check.sh MINUTES_CLI SOURCE_DIR BUILD_DIR RENDER_RAW
set -eu
cli=$1 src=$2 build=$3 raw=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
py=
for cand in /usr/bin/python3 python3; do
  if command -v "$cand" >/dev/null && "$cand" -c 'import lxml.html' 2>/dev/null; then py=$cand; break; fi
done
[ -n "$py" ] || { echo "SKIP: python3 with lxml is missing (apt-get install python3-lxml)"; exit 77; }
check=$src/tests/html/check.py
status=0
run() { "$py" "$check" "$@" || status=1; }

for f in "$src"/samples/*.{txt,md,docx}; do
  stem=$(basename "$f" | tr . -)
  "$cli" convert "$f" -t xml,html -o "$tmp/$stem/" -q 2>/dev/null
  run "$tmp/$stem/"*.xml "$tmp/$stem/"*.html
done
"$cli" convert "$src/samples/wg-call.md" -t html --html-fragment -o "$tmp/fragment.html" -q
run "$src/samples/wg-call.xml" "$tmp/fragment.html" --fragment
"$raw" "$build/plugins" "$src/tests/html/fixtures/growth.xml" "$tmp/growth.html"
run "$src/tests/html/fixtures/growth.xml" "$tmp/growth.html"

n=0
for ext in txt md docx; do
  "$cli" convert "$src"/tests/fidelity/corpus/*/*."$ext" -t xml,html -o "$tmp/corpus-$ext/" -j2 -q 2>/dev/null || true
  for page in "$tmp/corpus-$ext/"*.html; do
    run "${page%.html}.xml" "$page" >"$tmp/one.out" || true
    grep -v '^ok ' "$tmp/one.out" || true
    n=$((n + 1))
  done
done
echo "corpus: $n pages checked"

# check.py must see damage: a lost action id, broken JSON-LD.
sed 's/id="a2"/id="a2x"/' "$tmp/growth.html" >"$tmp/lost.html"
sed 's/"@graph":\[/"@graph":[[/' "$tmp/growth.html" >"$tmp/json.html"
for bad in lost json; do
  if "$py" "$check" "$src/tests/html/fixtures/growth.xml" "$tmp/$bad.html" >/dev/null; then
    echo "FAIL: check.py accepted the damaged page $bad.html"; status=1
  fi
done
exit $status
