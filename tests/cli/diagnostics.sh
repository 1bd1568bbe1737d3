#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# CI integration: --diagnostics=github prints GitHub Actions annotations
# (::warning file=...,line=...::...), escaped as workflow commands need; the
# JSON report follows docs/report.schema.json (version 1), with each
# diagnostic's severity, file, line, name and message as fields.
# Usage: diagnostics.sh MINUTES SOURCE_DIR BUILD_DIR
set -u
M=$1 src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fail=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi; }

mkdir in
cp "$src/samples/igf-mag-xii.docx" in/tracked.docx           # warns: tracked changes
printf '<minutes xmlns="urn:minutes:1">\n<meta>' > 'in/bad, really: yes.xml'   # error on line 2
cp "$src/samples/wg-call.md" in/good.md

"$M" convert in -o out --diagnostics=github --report report.json -q >stdout 2>stderr; rc=$?
check "batch exits 65" "[ $rc = 65 ]"
check "a warning annotation with its file" "grep -q '^::warning file=in/tracked.docx,title=minutes' stderr"
check "an error annotation with file and line, escaped" "grep -q '^::error file=in/bad%2C really%3A yes.xml,line=2,title=minutes::' stderr"
check "no compiler-style lines" "! grep -q ': warning: \\|: error: ' stderr"
check "nothing on stdout" "[ ! -s stdout ]"
"$M" convert in/good.md --diagnostics=github -M title=$'two\nlines' -t xml > doc.xml 2>/dev/null
check "stdout keeps the document alone" "head -1 doc.xml | grep -q '^<?xml'"

"$M" convert in/tracked.docx -o t.xml 2>gnu; rc=$?
check "gnu is the default: FILE: warning: message" "grep -q '^in/tracked.docx: warning: ' gnu"
"$M" convert in/good.md --diagnostics=sarif -o x.xml 2>e; rc=$?
check "--diagnostics=sarif: 64" "[ $rc = 64 ] && grep -q 'gnu or github' e"
"$M" validate --diagnostics=github 'in/bad, really: yes.xml' 2>v; rc=$?
check "validate --diagnostics=github" "[ $rc = 65 ] && grep -q '^::error file=in/bad%2C' v"

# The report against its schema, and its fields.
"$M" convert in -o out2 --shard 1/1 --report report2.json -q 2>/dev/null
python3 - "$src/docs/report.schema.json" report.json report2.json <<'PY' > schema.out 2>&1
import json, sys
try:
    import jsonschema
except ImportError:
    sys.exit("python3-jsonschema is missing (.ci/setup installs it)")
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
for f in sys.argv[2:]:
    jsonschema.validate(json.load(open(f)), schema)
r = json.load(open('report.json'))
assert r['report_version'] == 1
by = {x['input']: x for x in r['inputs']}
w = by['in/tracked.docx']['warnings'][0]
assert w['severity'] == 'warning' and w['file'] == 'in/tracked.docx' and w['message'], w
e = by['in/bad, really: yes.xml']['errors'][0]
assert e['severity'] == 'error' and e['line'] == 2 and e['name'] is None, e
assert json.load(open('report2.json'))['shard'] == {'index': 1, 'count': 1}
print("report valid")
PY
check "reports valid against docs/report.schema.json, fields as fields" "grep -q 'report valid' schema.out || { cat schema.out; false; }"
exit $fail
