# SPDX-License-Identifier: MIT
# lib.sh — shared by the reliability scripts (sourced, not run).
# Expects $cli (the minutes binary) and $src (the source tree) to be set.

failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
ok() { echo "ok   $*"; }

# The output formats this build can write (xml always; pdf and ics when their
# plugins are built), one per line.
writers() { "$cli" plugins | awk '/^[^ ]/ && $3 ~ /^[r-]w$/ {print $1}'; }
have_writer() { writers | grep -qx "$1"; }

# Each check prints nothing and returns 0 when the file is sound.
xml_sound() { # FILE: the CLI and xmllint accept it against the schema, and it has no C0 controls
  "$cli" validate "$1" >/dev/null 2>&1 || { echo "minutes validate rejects it"; return 1; }
  xmllint --noout --schema "$src/schemas/minutes-1.xsd" "$1" 2>/dev/null || { echo "xmllint rejects it"; return 1; }
  if LC_ALL=C grep -q $'[\x01-\x08\x0b\x0c\x0e-\x1f]' "$1"; then echo "C0 control characters in it"; return 1; fi
}
pdf_sound() { # FILE: qpdf finds no damage and the text layer extracts
  qpdf --check "$1" >/dev/null 2>&1 || { echo "qpdf --check fails"; return 1; }
  pdftotext "$1" - >/dev/null 2>&1 || { echo "pdftotext fails"; return 1; }
}
# A python3 with the icalendar module (Debian's python3-icalendar is for
# /usr/bin/python3, which a pyenv shim may hide), else any python3.
py=python3
for cand in /usr/bin/python3 python3; do
  if command -v "$cand" >/dev/null 2>&1 && "$cand" -c 'import icalendar' 2>/dev/null; then
    py=$cand
    break
  fi
done
ics_sound() { # FILE...: CRLF line ends, lines of at most 75 octets, UTF-8, and python3-icalendar parses it
  "$py" - "$@" <<'PY' || return 1
import sys
try:
    from icalendar import Calendar
except ImportError:  # the structural checks still run
    Calendar = None
for name in sys.argv[1:]:
    data = open(name, 'rb').read()
    lines = data.split(b'\r\n')
    assert lines[-1] == b'', name + ': does not end in CRLF'
    assert not any(b'\n' in l or b'\r' in l for l in lines), name + ': a bare LF or CR'
    assert all(len(l) <= 75 for l in lines), name + ': a line longer than 75 octets'
    data.decode('utf-8')
    assert lines[0] == b'BEGIN:VCALENDAR' and lines[-2] == b'END:VCALENDAR', name + ': not one VCALENDAR'
    if Calendar:
        assert Calendar.from_ical(data).name == 'VCALENDAR', name
PY
}
html_sound() { # FILE: UTF-8, one whole page (doctype to </html>), no C0 controls, no script but JSON-LD that parses
  "$py" - "$1" <<'PY' || return 1
import sys, json, re
data = open(sys.argv[1], 'rb').read().decode('utf-8')
assert data.startswith('<!DOCTYPE html>\n') and data.endswith('</html>\n'), 'not one whole page'
assert not re.search('[\x00-\x08\x0b\x0c\x0e-\x1f]', data), 'C0 control characters in it'
scripts = re.findall(r'<script([^>]*)>(.*?)</script>', data, re.S)
assert len(scripts) == 1 and 'application/ld+json' in scripts[0][0], 'a script that is not JSON-LD'
json.loads(scripts[0][1])
PY
}
# FILE FORMAT: the check for that format.
sound() {
  case $2 in
  xml) xml_sound "$1" ;;
  pdf) pdf_sound "$1" ;;
  ics) ics_sound "$1" ;;
  html) html_sound "$1" ;;
  *) echo "no check for $2"; return 1 ;;
  esac
}

finish() { # NAME
  if [ "$failures" != 0 ]; then
    echo "$1: $failures failure(s)" >&2
    exit 1
  fi
  echo "$1: all checks passed"
}
