#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build dsf-psg-2027-i.docx: first steering group meeting of a UN-style
forum's cycle.  Heading 1 sections over paragraphs numbered continuously
with real Word numbering (List Number), a provisional agenda at the top,
action lines typed as an arrow character and a tab, an election, a
recurring meeting series, and participants as Surname<tab>Given paragraphs
grouped by role without a header row.  Deterministic output."""

import datetime
import sys
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)

STEM = "dsf-psg-2027-i"
WHEN = datetime.datetime(2027, 3, 16, 8, 45, 0)
TITLE = "DSF 2027 First Programme Steering Group Meeting"


def restarted_list(doc, items, style="List Number"):
    numbering = doc.part.numbering_part.element
    style_num = doc.styles[style].element.pPr.numPr.numId.val
    abstract = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(style_num):
            abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    new_id = max(ids) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    ab = OxmlElement("w:abstractNumId")
    ab.set(qn("w:val"), abstract)
    num.append(ab)
    over = OxmlElement("w:lvlOverride")
    over.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    over.append(start)
    num.append(over)
    numbering.append(num)
    for item in items:
        p = doc.add_paragraph(item, style=style)
        numpr = p._p.get_or_add_pPr().get_or_add_numPr()
        numpr.get_or_add_ilvl().val = 0
        numpr.get_or_add_numId().val = new_id


def arrow_line(doc, text):
    p = doc.add_paragraph("→\t" + text)
    fmt = p.paragraph_format
    fmt.left_indent = Cm(1.25)
    fmt.first_line_indent = Cm(-0.75)
    fmt.tab_stops.add_tab_stop(Cm(1.25))


AGENDA = [
    "Opening of the meeting and adoption of the agenda",
    "Election of the PSG Vice-Chairs",
    "Review of the 2026 annual Forum",
    "Calendar of the 2027 preparatory cycle",
    "PSG working groups",
    "Any other business",
]

BODY = [
    ("Opening of the meeting", [
        ("n", "The first meeting of the 2027 Programme Steering Group (PSG) of "
              "the Data Stewardship Forum was held on 9 March 2027 in "
              "Copenhagen, with online participation. It was opened by the "
              "PSG Chair, Mr. Henrik Dalsgaard, who welcomed the eleven new "
              "members appointed in February and the representative of the "
              "2027 Host Country, Ms. Ndapewa Shikongo."),
        ("n", "The provisional agenda was adopted with the addition, under "
              "any other business, of an item on the Forum's carbon footprint."),
    ]),
    ("Election of the PSG Vice-Chairs", [
        ("n", "Two candidacies had been received by the deadline of 1 March. "
              "The PSG elected Ms. Beatriz Arantes and Mr. Youssef Benali as "
              "Vice-Chairs for the 2027 cycle by acclamation."),
    ]),
    ("Review of the 2026 annual Forum", [
        ("n", "The Secretariat presented the evaluation of the 2026 Forum, held "
              "in Kuching from 2 to 5 November 2026, which gathered 4,100 "
              "participants on site and 6,800 online. Satisfaction with the "
              "hybrid arrangements rose compared with 2025, but many "
              "respondents found the programme too dense."),
        ("n", "Members discussed reducing the number of parallel sessions. "
              "Some favoured a cap of eight parallel rooms; others warned that "
              "a cap would mostly affect first-time organizers. The question "
              "was referred to the working group on programme design."),
    ]),
    ("Calendar of the 2027 preparatory cycle", [
        ("n", "The PSG agreed on the calendar of the cycle. The call for "
              "session proposals will open on 1 April and close on 15 May "
              "2027 at 23:59 UTC. The second face-to-face PSG meeting will "
              "take place from 22 to 24 June 2027 in Nairobi, and the 2027 "
              "annual Forum from 30 November to 3 December 2027 in Windhoek, "
              "Namibia."),
        ("n", "Virtual PSG meetings will be held on the second Tuesday of "
              "every month at 13:00–14:30 UTC, starting on 13 April 2027."),
        ("a", "The Secretariat to publish the 2027 calendar on the DSF website "
              "by 19 March."),
        ("a", "The Host Country to share the venue plan and the draft "
              "logistics note before the June meeting."),
    ]),
    ("PSG working groups", [
        ("n", "The PSG decided to establish three working groups for the 2027 "
              "cycle: on programme design, on outreach, and on hybrid "
              "participation. Members were invited to volunteer, and each "
              "working group will choose two co-facilitators at its first "
              "meeting."),
        ("a", "PSG members to indicate the working groups they wish to join "
              "by 26 March."),
        ("a", "Co-facilitators of the 2026 working groups to hand over their "
              "working documents to the Secretariat."),
    ]),
    ("Any other business", [
        ("n", "A member proposed that the Forum publish an estimate of its "
              "carbon footprint for 2027. The proposal was welcomed, and the "
              "Secretariat will report on the feasibility at a later "
              "meeting."),
    ]),
]

PEOPLE = [
    ("PSG Chair", [("Dalsgaard", "Henrik")]),
    ("PSG Vice-Chairs", [("Arantes", "Beatriz"), ("Benali", "Youssef")]),
    ("2027 Host Country", [("Shikongo", "Ndapewa")]),
    ("PSG Members", [
        ("Chukwuemeka", "Obinna"), ("Delacroix", "Amélie"),
        ("Fakhoury", "Rami"), ("Gunawardena", "Dilani"),
        ("Hernández Soto", "Valeria"), ("Ivanov", "Sergei"),
        ("Jeong", "Min-jun"), ("Kristiansen", "Ragnhild"),
        ("Lopes", "Tiago"), ("Mwangi", "Esther"),
        ("Oyelaran", "Adebola"), ("Sato", "Kaito")]),
    ("Online participants", [
        ("Barros", "Leticia"), ("Nilsson", "Freja"), ("Tembo", "Mutale")]),
    ("DSF Secretariat", [
        ("Adeyemi", "Folake"), ("Moreau", "Camille"), ("Petersen", "Jonas")]),
]


def build():
    doc = Document()
    cp = doc.core_properties
    cp.author = "Camille Moreau"
    cp.last_modified_by = "Folake Adeyemi"
    cp.title = TITLE
    cp.comments = ""
    cp.created = WHEN
    cp.modified = WHEN
    cp.revision = 2

    doc.sections[0].header.paragraphs[0].text = "DSF/PSG/2027/1"

    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph("Summary Report", style="Subtitle")
    doc.add_paragraph(
        "9 March 2027 | 09:00–17:30 CET (08:00–16:30 UTC) | Room Øresund, "
        "Nordhavn Conference House, Copenhagen, and online")

    doc.add_paragraph("Provisional agenda", style="Heading 1")
    restarted_list(doc, AGENDA, style="List Number 2")

    for title, items in BODY:
        doc.add_paragraph(title, style="Heading 1")
        for kind, text in items:
            if kind == "n":
                doc.add_paragraph(text, style="List Number")
            else:
                arrow_line(doc, text)

    doc.add_paragraph("Annex: List of participants", style="Heading 1")
    for role, rows in PEOPLE:
        p = doc.add_paragraph()
        p.add_run(role).bold = True
        for surname, given in rows:
            doc.add_paragraph(f"{surname}\t{given}")
    return doc


if __name__ == "__main__":
    docxkit.save(build(), __file__, f"{STEM}.docx", WHEN)
