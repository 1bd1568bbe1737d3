# SPDX-License-Identifier: MIT
# The PDF writer under an address-space limit (ulimit -v, --memory-limit):
# the same limited conversion, run RUNS times at each limit across the
# range, ends the same way every time: converted, or exit 70 with "out of
# memory in the PDF writer" and no PDF; never a signal (Pango and GLib abort
# with SIGTRAP when a thread or an allocation fails, fontconfig crashes).
# Single conversions and a -j2 batch; the writer's fonts and, for a script
# they lack, the system's; a long paragraph.  The range must hold both outcomes.  No timing.
source "$(dirname "$0")/lib.sh"

# An AddressSanitizer build cannot run under RLIMIT_AS (its shadow memory
# reserves terabytes of address space).
if grep -qa __asan_init "$cli"; then
  echo "AddressSanitizer build: RLIMIT_AS cannot be applied; skipped"
  exit 77
fi

runs=3
limits="48 64 72 80 88 96 112 128 160 240 300"
msg="out of memory in the PDF writer"
sample=$src/samples/igf-mag-xii.docx
batch=$work/batch-in
mkdir -p "$batch"
cp "$src/samples/igf-mag-xii.docx" "$batch/a.docx"
cp "$src/samples/igf-mag-xii.md" "$batch/b.md"
cp "$src/samples/igf-mag-xii.txt" "$batch/c.txt"
seen_ok=0 seen_oom=0

# One run: "STATUS|OUTPUTS|LINES SAYING MSG".  HOW is "ulimit" (ulimit -v MiB)
# or "option" (--memory-limit MiB); the rest is the conversion.
run() {
  local how=$1 mib=$2 out=$3
  shift 3
  rm -rf "$out" "$work/err"
  local st=0
  if [ "$how" = ulimit ]; then
    (ulimit -v $((mib * 1024)) && exec "$cli" convert -q "$@") 2>"$work/err" || st=$?
  else
    "$cli" convert -q --memory-limit "${mib}M" "$@" 2>"$work/err" || st=$?
  fi
  local outputs oom
  outputs=$(ls "$out" 2>/dev/null | sort | tr '\n' ' ' || true)
  oom=$(grep -c "$msg" "$work/err" || true)
  echo "$st|$outputs|$oom"
}

pdfs() { # how many PDF files the list names
  local n=0 f
  for f in $1; do case $f in *.pdf) n=$((n + 1)) ;; esac; done
  echo $n
}

# One run's ending GOT ("STATUS|OUTPUTS|OOM LINES") judged: never a signal,
# no temporary file, and either every output written or exit 70 with each
# missing PDF reported as out of memory.
judge() {
  local what=$1 how=$2 mib=$3 want_outputs=$4 got=$5 st outputs oom
  IFS='|' read -r st outputs oom <<<"$got"
  [ "$st" -lt 128 ] || fail "$what, $how $mib MiB: killed by signal $((st - 128)) ($(head -c 300 "$work/err"))"
  find "$work" -name '*.tmp-*' | grep -q . && fail "$what, $how $mib MiB: a temporary file was left"
  if [ "$st" = 0 ]; then
    [ "$outputs" = "$want_outputs " ] || fail "$what, $how $mib MiB: converted, but outputs $outputs"
    seen_ok=1
  elif [ "$oom" -gt 0 ]; then
    [ "$st" = 70 ] || fail "$what, $how $mib MiB: '$msg' with status $st, not 70"
    # In a batch some inputs may fit: each PDF is written or reported.
    [ $(($(pdfs "$outputs") + oom)) = "$(pdfs "$want_outputs")" ] ||
      fail "$what, $how $mib MiB: $oom inputs out of memory, yet PDFs $outputs"
    seen_oom=1
  elif [ "$mib" -ge 96 ]; then
    # Below that the program may not even load its plugins; above, only
    # the PDF writer may give out.
    fail "$what, $how $mib MiB: status $st without '$msg': $(head -c 300 "$work/err")"
  fi
}

# RUNS runs of one conversion at each limit, each judged.  SAME=1: every
# run ends the same way.  A -j2 batch is SAME=0: which worker takes which
# input depends on the scheduler, and a worker that converted one input
# already holds more heap when it takes the next, so near the limit an
# input may fit in one run and not in the next (seen on a loaded machine).
check() {
  local what=$1 same=$2 how=$3 out=$4 want_outputs=$5
  shift 5
  for mib in $limits; do
    local first="" got
    for ((i = 0; i < runs; i++)); do
      got=$(run "$how" "$mib" "$out" "$@")
      [ -z "$first" ] && first=$got
      [ "$same" = 0 ] || [ "$got" = "$first" ] ||
        fail "$what, $how $mib MiB: run $((i + 1)) ended '$got', run 1 '$first' ($(head -c 300 "$work/err"))"
      judge "$what" "$how" "$mib" "$want_outputs" "$got"
    done
    echo "$what, $how $mib MiB: $first"
  done
}

check "sample" 1 ulimit "$work/one.pdf" "$work/one.pdf" "$sample" -t pdf -o "$work/one.pdf"
check "sample" 1 option "$work/one.pdf" "$work/one.pdf" "$sample" -t pdf -o "$work/one.pdf"
check "three formats" 1 ulimit "$work/out" "igf-mag-xii.ics igf-mag-xii.pdf igf-mag-xii.xml" "$sample" -t xml,pdf,ics -o "$work/out"
check "batch -j2" 0 ulimit "$work/out" "a.pdf b.pdf c.pdf" "$batch" -j2 -t pdf -o "$work/out"
check "batch -j2" 0 option "$work/out" "a.pdf b.pdf c.pdf" "$batch" -j2 -t pdf -o "$work/out"
# Scripts the writer's own fonts lack: set again with the system's.
check "other scripts" 1 ulimit "$work/s.pdf" "$work/s.pdf" "$here/fixtures/scripts.xml" -t pdf -o "$work/s.pdf"
# A paragraph of 256 KB, set in pieces (pieces.c) and streamed.
python3 "$src/bench/gen-paragraph.py" 256K txt "$work/para.txt"
limits="64 96 112 128 160 300"
check "long paragraph" 1 ulimit "$work/p.pdf" "$work/p.pdf" "$work/para.txt" -t pdf -o "$work/p.pdf"

[ "$seen_ok" = 1 ] || fail "no limit let the PDF be written: the range is too low"
[ "$seen_oom" = 1 ] || fail "no limit ran the PDF writer out of memory: the range is too high"
echo "memlimit: all checks passed"
