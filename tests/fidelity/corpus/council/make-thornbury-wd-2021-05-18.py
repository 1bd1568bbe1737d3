#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build thornbury-wd-2021-05-18.docx: a public water district board's minutes
-- agenda as a real numbered list (List Number), bold item headings that repeat
the agenda, roll-call votes, a resolution number that looks like a date, and a
follow-up table with unusual columns (Task / Who / When / Progress).
Deterministic: fixed core properties."""
import datetime
import os
import sys

from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)
NAME = "thornbury-wd-2021-05-18.docx"

AGENDA = [
    "Call to Order and Roll Call",
    "Public Comment",
    "Approval of Minutes",
    "Warrants",
    "Resolution No. 21-09: Water Shortage Contingency Plan",
    "Water Rate Study and Public Hearing",
    "Cedar Hollow Road Main Replacement",
    "General Manager\u2019s Report",
    "Closed Session",
    "Adjournment",
]


def heading(doc, n, text):
    p = doc.add_paragraph()
    r = p.add_run("%d.\t%s" % (n, text.upper()))
    r.bold = True
    return p


def para(doc, text):
    return doc.add_paragraph(text)


def build():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.sections[0].header.paragraphs[0].text = "THORNBURY WATER DISTRICT \u2022 Board of Directors"

    doc.add_paragraph("Thornbury Water District", style="Title")
    p = doc.add_paragraph()
    p.add_run("Minutes \u2013 Regular Meeting of the Board of Directors").bold = True
    para(doc, "May 18, 2021, 6:00 p.m. (Pacific Time)")
    para(doc, "Held by teleconference (Zoom) under the Governor\u2019s Executive Order N-29-20")

    doc.add_heading("Agenda", level=2)
    for item in AGENDA:
        doc.add_paragraph(item, style="List Number")

    heading(doc, 1, AGENDA[0])
    para(doc, "President Stroud called the meeting to order at 6:02 p.m. The Board Secretary called "
              "the roll.")
    para(doc, "Directors present: President Helen Stroud, Vice President Arturo Delgado, Director "
              "Min-jun Cho, Director Patrick Whitfield, Director Kendra Obi.")
    para(doc, "Directors absent: None.")
    para(doc, "Staff present: Lyle Benson, General Manager; Andrea Fiske, District Counsel (Fiske & "
              "Moran LLP); Gloria Pham, Board Secretary.")

    heading(doc, 2, AGENDA[1])
    para(doc, "Two customers commented by telephone on the proposed rate increase, both asking that "
              "the Board consider a lifeline rate for low-income households.")

    heading(doc, 3, AGENDA[2])
    para(doc, "On motion by Director Cho, seconded by Director Obi, the minutes of the April 20, "
              "2021 regular meeting were approved as presented. Ayes: Cho, Delgado, Obi, Stroud, "
              "Whitfield. Noes: None. (5-0)")

    heading(doc, 4, AGENDA[3])
    para(doc, "On motion by Vice President Delgado, seconded by Director Whitfield, the Board "
              "approved warrants nos. 40218 through 40307 totaling $612,448.19. Ayes: 5. Noes: 0.")

    heading(doc, 5, AGENDA[4])
    para(doc, "The General Manager summarized the plan\u2019s six shortage stages. Director Whitfield "
              "objected to the mandatory outdoor watering limits at Stage 2.")
    para(doc, "On motion by Director Obi, seconded by President Stroud, the Board adopted Resolution "
              "No. 21-09 adopting the 2021 Water Shortage Contingency Plan. Roll call vote \u2013 "
              "Ayes: Cho, Delgado, Obi, Stroud. Noes: Whitfield. Motion carried 4-1.")

    heading(doc, 6, AGENDA[5])
    para(doc, "The consultant presented the draft rate study: a 6.5% increase in each of the next "
              "three fiscal years, with the FY 2021-22 operating budget at $7.84 million. Directors "
              "asked staff to include a lifeline rate option in the hearing materials.")
    para(doc, "On motion by Vice President Delgado, seconded by Director Obi, the Board set a public "
              "hearing on the proposed rates for June 15, 2021 at 6:00 p.m. Motion carried 5-0.")

    heading(doc, 7, AGENDA[6])
    para(doc, "Three bids were received on May 6. Director Whitfield moved to continue the item to "
              "June to allow a second look at the low bidder\u2019s references; the motion died for "
              "lack of a second.")
    para(doc, "On motion by Director Cho, seconded by Vice President Delgado, the Board awarded the "
              "Cedar Hollow Road main replacement contract to Sierra Pipeline Inc. for $1,927,600. "
              "Ayes: Cho, Delgado, Obi, Stroud. Noes: Whitfield. Motion carried 4-1.")

    heading(doc, 8, AGENDA[7])
    para(doc, "Reservoir 2 recoating was completed on May 7, one week ahead of schedule. Production "
              "for April was 9% below April 2020. A customer workshop on conservation rebates will "
              "be held Saturday, June 5 at 10:00 a.m. at the District office, 88 Quarry Road.")

    heading(doc, 9, AGENDA[8])
    para(doc, "The Board went into closed session at 7:48 p.m. (conference with legal counsel, "
              "anticipated litigation, one case) and returned at 8:14 p.m. No reportable action.")

    heading(doc, 10, AGENDA[9])
    para(doc, "President Stroud adjourned the meeting at 8:17 p.m. The next regular meeting, which "
              "will include the rate hearing, is June 15, 2021 at 6:00 p.m.")

    p = doc.add_paragraph()
    p.add_run("Follow-up").bold = True
    rows = [
        ["Task", "Who", "When", "Progress"],
        ["Publish notice of the June 15 rate hearing", "Board Secretary", "May 28, 2021", "Open"],
        ["Add lifeline rate option to hearing materials", "General Manager", "June 4, 2021", "Open"],
        ["Issue notice to proceed to Sierra Pipeline Inc.", "General Manager", "June 1, 2021", "Open"],
        ["Post conservation workshop flyer", "Staff", "", "Open"],
        ["Revise reserve policy draft (from March)", "District Counsel", "", "In progress"],
        ["New SCADA radio at Pump Station 4", "General Manager", "", "Complete"],
    ]
    t = doc.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).paragraphs[0].add_run(cell).bold = i == 0

    para(doc, "")
    para(doc, "Attest: Gloria Pham, Board Secretary")

    cp = doc.core_properties
    cp.author = "Gloria Pham"
    cp.last_modified_by = "Gloria Pham"
    cp.created = datetime.datetime(2021, 5, 19, 15, 30, 0)
    cp.modified = datetime.datetime(2021, 5, 24, 9, 10, 0)
    cp.revision = 5
    docxkit.save(doc, __file__, NAME, cp.modified)


if __name__ == "__main__":
    build()
