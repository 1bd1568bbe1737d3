#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Builds observability-wg-2019-06-11.docx: CNCF-style working group notes kept
in a Google Doc and downloaded as Word.

Title / Subtitle, Heading 2 blocks, List Bullet / List Bullet 2 / List Number
paragraphs, and a checklist whose bullet glyph is a real numbering level
("\u2610"), as Google Docs exports its checkboxes.
Run with python3-docx; the output is the same on every run.
"""

# --- shared helpers (copied into every make-*.py so each script stands alone) ---
import datetime
import io
import os
import zipfile

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))


def set_core(doc, title, author, when):
    """Fixed core properties: the same document every run."""
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 3
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""


def set_header(doc, text):
    doc.sections[0].header.paragraphs[0].text = text


def labelled(doc, label, text, style=None):
    """A bold label run ("Chair:") followed by plain text, as Word users type it."""
    p = doc.add_paragraph(style=style)
    p.add_run(label).bold = True
    p.add_run(text)
    return p


def symbol_item(doc, text, font="Wingdings", char="F0E0"):
    """A symbol bullet typed by hand: w:sym, then a tab, then the text."""
    p = doc.add_paragraph()
    r = p.add_run()
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), font)
    sym.set(qn("w:char"), char)
    r._r.append(sym)
    r._r.append(OxmlElement("w:tab"))
    p.add_run(text)
    return p


def table(doc, head, rows, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(head), style=style)
    for cell, text in zip(t.rows[0].cells, head):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in rows:
        cells = t.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    return t


PPR_BEFORE_NUMPR = {qn(t) for t in ("w:pStyle", "w:keepNext", "w:keepLines",
                                    "w:pageBreakBefore", "w:framePr",
                                    "w:widowControl")}


def number_headings(doc, formats=("%1.", "%1.%2")):
    """Real outline numbering: one multilevel list bound to the Heading styles."""
    numbering = doc.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "90")
    multi = OxmlElement("w:multiLevelType")
    multi.set(qn("w:val"), "multilevel")
    abstract.append(multi)
    for ilvl, fmt in enumerate(formats):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"),
                         ("w:pStyle", "Heading%d" % (ilvl + 1)),
                         ("w:lvlText", fmt), ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        abstract.append(lvl)
    numbering.find(qn("w:num")).addprevious(abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), "90")
    num.append(ref)
    numbering.append(num)
    for ilvl in range(len(formats)):
        ppr = doc.styles["Heading %d" % (ilvl + 1)].element.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), str(ilvl))
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), "90")
        numpr.append(il)
        numpr.append(ni)
        pos = 0
        while pos < len(ppr) and ppr[pos].tag in PPR_BEFORE_NUMPR:
            pos += 1
        ppr.insert(pos, numpr)


def save(doc, name, stamp):
    """Save with fixed zip entry times, so a second run gives the same bytes."""
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            out.writestr(entry, src.read(info.filename))
# --- end of shared helpers ---


def checklist_numbering(doc):
    """A bullet list whose glyph is an empty check box, like a Docs checklist."""
    numbering = doc.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "91")
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "bullet"),
                     ("w:lvlText", "\u2610"), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    abstract.append(lvl)
    numbering.find(qn("w:num")).addprevious(abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "91")
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), "91")
    num.append(ref)
    numbering.append(num)


def check_item(doc, text, done=False):
    p = doc.add_paragraph(style="List Paragraph")
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), "91")
    numpr.append(il)
    numpr.append(ni)
    ppr.append(numpr)
    run = p.add_run(text)
    run.font.strike = done
    return p


doc = Document()
set_core(doc, "Observability WG - meeting notes", "Leila Haddad",
         datetime.datetime(2019, 6, 11, 17, 5, 0))
checklist_numbering(doc)

doc.add_paragraph("Cloud Fabric Observability Working Group", style="Title")
doc.add_paragraph("Meeting notes \u2014 June 11, 2019", style="Subtitle")
labelled(doc, "Meeting time: ", "Tuesdays 8:00\u20139:00 PT (15:00\u201316:00 UTC), bi-weekly")
labelled(doc, "Zoom: ", "https://zoom.us/j/5551234567")
labelled(doc, "Chairs: ", "Leila Haddad (Northbeam), Jonas Weber (Kubrik.io)")

doc.add_heading("Attendees", level=2)
for who in ("Leila Haddad (Northbeam)", "Jonas Weber (Kubrik.io)",
            "Mei Tanaka (Tidewater)", "Rohan Verma (independent)",
            "Carla Mendes (Northbeam)", "Ethan Brooks (Stackhaven) \u2014 joined late"):
    doc.add_paragraph(who, style="List Bullet")

doc.add_heading("Agenda", level=2)
for item in ("Metrics naming conventions doc \u2014 review",
             "Tracing sampling survey results",
             "Conference talk submission"):
    doc.add_paragraph(item, style="List Number")

doc.add_heading("Notes", level=2)
doc.add_paragraph("Metrics naming conventions", style="List Bullet")
doc.add_paragraph("Mei walked through the open comments; most were about units.",
                  style="List Bullet 2")
doc.add_paragraph("Consensus: adopt snake_case names with unit suffixes "
                  "(e.g. request_duration_seconds).", style="List Bullet 2")
doc.add_paragraph("Tracing sampling survey", style="List Bullet")
doc.add_paragraph("46 responses. Head-based sampling is still the most common; "
                  "tail-based sampling is growing among larger users.",
                  style="List Bullet 2")
doc.add_paragraph("Ethan asked whether we could publish the results; the format "
                  "is still open.", style="List Bullet 2")
doc.add_paragraph("Conference talk", style="List Bullet")
doc.add_paragraph("The maintainer track submission deadline is June 21.",
                  style="List Bullet 2")

doc.add_heading("Action items", level=2)
check_item(doc, "Mei: merge the naming conventions doc into the repo by June 18")
check_item(doc, "Rohan: write up the survey results as a blog draft")
check_item(doc, "Leila, Jonas: submit the maintainer track talk by June 21")
check_item(doc, "Carla: share the raw survey data (done during the call)", done=True)

p = doc.add_paragraph()
p.add_run("Next meeting: ").bold = True
p.add_run("June 25, 2019, 8:00\u20139:00 PT / 15:00\u201316:00 UTC")

save(doc, "observability-wg-2019-06-11.docx", (2019, 6, 11, 17, 5, 0))
