# SPDX-License-Identifier: MIT
# Valid documents that are hard to set (gen_hostile.py): each converts,
# within a bound of CPU time (not wall-clock time, which a loaded machine or
# ctest -j8 stretches), to a PDF that qpdf accepts and whose every word stays
# inside the text block.
source "$(dirname "$0")/lib.sh"

for kind in deep wide notes huge items title empty; do
    python3 "$here/gen_hostile.py" "$kind" >"$work/$kind.xml"
    "$cli" validate "$work/$kind.xml" >/dev/null || fail "$kind: the generated document is not valid"
    # ulimit -t: the kernel ends the conversion (SIGXCPU) past 60 s of CPU.
    (ulimit -t 60 && exec "$cli" convert -q "$work/$kind.xml" -t pdf -o "$work/$kind.pdf") ||
        fail "$kind: conversion failed or used over 60 s of CPU time"
    echo "$kind: $(info "$work/$kind.pdf" Pages) pages"
    qpdf --check "$work/$kind.pdf" >/dev/null || fail "$kind: qpdf --check"
    $check margins "$work/$kind.pdf" $(block a4) || fail "$kind: margins"
    $check footer "$work/$kind.pdf" || fail "$kind: footer"
done
# Nothing is lost: the last of 3,000 items, the deepest item, the last note.
pdftotext "$work/items.pdf" - | grep -q "item 2999" || fail "items: the last item is missing"
pdftotext "$work/deep.pdf" - | grep -q "deepest" || fail "deep: the innermost item is missing"
pdftotext "$work/notes.pdf" - | grep -q "note 299 " || fail "notes: the last note is missing"
