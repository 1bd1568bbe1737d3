#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build westbury-marsh-planning-2024-06-11.docx: a town council planning
committee's minutes -- attendance as Symbol-font bullets (w:sym F0B7 + tab),
minute references as Heading 2, votes written "(4–2–0)" with en dashes, a table
of planning applications that is not an action list, and an action register
(Ref / Action / Responsible / Target date / Status).  Deterministic: fixed core
properties."""
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
NAME = "westbury-marsh-planning-2024-06-11.docx"


def symbol_bullet(doc, text):
    """A bullet typed the way Word's symbol bullets come out: Symbol F0B7, tab, text."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Pt(54)
    p.paragraph_format.first_line_indent = Pt(-18)
    r = p.add_run()
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), "Symbol")
    sym.set(qn("w:char"), "F0B7")
    r._r.append(sym)
    r._r.append(OxmlElement("w:tab"))
    p.add_run(text)
    return p


def label(doc, text):
    p = doc.add_paragraph()
    p.add_run(text).bold = True
    return p


def para(doc, text):
    return doc.add_paragraph(text)


def table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).paragraphs[0].add_run(cell).bold = i == 0
    return t


def build():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    doc.sections[0].header.paragraphs[0].text = "Westbury Marsh Town Council \u2013 Planning Committee"
    doc.sections[0].footer.paragraphs[0].text = "PL 11.06.24 \u2013 Page 1"

    doc.add_paragraph("Planning Committee", style="Title")
    para(doc, "Minutes of the meeting of the Planning Committee held at 6.30pm on Tuesday 11 June 2024 "
              "in the Council Chamber, The Guildhall, Westbury Marsh")

    label(doc, "Present:")
    for name in ("Cllr Deborah Finch (Chair)", "Deputy Mayor Cllr Ian Rudd (Vice-Chair)",
                 "Cllr Leanne Okoro", "Cllr Michael Tsang", "Cllr Yvonne Harper",
                 "The Mayor, Cllr Graham Pike (ex officio)"):
        symbol_bullet(doc, name)
    label(doc, "In attendance:")
    symbol_bullet(doc, "Sarah Mistry, Planning Officer (minutes)")
    symbol_bullet(doc, "Two members of the public")
    label(doc, "Apologies:")
    symbol_bullet(doc, "Cllr Andrew Caine")
    label(doc, "Absent:")
    symbol_bullet(doc, "Cllr Tom Bellamy")

    doc.add_heading("PL/24/031  Apologies and substitutions", level=2)
    para(doc, "Apologies were received from Cllr Caine. There were no substitutions.")

    doc.add_heading("PL/24/032  Declarations of interest", level=2)
    para(doc, "Cllr Tsang declared an other registrable interest in application 24/00412/HOU as a "
              "neighbour of the applicant and took no part in that item.")

    doc.add_heading("PL/24/033  Minutes", level=2)
    para(doc, "RESOLVED that the minutes of the meeting held on 14 May 2024 be approved as a correct "
              "record (5\u20130\u20131, Cllr Okoro abstaining as she was not present).")

    doc.add_heading("PL/24/034  Public participation", level=2)
    para(doc, "A resident of Mill Cottages spoke against application 24/00398/FUL, citing overlooking "
              "and the loss of the hedge along the footpath. The Chair thanked her; the committee "
              "would consider her points under PL/24/035.")

    doc.add_heading("PL/24/035  Planning applications", level=2)
    para(doc, "The committee considered the following applications:")
    table(doc, [
        ["Application", "Site", "Proposal"],
        ["24/00398/FUL", "Land rear of 3\u20139 Mill Cottages", "Erection of four dwellings"],
        ["24/00412/HOU", "27 Abbey Road", "Two-storey rear extension"],
        ["24/00123/FUL", "Former garage, 14 Station Road", "Change of use to café with flat above"],
    ])
    para(doc, "24/00398/FUL: Cllr Harper proposed, and Cllr Okoro seconded, that the committee "
              "recommends refusal on the grounds of overlooking and loss of hedgerow. (4\u20132\u20130) "
              "The motion was CARRIED.")
    para(doc, "24/00412/HOU: RESOLVED to raise no objection (5\u20130\u20130). Cllr Tsang did not vote.")
    para(doc, "24/00123/FUL: Cllr Rudd proposed, seconded by the Mayor, that the committee supports the "
              "application. (2\u20133\u20131) The motion was LOST. Cllr Finch then proposed, seconded by "
              "Cllr Harper, that the committee objects because of the lack of parking for the café. "
              "(3\u20132\u20131) The motion was CARRIED.")

    doc.add_heading("PL/24/036  Appeals", level=2)
    para(doc, "Appeal APP/K3605/W/24/3341977 against the refusal of 23/01877/OUT (land off Ferry Lane) "
              "will be heard at a hearing on Tuesday 9 July 2024 at 10.00am at The Guildhall. The "
              "committee agreed that the Chair should speak at the hearing to repeat the Council\u2019s "
              "objection.")

    doc.add_heading("PL/24/037  Neighbourhood Plan", level=2)
    para(doc, "The Regulation 14 consultation on the draft Neighbourhood Plan will run from 1 July to "
              "12 August 2024. The working group will meet on Thursday 20 June at 7pm in the Guildhall "
              "annexe to finalise the documents.")

    doc.add_heading("PL/24/038  Budget", level=2)
    para(doc, "The Planning Officer reported that \u00a36,500 of the \u00a312,000 planning consultancy "
              "budget for 2024/25 has been committed (54%), mostly for the Neighbourhood Plan "
              "evidence base.")

    doc.add_heading("PL/24/039  Date of next meeting", level=2)
    para(doc, "Tuesday 9 July 2024 at 6.30pm in the Council Chamber. The meeting closed at 8.02pm.")

    doc.add_heading("Action register", level=2)
    table(doc, [
        ["Ref", "Action", "Responsible", "Target date", "Status"],
        ["PL/24/035", "Submit the committee\u2019s comments on the three applications",
         "Planning Officer", "14/06/2024", "Open"],
        ["PL/24/036", "Register to speak at the appeal hearing", "Chair", "2 July 2024", "Open"],
        ["PL/24/037", "Circulate the draft Regulation 14 documents", "NP Working Group",
         "24 June 2024", "Open"],
        ["PL/24/020", "Chase Highways about the Station Road crossing", "Planning Officer", "",
         "Carried forward"],
        ["PL/24/027", "Update the planning protocol", "Chair and Vice-Chair", "", "Closed"],
    ])

    cp = doc.core_properties
    cp.author = "Sarah Mistry"
    cp.last_modified_by = "Sarah Mistry"
    cp.created = datetime.datetime(2024, 6, 12, 9, 45, 0)
    cp.modified = datetime.datetime(2024, 6, 13, 16, 20, 0)
    cp.revision = 3
    docxkit.save(doc, __file__, NAME, cp.modified)


if __name__ == "__main__":
    build()
