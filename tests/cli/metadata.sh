#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# -M/--metadata KEY=VALUE, as pandoc's: the builder's property keys, over
# what the document says (its front matter included); repeatable keys add.
# Usage: metadata.sh MINUTES SOURCE_DIR BUILD_DIR
set -u
M=$1 src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fail=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi; }
md=$src/samples/wg-call.md     # its title block has a title and a date
meta() { python3 -c "
import sys, xml.etree.ElementTree as ET
ns = {'m': 'urn:minutes:1'}
r = ET.parse(sys.argv[1]).getroot()
print(eval(sys.argv[2]))" "$@"; }

"$M" convert "$md" -M title="Board of Trustees" --metadata date=2026-03-12 -M LANG=fr \
     -M chair="Ana Ruiz" -M participant="Bo Li" -M participant="Cy Ng" -o m.xml 2>e; rc=$?
check "-M accepted" "[ $rc = 0 ]"
check "title over the front matter's" "[ \"\$(meta m.xml \"r.find('m:meta/m:title', ns).text\")\" = 'Board of Trustees' ]"
check "date over the front matter's" "[ \"\$(meta m.xml \"r.find('m:meta/m:date', ns).text\")\" = 2026-03-12 ]"
check "lang, key in any case" "[ \"\$(meta m.xml \"r.get('{http://www.w3.org/XML/1998/namespace}lang')\")\" = fr ]"
check "chair gets the chair role" "meta m.xml \"[p.get('role') for p in r.iter('{urn:minutes:1}person') if p.text == 'Ana Ruiz']\" | grep -q chair"
check "participant given twice: two people" "[ \$(meta m.xml \"len([p for p in r.iter('{urn:minutes:1}person') if p.text in ('Bo Li', 'Cy Ng')])\") = 2 ]"
"$M" validate -q m.xml
check "the result is valid" "[ $? = 0 ]"

printf -- '---\ntitle: Front matter title\nlang: de\n---\n\n# Heading\n\nSome text.\n' > fm.md
"$M" convert fm.md -M title="Command line title" -M lang=fr -o fm.xml 2>/dev/null
check "over YAML front matter too" "[ \"\$(meta fm.xml \"r.find('m:meta/m:title', ns).text\")\" = 'Command line title' ] && grep -q 'xml:lang=\"fr\"' fm.xml"

"$M" convert "$md" -M title=First -M title=Second -o twice.xml 2>/dev/null
check "a key given twice: the last wins" "[ \"\$(meta twice.xml \"r.find('m:meta/m:title', ns).text\")\" = Second ]"

mkdir in; cp "$md" in/a.md; cp "$src/samples/igf-mag-xii.txt" in/b.txt
"$M" convert in -j2 -M title="Same title" -o out -q 2>/dev/null; rc=$?
check "in a batch's workers too" "[ $rc = 0 ] && grep -c 'Same title' out/a.xml out/b.xml | grep -c ':1' | grep -qx 2"

"$M" convert "$md" -M titel=x -o bad.xml 2>e; rc=$?
check "unknown key: 64, did you mean 'title'" "[ $rc = 64 ] && grep -q \"did you mean 'title'\" e && [ ! -e bad.xml ]"
"$M" convert "$md" -M title -o bad.xml 2>e; rc=$?
check "no '=': 64" "[ $rc = 64 ] && grep -q 'KEY=VALUE' e"
"$M" convert "$src/samples/wg-call.xml" -M title=X -o c.xml 2>e; rc=$?
check "canonical XML: read as it is, with a warning" "[ $rc = 0 ] && grep -q 'not applied' e"
exit $fail
