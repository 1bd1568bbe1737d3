#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Golden tests of the Markdown reader through the whole pipeline.
# Usage: golden.sh MINUTES SOURCE_DIR BUILD_DIR CASE
#   igf          samples/igf-mag-xii.md gives the text sample's canonical XML
#                (samples/igf-mag-xii.xml, and what the text reader gives now),
#                apart from meta/source
#   wg-call      samples/wg-call.md gives samples/wg-call.xml, byte for byte
#   frontmatter  a front-matter block wins over what the text says
set -euo pipefail
cli=$1 src=$2 case=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
samples=$src/samples

convert() { # INPUT OUTPUT: converts, then checks the result against the schema
  "$cli" convert "$1" -o "$2"
  "$cli" validate "$2" >/dev/null
  xmllint --noout --schema "$src/schemas/minutes-1.xsd" "$2" 2>/dev/null
}
without_source() { grep -v '<source ' "$1"; }
xpath() { xmllint --xpath "string($1)" "$2"; }

case $case in
igf)
  convert "$samples/igf-mag-xii.md" "$tmp/md.xml"
  convert "$samples/igf-mag-xii.txt" "$tmp/txt.xml"
  diff -u <(without_source "$tmp/txt.xml") <(without_source "$tmp/md.xml")
  [ -f "$samples/igf-mag-xii.xml" ] || { echo "samples/igf-mag-xii.xml is missing"; exit 1; }
  diff -u <(without_source "$samples/igf-mag-xii.xml") <(without_source "$tmp/md.xml")
  ;;
wg-call)
  convert "$samples/wg-call.md" "$tmp/wg-call.xml"
  diff -u "$samples/wg-call.xml" "$tmp/wg-call.xml"
  ;;
frontmatter)
  cat >"$tmp/fm.md" <<'MD'
---
title: "Budget Committee: spring session"
subtitle: Draft minutes
date: 2026-04-14
time: 09:30-11:00
timezone: CET
location: Brussels and online
chair: Ana Neves
participants: [Ana Neves (Chair), Jim Prendergast]
layout: minutes
---
# A heading that would otherwise be the title

18 November 2025 | 11:00 UTC | Online

## 1. Opening

The chair opened the meeting.
MD
  convert "$tmp/fm.md" "$tmp/fm.xml"
  M="/*[local-name()='minutes']/*[local-name()='meta']"
  e() { printf "*[local-name()='%s']" "$1"; }
  fail=0
  check() { # XPATH EXPECTED
    local got; got=$(xpath "$1" "$tmp/fm.xml")
    [ "$got" = "$2" ] || { echo "$1: got '$got', want '$2'"; fail=1; }
  }
  check "$M/$(e title)" "Budget Committee: spring session"
  check "$M/$(e subtitle)" "Draft minutes"
  check "$M/$(e date)" "2026-04-14"
  check "$M/$(e time)/@start" "09:30"
  check "$M/$(e time)/@end" "11:00"
  check "$M/$(e time)/@zone" "CET"
  check "$M/$(e location)" "Brussels and online"
  check "$M/$(e location)/@mode" "hybrid"
  exit $fail
  ;;
*) echo "unknown case $case" >&2; exit 2 ;;
esac
