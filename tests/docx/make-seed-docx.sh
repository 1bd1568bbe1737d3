#!/bin/sh
# SPDX-License-Identifier: MIT
# make-seed-docx.sh [OUT] — builds the Word form of the seed minutes from the
# hand-written OOXML parts in seed-parts/ (default OUT: samples/igf-mag-xii.docx).
# The archive is reproducible: fixed order, fixed timestamps, no extra fields.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/../../samples/igf-mag-xii.docx}
case $out in /*) ;; *) out=$(pwd)/$out ;; esac
command -v zip >/dev/null || { echo "make-seed-docx.sh: needs zip (apt-get install zip)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -R "$here/seed-parts/." "$tmp/"
# [Content_Types].xml first, as Word writes it; then the rest in a fixed order.
parts='[Content_Types].xml
_rels/.rels
docProps/core.xml
docProps/app.xml
word/document.xml
word/_rels/document.xml.rels
word/styles.xml
word/numbering.xml
word/settings.xml
word/footnotes.xml
word/header1.xml
word/header2.xml
word/footer1.xml'
cd "$tmp"
echo "$parts" | while IFS= read -r p; do
    [ -f "$p" ] || { echo "make-seed-docx.sh: missing part $p" >&2; exit 1; }
    TZ=UTC touch -d '2025-11-18 12:00:00' "$p"
done
rm -f "$out"
echo "$parts" | TZ=UTC zip -X -D -q -9 "$out" -@
