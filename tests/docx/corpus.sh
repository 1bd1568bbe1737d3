#!/bin/bash
# SPDX-License-Identifier: MIT
# corpus.sh CLI SRC BUILD — converts every DOCX of ../shared/corpus/docx/
# (skipped, status 77, when the folder is absent): no crash, no hang, every
# output valid against the schema, and pandoc's words (peer-text/) found in
# ours with a median recall of at least 0.98.
set -u
cli=$1 src=$2 build=$3
corpus=${MINUTES_CORPUS:-$src/../shared/corpus}
[ -d "$corpus/docx" ] || { echo "no corpus at $corpus: skipped"; exit 77; }
out=$build/tests/docx/corpus-out
rm -rf "$out" && mkdir -p "$out"
export MINUTES_PLUGIN_PATH=

files=0 crashes=0 valid=0 failed=0 pairs=()
for f in "$corpus"/docx/*/*.docx; do
    set_name=$(basename "$(dirname "$f")") name=$(basename "$f" .docx)
    xml=$out/$set_name-$name.xml
    files=$((files + 1))
    timeout 30 "$cli" convert -q -f docx "$f" -o "$xml" 2> "$out/$set_name-$name.err"
    rc=$?
    # 65 (bad data) is a refusal; anything else but 0 is a crash, a hang
    # (124), a sanitizer report or an internal error
    if { [ $rc -ne 0 ] && [ $rc -ne 65 ]; } || grep -q "Sanitizer\|runtime error" "$out/$set_name-$name.err"; then
        echo "CRASH or HANG ($rc): $f"; cat "$out/$set_name-$name.err"
        crashes=$((crashes + 1)); continue
    fi
    if [ $rc -ne 0 ]; then
        echo "refused ($rc): $f: $(head -c 300 "$out/$set_name-$name.err")"
        failed=$((failed + 1)); continue
    fi
    if xmllint --noout --schema "$src/schemas/minutes-1.xsd" "$xml" 2> "$out/$set_name-$name.xsd"; then
        valid=$((valid + 1))
    else
        echo "INVALID: $f"; head -5 "$out/$set_name-$name.xsd"
    fi
    peer=$corpus/peer-text/$set_name/$name.txt
    [ -f "$peer" ] && pairs+=("$peer" "$xml")
done
python3 "$src/tests/docx/recall.py" --median "${pairs[@]}" > "$out/recall.txt" || exit 1
sort -n "$out/recall.txt" | head -12
median=$(awk '/^median/ {print $2}' "$out/recall.txt")
echo "files $files, crashes/hangs $crashes, refused $failed, schema-valid $valid, $(tail -1 "$out/recall.txt")"
[ "$crashes" -eq 0 ] || exit 1
[ "$valid" -eq $((files - failed)) ] || exit 1
awk -v m="$median" 'BEGIN { exit !(m >= 0.98) }' || { echo "median recall $median below 0.98"; exit 1; }
