#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""pdfcheck.py — checks of a written handout, from what poppler and qpdf read
back out of it (never from the writer's own idea of where things went).

  pdfcheck.py margins PDF LEFT RIGHT TOP BOTTOM
      every word lies between LEFT and RIGHT; between TOP and BOTTOM unless
      it belongs to the running header (above TOP, pages after the first) or
      to the "Page N of M" footer (below BOTTOM).  Lengths in points.
  pdfcheck.py footer PDF
      page i of n carries "Page i of n".
  pdfcheck.py headings PDF MARK BOTTOM
      no page ends its body with a heading line (a line holding the word
      MARK, which only headings use).
  pdfcheck.py expect XML PDF [MIN_HEADINGS MIN_ACTIONS MIN_PARTICIPANTS]
      every section heading, action and participant of the canonical XML is
      in the PDF's text (white space folded, hyphens ignored); prints how
      many of each it checked.
  pdfcheck.py below PDF ABOVE BELOW
      the phrase BELOW is on the same page as ABOVE, lower down (how a
      footnote follows the text that cites it).
  pdfcheck.py outline PDF XML
      the outline has an entry for every section of the XML, titled with its
      number and heading.
"""
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

NS = "{urn:minutes:1}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def run(*cmd):
    return subprocess.run(cmd, check=True, capture_output=True).stdout


def pages_of(pdf, layout=False):
    """[(width, height, [(xMin, yMin, xMax, yMax, text)] or [[words] per line])]"""
    out = run("pdftotext", "-bbox-layout" if layout else "-bbox", pdf, "-")
    root = ET.fromstring(out)
    pages = []
    for page in root.iter(XHTML + "page"):
        if layout:
            items = []
            for line in page.iter(XHTML + "line"):
                items.append([word_of(w) for w in line.iter(XHTML + "word")])
        else:
            items = [word_of(w) for w in page.iter(XHTML + "word")]
        pages.append((float(page.get("width")), float(page.get("height")), items))
    return pages


def word_of(w):
    return (float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax")),
            float(w.get("yMax")), w.text or "")


def margins(pdf, left, right, top, bottom):
    bad = []
    pages = pages_of(pdf)
    total = len(pages)
    for i, (_, _, words) in enumerate(pages, 1):
        footer = {"Page", str(i), "of", str(total)}
        for x0, y0, x1, y1, text in words:
            where = f"page {i}: {text!r} at ({x0:.1f},{y0:.1f})-({x1:.1f},{y1:.1f})"
            if x0 < left - 0.5 or x1 > right + 0.5:
                bad.append("outside the side margins: " + where)
            elif y0 < top - 0.5 and not (i > 1 and y1 < top - 4):
                bad.append("above the text block: " + where)
            elif y1 > bottom + 0.5 and not (text in footer and y0 > bottom + 4):
                bad.append("below the text block: " + where)
    if not any(words for _, _, words in pages):
        bad.append("no words at all")
    return bad


def footer(pdf):
    n = len(pages_of(pdf))
    bad = []
    for i in range(1, n + 1):
        text = run("pdftotext", "-f", str(i), "-l", str(i), pdf, "-").decode()
        if f"Page {i} of {n}" not in text:
            bad.append(f"page {i}: no 'Page {i} of {n}'")
    return bad


def headings(pdf, mark, bottom):
    bad = []
    for i, (_, _, lines) in enumerate(pages_of(pdf, layout=True), 1):
        body = [l for l in lines if l and max(w[3] for w in l) <= bottom + 0.5]
        if not body:
            continue
        last = max(body, key=lambda l: max(w[3] for w in l))
        if any(w[4] == mark for w in last):
            bad.append(f"page {i} ends with a heading: {' '.join(w[4] for w in last)!r}")
    return bad


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def unhyphen(s):
    # poppler drops a hyphen that ends a line ("High-" + "Level" reads
    # "HighLevel"), and Pango adds one where it breaks a long word: compare
    # without hyphens.
    return s.replace("-", "").replace("\u00ad", "")


def pdf_text(pdf):
    return unhyphen(fold(run("pdftotext", pdf, "-").decode()))


def inline_text(el):
    return fold("".join(el.itertext()))


BLOCKS = {NS + n for n in ("list", "table", "note", "action", "decision")}


def own_text(el):
    """The text of EL without the blocks nested in it (its own paragraph)."""
    parts = [el.text or ""]
    for c in el:
        if c.tag not in BLOCKS:
            parts.append("".join(c.itertext()))
        parts.append(c.tail or "")
    return fold("".join(parts))


def expect(xml, pdf):
    doc = ET.parse(xml).getroot()
    text = pdf_text(pdf)
    wanted = []
    for h in doc.iter(NS + "heading"):
        wanted.append(("heading", inline_text(h)))
    for a in doc.iter(NS + "action"):
        wanted.append(("action", own_text(a)))
    for p in doc.iter(NS + "person"):
        wanted.append(("participant", inline_text(p)))
    bad = [f"{kind} not in the PDF: {s!r}" for kind, s in wanted if unhyphen(s) not in text]
    counts = {k: sum(1 for w in wanted if w[0] == k) for k in ("heading", "action", "participant")}
    return bad, counts


def find_phrase(lines, phrase):
    """(page, y) of the first line holding PHRASE, or None."""
    for i, (_, _, page_lines) in enumerate(lines, 1):
        for line in page_lines:
            if phrase in " ".join(w[4] for w in line):
                return i, max(w[3] for w in line)
    return None


def below(pdf, above, under):
    lines = pages_of(pdf, layout=True)
    a, b = find_phrase(lines, above), find_phrase(lines, under)
    if not a or not b:
        return [f"not found: {above!r}" if not a else f"not found: {under!r}"]
    if a[0] != b[0] or b[1] <= a[1]:
        return [f"{under!r} (page {b[0]}, y {b[1]:.0f}) is not below {above!r} "
                f"(page {a[0]}, y {a[1]:.0f})"]
    return []


def outline(pdf, xml):
    data = json.loads(run("qpdf", "--json", "--json-key=outlines", pdf))
    titles = []

    def walk(items):
        for it in items:
            titles.append(it["title"])
            walk(it["kids"])

    walk(data["outlines"])
    doc = ET.parse(xml).getroot()
    bad = []
    for s in doc.iter(NS + "section"):
        h = inline_text(s.find(NS + "heading"))
        n = s.get("n")
        want = h if not n else (f"{n}. {h}" if re.fullmatch(r"\w+", n) else f"{n} {h}")
        if want not in titles:
            bad.append(f"no outline entry {want!r}")
    return bad, len(titles)


def main(argv):
    cmd = argv[1]
    if cmd == "margins":
        bad = margins(argv[2], *map(float, argv[3:7]))
    elif cmd == "footer":
        bad = footer(argv[2])
    elif cmd == "headings":
        bad = headings(argv[2], argv[3], float(argv[4]))
    elif cmd == "expect":
        bad, counts = expect(argv[2], argv[3])
        print("checked", ", ".join(f"{v} {k}s" for k, v in counts.items()))
        for kind, least in zip(("heading", "action", "participant"), map(int, argv[4:7])):
            if counts[kind] < least:
                bad.append(f"only {counts[kind]} {kind}s in the XML, expected {least} or more")
    elif cmd == "below":
        bad = below(argv[2], argv[3], argv[4])
    elif cmd == "outline":
        bad, n = outline(argv[2], argv[3])
        print(f"outline has {n} entries")
    else:
        sys.exit(f"unknown check {cmd}")
    for b in bad[:20]:
        print("FAIL:", b)
    if len(bad) > 20:
        print(f"... and {len(bad) - 20} more")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
