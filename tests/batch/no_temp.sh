#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# No temporary file is left beside an output, whatever ends the conversion
# while the output is half written: SIGKILL, SIGTERM, SIGINT, SIGHUP,
# --time-limit, a crash; in a single conversion and in a -j2 batch; sent to
# the process group (a terminal's ^C, a CI runner stopping a job) or to the
# batch's parent alone (its workers follow it).  Each time the directory
# holds exactly the earlier outputs, byte for byte.  A writer that stops
# half-way on request (stall.c) holds the output open while the signal comes.
#
# Outputs are written through an unnamed file (O_TMPFILE) linked into place
# when complete: while one is written nothing named exists.  Where the file
# system has no O_TMPFILE a named temporary is used and removed by the
# catchable signals; MINUTES_NO_O_TMPFILE=1 (for tests) forces that path,
# and its runs check that the temporary did exist while the writer stalled.
# SIGKILL cannot be caught: it is tried on the unnamed path only.
# Usage: no_temp.sh MINUTES SOURCE_DIR BUILD_DIR MODULE_DIR
set -u
set -m # background jobs get their own process group, and SIGINT is not ignored in them
M=$1 src=$2 mods=$4
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fail=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi; }
mkdir in && cp "$src/samples/wg-call.md" in/a.md && cp "$src/samples/wg-call.md" in/b.md

# Earlier outputs of both inputs, and a copy to compare with.
earlier() {
  rm -rf out out.orig ready && mkdir ready
  "$M" convert in -q -o out 2>/dev/null && cp -a out out.orig
}
# Nothing but the earlier outputs, byte for byte.
untouched() { [ "$(ls -A out)" = "$(ls -A out.orig)" ] && diff -r out out.orig >/dev/null; }
# Waits (a bounded number of times) until N writers hold their outputs open.
wait_ready() {
  for _ in $(seq 600); do [ "$(ls ready | wc -l)" -ge "$1" ] && return 0; sleep 0.05; done
  return 1
}
# Waits until the stalled writers' processes are gone (bounded).
wait_gone() {
  for _ in $(seq 600); do
    local alive=0
    for p in $(ls ready); do kill -0 "$p" 2>/dev/null && alive=1; done
    [ $alive = 0 ] && return 0
    sleep 0.05
  done
  return 1
}
# What the directory holds while the writers stall: on the unnamed path
# exactly the earlier outputs, on the named path a temporary beside them.
while_stalled() {
  if [ "$named" = 1 ]; then ls -A out | grep -q '\.tmp-'; else [ "$(ls -A out)" = "$(ls -A out.orig)" ]; fi
}

# NAME SIGNAL TARGET(group|parent) WRITERS ARGS...: a conversion whose writers
# stall, ended by SIGNAL; then the directory holds only the earlier outputs.
signalled() {
  local name=$1 sig=$2 target=$3 writers=$4; shift 4
  earlier
  MN_STALL=wait MN_STALL_READY=$PWD/ready "$M" --plugin-dir "$mods" convert -q -t stall "$@" 2>err &
  local pid=$!
  if ! wait_ready "$writers"; then
    check "$name: the writers stalled" false
    kill -KILL -- -$pid 2>/dev/null; wait $pid 2>/dev/null; return
  fi
  local stalled=0; while_stalled && stalled=1
  if [ "$target" = group ]; then kill -"$sig" -- -$pid; else kill -"$sig" $pid; fi
  wait $pid 2>/dev/null; local rc=$?
  wait_gone || kill -KILL -- -$pid 2>/dev/null
  check "$name: $([ $named = 1 ] && echo 'a named temporary' || echo 'nothing named') while writing" "[ $stalled = 1 ]"
  check "$name: died of SIG$sig" "[ $rc = $((128 + $(kill -l "$sig"))) ]"
  check "$name: earlier outputs intact, nothing else" untouched
}

# NAME MODE STATUS MESSAGE ARGS...: a writer that spins or crashes.
failed() {
  local name=$1 mode=$2 want=$3 msg=$4; shift 4
  earlier
  MN_STALL=$mode "$M" --plugin-dir "$mods" convert -q -t stall "$@" 2>err
  local rc=$?
  check "$name: status $want" "[ $rc = $want ]"
  [ -n "$msg" ] && check "$name: reported" "grep -q '$msg' err"
  check "$name: earlier outputs intact, nothing else" untouched
}

for named in 0 1; do
  if [ $named = 1 ]; then export MINUTES_NO_O_TMPFILE=1 way="named temporary"; else way=unnamed; fi
  sigs="TERM INT HUP"; [ $named = 0 ] && sigs="KILL $sigs"
  for sig in $sigs; do
    signalled "$way, single, SIG$sig" $sig group 1 in/a.md -o out/a.xml
    signalled "$way, -j2, SIG$sig" $sig group 2 in -j2 -o out
  done
  # The batch's parent alone: its workers end with it and clean up too.
  signalled "$way, -j2, SIGTERM to the parent" TERM parent 2 in -j2 -o out
  signalled "$way, -j2, SIGKILL to the parent" KILL parent 2 in -j2 -o out
  failed "$way, single, --time-limit" spin 70 'exceeded the time limit' in/a.md --time-limit 1 -o out/a.xml
  failed "$way, -j2, --time-limit" spin 70 'exceeded the time limit' in -j2 --time-limit 1 -o out
  failed "$way, single, crash" crash 134 '' in/a.md -o out/a.xml
  failed "$way, -j2, crash" crash 70 'conversion crashed' in -j2 -o out
done
unset MINUTES_NO_O_TMPFILE

# The report goes through the same writer: written whole, nothing beside it.
earlier
"$M" convert in -q -o out --report out/report.json 2>/dev/null
check "report written, nothing beside it" "python3 -c 'import json; json.load(open(\"out/report.json\"))' && [ \$(ls -A out | wc -l) = 3 ]"

[ $fail = 0 ] && echo "no_temp: all passed"
exit $fail
