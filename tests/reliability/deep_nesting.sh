#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Structure nested past the builder's depth limit (100 levels) is flattened
# into a valid document: DOCX tables nested 20 to 150 deep, with lists and
# paragraphs in the cells, convert (status 0, a warning) and every output is
# sound.  (Was: text inside a table element, a document the schema refuses
# and exit 70 — found by fuzz_docx_document.)  XML nesting deeper than the
# safe parser allows is the DOCX reader's to refuse (tests/docx).
# Usage: deep_nesting.sh MINUTES SOURCE_DIR BUILD_DIR
set -uo pipefail
cli=$1 src=$2
. "$src/tests/reliability/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
export SOURCE_DATE_EPOCH=1763424000
if ! "$cli" plugins | grep -q '^docx '; then
  echo "skipped: no docx reader in this build"
  exit 77
fi
formats=$(writers | paste -sd, -)

for depth in 20 33 34 40 60 150; do
  python3 - "$depth" <<'PY'
import sys, zipfile
depth = int(sys.argv[1])
W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
p = lambda t: '<w:p><w:r><w:t>%s</w:t></w:r></w:p>' % t
item = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>item</w:t></w:r></w:p>'
open_ = ''.join('<w:tbl><w:tr><w:tc>' + p('level %d' % i) + item for i in range(depth))
close = ''.join(p('after %d' % i) + '</w:tc><w:tc>' + p('next cell') + '</w:tc></w:tr></w:tbl>' for i in range(depth))
body = p('Deep tables') + p('18 November 2025') + open_ + p('deepest on 1 December 2025') + close + p('The end.')
doc = '<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body>%s</w:body></w:document>' % (W, body)
ct = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
with zipfile.ZipFile('deep%d.docx' % depth, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', ct)
    z.writestr('_rels/.rels', rels)
    z.writestr('word/document.xml', doc)
PY
  st=0
  "$cli" convert deep$depth.docx -t "$formats" -o out$depth/ 2>err$depth || st=$?
  if [ $st = 65 ] && grep -qi 'deep\|nest' err$depth; then
    ok "$depth nested tables: refused as too deep (65)"
    continue
  elif [ $st != 0 ]; then
    fail "$depth nested tables: status $st: $(grep -m2 error err$depth | tr '\n' ' ')"
    continue
  fi
  bad=0
  for fmt in ${formats//,/ }; do
    why=$(sound out$depth/deep$depth.$fmt "$fmt") || { fail "$depth nested tables → $fmt: $why"; bad=1; }
  done
  grep -q 'deepest' out$depth/deep$depth.xml || { fail "$depth nested tables: the innermost text is lost"; bad=1; }
  [ $bad = 0 ] && ok "$depth nested tables: converted, every output sound"
done

finish deep_nesting
