#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""gen-docx.py N OUT.docx — a DOCX with N times the seed's body sections.

The template is tests/docx/seed-parts/ (read, never written): the front matter
(subtitle, date line), the numbered sections and the two annexes of the
IGF MAG XII minutes.  The sections (from the first Heading 1 up to the first
annex heading) are repeated N times; the annexes come once, at the end.
Headings take their numbers from Word's list numbering, so copy k's sections
are numbered 5k-4 .. 5k with no edit to the text.

So that the result is a valid package that a careful reader accepts:
- tracked-change ids (w:ins/w:del w:id) are unique per copy;
- each copy's footnote reference points to a footnote of its own, appended to
  word/footnotes.xml;
- every paragraph and run carries revision ids (w:rsidR), as Word writes them.
  They are pseudo-random (seeded, so the file is reproducible) and keep the
  deflate ratio of a large document near a real one's: N exact copies
  of one 14 KB block would inflate more than 100 times, which DOCX readers
  (ours, Apache POI) refuse as a zip bomb.

Entries are written in the seed's order with fixed timestamps: the same N
gives the same bytes.
"""
import os
import random
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.join(HERE, "..", "tests", "docx", "seed-parts")
PARTS = [
    "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
    "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
    "word/numbering.xml", "word/settings.xml", "word/footnotes.xml",
    "word/header1.xml", "word/header2.xml", "word/footer1.xml",
]
STAMP = (2025, 11, 18, 12, 0, 0)
FIRST_SECTION = '<w:p><w:pPr><w:pStyle w:val="Heading1"/>'
FIRST_ANNEX = '<w:p><w:pPr><w:pStyle w:val="AnnexHeading"/>'


def read(part):
    with open(os.path.join(SEED, part), encoding="utf-8") as f:
        return f.read()


def split_document(doc):
    """(before the sections, the sections, the annexes and the rest)."""
    start = doc.index(FIRST_SECTION)
    end = doc.index(FIRST_ANNEX)
    # Each cut at the start of its line, so the copies keep the indentation.
    start = doc.rindex("\n", 0, start) + 1
    end = doc.rindex("\n", 0, end) + 1
    return doc[:start], doc[start:end], doc[end:]


def rsid(rng):
    return "%08X" % rng.getrandbits(32)


def one_copy(body, k, rng):
    """Copy K (1-based) of the sections, with ids of its own."""
    ids = iter(range(1000 + 2 * k, 1002 + 2 * k))
    text = re.sub(r'(<w:(?:ins|del) w:id=")\d+"', lambda m: m.group(1) + str(next(ids)) + '"', body)
    text = text.replace('<w:footnoteReference w:id="1"/>',
                        '<w:footnoteReference w:id="%d"/>' % k)
    text = re.sub(r"<w:p>", lambda m: '<w:p w:rsidR="%s" w:rsidRDefault="%s">' % (rsid(rng), rsid(rng)), text)
    return re.sub(r"<w:r>", lambda m: '<w:r w:rsidR="%s">' % rsid(rng), text)


def footnotes(template, n):
    """The seed's footnote 1, once per copy (ids 1..N)."""
    m = re.search(r'(\s*<w:footnote w:id="1">.*?</w:footnote>)', template, re.S)
    if not m:
        sys.exit("gen-docx.py: footnote 1 not found in the seed's footnotes.xml")
    note = m.group(1)
    notes = "".join(note.replace('w:id="1"', 'w:id="%d"' % k) for k in range(1, n + 1))
    return template[:m.start()] + notes + template[m.end():]


def build(n):
    head, body, tail = split_document(read("word/document.xml"))
    rng = random.Random(n)
    parts = {p: read(p) for p in PARTS}
    parts["word/document.xml"] = head + "".join(one_copy(body, k, rng) for k in range(1, n + 1)) + tail
    parts["word/footnotes.xml"] = footnotes(parts["word/footnotes.xml"], n)
    return parts


def write(parts, out):
    tmp = out + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        for name in PARTS:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, parts[name].encode("utf-8"))
    os.replace(tmp, out)


def main():
    if len(sys.argv) != 3 or not sys.argv[1].isdigit() or int(sys.argv[1]) < 1:
        sys.exit("usage: gen-docx.py N OUT.docx   (N >= 1 copies of the seed's sections)")
    write(build(int(sys.argv[1])), sys.argv[2])


if __name__ == "__main__":
    main()
