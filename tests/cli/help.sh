#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Help where people look: `minutes help COMMAND`, `COMMAND --help`; every
# option of convert in --help, the man page, the README and the bash
# completion (values too: -t lists, --paper=, --deadlines=); "did you mean"
# for a misspelt command, format or option; formats in any case;
# --plugin-dir after the command; --version with licence and bug address.
# Usage: help.sh MINUTES SOURCE_DIR BUILD_DIR PLUGIN_TEST_MODS
set -u
M=$1 src=$2 mods=$4
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fail=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi; }
md=$src/samples/wg-call.md

# ---- help on each command --------------------------------------------------------
"$M" help convert > h1; rc=$?
check "help convert exits 0" "[ $rc = 0 ] && grep -q '^usage: minutes convert' h1"
"$M" convert --help > h2
check "convert --help is help convert" "cmp -s h1 h2"
"$M" validate --help > h3; rc=$?
check "validate --help" "[ $rc = 0 ] && grep -q '^usage: minutes validate' h3"
"$M" plugins --help > h4; rc=$?
check "plugins --help" "[ $rc = 0 ] && grep -q '^usage: minutes plugins' h4"
"$M" help > h5; rc=$?
check "help alone: the commands" "[ $rc = 0 ] && grep -q 'help \[COMMAND\]' h5"
"$M" help frobnicate 2>e; rc=$?
check "help on nothing known: 64" "[ $rc = 64 ]"
check "plugin options in convert --help" "grep -q -- '--paper=a4|letter' h1 && grep -q -- '--deadlines=' h1"
check "an option of two plugins listed once, with both" "[ \$(grep -c -- '--style=FILE' h1) = 1 ] && grep -A3 -- '--style=FILE' h1 | grep -q '(html, pdf)'"

# ---- every option everywhere -------------------------------------------------------
core=$(sed -n '/^Options:/,/^Options of the plugins/p' h1 | grep -oE '^ {2,6}(-[a-zA-Z], +)?--?[a-zA-Z][a-zA-Z-]*' |
       grep -oE -- '--?[a-zA-Z][a-zA-Z-]*')
check "convert --help lists options" "[ \$(echo \"$core\" | wc -w) -ge 20 ]"
for o in $core; do
  man=$(printf '%s' "$o" | sed 's/-/\\\\-/g')
  check "man page has $o" "grep -q -- '\\\\fB$man\\\\fR' '$src/docs/minutes.1'"
  check "README has $o" "grep -qE -- '\`$o[ =\`/]' '$src/README.md'"
done

# ---- did you mean ---------------------------------------------------------------------
"$M" convert "$md" -t pfd 2>e; rc=$?
check "misspelt format: 64, did you mean pdf" "[ $rc = 64 ] && grep -q \"did you mean 'pdf'\" e"
"$M" convert "$md" -f markdwn 2>e; rc=$?
check "misspelt reader: did you mean markdown" "[ $rc = 64 ] && grep -q \"did you mean 'markdown'\" e"
"$M" convert "$md" --shrad 1/2 -o o 2>e; rc=$?
check "misspelt option: did you mean --shard" "[ $rc = 64 ] && grep -q \"did you mean '--shard'\" e"
"$M" convert "$md" -t pdf --papr=letter -o o.pdf 2>e; rc=$?
check "misspelt plugin option: did you mean --paper" "[ $rc = 64 ] && grep -q \"did you mean '--paper'\" e"
"$M" convert "$md" -t xml --paper=letter -o o.xml 2>e; rc=$?
check "an option of an unused writer names it" "[ $rc = 64 ] && grep -q 'pdf plugin' e"
"$M" conver "$md" 2>e; rc=$?
check "misspelt command: did you mean convert" "[ $rc = 64 ] && grep -q \"did you mean 'convert'\" e"

# ---- formats in any case --------------------------------------------------------------
"$M" convert "$md" -t XML -o upper.xml 2>e; rc=$?
check "-t XML" "[ $rc = 0 ] && grep -q 'urn:minutes:1' upper.xml"
"$M" convert "$md" -f MarkDown -t Xml,ICS -o mixed/ 2>e; rc=$?
check "-f MarkDown -t Xml,ICS" "[ $rc = 0 ] && [ -s mixed/wg-call.xml ] && [ -s mixed/wg-call.ics ]"

# ---- --plugin-dir after the command -----------------------------------------------------
echo fine > w.crashy
"$M" convert w.crashy --plugin-dir "$mods" -o after.xml 2>e; rc=$?
check "--plugin-dir after convert" "[ $rc = 0 ] && [ -s after.xml ]"
"$M" convert w.crashy -o after2.xml --plugin-dir="$mods" 2>e; rc=$?
check "--plugin-dir=DIR after convert" "[ $rc = 0 ] && [ -s after2.xml ]"
"$M" plugins --plugin-dir "$mods" > pl
check "--plugin-dir after plugins" "grep -q '^crashy ' pl"

# ---- --version ---------------------------------------------------------------------------
"$M" --version > v; rc=$?
check "--version: name and version first" "[ $rc = 0 ] && head -1 v | grep -qE '^minutes [0-9]+\.[0-9]+\.[0-9]+$'"
check "--version: licence" "grep -q '^License MIT' v && grep -q 'NO WARRANTY' v"
check "--version: bug address" "grep -qE '^Report bugs to: <.+@.+>' v"

# ---- one version for everything -----------------------------------------------------
"$M" plugins > pv
v=$(head -1 v | cut -d' ' -f2)
check "every plugin is of minutes' version ($v)" "[ \"\$(awk '/^[^ ]/ {print \$2}' pv | sort -u)\" = '$v' ]"

# ---- bash completion of option values ------------------------------------------------
mkdir bin && ln -s "$M" bin/minutes
cat > comp.sh <<'SH'
source "$1"
complete_words() { COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMPREPLY=(); _minutes; echo "${COMPREPLY[*]}"; }
complete_words minutes convert x.md -t xml,p
complete_words minutes convert x.md --paper = le
complete_words minutes convert x.md --deadlines ""
complete_words minutes convert x.md --date-order ""
complete_words minutes convert --time-l
complete_words minutes help va
complete_words minutes convert x.md -W no-trac
SH
PATH=$tmp/bin:$PATH bash comp.sh "$src/docs/minutes.bash-completion" > comp.out 2>&1
check "completion: -t xml,p → xml,pdf" "sed -n 1p comp.out | grep -qx 'xml,pdf'"
check "completion: --paper=le → letter" "sed -n 2p comp.out | grep -qx 'letter'"
check "completion: --deadlines= → todo events" "sed -n 3p comp.out | grep -qx 'todo events'"
check "completion: --date-order → dmy mdy" "sed -n 4p comp.out | grep -qx 'dmy mdy'"
check "completion: --time-l → --time-limit" "sed -n 5p comp.out | grep -qx -- '--time-limit'"
check "completion: help va → validate" "sed -n 6p comp.out | grep -qx validate"
check "completion: -W no-trac → no-tracked-changes" "sed -n 7p comp.out | grep -qx no-tracked-changes"

exit $fail
