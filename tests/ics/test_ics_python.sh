#!/bin/bash
# SPDX-License-Identifier: MIT
# python3-icalendar, a parser other than libical, reads the calendars the
# CLI writes, and finds in them what the fixtures say.  Skipped (77) when no
# python3 with the icalendar module is installed.
set -euo pipefail
cli=$1 src=$2 build=$3
py=""
for cand in /usr/bin/python3 python3; do
    if command -v "$cand" >/dev/null 2>&1 && "$cand" -c 'import icalendar' 2>/dev/null; then
        py=$cand
        break
    fi
done
if [ -z "$py" ]; then
    echo "skipped: no python3 with icalendar (Debian: python3-icalendar)"
    exit 77
fi
out=$(mktemp -d "$build/ics-python.XXXXXX")
trap 'rm -rf "$out"' EXIT
fx=$src/tests/ics/fixtures
export MINUTES_PLUGIN_PATH=""
"$cli" convert "$fx/mag-xii.xml" -t ics -o "$out/seed.ics"
"$cli" convert "$fx/mag-xii.xml" -t ics -o "$out/seed-events.ics" --deadlines=events --alarm=1d --include-meeting
"$cli" convert "$fx/edge.xml" -t ics -o "$out/edge.ics" --include-meeting --alarm 30m

"$py" - "$out" <<'PY'
import sys, datetime
from icalendar import Calendar

out = sys.argv[1]
def load(name):
    with open(f"{out}/{name}", "rb") as f:
        return Calendar.from_ical(f.read())

def entries(cal):
    return [c for c in cal.walk() if c.name in ("VEVENT", "VTODO")]

seed = load("seed.ics")
es = entries(seed)
assert len(es) == 11, len(es)
assert sum(c.name == "VTODO" for c in es) == 3
by_uid = {str(c["UID"]).split("-", 1)[1].split("@")[0]: c for c in es}
side = by_uid["s1-i4"]
assert side.decoded("DTSTART") == datetime.date(2025, 12, 15), side.decoded("DTSTART")
assert side.decoded("DTEND") == datetime.date(2025, 12, 18)
assert str(side["LOCATION"]) == "New York"
launch = by_uid["s1-i1"]
assert launch.decoded("DTSTART") == datetime.datetime(2025, 12, 1, 14, 0, tzinfo=launch.decoded("DTSTART").tzinfo)
assert launch.decoded("DTSTART").utcoffset() == datetime.timedelta(0)
assert str(launch["LOCATION"]) == "Online"
assert by_uid["a3"].decoded("DUE") == datetime.date(2025, 11, 21)
assert str(by_uid["s3-i2"]["STATUS"]) == "TENTATIVE"
assert "Section: 2 Updates from the WSIS+20" in str(by_uid["a3"]["DESCRIPTION"])
assert len({str(c["UID"]) for c in es}) == len(es)
assert str(seed["X-WR-CALNAME"]) == "IGF 2025 MAG Meeting XII"

ev = load("seed-events.ics")
es = entries(ev)
assert len(es) == 12 and all(c.name == "VEVENT" for c in es)
assert all(len(c.subcomponents) == 1 and c.subcomponents[0].name == "VALARM" for c in es)
assert any(str(c["SUMMARY"]).startswith("Deadline: ") for c in es)

edge = load("edge.ics")
title = "Board; Budget, Q4 \\ review \u2014 Comit\u00e9 \u00ab\u00c9t\u00e9\u00bb 2025"
assert str(edge["X-WR-CALNAME"]) == title, repr(edge["X-WR-CALNAME"])
assert str(edge["NAME"]) == title, repr(edge["NAME"])
es = entries(edge)
summaries = {str(c["SUMMARY"]) for c in es}
assert "Auditors' meeting; bring receipts, forms \\ copies" in summaries, summaries
assert str(es[0]["LOCATION"]) == "Salle 1, Palais des Nations; Gen\u00e8ve", repr(es[0]["LOCATION"])
start = es[0].decoded("DTSTART")
assert start.utcoffset() == datetime.timedelta(hours=1), start
assert (start.hour, start.minute) == (9, 30)
print("python3-icalendar read", sum(len(entries(c)) for c in (seed, ev, edge)), "entries")
PY
