#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Canonical XML in, canonical XML out: the same bytes, for documents whose
# mixed-content elements (item, cell, note, action, decision) hold only
# blocks.  The writer pretty-prints; libxml2 indents the children of an
# element that has no text child, and that indentation, read back, is text
# inside the item or cell: the second conversion differs from the first, and
# the document has gained white space it did not have (found by
# fuzz_xml_outputs; see docs/RELIABILITY-RUNS.md).
# Usage: xml_round_trip.sh MINUTES SOURCE_DIR BUILD_DIR
set -uo pipefail
cli=$1 src=$2
. "$src/tests/reliability/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"

head='<minutes xmlns="urn:minutes:1" version="1"><meta><title>T</title></meta><body>'
tail='</body></minutes>'
declare -A cases=(
  [item]='<list><item><list><item>x</item></list></item></list>'
  [cell]='<table><row><cell><list><item>x</item></list></cell></row></table>'
  [note]='<note><table><row><cell>x</cell></row></table></note>'
  [action]='<action owner="A"><list><item>x</item></list></action>'
  [decision]='<decision><note>x</note></decision>'
  [mixed]='<list><item>text <list><item>x</item></list></item></list>'
  # what the writer must escape, in text and in attributes, and CDATA kept
  [escapes]='<p>a <![CDATA[<b> & ]]> CR&#13;x tab&#9;y &gt; &amp; é</p><p><link href="u?a=1&amp;b=&quot;2&quot;&#9;&#10;&#13;&lt;é">l</link></p>'
  # indentation is capped at 64 levels
  [deep]="$(for i in $(seq 70); do printf '<section><heading>h%d</heading>' $i; done; printf '<p>x</p>'; for i in $(seq 70); do printf '</section>'; done)"
)
for name in "${!cases[@]}"; do
  printf '%s%s%s\n' "$head" "${cases[$name]}" "$tail" >$name.xml
  if ! "$cli" convert $name.xml -o $name.1.xml 2>$name.err || ! "$cli" convert $name.1.xml -o $name.2.xml 2>>$name.err; then
    fail "$name: convert failed: $(head -2 $name.err)"
  elif ! cmp -s $name.1.xml $name.2.xml; then
    fail "$name: XML → XML changes the bytes: $(diff $name.1.xml $name.2.xml | head -6 | tr '\n' ' ')"
  else
    ok "$name: XML → XML → XML byte-identical"
  fi
done

# What was escaped reads back as the same characters.
if python3 - escapes.xml escapes.2.xml <<'PY'
import sys, xml.etree.ElementTree as ET
ns = '{urn:minutes:1}'
def facts(path):
    r = ET.parse(path).getroot()
    ps = r.iter(ns + 'p')
    return [''.join(p.itertext()) for p in ps], [l.get('href') for l in r.iter(ns + 'link')]
a, b = facts(sys.argv[1]), facts(sys.argv[2])
sys.exit(0 if a == b and '\r' in a[0][0] and '\t\n\r' in a[1][0] else 1)
PY
then ok "escapes: text, CR, TAB, LF, quotes and CDATA read back unchanged"
else fail "escapes: characters changed on the way out"
fi

finish xml_round_trip
