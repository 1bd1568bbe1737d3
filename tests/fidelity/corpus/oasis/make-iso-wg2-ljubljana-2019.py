#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Builds iso-wg2-ljubljana-2019.docx: an ISO-style working group meeting report.

Typed clause numbers without periods ("1 Opening of the meeting"), numbered
resolutions, an action table with deadlines, an attendance annex in the ISO
habit (title, given name, SURNAME), page header with the document number.
Run with python3-docx; the output is the same on every run.
"""

import datetime
import os
import sys

from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)
from docxkit import labelled, set_core, set_header, table  # noqa: E402

doc = Document()
set_core(doc, "ISO/TC 391/SC 4/WG 2 N 245 - Report of the 9th meeting",
         "Leonie Fischer", datetime.datetime(2019, 5, 20, 8, 15, 0))
set_header(doc, "ISO/TC 391/SC 4/WG 2 N 245")

doc.add_paragraph(
    "Report of the 9th meeting of ISO/TC 391/SC 4/WG 2 "
    "\u201cSpatial referencing of utility networks\u201d", style="Title")
table(doc, ("Item", "Details"), (
    ("Date", "2019-05-14"),
    ("Time", "09:00\u201317:30 CEST"),
    ("Venue", "Hotel Vodnik, Ljubljana, Slovenia (remote participation via Webex)"),
    ("Convenor", "Dr Matej KOVA\u010c"),
    ("Secretary", "Ms Leonie FISCHER"),
    ("Document status", "Meeting report, for information"),
))

doc.add_heading("1 Opening of the meeting", level=1)
doc.add_paragraph(
    "The Convenor opened the meeting at 09:05 and thanked SIST for hosting. "
    "Twelve experts from nine countries and one liaison organization attended, "
    "two of them remotely; the attendance list is given in Annex A.")

doc.add_heading("2 Adoption of the agenda", level=1)
labelled(doc, "Resolution 2019-05/01 ",
         "WG 2 adopts the agenda N 244 with the addition of item 6.2.")

doc.add_heading("3 Approval of the report of the 8th meeting", level=1)
labelled(doc, "Resolution 2019-05/02 ",
         "WG 2 approves the report N 231 of its 8th meeting, held in Seoul on "
         "2018-10-16, without changes.")

doc.add_heading("4 Review of action items", level=1)
doc.add_paragraph("Actions from the 8th meeting:")
table(doc, ("Action", "Description", "Responsible", "Status"), (
    ("A8.2", "Prepare the terminology annex for ISO 31907-2",
     "Mr Pierre LEFEBVRE", "Completed"),
    ("A8.4", "Liaise with OGC on the precision model", "Convenor", "Ongoing"),
    ("A8.5", "Provide test datasets for the network topology clauses",
     "Korean delegation (KATS)", "Carried"),
))

doc.add_heading("5 ISO 31907-2 working draft", level=1)
doc.add_heading("5.1 Comment resolution", level=2)
doc.add_paragraph(
    "The project leader, Ms Min-ji PARK, presented the disposition of the 86 "
    "comments received on the working draft (N 247). Most editorial comments "
    "were accepted. The proposal from the French delegation to split part 2 "
    "into two documents did not reach consensus and was withdrawn.")
labelled(doc, "Resolution 2019-05/03 ",
         "WG 2 agrees to submit the revised working draft of ISO 31907-2 to "
         "SC 4 for registration as a Committee Draft, together with the "
         "comment resolution in N 247. (Unanimous)")
doc.add_heading("5.2 Coordinate precision", level=2)
doc.add_paragraph(
    "Experts from Japan and Canada described rounding problems when exchanging "
    "coordinates between national grids.")
labelled(doc, "Resolution 2019-05/04 ",
         "WG 2 establishes an ad hoc group on coordinate precision, led by "
         "Mr Hiroshi SATO, to report at the 10th meeting.")

doc.add_heading("6 Liaison reports", level=1)
doc.add_paragraph(
    "Dr Kwame ASANTE reported on the OGC Member Meeting held in Leuven on "
    "2019-02-25/28, where the utility network model was presented.")

doc.add_heading("7 Future meetings", level=1)
doc.add_paragraph(
    "The 10th meeting of WG 2 will be held in Montr\u00e9al, Canada, from "
    "2019-10-21 to 2019-10-23, hosted by SCC.")
doc.add_paragraph(
    "A virtual meeting on the Committee Draft will take place on 2019-07-09, "
    "13:00\u201315:00 UTC.")

doc.add_heading("8 Actions", level=1)
table(doc, ("Action", "Description", "Responsible", "Deadline", "Status"), (
    ("A9.1", "Update the working draft according to N 247 and send it to the Secretary",
     "Project leader (Ms Min-ji PARK)", "2019-06-14", "Open"),
    ("A9.2", "Submit the CD registration request to SC 4", "Secretary",
     "2019-06-28", "Open"),
    ("A9.3", "Report on coordinate precision options", "Mr Hiroshi SATO",
     "2019-10-21 (10th meeting)", "Open"),
    ("A9.4", "Circulate the logistics for the Montr\u00e9al meeting",
     "Canadian delegation (SCC)", "2019-08-30", "Open"),
))

doc.add_heading("9 Closing of the meeting", level=1)
doc.add_paragraph(
    "The Convenor closed the meeting at 17:20 and thanked the experts for "
    "their contributions.")

doc.add_heading("Annex A \u2014 Attendance list", level=1)
table(doc, ("Name", "Country / Liaison", "Organization"), (
    ("Dr Matej KOVA\u010c (Convenor)", "Slovenia", "SIST"),
    ("Ms Leonie FISCHER (Secretary)", "Germany", "DIN"),
    ("Ms Min-ji PARK (Project leader)", "Korea, Republic of", "KATS"),
    ("Mr Hiroshi SATO", "Japan", "JISC"),
    ("Ms Yuki NAKAMURA", "Japan", "JISC"),
    ("Mr Pierre LEFEBVRE", "France", "AFNOR"),
    ("Ms Sin\u00e9ad MOLLOY (remote)", "Ireland", "NSAI"),
    ("Mr Tom\u00e1s HERRERA", "Spain", "UNE"),
    ("Mr Florian BRUNNER", "Germany", "DIN"),
    ("Ms Ana KOSTI\u0106 (remote)", "Serbia", "ISS"),
    ("Mr David TREMBLAY", "Canada", "SCC"),
    ("Dr Kwame ASANTE", "Liaison", "OGC"),
))
doc.add_paragraph()
labelled(doc, "Apologies: ", "Mr Lars ENGSTR\u00d6M (Sweden, SIS)")

docxkit.save(doc, __file__, "iso-wg2-ljubljana-2019.docx", (2019, 5, 20, 8, 15, 0), mode=0o644)
