#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build tpl-ashgrove-staff-2025-09-15.docx: a primary school's staff meeting
typed in Normal paragraphs: the meeting's fields as lines of one paragraph
separated by line breaks, with labels as people type them ("Time of
meeting:", "Venue –"), "Attendees:-" with a dash after the colon, headings
made by bold paragraphs rather than heading styles, an action table "Who |
What | By when" with two-digit-year British dates (19/09/25), and
dc:language en-GB in the core properties.  Deterministic: fixed core
properties and zip timestamps."""

import datetime
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)

STEM = "tpl-ashgrove-staff-2025-09-15"
WHEN = datetime.datetime(2025, 9, 16, 7, 50, 0)


def lines(doc, parts):
    p = doc.add_paragraph()
    for i, text in enumerate(parts):
        run = p.add_run(text)
        if i + 1 < len(parts):
            run.add_break(WD_BREAK.LINE)
    return p


def bold_heading(doc, text):
    doc.add_paragraph().add_run(text).bold = True


def build():
    doc = Document()
    cp = doc.core_properties
    cp.author = "Rhys Beddow"
    cp.title = "Staff meeting"
    cp.language = "en-GB"
    cp.created = WHEN
    cp.modified = WHEN
    cp.revision = 1

    doc.add_paragraph("Ashgrove Primary School – Staff Meeting Minutes", style="Title")
    lines(doc, ["Date: Monday 15 September 2025",
                "Time of meeting: 3.45 pm",
                "Venue – Staff room",
                "Chair: Mrs Gillian Hart (Headteacher)",
                "Minutes: Mr Rhys Beddow"])
    doc.add_paragraph("Attendees:- Gillian Hart, Rhys Beddow, Samira Khan, Lowri Morgan, "
                      "Tunde Adeyemi, Patrick Walsh")
    doc.add_paragraph("Apologies: Helen Price")

    bold_heading(doc, "Matters arising")
    doc.add_paragraph("The new reading scheme books arrived on 8 September and have been "
                      "shared between the Year 3 and Year 4 classrooms.")
    bold_heading(doc, "Safeguarding update")
    doc.add_paragraph("Samira Khan reminded staff that the annual online safeguarding "
                      "module must be completed this term. The noticeboard in the "
                      "staff room still shows last year's contacts.")
    bold_heading(doc, "Harvest festival")
    doc.add_paragraph("It was agreed that the Harvest festival assembly will be held on "
                      "Friday 3 October 2025 at 2 pm in the school hall, with donations "
                      "going to the town food bank.")
    bold_heading(doc, "Any other business")
    doc.add_paragraph("Patrick Walsh proposed moving the staff meeting to Tuesdays. "
                      "This will be discussed with the whole staff first; no change for now.")

    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    rows = [("Who", "What", "By when"),
            ("Samira Khan", "Send the harvest letter to parents", "19/09/25"),
            ("Lowri Morgan", "Update the safeguarding noticeboard", "26/09/25"),
            ("All staff", "Complete the online safeguarding module", "ASAP")]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).text = ""
            t.cell(r, c).paragraphs[0].add_run(text).bold = r == 0
    doc.add_paragraph()
    doc.add_paragraph("Date of next meeting: Monday 6 October 2025, 3.45 pm, Staff room")
    return doc


if __name__ == "__main__":
    docxkit.save(build(), __file__, f"{STEM}.docx", WHEN)
