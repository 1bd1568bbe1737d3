#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Issue 16: with -v each value of the title block says where it came from
# (a notice named title-block: the line and its text, or the file name, the
# title, the properties); without -v nothing is said, and --strict does not
# count the notices.
# Usage: provenance.sh MINUTES SOURCE_DIR BUILD_DIR
set -u
M=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fail=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi; }

cat > call.txt <<'TXT'
Harbour Trust working group

Date: Tuesday 3 March 2026
Time: 14:00-15:30 UTC
Location: Pier House, Room 2

Present: Ana Ruiz, Bo Chen

1. Opening

The chair opened the meeting; two members joined remotely.
TXT
"$M" convert -v call.txt -t xml -o out.xml 2>v; rc=$?
check "converts with -v" "[ $rc = 0 ]"
check "title from its line" "grep -q \"^call.txt:1: notice: title 'Harbour Trust working group': from line 1\" v"
check "date from its line, quoted" "grep -q \"^call.txt:3: notice: date '2026-03-03': from line 3, 'Date: Tuesday 3 March 2026\" v"
check "time and zone from theirs" "grep -q \"notice: time '14:00-15:30': from line 4\" v && grep -q \"notice: zone 'UTC': from line 4\" v"
check "location from its line" "grep -q \"notice: location 'Pier House, Room 2': from line 5\" v"
check "mode: a room, and who joined from afar" "grep -q \"notice: mode 'hybrid': the place is a room, and line 11 says\" v"
check "every notice is named" "! grep 'notice:' v | grep -v -q 'title-block\\]\$\\|not-an-event\\]\$'"

"$M" convert call.txt -t xml -o out2.xml 2>q; rc=$?
check "without -v: no notice" "[ $rc = 0 ] && ! grep -q 'title-block' q"
"$M" convert -v --strict call.txt -t xml -o out3.xml 2>s; rc=$?
check "--strict does not count notices" "[ $rc = 0 ] && grep -q 'title-block' s"
check "same output with and without -v" "cmp -s out.xml out2.xml"

printf 'Notes of the call\n\nWe talked.\n' > 2026-04-09.txt
"$M" convert -v 2026-04-09.txt -t xml -o f.xml 2>fv
check "the file name as the date's source" "grep -q \"notice: date '2026-04-09': from the file name\" fv"

exit $fail
