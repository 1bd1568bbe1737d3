#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""gen-paragraph.py SIZE FORMAT OUT — minutes whose body is one paragraph of
SIZE bytes (suffix K or M), as FORMAT: txt, md or docx.

The way a transcript pasted without line breaks looks: a title and a date
line, then sentences with dates ("on 3 March 2026", "by 15 April"), times, names,
owners ("the Secretariat will ...") and numbers, and nothing that ends the
paragraph.  Seeded: the same SIZE gives the same bytes.  The DOCX holds the
paragraph as one w:p of runs of a few sentences each, as Word splits them at
revision marks; its words vary enough that the package deflates about as
much as real minutes do (a DOCX reader refuses a zip bomb).
"""
import random
import sys
import zipfile

SUBJECTS = ["The Chair", "The Secretariat", "Ms Okafor", "Mr Lindqvist", "The working group",
            "Several members", "The rapporteur", "Delegates from the region", "Dr Haddad",
            "The drafting team", "Participants", "The co-facilitators"]
VERBS = ["noted that", "recalled that", "proposed that", "stressed that", "asked whether",
         "reported that", "agreed that", "suggested that", "confirmed that", "observed that"]
CLAUSES = ["the consultation would close", "the revised draft would be circulated",
           "comments could be sent", "the budget line was still under review",
           "the next session would be held online", "the annex needed a second reading",
           "translations would follow", "the survey had received few answers",
           "the timeline should be kept", "the venue had not been confirmed",
           "members would be invited to volunteer", "the paper would be shortened"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
TITLE = "Working group on consultations: summary record"
DATE_LINE = "18 November 2025 | 10:00 UTC | Online"
TAILS = ["", "", " after the plenary", " with the regional groups", " in two languages",
         " before the summer break", " for the record", " as discussed last time"]


def when(rng):
    d, m = rng.randint(1, 28), rng.choice(MONTHS)
    k = rng.randrange(6)
    if k == 0:
        return " on %d %s %d" % (d, m, rng.choice((2025, 2026)))
    if k == 1:
        return " by %d %s" % (d, m)
    if k == 2:
        return " at %02d:%02d UTC on %d %s" % (rng.randint(8, 18), rng.choice((0, 15, 30, 45)), d, m)
    if k == 3:
        return " in %s" % m
    return ""


def sentence(rng):
    s = "%s %s %s%s%s" % (rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(CLAUSES),
                          when(rng), rng.choice(TAILS))
    if rng.random() < 0.15:
        s += " (item %d.%d, %d votes)" % (rng.randint(1, 12), rng.randint(1, 9), rng.randint(3, 40))
    if rng.random() < 0.1:
        s += "; %s will follow up%s" % (rng.choice(SUBJECTS).lower(), when(rng))
    return s + "."


def sentences(size, rng):
    """Sentences whose text, joined by spaces, is SIZE bytes."""
    out, n = [], 0
    while n < size:
        s = sentence(rng)
        out.append(s)
        n += len(s) + 1
    text = " ".join(out)[:size].rstrip()
    return text if text.endswith(".") else text[:-1] + "."


def docx(paragraph, out):
    runs, chunk = [], []
    rng = random.Random(7)
    for s in paragraph.split(". "):
        chunk.append(s)
        if len(chunk) >= rng.randint(2, 6):
            runs.append(". ".join(chunk) + ". ")
            chunk = []
    if chunk:
        runs.append(". ".join(chunk))
    body = "".join('<w:r w:rsidR="%08X"><w:t xml:space="preserve">%s</w:t></w:r>' %
                   (rng.getrandbits(32), r.replace("&", "&amp;").replace("<", "&lt;")) for r in runs)
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    parts = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
            '"application/xml"/><Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
            '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxml'
            'formats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"'
            '/></Relationships>',
        "word/document.xml":
            '<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body>'
            '<w:p><w:r><w:t>%s</w:t></w:r></w:p><w:p><w:r><w:t>%s</w:t></w:r></w:p>'
            '<w:p>%s</w:p></w:body></w:document>' % (w, TITLE, DATE_LINE, body),
    }
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, (2025, 11, 18, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def size_arg(s):
    mult = {"K": 1 << 10, "M": 1 << 20}.get(s[-1:].upper(), 1)
    return int(s[:-1] if mult > 1 else s) * mult


def main():
    if len(sys.argv) != 4 or sys.argv[2] not in ("txt", "md", "docx"):
        sys.exit("usage: gen-paragraph.py SIZE txt|md|docx OUT")
    size, fmt, out = size_arg(sys.argv[1]), sys.argv[2], sys.argv[3]
    paragraph = sentences(size, random.Random(20251118))
    if fmt == "docx":
        docx(paragraph, out)
        return
    head = ("# %s\n\n" if fmt == "md" else "%s\n\n") % TITLE + DATE_LINE + "\n\n"
    with open(out, "w", encoding="utf-8") as f:
        f.write(head + paragraph + "\n")


if __name__ == "__main__":
    main()
