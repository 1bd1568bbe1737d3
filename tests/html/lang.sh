# SPDX-License-Identifier: MIT
# A page speaks the document's language (issue 23): the seed's French and
# Spanish translations give French and Spanish headings and column heads,
# the meeting's day written the local way ("mardi 18 novembre 2025",
# "martes, 18 de noviembre de 2025") with a local time ("11 h 00"), and
# dates in the tables likewise; the English seed keeps its English words.
# A paragraph marked with its own xml:lang gets HTML's lang, and a batch
# index the language its meetings share.
set -euo pipefail
cli=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

check() {
    "$cli" convert -q "$src/samples/$1" -t html -o "$work/page.html"
    python3 - "$work/page.html" "$2" <<'PY'
import re
import sys
import xml.etree.ElementTree as ET

page, lang = sys.argv[1], sys.argv[2]
s = open(page, encoding="utf-8").read()


def texts(tag):
    """The text of each TAG element, tags inside dropped, spaces folded."""
    out = []
    for m in re.finditer(r"<%s\b[^>]*>(.*?)</%s>" % (tag, tag), s, re.S):
        t = re.sub(r"<[^>]+>", "", m.group(1))
        out.append(" ".join(t.replace("\u00a0", " ").split()))
    return out


want = {
    "fr": {"h2": ["Sommaire", "Ordre du jour", "Actions", "Prochaines dates", "Participants"],
           "th": ["Responsable", "Échéance", "Objet", "Lieu"],
           "p": ["mardi 18 novembre 2025 · 11 h 00 UTC · En ligne"],
           "time": ["lundi 1er décembre 2025, 14 h 00 UTC", "15–17 décembre 2025"]},
    "es": {"h2": ["Índice", "Orden del día", "Acciones", "Próximas fechas", "Participantes"],
           "th": ["Responsable", "Plazo", "Asunto", "Lugar"],
           "p": ["martes, 18 de noviembre de 2025 · 11:00 UTC · En línea"],
           "time": ["lunes, 1 de diciembre de 2025, 14:00 UTC", "15–17 de diciembre de 2025"]},
    "en": {"h2": ["Contents", "Agenda", "Actions", "Upcoming dates", "Participants"],
           "th": ["Owner", "Due", "What", "Where"],
           "p": ["18 November 2025 · 11:00 UTC · Online"],
           "time": ["Mon 1 Dec 2025, 14:00 UTC", "15–17 December 2025"]},
}[lang]
bad = []
for tag, needles in want.items():
    have = texts(tag)
    bad += ["no <%s> %r" % (tag, n) for n in needles if n not in have]
m = re.search(r'<html lang="([^"]*)"', s)
if not m or m.group(1) != lang:
    bad.append("<html lang> is %r" % (m and m.group(1)))
for b in bad:
    print("%s: %s" % (lang, b))
sys.exit(1 if bad else 0)
PY
}

# A paragraph in another language than the document's keeps its own lang.
cat >"$work/mixed.md" <<'MD'
# Steering committee

## 1. Budget

The committee reviewed the draft budget for the next year and agreed to keep the travel line at the same level.

Le représentant de la délégation a rappelé que les crédits de traduction sont déjà engagés pour le premier semestre.
MD
"$cli" convert -q "$work/mixed.md" -t html -o "$work/mixed.html" 2>/dev/null
grep -q '<html lang="en">' "$work/mixed.html" || { echo "mixed: the page is not en"; exit 1; }
grep -q '<p id="[^"]*" lang="fr">Le représentant' "$work/mixed.html" ||
    { echo "mixed: the French paragraph has no lang"; exit 1; }
[ "$(grep -c ' lang="' "$work/mixed.html")" = 2 ] || { echo "mixed: lang on an English block"; exit 1; }

# A batch index of meetings in one language speaks it; a mixed batch keeps
# the writer's English words.
index_h2() {
    rm -rf "$work/idx"
    "$cli" convert "$@" -t html --index -o "$work/idx/" -q 2>/dev/null
    grep -o '<h2[^>]*>[^<]*</h2>' "$work/idx/index.html" | sed 's/<[^>]*>//g' | tr '\n' '|'
}
sed 's/18 novembre 2025/2 décembre 2025/' "$src/samples/igf-mag-xii-fr.txt" >"$work/later-fr.txt"
got=$(index_h2 "$src/samples/igf-mag-xii-fr.txt" "$work/later-fr.txt")
[ "$got" = "Prochaines dates|Réunions|" ] || { echo "French index: $got"; exit 1; }
got=$(index_h2 "$src/samples/igf-mag-xii-fr.txt" "$src/samples/igf-mag-xii-es.txt")
[ "$got" = "Upcoming dates|Meetings|" ] || { echo "mixed index: $got"; exit 1; }

check igf-mag-xii-fr.txt fr
check igf-mag-xii-es.txt es
check igf-mag-xii.txt en
echo ok
