#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The same minutes written as Markdown and as DOCX give the same canonical
# document as the plain text, all but meta/source (format, name, hash) and
# the language the DOCX declares (xml:lang="en-GB" from its w:lang; the
# text and Markdown say nothing and are "en").
# Usage: formats.sh MINUTES_CLI SOURCE_DIR BUILD_DIR
set -eu
cli=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cut_lang() { sed '2s/ xml:lang="[^"]*"//'; }
grep -v '<source ' "$src/samples/igf-mag-xii.xml" | cut_lang >"$tmp/want.xml"
status=0
for ext in md docx; do
  in=$src/samples/igf-mag-xii.$ext
  [ -f "$in" ] || { echo "missing $in"; status=1; continue; }
  if ! "$cli" convert "$in" -t xml -o "$tmp/$ext.xml" 2>"$tmp/$ext.err"; then
    echo "$ext: conversion failed:"; cat "$tmp/$ext.err"; status=1; continue
  fi
  grep -v '<source ' "$tmp/$ext.xml" | cut_lang >"$tmp/$ext.cut"
  if cmp -s "$tmp/want.xml" "$tmp/$ext.cut"; then
    echo "ok   $ext gives the seed's document"
  else
    echo "FAIL $ext differs from samples/igf-mag-xii.xml:"
    diff -u "$tmp/want.xml" "$tmp/$ext.cut" | head -60
    status=1
  fi
done
exit $status
