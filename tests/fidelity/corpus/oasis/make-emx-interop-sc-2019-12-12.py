#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Builds emx-interop-sc-2019-12-12.docx: a short subcommittee call in Word.

Typed outline numbers in the heading text ("4.1 Venue." with a trailing
period), Word List Bullet / List Number paragraphs, "Action Item #12 (owner):"
lines, dates without a year that fall in the next year.
Run with python3-docx; the output is the same on every run.
"""

import datetime
import os
import sys

from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)
from docxkit import labelled, set_core, set_header  # noqa: E402

doc = Document()
set_core(doc, "Interop SC call minutes 2019-12-12", "Rashida Coleman",
         datetime.datetime(2019, 12, 13, 16, 20, 0))
set_header(doc, "EMX TC \u2013 Interoperability Subcommittee")

doc.add_paragraph("Interoperability Subcommittee \u2014 Call Minutes", style="Title")
doc.add_paragraph("OASIS Emergency Messaging (EMX) TC", style="Subtitle")
labelled(doc, "Date: ", "Thursday, December 12, 2019")
labelled(doc, "Time: ", "10:00\u201310:45 Eastern")
labelled(doc, "Call: ", "WebEx (details on the subcommittee calendar)")
labelled(doc, "Chair: ", "Chen Wei (Pacifica Telecom)")
labelled(doc, "Notes: ", "Rashida Coleman (Harborview County OEM)")

doc.add_heading("1. Attendees", level=1)
for who in ("Chen Wei (Pacifica Telecom)", "Rashida Coleman (Harborview County OEM)",
            "Dmitri Volkov (Individual)", "Anneke de Vries (Stormwatch BV)",
            "Luis Ortega (Pacifica Telecom)", "Patrick Nwosu (Alertcast)"):
    doc.add_paragraph(who, style="List Bullet")
labelled(doc, "Regrets: ", "Hyun-woo Cho (Individual)")

doc.add_heading("2. Previous notes", level=1)
doc.add_paragraph("The notes of the November 14 call were accepted without changes.")

doc.add_heading("3. Review of open action items", level=1)
for item in (
        "Action Item #9 (Rashida Coleman): compile the interop test matrix from "
        "the October plugfest \u2014 Completed.",
        "Action Item #10 (Dmitri Volkov): check the CAP 1.2 mapping for polygon "
        "precision \u2014 Ongoing.",
        "Action Item #11 (Chair): request a shared drive folder from OASIS "
        "staff \u2014 Completed."):
    doc.add_paragraph(item, style="List Number")

doc.add_heading("4. Plugfest planning", level=1)
doc.add_heading("4.1 Venue.", level=2)
doc.add_paragraph(
    "Patrick reported that Alertcast can host the spring plugfest in Raleigh, "
    "NC on March 24\u201326, 2020. The subcommittee agreed to accept the offer.")
doc.add_heading("4.2 Registration.", level=2)
doc.add_paragraph(
    "Registration for the plugfest closes January 17. Anneke asked whether "
    "remote participants could take part; no conclusion was reached.")

doc.add_heading("5. New action items", level=1)
for item in (
        "Action Item #12 (Chen Wei): send the plugfest announcement to the TC "
        "list by December 19.",
        "Action Item #13 (Luis Ortega, Patrick Nwosu): draft the test scenarios "
        "for polygon alerts.",
        "Action Item #14 (all members): review the draft scenarios before the "
        "next call."):
    doc.add_paragraph(item)

doc.add_heading("6. Next meeting", level=1)
doc.add_paragraph("No call on December 26 (holiday break).")
doc.add_paragraph("Next call: Thursday, January 9, 10:00\u201310:45 Eastern.")
doc.add_paragraph("Meeting adjourned at 10:41.")

docxkit.save(doc, __file__, "emx-interop-sc-2019-12-12.docx", (2019, 12, 13, 16, 20, 0), mode=0o644)
