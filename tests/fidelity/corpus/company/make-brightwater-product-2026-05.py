#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build brightwater-product-2026-05.docx the way Word's "Minutes" template builds a
meeting record: everything in tables marked as layout tables (w:tblDescription
"Layout table", tblLook without a header row, no borders) -- a title table, a
label/value table (Meeting called by, Type of meeting, Facilitator, Note taker,
Timekeeper, Attendees), then per agenda item an "Agenda item: | text | Presenter: |
name" table, "Discussion:" and "Conclusions:" paragraphs and an action table
("Action items | Person responsible | Deadline"). The company name is the letterhead
in the page header; the styles say en-US."""
import datetime
import os
import sys

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)
NAME = "brightwater-product-2026-05.docx"


def layout_table(doc, rows, cols, header_row=False):
    table = doc.add_table(rows=rows, cols=cols)
    tblPr = table._tbl.tblPr
    look = tblPr.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        tblPr.append(look)
    for k, v in (("w:val", "0620" if header_row else "0600"),
                 ("w:firstRow", "1" if header_row else "0"), ("w:lastRow", "0"),
                 ("w:firstColumn", "0"), ("w:lastColumn", "0"),
                 ("w:noHBand", "1"), ("w:noVBand", "1")):
        look.set(qn(k), v)
    # Schema order in w:tblPr: ... tblBorders ... tblLook, tblCaption, tblDescription.
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement("w:" + edge)
        b.set(qn("w:val"), "none")
        b.set(qn("w:sz"), "0")
        b.set(qn("w:space"), "0")
        b.set(qn("w:color"), "auto")
        borders.append(b)
    look.addprevious(borders)
    desc = OxmlElement("w:tblDescription")
    desc.set(qn("w:val"), "Layout table")
    look.addnext(desc)
    return table


def put(cell, text, bold=False, style=None):
    p = cell.paragraphs[0]
    if style:
        p.style = style
    p.add_run(text).bold = bold


def label_value_table(doc, pairs):
    t = layout_table(doc, len(pairs), 2)
    for row, (label, value) in zip(t.rows, pairs):
        put(row.cells[0], label, bold=True)
        put(row.cells[1], value)


def agenda_item(doc, topic, presenter, discussion, conclusions, actions):
    t = layout_table(doc, 1, 4)
    put(t.rows[0].cells[0], "Agenda item:", bold=True)
    put(t.rows[0].cells[1], topic)
    put(t.rows[0].cells[2], "Presenter:", bold=True)
    put(t.rows[0].cells[3], presenter)
    p = doc.add_paragraph()
    p.add_run("Discussion:").bold = True
    doc.add_paragraph(discussion)
    p = doc.add_paragraph()
    p.add_run("Conclusions:").bold = True
    doc.add_paragraph(conclusions)
    t = layout_table(doc, 1 + len(actions), 3, header_row=True)
    for cell, head in zip(t.rows[0].cells, ("Action items", "Person responsible", "Deadline")):
        put(cell, head, bold=True)
    for row, action in zip(t.rows[1:], actions):
        for cell, text in zip(row.cells, action):
            put(cell, text)


def build():
    doc = Document()
    docxkit.set_language(doc, "en-US")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.add_run("Brightwater Analytics, Inc.").bold = True

    t = layout_table(doc, 1, 2)
    put(t.rows[0].cells[0], "Product Team Meeting", style="Title")
    put(t.rows[0].cells[1], "May 12, 2026 | 10:00 AM - 11:00 AM | Conference Room 4B")

    label_value_table(doc, [
        ("Meeting called by", "Dana Whitfield"),
        ("Type of meeting", "Monthly product review"),
        ("Facilitator", "Dana Whitfield"),
        ("Note taker", "Liam Okonkwo"),
        ("Timekeeper", "Hannah Morales"),
        ("Attendees", "Dana Whitfield, Liam Okonkwo, Hannah Morales, Raj Patel, "
                      "Sofia Lindgren, Marcus Bell, Priyanka Iyer, Tom Albers (Customer Success)"),
        ("Please read", "Q2 roadmap deck (shared drive, /Product/2026/Q2)"),
        ("Please bring", "Laptop"),
    ])

    doc.add_paragraph("Minutes", style="Heading 1")

    agenda_item(
        doc, "Q2 roadmap status", "Raj Patel",
        "Raj walked through the roadmap. The Export API (v2.3) has slipped about two weeks "
        "because of the authentication refactor; the reporting dashboards are on track. "
        "Sofia is worried about QA capacity in the release week, since two testers are out.",
        "The Export API release moves to June 2, 2026. The dashboards ship on May 26 as "
        "planned.",
        [("Update the public roadmap page with the new Export API date", "Raj Patel", "5/15/2026"),
         ("Book two contract QA testers for the release week", "Sofia Lindgren", "5/20/2026")])

    agenda_item(
        doc, "Enterprise customer webinar", "Tom Albers",
        "The webinar for enterprise customers is set for Thursday, May 28, 11 AM MT / 1 PM ET, "
        "60 minutes. 140 people have registered so far. Tom asked for a live demo of the new "
        "dashboards instead of slides.",
        "Marcus will run the demo; Tom hosts and takes questions.",
        [("Send a reminder email to registrants", "Tom Albers", "5/27/2026"),
         ("Prepare the demo environment with sample data", "Marcus Bell", "5/26/2026")])

    agenda_item(
        doc, "Pricing page A/B test", "Priyanka Iyer",
        "Variant B shows +4.1% trial signups after three weeks but the result is not yet "
        "significant (p = 0.08). Hannah suggested stopping the test now and shipping B; Raj and "
        "Priyanka preferred to wait for more traffic. No agreement to stop early.",
        "The test runs two more weeks. Dana will make the call on the final readout.",
        [("Extend the test and share the final readout", "Priyanka Iyer", "5/27/2026")])

    doc.add_paragraph("Other Information", style="Heading 1")
    label_value_table(doc, [
        ("Observers", ""),
        ("Resources", "Roadmap deck; A/B test dashboard"),
        ("Special notes", "Next product review: Tuesday, June 9, 2026, 10:00 AM, Conference Room 4B."),
    ])

    props = doc.core_properties
    props.author = "Liam Okonkwo"
    props.last_modified_by = "Liam Okonkwo"
    props.title = "Product Team Meeting"
    props.created = datetime.datetime(2026, 5, 12, 16, 30, 0)
    props.modified = datetime.datetime(2026, 5, 12, 17, 5, 0)
    props.revision = 2
    docxkit.save(doc, __file__, NAME, props.modified)


if __name__ == "__main__":
    build()
