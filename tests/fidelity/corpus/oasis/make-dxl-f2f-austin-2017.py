#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Builds dxl-f2f-austin-2017.docx: a two-day TC face-to-face meeting in Word.

Heading 1 per day with Heading 2 topics, an attendance table with days and
remote participation, a carried-over action table (Completed / Ongoing /
Carried), new actions typed as Wingdings arrow bullets followed by a tab.
Run with python3-docx; the output is the same on every run.
"""

import datetime
import os
import sys

from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)
from docxkit import labelled, set_core, set_header, symbol_item, table  # noqa: E402

doc = Document()
set_core(doc, "DXL TC F2F minutes, Austin", "Noor Alavi",
         datetime.datetime(2017, 10, 13, 14, 2, 0))
set_header(doc, "OASIS Data Exchange Ledger (DXL) TC")

doc.add_paragraph(
    "DXL TC Face-to-Face Meeting \u2014 Austin, 10\u201311 October 2017", style="Title")
labelled(doc, "Host:\t", "Bluebonnet Analytics, 500 Lavaca Street, Austin, TX")
labelled(doc, "Hours:\t", "09:00\u201317:00 CDT both days; remote participation via Zoom")
labelled(doc, "Co-chairs:\t", "Rashid Karimov (Bluebonnet Analytics), Ingrid Solheim (Fjordline)")
labelled(doc, "Scribes:\t", "Day 1 \u2014 Noor Alavi; Day 2 \u2014 Pedro Almeida")

doc.add_heading("Attendance", level=1)
table(doc, ("Name", "Organization", "Attendance"), (
    ("Rashid Karimov", "Bluebonnet Analytics", "Both days"),
    ("Ingrid Solheim", "Fjordline", "Both days"),
    ("Noor Alavi", "Individual", "Both days"),
    ("Pedro Almeida", "Solaris Trust", "Both days"),
    ("Grace Whitfield", "Bluebonnet Analytics", "Both days"),
    ("Oluwaseun Adebayo", "Corvid Systems", "Day 1 (remote)"),
    ("Heike Brandl", "Fjordline", "Day 2 only"),
    ("Marcus Delacroix", "Corvid Systems", "Both days (remote)"),
    ("Yusuf Ayd\u0131n", "Solaris Trust", "Both days"),
))
doc.add_paragraph()
doc.add_paragraph(
    "9 of 11 voting members attended over the two days; quorum was achieved "
    "on both days.")
labelled(doc, "Regrets: ", "Tamsin Greaves (Individual)")

doc.add_heading("Day 1 \u2014 Tuesday, 10 October", level=1)
doc.add_heading("Welcome and logistics", level=2)
doc.add_paragraph(
    "Rashid opened the meeting at 09:10 CDT. Grace Whitfield explained building "
    "access and thanked Bluebonnet Analytics for lunch on both days.")
doc.add_heading("Approval of minutes", level=2)
doc.add_paragraph(
    "The minutes of the 27 September call were approved by unanimous consent.")
doc.add_heading("Open action items", level=2)
table(doc, ("#", "Action", "Owner", "Status"), (
    ("AI-41", "Publish the updated JSON examples", "Pedro Almeida", "Completed"),
    ("AI-43", "Draft the security considerations section",
     "Noor Alavi, Yusuf Ayd\u0131n", "Ongoing"),
    ("AI-44", "Ask OASIS staff about a Committee Note template", "Co-chairs",
     "Carried"),
))
doc.add_heading("Ledger anchoring proposal", level=2)
doc.add_paragraph(
    "Marcus presented version 3 of the anchoring proposal, which replaces the "
    "per-record hash with a Merkle root per batch. Questions focused on "
    "batch sizes and on how verifiers learn the batch boundaries.")
doc.add_paragraph(
    "Motion (Marcus, seconded by Pedro): adopt the anchoring proposal v3 as "
    "the basis for WD06. The motion carried 7\u20130\u20131 (Yusuf abstaining).")
doc.add_heading("Use-case catalogue", level=2)
doc.add_paragraph(
    "Oluwaseun suggested publishing the use-case catalogue as a separate "
    "Committee Note. Views were divided; the question goes to a regular call.")

doc.add_heading("Day 2 \u2014 Wednesday, 11 October", level=1)
doc.add_heading("Conformance", level=2)
doc.add_paragraph(
    "Resolved: the TC will define two conformance levels, Core and Extended, "
    "in WD06. No objections.")
doc.add_heading("Roadmap", level=2)
doc.add_paragraph(
    "The TC agreed to hold an extra call on 26 October at 11:00 Eastern, "
    "dedicated to the conformance clauses. The co-chairs hope to start the "
    "CSD01 ballot early next year.")
doc.add_heading("Action items", level=2)
symbol_item(doc, "Pedro Almeida to merge the anchoring proposal v3 into WD06 by 20 October.")
symbol_item(doc, "Noor Alavi and Yusuf Ayd\u0131n to circulate a threat model diagram "
                 "before the extra call.")
symbol_item(doc, "Co-chairs to ask OASIS staff for a Zoom room with recording for the extra call.")
symbol_item(doc, "Heike Brandl to review the Norwegian regulator\u2019s guidance and report back.")
doc.add_heading("Next meetings", level=2)
doc.add_paragraph("Next regular call: Thursday, 2 November 2017, 11:00\u201312:00 Eastern.")
doc.add_paragraph(
    "The TC may meet face-to-face again in spring 2018; no dates have been set.")
doc.add_paragraph("Ingrid closed the meeting at 16:35 CDT on 11 October.")

docxkit.save(doc, __file__, "dxl-f2f-austin-2017.docx", (2017, 10, 13, 14, 2, 0), mode=0o644)
