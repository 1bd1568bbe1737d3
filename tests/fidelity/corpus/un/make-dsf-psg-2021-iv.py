#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build dsf-psg-2021-iv.docx: a UN/IGF-style summary report (numbered prose
paragraphs typed as "1.<tab>", Wingdings arrow bullets followed by a tab for
action points, annexes with a List Number agenda and Surname<tab>Given rows
grouped by role under a header row).  Deterministic: fixed core properties
and fixed zip timestamps, so running it again gives the same file."""

import datetime
import sys
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)

STEM = "dsf-psg-2021-iv"
WHEN = datetime.datetime(2021, 4, 19, 9, 30, 0)


def sym_bullet(doc, font, char, text):
    """A paragraph that starts with a w:sym glyph and a tab, as Word writes
    a hand-made symbol bullet."""
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
    return p


def numbered(doc, n, text):
    p = doc.add_paragraph(f"{n}.\t{text}")
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.27))
    p.paragraph_format.space_after = Pt(8)
    return p


def participants(doc, header, groups):
    p = doc.add_paragraph()
    p.add_run(header).bold = True
    for role, rows in groups:
        g = doc.add_paragraph()
        g.add_run(role + "\t").bold = True
        for surname, given in rows:
            doc.add_paragraph(f"{surname}\t{given}")


PARAS = [
    "The fourth virtual meeting of the 2021 Programme Steering Group (PSG) of "
    "the Data Stewardship Forum (DSF) took place on 14 April 2021. Ms. Ingrid "
    "Solberg-Haugen chaired the meeting as PSG Chair and Mr. Tomasz Wierzbicki "
    "represented the DSF Secretariat. The Host Country was represented by Ms. "
    "Chilufya Mwansa. The draft agenda (Annex I) was adopted without changes. "
    "A recording of the meeting is available on the DSF website.",

    "The Secretariat briefed the PSG on preparations for the annual forum, "
    "which the Host Country has confirmed will take place from 8 to 11 "
    "November 2021 at the Kafue Convention Centre in Lusaka, with online "
    "participation for all sessions. The call for session proposals opened on "
    "1 April and will close on 12 May 2021 at 23:59 UTC. As of the day of the "
    "meeting, 96 proposals had been received, a third of them from first-time "
    "proposers.",

    "It was reported that the information webinar for first-time proposers "
    "held on 6 April had been attended by some 240 participants. A second "
    "webinar, with interpretation into French and Spanish, will be held on 22 "
    "April at 15:00 UTC. Members noted that the registration page of the first "
    "webinar had been difficult to find and asked that the link be placed on "
    "the DSF home page.",

    "The PSG discussed the proposal of the Working Group on Outreach "
    "(WG-Outreach) to introduce a dedicated track on local data cooperatives. "
    "Several members supported the idea as a way to bring municipal and "
    "community actors into the Forum. Others cautioned that a new track would "
    "reduce the number of slots available for workshops and suggested that the "
    "theme be addressed within the existing tracks instead. It was agreed that "
    "the proposal would be revisited at the next meeting, once WG-Outreach has "
    "circulated a short concept note.",

    "The co-facilitators of the Working Group on Hybrid Participation "
    "(WG-Hybrid) presented the results of their survey of 2020 session "
    "organizers. Remote moderators had reported that they often lacked the "
    "contact details of on-site moderators and could not see the room. The PSG "
    "approved the guidelines for remote moderators (version 1.4, circulated on "
    "9 April), with one editorial change proposed by Mr. Okafor.",

    "On intersessional work, the Policy Network on Data Portability (PNDP) "
    "will hold its first open consultation on 29 April at 09:00 UTC and a "
    "second one on 6 May at 16:00 UTC, to suit participants in different time "
    "zones. The Best Practice Forum on Open Registries has published a call "
    "for input, which is open until 31 May. The Secretariat recalled that the "
    "annual report of the national and regional initiatives was published on "
    "30 March and invited members to share it.",

    "Under any other business, a member asked whether the Forum's travel "
    "support programme would reopen this year; the Secretariat will report on "
    "available funding once the budget is confirmed. The next PSG meeting will "
    "be held on 5 May 2021 at 13:00 UTC.",
]

ACTIONS_AFTER = {
    2: ["PSG members are invited to promote the call for session proposals "
        "within their networks before it closes on 12 May."],
    3: ["The Secretariat to place the registration link of the second webinar "
        "on the DSF home page."],
    4: ["WG-Outreach to circulate a one-page concept note on the proposed "
        "track on local data cooperatives by 28 April."],
    5: ["The Secretariat to publish the approved guidelines for remote "
        "moderators on the DSF website.",
        "PSG members who have not yet done so to sign up as mentors for "
        "first-time proposers."],
}

AGENDA = [
    "Welcome by the PSG Chair and adoption of the draft agenda",
    "Updates from the Secretariat and the Host Country",
    "Proposal for a track on local data cooperatives (WG-Outreach)",
    "Guidelines for remote moderators (WG-Hybrid)",
    "Updates on intersessional work and national and regional initiatives",
    "Any other business",
]

PEOPLE = [
    ("PSG Chair", [("Solberg-Haugen", "Ingrid")]),
    ("Host Country", [("Mwansa", "Chilufya")]),
    ("PSG Members", [
        ("Abdelrahman", "Yasmin"), ("Bergström", "Olle"),
        ("Castellanos", "María José"), ("Dube", "Nomvula"),
        ("Fitzgerald", "Ciarán"), ("Haddad", "Karim"), ("Ishikawa", "Ren"),
        ("Kovačević", "Jelena"), ("Nakashima", "Eri"), ("Okafor", "Emeka"),
        ("Pereira da Silva", "Luana"), ("Rautio", "Aino"),
        ("Thompson-Baptiste", "Keisha"), ("Van der Berg", "Joost")]),
    ("Observers", [("Ghosh", "Arindam"), ("Lemaire", "Sophie")]),
    ("DSF Secretariat", [("Wierzbicki", "Tomasz"), ("Adeyemi", "Folake"),
                         ("Moreau", "Camille")]),
]


def build():
    doc = Document()
    cp = doc.core_properties
    cp.author = "DSF Secretariat"
    cp.last_modified_by = "DSF Secretariat"
    cp.title = "DSF 2021 Virtual Programme Steering Group (PSG) Meeting IV"
    cp.comments = ""
    cp.created = WHEN
    cp.modified = WHEN
    cp.revision = 3

    doc.sections[0].header.paragraphs[0].text = (
        "Data Stewardship Forum 2021 - PSG Meeting IV - Summary Report")

    doc.add_paragraph(
        "DSF 2021 Virtual Programme Steering Group (PSG) Meeting IV",
        style="Title")
    doc.add_paragraph("Summary Report", style="Subtitle")
    doc.add_paragraph("14 April 2021 | 13:00–14:30 UTC | Online (Webex)")

    for n, text in enumerate(PARAS, 1):
        numbered(doc, n, text)
        for action in ACTIONS_AFTER.get(n, []):
            sym_bullet(doc, "Wingdings", "F0D8", action)

    doc.add_paragraph("Annex I: Agenda", style="Heading 1")
    for item in AGENDA:
        doc.add_paragraph(item, style="List Number")

    doc.add_paragraph("Annex II: List of Participants", style="Heading 1")
    participants(doc, "Surname\tFirst name", PEOPLE)
    return doc


if __name__ == "__main__":
    docxkit.save(build(), __file__, f"{STEM}.docx", WHEN)
