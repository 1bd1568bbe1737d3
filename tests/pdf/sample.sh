# SPDX-License-Identifier: MIT
# The seed minutes through the whole pipeline to a handout: qpdf finds no
# fault, every section heading, action and participant of the canonical XML
# (written by the same run) is in the PDF's text, the title is in the
# metadata, the outline lists every section, nothing crosses a margin.
source "$(dirname "$0")/lib.sh"

"$cli" convert -q "$src/samples/igf-mag-xii.txt" -t xml,pdf -o "$work"
xml=$work/igf-mag-xii.xml pdf=$work/igf-mag-xii.pdf
qpdf --check "$pdf" >/dev/null || fail "qpdf --check"
title=$(python3 -c "import sys,xml.etree.ElementTree as E; print(E.parse(sys.argv[1]).find('{urn:minutes:1}meta/{urn:minutes:1}title').text)" "$xml")
[ -n "$title" ] || fail "the canonical XML has no title"
[ "$(info "$pdf" Title)" = "$title" ] || fail "pdfinfo Title is '$(info "$pdf" Title)', not '$title'"
[ "$(info "$pdf" Tagged)" = yes ] || fail "not tagged"
# The seed has five numbered sections and four subsections, five actions and
# thirty-three participants: fewer means the pipeline lost them upstream.
$check expect "$xml" "$pdf" 9 5 33
$check outline "$pdf" "$xml"
$check margins "$pdf" $(block a4)
$check footer "$pdf"
