#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Golden pages: the samples and the growth fixture written as HTML must be
# byte-identical to tests/html/golden/.  After a deliberate change of the
# writer, regenerate with UPDATE=1 (ctest -R html_golden with it in the
# environment) and read the diff before committing it.
# Usage: golden.sh MINUTES_CLI SOURCE_DIR BUILD_DIR RENDER_RAW
set -eu
cli=$1 src=$2 build=$3 raw=$4
golden=$src/tests/html/golden
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$cli" convert "$src/samples/igf-mag-xii.txt" -t html -o "$tmp/igf-mag-xii.html" -q
"$cli" convert "$src/samples/wg-call.md" -t html -o "$tmp/wg-call.html" -q
"$cli" convert "$src/samples/wg-call.md" -t html --html-fragment -o "$tmp/wg-call-fragment.html" -q
"$cli" convert "$src/samples/wg-call.md" -t html --style "$src/tests/html/style/house.style" -o "$tmp/wg-call-styled.html" -q
"$raw" "$build/plugins" "$src/tests/html/fixtures/growth.xml" "$tmp/growth.html"
if [ "${UPDATE:-}" = 1 ]; then
  mkdir -p "$golden" && cp "$tmp"/*.html "$golden/" && echo "golden pages updated" && exit 0
fi
status=0
for f in "$tmp"/*.html; do
  name=$(basename "$f")
  if cmp -s "$golden/$name" "$f"; then
    echo "ok   $name"
  else
    echo "FAIL $name differs from tests/html/golden/$name:"
    diff -u "$golden/$name" "$f" | head -40 || true
    status=1
  fi
done
# The same minutes in the other input formats give the same page as the
# plain text, but for the source line of the footer and the language: the
# Word form declares en-GB (w:lang in its styles), the text says nothing.
same_page() { grep -v 'Source:' "$1" | sed 's/lang="en-GB"/lang="en"/; s/"inLanguage":"en-GB"/"inLanguage":"en"/'; }
for ext in md docx; do
  "$cli" convert "$src/samples/igf-mag-xii.$ext" -t html -o "$tmp/other.$ext.html" -q
  if diff <(same_page "$tmp/igf-mag-xii.html") <(same_page "$tmp/other.$ext.html") >/dev/null; then
    echo "ok   igf-mag-xii.$ext gives the same page"
  else
    echo "FAIL igf-mag-xii.$ext gives another page"; status=1
  fi
done
exit $status
