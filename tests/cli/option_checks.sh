#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Consistent option checks: a value the command cannot use is a usage error
# (64) before anything is converted, with a message that says what is wrong
# — as --paper=legal is; never a warning and a conversion that ignores it.
# Usage: option_checks.sh MINUTES SOURCE_DIR BUILD_DIR
set -u
M=$1 src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fail=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi; }
md=$src/samples/wg-call.md

refused() { # NAME PATTERN ARGS...: exit 64, nothing written, PATTERN on stderr
  local name=$1 pattern=$2; shift 2
  rm -f out.xml
  "$M" convert "$md" "$@" -o out.xml 2>e; local rc=$?
  check "$name: 64, nothing written" "[ $rc = 64 ] && [ ! -e out.xml ]"
  check "$name: says '$pattern'" "grep -q -- \"$pattern\" e"
}
refused "--reference-date 2025-02-29" "YYYY-MM-DD" --reference-date 2025-02-29
refused "--reference-date=18/11/2025" "YYYY-MM-DD" --reference-date=18/11/2025
refused "--reference-date yesterday" "not 'yesterday'" --reference-date yesterday
refused "--date-order ymd" "dmy" --date-order ymd
refused "--shard 5/4" "shard 5 of 4 does not exist" --shard 5/4
refused "--shard 0/3" "numbered 1 to 3" --shard 0/3
refused "--shard 1/0" "number of shards" --shard 1/0
refused "--shard two" "I/N" --shard two
refused "-j 0" "1 or more" -j 0
refused "--time-limit soon" "seconds" --time-limit soon
refused "--memory-limit lots" "size" --memory-limit lots
refused "--max-input-size big" "size" --max-input-size big
refused "--paper=legal" "a4 or letter" -t pdf --paper=legal
refused "--pdf-paper=legal" "a4 or letter" -t pdf --pdf-paper=legal
refused "--xml-paper=a4" "unknown option '--xml-paper'" -t pdf --xml-paper=a4

# A plugin option qualified by its plugin's name is that plugin's option.
"$M" convert "$md" -t pdf --pdf-paper=letter -o letter.pdf 2>e; rc=$?
check "--pdf-paper=letter sets the pdf plugin's paper" \
  "[ $rc = 0 ] && grep -aq 'MediaBox \[ 0 0 612 792 \]' letter.pdf"

# A qualified option of a test module (tests/core/mods: each declares
# --colour) is its own; one of a plugin the conversion does not use says so.
mods=$3/tests/core/mods
"$M" --plugin-dir "$mods" convert "$md" -t good --good-colour=red -o good.txt 2>e; rc=$?
check "--good-colour with -t good: accepted" "[ $rc = 0 ] && grep -qx 'written by good' good.txt"
"$M" --plugin-dir "$mods" convert "$md" -t good --old-colour=red -o old.txt 2>e; rc=$?
check "--old-colour with -t good: 64, names the old plugin" \
  "[ $rc = 64 ] && [ ! -e old.txt ] && grep -q \"belongs to the old plugin\" e"

"$M" convert "$md" --reference-date 2024-02-29 --date-order MDY -o ok.xml 2>e; rc=$?
check "a leap day and MDY are accepted" "[ $rc = 0 ] && [ -s ok.xml ] && ! grep -q warning e"
exit $fail
