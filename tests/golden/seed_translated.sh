#!/bin/bash
# SPDX-License-Identifier: MIT
# The seed's minutes translated by the team into French and Spanish
# (samples/igf-mag-xii-fr.txt, samples/igf-mag-xii-es.txt) give the same
# canonical facts as the English original (issue 23): the language, the meeting's date, time and zone, the
# participants (each group's size), the actions and their due dates, the
# decisions, the agenda, the sections and the days of the events.
# $1 = minutes CLI, $2 = source dir, $3 = build dir.
set -euo pipefail
cli=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$cli" convert "$src/samples/igf-mag-xii.txt" -t xml -o "$work/en.xml" 2>/dev/null
"$cli" convert "$src/samples/igf-mag-xii-fr.txt" -t xml -o "$work/fr.xml" 2>/dev/null
"$cli" convert "$src/samples/igf-mag-xii-es.txt" -t xml -o "$work/es.xml" 2>/dev/null

python3 - "$work/en.xml" "$work/fr.xml" "$work/es.xml" <<'PY'
import sys
import xml.etree.ElementTree as ET

ns = {"m": "urn:minutes:1"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def facts(path):
    r = ET.parse(path).getroot()
    time = r.find("m:meta/m:time", ns)
    return {
        "date": r.findtext("m:meta/m:date", namespaces=ns),
        "time": None if time is None else (time.get("start"), time.get("end"), time.get("zone")),
        "groups": [len(g.findall("m:person", ns)) for g in r.findall("m:participants/m:group", ns)],
        "actions": [a.get("due") for a in r.iter("{urn:minutes:1}action")],
        "decisions": len(list(r.iter("{urn:minutes:1}decision"))),
        "agenda": len(r.findall("m:agenda/m:item", ns)),
        "sections": [s.get("n") for s in r.iter("{urn:minutes:1}section")],
        "event days": sorted({(e.get("start") or "")[:10] for e in r.findall("m:events/m:event", ns)}),
    }, r.get(XML_LANG)


en, en_lang = facts(sys.argv[1])
failures = []
if en_lang != "en":
    failures.append("the English seed's language is %s" % en_lang)
for path, lang, name in ((sys.argv[2], "fr", "French"), (sys.argv[3], "es", "Spanish")):
    other, other_lang = facts(path)
    if other_lang != lang:
        failures.append("the %s translation's language is %s, expected %s" % (name, other_lang, lang))
    for key in en:
        if en[key] != other[key]:
            failures.append("%s: English %r, %s %r" % (key, en[key], name, other[key]))
if en["date"] != "2025-11-18" or sum(en["groups"]) != 33 or len(en["actions"]) != 5:
    failures.append("the English seed itself changed: %r" % en)
for f in failures:
    print(f)
sys.exit(1 if failures else 0)
PY
