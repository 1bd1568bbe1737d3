#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The bundled lexicons' compiled tables hold offsets, not pointers
# (core/src/lexicon_data.h, "the compiled form"): the library needs few
# load-time relocations.  With pointer tables every bundled language cost
# thousands (31,700 for three languages, 0.76 MB of relocation records and
# 0.7 MB of pages written at load, whichever language a document is in);
# the rest of the library needs under a thousand.
#     relocations.sh MINUTES SRC BUILD
set -eu
build=$3
lib=$build/core/libminutes.so
command -v readelf >/dev/null || { echo "readelf not installed"; exit 77; }
[ -e "$lib" ] || { echo "no $lib (static build?)"; exit 77; }
# AddressSanitizer's instrumentation adds tens of thousands of its own
# (globals' metadata): the count says nothing about our tables there
if grep -qE '^MINUTES_(SANITIZE|FUZZ):BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
    echo "sanitizer build: its instrumentation's relocations are not counted"
    exit 77
fi
n=$(readelf -r -W "$lib" | grep -cE '^[0-9a-f]{8,} ')
echo "libminutes: $n relocations"
if [ "$n" -gt 3000 ]; then
    echo "FAIL: more than 3000 load-time relocations: a table of pointers in the library (the bundled lexicons?)" >&2
    exit 1
fi
