#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build fns-oc-2016-i.docx: a UN-style report of open consultations and a
steering committee meeting (executive summary bullets, Symbol-font bullets
followed by a tab for next steps, numbered prose paragraphs with real Word
numbering, a timeline table, a List Number agenda and a participants table
with a header row and role rows).  Deterministic: fixed core properties and
fixed zip timestamps."""

import datetime
import sys
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)

STEM = "fns-oc-2016-i"
WHEN = datetime.datetime(2016, 3, 4, 16, 5, 0)

TITLE = "FNS 2016 First Open Consultations and MSC Meeting"


def sym_bullet(doc, font, char, text):
    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.left_indent = Cm(1.27)
    fmt.first_line_indent = Cm(-0.63)
    fmt.tab_stops.add_tab_stop(Cm(1.27))
    run = p.add_run()
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), font)
    sym.set(qn("w:char"), char)
    run._r.append(sym)
    p.add_run("\t" + text)


SUMMARY = [
    "It was announced that the 2016 annual Forum will be held from 14 to 17 "
    "November in Cartagena, Colombia, subject to the signature of the host "
    "country agreement.",
    "It was decided that the overarching theme of the 2016 Forum would be "
    "'Networked Societies for Shared Prosperity'.",
    "The MSC agreed on a timetable for the call for session proposals "
    "(Annex I). The call will open on 15 March and close on 29 April 2016.",
    "A consensus decision was taken to keep the number of workshop slots at "
    "100, of which 12 will be reserved for national and regional initiatives.",
    "The MSC approved the renewal of the Best Practice Forums on Spam "
    "Mitigation, Gender and Access, and Local Content for the 2016 cycle.",
]

NEXT_STEPS = [
    "MSC members to submit nominations for the working group on evaluation "
    "criteria by 4 March.",
    "The Secretariat to assess the need and capacity for a third "
    "face-to-face MSC meeting and report back at the next virtual meeting "
    "on 9 March.",
    "MSC members to circulate the call for session proposals within their "
    "stakeholder communities once it opens.",
    "Proponents of a Best Practice Forum on Platform Workers to submit a "
    "revised proposal to the MSC list.",
]

OVERALL = [
    "The First Open Consultations and Multistakeholder Steering Committee "
    "(MSC) Meeting of the 2016 preparatory cycle of the Forum on Networked "
    "Societies (FNS) took place from 23 to 25 February 2016 at the Maison des "
    "Congrès du Lac in Geneva, Switzerland. Over 180 participants registered "
    "for the meeting, 70 of whom followed it remotely via WebEx. The open "
    "consultations on 23 February were chaired by the MSC Chair, Ms. Adaeze "
    "Nwachukwu, and were followed by the MSC meeting on 24 and 25 February.",

    "Mr. Julián Restrepo Vélez, on behalf of the Host Country, confirmed that "
    "Colombia will host the 2016 annual Forum from 14 to 17 November at the "
    "Centro de Convenciones Bahía in Cartagena. He informed the meeting that "
    "the host country agreement was expected to be signed in April and that "
    "a dedicated website for logistics would be launched shortly after.",

    "The Secretariat presented the synthesis of the contributions received "
    "in the stocktaking of the 2015 Forum, held in Tallinn from 9 to 12 "
    "November 2015. Contributors asked for fewer parallel sessions, more "
    "tangible outputs and better conditions for remote participants. Several "
    "speakers recalled that the 2014 stocktaking had raised the same points.",

    "Participants discussed several proposals for the overarching theme. "
    "Following the open consultations, the MSC decided that the theme of the "
    "2016 Forum would be 'Networked Societies for Shared Prosperity', with "
    "sub-themes to emerge from the call for session proposals.",

    "The MSC agreed on the timetable for the call for session proposals "
    "contained in Annex I. There was a consensus to keep the number of "
    "workshop slots at 100, with 12 slots reserved for sessions organized by "
    "national and regional initiatives. A working group on evaluation "
    "criteria will be formed to update the criteria used in 2015.",

    "On intersessional work, the MSC approved the renewal of the Best "
    "Practice Forums on Spam Mitigation, Gender and Access, and Local "
    "Content. A proposal for a new Best Practice Forum on Platform Workers "
    "was welcomed by some members, while others felt that its scope overlapped "
    "with existing work; its proponents were invited to refine it.",

    "Members also discussed a suggestion to rotate the time of virtual MSC "
    "meetings so that the burden of late-night calls is shared among regions. "
    "No conclusion was reached and the Chair will consult members by email.",

    "The next virtual MSC meeting will take place on 9 March 2016 at 14:00 "
    "UTC. The second Open Consultations and MSC Meeting will be held from 12 "
    "to 14 July 2016 at United Nations Headquarters in New York.",
]

TIMELINE = [
    ("Call for session proposals opens", "15 March 2016"),
    ("Deadline for session proposals", "29 April 2016, 23:59 UTC"),
    ("Evaluation of proposals by MSC members", "2–20 May 2016"),
    ("Notification of proposers", "by 31 May 2016"),
]

AGENDA = [
    "Opening of the open consultations and welcome by the Host Country",
    "Taking stock of the 2015 Forum",
    "Overarching theme of the 2016 Forum",
    "Call for session proposals and evaluation process",
    "Intersessional work: Best Practice Forums",
    "MSC working modalities",
    "Any other business and closing",
]

PEOPLE = [
    ("MSC Chair", [("Nwachukwu", "Adaeze")]),
    ("Host Country", [("Restrepo Vélez", "Julián")]),
    ("MSC Members", [
        ("Albrecht", "Monika"), ("Bhattarai", "Suman"), ("Carvalho", "Inês"),
        ("Doğan", "Emre"), ("Eriksen", "Tove"), ("Githinji", "Wanjiru"),
        ("Hakimi", "Nasrin"), ("Kalnins", "Edgars"), ("Mensah", "Kwabena"),
        ("O'Sullivan", "Niamh"), ("Petrosyan", "Lilit"),
        ("Salazar Ortiz", "Camila"), ("Tuilagi", "Sione")]),
    ("FNS Secretariat", [("Laurent", "Mathieu"), ("Ochieng", "Brenda")]),
]


def timeline_table(doc):
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text = "Step", "Date"
    for cell in hdr:
        cell.paragraphs[0].runs[0].bold = True
    for step, date in TIMELINE:
        row = t.add_row().cells
        row[0].text, row[1].text = step, date


def build():
    doc = Document()
    cp = doc.core_properties
    cp.author = "Mathieu Laurent"
    cp.last_modified_by = "Brenda Ochieng"
    cp.title = TITLE
    cp.comments = ""
    cp.created = WHEN
    cp.modified = WHEN
    cp.revision = 7

    doc.sections[0].header.paragraphs[0].text = "FNS/2016/OC1 - Summary"

    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph(
        "23–25 February 2016 | 10:00–18:00 CET | Maison des Congrès du Lac, "
        "Geneva, Switzerland, and online", style="Subtitle")

    doc.add_paragraph(
        "Executive Summary: Announcements, Decisions Taken and Next Steps",
        style="Heading 1")
    for item in SUMMARY:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph("Next steps", style="Heading 2")
    for item in NEXT_STEPS:
        sym_bullet(doc, "Symbol", "F0B7", item)

    doc.add_paragraph("Overall Summary", style="Heading 1")
    for text in OVERALL:
        doc.add_paragraph(text, style="List Number")

    doc.add_paragraph(
        "Annex I – Timeline for the Call for Session Proposals",
        style="Heading 1")
    timeline_table(doc)

    doc.add_paragraph("Annex II – Agenda", style="Heading 1")
    num_id = docxkit.restart_numbering(doc)  # the agenda's numbers start again at 1
    for item in AGENDA:
        docxkit.numbered(doc, item, "List Number", num_id)

    doc.add_paragraph("Annex III – List of Participants", style="Heading 1")
    docxkit.grouped_table(doc, PEOPLE, 2, head=("Surname", "First name"), group_mark="italic")
    return doc


if __name__ == "__main__":
    docxkit.save(build(), __file__, f"{STEM}.docx", WHEN)
