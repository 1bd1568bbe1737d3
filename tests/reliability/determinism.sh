#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# RELIABILITY.md: "the same input converted twice (with SOURCE_DATE_EPOCH) →
# byte-identical XML, PDF and ICS".  Each sample is converted to every
# output this build has (PDF and ICS only when their plugins are there)
# several times, changing what must not matter: the time of day, the time
# zone and locale of the process, the working directory, the directory the
# input sits in, and a batch with -j2 against one conversion per process.
# Without SOURCE_DATE_EPOCH the timestamps come from the document, so the
# outputs must still agree.
# Usage: determinism.sh MINUTES SOURCE_DIR BUILD_DIR
set -uo pipefail
cli=$1 src=$2
. "$src/tests/reliability/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
formats=$(writers | paste -sd, -)
samples=()
for f in "$src"/samples/*; do
  case $f in *.txt | *.md | *.docx | *.xml) samples+=("$f") ;; esac
done
mkdir -p "$tmp/a" "$tmp/b/deeper" "$tmp/work1" "$tmp/work2"
for f in "${samples[@]}"; do
  cp "$f" "$tmp/a/"
  cp "$f" "$tmp/b/deeper/"
done

# run LABEL DIR-OF-INPUTS ENV...: one process per input, outputs in out-LABEL/<input name>/
run() {
  local label=$1 dir=$2
  shift 2
  for f in "${samples[@]}"; do
    local base=${f##*/}
    (cd "$tmp/work1" && env "$@" "$cli" convert "$dir/$base" -t "$formats" -o "$tmp/out-$label/$base/" 2>/dev/null) ||
      fail "$label: $base does not convert"
  done
}

# same A B WHAT: every output of run A equals run B's
same() {
  local a=$1 b=$2 what=$3 bad=0
  for f in "${samples[@]}"; do
    local base=${f##*/} stem
    stem=${base%.*}
    for fmt in ${formats//,/ }; do
      if ! cmp -s "$tmp/out-$a/$base/$stem.$fmt" "$tmp/out-$b/$base/$stem.$fmt"; then
        fail "$what: $base → $fmt differs"
        bad=1
      fi
    done
  done
  [ $bad = 0 ] && ok "$what: ${#samples[@]} samples × {$formats} byte-identical"
}

sde=SOURCE_DATE_EPOCH=1763424000
run one "$tmp/a" $sde TZ=UTC LC_ALL=C
sleep 1.1 # another second on the clock
run two "$tmp/b/deeper" $sde TZ=Pacific/Kiritimati LC_ALL=C.UTF-8
same one two "SOURCE_DATE_EPOCH set; other clock, zone, locale and input directory"

# A batch in child processes writes what single conversions write (one
# input per stem: a batch names outputs by stem).
batch=()
declare -A seen=()
for f in "${samples[@]}"; do
  base=${f##*/}
  stem=${base%.*}
  [ -n "${seen[$stem]:-}" ] && continue
  seen[$stem]=1
  batch+=("$tmp/a/$base")
done
(cd "$tmp/work2" && env $sde "$cli" convert "${batch[@]}" -j2 -t "$formats" -o "$tmp/batch/" 2>/dev/null) ||
  fail "the batch does not convert"
bad=0
for f in "${batch[@]}"; do
  base=${f##*/}
  stem=${base%.*}
  for fmt in ${formats//,/ }; do
    cmp -s "$tmp/batch/$stem.$fmt" "$tmp/out-one/$base/$stem.$fmt" || { fail "-j2 batch: $base → $fmt differs"; bad=1; }
  done
done
[ $bad = 0 ] && ok "a -j2 batch of ${#batch[@]} writes what one process per input writes"

# Without SOURCE_DATE_EPOCH: timestamps from the document, so still equal.
run three "$tmp/a" -u SOURCE_DATE_EPOCH TZ=UTC
sleep 1.1
run four "$tmp/a" -u SOURCE_DATE_EPOCH TZ=America/New_York
same three four "no SOURCE_DATE_EPOCH; another clock and zone"

finish determinism
