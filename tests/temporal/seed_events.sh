#!/bin/bash
# SPDX-License-Identifier: MIT
# The seed end to end through the CLI: its dates and events, as issue 5
# lists them; the same output twice; --reference-date and --date-order
# reach the passes.  $1 = minutes CLI, $2 = source dir, $3 = build dir.
set -euo pipefail
cli=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$cli" convert "$src/samples/igf-mag-xii.txt" -t xml -o "$work/a.xml" 2>"$work/a.err"
"$cli" convert "$src/samples/igf-mag-xii.txt" -t xml -o "$work/b.xml" 2>/dev/null
cmp "$work/a.xml" "$work/b.xml" || { echo "two conversions differ"; exit 1; }
if grep -q 'date' "$work/a.err"; then
    echo "unexpected date warnings:"; cat "$work/a.err"; exit 1
fi

python3 - "$work/a.xml" <<'PY'
import sys
import xml.etree.ElementTree as ET

ns = {"m": "urn:minutes:1"}
root = ET.parse(sys.argv[1]).getroot()
events = root.findall("m:events/m:event", ns)
by_id = {e.get("id"): e for e in events}
failures = []

def check(cond, msg):
    if not cond:
        failures.append(msg)

def dates_in(ref):
    el = root.find(".//*[@id='%s']" % ref)
    check(el is not None, "no element %s" % ref)
    return [] if el is None else el.findall(".//m:date", ns)

def event_of(ref, value):
    ds = [d for d in dates_in(ref) if d.get("value") == value]
    check(len(ds) == 1, "%s: no single date %s (%s)" % (ref, value, [d.get("value") for d in dates_in(ref)]))
    if not ds:
        return None
    ev = by_id.get(ds[0].get("event"))
    check(ev is not None, "%s: the date %s has no event" % (ref, value))
    return ev

def expect(ref, value, kind, start, end=None, all_day=None, words=None):
    ev = event_of(ref, value)
    if ev is None:
        return None
    got = (ev.get("kind"), ev.get("start"), ev.get("end"), ev.get("all-day"))
    check(got == (kind, start, end, all_day), "%s %s: got %s" % (ref, value, got))
    summary = ev.findtext("m:summary", "", ns)
    if words:
        check(words.lower() in summary.lower(), "%s: summary %r lacks %r" % (ref, summary, words))
    check(0 < len(summary) <= 80, "%s: summary %r" % (ref, summary))
    return ev

# the launch, mentioned twice, is one event
launch = expect("s1-i1", "2025-12-01T14:00:00Z", "event", "2025-12-01T14:00:00Z", words="launch")
again = event_of("a5", "2025-12-01T14:00:00Z")
check(launch is not None and again is launch, "the launch is not one event")
# office hours: two events, each named again by the action's links
h4 = expect("s2-i2", "2025-11-19T04:00:00Z", "event", "2025-11-19T04:00:00Z", words="office hours")
h14 = expect("s2-i2", "2025-11-19T14:00:00Z", "event", "2025-11-19T14:00:00Z", words="office hours")
check(h4 is not None and h4 is not h14, "office hours are not two events")
check(event_of("a2", "2025-11-19T04:00:00Z") is h4, "a2's 04:00 link is another event")
check(event_of("a2", "2025-11-19T14:00:00Z") is h14, "a2's 14:00 link is another event")
expect("s1-i4", "2025-12-15", "event", "2025-12-15", "2025-12-17", "true", words="WSIS+20")
expect("s1-i3", "2025-11-26", "event", "2025-11-26", None, "true", words="Parliamentary Track")
expect("s2-i4", "2025-11-21", "event", "2025-11-21", None, "true", words="dialogue")
expect("s4-2-i2", "2025-12-27T13:00:00Z", "event", "2025-12-27T13:00:00Z", words="webinar")
expect("a4", "2025-11-20", "deadline", "2025-11-20", None, "true", words="Doodle Poll")
expect("a3", "2025-11-21", "deadline", "2025-11-21", None, "true", words="register")
# past facts: tagged, never events
for ref, value in (("s1-i2", "2025-11-15"), ("s2-i3", "2025-11-14"),
                   ("s4-1-i1", "2025-11-13"), ("s4-2-i4", "2025-11-03")):
    ds = dates_in(ref)
    check([d.get("value") for d in ds] == [value], "%s: dates %s" % (ref, [d.get("value") for d in ds]))
    check(all(d.get("event") is None for d in ds), "%s: a past fact became an event" % ref)
    check(all(e.get("start") != value for e in events), "an event starts on %s" % value)
# every event is referenced and refers to an element
for e in events:
    check(root.find(".//*[@id='%s']" % e.get("ref")) is not None, "%s: bad ref" % e.get("id"))
    check(any(d.get("event") == e.get("id") for d in root.iter("{urn:minutes:1}date")),
          "%s: no date points at it" % e.get("id"))
check(len(events) == 11, "%d events" % len(events))
if failures:
    print("\n".join(failures))
    sys.exit(1)
PY

# the options reach the passes
printf 'Minutes\n\nThe forum will be held on 5 January and on 12/03/2026.\n' >"$work/opt.txt"
"$cli" convert --reference-date 2026-06-01 --date-order dmy "$work/opt.txt" -t xml -o "$work/opt.xml" 2>/dev/null
grep -q 'value="2027-01-05"' "$work/opt.xml" || { echo "--reference-date ignored"; cat "$work/opt.xml"; exit 1; }
grep -q 'value="2026-03-12"' "$work/opt.xml" || { echo "--date-order ignored"; cat "$work/opt.xml"; exit 1; }
"$cli" convert --reference-date 2026-06-01 "$work/opt.txt" -t xml -o "$work/opt2.xml" 2>"$work/opt2.err"
grep -q 'date-order' "$work/opt2.err" || { echo "no warning for a numeric date"; exit 1; }
echo "seed events ok"
