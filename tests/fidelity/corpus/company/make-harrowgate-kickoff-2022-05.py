#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build harrowgate-kickoff-2022-05.docx: a contractor's project kick-off minutes typed
by hand in Word (en-GB): letterhead in the page header, labels as people type them
("Date of meeting:", "Time of meeting:", "Venue –", "Attendees:-"), headings numbered by
hand with a tab ("1.<TAB>Attendees:-"), tab-separated attendee lines with initials,
numeric dates dd/mm/yy, 24-hour times without a colon ("from 0930 to 1015") and an
action table with borders at the end."""
import datetime
import os
import sys

from docx import Document
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)
NAME = "harrowgate-kickoff-2022-05.docx"


def label(doc, lab, value):
    p = doc.add_paragraph()
    p.add_run(lab).bold = True
    p.add_run(" " + value)
    p.paragraph_format.space_after = Pt(0)


def numbered_heading(doc, number, text):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run(number + "\t" + text)
    r.bold = True
    r.underline = True


def body(doc, text, indent=True):
    p = doc.add_paragraph(text)
    if indent:
        p.paragraph_format.left_indent = Cm(1.0)
    return p


def tab_line(doc, cols, stops=(Cm(5.0), Cm(6.5), Cm(10.5))):
    p = doc.add_paragraph("\t".join(cols))
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.space_after = Pt(0)
    for s in stops:
        p.paragraph_format.tab_stops.add_tab_stop(s)


def build():
    doc = Document()
    docxkit.set_language(doc, "en-GB")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    hdr = doc.sections[0].header
    hdr.paragraphs[0].add_run("HARROWGATE CIVIL ENGINEERING LTD").bold = True
    hdr.add_paragraph("Unit 7, Brindley Park, Northmoor NM4 2QT  |  01632 960 418  |  "
                      "projects@harrowgate-civils.example")

    p = doc.add_paragraph()
    p.add_run("PROJECT KICK-OFF MEETING – A614 CULVERT REPLACEMENT, CARRBRIDGE").bold = True
    p.runs[0].font.size = Pt(14)
    label(doc, "Date of meeting:", "23/05/22")
    label(doc, "Time of meeting:", "from 0930 to 1015")
    label(doc, "Venue –", "Site cabin 2, Carrbridge Lane depot (and Teams)")
    label(doc, "Chaired by:", "Owen Pritchard")
    label(doc, "Minutes by:", "Amira Saleh")

    numbered_heading(doc, "1.", "Attendees:-")
    for cols in (("Owen Pritchard", "OP", "Harrowgate", "Project Manager"),
                 ("Amira Saleh", "AS", "Harrowgate", "Project Administrator"),
                 ("Gareth Lewis", "GL", "Harrowgate", "Site Manager"),
                 ("Jo Fairclough", "JF", "Northmoor County Council", "Client Representative"),
                 ("Dev Chandra", "DC", "Kessington Design", "Designer (on Teams)")):
        tab_line(doc, cols)
    body(doc, "Apologies: Steph Morton (SM), Harrowgate – Health & Safety Advisor")

    numbered_heading(doc, "2.", "Scope and programme:")
    body(doc, "OP outlined the scope: removal of the existing 900mm culvert under the A614 and "
              "replacement with a 1500 x 1200 box culvert, with new headwalls and 40m of "
              "realigned ditch.")
    body(doc, "Works start on site on 13/06/22 with the A614 closed from 13/06/22 to 29/07/22 "
              "(7 weeks), diversion via the B1290. Completion including reinstatement "
              "12/08/22.")
    body(doc, "JF asked whether the closure could start a week earlier, on 06/06/22. It was "
              "agreed to keep 13/06/22 so that residents get two weeks' notice of the closure.")
    body(doc, "Traffic management plan to be submitted to the council by 03/06/22 – GL.")

    numbered_heading(doc, "3.", "Design status:")
    body(doc, "Design is at Stage 4, drawings at rev C. The Category II check certificate is "
              "still outstanding; DC to issue it by 31/05/22.")

    numbered_heading(doc, "4.", "Health & Safety:")
    body(doc, "The draft Construction Phase Plan was issued on 20/05/22. As SM was not present, "
              "OP will go through it with her by 27/05/22. Site induction for all operatives "
              "on 13/06/22 at 0730 in the site cabin.")

    numbered_heading(doc, "5.", "Communications:")
    body(doc, "Letter drop to the 62 properties on Carrbridge Lane and Mill Road – JF, by "
              "06/06/22. Public drop-in session at Carrbridge Village Hall on 07/06/22 from "
              "2PM to 7PM; AS booked the hall during the meeting.")

    numbered_heading(doc, "6.", "Progress meetings:")
    body(doc, "Fortnightly, Tuesdays at 10AM in site cabin 2, first meeting 14/06/22. "
              "Dev may join on Teams.")

    numbered_heading(doc, "7.", "AOB:")
    body(doc, "None.")

    numbered_heading(doc, "8.", "Actions:")
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, head in zip(table.rows[0].cells, ("No.", "Action", "By", "Date")):
        cell.paragraphs[0].add_run(head).bold = True
    for row in (("1", "Submit traffic management plan to NCC", "GL", "03/06/22"),
                ("2", "Issue Cat II check certificate", "DC", "31/05/22"),
                ("3", "Review draft CPP with SM", "OP", "27/05/22"),
                ("4", "Letter drop to residents", "JF", "06/06/22"),
                ("5", "Book Carrbridge Village Hall for drop-in", "AS", "Done"),
                ("6", "Circulate minutes", "AS", "25/05/22")):
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.paragraphs[0].add_run(text)

    props = doc.core_properties
    props.author = "Amira Saleh"
    props.last_modified_by = "Amira Saleh"
    props.title = "Kick-off meeting minutes"
    props.created = datetime.datetime(2022, 5, 24, 8, 12, 0)
    props.modified = datetime.datetime(2022, 5, 24, 9, 47, 0)
    props.revision = 5
    docxkit.save(doc, __file__, NAME, props.modified)


if __name__ == "__main__":
    build()
