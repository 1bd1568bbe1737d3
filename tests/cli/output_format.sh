#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Without -t the format comes from -o's extension, as pandoc does
# (handout.pdf is a PDF, in any case); an extension no writer has is a usage
# error; no extension, '-' or a directory keep the default, XML.  Binary
# output (PDF) is not written to a terminal unless '-o -' asks for it.
# Usage: output_format.sh MINUTES SOURCE_DIR BUILD_DIR
set -u
M=$1 src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fail=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi; }
md=$src/samples/wg-call.md

"$M" convert "$md" -o handout.pdf 2>e; rc=$?
check "-o handout.pdf writes a PDF" "[ $rc = 0 ] && head -c 5 handout.pdf | grep -q '%PDF-'"
"$M" convert "$md" -o handout.pdf --paper=letter 2>e; rc=$?
check "the inferred writer's options are known" "[ $rc = 0 ]"
"$M" convert "$md" -o dates.ICS 2>e; rc=$?
check "-o dates.ICS writes iCalendar" "[ $rc = 0 ] && head -1 dates.ICS | grep -q BEGIN:VCALENDAR"
"$M" convert "$md" -o notes.xml 2>e; rc=$?
check "-o notes.xml writes XML" "[ $rc = 0 ] && grep -q 'urn:minutes:1' notes.xml"
"$M" convert "$md" -t xml -o forced.pdf 2>e; rc=$?
check "-t wins over the extension" "[ $rc = 0 ] && grep -q 'urn:minutes:1' forced.pdf"
"$M" convert "$md" -o notes.pfd 2>e; rc=$?
check "unknown extension: 64, nothing written" "[ $rc = 64 ] && [ ! -e notes.pfd ]"
check "unknown extension: says so, suggests .pdf" "grep -q \"extension '.pfd'\" e && grep -q \"did you mean '.pdf'\" e"
"$M" convert "$md" -o plain 2>e; rc=$?
check "no extension: XML" "[ $rc = 0 ] && grep -q 'urn:minutes:1' plain"
"$M" convert "$md" "$src/samples/igf-mag-xii.md" -o out.d -q 2>e; rc=$?
check "a directory's name may have any extension" "[ $rc = 0 ] && [ -s out.d/wg-call.xml ]"
"$M" convert "$md" > piped 2>e; rc=$?
check "no -o: XML on standard output" "[ $rc = 0 ] && grep -q 'urn:minutes:1' piped"

# A terminal: script(1) gives the command one.
if command -v script >/dev/null; then
  script -qec "'$M' convert '$md' -t pdf" /dev/null > tty1 2>&1; rc=$?
  check "PDF to a terminal: refused (64)" "[ $rc = 64 ] && grep -q 'terminal' tty1 && ! grep -qa '%PDF' tty1"
  script -qec "'$M' convert '$md' -t pdf -o -" /dev/null > tty2 2>&1; rc=$?
  check "PDF to a terminal with -o -: written" "[ $rc = 0 ] && grep -qa '%PDF' tty2"
  script -qec "'$M' convert '$md' -t ics" /dev/null > tty3 2>&1; rc=$?
  check "text to a terminal: written" "[ $rc = 0 ] && grep -qa 'BEGIN:VCALENDAR' tty3"
else
  echo "FAIL script(1) is missing (util-linux)"; fail=1
fi
exit $fail
