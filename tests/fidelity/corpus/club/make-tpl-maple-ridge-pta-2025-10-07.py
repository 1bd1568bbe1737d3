#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build tpl-maple-ridge-pta-2025-10-07.docx: a school PTA's general
meeting in the shape of Word's PTA minutes template.  The PTA's name is a
bold line over a "Meeting Minutes" Title; the meeting's details are a
two-column layout table with the labels in the first column and no colons
(Date | …, Time | …, Location | …, Meeting called by | …); the agenda is a
data table with a header row "Agenda item | Presenter | Time"; each topic
then has a Heading 2, a two-row layout table "Discussion" | text,
"Conclusions" | text, and an "Action items | Person responsible | Deadline"
table with a header row.  Tables carry Word's layout hints (a "Layout
table" description, tblLook without a header row).  Deterministic: fixed
core properties and zip timestamps."""

import datetime
import sys
from pathlib import Path

from docx import Document

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)

STEM = "tpl-maple-ridge-pta-2025-10-07"
WHEN = datetime.datetime(2025, 10, 8, 21, 10, 0)


def topic(doc, name, discussion, conclusions, actions):
    doc.add_paragraph(name, style="Heading 2")
    docxkit.layout(docxkit.rows_table(doc, [("Discussion", discussion),
                                            ("Conclusions", conclusions)],
                                      bold_cols=(0,)))
    docxkit.rows_table(doc, [("Action items", "Person responsible", "Deadline")] + actions,
                       bold_rows=(0,), style="Table Grid")
    doc.add_paragraph()


def build():
    doc = Document()
    docxkit.set_core(doc, "PTA meeting minutes", "Kwame Asante", WHEN)

    doc.add_paragraph().add_run("Maple Ridge Elementary PTA").bold = True
    doc.add_paragraph("Meeting Minutes", style="Title")
    docxkit.layout(docxkit.rows_table(doc, [
        ("Date", "October 7, 2025"),
        ("Time", "6:30 PM – 8:00 PM"),
        ("Location", "School library, 2200 Alder Street"),
        ("Meeting called by", "Rosa Delgado, President"),
        ("Type of meeting", "General membership meeting"),
        ("Note taker", "Kwame Asante, Secretary"),
        ("Attendees", ["Rosa Delgado", "Kwame Asante", "Linh Tran (Treasurer)",
                       "Principal Gordon Pike", "Beth Sorensen", "Marcus Hale",
                       "Yasmin Farouk"]),
    ], bold_cols=(0,)))
    doc.add_paragraph()

    doc.add_paragraph("Agenda", style="Heading 1")
    docxkit.rows_table(doc, [("Agenda item", "Presenter", "Time"),
                             ("Treasurer's report", "Linh Tran", "6:35 PM"),
                             ("Fall Festival", "Beth Sorensen", "6:50 PM"),
                             ("Principal's update", "Gordon Pike", "7:20 PM"),
                             ("Classroom grants", "Rosa Delgado", "7:40 PM")],
                       bold_rows=(0,), style="Table Grid")
    doc.add_paragraph()

    topic(doc, "Treasurer's report",
          "Linh reported a balance of $8,412 after the back-to-school sale. The "
          "audit of last year's books was completed in August.",
          "The members approved the 2025–26 budget as presented.",
          [("Post the approved budget on the PTA website", "Linh Tran", "October 14, 2025")])
    topic(doc, "Fall Festival",
          "Beth has 18 volunteers signed up and needs six more for the games "
          "booths. The festival is on Saturday, October 25, 2025, 11 AM to 3 PM, "
          "on the school field.",
          "The PTA will rent a second bounce house; Marcus offered to pick it up.",
          [("Send the volunteer sign-up reminder", "Beth Sorensen", "October 10, 2025"),
           ("Reserve the second bounce house", "Marcus Hale", "October 17, 2025")])
    topic(doc, "Principal's update",
          "Mr. Pike said the new crosswalk signs were installed last week and "
          "that picture retake day moved to November 4.",
          "No decision needed.",
          [("Share the retake day flyer in the newsletter", "Kwame Asante", "October 21, 2025")])
    topic(doc, "Classroom grants",
          "Teachers asked for up to $250 each for classroom supplies. Yasmin asked "
          "whether specialist teachers are included.",
          "Agreed to fund grants of $200 per classroom, specialist teachers included.",
          [("Email the grant form to all teachers", "Rosa Delgado", "ASAP")])

    p = doc.add_paragraph()
    p.add_run("Next meeting: ").bold = True
    p.add_run("Tuesday, November 11, 2025 at 6:30 PM in the school library.")
    return doc


if __name__ == "__main__":
    docxkit.save(build(), __file__, f"{STEM}.docx", WHEN)
