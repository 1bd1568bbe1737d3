# SPDX-License-Identifier: MIT
# A generated document of 100 sections (lists nested three deep, actions,
# decisions, footnotes, tables, long words): valid canonical XML, a clean
# PDF, no word outside the text block, no heading at the foot of a page, a
# footer on every page, an outline entry for every section.
source "$(dirname "$0")/lib.sh"

python3 "$here/gen_long.py" 100 >"$work/long.xml"
"$cli" validate "$work/long.xml" >/dev/null || fail "the generated document is not valid"
start=$(date +%s%N)
"$cli" convert -q "$work/long.xml" -t pdf -o "$work/long.pdf"
echo "converted in $((($(date +%s%N) - start) / 1000000)) ms, $(info "$work/long.pdf" Pages) pages"
qpdf --check "$work/long.pdf" >/dev/null || fail "qpdf --check"
[ "$(info "$work/long.pdf" Pages)" -ge 40 ] || fail "too few pages for 100 sections"
read -r left right top bottom <<<"$(block a4)"
$check margins "$work/long.pdf" "$left" "$right" "$top" "$bottom"
$check headings "$work/long.pdf" Rubric "$bottom"
$check footer "$work/long.pdf"
$check outline "$work/long.pdf" "$work/long.xml"
$check expect "$work/long.xml" "$work/long.pdf" 100 1 0
