#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build tpl-brookline-kickoff-2026-01-20.docx: a consultancy's client
kick-off minutes.  The page header is a two-cell table (company name |
department and "Confidential"); the meeting's details are a four-column
table with no borders and no header row whose labels are bold and carry no
colon (Date | … | Time | …); the agreed next steps are Symbol-font bullets
followed by a tab, typed by hand rather than made with Word's lists; the
next meeting is given in two time zones.  Deterministic: fixed core
properties and zip timestamps."""

import datetime
import sys
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)

STEM = "tpl-brookline-kickoff-2026-01-20"
WHEN = datetime.datetime(2026, 1, 21, 10, 5, 0)


def borderless(table):
    pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "none")
        b.set(qn("w:sz"), "0")
        b.set(qn("w:space"), "0")
        b.set(qn("w:color"), "auto")
        borders.append(b)
    look = pr.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(borders)  # the schema's order: borders before the look
    else:
        pr.append(borders)
    look = pr.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        pr.append(look)
    look.set(qn("w:val"), "0000")
    look.set(qn("w:firstRow"), "0")
    look.set(qn("w:firstColumn"), "0")


def fill(cell, text, bold=False):
    cell.text = ""
    cell.paragraphs[0].add_run(text).bold = bold


def symbol_bullet(doc, text):
    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.left_indent = Cm(0.75)
    fmt.first_line_indent = Cm(-0.75)
    fmt.tab_stops.add_tab_stop(Cm(0.75))
    run = p.add_run()
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), "Symbol")
    sym.set(qn("w:char"), "F0B7")
    run._r.append(sym)
    p.add_run("\t" + text)


def build():
    doc = Document()
    cp = doc.core_properties
    cp.author = "Amara Diallo"
    cp.title = "Kick-off minutes"
    cp.created = WHEN
    cp.modified = WHEN
    cp.revision = 2

    header = doc.sections[0].header
    ht = header.add_table(rows=1, cols=2, width=Cm(16))
    borderless(ht)
    fill(ht.cell(0, 0), "Brookline Analytics", True)
    fill(ht.cell(0, 1), "Client Services · Confidential")

    doc.add_paragraph("Client Kick-off: Verdant Foods Data Platform", style="Title")
    details = [
        ("Date", "20 January 2026", "Time", "14:00–15:30 CET"),
        ("Location", "Verdant Foods HQ, Utrecht, and Zoom", "Facilitator", "Hannah de Vries"),
        ("Client attendees", "Joris Bakker, Femke Smit", "Brookline attendees",
         "Hannah de Vries, Tobias Reinholt, Amara Diallo"),
    ]
    t = doc.add_table(rows=len(details), cols=4)
    borderless(t)
    for r, row in enumerate(details):
        for c, text in enumerate(row):
            fill(t.cell(r, c), text, bold=c % 2 == 0)
    doc.add_paragraph()

    doc.add_paragraph("Objectives", style="Heading 1")
    doc.add_paragraph("Verdant Foods wants one reporting platform for its sales, "
                      "logistics and quality data by the end of the third quarter. "
                      "Joris Bakker explained that the current reports are rebuilt "
                      "by hand every Monday from four systems.")
    doc.add_paragraph("Discussion", style="Heading 1")
    doc.add_paragraph("Tobias Reinholt presented the discovery approach: an inventory "
                      "of source systems, interviews with report owners and an "
                      "architecture workshop. Femke Smit noted that the logistics "
                      "system was upgraded in November 2025 and its export format "
                      "changed.")
    doc.add_paragraph("It was agreed that weekly status calls will take place every "
                      "Tuesday at 15:00 CET, starting on 27 January 2026.")
    doc.add_paragraph("Agreed next steps", style="Heading 1")
    symbol_bullet(doc, "Tobias Reinholt to share the data inventory template by 23 January.")
    symbol_bullet(doc, "Femke Smit to nominate a data owner for each source system.")
    symbol_bullet(doc, "Amara Diallo to schedule the architecture workshop for the week "
                       "of 2 February.")
    p = doc.add_paragraph()
    p.add_run("Next meeting: ").bold = True
    p.add_run("3 February 2026, 15:00 CET / 09:00 EST, online (Zoom).")
    return doc


if __name__ == "__main__":
    docxkit.save(build(), __file__, f"{STEM}.docx", WHEN)
