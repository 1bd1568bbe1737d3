#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# A conversion that fails without a message still names its input: a job
# short of memory keeps its status but may lose the message it was
# formatting (core/src/job.c), as a -j2 batch under --memory-limit showed on
# a loaded machine.  Here every vasprintf fails (an LD_PRELOAD shim), so no
# job keeps a message; the CLI must still say which input failed and why.
# Usage: lost_message.sh MINUTES SOURCE_DIR BUILD_DIR
set -u
M=$1
if grep -qa __asan_init "$M"; then
  echo "AddressSanitizer build: it must come first in LD_PRELOAD; skipped"
  exit 77
fi
cc=$(command -v cc || command -v gcc || command -v clang) || { echo "no C compiler; skipped"; exit 77; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fail=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi; }

cat > shim.c <<'C'
#include <stdarg.h>
#include <stddef.h>
int vasprintf(char **strp, const char *fmt, va_list ap)
{
    (void)fmt, (void)ap;
    *strp = NULL;
    return -1;
}
C
"$cc" -shared -fPIC -o shim.so shim.c || { echo "cannot build the shim; skipped"; exit 77; }
printf '<minutes xmlns="urn:minutes:1"><body><p>cut off' > bad.xml
cp bad.xml bad2.xml

LD_PRELOAD=$PWD/shim.so "$M" convert bad.xml -t xml -o out.xml 2>err; rc=$?
check "one input: a failure status ($rc)" "[ $rc -ne 0 ]"
check "one input: an error naming it" "grep -q 'bad\.xml.*error' err"
check "one input: no output" "[ ! -e out.xml ]"

LD_PRELOAD=$PWD/shim.so "$M" convert bad.xml bad2.xml -j2 -t xml -o out 2>err; rc=$?
check "-j2 batch: a failure status ($rc)" "[ $rc -ne 0 ]"
check "-j2 batch: an error naming each input" "grep -q 'bad\.xml.*error' err && grep -q 'bad2\.xml.*error' err"
[ $fail = 0 ] || { echo "--- stderr:"; cat err; }
exit $fail
