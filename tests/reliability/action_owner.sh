#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Action and decision lines whose owner search meets odd text, in every input
# format (text, Markdown, DOCX): each converts (status 0), the action or
# decision holds the text after its marker with the owner expected (or
# none), the canonical XML read back gives the same XML and writes every
# output format, and the PDF and ICS outputs are sound.
# (Was: "Action: The - x" — the owner search skipped "The " but found the
# verb " - " starting inside it, the owner's length went negative and the
# copy ran off a malloc(0): SIGSEGV in every reader; issue 14.)
# Usage: action_owner.sh MINUTES SOURCE_DIR BUILD_DIR
set -uo pipefail
cli=$1 src=$2
. "$src/tests/reliability/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
export SOURCE_DATE_EPOCH=1763424000
formats=$(writers | paste -sd, -)

# Each case: element|line|its text after the marker ("*": unchecked)|owner
# ("" for none).  Cut points: the verb (" - ", " to ", ": ", " will ", dashes)
# starting in the space of "The "; white space that folds (NBSP, EM SPACE:
# only the owner is checked, a reader may keep them in the text); multi-byte
# characters next to the article, the verb and the parenthesis; emphasis
# around the marker; owners in parentheses; a remainder that is only "The";
# a subject past the 400 bytes searched, with "é"s across the cut.
nbsp=$(printf '\302\240') emsp=$(printf '\342\200\203')
long=$(python3 -c 'print("The " + "\u00e9" * 197 + " - x")')
cat >cases <<EOF
action|Action: The - x|The - x|
action|ACTION: The - x|The - x|
action|→ The to x|The to x|
action|-> The will x|The will x|
action|Action: The: x|The: x|
action|Action: the: x|the: x|
action|Action item: The – x|The – x|
action|⇒ The — x|The — x|
action|Action: The - é|The - é|
action|Action: The - x - y|The - x - y|
action|Action: The The - x|The The - x|
action|→ The|The|
action|Action: The Secretariat will send the notes.|The Secretariat will send the notes.|Secretariat
action|Action: Thé – x|Thé – x|Thé
action|**Action:** The - x|The - x|
action|ACTION (The - x): y|y|The - x
action|ACTION (Thé): The: x|The: x|Thé
action|ACTION ( ): The - x|The - x|
action|ACTION (): The to x|The to x|
action|Action: $long|$long|
action|Action: The${nbsp}- x|*|
action|Action: The${emsp}to x|*|
action|Action:${nbsp}The - x|*|
decision|Decision: The - x|The - x|
decision|DECISION: The: x|The: x|
decision|Agreed: The to x|The to x|
EOF

# Each case as caseN-txt.txt, caseN-md.md and caseN-docx.docx (one stem
# each, so that one batch can take all their XML): its line as a paragraph
# and as a list item, under a heading that says nothing of actions (under
# "Actions" every item of the list would be one).  A sentence stands between them (a short line right
# before a list would be read as a sub-section's heading).
between='The group discussed the draft at length.'
n=0
while IFS='|' read -r el line text owner; do
  n=$((n + 1))
  printf 'Minutes of the test meeting\n\n1. Discussion\n\n%s\n\n%s\n\n- %s\n- last item\n' \
    "$line" "$between" "$line" >case$n-txt.txt
  printf '# Minutes of the test meeting\n\n## 1. Discussion\n\n%s\n\n%s\n\n- %s\n- last item\n' \
    "$line" "$between" "$line" >case$n-md.md
done <cases
python3 - "$between" <<'PY'
import sys, zipfile
from xml.sax.saxutils import escape
between = sys.argv[1]
W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
# One run per word, so the marker, "The" and the verb are cut across runs.
def runs(text):
    words = text.split(' ')
    parts = [w + (' ' if i < len(words) - 1 else '') for i, w in enumerate(words)]
    return ''.join('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(p) for p in parts if p)
def para(text, style=None, item=False):
    ppr = '<w:pStyle w:val="%s"/>' % style if style else ''
    if item:
        ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    return '<w:p>%s%s</w:p>' % ('<w:pPr>%s</w:pPr>' % ppr if ppr else '', runs(text))
num = ('<?xml version="1.0" encoding="UTF-8"?><w:numbering %s><w:abstractNum w:abstractNumId="0">'
       '<w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:abstractNum>'
       '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>' % W)
ct = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>')
rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
doc_rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>')
for n, case in enumerate(open('cases', encoding='utf-8').read().splitlines(), 1):
    line = case.split('|')[1]
    body = (para('Minutes of the test meeting', 'Title') + para('1. Discussion', 'Heading1') +
            para(line) + para(between) + para(line, item=True) + para('last item', item=True))
    doc = '<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body>%s</w:body></w:document>' % (W, body)
    with zipfile.ZipFile('case%d-docx.docx' % n, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', ct)
        z.writestr('_rels/.rels', rels)
        z.writestr('word/_rels/document.xml.rels', doc_rels)
        z.writestr('word/document.xml', doc)
        z.writestr('word/numbering.xml', num)
PY
# convert IN: to canonical XML, which read back gives the same XML.  (The
# other formats are written from it at the end, in one batch: the passes,
# where the owner is found, run only when an input is read.)
convert() {
  local in=$1 base=${1%.*} st=0
  "$cli" convert "$in" -o "out/$base.xml" 2>"$in.err" || st=$?
  if [ $st != 0 ]; then
    fail "$in: convert exited $st: $(grep -m2 -v warning "$in.err" | tr '\n' ' ')"
    return 1
  fi
  st=0
  "$cli" convert "out/$base.xml" -o "back/$base.xml" 2>"$in.back.err" || st=$?
  if [ $st != 0 ]; then
    fail "$in: its canonical XML read back exited $st"
    return 1
  fi
  cmp -s "out/$base.xml" "back/$base.xml" || { fail "$in: XML → XML changed the bytes"; return 1; }
}

# check IN ELEMENT TEXT OWNER: two ELEMENTs (the paragraph's and the list
# item's), each holding TEXT ("*": unchecked) with OWNER.
check() {
  local in=$1 el=$2 text=$3 owner=$4 base=${1%.*} got want
  local e="//*[local-name()='$el']" sep='|'
  # One query: the count, then each element's text and owner, '|' between
  # them (no case holds one).
  got=$(xmllint --xpath "concat(count($e), '$sep', string(($e)[1]), '$sep', string(($e)[1]/@owner), \
    '$sep', string(($e)[2]), '$sep', string(($e)[2]/@owner))" "out/$base.xml")
  IFS=$sep read -r count text1 owner1 text2 owner2 <<<"$got"
  [ "$count" = 2 ] || { fail "$in: $count $el elements, not 2"; return; }
  for want in "$text1|$owner1" "$text2|$owner2"; do
    [ "$text" = "*" ] || [ "${want%|*}" = "$text" ] || { fail "$in: $el holds '${want%|*}', not '$text'"; return; }
    [ "${want##*|}" = "$owner" ] || { fail "$in: $el owner '${want##*|}', not '${owner:-(none)}'"; return; }
  done
  ok "$in: $el '${text:0:24}' owner '${owner:-(none)}'"
}

mkdir -p out back
readers=$("$cli" plugins | awk '/^[^ ]/ && $3 ~ /^r/ {print $1}')
exts=
for r in text:txt markdown:md docx:docx; do
  if printf '%s\n' "$readers" | grep -qx "${r%%:*}"; then
    exts="$exts ${r#*:}"
  else
    echo "no ${r%%:*} reader in this build: its cases skipped"
  fi
done

n=0
while IFS='|' read -r el line text owner; do
  n=$((n + 1))
  for ext in $exts; do
    convert case$n-$ext.$ext && check case$n-$ext.$ext "$el" "$text" "$owner"
  done
done <cases

# The canonical XML of every case into every format, in one batch; every
# output sound.  (The XML was validated when it was read back; the PDF and
# ICS written from it are what the inputs gave.)
st=0
"$cli" convert back/*.xml -t "$formats" -o again/ 2>again.err || st=$?
[ $st = 0 ] || fail "the canonical XML into $formats: exit $st: $(grep -m2 -v warning again.err)"
bad=0
for f in again/*.pdf; do
  [ -e "$f" ] || continue
  why=$(pdf_sound "$f") || { fail "$f: $why"; bad=1; }
done
if [[ ,$formats, == *,ics,* ]]; then
  why=$(ics_sound again/*.ics 2>&1) || { fail "ICS: $why"; bad=1; }
fi
[ $bad = 0 ] && ok "every PDF and ICS output sound"

finish action_owner
