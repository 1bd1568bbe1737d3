# SPDX-License-Identifier: MIT
# The hand-written canonical fixture: every block and inline, footnotes,
# non-Latin text, a table and an events list that cross pages.
source "$(dirname "$0")/lib.sh"

in=$here/fixtures/handout.xml
pdf=$work/handout.pdf
"$cli" validate "$in" >/dev/null || fail "the fixture is not valid canonical XML"
"$cli" convert "$in" -t pdf -o "$pdf" 2>"$work/err"
qpdf --check "$pdf" >/dev/null || fail "qpdf --check"
[ "$(info "$pdf" Title)" = "Working Group Ω — Third Session of the Café des Délégués" ] ||
    fail "Title: $(info "$pdf" Title)"
[ "$(info "$pdf" Author)" = "Secretariat" ] || fail "Author: $(info "$pdf" Author)"
[ "$(info "$pdf" Subject)" = "Summary record & decisions" ] || fail "Subject: $(info "$pdf" Subject)"
[ "$(info "$pdf" Tagged)" = yes ] || fail "not tagged"
$check expect "$in" "$pdf" 6 2 10
$check outline "$pdf" "$in"
$check margins "$pdf" $(block a4)
$check footer "$pdf"

# Footnotes: at the foot of the page where the text that cites them is.
$check below "$pdf" "adopted without change" "Footnote one: the provisional"
$check below "$pdf" "First-level bullet with a footnote" "Footnote two, from a list item."
$check below "$pdf" "Text stable; one open question" "Footnote three, from a table cell."
pdftotext "$pdf" "$work/all.txt"
pdftotext -layout "$pdf" "$work/layout.txt"
grep -Eq "^ *1 +Footnote one" "$work/layout.txt" || fail "footnote 1 is not numbered 1"
# What is nested in notes and cells is there too.
for s in "• Circulated on 26 February." "(A note inside a note.)" "• budget lines" "• staffing"; do
    grep -q -- "$s" "$work/all.txt" || fail "'$s' (nested in a note or cell) is missing"
done
# Tables that cross a page repeat their head row.
heads=$(grep -Ec "No\. +From +Subject +Status" "$work/layout.txt" || true)
[ "$heads" -ge 2 ] || fail "the contributions table's head row is on $heads page(s)"
dates=$(grep -Ec "When +What +Type +See" "$work/layout.txt" || true)
[ "$dates" -ge 2 ] || fail "the upcoming-dates head row is on $dates page(s)"
# The summaries after the body: decisions with their outcome, the action
# register with owner, due date and status, each row leading to its section.
grep -Eq "^ *Decision +Outcome +See" "$work/layout.txt" || fail "no decisions summary"
grep -Eq "^ *Action +Owner +Due +Status +See" "$work/layout.txt" || fail "no action register"
grep -Eq "Circulate the revised draft.* Secretariat +31 Mar 2026 +§ ?1" "$work/layout.txt" ||
    fail "the register's row for a1 lacks its owner, due date or section"
grep -Eq "Report back at the next session\. .*carried" "$work/layout.txt" ||
    fail "the register's row for a2 lacks its status"
for e in 1 13 26; do
    grep -q "Follow-up item $e:" "$work/all.txt" || fail "event $e is not in the table"
done
# Text in Greek, Cyrillic, Vietnamese, Polish, Turkish, and CJK when a font
# for it is installed (else the writer must say that it drew boxes).
for s in "Ζωή Παπαδοπούλου" "Иван Петров" "Nguyễn Thị Hương (Chair)" "Małgorzata Kowalska" "Çağrı Öztürk, ITU" "→ agenda adopted"; do
    grep -q "$s" "$work/all.txt" || fail "'$s' is not in the text"
done
if [ -n "$(fc-list :lang=ja)" ]; then
    grep -q "日本" "$work/all.txt" || fail "CJK text is missing"
    ! grep -q "no installed font" "$work/err" || fail "a glyph warning with a CJK font installed"
else
    grep -q "no installed font" "$work/err" || fail "no warning for characters without a font"
fi
# Links: the external one with its query string, the internal one to a
# named destination, one per event to its section.
qpdf --qdf --object-streams=disable "$pdf" "$work/q.pdf"
grep -aq "/URI (https://example.org/wg-omega/3/record?lang=en&format=pdf)" "$work/q.pdf" ||
    fail "no URI link annotation"
links=$(grep -ac "/Subtype /Link" "$work/q.pdf" || true)
[ "$links" -ge 31 ] || fail "only $links link annotations (1 URI, 1 internal, 26 events, 3 summary rows)"
for d in s1 s2 s3 s3-1 s3-1-1 s4; do
    grep -aq "($d)" "$work/q.pdf" || fail "no named destination $d"
done
