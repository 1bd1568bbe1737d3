#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# RELIABILITY.md: "random bytes never crash".  Seeded random inputs — plain
# random bytes, random bytes behind each format's magic (zip, canonical XML,
# Markdown front matter, a UTF-16 BOM), and the samples truncated and with
# bytes flipped — go through probing and through each reader by name, to
# every output this build has.  Each conversion ends in 0 or 65 (with an
# error naming the input), within 20 seconds; never 70, never a signal; and
# what converts is sound.
# Random and magic-led inputs go through probing and every reader by name;
# damaged samples through probing (which picks their own reader).
# Usage: random_bytes.sh MINUTES SOURCE_DIR BUILD_DIR [COUNT per kind]
set -uo pipefail
cli=$1 src=$2 count=${4:-3}
. "$src/tests/reliability/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SOURCE_DATE_EPOCH=1763424000
formats=$(writers | paste -sd, -)
readers=$("$cli" plugins | awk '/^[^ ]/ && $3 ~ /^r[-w]$/ {print $1}')
cd "$tmp"
mkdir in

python3 - "$src/samples" "$count" <<'PY'
import os, random, sys
samples = sorted(os.path.join(sys.argv[1], f) for f in os.listdir(sys.argv[1])
                 if f.rsplit('.', 1)[-1] in ('txt', 'md', 'docx', 'xml'))
count = int(sys.argv[2])
r = random.Random(20251118)
def rnd(n): return bytes(r.randrange(256) for _ in range(n))
heads = {
    'raw': b'',
    'zip': b'PK\x03\x04\x14\x00\x00\x00\x08\x00',
    'xml': b'<?xml version="1.0"?><minutes xmlns="urn:minutes:1" version="1"><meta><title>',
    'md': b'---\ntitle: x\ndate: 2025-11-18\n---\n# 1. ',
    'utf16': b'\xff\xfe',
}
for kind, head in heads.items():
    for i in range(count):
        open('in/%s-%02d.bin' % (kind, i), 'wb').write(head + rnd(r.choice((1, 7, 100, 1000, 20000))))
for s in samples:
    data = open(s, 'rb').read()
    ext = s.rsplit('.', 1)[-1]
    base = os.path.basename(s).rsplit('.', 1)[0]
    for i in range(count):
        cut = data[:r.randrange(1, len(data))]
        open('in/cut-%s-%s-%02d.%s' % (base, ext, i, ext), 'wb').write(cut)
        flipped = bytearray(data)
        for _ in range(r.choice((1, 4, 32))):
            flipped[r.randrange(len(flipped))] = r.randrange(256)
        open('in/flip-%s-%s-%02d.%s' % (base, ext, i, ext), 'wb').write(bytes(flipped))
PY

n=0 converted=0
for f in in/*; do
  modes=(probe $readers)
  case $f in in/cut-* | in/flip-*) modes=(probe) ;; esac
  for from in "${modes[@]}"; do
    args=()
    [ "$from" != probe ] && args=(--from "$from")
    name=$(basename "$f")-$from
    n=$((n + 1))
    status=0
    timeout 20 "$cli" convert "${args[@]}" "$f" -t "$formats" -o "out/$name/" 2>err || status=$?
    case $status in
    0)
      converted=$((converted + 1))
      for fmt in ${formats//,/ }; do
        out=$(ls out/$name/*.$fmt 2>/dev/null | head -1)
        if [ -z "$out" ]; then
          fail "$name: converted without a $fmt output"
        elif ! why=$(sound "$out" "$fmt"); then
          fail "$name → $fmt: $why"
        fi
      done
      ;;
    65)
      grep -q "error: " err || fail "$name: 65 without an error message"
      [ -n "$(ls out/$name 2>/dev/null)" ] && fail "$name: refused but left outputs"
      ;;
    124) fail "$name: still running after 20 s" ;;
    *) fail "$name: status $status: $(grep -m2 . err | tr '\n' ' ')" ;;
    esac
    rm -rf "out/$name"
  done
done
echo "$n conversions, $converted converted, the rest refused with 65"
finish random_bytes
