#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Pathological Markdown in the manner of cmark's test/pathological_tests.py:
# each case is generated here, converted through the CLI, and must end in a
# canonical document that the schema accepts, with its text still there.
# No timing assertion: CTest's TIMEOUT bounds a case that goes quadratic.
# Usage: pathological.sh MINUTES SOURCE_DIR BUILD_DIR CASE
set -euo pipefail
cli=$1 src=$2 case=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
in=$tmp/$case.md out=$tmp/$case.xml

# Each case writes the input and says how many times WHAT must appear in
# the document's text (the passes may move some of it into meta).
case $case in
quotes)   # 50,000 nested block quotes
  python3 -c "import sys; sys.stdout.write('> ' * 50000 + 'deep\n')" >"$in"
  what=deep count=1 ;;
lists)    # 1,000-deep nested lists
  python3 -c "import sys; sys.stdout.write(''.join('  ' * i + '- item%d\n' % i for i in range(1000)))" >"$in"
  what=item count=1000 ;;
brackets) # 50,000 unclosed brackets
  python3 -c "import sys; sys.stdout.write('[' * 50000 + 'a\n')" >"$in"
  what='[' count=50000 ;;
nul)      # NUL bytes everywhere md4c looks: text, heading, item, table, link
  python3 -c "
import sys
sys.stdout.buffer.write(b'# head\0ing\n\n- it\0em\n\n| a\0 | b |\n|---|---|\n| \0 | [l\0](#) |\n\n' + b'x\0' * 10000 + b'\n\n[link](<' + b'\0' * 1000 + b'>)\n')" >"$in"
  what=$'\xEF\xBF\xBD' count=10005 ;;
*) echo "unknown case $case" >&2; exit 2 ;;
esac

status=0
"$cli" convert -f markdown "$in" -o "$out" 2>"$tmp/stderr" || status=$?
if [ "$status" != 0 ]; then
  echo "convert exited $status:"; head -5 "$tmp/stderr"; exit 1
fi
"$cli" validate "$out"
xmllint --noout --schema "$src/schemas/minutes-1.xsd" "$out"

text=$(xmllint --xpath "string(/*)" "$out")
got=$(printf '%s' "$text" | grep -o -F -- "$what" | wc -l)
if [ "$got" != "$count" ]; then
  echo "'$what' appears $got times in the document, want $count"; exit 1
fi
echo "$case: ok ($(wc -c <"$in") bytes in, $(wc -c <"$out") bytes out)"
