#!/usr/bin/env bash
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

finish xml_round_trip
