#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Warnings people can manage: each has a name, shown with it
# ([-Wtracked-changes]) and in the report; -W no-NAME silences it, so that
# --strict passes on a document with a known issue (the DOCX sample, which has
# tracked changes); the names are one table, which `minutes help warnings`
# and the man page list, and every call site in the tree uses one of them.
# Usage: warnings.sh MINUTES SOURCE_DIR BUILD_DIR
set -u
M=$1 src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fail=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi; }
docx=$src/samples/igf-mag-xii.docx

"$M" convert "$docx" -o a.xml 2>e; rc=$?
check "the name is shown: [-Wtracked-changes]" "[ $rc = 0 ] && grep -q 'warning: .*\\[-Wtracked-changes\\]\$' e"
"$M" convert "$docx" --strict -o b.xml 2>e; rc=$?
check "--strict fails on the DOCX sample" "[ $rc = 65 ] && [ ! -e b.xml ]"
"$M" convert "$docx" --strict -W no-tracked-changes -o c.xml 2>e; rc=$?
check "--strict -W no-tracked-changes passes, nothing shown" "[ $rc = 0 ] && [ -s c.xml ] && [ ! -s e ]"
"$M" convert "$docx" -Wno-tracked-changes -o d.xml 2>e; rc=$?
check "-Wno-NAME glued" "[ $rc = 0 ] && [ ! -s e ]"
"$M" convert "$docx" -W no-tracked-changes -W tracked-changes -o e.xml 2>e; rc=$?
check "-W NAME takes it back" "grep -q 'Wtracked-changes' e"
"$M" convert "$docx" -W no-tracked-chagnes -o f.xml 2>e; rc=$?
check "an unknown name: 64, did you mean" "[ $rc = 64 ] && grep -q \"did you mean 'no-tracked-changes'\" e"

printf -- '---\ntitle: Call\n!!stray line\n---\n\nDate: 3 March 2026\n\nText.\n' > fm.md
"$M" convert fm.md -o h.xml 2>e
check "a plugin's warning has its name: [-Wfront-matter]" "grep -q '\\[-Wfront-matter\\]' e"
"$M" convert fm.md -W no-front-matter --strict -o h2.xml 2>e; rc=$?
check "and is silenced" "[ $rc = 0 ] && ! grep -q 'front-matter' e"

mkdir in; cp "$docx" in/a.docx; cp "$docx" in/b.docx
"$M" convert in -j2 -W no-tracked-changes --strict -o out --report r.json 2>e; rc=$?
check "silenced in a batch's workers too" "[ $rc = 0 ] && [ ! -s e ]"
"$M" convert in -j2 -o out2 --report r2.json --diagnostics=github 2>gh
check "the report's name field" "python3 -c \"import json; r = json.load(open('r2.json')); assert all(i['warnings'][0]['name'] == 'tracked-changes' for i in r['inputs'])\""
check "the annotation's title names it" "grep -q '^::warning file=in/a.docx,title=minutes -Wtracked-changes::' gh"

# ---- one table, listed everywhere, used everywhere ------------------------------------------
"$M" help warnings > names; rc=$?
kinds=$(awk '/^  [a-z]/ {print $1}' names)
check "help warnings lists 20 or more names" "[ $rc = 0 ] && [ \$(echo \"$kinds\" | wc -w) -ge 20 ]"
for k in $kinds; do
  check "man page names $k" "grep -qx -- \".B \$(printf '%s' '$k' | sed 's/-/\\\\\\\\-/g')\" '$src/docs/minutes.1'"
done
used=$(cd "$src" && grep -rhoE --include='*.c' 'mn_job_warning\([^,]+, *"[a-z0-9-]+"|warn\(tg, *"[a-z0-9-]+"' core plugins |
       grep -oE '"[a-z0-9-]+"' | tr -d '"' | sort -u)
check "call sites use 20 or more names" "[ \$(echo \"$used\" | wc -w) -ge 20 ]"
for u in $used; do
  check "'$u' (used in the tree) is in the table" "echo \"$kinds\" | grep -qx -- '$u'"
done
old=$(cd "$src" && grep -rn --include='*.c' 'mn_job_warn(' core plugins | grep -v 'core/src/job.c')
check "no call of the unnamed mn_job_warn in core/ or plugins/" "[ -z \"$old\" ] || { echo \"$old\"; false; }"
exit $fail
