#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""recall.py PEER.txt OURS.xml... — word recall of our canonical XML against a
peer's plain-text reading: the share of the peer's words (counted with their
multiplicity, case-folded) that our output also has.  Prints one line per
pair: the recall and the peer word count; with --median, the median last.

The peer is not the truth (pandoc drops numbers, headers and arrows); this
measure only finds text we lose."""
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from statistics import median

WORD = re.compile(r"\w+", re.UNICODE)


def words(text):
    return Counter(w.casefold() for w in WORD.findall(text))


def xml_words(path):
    root = ET.parse(path).getroot()
    parts = []
    for el in root.iter():
        parts.append(el.text or "")
        parts.append(el.tail or "")
        for name in ("n", "label"):  # labels shown before headings and items
            if name in el.attrib:
                parts.append(el.attrib[name])
    return words(" ".join(parts))


def recall(peer, ours):
    total = sum(peer.values())
    if total == 0:
        return None, 0
    found = sum(min(n, ours[w]) for w, n in peer.items())
    return found / total, total


def main(argv):
    want_median = "--median" in argv
    args = [a for a in argv if a != "--median"]
    if len(args) % 2:
        print("usage: recall.py [--median] PEER.txt OURS.xml ...", file=sys.stderr)
        return 64
    values = []
    for peer_path, ours_path in zip(args[0::2], args[1::2]):
        with open(peer_path, encoding="utf-8", errors="replace") as f:
            peer = words(f.read())
        r, total = recall(peer, xml_words(ours_path))
        if r is None:
            continue
        values.append(r)
        print(f"{r:.4f} {total} {ours_path}")
    if want_median:
        print(f"median {median(values) if values else 0:.4f} over {len(values)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
