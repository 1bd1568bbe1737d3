# SPDX-License-Identifier: MIT
# A house style (--style, docs/STYLE-FILE.md) in the handout: the logo is an
# image on page 1 (pdfimages) drawn in the letterhead (pdftoppm pixels), the
# accent colour is on the page where the default has none of it, the
# organisation, footer line and labels are in the text (pdftotext), and the
# pages break where they did.  An SVG logo is drawn when the build has
# librsvg.  A bad style file, a missing one and an undecodable logo each
# stop the conversion with status 65, a message naming the file, and no PDF.
source "$(dirname "$0")/lib.sh"

styles=$here/style
py="python3 $here/stylecheck.py"
in=$src/samples/igf-mag-xii.txt
accent=7a1f3d logo=2a7f62

# Page 1 at 72 dpi: one pixel a point, the letterhead's logo 8 mm down.
page1() {
    pdftoppm -r 72 -f 1 -l 1 -singlefile "$1" "$work/page"
    echo "$work/page.ppm"
}
pages() { info "$1" Pages; }
images_p1() { pdfimages -f 1 -l 1 -list "$1" | awk 'NR > 2' | wc -l; }

"$cli" convert -q "$in" -t pdf -o "$work/plain.pdf"
$py png "$work/logo.png" 120 60 $logo
cp "$styles/house.style" "$work/"
"$cli" convert -q "$in" -t pdf --style "$work/house.style" -o "$work/house.pdf"
qpdf --check "$work/house.pdf" >/dev/null || fail "qpdf --check"
pdf=$work/house.pdf

# The logo: one image, on page 1, of the PNG's size; none without a style.
[ "$(images_p1 "$work/plain.pdf")" = 0 ] || fail "the default handout has an image on page 1"
[ "$(images_p1 "$pdf")" = 1 ] || fail "page 1 has $(images_p1 "$pdf") images, not the logo"
pdfimages -f 1 -l 1 -list "$pdf" | awk 'NR == 3 { exit !($4 == 120 && $5 == 60) }' ||
    fail "page 1's image is not the 120 x 60 logo"
[ "$(pdfimages -f 2 -list "$pdf" | awk 'NR > 2' | wc -l)" = 0 ] || fail "the logo is on other pages"
# Drawn 12 mm tall (24 mm wide) from 22 mm across and 8 mm down: its middle
# is at 34 mm, 14 mm.
ppm=$(page1 "$pdf")
mid_x=$(python3 -c "print(round(34 * 72 / 25.4))") mid_y=$(python3 -c "print(round(14 * 72 / 25.4))")
got=$($py pixel "$ppm" "$mid_x" "$mid_y" $logo) || fail "the letterhead's middle is $got, not the logo's #$logo"

# The accent: title, rules and action bars take it; the default has none.
n=$($py count "$ppm" $accent)
[ "$n" -ge 300 ] || fail "only $n pixels of page 1 are the accent #$accent"
n=$($py count "$(page1 "$work/plain.pdf")" $accent)
[ "$n" = 0 ] || fail "the default handout has $n pixels of #$accent"

# The words: organisation on page 1, the footer line on every page beside
# the page number, the labels in place of the defaults.
pdftotext -f 1 -l 1 "$pdf" - | grep -q "Riverside Tenants" || fail "no organisation on page 1"
[ "$(pdftotext "$pdf" - | grep -c "Published by the RTA secretary")" = "$(pages "$pdf")" ] ||
    fail "the footer line is not on every page"
$check footer "$pdf"
text=$(pdftotext "$pdf" -)
grep -q "Coming up" <<<"$text" || fail "label.upcoming is not used"
! grep -q "Upcoming dates" <<<"$text" || fail "the default 'Upcoming dates' is still printed"
[ "$(info "$pdf" Author)" != "" ] || fail "no PDF author"
[ "$(pages "$pdf")" = "$(pages "$work/plain.pdf")" ] || fail "the style moved page breaks"
# Without --style the handout is the same bytes as before (repro.sh holds
# those to its golden); the option with no style file changes nothing else.

# An SVG logo through librsvg: vector paths, so the pixels tell.
if [ "${MINUTES_HAVE_RSVG:-0}" = 1 ]; then
    sed 's/^logo *=.*/logo = logo.svg/' "$styles/house.style" >"$work/svg.style"
    cp "$src/tests/html/style/logo.svg" "$work/logo.svg" # a 40 x 40 square of #1f4e79
    "$cli" convert -q "$in" -t pdf --style "$work/svg.style" -o "$work/svg.pdf"
    ppm=$(page1 "$work/svg.pdf")
    x=$(python3 -c "print(round(28 * 72 / 25.4))")
    got=$($py pixel "$ppm" "$x" "$mid_y" 1f4e79) || fail "the SVG logo's middle is $got, not #1f4e79"
else
    echo "built without librsvg: the SVG logo is not checked"
fi

# Bad styles: status 65, the file (and line) named, no PDF.
refused() { # NAME EXPECTED-MESSAGE STYLE-FILE
    local st=0
    "$cli" convert -q "$in" -t pdf --style "$3" -o "$work/$1.pdf" 2>"$work/err" || st=$?
    [ "$st" = 65 ] || fail "$1: exit $st, not 65"
    grep -qF -- "$2" "$work/err" || fail "$1: the message is not '$2': $(cat "$work/err")"
    [ ! -e "$work/$1.pdf" ] || fail "$1: a refused conversion left a PDF"
}
printf 'organisation = RTA\ncolour = #7a1f3d\n' >"$work/unknown.style"
refused unknown "unknown.style:2: unknown key 'colour'" "$work/unknown.style"
printf 'accent = #ffcc00\n' >"$work/pale.style"
refused pale "pale.style:1: accent" "$work/pale.style"
refused missing "nowhere.style" "$work/nowhere.style"
# A PNG whose header is right and whose pixels are not.
head -c 40 "$work/logo.png" >"$work/broken.png"
printf 'logo = broken.png\n' >"$work/broken.style"
refused broken "logo broken.png: the PNG cannot be decoded" "$work/broken.style"

# Fonts: a family the writer's own configuration lacks is taken from the
# system's (DejaVu Sans Mono comes with fonts-dejavu-core); one that is not
# installed at all is replaced, with a warning naming it.
printf 'font.body = DejaVu Sans Mono\nfont.heading = No Such Family\n' >"$work/fonts.style"
"$cli" convert -q "$in" -t pdf --style "$work/fonts.style" -o "$work/fonts.pdf" 2>"$work/err" ||
    fail "a style with a missing font family is refused"
pdffonts "$work/fonts.pdf" | grep -q "DejaVuSansMono" || fail "font.body DejaVu Sans Mono is not used"
grep -q "font.heading 'No Such Family' is not an installed font family.*\[-Wstyle\]" "$work/err" ||
    fail "no warning for the missing family: $(cat "$work/err")"
! grep -q "font.body" "$work/err" || fail "a warning for an installed family"
