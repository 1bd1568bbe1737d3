#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# --max-input-size, and the per-input limits of a batch (--time-limit,
# --memory-limit) with the real readers (tests/batch/batch.sh has them with a
# reader that crashes, hangs and hogs on purpose):
#   - an input over the limit ends in 65 with a message that names the
#     option, writes nothing and leaves an earlier output as it was; one of
#     exactly the limit converts; K/M suffixes; stdin is bounded too;
#   - a value the CLI cannot read is a usage error (64), not the default;
#   - without the option a 300 MB file is refused from its size, fast and
#     without reading it;
#   - in a batch (-j1 and -j2) the large input is reported and the others
#     converted; the JSON report gives it 65;
#   - --time-limit and --memory-limit leave healthy conversions alone, and a
#     memory limit too small to convert ends in an error, not a crash.
# Usage: limits.sh MINUTES SOURCE_DIR BUILD_DIR
set -uo pipefail
cli=$1 src=$2
. "$src/tests/reliability/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
cp "$src/samples/igf-mag-xii.txt" sample.txt
cp "$src/samples/wg-call.md" small.md
size=$(stat -c %s sample.txt)

status() { local s=0; "$@" 2>err || s=$?; echo $s; }
expect() { # WHAT WANT GOT
  if [ "$2" = "$3" ]; then ok "$1"; else fail "$1: status $3, want $2 ($(head -c 200 err))"; fi
}

# ---- the option itself ---------------------------------------------------------
"$cli" convert sample.txt -o keep.xml 2>/dev/null || fail "the sample does not convert"
cp keep.xml keep.before
expect "one byte over the limit" 65 "$(status "$cli" convert sample.txt --max-input-size $((size - 1)) -o keep.xml)"
grep -q -- '--max-input-size' err || fail "the error does not name --max-input-size"
cmp -s keep.xml keep.before || fail "a refused input changed the earlier output"
[ -z "$(ls -A | grep tmp-)" ] || fail "a refused input left a temporary file"
expect "exactly the limit" 0 "$(status "$cli" convert sample.txt --max-input-size $size -o exact.xml)"
expect "5k refuses ${size} bytes" 65 "$(status "$cli" convert sample.txt --max-input-size=5k -o k.xml)"
[ -e k.xml ] && fail "a refused input left an output"
expect "7K takes ${size} bytes" 0 "$(status "$cli" convert sample.txt --max-input-size=7K -o k.xml)"
expect "1M takes it" 0 "$(status "$cli" convert sample.txt --max-input-size 1M -o m.xml)"
expect "stdin over the limit" 65 "$(status sh -c "\"$cli\" convert --from text - --max-input-size 1k -o stdin.xml < sample.txt")"
for bad in abc 0 -1 10X 1.5M '' 99999999999999999999 17179869184G; do
  expect "--max-input-size '$bad' is a usage error" 64 "$(status "$cli" convert sample.txt --max-input-size="$bad" -o bad.xml)"
done

# ---- the default limit: a huge file is refused from its size ---------------------
truncate -s 300M huge.txt
start=$(date +%s%N)
expect "a 300 MB input, default limit" 65 "$(status "$cli" convert huge.txt -o huge.xml)"
ms=$((($(date +%s%N) - start) / 1000000))
[ "$ms" -lt 2000 ] && ok "refused in $ms ms" || fail "refusing 300 MB took $ms ms: was it read?"
if [ -x /usr/bin/time ]; then
  kb=$(/usr/bin/time -f %M "$cli" convert huge.txt -o huge.xml 2>&1 >/dev/null | tail -1)
  [ "$kb" -lt 65536 ] && ok "refused in $kb KB" || fail "refusing 300 MB took $kb KB of memory"
fi
rm -f huge.txt

# ---- in a batch ------------------------------------------------------------------
head -c $((size * 3)) /dev/zero | tr '\0' 'x' >big.txt # 3× the sample: over 2× its size
for j in 1 2; do
  st=$(status "$cli" convert sample.txt big.txt small.md -j$j --max-input-size $((size * 2)) -o batch$j --report r$j.json)
  expect "batch -j$j with one input over the limit" 65 "$st"
  [ -s batch$j/sample.xml ] && [ -s batch$j/small.xml ] && [ ! -e batch$j/big.xml ] &&
    ok "batch -j$j: the others converted" || fail "batch -j$j: outputs $(ls batch$j 2>/dev/null | tr '\n' ' ')"
  grep -q 'big.txt: error: input larger than the limit' err || fail "batch -j$j: big.txt not reported"
  python3 -c "
import json, sys
r = json.load(open('r$j.json'))
by = {x['input']: x['status'] for x in r['inputs']}
assert by == {'sample.txt': 0, 'big.txt': 65, 'small.md': 0}, by
" || fail "batch -j$j: the report does not say big.txt 65"
done

# ---- time and memory limits with real conversions --------------------------------
formats=$(writers | paste -sd, -)
# An AddressSanitizer build cannot live under RLIMIT_AS (its shadow memory
# reserves terabytes of address space): there, only the time limit is tried.
memory=(--memory-limit 1G)
asan=0
if grep -qa __asan_init "$cli"; then
  asan=1 memory=()
  echo "note: AddressSanitizer build: --memory-limit not tried"
fi
expect "--time-limit 30 ${memory[*]} leave a healthy batch alone" 0 \
  "$(status "$cli" convert sample.txt small.md -j2 -t "$formats" --time-limit 30 "${memory[@]}" -o healthy)"
if [ $asan = 0 ]; then
  st=$(status "$cli" convert sample.txt small.md -j2 --memory-limit 8M -o starved)
  case $st in
  0) fail "--memory-limit 8M: converted anyway (is the limit applied?)" ;;
  65 | 70 | 74) ok "--memory-limit 8M: status $st" ;;
  *) fail "--memory-limit 8M: status $st: $(head -c 300 err)" ;;
  esac
  grep -qE 'sample\.txt(:[0-9]+)*: error' err || fail "--memory-limit 8M: no error naming the input"
  # RLIMIT_AS refuses new mappings only: a small input may still fit in the
  # slack the worker's heap already has, so only the inputs that failed
  # must have left nothing behind
  for f in sample small; do
    if grep -qE "$f\.[a-z]+(:[0-9]+)*: error" err && [ -e "starved/$f.xml" ]; then
      fail "--memory-limit 8M: $f failed but left starved/$f.xml"
    fi
  done
fi

finish limits
