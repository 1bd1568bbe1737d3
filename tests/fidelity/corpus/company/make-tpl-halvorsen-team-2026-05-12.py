#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build tpl-halvorsen-team-2026-05-12.docx: a team meeting written in the
shape of Word's own minutes templates.  The company name is the letterhead
in the page header; the title block is a two-cell layout table (title |
date, time and room on three lines); the meeting's fields are a label/value
layout table (meeting called by, type, facilitator, note taker, timekeeper,
attendees one per line); each agenda topic is a four-cell layout table
("Agenda item:" | topic | "Presenter:" | name) followed by "Discussion:" and
"Conclusions:" labels and an action table with a header row (action items,
person responsible, deadline).  Tables carry Word's hints: a "Layout table"
description and a tblLook with no header row.  Deterministic: fixed core
properties and zip timestamps."""

import datetime
import sys
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)

STEM = "tpl-halvorsen-team-2026-05-12"
WHEN = datetime.datetime(2026, 5, 12, 18, 30, 0)


def layout(table):
    """Word's marks of a layout table: a description, no header row."""
    pr = table._tbl.tblPr
    desc = OxmlElement("w:tblDescription")
    desc.set(qn("w:val"), "Layout table")
    pr.append(desc)
    look = pr.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        pr.append(look)
    for k, v in (("w:val", "0600"), ("w:firstRow", "0"), ("w:lastRow", "0"),
                 ("w:firstColumn", "0"), ("w:lastColumn", "0"),
                 ("w:noHBand", "1"), ("w:noVBand", "1")):
        look.set(qn(k), v)


def fill(cell, lines, bold=False):
    cell.text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.add_run(line).bold = bold


def label(doc, text):
    doc.add_paragraph().add_run(text).bold = True


def agenda_item(doc, topic, presenter, discussion, conclusions, actions):
    t = doc.add_table(rows=1, cols=4)
    layout(t)
    for i, (text, bold) in enumerate((("Agenda item:", True), (topic, False),
                                      ("Presenter:", True), (presenter, False))):
        fill(t.cell(0, i), [text], bold)
    label(doc, "Discussion:")
    for para in discussion:
        doc.add_paragraph(para)
    label(doc, "Conclusions:")
    doc.add_paragraph(conclusions)
    a = doc.add_table(rows=1 + len(actions), cols=3)
    a.style = "Table Grid"
    for i, head in enumerate(("Action items", "Person responsible", "Deadline")):
        fill(a.cell(0, i), [head], True)
    for r, row in enumerate(actions, start=1):
        for i, text in enumerate(row):
            fill(a.cell(r, i), [text])
    doc.add_paragraph()


def build():
    doc = Document()
    cp = doc.core_properties
    cp.author = "Priya Raghunathan"
    cp.title = "Team meeting minutes"
    cp.created = WHEN
    cp.modified = WHEN
    cp.revision = 3

    header = doc.sections[0].header
    header.paragraphs[0].text = "Halvorsen Marine Software"
    header.add_paragraph("Engineering · 410 Ballard Avenue NW, Seattle, WA 98107")

    title = doc.add_table(rows=1, cols=2)
    layout(title)
    fill(title.cell(0, 0), ["Platform Team Meeting"], True)
    fill(title.cell(0, 1), ["May 12, 2026", "10:00 AM – 11:00 AM PDT",
                            "Conference Room Fjord (3rd floor)"])
    doc.add_paragraph()

    fields = [
        ("Meeting called by:", ["Ingrid Halvorsen"]),
        ("Type of meeting:", ["Weekly status"]),
        ("Facilitator:", ["Marcus Oyelowo"]),
        ("Note taker:", ["Priya Raghunathan"]),
        ("Timekeeper:", ["Tomás Ferreira"]),
        ("Attendees:", ["Ingrid Halvorsen", "Marcus Oyelowo", "Priya Raghunathan",
                        "Tomás Ferreira", "Keiko Tanabe", "Dmitri Volkov"]),
        ("Please read:", ["Release checklist v2 on the team drive"]),
    ]
    t = doc.add_table(rows=len(fields), cols=2)
    layout(t)
    for r, (name, value) in enumerate(fields):
        fill(t.cell(r, 0), [name], True)
        fill(t.cell(r, 1), value)
    doc.add_paragraph()

    agenda_item(
        doc, "Release 4.2 readiness", "Marcus Oyelowo",
        ["Marcus walked through the open blockers. Two of the five issues "
         "raised at the May 5 review are fixed; the tide-table API migration "
         "guide is still missing and the regression suite has not been run "
         "on the release branch yet."],
        "The team agreed to freeze the 4.2 branch on May 15, 2026.",
        [("Finish the migration guide for the tide-table API", "Keiko Tanabe", "May 14, 2026"),
         ("Run the full regression suite on the frozen branch", "Dmitri Volkov", "May 18, 2026")])
    agenda_item(
        doc, "On-call rotation for June", "Tomás Ferreira",
        ["Keiko is travelling in the second week of June. Dmitri offered to "
         "take that week in exchange for the last week of the month."],
        "Keiko Tanabe and Dmitri Volkov will swap their June on-call weeks.",
        [("Update the on-call rota in the wiki", "Tomás Ferreira", "May 13, 2026")])
    agenda_item(
        doc, "Customer escalation from Nordfjord Ferries", "Priya Raghunathan",
        ["Nordfjord Ferries reported on May 5 that route timetables were "
         "published an hour late after the daylight saving change. Priya "
         "suspects the scheduler's zone table; Ingrid suggested asking the "
         "vendor for a patched build. No decision was taken."],
        "None yet; to be revisited next week.",
        [("Send Nordfjord Ferries a written status update", "Priya Raghunathan", "ASAP")])

    p = doc.add_paragraph()
    p.add_run("Next meeting: ").bold = True
    p.add_run("Tuesday, May 19, 2026, 10:00 AM PDT, Conference Room Fjord.")
    return doc


if __name__ == "__main__":
    docxkit.save(build(), __file__, f"{STEM}.docx", WHEN)
