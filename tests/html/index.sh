#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The batch index: `convert --index -t html,ics` over two meetings writes
# index.html (both meetings, newest first, with their open actions and next
# dates, every link landing on an element of the meeting's page) and
# calendar.ics (the entries on or after the latest meeting's day, each with
# the UID it has in its own meeting's calendar; the same bytes when run
# again).  Misuse is refused with status 64.
# Usage: index.sh MINUTES_CLI SOURCE_DIR BUILD_DIR RENDER_RAW
set -eu
cli=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
py=
for cand in /usr/bin/python3 python3; do
  if command -v "$cand" >/dev/null && "$cand" -c 'import lxml.html, icalendar' 2>/dev/null; then py=$cand; break; fi
done
[ -n "$py" ] || { echo "SKIP: python3 with lxml and icalendar is missing (python3-lxml python3-icalendar)"; exit 77; }
export SOURCE_DATE_EPOCH=1767225600
inputs=("$src/samples/igf-mag-xii.txt" "$src/samples/wg-call.md")
TMPDIR=$tmp "$cli" convert "${inputs[@]}" -t html,ics --index -o "$tmp/a/" -q 2>/dev/null
TMPDIR=$tmp "$cli" convert "${inputs[@]}" -t html,ics --index -o "$tmp/b/" -q -j2 2>/dev/null
for f in index.html calendar.ics; do
  cmp "$tmp/a/$f" "$tmp/b/$f" || { echo "FAIL: $f differs between two runs"; exit 1; }
done
ls "$tmp"/minutes-index-* 2>/dev/null && { echo "FAIL: temporary files left"; exit 1; }

"$py" - "$tmp/a" <<'PY'
import sys, os, icalendar
from lxml import html
d = sys.argv[1]
bad = []
idx = html.parse(os.path.join(d, 'index.html')).getroot()
rows = idx.xpath('//section[@id="meetings"]//tbody/tr')
titles = [r.xpath('td[2]//a')[0].text_content() for r in rows]
if titles != ['Accessible Maps Working Group — Weekly Call', 'IGF 2025 MAG Meeting XII']:
    bad.append(f'meetings {titles}')
open_actions = [len(r.xpath('td[3]//li')) for r in rows]
if open_actions != [3, 5]:
    bad.append(f'open actions per meeting {open_actions}, want [3, 5]')
for a in idx.xpath('//a[@href]'):
    page, _, frag = a.get('href').partition('#')
    target = html.parse(os.path.join(d, page)).getroot()
    if frag and not target.xpath(f'//*[@id="{frag}"]'):
        bad.append(f'{a.get("href")} lands nowhere')
# upcoming: on or after 3 March 2026, the latest meeting's day
up = [t.get('datetime') for t in idx.xpath('//section[@id="upcoming"]//td[1]/time')]
if not up or min(up) < '2026-03-03' or up != sorted(up):
    bad.append(f'upcoming dates {up}')

def entries(path):
    cal = icalendar.Calendar.from_ical(open(path, 'rb').read())
    out = {}
    for c in cal.walk():
        if c.name in ('VEVENT', 'VTODO'):
            start = c.get('DTSTART') or c.get('DUE')
            out[str(c['UID'])] = str(start.dt)[:10]
    return out
merged = entries(os.path.join(d, 'calendar.ics'))
own = entries(os.path.join(d, 'wg-call.ics'))
old = entries(os.path.join(d, 'igf-mag-xii.ics'))
if merged != {u: s for u, s in {**own, **old}.items() if s >= '2026-03-03'}:
    bad.append(f'calendar.ics has {sorted(merged)}; wg-call.ics {sorted(own)}')
if len(merged) != len(up):
    bad.append(f'{len(merged)} calendar entries, {len(up)} upcoming dates on the index')
for b in bad:
    print('FAIL', b)
print('ok   index.html and calendar.ics' if not bad else '')
sys.exit(1 if bad else 0)
PY

# misuse: no html, no directory
status=0
"$cli" convert "${inputs[@]}" -t ics --index -o "$tmp/c/" -q 2>/dev/null && status=1 || [ $? -eq 64 ] || status=1
"$cli" convert "${inputs[0]}" -t html --index -o "$tmp/one.html" -q 2>/dev/null && status=1 || [ $? -eq 64 ] || status=1
[ $status = 0 ] && echo "ok   --index without html or a directory is refused" || echo "FAIL: misuse not refused with 64"
exit $status
