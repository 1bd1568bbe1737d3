#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build tricounty-safety-2017-04.docx in the shape of Word's "Formal meeting minutes"
template (en-US): organisation name and "Formal Meeting Minutes" at the top, a
date/time/location line with a numeric US date (04/11/2017 is April 11), Heading 1
sections (Opening, Present, Approval of Agenda, Approval of Minutes, Open Issues, New
Business, Agenda for Next Meeting, Adjournment), lettered items typed by hand, and a
closing "Minutes submitted by / Approved by" block."""
import datetime
import os
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)
NAME = "tricounty-safety-2017-04.docx"


def centered(doc, words, size, bold=False):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(words)
    r.font.size = Pt(size)
    r.bold = bold
    return p


def lettered(doc, letter, words):
    p = doc.add_paragraph(letter + ")\t" + words)
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-0.75)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))


def build():
    doc = Document()
    docxkit.set_language(doc, "en-US")
    doc.styles["Normal"].font.name = "Georgia"
    doc.styles["Normal"].font.size = Pt(10.5)

    centered(doc, "Tri-County Transit Authority", 16, bold=True)
    centered(doc, "Formal Meeting Minutes", 13)
    centered(doc, "Depot B Safety Committee", 12)
    centered(doc, "04/11/2017 | 7:00 AM | Depot B Training Room, 2200 Harmon Ave.", 10.5)

    doc.add_paragraph("Opening", style="Heading 1")
    doc.add_paragraph("The regular meeting of the Depot B Safety Committee was called to order "
                      "at 7:02 AM on 04/11/2017 in the Depot B training room by Gloria Estevez.")

    doc.add_paragraph("Present", style="Heading 1")
    doc.add_paragraph("Gloria Estevez (Chair), Ray Dunham (IAM Local 1487), Tanya Booker "
                      "(Operators' representative), Kevin O'Malley (Facilities), "
                      "Dr. Lisa Hwang (Occupational Health), Victor Salas (Safety Officer, "
                      "Secretary)")
    doc.add_paragraph("Absent: Doug Pfeiffer")

    doc.add_paragraph("Approval of Agenda", style="Heading 1")
    doc.add_paragraph("The agenda was approved as distributed.")

    doc.add_paragraph("Approval of Minutes", style="Heading 1")
    doc.add_paragraph("The minutes of the 03/14/2017 meeting were approved with one correction "
                      "(lift number in item 4). Motion by Ray Dunham, second by Tanya Booker; "
                      "unanimous.")

    doc.add_paragraph("Open Issues", style="Heading 1")
    lettered(doc, "a", "Lift #3 hydraulic leak: repaired 3/28 and the inspection certificate "
                       "has been received. Closed.")
    lettered(doc, "b", "Eyewash station test logs: Kevin O'Malley is setting up weekly tests "
                       "with a sign-off sheet at each station. Ongoing.")

    doc.add_paragraph("New Business", style="Heading 1")
    lettered(doc, "a", "Heat illness prevention plan: Dr. Hwang presented the plan for the summer. "
                       "Every operator and mechanic will attend a 45-minute session during May; "
                       "the first is Tuesday 5/2/2017 at 6:30 AM in the training room. Motion to "
                       "adopt the plan by Tanya Booker, second by Ray Dunham. Passed 5-0.")
    lettered(doc, "b", "Anti-fatigue mats: Ray Dunham asked for mats at all workbenches (about "
                       "$4,200). There was support but no vote; Gloria Estevez asked for quotes "
                       "first.")
    lettered(doc, "c", "OSHA 300A summary: posted since February 1 as required. Victor Salas "
                       "will take it down on 5/1 and file it.")
    lettered(doc, "d", "Safety Week is June 12-16, 2017. Entries for the operators' poster "
                       "contest are due May 19.")

    doc.add_paragraph("Action Items", style="Heading 1")
    for words in ("Kevin O'Malley – three quotes for anti-fatigue mats by 5/5/2017",
                  "Victor Salas – take down and file the 300A summary, 5/1/2017",
                  "Tanya Booker – poster contest flyer by 4/21/2017",
                  "Dr. Lisa Hwang – schedule the May heat illness sessions by 4/18/2017",
                  "Kevin O'Malley – weekly eyewash tests (ongoing)"):
        doc.add_paragraph(words, style="List Bullet")

    doc.add_paragraph("Agenda for Next Meeting", style="Heading 1")
    doc.add_paragraph("Heat illness training attendance; mat quotes; Safety Week plan. The next "
                      "meeting is Tuesday, May 9, 2017 at 7:00 AM in the training room (the "
                      "committee meets on the second Tuesday of every month).")

    doc.add_paragraph("Adjournment", style="Heading 1")
    doc.add_paragraph("The meeting was adjourned at 7:58 AM by Gloria Estevez. Motion by Kevin "
                      "O'Malley, second by Tanya Booker.")

    doc.add_paragraph()
    doc.add_paragraph("Minutes submitted by:\tVictor Salas")
    doc.add_paragraph("Approved by:\t")

    props = doc.core_properties
    props.author = "Victor Salas"
    props.last_modified_by = "Victor Salas"
    props.title = "Safety Committee Minutes 04/11/2017"
    props.created = datetime.datetime(2017, 4, 11, 15, 40, 0)
    props.modified = datetime.datetime(2017, 4, 12, 8, 5, 0)
    props.revision = 4
    docxkit.save(doc, __file__, NAME, props.modified)


if __name__ == "__main__":
    build()
