#!/bin/bash
# SPDX-License-Identifier: MIT
# seed.sh CLI SRC BUILD — the Word form of the seed: the script rebuilds
# samples/igf-mag-xii.docx byte for byte from its parts, and its canonical
# XML equals the text form's (samples/igf-mag-xii.xml, when that golden file
# exists, and the text sample converted now) apart from <source> and the
# language: the Word form declares en-GB (w:lang in its styles), the text
# says nothing and is "en".  The
# tracked change and the footnote inside its deletion show only when the
# deletion is kept.
set -eu
cli=$1 src=$2 build=$3
out=$build/tests/docx/seed
rm -rf "$out" && mkdir -p "$out"
export MINUTES_PLUGIN_PATH=

bash "$src/tests/docx/make-seed-docx.sh" "$out/igf-mag-xii.docx"
cmp "$out/igf-mag-xii.docx" "$src/samples/igf-mag-xii.docx" ||
    { echo "samples/igf-mag-xii.docx is not what tests/docx/make-seed-docx.sh builds"; exit 1; }

"$cli" convert "$out/igf-mag-xii.docx" -o "$out/docx.xml" 2> "$out/docx.err"
grep -q "tracked changes" "$out/docx.err" || { echo "no tracked-change warning"; cat "$out/docx.err"; exit 1; }
"$cli" convert "$src/samples/igf-mag-xii.txt" -o "$out/txt.xml"
strip() { grep -v '<source ' "$1" | sed '2s/ xml:lang="[^"]*"//'; }
grep -q '<minutes [^>]*xml:lang="en-GB"' "$out/docx.xml" || { echo "the Word form's language is not en-GB"; exit 1; }
diff <(strip "$out/txt.xml") <(strip "$out/docx.xml")
if [ -f "$src/samples/igf-mag-xii.xml" ]; then
    diff <(strip "$src/samples/igf-mag-xii.xml") <(strip "$out/docx.xml")
else
    echo "samples/igf-mag-xii.xml not there yet: compared with the text sample only"
fi
grep -q '<source format="docx" name="igf-mag-xii.docx"' "$out/docx.xml"
"$cli" validate "$out/docx.xml"

# Rejecting the change brings back "by phone" and its footnote, drops "via email".
"$cli" convert --track-changes=reject "$out/igf-mag-xii.docx" -o "$out/reject.xml" 2>/dev/null
grep -q 'upcoming meeting by phone' "$out/reject.xml"
grep -q '<note>A call with the MAG Chair was considered first' "$out/reject.xml"
! grep -q 'via email' "$out/reject.xml"
"$cli" convert --track-changes=all "$out/igf-mag-xii.docx" -o "$out/all.xml" 2>/dev/null
grep -q 'by phone.*via email' "$out/all.xml"
# A bad value is a usage error.
set +e
"$cli" convert --track-changes=perhaps "$out/igf-mag-xii.docx" -o "$out/bad.xml" 2>/dev/null
rc=$?
set -e
[ "$rc" -eq 64 ] || { echo "--track-changes=perhaps gave $rc, want 64"; exit 1; }
echo "seed ok"
