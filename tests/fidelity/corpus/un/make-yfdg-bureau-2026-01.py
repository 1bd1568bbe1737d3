#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build yfdg-bureau-2026-01.docx: a UN-style bureau meeting summary with
numbered Heading 1 sections (real Word numbering on the headings), List
Bullet discussion points, Wingdings arrow + tab action lines, a vote, a
failed proposal and a participants table without a header row, grouped by
role rows (one group of apologies).  Deterministic output."""

import datetime
import sys
from pathlib import Path

from docx import Document

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)

STEM = "yfdg-bureau-2026-01"
WHEN = datetime.datetime(2026, 1, 23, 11, 0, 0)
TITLE = "Youth Forum on Digital Governance: Bureau Meeting 1/2026"


SECTIONS = [
    ("Welcome and adoption of the agenda", [
        ("p", "The Chair, Ms. Amara Kamara, welcomed Bureau members, the "
              "regional focal points and the Secretariat, and noted that "
              "two members had sent apologies. The draft agenda was adopted "
              "without amendment."),
        ("p", "The summary of the Bureau meeting of 9 December 2025 was "
              "approved with one correction to the list of participants."),
    ]),
    ("Youth Summit 2026: preparations", [
        ("b", "The Youth Summit 2026 will take place from 14 to 16 May at the "
              "Labadi Lakeside Centre in Accra. The host organization has "
              "confirmed the venue and will cover local transport."),
        ("b", "Registration for participants will open on 2 February and "
              "close on 31 March at 23:59 GMT."),
        ("b", "The Bureau discussed three options for the theme. Following "
              "the discussion, it agreed that the Summit theme will be "
              "'Youth in the Room Where Rules Are Made'."),
        ("b", "Members recalled the lessons of the 2025 Summit, held in "
              "Tbilisi from 9 to 11 June 2025, where late visa decisions "
              "prevented about forty participants from attending."),
        ("b", "Mr. Tobias Lindqvist proposed that the Summit be held fully "
              "online to avoid visa problems. The proposal was put to a vote "
              "and was not adopted (2 in favour, 5 against, 1 abstention)."),
        ("a", "Bureau members to review the draft Summit concept note "
              "(version 0.3) and send comments to the Secretariat by 30 "
              "January."),
        ("a", "Carried over from the December meeting: the Vice-Chair to "
              "contact the host city authorities about visa support letters."),
    ]),
    ("Regional youth consultations", [
        ("b", "The Africa consultation was held online on 15 January with "
              "110 participants; its report will be shared next week."),
        ("b", "The Asia-Pacific consultation will take place on 12 February "
              "at 09:00 UTC, and the Latin America and Caribbean consultation "
              "on 19 February at 18:00 Bogotá time (23:00 UTC)."),
        ("b", "The consultations for Europe and for the Arab region will be "
              "held back to back at the Summit in Accra."),
        ("a", "Regional focal points to send the names of the consultation "
              "facilitators to the Secretariat by 6 February."),
    ]),
    ("Budget and fundraising", [
        ("b", "The Treasurer, Mr. Kofi Asante-Mensah, presented the revised "
              "budget for 2026, which reflects the confirmed grant from the "
              "Nordic Digital Fund and a smaller contribution from the host "
              "organization."),
        ("b", "The Bureau approved the revised budget by 6 votes to 1, with 1 "
              "abstention."),
        ("a", "The Treasurer to share the signed grant agreement with the "
              "Bureau."),
    ]),
    ("Communications and outreach", [
        ("b", "The Secretariat presented the draft communications plan for "
              "the Summit, including a series of short videos by past "
              "participants."),
        ("a", "The Communications Officer, Ms. Leila Haddadi, to launch the "
              "Summit social media campaign on 2 February, the day "
              "registration opens."),
    ]),
    ("Any other business", [
        ("b", "The next Bureau meeting will be held on 24 February 2026 at "
              "13:00 UTC, online."),
    ]),
]

PEOPLE = [
    ("Bureau members", [
        ("KAMARA", "Amara", "Chair"),
        ("LINDQVIST", "Tobias", "Vice-Chair"),
        ("ASANTE-MENSAH", "Kofi", "Treasurer"),
        ("RIVERA", "Daniela", "Rapporteur"),
        ("ZHOU", "Mingyu", "Member"),
        ("PETROVA", "Anastasia", "Member"),
        ("MAHMOUD", "Omar", "Member")]),
    ("Regional focal points", [
        ("BANDA", "Chisomo", "Africa"),
        ("SANTOS", "Rafael", "Latin America and the Caribbean"),
        ("WIJAYA", "Putri", "Asia-Pacific")]),
    ("Secretariat", [
        ("HADDADI", "Leila", "Communications Officer"),
        ("MUNGAI", "Peter", "Programme Coordinator")]),
    ("Apologies", [
        ("OKONJO", "Ifeoma", "Member"),
        ("SCHMITT", "Lukas", "Member")]),
]


def build():
    doc = Document()
    cp = doc.core_properties
    cp.author = "Peter Mungai"
    cp.last_modified_by = "Leila Haddadi"
    cp.title = TITLE
    cp.comments = ""
    cp.created = WHEN
    cp.modified = WHEN
    cp.revision = 4

    doc.sections[0].header.paragraphs[0].text = (
        "YFDG Bureau | Summary of meeting 1/2026 | Draft for approval")

    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph("Summary and action points", style="Subtitle")
    doc.add_paragraph(
        "Tuesday, 20 January 2026 | 16:00–17:30 EAT (13:00–14:30 UTC) | "
        "Meeting Room Baobab, Kilimani Hub, Nairobi, and online (Zoom)")

    # its action points' text runs carry an explicit "not bold"
    docxkit.numbered_sections(doc, SECTIONS, lambda d, t: docxkit.arrow_item(d, t, bold=False))

    doc.add_paragraph("Annex: Participants", style="Heading 1")
    docxkit.grouped_table(doc, PEOPLE, 3)
    return doc


if __name__ == "__main__":
    docxkit.save(build(), __file__, f"{STEM}.docx", WHEN)
