# SPDX-License-Identifier: MIT
# A large document is paginated once to count its pages, then built again
# and drawn page by page (pass.c); a small one is built once and kept
# whole.  Both ways give the same bytes: MINUTES_PDF_WHOLE_MAX=0 streams
# the small documents here, a huge limit keeps them whole.
source "$(dirname "$0")/lib.sh"

export SOURCE_DATE_EPOCH=1700000000
cp "$here/fixtures/handout.xml" "$work/handout.xml"
python3 "$here/gen_long.py" 40 >"$work/long.xml"
for kind in notes items wide title; do
    python3 "$here/gen_hostile.py" "$kind" >"$work/$kind.xml"
done
for doc in handout long notes items wide title; do
    MINUTES_PDF_WHOLE_MAX=0 "$cli" convert -q "$work/$doc.xml" -t pdf -o "$work/$doc.streamed.pdf" ||
        fail "$doc: streamed conversion failed"
    MINUTES_PDF_WHOLE_MAX=1000000000 "$cli" convert -q "$work/$doc.xml" -t pdf \
        -o "$work/$doc.whole.pdf" || fail "$doc: whole conversion failed"
    cmp "$work/$doc.streamed.pdf" "$work/$doc.whole.pdf" || fail "$doc: streamed and whole differ"
    qpdf --check "$work/$doc.streamed.pdf" >/dev/null || fail "$doc: qpdf --check"
done
# Letter paper and the system's fonts (a script the writer's fonts lack)
# take the same two passes.
MINUTES_PDF_WHOLE_MAX=0 "$cli" convert -q "$work/handout.xml" -t pdf --paper=letter \
    -o "$work/letter.streamed.pdf"
"$cli" convert -q "$work/handout.xml" -t pdf --paper=letter -o "$work/letter.whole.pdf"
cmp "$work/letter.streamed.pdf" "$work/letter.whole.pdf" || fail "letter: streamed and whole differ"
cp "$here/fixtures/scripts.xml" "$work/hi.xml" # Devanagari, Greek, CJK
MINUTES_PDF_WHOLE_MAX=0 "$cli" convert -q "$work/hi.xml" -t pdf -o "$work/hi.streamed.pdf"
"$cli" convert -q "$work/hi.xml" -t pdf -o "$work/hi.whole.pdf"
cmp "$work/hi.streamed.pdf" "$work/hi.whole.pdf" || fail "system fonts: streamed and whole differ"
echo "streamed and whole conversions agree"
