#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build she-council-2021-06.txt: a professional society's Council minutes typed in Word:
the society's letterhead (name, street address, telephone, email) at the top of the
first page, a running header and "Page X of Y" on every page, minute references
(C21/40 ...), members present in the room and online with branch affiliations, times
given in BST and UTC; printed to PDF by LibreOffice and extracted with
`pdftotext -layout`. Only the .txt is kept.

Needs python3-docx, libreoffice-writer-nogui, hyphen-en-gb/hyphen-en-us and poppler-utils."""
import datetime
import os
import sys
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)
from wordprint import (auto_hyphenation, minute, page_x_of_y, para,  # noqa: E402
                       pdf_text, table)

STEM = "she-council-2021-06"
LAYOUT = True


def letterhead(doc, section):
    section.different_first_page_header_footer = True
    hp = section.first_page_header.paragraphs[0]
    r = hp.add_run("The Society of Hydrographic Engineers")
    r.bold = True
    r.font.size = Pt(15)
    p = section.first_page_header.add_paragraph(
        "14 Trinity Wharf, London SE16 4RT  •  +44 (0)20 7946 0852  •  secretariat@she-hydro.example")
    p.runs[0].font.size = Pt(8.5)
    page_x_of_y(section.first_page_footer.paragraphs[0])
    rp = section.header.paragraphs[0]
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rp.add_run("SHE Council — Minutes — 12 June 2021 — Confidential until approved").italic = True
    page_x_of_y(section.footer.paragraphs[0])


def people(doc, label, lines):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    p.add_run(label).bold = True
    for line in lines:
        q = doc.add_paragraph(line)
        q.paragraph_format.left_indent = Cm(1.0)
        q.paragraph_format.space_after = Pt(0)


def build(path):
    doc = Document()
    docxkit.set_language(doc, "en-GB")
    auto_hyphenation(doc)
    doc.styles["Normal"].font.name = "Liberation Serif"
    doc.styles["Normal"].font.size = Pt(11)
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.4)
    letterhead(doc, section)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("COUNCIL")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Minutes of the 212th meeting of Council, held on Saturday 12 June 2021 at "
              "10:00 BST (09:00 UTC) at Trinity Wharf, London, and online")

    people(doc, "Present in the room:", (
        "Prof. Gordon Baird (President, in the Chair)",
        "Capt. Ingrid Solberg (Vice-President)",
        "Mr Nkosana Dube (Honorary Treasurer)",
        "Dr Rachel Imrie (Honorary Secretary)",
        "Ms Priya Raman, Mr Callum Greig, Dr Liesbeth van Dijk"))
    people(doc, "Present online:", (
        "Dr Aiko Tanaka (Japan Branch), Mr Rodrigo Alves (Brazil Branch),",
        "Ms Kate Mulholland (Ireland Branch), Mr Faisal Al-Harthy (Gulf Branch)"))
    people(doc, "In attendance:", (
        "Mr Simon Pettifer (Executive Director)",
        "Ms Grace Okoro (Membership Manager, minutes)"))
    people(doc, "Apologies:", ("Prof. Henrik Strand, Mr Joe Whitley",))

    minute(doc, "C21/40", "Welcome")
    para(doc, "The President welcomed members, especially those joining from Tokyo, São Paulo "
              "and Muscat at unsociable hours. Eleven voting members of Council were present "
              "and the meeting was quorate. Papers for the meeting are at "
              "https://she-hydro.example/council/2021-06-12/ (members' area).")

    minute(doc, "C21/41", "Minutes of the meeting of 13 March 2021")
    para(doc, "The minutes were approved as a correct record, subject to correcting the name "
              "of the Gulf Branch representative in minute C21/22.")

    minute(doc, "C21/42", "Matters arising and action log")
    para(doc, "C21/18 (new website): launched on 3 May; complete. C21/25 (review of standing "
              "orders): the Honorary Secretary has a first draft; carried forward to the "
              "October meeting. C21/27 (diversity data): the membership survey closes at the "
              "end of this month.")

    minute(doc, "C21/43", "President's report")
    para(doc, "The President reported on the joint statement with sister bodies on the "
              "national seabed mapping programme, which was sent to the Department on 20 May. "
              "He had also spoken at the Nordic hydrographic conference in Bergen (online) on "
              "27 May. Council thanked him for his work.")

    minute(doc, "C21/44", "Treasurer's report and subscriptions for 2022")
    para(doc, "The Honorary Treasurer presented the management accounts to 31 May 2021. "
              "Income is 4% ahead of budget because of strong renewals, but conference income "
              "will be lower than planned as the conference is online. Reserves stand at "
              "£1.26 million.")
    para(doc, "Mr Dube proposed that subscriptions for 2022 be increased by 2.5% for Members "
              "and Fellows and frozen for Student and Retired members; seconded by Ms Raman. "
              "The motion was carried, 9 in favour, 1 against and 1 abstention.")
    para(doc, "The Treasurer will circulate a revised budget for 2021 by 30 June 2021.")

    minute(doc, "C21/45", "Annual Conference 2021")
    para(doc, "The Executive Director reported that the Annual Conference will be held online "
              "from Tuesday 14 to Thursday 16 September 2021. The call for papers closes on "
              "2 July 2021. The Annual General Meeting will be held during the conference on "
              "Wednesday 15 September at 13:00 BST (12:00 UTC).")
    para(doc, "Capt. Solberg moved that the 2022 conference be held in Singapore, hosted by the "
              "Asia-Pacific Branch; seconded by Dr Tanaka. Members were concerned about the "
              "cost and the travel restrictions. The motion was lost, 3 in favour, 7 against "
              "and 1 abstention. The 2022 conference will be in the UK.")

    minute(doc, "C21/46", "Elections to Council")
    para(doc, "Four seats fall vacant at the AGM. The notice of election will be published by "
              "18 June; nominations close at 17:00 BST (16:00 UTC) on Saturday 31 July 2021.")

    minute(doc, "C21/47", "Membership and fellowships")
    para(doc, "Council approved the election of the following to Fellowship, on the "
              "recommendation of the Membership Committee: Dr Amara Nwachukwu, Mr Lars "
              "Eriksen, Ms Catalina Ibáñez and Dr Wei Zhang. The Membership Manager will "
              "write to the new Fellows by 25 June.")
    para(doc, "Membership stood at 3,412 on 31 May, up 61 on the year.")

    minute(doc, "C21/48", "Branches")
    para(doc, "The branch webinar series will continue monthly on the first Wednesday of "
              "each month at 12:00 UTC, starting on 7 July. Mr Al-Harthy suggested that the "
              "Gulf Branch and the Indian Ocean Branch might merge; Council discussed the idea "
              "but asked the two branches to consult their members first. No decision was "
              "taken.")

    minute(doc, "C21/49", "Any other business")
    para(doc, "None.")

    minute(doc, "C21/50", "Date of next meeting")
    para(doc, "Saturday 9 October 2021 at 10:00 BST (09:00 UTC), Trinity Wharf and online. The "
              "meeting closed at 13:15 BST.")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.add_run("Action log").bold = True
    table(doc, ("Minute", "Action", "Owner", "Due"),
          (("C21/25", "Revised standing orders", "Hon. Secretary", "9 Oct 2021"),
           ("C21/44", "Circulate revised 2021 budget", "Hon. Treasurer", "30 Jun 2021"),
           ("C21/46", "Publish notice of election", "Executive Director", "18 Jun 2021"),
           ("C21/47", "Write to new Fellows", "Membership Manager", "25 Jun 2021")),
          (Cm(2.0), Cm(7.6), Cm(4.0), Cm(2.6)))

    props = doc.core_properties
    props.author = "Grace Okoro"
    props.last_modified_by = "Grace Okoro"
    props.title = "Council minutes 12 June 2021"
    props.created = datetime.datetime(2021, 6, 14, 9, 0, 0)
    props.modified = datetime.datetime(2021, 6, 15, 16, 20, 0)
    props.revision = 3
    doc.save(path)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as work:
        docx_path = os.path.join(work, STEM + ".docx")
        build(docx_path)
        pdf_text(docx_path, os.path.join(HERE, STEM + ".txt"), LAYOUT)
