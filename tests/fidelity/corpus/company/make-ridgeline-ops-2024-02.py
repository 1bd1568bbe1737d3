#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build ridgeline-ops-2024-02.docx: a warehouse operations meeting in the shape of a
Word "simple minutes" template (en-US): a layout table with Date / Time / Location /
Recorder, a numbered agenda (List Number), key points as symbol bullets (a w:sym from
Wingdings followed by a tab, as Word writes bullets typed with Insert > Symbol), and
Decisions and Action items tables. Times are US Central; the meeting cadence changes
to every other Thursday."""
import datetime
import os
import sys

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)
NAME = "ridgeline-ops-2024-02.docx"


def layout_table(doc, rows, cols):
    table = doc.add_table(rows=rows, cols=cols)
    tblPr = table._tbl.tblPr
    look = tblPr.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        tblPr.append(look)
    for k, v in (("w:val", "0600"), ("w:firstRow", "0"), ("w:lastRow", "0"),
                 ("w:firstColumn", "0"), ("w:lastColumn", "0"),
                 ("w:noHBand", "1"), ("w:noVBand", "1")):
        look.set(qn(k), v)
    desc = OxmlElement("w:tblDescription")
    desc.set(qn("w:val"), "Layout table")
    look.addnext(desc)
    return table


def symbol_bullet(doc, label, words):
    """A paragraph that starts with Wingdings character F0A7 (a small square) and a tab."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.9)
    p.paragraph_format.first_line_indent = Cm(-0.6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(0.9))
    run = p.add_run()
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), "Wingdings")
    sym.set(qn("w:char"), "F0A7")
    run._r.append(sym)
    run2 = p.add_run()
    run2._r.append(OxmlElement("w:tab"))
    p.add_run(label).bold = True
    p.add_run(" " + words)


def grid(doc, heads, rows):
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for cell, head in zip(t.rows[0].cells, heads):
        cell.paragraphs[0].add_run(head).bold = True
    for row in rows:
        cells = t.add_row().cells
        for cell, words in zip(cells, row):
            cell.paragraphs[0].add_run(words)


def build():
    doc = Document()
    docxkit.set_language(doc, "en-US")
    doc.styles["Normal"].font.name = "Segoe UI"
    doc.styles["Normal"].font.size = Pt(10)
    doc.sections[0].header.paragraphs[0].add_run(
        "Ridgeline Freight Services LLC · Joliet Distribution Center").italic = True

    doc.add_paragraph("OPERATIONS WEEKLY", style="Title")

    t = layout_table(doc, 3, 4)
    cells = (("Date", "02/08/2024", "Time", "2PM - 2:45PM CT"),
             ("Location", "Dock office + Teams", "Recorder", "Kim Nguyen"),
             ("Facilitator", "Darnell Hayes", "Absent", "Jordan Fisk (PTO)"))
    for row, values in zip(t.rows, cells):
        for i, (cell, words) in enumerate(zip(row.cells, values)):
            cell.paragraphs[0].add_run(words).bold = (i % 2 == 0)
    p = doc.add_paragraph()
    p.add_run("Attendees: ").bold = True
    p.add_run("Darnell Hayes (Ops Manager), Kim Nguyen, Marisol Ortega (Inbound), "
              "Pete Kowalski (Outbound), Anil Mehta (IT), Becca Lund (Safety)")

    doc.add_paragraph("Agenda", style="Heading 1")
    for words in ("Safety moment", "Dock door 7", "WMS upgrade", "Q1 inventory count",
                  "Meeting cadence"):
        doc.add_paragraph(words, style="List Number")

    doc.add_paragraph("Key points", style="Heading 1")
    symbol_bullet(doc, "Safety:", "Forklift near miss in aisle 14 on 2/5, nobody hurt. Becca "
                  "will run a forklift refresher for second shift on Thursday 2/15 at 3:30 PM "
                  "in the training room.")
    symbol_bullet(doc, "Dock door 7:", "Spring broke on 1/30; the door stays closed until "
                  "OverDoor Services come on Monday 2/12. Inbound is using doors 5 and 6.")
    symbol_bullet(doc, "WMS:", "Upgrade from 4.1 to 4.2 goes live the weekend of 3/2-3/3. "
                  "System freeze starts Friday 3/1 at 6 PM. Vendor check-in call Tue 2/13, "
                  "11 AM CT / 12 PM ET.")
    symbol_bullet(doc, "Inventory:", "Q1 count is Saturday, March 30, 6 AM to 2 PM. We need "
                  "about 20 people. Pete asked whether a third-party counting crew would be "
                  "cheaper; Darnell wants a quote before anyone decides.")
    symbol_bullet(doc, "Cadence:", "Starting 2/22 this meeting moves to every other Thursday "
                  "at 3 pm (same Teams link).")

    doc.add_paragraph("Decisions", style="Heading 1")
    grid(doc, ("Decision", "Owner"),
         (("Ops weekly moves to every other Thursday at 3 pm from 2/22", "Darnell Hayes"),
          ("Overtime approved for the Q1 count, up to 160 hours", "Darnell Hayes")))

    doc.add_paragraph("Action items", style="Heading 1")
    grid(doc, ("Action", "Owner", "Due date", "Status"),
         (("Confirm the OverDoor appointment for door 7", "Marisol Ortega", "2/9/2024", "Open"),
          ("Send WMS test scripts to the vendor", "Anil Mehta", "2/12/2024", "Open"),
          ("Post the inventory count sign-up sheet", "Pete Kowalski", "2/16/2024", "Open"),
          ("Forklift refresher roster for second shift", "Becca Lund", "2/14/2024", "Open"),
          ("Get a quote from a third-party counting crew", "Pete Kowalski", "2/21/2024", "Open"),
          ("Update the Teams series invite", "Kim Nguyen", "", "Done"),
          ("Replace label printer at pack station 3 (from 1/25)", "Anil Mehta", "2/22/2024",
           "Carried over")))

    props = doc.core_properties
    props.author = "Kim Nguyen"
    props.last_modified_by = "Kim Nguyen"
    props.title = "Operations Weekly 02/08/2024"
    props.created = datetime.datetime(2024, 2, 8, 20, 50, 0)
    props.modified = datetime.datetime(2024, 2, 8, 21, 15, 0)
    props.revision = 2
    docxkit.save(doc, __file__, NAME, props.modified)


if __name__ == "__main__":
    build()
