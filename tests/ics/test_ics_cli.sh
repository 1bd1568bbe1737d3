#!/bin/bash
# SPDX-License-Identifier: MIT
# The CLI writing calendars: every file it writes passes the checker (and
# libical), two runs give the same bytes, bad options exit 64 and leave an
# earlier calendar untouched.  $4 is the checker command (icslint).
set -uo pipefail
cli=$1 src=$2 build=$3 lint=$4
out=$(mktemp -d "$build/ics-cli.XXXXXX")
trap 'rm -rf "$out"' EXIT
fx=$src/tests/ics/fixtures
export MINUTES_PLUGIN_PATH=""
fail=0
check() { if ! "$@"; then echo "FAILED: $*"; fail=1; fi; }

n=0
for input in "$fx/mag-xii.xml" "$fx/edge.xml"; do
    for opts in "" "--deadlines=events" "--alarm=1d --include-meeting" \
                "--deadlines=events --alarm 30m --include-meeting"; do
        n=$((n + 1))
        # shellcheck disable=SC2086
        check "$cli" convert "$input" -t ics -o "$out/$n.ics" $opts
        check "$lint" "$out/$n.ics"
    done
done

# two runs, same bytes (with SOURCE_DATE_EPOCH, and without)
for sde in 1700000000 ""; do
    for run in a b; do
        SOURCE_DATE_EPOCH=$sde "$cli" convert "$fx/edge.xml" -t ics -o "$out/det-$run.ics" --include-meeting --alarm=1d
    done
    check cmp "$out/det-a.ics" "$out/det-b.ics"
done
SOURCE_DATE_EPOCH=1700000000 "$cli" convert "$fx/edge.xml" -t ics -o "$out/stamp.ics"
check grep -q $'^DTSTAMP:20231114T221320Z\r$' "$out/stamp.ics"

# several formats at once: the calendar is named by the input's stem
check "$cli" convert "$fx/mag-xii.xml" -t xml,ics -o "$out/both"
check "$lint" "$out/both/mag-xii.ics"

# bad options: exit 64, the earlier calendar untouched
cp "$out/1.ics" "$out/keep.ics"
"$cli" convert "$fx/mag-xii.xml" -t ics -o "$out/1.ics" --alarm=soon 2>"$out/err"
status=$?
check test "$status" -eq 64
check grep -q -- "--alarm=soon" "$out/err"
check cmp "$out/1.ics" "$out/keep.ics"
"$cli" convert "$fx/mag-xii.xml" -t ics -o "$out/1.ics" --deadlines=google 2>/dev/null
status=$?
check test "$status" -eq 64
check cmp "$out/1.ics" "$out/keep.ics"

[ $fail -eq 0 ] && echo "ok: $n calendars linted, deterministic, bad options refused"
exit $fail
