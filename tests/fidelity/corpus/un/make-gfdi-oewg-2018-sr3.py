#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build gfdi-oewg-2018-sr3.docx: a UN summary record (title, subtitle,
"Held via videoconference on ..., at 3 p.m. Central European Summer Time",
Chair and Secretary lines, Heading 1 items over paragraphs numbered by hand
with a tab, third-person statements by delegations, a recorded vote, and a
follow-up block of Wingdings bullets followed by a tab).  No participants
annex: a summary record names only its officers.  Deterministic output."""

import datetime
import sys
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)

STEM = "gfdi-oewg-2018-sr3"
WHEN = datetime.datetime(2018, 8, 29, 14, 20, 0)
TITLE = "Open-ended Working Group on the Future of the Forum"


def sym_bullet(doc, text):
    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.left_indent = Cm(1.27)
    fmt.first_line_indent = Cm(-0.63)
    fmt.tab_stops.add_tab_stop(Cm(1.27))
    run = p.add_run()
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), "Wingdings")
    sym.set(qn("w:char"), "F0D8")
    run._r.append(sym)
    p.add_run("\t" + text)


def labelled(doc, label, value):
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(" " + value)


ITEMS = [
    ("Adoption of the agenda", [
        "The agenda was adopted.",
    ]),
    ("Options for the renewal of the Forum's mandate", [
        "The Chair recalled that, at its second meeting on 17 July 2018, the "
        "Working Group had asked the Secretariat to prepare a paper setting "
        "out three options for the renewal of the Forum's mandate: renewal "
        "for ten years on the current basis, renewal with a strengthened "
        "secretariat, or a permanent mandate subject to periodic review.",

        "Ms. Haugland (Norway) said that her delegation favoured a permanent "
        "mandate, since repeated renewals created uncertainty for donors and "
        "for the host countries that had to plan several years ahead.",

        "Mr. Okello (Uganda), speaking on behalf of a group of States, said "
        "that a strengthened secretariat was essential whatever option was "
        "chosen, and that regional offices would bring the Forum closer to "
        "developing countries.",

        "Ms. Ferraz (Brazil) proposed that the Working Group request a legal "
        "opinion on whether a permanent mandate required a decision of the "
        "General Assembly. The proposal was put to a vote and was rejected "
        "by 9 votes to 14, with 5 abstentions.",

        "Mr. Lindahl (Sweden), speaking in explanation of vote, said that a "
        "legal opinion would have delayed the process without settling the "
        "political question.",
    ]),
    ("Organization of the informal consultations", [
        "The Chair proposed that two informal consultations be held: an "
        "online consultation on 11 September 2018 at 14:00 CEST (12:00 "
        "UTC), and an in-person consultation from 24 to 26 September 2018 at "
        "the Palais Wilsonia in Geneva. Written submissions from delegations "
        "and stakeholders would be accepted until 7 September 2018.",

        "The Chair said she took it that the Working Group wished to hold the "
        "two informal consultations as proposed. It was so decided.",
    ]),
    ("Other matters", [
        "The Secretary informed the Working Group that the next formal "
        "meeting would be held on 2 October 2018 at 3 p.m. Central European "
        "Summer Time. The meeting rose at 5.40 p.m.",
    ]),
]

FOLLOW_UP = [
    "The Secretariat to circulate a compilation of the written submissions "
    "by 14 September 2018.",
    "The Chair to prepare a non-paper on the three options ahead of the "
    "online consultation on 11 September.",
    "Delegations wishing to take the floor at the in-person consultation to "
    "inscribe on the list of speakers.",
]


def build():
    doc = Document()
    cp = doc.core_properties
    cp.author = "GFDI Secretariat"
    cp.last_modified_by = "GFDI Secretariat"
    cp.title = TITLE
    cp.comments = ""
    cp.created = WHEN
    cp.modified = WHEN
    cp.revision = 5

    doc.sections[0].header.paragraphs[0].text = "GFDI/OEWG/2018/SR.3"

    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph("Summary record of the third meeting", style="Subtitle")
    doc.add_paragraph(
        "Held via videoconference on Tuesday, 21 August 2018, at 3 p.m. "
        "Central European Summer Time")
    labelled(doc, "Chair:", "Ms. Gudrun Aaltonen (Finland)")
    labelled(doc, "Secretary:", "Mr. Rashid Olawale")
    doc.add_paragraph("The meeting was called to order at 3.05 p.m.")

    n = 0
    for heading, paras in ITEMS:
        doc.add_paragraph(heading, style="Heading 1")
        for text in paras:
            n += 1
            p = doc.add_paragraph(f"{n}.\t{text}")
            p.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))
            p.paragraph_format.space_after = Pt(6)

    doc.add_paragraph("Follow-up", style="Heading 1")
    for text in FOLLOW_UP:
        sym_bullet(doc, text)
    return doc


if __name__ == "__main__":
    docxkit.save(build(), __file__, f"{STEM}.docx", WHEN)
