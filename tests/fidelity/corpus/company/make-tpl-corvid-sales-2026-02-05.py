#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build tpl-corvid-sales-2026-02-05.docx: a sales meeting in the shape of
Word's formal minutes template.  The company ("…, Inc.") is the page
header; the title and the meeting's details are one layout table: a title
row spanning the table, then four-column rows of labelled fields; each
agenda topic is a six-column layout row with bold labels and no colons
(Time allotted | … | Agenda topic | … | Presenter | …), its discussion and
conclusions a two-column layout table, its action items a table with a
header row.  Tables carry a "Layout table" description and no header row in
tblLook.  Deterministic: fixed core properties and zip timestamps."""

import datetime
import sys
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)

STEM = "tpl-corvid-sales-2026-02-05"
WHEN = datetime.datetime(2026, 2, 5, 17, 0, 0)


def layout(table):
    pr = table._tbl.tblPr
    desc = OxmlElement("w:tblDescription")
    desc.set(qn("w:val"), "Layout table")
    pr.append(desc)
    look = pr.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        pr.append(look)
    look.set(qn("w:val"), "0600")
    look.set(qn("w:firstRow"), "0")
    look.set(qn("w:noHBand"), "1")
    look.set(qn("w:noVBand"), "1")


def fill(cell, text, bold=False):
    cell.text = ""
    cell.paragraphs[0].add_run(text).bold = bold


def topic(doc, minutes, name, presenter, discussion, conclusions, actions):
    row = doc.add_table(rows=1, cols=6)
    layout(row)
    for i, (text, bold) in enumerate((("Time allotted", True), (minutes, False),
                                      ("Agenda topic", True), (name, False),
                                      ("Presenter", True), (presenter, False))):
        fill(row.cell(0, i), text, bold)
    notes = doc.add_table(rows=2, cols=2)
    layout(notes)
    fill(notes.cell(0, 0), "Discussion", True)
    fill(notes.cell(0, 1), discussion)
    fill(notes.cell(1, 0), "Conclusions", True)
    fill(notes.cell(1, 1), conclusions)
    a = doc.add_table(rows=1 + len(actions), cols=3)
    a.style = "Table Grid"
    for i, head in enumerate(("Action items", "Person responsible", "Deadline")):
        fill(a.cell(0, i), head, True)
    for r, action in enumerate(actions, start=1):
        for i, text in enumerate(action):
            fill(a.cell(r, i), text)
    doc.add_paragraph()


def build():
    doc = Document()
    cp = doc.core_properties
    cp.author = "Wesley Huang"
    cp.title = "Formal meeting minutes"
    cp.created = WHEN
    cp.modified = WHEN
    cp.revision = 5

    doc.sections[0].header.paragraphs[0].text = "Corvid Outdoor Gear, Inc."

    head = doc.add_table(rows=4, cols=4)
    layout(head)
    title = head.cell(0, 0).merge(head.cell(0, 3))
    fill(title, "Regional Sales Meeting", True)
    rows = [("Date:", "February 5, 2026", "Time:", "9:00–10:30 a.m. EST"),
            ("Location:", "Room 12B, Hartford office", "Meeting called by:", "Denise Albright"),
            ("Note taker:", "Wesley Huang", "Attendees:",
             "Denise Albright, Wesley Huang, Carmen Ortiz, Jamal Whitfield, Ellen Sato")]
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row):
            fill(head.cell(r, c), text, bold=c % 2 == 0)
    doc.add_paragraph()

    topic(doc, "20 min", "Q1 pipeline review", "Carmen Ortiz",
          "Carmen showed the Q1 pipeline by region. The Northeast is ahead of plan "
          "after two large orders from ski resorts in January; the Midwest is behind.",
          "The team agreed to raise the Q1 target for the Northeast region by 5%.",
          [("Send the revised Q1 targets to the regional leads", "Carmen Ortiz", "February 9, 2026")])
    topic(doc, "25 min", "Trade show booth for March", "Jamal Whitfield",
          "Jamal compared two booth sizes for the Outdoor Retail Expo in Denver, "
          "March 18–20, 2026. Last year's 10×10 booth was too small for demos.",
          "Approved a booth budget of $18,000 for the larger 10×20 booth.",
          [("Reserve the 10×20 booth and confirm the floor plan", "Jamal Whitfield", "February 13, 2026"),
           ("Ship the demo tents to Denver", "Ellen Sato", "March 11, 2026")])
    topic(doc, "15 min", "Customer returns policy", "Ellen Sato",
          "Ellen proposed extending the returns window from 30 to 60 days. Denise "
          "asked for a cost estimate first; the proposal was not put to a decision.",
          "Legal review needed before any change.",
          [("Ask legal to review the draft returns policy", "Ellen Sato", "February 20, 2026")])

    p = doc.add_paragraph()
    p.add_run("Next meeting: ").bold = True
    p.add_run("March 5, 2026, 9:00 a.m. EST, Room 12B.")
    return doc


if __name__ == "__main__":
    docxkit.save(build(), __file__, f"{STEM}.docx", WHEN)
