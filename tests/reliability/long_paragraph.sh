#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One paragraph of 4 MB (bench/gen-paragraph.py: a transcript pasted without
# line breaks, dates in every other sentence) as text, Markdown and DOCX,
# converted to XML, ICS and PDF in one process: memory must stay linear and
# small, at most 20 bytes of peak RSS per byte of text above what the
# sample takes for the same outputs (issue 14).  Peak RSS is the child's
# ru_maxrss from wait4, not a timing.  A CPU limit only stops a runaway
# (the ICS writer once read the whole paragraph again for each of its 1000
# events); the outputs must be sound.
# Usage: long_paragraph.sh MINUTES SOURCE_DIR BUILD_DIR
set -uo pipefail
cli=$1 src=$2
. "$src/tests/reliability/lib.sh"
# AddressSanitizer's shadow memory and quarantine are no measure of ours
# (the unit test test_pdf_units sets a long paragraph in pieces there).
if grep -qa __asan_init "$cli"; then
  echo "AddressSanitizer build: peak RSS is not ours to bound; skipped"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

size=$((4 << 20))
per_byte=20
slack=$((8 << 20)) # allocator and page granularity
formats=$(writers | paste -sd, -)

# STATUS PEAK_RSS_BYTES of `minutes convert ARGS...`, under a CPU limit.
peak() {
  python3 - "$cli" "$@" <<'PY'
import os, resource, subprocess, sys
def limit():
    resource.setrlimit(resource.RLIMIT_CPU, (300, 300))
p = subprocess.Popen([sys.argv[1], "convert", "-q"] + sys.argv[2:], preexec_fn=limit,
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
_, status, ru = os.wait4(p.pid, 0)
print(os.waitstatus_to_exitcode(status), ru.ru_maxrss * 1024)
PY
}

read -r st base <<<"$(peak "$src/samples/igf-mag-xii.docx" -t "$formats" -o "$tmp/base")"
[ "$st" = 0 ] || fail "the sample does not convert to $formats (status $st)"
allowed=$((base + slack + per_byte * size))
echo "sample: $((base >> 20)) MiB; allowed for 4 MB of text: $((allowed >> 20)) MiB"

for fmt in txt md docx; do
  python3 "$src/bench/gen-paragraph.py" 4M "$fmt" "$tmp/para.$fmt" || fail "gen-paragraph.py $fmt"
  rm -rf "$tmp/out"
  read -r st rss <<<"$(peak "$tmp/para.$fmt" -t "$formats" -o "$tmp/out")"
  if [ "$st" != 0 ]; then
    fail "$fmt: status $st"
    continue
  fi
  echo "$fmt: peak RSS $((rss >> 20)) MiB, $(((rss - base) / size)) bytes per byte of text above the sample"
  [ "$rss" -le "$allowed" ] ||
    fail "$fmt: peak RSS $((rss >> 20)) MiB over $((allowed >> 20)) MiB ($per_byte bytes a byte of text above the sample's $((base >> 20)) MiB)"
  for f in $(writers); do
    out="$tmp/out/para.$f"
    [ -s "$out" ] || { fail "$fmt: no $f output"; continue; }
    why=$(sound "$out" "$f") || fail "$fmt: $f output: $why"
  done
  grep -c '<date ' "$tmp/out/para.xml" | grep -qv '^0$' || fail "$fmt: no dates found in the paragraph"
  rm -f "$tmp/para.$fmt"
done

finish long_paragraph
