#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build tpl-kingfisher-steering-2026-01-22.docx: a project steering group's
minutes from a programme office's Word template.  Heading 1 title; the
meeting's details a two-column grid whose label column is shaded rather
than bold; the registers are data tables whose header rows are marked the
way Word's "Repeat as header row" does (w:tblHeader on the row, tblLook
firstRow) and shaded, not bold: a RAID log (Type | Ref | Description |
Owner | Rating) and an action log in the order many programme offices use
(Ref | Owner | Action | Target date | Status), with closed, in-progress and
carried rows and British numeric dates (the language en-GB
in the style defaults); decisions as a numbered "D-" list.  Deterministic: fixed core
properties and zip timestamps."""

import datetime
import sys
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)

STEM = "tpl-kingfisher-steering-2026-01-22"
WHEN = datetime.datetime(2026, 1, 23, 9, 0, 0)


def shade(cell, fill="D9E2F3"):
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def repeat_header(table):
    """The first row repeats on every page: Word's header row mark."""
    trpr = table.rows[0]._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:tblHeader"))
    look = table._tbl.tblPr.find(qn("w:tblLook"))
    look.set(qn("w:firstRow"), "1")
    for cell in table.rows[0].cells:
        shade(cell)


def register(doc, rows):
    t = docxkit.rows_table(doc, rows, style="Table Grid")
    repeat_header(t)
    doc.add_paragraph()
    return t


def build():
    doc = Document()
    docxkit.set_language(doc, "en-GB")
    docxkit.set_core(doc, "Steering group minutes", "Olamide Bankole", WHEN)

    doc.add_paragraph("Project Kingfisher – Steering Group Minutes", style="Heading 1")
    details = docxkit.rows_table(doc, [
        ("Meeting date", "Thursday 22 January 2026"),
        ("Time", "14:00 – 15:00 GMT"),
        ("Venue", "Microsoft Teams"),
        ("Chair", "Graham Whitlow (Project Sponsor)"),
        ("Secretariat", "Olamide Bankole (PMO)"),
        ("Members", "Graham Whitlow, Sunita Rao, Pieter Jansen, Claire Duffy, "
                    "Olamide Bankole"),
        ("Apologies", "Tom Eriksen"),
    ], style="Table Grid")
    for row in details.rows:
        shade(row.cells[0], "F2F2F2")
    doc.add_paragraph()

    doc.add_paragraph("1. Programme status", style="Heading 2")
    doc.add_paragraph("Sunita Rao reported the programme as amber. The warehouse "
                      "scanner rollout finished on 16 January, two weeks late; the "
                      "finance integration is on track for the 2 March go-live.")
    doc.add_paragraph("2. RAID log review", style="Heading 2")
    register(doc, [("Type", "Ref", "Description", "Owner", "Rating"),
                   ("Risk", "R-07", "Key supplier may not deliver handhelds before March",
                    "Pieter Jansen", "High"),
                   ("Issue", "I-03", "Test environment unavailable on Fridays",
                    "Claire Duffy", "Medium"),
                   ("Dependency", "D-02", "Payroll upgrade must finish before go-live",
                    "Sunita Rao", "Medium")])
    doc.add_paragraph("3. Decisions", style="Heading 2")
    doc.add_paragraph("D-11: The steering group approved the change request to move "
                      "the training budget into the second quarter.")
    doc.add_paragraph("D-12: Go-live stays on 2 March 2026; a go/no-go review will be "
                      "held on 23 February 2026 at 14:00 GMT.")
    doc.add_paragraph("4. Action log", style="Heading 2")
    register(doc, [("Ref", "Owner", "Action", "Target date", "Status"),
                   ("A-031", "Pieter Jansen", "Confirm the handheld delivery date with the supplier",
                    "29/01/2026", "In progress"),
                   ("A-032", "Claire Duffy", "Agree Friday access to the test environment",
                    "05/02/2026", "Not started"),
                   ("A-027", "Sunita Rao", "Publish the revised cut-over plan",
                    "15/01/2026", "Closed"),
                   ("A-024", "Olamide Bankole", "Update the benefits register",
                    "TBC", "Carried forward")])
    doc.add_paragraph("5. Next meeting", style="Heading 2")
    doc.add_paragraph("Thursday 19 February 2026, 14:00 – 15:00 GMT, Microsoft Teams.")
    return doc


if __name__ == "__main__":
    docxkit.save(build(), __file__, f"{STEM}.docx", WHEN)
