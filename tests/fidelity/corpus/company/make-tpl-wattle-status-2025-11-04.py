#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build tpl-wattle-status-2025-11-04.docx: a project status meeting from an
Australian team's Word template.  A Title paragraph, then the meeting's
details as labels over values in a bordered table ("Date:" | "Time:" |
"Location:" | "Chair:" over their values), attendees and apologies in a
two-column table of labelled rows, a progress list in Word bullets, a
decision register and an action register (number, action, owner, due,
status) as data tables with header rows, numeric Australian dates in the
registers (14/11/2025, 8/12/2025), and the next meeting.  The language is
en-AU in the Normal style.  Deterministic: fixed core properties and zip
timestamps."""

import datetime
import sys
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)

STEM = "tpl-wattle-status-2025-11-04"
WHEN = datetime.datetime(2025, 11, 5, 8, 40, 0)


def australian(doc):
    """The Normal style's language."""
    normal = doc.styles["Normal"].element
    rpr = normal.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-AU")
    rpr.append(lang)


def fill(cell, text, bold=False):
    cell.text = ""
    cell.paragraphs[0].add_run(text).bold = bold


def grid(doc, rows, header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            fill(t.cell(r, c), text, bold=header and r == 0)
    doc.add_paragraph()
    return t


def build():
    doc = Document()
    australian(doc)
    cp = doc.core_properties
    cp.author = "Chloe Wright"
    cp.title = "Project status meeting"
    cp.created = WHEN
    cp.modified = WHEN
    cp.revision = 4

    doc.add_paragraph("Project Wattle – Fortnightly Status Meeting", style="Title")
    grid(doc, [["Date:", "Time:", "Location:", "Chair:"],
               ["Tuesday 4 November 2025", "2:00 pm – 3:00 pm AEDT",
                "Level 9 boardroom, 120 Collins Street, Melbourne, and Microsoft Teams",
                "Siobhan Hartley"]])
    people = doc.add_table(rows=2, cols=2)
    people.style = "Table Grid"
    fill(people.cell(0, 0), "Attendees:", True)
    fill(people.cell(0, 1), "Siobhan Hartley, Raj Malhotra, Lucy Nguyen, Ben Okafor, "
                            "Chloe Wright (minutes)")
    fill(people.cell(1, 0), "Apologies:", True)
    fill(people.cell(1, 1), "Daniel Fitzgerald")
    doc.add_paragraph()

    doc.add_paragraph("Progress since last meeting", style="Heading 1")
    for item in ("Data migration dry run 2 completed with 3 minor defects, all fixed.",
                 "User acceptance testing is 80% complete; finance scripts remain.",
                 "The vendor confirmed the licence count on 31/10/2025."):
        doc.add_paragraph(item, style="List Bullet")

    doc.add_paragraph("Decisions", style="Heading 1")
    grid(doc, [["Decision", "Made by", "Date"],
               ["Adopt the revised data migration plan (version 3)", "Steering group", "4/11/2025"],
               ["Move go-live from 24/11/2025 to 8/12/2025", "Steering group", "4/11/2025"],
               ["Defer the mobile timesheet app to phase 2", "Siobhan Hartley", "4/11/2025"]])

    doc.add_paragraph("Action register", style="Heading 1")
    grid(doc, [["No.", "Action", "Owner", "Due", "Status"],
               ["1", "Update the cut-over runbook for the new go-live date", "Raj Malhotra",
                "14/11/2025", "Open"],
               ["2", "Book the training rooms for the first week of December", "Lucy Nguyen",
                "21/11/2025", "Open"],
               ["3", "Confirm the vendor licence count", "Ben Okafor", "31/10/2025", "Done"],
               ["4", "Circulate the revised budget to the steering group", "Siobhan Hartley",
                "—", "Carried over"]])

    p = doc.add_paragraph()
    p.add_run("Next meeting: ").bold = True
    p.add_run("Tuesday 18 November 2025, 2:00 pm AEDT, Level 9 boardroom.")
    return doc


if __name__ == "__main__":
    docxkit.save(build(), __file__, f"{STEM}.docx", WHEN)
