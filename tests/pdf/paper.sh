# SPDX-License-Identifier: MIT
# A4 by default, US letter with --paper=letter (each with its own text block
# respected), and any other paper refused as a usage error.
source "$(dirname "$0")/lib.sh"

in=$here/fixtures/handout.xml
"$cli" convert -q "$in" -t pdf -o "$work/a4.pdf"
"$cli" convert -q "$in" -t pdf --paper=letter -o "$work/letter.pdf"
"$cli" convert -q "$in" -t pdf --paper=a4 -o "$work/a4b.pdf"
case $(info "$work/a4.pdf" "Page size") in "595.276 x 841.89 pts (A4)"*) ;; *) fail "default is not A4: $(info "$work/a4.pdf" "Page size")" ;; esac
case $(info "$work/letter.pdf" "Page size") in "612 x 792 pts (letter)"*) ;; *) fail "letter is $(info "$work/letter.pdf" "Page size")" ;; esac
cmp "$work/a4.pdf" "$work/a4b.pdf" || fail "--paper=a4 differs from the default"
$check margins "$work/letter.pdf" $(block letter)
$check footer "$work/letter.pdf"

status=0
"$cli" convert -q "$in" -t pdf --paper=legal -o "$work/legal.pdf" 2>"$work/err" || status=$?
[ "$status" = 64 ] || fail "--paper=legal exits $status, not 64"
grep -q "paper" "$work/err" || fail "the error does not name the option"
[ ! -e "$work/legal.pdf" ] || fail "a refused conversion left a file"
