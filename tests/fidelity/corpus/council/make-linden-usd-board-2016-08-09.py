#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build linden-usd-board-2016-08-09.docx: a US school board's regular meeting
minutes -- Title, numbered Heading 1 items typed as "1. CALL TO ORDER", Heading 2
sub-items (8.1 ...), roll-call motions with ayes/noes, a consent agenda in List
Bullet, a "Follow-up requested" list in List Number (real numbering).
Deterministic: fixed core properties."""
import datetime
import os
import sys

from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)
NAME = "linden-usd-board-2016-08-09.docx"


def h1(doc, text):
    return doc.add_heading(text, level=1)


def h2(doc, text):
    return doc.add_heading(text, level=2)


def para(doc, text, label=None):
    p = doc.add_paragraph()
    if label:
        p.add_run(label).bold = True
        p.add_run(" ")
    p.add_run(text)
    return p


def build():
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(12)
    doc.sections[0].header.paragraphs[0].text = "Linden USD Board of Education \u2013 Minutes \u2013 Regular Meeting"
    doc.sections[0].footer.paragraphs[0].text = "Approved: ____________"

    doc.add_paragraph("LINDEN UNIFIED SCHOOL DISTRICT", style="Title")
    doc.add_paragraph("Minutes of the Regular Meeting of the Board of Education", style="Subtitle")
    para(doc, "Tuesday, August 9, 2016 \u2013 6:30 p.m.")
    para(doc, "District Office Board Room, 410 Alder Street, Linden")

    h1(doc, "1. CALL TO ORDER")
    para(doc, "President Whitford called the meeting to order at 6:31 p.m.")

    h1(doc, "2. ROLL CALL")
    para(doc, "President Carla Whitford, Vice President Dale Hernandez, Clerk Teresa Munoz, "
              "Member Grant Albrecht, Member Naomi Feld", label="Members present:")
    para(doc, "Member Rosa Quintanilla (excused)", label="Members absent:")
    para(doc, "Dr. Leonard Osei, Superintendent; Amy Kwan, Assistant Superintendent, Business "
              "Services; Heather Doyle, Recording Secretary", label="Also present:")

    h1(doc, "3. PLEDGE OF ALLEGIANCE")
    para(doc, "Led by Member Feld.")

    h1(doc, "4. APPROVAL OF AGENDA")
    para(doc, "Motion by Member Feld, second by Vice President Hernandez, to approve the agenda as "
              "presented. Motion carried 5-0.")

    h1(doc, "5. APPROVAL OF MINUTES")
    para(doc, "Motion by Member Albrecht, second by Clerk Munoz, to approve the minutes of the "
              "Regular Meeting of July 12, 2016 and the Special Meeting of July 26, 2016. Motion "
              "carried 4-0-1 (Feld abstained; she was absent on July 26).")

    h1(doc, "6. PUBLIC COMMENT")
    para(doc, "Three speakers addressed the Board. Two parents from Cedar Grove Elementary spoke "
              "about the drop-off line on Birch Road. A Linden High School teacher spoke in favor of "
              "item 8.2. The President reminded speakers that the Board cannot discuss items not on "
              "the agenda.")

    h1(doc, "7. REPORTS")
    h2(doc, "7.1 Superintendent\u2019s Report")
    para(doc, "Dr. Osei reported that summer facilities work is on schedule except the Cedar Grove "
              "roof, which will finish over Labor Day weekend. The first day of school is Wednesday, "
              "August 17. Back-to-School Night at Linden High School is Thursday, August 25 at "
              "6:00 p.m. in the gymnasium.")
    h2(doc, "7.2 Enrollment")
    para(doc, "Ms. Kwan reported projected enrollment of 4,912, down 38 from the 2015-16 CBEDS count.")

    h1(doc, "8. ACTION ITEMS")
    h2(doc, "8.1 Consent Agenda")
    for item in ("Warrants for July 2016 totaling $1,284,310.55",
                 "Certificated and classified personnel report",
                 "Overnight field trip: LHS Mock Trial team, state finals, March 2017",
                 "Donation of $2,500 from the Linden Rotary Club for the elementary science kits"):
        doc.add_paragraph(item, style="List Bullet")
    para(doc, "Motion by Clerk Munoz, second by Member Albrecht, to approve the consent agenda. "
              "Motion carried 5-0.")

    h2(doc, "8.2 Resolution No. 2016-07: 2016-17 Appropriations Limit")
    para(doc, "Motion by Member Feld, second by Clerk Munoz, to adopt Resolution No. 2016-07 "
              "establishing the 2016-17 appropriations limit at $18,906,442. Roll call vote: "
              "Ayes: Albrecht, Feld, Hernandez, Munoz, Whitford. Noes: none. Absent: Quintanilla. "
              "Motion carried 5-0.")

    h2(doc, "8.3 Later Start Time Pilot, Linden High School")
    para(doc, "Vice President Hernandez presented the committee\u2019s proposal for an 8:45 a.m. start "
              "at Linden High School. Members discussed bus routing costs and athletics schedules. "
              "Motion by Vice President Hernandez, second by Member Albrecht, to approve a one-year "
              "pilot of an 8:45 a.m. start time at Linden High School beginning in August 2017. "
              "Ayes: Albrecht, Hernandez. Noes: Feld, Munoz, Whitford. Motion failed 2-3.")

    h2(doc, "8.4 Student Transportation Contract")
    para(doc, "Motion by Member Albrecht, second by President Whitford, to approve the 2016-17 "
              "student transportation contract with Bayline Coach Lines in an amount not to exceed "
              "$342,000. Motion carried 4-1 (Feld no).")

    h2(doc, "8.5 Board Policy 5131.2, Bullying \u2013 First Reading")
    para(doc, "First reading only; no action taken. Members asked staff to add the reporting form "
              "in Spanish. Second reading is scheduled for the September 13 meeting.")

    h1(doc, "9. FOLLOW-UP REQUESTED BY THE BOARD")
    doc.add_paragraph("Ms. Kwan to provide bus ridership figures by school by September 2.",
                      style="List Number")
    doc.add_paragraph("Staff to post the revised bullying policy and Spanish reporting form on the "
                      "district website for public comment.", style="List Number")
    doc.add_paragraph("Dr. Osei to meet the Cedar Grove principal and the City about the Birch Road "
                      "drop-off line.", style="List Number")

    h1(doc, "10. CLOSED SESSION")
    para(doc, "The Board recessed to closed session at 8:52 p.m. (Government Code 54957.6, "
              "negotiations with the Linden Teachers Association) and reconvened in open session at "
              "9:31 p.m. There was no reportable action.")

    h1(doc, "11. NEXT REGULAR MEETING")
    para(doc, "Tuesday, September 13, 2016, 6:30 p.m., District Office Board Room, 410 Alder Street.")

    h1(doc, "12. ADJOURNMENT")
    para(doc, "The meeting was adjourned at 9:33 p.m.")
    para(doc, "Respectfully submitted, Heather Doyle, Recording Secretary")

    cp = doc.core_properties
    cp.author = "Heather Doyle"
    cp.last_modified_by = "Heather Doyle"
    cp.created = datetime.datetime(2016, 8, 10, 16, 0, 0)
    cp.modified = datetime.datetime(2016, 8, 11, 8, 30, 0)
    cp.revision = 2
    docxkit.save(doc, __file__, NAME, cp.modified)


if __name__ == "__main__":
    build()
