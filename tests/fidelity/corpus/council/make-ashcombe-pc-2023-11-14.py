#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build ashcombe-pc-2023-11-14.docx: parish council minutes in the shape clerks
use in Word -- title, attendance table, numbered minute headings (23/112 ...),
bold "RESOLVED", an action register table, a page header.  Deterministic: fixed
core properties, no dates taken from the clock."""
import datetime
import os
import sys

from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)
NAME = "ashcombe-pc-2023-11-14.docx"


def para(doc, text="", style=None, bold_prefix=None):
    p = doc.add_paragraph(style=style)
    if bold_prefix:
        p.add_run(bold_prefix).bold = True
    if text:
        p.add_run(text)
    return p


def minute(doc, number, heading):
    """A minute heading: the minute number, a tab, the subject in capitals."""
    p = doc.add_paragraph(style="Heading 1")
    p.add_run(number + "\t" + heading)
    return p


def resolved(doc, text):
    p = doc.add_paragraph()
    p.add_run("RESOLVED").bold = True
    p.add_run(" " + text)
    return p


def table(doc, rows, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(cell)
            if i == 0:
                run.bold = True
    return t


def build():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)

    header = doc.sections[0].header.paragraphs[0]
    header.text = "Ashcombe Parish Council \u2013 Full Council \u2013 14.11.23 \u2013 DRAFT until approved"

    doc.add_paragraph("ASHCOMBE PARISH COUNCIL", style="Title")
    para(doc, "Minutes of the Meeting of the Parish Council held on Tuesday 14 November 2023 "
              "at 7.30pm in Ashcombe Village Hall, Church Lane")

    table(doc, [
        ["Name", "Role", "Attendance"],
        ["Cllr Margaret Holloway", "Chair", "Present"],
        ["Cllr Dennis Pryce", "Vice-Chair", "Present"],
        ["Cllr Anita Sharma", "Councillor", "Present"],
        ["Cllr Geoffrey Tull", "Councillor", "Present"],
        ["Cllr Rhian Owens", "Councillor", "Apologies"],
        ["Cllr Peter Quayle", "Councillor", "Absent"],
        ["Mrs Julie Banfield", "Clerk and RFO", "In attendance"],
        ["Cllr Sandra Marsh", "District Councillor", "In attendance (from 8.05pm)"],
    ])
    para(doc, "Four members of the public were present.")

    minute(doc, "23/112", "APOLOGIES FOR ABSENCE")
    para(doc, "Apologies were received and accepted from Cllr Owens (work commitments). "
              "Cllr Quayle was absent without apology.")

    minute(doc, "23/113", "DECLARATIONS OF INTEREST")
    para(doc, "Cllr Tull declared a non-pecuniary interest in item 23/118(b) as a neighbour of the "
              "applicant and left the room for that item. No requests for dispensation had been "
              "received.")

    minute(doc, "23/114", "MINUTES OF THE PREVIOUS MEETING")
    para(doc, "The minutes of the meeting held on 10 October 2023, having been circulated, were "
              "approved as a correct record and signed by the Chair. Proposed Cllr Pryce, seconded "
              "Cllr Sharma; all in favour.")

    minute(doc, "23/115", "PUBLIC PARTICIPATION")
    para(doc, "The meeting was adjourned for public participation at 7.34pm.")
    para(doc, "A resident raised the poor surface of footpath FP14 between Mill Lane and the school, "
              "which floods after rain. The Clerk will report it to the County Council\u2019s rights "
              "of way team.")
    para(doc, "Two residents spoke in support of application 23/01467/HOU (4 Orchard Close).")
    para(doc, "The meeting was reconvened at 7.49pm.")

    minute(doc, "23/116", "DISTRICT COUNCILLOR\u2019S REPORT")
    para(doc, "Cllr Marsh reported that the District Council\u2019s budget consultation is open and "
              "closes on 8 January 2024; residents can respond online or at the library. The "
              "garden waste collection will move to a four-weekly winter round from December.")

    minute(doc, "23/117", "FINANCE")
    para(doc, "(a) Payments", bold_prefix=None)
    resolved(doc, "that the payments listed in Appendix A, totalling \u00a33,412.86, be approved. "
                  "Proposed Cllr Holloway, seconded Cllr Tull.")
    para(doc, "(b) Budget and precept 2024/25")
    para(doc, "The draft budget of \u00a352,300 for 2024/25 was discussed line by line. The Clerk "
              "explained that the increase is mainly the insurance renewal (\u00a31,940, up from "
              "\u00a31,610) and the play area repairs. Cllr Sharma asked whether the precept could be "
              "held at the 2023/24 level by drawing on general reserves; the Clerk advised that "
              "reserves would then fall below three months\u2019 expenditure.")
    para(doc, "Cllr Pryce proposed that the precept for 2024/25 be set at \u00a348,750 (an increase "
              "of 4.2%); seconded Cllr Holloway. Vote: 3 for, 1 against, 0 abstentions. The motion "
              "was CARRIED.")
    para(doc, "(c) Earmarked reserves")
    resolved(doc, "to transfer \u00a35,000 from general reserves to the play area reserve. "
                  "Proposed Cllr Sharma, seconded Cllr Pryce; all in favour.")

    minute(doc, "23/118", "PLANNING")
    para(doc, "(a) 23/01467/HOU \u2013 single storey rear extension, 4 Orchard Close.")
    resolved(doc, "to raise no objection to application 23/01467/HOU.")
    para(doc, "(b) 23/01502/FUL \u2013 erection of two dwellings with access, land adjacent to "
              "The Forge, High Street. Cllr Tull left the room at 8.21pm.")
    para(doc, "Cllr Sharma proposed that the Council object on highways grounds (visibility at the "
              "access onto the High Street); seconded Cllr Pryce for the purpose of debate. For 1, "
              "Against 2, Abstain 0. The motion was LOST.")
    para(doc, "Cllr Holloway then proposed that the Council make no objection but ask the planning "
              "authority to impose a condition on visibility splays at the access; seconded Cllr "
              "Pryce. For 2, Against 1. The motion was CARRIED. Cllr Tull returned at 8.33pm.")
    para(doc, "(c) Decisions received: 23/01188/FUL (The Old Dairy) was approved by the District "
              "Council on 30 October 2023.")

    minute(doc, "23/119", "PLAY AREA")
    para(doc, "The annual independent inspection report was received. Two items were rated medium "
              "risk: worn swing seat chains and a loose bolt on the climbing frame, which Cllr Tull "
              "has already tightened. The Clerk will obtain quotes for new chains.")

    minute(doc, "23/120", "REMEMBRANCE")
    para(doc, "The Chair thanked everyone who attended the Remembrance Sunday service on 12 November "
              "and the Scouts for laying the wreath.")

    minute(doc, "23/121", "CHRISTMAS TREE LIGHTING")
    para(doc, "The Christmas tree lighting will take place on Saturday 2 December at 5pm on the "
              "village green, with carols by the school choir. Cllr Pryce will arrange the "
              "electrician.")

    minute(doc, "23/122", "CORRESPONDENCE")
    para(doc, "The correspondence list was noted. The bus operator\u2019s letter dated 3 November "
              "about the new timetable is to go on the noticeboard.")

    minute(doc, "23/123", "DATE OF NEXT MEETING")
    para(doc, "Tuesday 12 December 2023 at 7.30pm, Ashcombe Village Hall.")
    para(doc, "There being no further business the Chair closed the meeting at 9.12pm.")

    doc.add_heading("Action register", level=1)
    table(doc, [
        ["Action", "Owner", "Due", "Status"],
        ["Report FP14 surface to County rights of way team", "Clerk", "24 Nov 2023", "Open"],
        ["Quotes for swing seat chains (play area)", "Clerk", "8 Dec 2023", "Open"],
        ["Submit comments on 23/01502/FUL (visibility splays condition)", "Clerk", "21 Nov 2023", "Open"],
        ["Notify District Council of 2024/25 precept", "RFO", "31 Jan 2024", "Open"],
        ["Christmas tree lighting: book electrician", "Cllr Pryce", "1 Dec 2023", "Open"],
        ["Replace cracked noticeboard glass (min. 23/098)", "Cllr Tull", "\u2014", "Completed"],
        ["Renew defibrillator pads (min. 23/076)", "Cllr Owens", "30 Nov 2023", "Carried forward"],
    ])

    para(doc, "")
    para(doc, "Signed ............................................ (Chair)\tDate ....................")

    cp = doc.core_properties
    cp.author = "Julie Banfield"
    cp.last_modified_by = "Julie Banfield"
    cp.created = datetime.datetime(2023, 11, 16, 10, 5, 0)
    cp.modified = datetime.datetime(2023, 11, 16, 11, 40, 0)
    cp.revision = 3
    docxkit.save(doc, __file__, NAME, cp.modified)


if __name__ == "__main__":
    build()
