# SPDX-License-Identifier: MIT
# Two runs give the same bytes: with SOURCE_DATE_EPOCH (which becomes the
# creation date), without it (the meeting's date is used), and with a value
# that is not a number (ignored, with a warning).
source "$(dirname "$0")/lib.sh"

in=$here/fixtures/handout.xml
SOURCE_DATE_EPOCH=1700000000 "$cli" convert -q "$in" -t pdf -o "$work/a.pdf"
SOURCE_DATE_EPOCH=1700000000 "$cli" convert -q "$in" -t pdf -o "$work/b.pdf"
cmp "$work/a.pdf" "$work/b.pdf" || fail "two runs with SOURCE_DATE_EPOCH differ"
grep -a -q "/CreationDate (20231114221320Z)" "$work/a.pdf" ||
    fail "CreationDate is not SOURCE_DATE_EPOCH: $(grep -a CreationDate "$work/a.pdf")"

env -u SOURCE_DATE_EPOCH "$cli" convert -q "$in" -t pdf -o "$work/c.pdf"
sleep 1.1
env -u SOURCE_DATE_EPOCH "$cli" convert -q "$in" -t pdf -o "$work/d.pdf"
cmp "$work/c.pdf" "$work/d.pdf" || fail "two runs without SOURCE_DATE_EPOCH differ"
# The fixture's meeting is on 12 March 2026 in a named zone: the date alone.
grep -a -q "/CreationDate (20260312000000)" "$work/c.pdf" ||
    fail "CreationDate is not the meeting's date: $(grep -a CreationDate "$work/c.pdf")"

SOURCE_DATE_EPOCH=yesterday "$cli" convert "$in" -t pdf -o "$work/e.pdf" 2>"$work/err"
grep -q "SOURCE_DATE_EPOCH=yesterday" "$work/err" || fail "no warning for a bad SOURCE_DATE_EPOCH"
cmp "$work/c.pdf" "$work/e.pdf" || fail "a bad SOURCE_DATE_EPOCH is not ignored"

# Nor does the environment's language change a byte (Pango would take its
# language from the locale if the writer did not set it).
env -u SOURCE_DATE_EPOCH LANGUAGE=ja LANG=ja_JP.UTF-8 PANGO_LANGUAGE=ar \
    "$cli" convert -q "$in" -t pdf -o "$work/f.pdf"
cmp "$work/c.pdf" "$work/f.pdf" || fail "the output depends on the environment's language"
