#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build harrowfield-tc-2019-03-26.docx: town council minutes as a town clerk's
Word template makes them -- a letterhead block, bold attendance labels in plain
paragraphs, minute numbers TC/141 ..., action points as Wingdings arrow bullets
(w:sym + tab), and an action register table (Action / Who / By / Progress).
Deterministic: fixed core properties."""
import datetime
import os
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)
NAME = "harrowfield-tc-2019-03-26.docx"


def labelled(doc, label, text):
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    p.add_run("\t" + text)
    return p


def minute(doc, number, title):
    p = doc.add_paragraph()
    r = p.add_run(number + "\t" + title)
    r.bold = True
    r.underline = True
    return p


def body(doc, text):
    return doc.add_paragraph(text)


def arrow(doc, text):
    """An action point: a Wingdings arrow symbol, a tab, then the text."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Pt(36)
    p.paragraph_format.first_line_indent = Pt(-18)
    r = p.add_run()
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), "Wingdings")
    sym.set(qn("w:char"), "F0D8")
    r._r.append(sym)
    r._r.append(OxmlElement("w:tab"))
    p.add_run(text).bold = True
    return p


def table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            c = t.cell(i, j)
            run = c.paragraphs[0].add_run(cell)
            run.bold = i == 0
    return t


def build():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.sections[0].header.paragraphs[0].text = "Harrowfield Town Council \u2013 Full Council 26.03.2019"
    doc.sections[0].footer.paragraphs[0].text = "Chairman\u2019s initials ........"

    for line, size in (("HARROWFIELD TOWN COUNCIL", 16), ("Town Hall, Market Square, Harrowfield HF1 2AB", 10),
                       ("Tel: 01632 960412   clerk@harrowfield-tc.example.gov.uk", 10)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line)
        r.font.size = Pt(size)
        r.bold = size > 10

    p = doc.add_paragraph()
    p.add_run("MINUTES OF THE MEETING OF FULL COUNCIL held on Tuesday 26 March 2019 at 7.00pm in the "
              "Council Chamber, Town Hall").bold = True

    labelled(doc, "Present:", "The Mayor, Cllr J. Okonedo (in the Chair); the Deputy Mayor, Cllr C. "
                              "Fairweather; Cllrs B. Ashworth, R. Dhillon, H. Grantham, L. McAllister, "
                              "S. Novak, T. Price and W. Youngman.")
    labelled(doc, "In attendance:", "Mr O. Pritchard (Town Clerk), Ms K. Lam (Deputy Town Clerk, "
                                    "minutes), PCSO D. Whitlock (for item TC/144) and 11 members of "
                                    "the public.")
    labelled(doc, "Apologies:", "Cllrs P. Rowntree and A. Sen.")
    labelled(doc, "Absent:", "Cllr D. Varley.")

    minute(doc, "TC/141", "APOLOGIES FOR ABSENCE")
    body(doc, "Apologies were received from Cllr Rowntree (illness) and Cllr Sen (work), and the "
              "reasons were accepted.")

    minute(doc, "TC/142", "DECLARATIONS OF INTEREST")
    body(doc, "Cllr Novak declared an other registrable interest in item TC/149 as an allotment "
              "tenant and left the chamber for that item.")

    minute(doc, "TC/143", "PUBLIC FORUM")
    body(doc, "Six residents spoke in favour of the skate park proposal (TC/147), including two "
              "members of the youth council. One resident asked why the public toilets in Market "
              "Square had been closed since January; the Town Clerk explained the vandalism repairs "
              "and undertook to reply in writing.")
    arrow(doc, "Town Clerk to reply in writing to the resident about the Market Square toilets by "
               "9 April.")

    minute(doc, "TC/144", "POLICE REPORT")
    body(doc, "PCSO Whitlock reported 38 crimes in the parish in February against 45 in January, "
              "mostly anti-social behaviour around the bus station. The next PACT meeting will be "
              "held on Thursday 11 April at 6.00pm at Harrowfield Library.")

    minute(doc, "TC/145", "MINUTES")
    body(doc, "RESOLVED that the minutes of the Full Council meeting held on 26 February 2019 be "
              "approved and signed as a true record.")

    minute(doc, "TC/146", "MAYOR\u2019S ANNOUNCEMENTS")
    body(doc, "The Mayor thanked members who attended the Civic Service on 17 March. Tickets for the "
              "Mayor\u2019s Charity Ball on Saturday 4 May at the Corn Exchange are on sale at the "
              "Town Hall reception.")

    minute(doc, "TC/147", "SKATE PARK")
    body(doc, "The Council considered the report of the Recreation Working Group. It was moved by "
              "Cllr Price and seconded by Cllr Grantham that the Council commits \u00a365,000 from "
              "the capital reserve to the skate park project at Coronation Field, subject to "
              "securing match funding of at least \u00a340,000.")
    body(doc, "Cllr Youngman moved an amendment, seconded by Cllr Ashworth, to reduce the commitment "
              "to \u00a340,000. For 3, Against 6, Abstain 0. The amendment was LOST.")
    body(doc, "The substantive motion was put: For 6, Against 2, Abstain 1. The motion was CARRIED.")
    arrow(doc, "Deputy Town Clerk to submit the match-funding bid to the Active Spaces Fund by "
               "30 April.")

    minute(doc, "TC/148", "BUDGET MONITORING")
    body(doc, "The Council noted the budget monitoring report to 28 February 2019: expenditure of "
              "\u00a3412,506 against an annual budget of \u00a3447,900, with the cemetery income "
              "\u00a36,200 below forecast.")

    minute(doc, "TC/149", "ALLOTMENT RENTS")
    body(doc, "Cllr Novak left the chamber. RESOLVED to increase allotment rents by 5% for the "
              "2019/20 year. Cllr Novak returned.")
    arrow(doc, "Town Clerk to write to all allotment holders with the new rents.")

    minute(doc, "TC/150", "CALENDAR OF MEETINGS 2019/20")
    body(doc, "RESOLVED to adopt the calendar of meetings for 2019/20 at Appendix C.")

    minute(doc, "TC/151", "DATE OF NEXT MEETING")
    body(doc, "The Annual Meeting of the Town Council will be held on Tuesday 14 May 2019 at 7.00pm "
              "in the Council Chamber, Town Hall.")
    body(doc, "The meeting closed at 8.47pm.")

    p = doc.add_paragraph()
    p.add_run("ACTION REGISTER").bold = True
    table(doc, [
        ["Action", "Who", "By", "Progress"],
        ["Reply to resident re Market Square toilets (TC/143)", "Town Clerk", "9 April 2019", "Outstanding"],
        ["Match-funding bid, Active Spaces Fund (TC/147)", "Deputy Town Clerk", "30 April 2019", "Outstanding"],
        ["Letter to allotment holders re new rents (TC/149)", "Town Clerk", "", "Outstanding"],
        ["Repaint bandstand (TC/098)", "Works Supervisor", "", "Ongoing"],
        ["Replace Christmas lights controller (TC/112)", "Cllr Price", "", "Done"],
    ])

    cp = doc.core_properties
    cp.author = "Kirsty Lam"
    cp.last_modified_by = "Owen Pritchard"
    cp.created = datetime.datetime(2019, 3, 27, 9, 0, 0)
    cp.modified = datetime.datetime(2019, 3, 28, 14, 22, 0)
    cp.revision = 4
    docxkit.save(doc, __file__, NAME, cp.modified)


if __name__ == "__main__":
    build()
