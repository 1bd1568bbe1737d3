#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Builds stx-tc-2016-02-17.docx: an OASIS-style TC call, minutes kept in Word.

Auto-numbered Heading 1/2 outline, a roll call table (Name / Company / Role /
Status), a carried-over action items table, bold labels, a page header.
Run with python3-docx; the output is the same on every run.
"""

import datetime
import os
import sys

from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)
from docxkit import labelled, number_headings, set_core, set_header, table  # noqa: E402

doc = Document()
set_core(doc, "STX TC Meeting #27 minutes", "Tomasz Wierzbicki",
         datetime.datetime(2016, 2, 18, 9, 40, 0))
set_header(doc, "OASIS STX TC \u2014 draft minutes, not yet approved")
number_headings(doc)

doc.add_paragraph("Secure Telemetry Exchange (STX) TC \u2014 Meeting #27", style="Title")
labelled(doc, "Date: ", "Wednesday, 17 February 2016")
labelled(doc, "Time: ", "11:00\u201312:00 EST (16:00\u201317:00 UTC)")
labelled(doc, "Location: ", "Teleconference (GoToMeeting)")
labelled(doc, "Chair: ", "Marguerite Okafor (Halvard Systems)")
labelled(doc, "Secretary: ", "Tomasz Wierzbicki (Individual)")

doc.add_heading("Call to order and welcome", level=1)
doc.add_paragraph(
    "Marguerite Okafor called the meeting to order at 11:03 EST and welcomed "
    "Ravi Chandrasekar, who joined the TC as a Member this month.")

doc.add_heading("Roll call", level=1)
doc.add_paragraph("9 of 12 voting members present; quorum achieved.")
table(doc, ("Name", "Company", "Role", "Status"), (
    ("Marguerite Okafor", "Halvard Systems", "Chair", "Voting member"),
    ("Tomasz Wierzbicki", "Individual", "Secretary", "Voting member"),
    ("Samuel Achterberg", "Halvard Systems", "Editor", "Voting member"),
    ("Priya Raghunathan", "Northgate Bank", "", "Voting member"),
    ("Lucas Ferreira-Lima", "Arcadis Networks", "", "Voting member"),
    ("Hannelore Vogt", "Federal Grid Agency", "", "Voting member"),
    ("Daniel O'Rourke", "Cobaltline", "", "Voting member"),
    ("Aiko Tanabe", "Kirin Datacom", "", "Voting member"),
    ("Keisha Langford", "Tri-State Utilities Council", "", "Voting member"),
    ("Ravi Chandrasekar", "Northgate Bank", "", "Member"),
))
doc.add_paragraph()
labelled(doc, "Regrets: ", "Jonas Lindqvist (Arcadis Networks), Fatima El Idrissi (Individual)")
labelled(doc, "Observers: ", "Elena Marchetti (Cobaltline)")

doc.add_heading("Approval of the agenda", level=1)
doc.add_paragraph(
    "The agenda posted to the TC list on 10 February was approved without changes.")

doc.add_heading("Approval of the minutes of 20 January 2016", level=1)
doc.add_paragraph(
    "Motion by Priya Raghunathan, seconded by Daniel O'Rourke, to approve the "
    "minutes of the 20 January 2016 meeting as posted. No objections; motion approved.")

doc.add_heading("Review of open action items", level=1)
doc.add_paragraph("Carried-over action items from previous meetings:")
table(doc, ("#", "Action", "Owner", "Status"), (
    ("AI #19", "Circulate the revised threat taxonomy to the TC list",
     "Aiko Tanabe", "Completed"),
    ("AI #21", "Draft the conformance clause for Profile 2",
     "Samuel Achterberg", "Ongoing (target: WD05)"),
    ("AI #22", "Ask TC Administration for the new CSD cover page template",
     "Chair", "Completed"),
    ("AI #23", "Collect use cases from the utilities sector",
     "Keisha Langford, Hannelore Vogt", "Carried"),
))
doc.add_paragraph("AI #21 and AI #23 stay on the list for the next meeting.")

doc.add_heading("STX 1.1 Working Draft 04", level=1)
doc.add_paragraph(
    "Samuel walked through the changes in WD04, uploaded to the document "
    "repository on 12 February as stx-v1.1-wd04.docx.")
doc.add_heading("Issue #112: timestamp precision", level=2)
doc.add_paragraph(
    "Lucas proposed moving all timestamps to nanosecond precision. Hannelore and "
    "Aiko were concerned about deployments that store milliseconds today. No "
    "motion was made; the chair asked for the discussion to continue on the list.")
p = doc.add_paragraph()
p.add_run("ACTION").bold = True
p.add_run(" on Lucas to open a GitHub issue summarising the three precision options.")
doc.add_heading("Namespace URI for WD05", level=2)
doc.add_paragraph(
    "Motion by Samuel Achterberg, seconded by Aiko Tanabe: the TC adopts the "
    "namespace URI http://docs.example-open.org/stx/ns/v1.1 for WD05 and later "
    "drafts. Approved by unanimous consent.")
p = doc.add_paragraph()
p.add_run("ACTION").bold = True
p.add_run(" on Samuel to upload WD05 to the TC document repository by 2 March 2016.")

doc.add_heading("Liaison reports", level=1)
doc.add_paragraph(
    "Keisha reported on the SC 27 liaison meeting held on 8 February in Tokyo. "
    "The next SC 27 plenary is scheduled for 11\u201315 April 2016 in Tampa, Florida.")

doc.add_heading("Public review of CSD02", level=1)
doc.add_paragraph(
    "The 30-day public review of STX v1.1 CSD02 opened on 14 February and closes "
    "on 15 March 2016 at 23:59 UTC. Tomasz noted that the stx-comment list is "
    "open to non-members.")

doc.add_heading("Next meeting", level=1)
doc.add_paragraph(
    "Wednesday, 16 March 2016, 11:00\u201312:00 Eastern. Note that US daylight "
    "saving time begins on 13 March.")

doc.add_heading("Adjournment", level=1)
doc.add_paragraph("The meeting adjourned at 11:58 EST.")

docxkit.save(doc, __file__, "stx-tc-2016-02-17.docx", (2016, 2, 18, 9, 40, 0), mode=0o644)
