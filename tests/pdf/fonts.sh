# SPDX-License-Identifier: MIT
# Fonts (fonts.c): the writer's own font configuration, the system's for a
# script the handout's fonts lack, and the set-up a batch does once before
# forking its workers.
source "$(dirname "$0")/lib.sh"

in=$here/fixtures/handout.xml
export SOURCE_DATE_EPOCH=1700000000
"$cli" convert -q "$in" -t pdf -o "$work/single.pdf"

# Children of a batch inherit the parent's set-up and write the same bytes.
mkdir "$work/in"
for i in 1 2 3; do cp "$in" "$work/in/h$i.xml"; done
"$cli" convert -q -j2 "$work/in" -t pdf -o "$work/out/"
for i in 1 2 3; do
    cmp "$work/single.pdf" "$work/out/h$i.pdf" || fail "batch output $i differs from a single conversion"
done

# With Debian's files in place only DejaVu and WenQuanYi are embedded.
dejavu=/usr/share/fonts/truetype/dejavu
if [ -f $dejavu/DejaVuSerif.ttf ] && [ -f $dejavu/DejaVuSans-Bold.ttf ]; then
    other=$(pdffonts "$work/single.pdf" | tail -n +3 | awk '{print $1}' | sed 's/^[A-Z]*+//' |
        grep -Ev '^(DejaVu(Serif|Sans)|WenQuanYi|CairoFont)' || true)
    [ -z "$other" ] || fail "fonts from outside the writer's set: $other"
fi

# A script neither DejaVu nor WenQuanYi has: set with every installed font,
# or drawn as boxes with a warning when none has it.
cp "$here/fixtures/scripts.xml" "$work/hi.xml" # Devanagari, Greek, CJK
"$cli" convert "$work/hi.xml" -t pdf -o "$work/hi.pdf" 2>"$work/err" || fail "Devanagari: conversion failed"
qpdf --check "$work/hi.pdf" >/dev/null || fail "Devanagari: qpdf --check"
if [ -n "$(fc-list :lang=hi)" ]; then
    ! grep -q "no installed font" "$work/err" || fail "a glyph warning with a Devanagari font installed"
else
    grep -q "no installed font" "$work/err" || fail "no warning for Devanagari without a font"
fi
pdftotext "$work/hi.pdf" - | grep -q "Ζωή" || fail "the Greek beside the Devanagari is missing"
