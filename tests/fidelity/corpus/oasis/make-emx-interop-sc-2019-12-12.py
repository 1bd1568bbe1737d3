#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Builds emx-interop-sc-2019-12-12.docx: a short subcommittee call in Word.

Typed outline numbers in the heading text ("4.1 Venue." with a trailing
period), Word List Bullet / List Number paragraphs, "Action Item #12 (owner):"
lines, dates without a year that fall in the next year.
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

doc = Document()
set_core(doc, "Interop SC call minutes 2019-12-12", "Rashida Coleman",
         datetime.datetime(2019, 12, 13, 16, 20, 0))
set_header(doc, "EMX TC \u2013 Interoperability Subcommittee")

doc.add_paragraph("Interoperability Subcommittee \u2014 Call Minutes", style="Title")
doc.add_paragraph("OASIS Emergency Messaging (EMX) TC", style="Subtitle")
labelled(doc, "Date: ", "Thursday, December 12, 2019")
labelled(doc, "Time: ", "10:00\u201310:45 Eastern")
labelled(doc, "Call: ", "WebEx (details on the subcommittee calendar)")
labelled(doc, "Chair: ", "Chen Wei (Pacifica Telecom)")
labelled(doc, "Notes: ", "Rashida Coleman (Harborview County OEM)")

doc.add_heading("1. Attendees", level=1)
for who in ("Chen Wei (Pacifica Telecom)", "Rashida Coleman (Harborview County OEM)",
            "Dmitri Volkov (Individual)", "Anneke de Vries (Stormwatch BV)",
            "Luis Ortega (Pacifica Telecom)", "Patrick Nwosu (Alertcast)"):
    doc.add_paragraph(who, style="List Bullet")
labelled(doc, "Regrets: ", "Hyun-woo Cho (Individual)")

doc.add_heading("2. Previous notes", level=1)
doc.add_paragraph("The notes of the November 14 call were accepted without changes.")

doc.add_heading("3. Review of open action items", level=1)
for item in (
        "Action Item #9 (Rashida Coleman): compile the interop test matrix from "
        "the October plugfest \u2014 Completed.",
        "Action Item #10 (Dmitri Volkov): check the CAP 1.2 mapping for polygon "
        "precision \u2014 Ongoing.",
        "Action Item #11 (Chair): request a shared drive folder from OASIS "
        "staff \u2014 Completed."):
    doc.add_paragraph(item, style="List Number")

doc.add_heading("4. Plugfest planning", level=1)
doc.add_heading("4.1 Venue.", level=2)
doc.add_paragraph(
    "Patrick reported that Alertcast can host the spring plugfest in Raleigh, "
    "NC on March 24\u201326, 2020. The subcommittee agreed to accept the offer.")
doc.add_heading("4.2 Registration.", level=2)
doc.add_paragraph(
    "Registration for the plugfest closes January 17. Anneke asked whether "
    "remote participants could take part; no conclusion was reached.")

doc.add_heading("5. New action items", level=1)
for item in (
        "Action Item #12 (Chen Wei): send the plugfest announcement to the TC "
        "list by December 19.",
        "Action Item #13 (Luis Ortega, Patrick Nwosu): draft the test scenarios "
        "for polygon alerts.",
        "Action Item #14 (all members): review the draft scenarios before the "
        "next call."):
    doc.add_paragraph(item)

doc.add_heading("6. Next meeting", level=1)
doc.add_paragraph("No call on December 26 (holiday break).")
doc.add_paragraph("Next call: Thursday, January 9, 10:00\u201310:45 Eastern.")
doc.add_paragraph("Meeting adjourned at 10:41.")

save(doc, "emx-interop-sc-2019-12-12.docx", (2019, 12, 13, 16, 20, 0))
