# SPDX-License-Identifier: MIT
# Word's layout tables that reach the PDF writer as tables (a one-row strip
# "15 min | topic | presenter", a "Present | names" attendance form) are
# set as the form lays them out: each row's cells side by side on one line,
# label before value (test_pdf_units checks they have no rules or shading).
source "$(dirname "$0")/lib.sh"

corpus=$src/tests/fidelity/corpus
for stem in company/corrib-marketing-2020-06 council/glenmuir-cc-2025-09-02; do
    pdf=$work/$(basename $stem).pdf
    "$cli" convert -q "$corpus/$stem.docx" -t pdf -o "$pdf" 2>/dev/null ||
        fail "$stem: conversion failed"
    qpdf --check "$pdf" >/dev/null || fail "$stem: qpdf --check"
    pdftotext -layout "$pdf" "$work/$(basename $stem).txt"
done
txt=$work/corrib-marketing-2020-06.txt
for strip in "15 min +Summer campaign results +Aoife Brennan" "20 min +Website relaunch +Niamh Kearney" \
             "Marketing Team +Minutes"; do
    grep -Eq "^ *$strip *$" "$txt" || fail "the strip '$strip' is not one line"
done
txt=$work/glenmuir-cc-2025-09-02.txt
for field in "Apologies +Kirsty Baillie, Rev. Douglas Fyfe" "Absent +Struan Mackie" "Present +Morag Sinclair"; do
    grep -Eq "^ *$field" "$txt" || fail "the field '$field' is not label then value on one line"
done
# The label column is as wide as the labels: values start within 30% of the line.
col=$(grep -E "^ *Absent +Struan" "$txt" | sed -E 's/Struan.*//' | wc -c)
[ "$col" -lt 30 ] || fail "the values start at column $col"
