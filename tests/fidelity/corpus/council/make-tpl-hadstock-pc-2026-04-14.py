#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build tpl-hadstock-pc-2026-04-14.docx: a parish clerk's minutes made
from the council's own Word template.  The council's name, the clerk's
address and telephone are the letterhead in the page header (every page);
the title is one long centred bold sentence ("Minutes of the Ordinary
Meeting … held on … at 7.30pm in …"); attendance lines are "Present:<tab>…"
and "In attendance:<tab>…" with a hanging indent; minute headings are typed
by hand in Normal paragraphs, a number, a tab and the heading ("1.<tab>
Apologies for absence"), bold, with no heading style; decisions are
"RESOLVED:" paragraphs and the clerk's tasks "Action: Clerk to …" lines.
The language is en-GB in the style defaults.  Deterministic: fixed core
properties and zip timestamps."""

import datetime
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)

STEM = "tpl-hadstock-pc-2026-04-14"
WHEN = datetime.datetime(2026, 4, 16, 11, 20, 0)
STOP = (Cm(3.5),)


def hanging(doc, label, text):
    p = docxkit.tabbed(doc, [label, text], STOP)
    p.paragraph_format.left_indent = Cm(3.5)
    p.paragraph_format.first_line_indent = Cm(-3.5)
    p.runs[0].bold = True
    return p


def minute(doc, number, heading, paragraphs):
    docxkit.tabbed(doc, [number, heading], (Cm(1.0),), bold=True)
    for text in paragraphs:
        p = doc.add_paragraph(text)
        p.paragraph_format.left_indent = Cm(1.0)


def build():
    doc = Document()
    docxkit.set_language(doc, "en-GB")
    docxkit.set_core(doc, "Minutes April 2026", "Julia Penrose", WHEN)

    header = doc.sections[0].header
    header.paragraphs[0].add_run("LITTLE HADSTOCK PARISH COUNCIL").bold = True
    header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    line = header.add_paragraph("Clerk: Mrs Julia Penrose, 4 Mill Lane, Little Hadstock, "
                                "Essex CB10 2QT · Tel. 01799 550214")
    line.alignment = WD_ALIGN_PARAGRAPH.CENTER

    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run("Minutes of the Ordinary Meeting of the Parish Council held on "
                  "Tuesday 14 April 2026 at 7.30pm in the Village Hall, Little "
                  "Hadstock").bold = True

    hanging(doc, "Present:", "Cllr David Whitcombe (Chairman), Cllr Alice Farrant, "
                             "Cllr Peter Osei, Cllr Maja Lindqvist, Cllr Simon Rowe")
    hanging(doc, "In attendance:", "Julia Penrose (Clerk), four members of the public")

    minute(doc, "1.", "Apologies for absence",
           ["Apologies were received from Cllr Hugh Tennant (work commitments). "
            "RESOLVED: that the apologies be accepted."])
    minute(doc, "2.", "Declarations of interest",
           ["Cllr Osei declared a personal interest in item 5 as a trustee of the "
            "Village Hall."])
    minute(doc, "3.", "Minutes of the previous meeting",
           ["RESOLVED: that the minutes of the meeting held on 10 March 2026 be "
            "approved as a correct record and signed by the Chairman."])
    minute(doc, "4.", "Public participation",
           ["A resident raised the speed of traffic on Bury Lane since the school "
            "crossing patrol ended in 2024. The Chairman said a speed survey "
            "could be requested from the County Council."])
    minute(doc, "5.", "Village Hall car park",
           ["Two quotes for resurfacing the car park were considered. Cllr Farrant "
            "proposed accepting the quote from Stort Surfacing Ltd for £6,840; "
            "seconded by Cllr Lindqvist.",
            "RESOLVED: to accept the Stort Surfacing quote (4 for, 0 against, 1 "
            "abstention). Cllr Osei did not vote.",
            "Action: Clerk to place the order and agree a start date with the "
            "Village Hall committee by 30 April 2026."])
    minute(doc, "6.", "Highways",
           ["Cllr Rowe reported that the pothole outside 12 Church Street has not "
            "been repaired since it was first reported in January.",
            "Action: Cllr Rowe to request a speed survey for Bury Lane.",
            "Action: Clerk to report the Church Street pothole again on the County "
            "Council's highways portal."])
    minute(doc, "7.", "Finance",
           ["The payments schedule for April (£1,212.40) was received. RESOLVED: "
            "that the payments be approved."])
    minute(doc, "8.", "Date of next meeting",
           ["The Annual Parish Meeting will be held on Tuesday 12 May 2026 at 7pm, "
            "followed by the Annual Meeting of the Council at 7.45pm, both in the "
            "Village Hall."])
    doc.add_paragraph("There being no further business the Chairman closed the "
                      "meeting at 9.05pm.")
    doc.add_paragraph("Signed ……………………………… (Chairman)        Date ……………………")
    return doc


if __name__ == "__main__":
    docxkit.save(build(), __file__, f"{STEM}.docx", WHEN)
