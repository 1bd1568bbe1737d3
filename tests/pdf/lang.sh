# SPDX-License-Identifier: MIT
# A handout speaks the document's language (issue 23): the seed's French
# and Spanish translations give French and Spanish headings, column heads,
# footer and label colons ("Responsable : …" in French), dates written the local way ("mardi 18 novembre 2025",
# "martes, 18 de noviembre de 2025") and local times ("11 h 00"), and no
# English label is left; the English seed keeps its English ones.
source "$(dirname "$0")/lib.sh"

text() {
    "$cli" convert -q "$1" -t pdf -o "$work/out.pdf"
    # one line per text line, runs of spaces (and no-break spaces) as one
    pdftotext -layout "$work/out.pdf" - | python3 -c "
import re, sys
for line in sys.stdin:
    print(re.sub(r'[ \u00a0]+', ' ', line).strip())"
}

# has TEXT NEEDLE...: each needle is a line or part of one.
has() {
    local t=$1
    shift
    for n in "$@"; do
        grep -qF -- "$n" <<<"$t" || fail "no '$n' in the handout of $name"
    done
}

lacks() {
    local t=$1
    shift
    for n in "$@"; do
        ! grep -qxF -- "$n" <<<"$t" || fail "'$n' is still English in the handout of $name"
    done
}

name=fr
fr=$(text "$src/samples/igf-mag-xii-fr.txt")
has "$fr" "mardi 18 novembre 2025 · 11 h 00 UTC" "Ordre du jour" "Registre des actions" \
    "Prochaines dates" "Participants" "Page 1 sur " "Responsable Échéance État Voir" \
    "Date Objet Type Voir" "lundi 1er décembre 2025," "14 h 00 UTC" "15–17 décembre 2025" \
    "ACTION · Responsable : membres du GMP · Échéance : 20 novembre 2025"
lacks "$fr" "Agenda" "Action register" "Upcoming dates"
grep -q "Page [0-9] of" <<<"$fr" && fail "an English footer in the French handout"

name=es
es=$(text "$src/samples/igf-mag-xii-es.txt")
has "$es" "martes, 18 de noviembre de 2025 · 11:00 UTC" "Orden del día" \
    "Registro de acciones" "Próximas fechas" "Participantes" "Página 1 de " \
    "Responsable Plazo Estado Véase" "15–17 de diciembre de 2025"
lacks "$es" "Agenda" "Action register" "Upcoming dates" "Participants"

name=en
en=$(text "$src/samples/igf-mag-xii.txt")
has "$en" "Tuesday, 18 November 2025 · 11:00 UTC" "Agenda" "Action register" \
    "Upcoming dates" "Page 1 of "
echo ok
