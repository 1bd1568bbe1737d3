#!/bin/bash
# SPDX-License-Identifier: MIT
# unstyled.sh CLI SRC BUILD — the seed typed into Word without styles (every
# paragraph Normal, participants as tab rows) goes through the same passes as
# the text form and gives the same canonical XML, apart from <source>.
set -eu
cli=$1 src=$2 build=$3
out=$build/tests/docx/unstyled
rm -rf "$out" && mkdir -p "$out"
export MINUTES_PLUGIN_PATH=
python3 "$src/tests/docx/unstyled-docx.py" "$src/samples/igf-mag-xii.txt" "$out/typed.docx"
"$cli" convert "$out/typed.docx" -o "$out/typed.xml"
"$cli" convert "$src/samples/igf-mag-xii.txt" -o "$out/txt.xml"
strip() { grep -v '<source ' "$1"; }
diff <(strip "$out/txt.xml") <(strip "$out/typed.xml")
if [ -f "$src/samples/igf-mag-xii.xml" ]; then
    diff <(strip "$src/samples/igf-mag-xii.xml") <(strip "$out/typed.xml")
fi
echo "unstyled ok"
