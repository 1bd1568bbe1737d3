#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# End to end through the CLI with the plain-text reader.
# Usage: text_e2e.sh MINUTES SOURCE_DIR BUILD_DIR
#   - the sample converts, validates, and keeps its participants table
#     (33 people in 7 groups), sections, lists, actions and links;
#   - the same sample in UTF-16LE/BE with a BOM and with CRLF or CR line ends
#     gives the same document;
#   - Windows-1252 and invalid UTF-8 convert with a warning;
#   - an empty file and random bytes end in a clear error and a non-zero
#     status; random bytes forced through the reader never crash it.
set -euo pipefail
cli=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sample=$src/samples/igf-mag-xii.txt
failures=0

fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

valid() { # FILE: accepted by the CLI and by xmllint against the schema
  "$cli" validate "$1" >/dev/null || fail "minutes validate rejects $1"
  xmllint --noout --schema "$src/schemas/minutes-1.xsd" "$1" 2>/dev/null ||
    fail "xmllint --schema rejects $1"
}

xp() { # EXPR FILE: the XPath's value (string or number)
  xmllint --xpath "$1" "$2" 2>/dev/null || true
}

expect() { # EXPR FILE WANT
  local got
  got=$(xp "$1" "$2")
  [ "$got" = "$3" ] || fail "$1 in $(basename "$2"): got '$got', want '$3'"
}

el() { echo "*[local-name()='$1']"; }

# ---- the sample ------------------------------------------------------------------
"$cli" convert "$sample" -o "$tmp/seed.xml" 2>"$tmp/seed.err" || fail "the sample does not convert"
[ -s "$tmp/seed.err" ] && fail "warnings on the sample: $(cat "$tmp/seed.err")"
valid "$tmp/seed.xml"
f=$tmp/seed.xml
expect "string(/$(el minutes)/@version)" "$f" 1
expect "string(//$(el source)/@format)" "$f" text
# The participants table survives: 7 groups, 33 people, the three after the
# page-break blank lines in the last group included.
expect "count(//$(el participants)/$(el group))" "$f" 7
expect "count(//$(el participants)//$(el person))" "$f" 33
expect "count(//$(el group)[@label='MAG Members']/$(el person))" "$f" 15
expect "count(//$(el group)[@label='IGF Secretariat']/$(el person))" "$f" 6
expect "string(//$(el person)[@family='Bou Harb']/@given)" "$f" Zeina
expect "string(//$(el group)[last()]/$(el person)[last()]/@family)" "$f" Mazzucchi
# The body: five numbered sections, four sub-sections in the fourth, the
# agenda's six items, the nested side-event list, arrows as actions, links.
expect "count(/$(el minutes)/$(el body)/$(el section))" "$f" 5
expect "count(//$(el section)[@n='4']/$(el section))" "$f" 4
expect "count(//$(el agenda)/$(el item))" "$f" 6
expect "count(//$(el item)/$(el list)/$(el item))" "$f" 4
expect "count(//$(el action))" "$f" 5
expect "count(//$(el link)[@href='#'])" "$f" 9
expect "count(//$(el body)//$(el table))" "$f" 0
expect "string((//$(el link))[2])" "$f" "Wednesday 19 November (04:00 UTC)"

# ---- the same sample in other encodings and line ends ----------------------------
without_source() { grep -v '<source ' "$1"; }
for form in utf16le-crlf utf16be-lf utf8bom-cr utf8-crlf; do
  in=$tmp/$form.txt
  case $form in
  utf16le-crlf) { printf '\xff\xfe'; sed 's/$/\r/' "$sample" | iconv -f UTF-8 -t UTF-16LE; } >"$in" ;;
  utf16be-lf) { printf '\xfe\xff'; iconv -f UTF-8 -t UTF-16BE "$sample"; } >"$in" ;;
  utf8bom-cr) { printf '\xef\xbb\xbf'; tr '\n' '\r' <"$sample"; } >"$in" ;;
  utf8-crlf) sed 's/$/\r/' "$sample" >"$in" ;;
  esac
  if "$cli" convert "$in" -o "$tmp/$form.xml" 2>"$tmp/$form.err"; then
    [ -s "$tmp/$form.err" ] && fail "$form: warnings: $(cat "$tmp/$form.err")"
    diff <(without_source "$tmp/seed.xml" | sed 's/igf-mag-xii/X/') \
      <(without_source "$tmp/$form.xml" | sed "s/$form/X/") >/dev/null ||
      fail "$form gives another document"
  else
    fail "$form does not convert"
  fi
done

# ---- Windows-1252 and invalid UTF-8: converted, with a warning --------------------
printf 'Caf\xe9 committee\n\n18 November 2025 | 11:00 UTC | Online\n\n1. Budget\n\n\x95 The \x93draft\x94 was shared\x85\n\x95 Na\xefve \xff item\n' \
  >"$tmp/cp1252.txt"
if "$cli" convert "$tmp/cp1252.txt" -o "$tmp/cp1252.xml" 2>"$tmp/cp1252.err"; then
  grep -q 'warning: .*Windows-1252' "$tmp/cp1252.err" || fail "no Windows-1252 warning"
  [ "$(grep -c warning "$tmp/cp1252.err")" = 1 ] || fail "more than one warning: $(cat "$tmp/cp1252.err")"
  valid "$tmp/cp1252.xml"
  expect "string(//$(el title))" "$tmp/cp1252.xml" "Café committee"
  expect "string(//$(el item)[1])" "$tmp/cp1252.xml" "The “draft” was shared…"
  expect "string(//$(el item)[2])" "$tmp/cp1252.xml" "Naïve ÿ item"
else
  fail "Windows-1252 text does not convert"
fi
printf 'Title\n\nbell \a and \001 and \xc0\xaf here\n' >"$tmp/bad.txt"
if "$cli" convert "$tmp/bad.txt" -o "$tmp/bad.xml" 2>"$tmp/bad.err"; then
  grep -q warning "$tmp/bad.err" || fail "invalid UTF-8 converted without a warning"
  valid "$tmp/bad.xml"
else
  fail "invalid UTF-8 does not convert"
fi

# ---- empty and random input: a clear error, nothing written ------------------------
: >"$tmp/empty.txt"
printf '\n \t\r\n\n' >"$tmp/blank.txt"
python3 -c 'import random, sys; r = random.Random(2025); sys.stdout.buffer.write(bytes(r.randrange(256) for _ in range(5000)))' \
  >"$tmp/random.txt"
for name in empty blank random; do
  set +e
  "$cli" convert "$tmp/$name.txt" -o "$tmp/$name.xml" 2>"$tmp/$name.err"
  status=$?
  set -e
  [ "$status" = 65 ] || fail "$name input: status $status, want 65"
  grep -q "$name.txt: error: " "$tmp/$name.err" || fail "$name input: no error naming the file"
  [ -e "$tmp/$name.xml" ] && fail "$name input left an output"
done
# Forced through the reader, random bytes are text with bad bytes replaced.
for seed in 1 2 3 4 5; do
  python3 -c "import random, sys; r = random.Random($seed); sys.stdout.buffer.write(bytes(r.randrange(256) for _ in range(20000)))" \
    >"$tmp/r$seed.bin"
  set +e
  "$cli" convert --from text "$tmp/r$seed.bin" -o "$tmp/r$seed.xml" 2>"$tmp/r$seed.err"
  status=$?
  set -e
  if [ "$status" = 0 ]; then
    grep -q warning "$tmp/r$seed.err" || fail "random bytes $seed: no warning"
    valid "$tmp/r$seed.xml"
  elif [ "$status" != 65 ]; then
    fail "random bytes $seed through the text reader: status $status"
  fi
done

# ---- stdin (named: without a file name, probing may prefer another reader) ----------
"$cli" convert --from text - -o "$tmp/stdin.xml" <"$sample" 2>/dev/null || fail "stdin does not convert"
diff <(without_source "$tmp/seed.xml") <(without_source "$tmp/stdin.xml") >/dev/null ||
  fail "stdin gives another document"

[ "$failures" = 0 ] || { echo "$failures failure(s)" >&2; exit 1; }
echo "text_e2e: all checks passed"
