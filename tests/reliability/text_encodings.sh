#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# RELIABILITY.md: "text with \x01, \xff, a BOM, UTF-16, CR-only line ends,
# Windows-1252 → output re-parses and validates" — through every writer this
# build has, not only XML (tests/text covers the reader and the XML):
#   - each hostile form converts (status 0, with warnings where bytes were
#     replaced), and every output is sound: the XML validates and holds no C0
#     controls, the PDF passes qpdf --check, the ICS parses (python3-icalendar);
#   - the sample in another encoding or with other line ends is the same
#     minutes: same XML but for meta/source, same calendar, same PDF text.
# Usage: text_encodings.sh MINUTES SOURCE_DIR BUILD_DIR
set -uo pipefail
cli=$1 src=$2
. "$src/tests/reliability/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SOURCE_DATE_EPOCH=1763424000
sample=$src/samples/igf-mag-xii.txt
formats=$(writers | paste -sd, -)

# ---- the inputs ----------------------------------------------------------------
cd "$tmp"
mkdir in
cp "$sample" in/utf8.txt
{ printf '\xef\xbb\xbf'; cat "$sample"; } >in/bom.txt
{ printf '\xff\xfe'; sed 's/$/\r/' "$sample" | iconv -f UTF-8 -t UTF-16LE; } >in/utf16le.txt
{ printf '\xfe\xff'; iconv -f UTF-8 -t UTF-16BE "$sample"; } >in/utf16be.txt
tr '\n' '\r' <"$sample" >in/cr.txt
# Windows-1252: the sample's characters that have a cp1252 form (the arrow
# has none: '->' is the text reader's ASCII action marker).
sed 's/→/->/g' "$sample" | iconv -f UTF-8 -t WINDOWS-1252 |
  sed 's/Secretariat/Secr\xe9tariat \x93quoted\x94 \x96 na\xefve\x85/' >in/cp1252.txt
# Bytes that are not text, in the title, a heading and an item.
printf 'Board\x01 meeting \xff\n\n18 November 2025 | 11:00 UTC | Online\n\n1. Budget\x01\x02\x1b[31m\n\n- item \xff\xfe on 1 December \x7f 2025\n- \x01\n' >in/controls.txt
# All at once: a BOM, then controls, invalid UTF-8 and CR-only line ends.
printf '\xef\xbb\xbfTitle \x01\r\r1. Heading \xc0\xaf\r- item \xed\xa0\x80 surrogate\r- by 21 November 2025\x1a' >in/mixed.txt

# ---- every form converts, every output is sound ----------------------------------
# Unicode noncharacters (U+FDD0, U+FFFE, U+10FFFF): valid UTF-8 and XML,
# but cairo refuses them.
printf 'Non\xef\xb7\x90characters\n\n1. Heading \xef\xbf\xbe\n\n- item \xf4\x8f\xbf\xbf by 21 November 2025\n' >in/nonchar.txt
# NUL bytes: the probe takes them for binary, so the text reader is named.
printf 'Title\x00 with NUL\n\n1. Heading\x00\n\n- item\x00 by 21 November 2025\n' >in/nul.txt

for f in in/*.txt; do
  name=$(basename "$f" .txt)
  from=()
  [ "$name" = nul ] && from=(--from text)
  if ! "$cli" convert "${from[@]}" "$f" -t "$formats" -o "out/$name/" 2>"$name.err"; then
    fail "$name: convert exited non-zero: $(head -3 "$name.err")"
    continue
  fi
  for fmt in ${formats//,/ }; do
    out=out/$name/$name.$fmt
    if [ ! -s "$out" ]; then
      fail "$name: no $fmt output"
    elif why=$(sound "$out" "$fmt"); then
      ok "$name.$fmt sound"
    else
      fail "$name.$fmt: $why"
    fi
  done
done
for name in controls mixed cp1252 nul; do
  grep -q 'warning' "$name.err" || fail "$name: bytes replaced without a warning"
done

# ---- other encodings and line ends: the same minutes ------------------------------
without_source() { grep -v '<source ' "$1"; }
before=$failures
for name in bom utf16le utf16be cr; do
  diff -q <(without_source out/utf8/utf8.xml) <(without_source "out/$name/$name.xml") >/dev/null ||
    fail "$name: another XML document than the UTF-8 sample's"
  if have_writer ics; then
    cmp -s out/utf8/utf8.ics "out/$name/$name.ics" || fail "$name: another calendar than the UTF-8 sample's"
  fi
  if have_writer pdf; then
    cmp -s <(pdftotext out/utf8/utf8.pdf -) <(pdftotext "out/$name/$name.pdf" -) ||
      fail "$name: the PDF's text differs from the UTF-8 sample's"
  fi
done
[ "$failures" = "$before" ] && ok "BOM, UTF-16LE/BE and CR-only forms give the same minutes"

# The controls case keeps its words, and only them.
title=$(xmllint --xpath "string(//*[local-name()='title'])" out/controls/controls.xml)
case $title in
"Board meeting ÿ" | "Board meeting"*) ok "controls: title '$title'" ;;
*) fail "controls: title is '$title'" ;;
esac

finish text_encodings
