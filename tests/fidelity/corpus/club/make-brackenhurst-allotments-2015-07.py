#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build brackenhurst-allotments-2015-07.docx: an allotment society's committee
minutes as a secretary types them in Word -- bold labels, then one table with the
item number, the item and an Action column holding initials."""
import datetime
import os
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)
NAME = "brackenhurst-allotments-2015-07.docx"

ROWS = [
    ("1.", "Apologies", "Alan Whitworth.", ""),
    ("2.", "Minutes of last meeting",
     "The minutes of the meeting held on 9th June were agreed as a true record and "
     "signed by the Chair.", ""),
    ("3.", "Matters arising",
     "Water trough on the top path has been re-plumbed by TM - done.\n"
     "Hedge along the car park is still not cut. DH has written to the council again "
     "and will phone the parks officer if nothing happens by the end of the month.",
     "DH"),
    ("4.", "Treasurer's report",
     "Bank balance £2,318.44. Shop takings for June £412.60. Rents received for 74 of "
     "the 80 plots. TM to send second reminders to the six plot-holders who have not paid.",
     "TM"),
    ("5.", "Plot inspection",
     "The inspection was held on Saturday 4th July. Five plots were found uncultivated and "
     "will be sent a first letter. Plots 12b and 31 have been given up and will be "
     "re-let from the waiting list (9 names).",
     "SP"),
    ("6.", "Open Day and Produce Show",
     "Saturday 29th August, 11am to 3pm, on the site. Classes as last year with a new "
     "class for the heaviest marrow. The judge will be Mrs Ivy Treadwell of Holme "
     "Horticultural Society. Raffle prizes to be handed in at the shop by 22nd August. "
     "Bev and Joan will run the tea tent.",
     "BC / JE"),
    ("7.", "Bonfires and shredder",
     "JE proposed that the society buy a petrol shredder (about £650) so that bonfires "
     "can be stopped on the site; seconded by WN. Votes: 4 for, 1 against, 1 abstention. "
     "Carried. TM to order the shredder and arrange a demonstration for members.",
     "TM"),
    ("8.", "Water",
     "The meter reading shows use up by about 30% on last year. Members discussed "
     "asking every plot to have a water butt; no decision was reached and it will be "
     "discussed again in September.", ""),
    ("9.", "A.O.B.",
     "Rats seen near the compost bays at the bottom gate. DH to contact pest control.",
     "DH"),
    ("10.", "Date of next meeting",
     "Tuesday 8th September 2015 at 7.30pm in the Trading Hut.", ""),
]


def label_line(doc, label, text):
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(" " + text)
    return p


def fill_cell(cell, text, bold=False):
    lines = text.split("\n")
    cell.paragraphs[0].add_run(lines[0]).bold = bold
    for line in lines[1:]:
        cell.add_paragraph().add_run(line).bold = bold


def build():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)

    header = doc.sections[0].header.paragraphs[0]
    header.text = "Brackenhurst Road Allotment Society\tCommittee minutes\t14.07.15"

    title = doc.add_paragraph(style="Title")
    title.add_run("Brackenhurst Road Allotment Society")
    sub = doc.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sub.add_run("Minutes of the Committee Meeting held on Tuesday 14th July 2015 at 7.30pm "
                "in the Trading Hut").bold = True

    label_line(doc, "Present:", "Derek Hollis (Chair) DH, Sue Pennington (Secretary) SP, "
               "Tariq Mahmood (Treasurer) TM, Joan Ellery JE, Wojciech Nowak WN, "
               "Bev Carter BC")
    label_line(doc, "Apologies:", "Alan Whitworth")

    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, head in zip(table.rows[0].cells, ("No.", "Item", "Notes", "Action")):
        fill_cell(cell, head, bold=True)
    for row in ROWS:
        cells = table.add_row().cells
        fill_cell(cells[0], row[0])
        fill_cell(cells[1], row[1], bold=True)
        fill_cell(cells[2], row[2])
        fill_cell(cells[3], row[3], bold=True)
    for row in table.rows:
        for cell, width in zip(row.cells, (Cm(1.2), Cm(3.5), Cm(10.0), Cm(2.0))):
            cell.width = width

    doc.add_paragraph()
    doc.add_paragraph("Signed ........................................ (Chair)     "
                      "Date ....................")

    props = doc.core_properties
    props.author = "Sue Pennington"
    props.last_modified_by = "Sue Pennington"
    props.title = "Committee minutes July 2015"
    props.created = datetime.datetime(2015, 7, 16, 20, 14, 0)
    props.modified = datetime.datetime(2015, 7, 16, 21, 2, 0)
    props.revision = 3
    docxkit.save(doc, __file__, NAME, props.modified)


if __name__ == "__main__":
    build()
