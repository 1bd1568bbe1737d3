#!/bin/bash
# SPDX-License-Identifier: MIT
# user-lexicon.sh CLI SRC BUILD — --lexicon DIR end to end: a word added to a
# copy of the lexicon is a data change that the conversion follows (a group
# label the installed lexicon does not know); a copy with no change converts
# as the installed one does; a missing directory exits 66, an invalid
# lexicon 64 naming its file and line, and a batch says it once.
set -u
cli=$1 src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export MINUTES_PLUGIN_PATH=
fail() { echo "FAIL: $*"; exit 1; }

cat > "$tmp/notes.txt" <<'TXT'
Parish council — planning committee

1. Opening

In the room: Ana Lima, Tom Berg

2. Footpaths

The clerk reported on the footpath survey.
TXT
mkdir "$tmp/same" "$tmp/more" "$tmp/bad" "$tmp/empty"
cp "$src/lexicons/en.xml" "$tmp/same/en.xml"
"$cli" convert -q "$tmp/notes.txt" -o "$tmp/installed.xml" || fail "installed lexicon"
"$cli" convert -q --lexicon "$tmp/same" "$tmp/notes.txt" -o "$tmp/same.xml" || fail "a copy"
cmp -s "$tmp/installed.xml" "$tmp/same.xml" || fail "a copy of the lexicon changed the output"
grep -q 'label="In the room"' "$tmp/installed.xml" && fail "the installed lexicon already knows the label"

# The habit "In the room:" becomes a group label by adding one word.
sed 's|<w>observers</w>|<w>observers</w> <w>in the room</w>|' "$src/lexicons/en.xml" > "$tmp/more/en.xml"
cmp -s "$src/lexicons/en.xml" "$tmp/more/en.xml" && fail "the edit did not apply"
"$cli" convert -q --lexicon "$tmp/more" "$tmp/notes.txt" -o "$tmp/more.xml" || fail "an edited lexicon"
grep -q '<group label="In the room">' "$tmp/more.xml" || { cat "$tmp/more.xml"; fail "the added label was not read"; }
grep -q 'given="Ana"' "$tmp/more.xml" || fail "the group's people are missing"

# Errors: 66 for a directory that is not there or holds no lexicon, 64 for
# an invalid lexicon (file and line named), said once for a batch.
rc=0; "$cli" convert -q --lexicon "$tmp/none" "$tmp/notes.txt" -o "$tmp/x.xml" 2> "$tmp/err" || rc=$?
[ $rc -eq 66 ] || fail "missing directory: $rc"
grep -q "lexicon directory $tmp/none" "$tmp/err" || fail "missing directory message: $(cat "$tmp/err")"
rc=0; "$cli" convert -q --lexicon "$tmp/empty" "$tmp/notes.txt" -o "$tmp/x.xml" 2> "$tmp/err" || rc=$?
[ $rc -eq 66 ] && grep -q "holds no lexicon" "$tmp/err" || fail "empty directory: $rc $(cat "$tmp/err")"
sed 's|<words name="not-names">|<words name="not-names"><w> padded </w>|' "$src/lexicons/en.xml" > "$tmp/bad/en.xml"
rc=0; "$cli" convert -q --lexicon "$tmp/bad" "$tmp/notes.txt" -o "$tmp/x.xml" 2> "$tmp/err" || rc=$?
[ $rc -eq 64 ] || fail "invalid lexicon: $rc"
grep -q "$tmp/bad/en.xml:[0-9]*: schema:" "$tmp/err" || fail "invalid lexicon message: $(cat "$tmp/err")"
cp "$tmp/notes.txt" "$tmp/notes2.txt"
rc=0; "$cli" convert -q --lexicon "$tmp/bad" "$tmp/notes.txt" "$tmp/notes2.txt" -o "$tmp/out" 2> "$tmp/err" || rc=$?
[ $rc -eq 64 ] || fail "invalid lexicon in a batch: $rc"
[ "$(grep -c "schema:" "$tmp/err")" -eq 1 ] || fail "a batch said it more than once: $(cat "$tmp/err")"
[ -e "$tmp/out/notes.xml" ] && fail "a batch converted with an invalid lexicon"
echo "user lexicon: ok"
