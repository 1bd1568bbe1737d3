#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fields longer than the buffers the analysis passes copy them into, written
# in multi-byte UTF-8 at every alignment: whatever a pass keeps of them, every
# output stays sound (the XML parses and validates, the PDF and ICS check).
# A byte-wise cut inside a UTF-8 sequence makes an XML file that its own
# `minutes validate` refuses (found by fuzz_text and fuzz_markdown; see
# docs/RELIABILITY-RUNS.md).
# Usage: long_fields.sh MINUTES SOURCE_DIR BUILD_DIR
set -uo pipefail
cli=$1 src=$2
. "$src/tests/reliability/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SOURCE_DATE_EPOCH=1763424000
formats=$(writers | paste -sd, -)
cd "$tmp"

# long PREFIX CHAR: PREFIX then 300 CHARs, so every buffer size below about
# 1 KB ends inside a sequence for one of the prefixes.
long() { python3 -c "import sys; sys.stdout.write(sys.argv[1] + sys.argv[2] * 300)" "$1" "$2"; }

n=0
for ch in é € 😀; do
  for pre in A Ab Abc; do
    n=$((n + 1))
    f=case$n
    v=$(long "$pre" "$ch")
    {
      printf 'Title: %s\nSubtitle: %s\nLocation: %s\nDate: 18 November 2025\n\n' "$v" "$v" "$v"
      printf 'Present: %s, Bo Chen\nApologies: %s\n\n' "$v" "$v"
      printf '1. %s\n\n- item on 1 December 2025\n' "$v"
      printf '→ %s to send the draft by 21 November.\n\n' "$v"
      printf 'Annex 2: Participants\n\n- %s\n- %s (Chair)\n\nMembers\n%s\t%s\t%s\n' "$v" "$v" "$v" "$v" "$v"
    } >$f.txt
    if ! "$cli" convert $f.txt -t "$formats" -o out/$f/ 2>$f.err; then
      fail "$f ($pre + $ch): convert exited non-zero: $(head -2 $f.err)"
      continue
    fi
    for fmt in ${formats//,/ }; do
      if why=$(sound out/$f/$f.$fmt "$fmt"); then
        ok "$f ($pre + ${ch}…) $fmt"
      else
        fail "$f ($pre + ${ch}…) $fmt: $why"
      fi
    done
  done
done

finish long_fields
