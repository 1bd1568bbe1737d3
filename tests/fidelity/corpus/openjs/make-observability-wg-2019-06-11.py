#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Builds observability-wg-2019-06-11.docx: CNCF-style working group notes kept
in a Google Doc and downloaded as Word.

Title / Subtitle, Heading 2 blocks, List Bullet / List Bullet 2 / List Number
paragraphs, and a checklist whose bullet glyph is a real numbering level
("\u2610"), as Google Docs exports its checkboxes.
Run with python3-docx; the output is the same on every run.
"""

import datetime
import os
import sys

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)
from docxkit import labelled, set_core  # noqa: E402


def checklist_numbering(doc):
    """A bullet list whose glyph is an empty check box, like a Docs checklist."""
    numbering = doc.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "91")
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "bullet"),
                     ("w:lvlText", "\u2610"), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    abstract.append(lvl)
    numbering.find(qn("w:num")).addprevious(abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "91")
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), "91")
    num.append(ref)
    numbering.append(num)


def check_item(doc, text, done=False):
    p = doc.add_paragraph(style="List Paragraph")
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), "91")
    numpr.append(il)
    numpr.append(ni)
    ppr.append(numpr)
    run = p.add_run(text)
    run.font.strike = done
    return p


doc = Document()
set_core(doc, "Observability WG - meeting notes", "Leila Haddad",
         datetime.datetime(2019, 6, 11, 17, 5, 0))
checklist_numbering(doc)

doc.add_paragraph("Cloud Fabric Observability Working Group", style="Title")
doc.add_paragraph("Meeting notes \u2014 June 11, 2019", style="Subtitle")
labelled(doc, "Meeting time: ", "Tuesdays 8:00\u20139:00 PT (15:00\u201316:00 UTC), bi-weekly")
labelled(doc, "Zoom: ", "https://zoom.us/j/5551234567")
labelled(doc, "Chairs: ", "Leila Haddad (Northbeam), Jonas Weber (Kubrik.io)")

doc.add_heading("Attendees", level=2)
for who in ("Leila Haddad (Northbeam)", "Jonas Weber (Kubrik.io)",
            "Mei Tanaka (Tidewater)", "Rohan Verma (independent)",
            "Carla Mendes (Northbeam)", "Ethan Brooks (Stackhaven) \u2014 joined late"):
    doc.add_paragraph(who, style="List Bullet")

doc.add_heading("Agenda", level=2)
for item in ("Metrics naming conventions doc \u2014 review",
             "Tracing sampling survey results",
             "Conference talk submission"):
    doc.add_paragraph(item, style="List Number")

doc.add_heading("Notes", level=2)
doc.add_paragraph("Metrics naming conventions", style="List Bullet")
doc.add_paragraph("Mei walked through the open comments; most were about units.",
                  style="List Bullet 2")
doc.add_paragraph("Consensus: adopt snake_case names with unit suffixes "
                  "(e.g. request_duration_seconds).", style="List Bullet 2")
doc.add_paragraph("Tracing sampling survey", style="List Bullet")
doc.add_paragraph("46 responses. Head-based sampling is still the most common; "
                  "tail-based sampling is growing among larger users.",
                  style="List Bullet 2")
doc.add_paragraph("Ethan asked whether we could publish the results; the format "
                  "is still open.", style="List Bullet 2")
doc.add_paragraph("Conference talk", style="List Bullet")
doc.add_paragraph("The maintainer track submission deadline is June 21.",
                  style="List Bullet 2")

doc.add_heading("Action items", level=2)
check_item(doc, "Mei: merge the naming conventions doc into the repo by June 18")
check_item(doc, "Rohan: write up the survey results as a blog draft")
check_item(doc, "Leila, Jonas: submit the maintainer track talk by June 21")
check_item(doc, "Carla: share the raw survey data (done during the call)", done=True)

p = doc.add_paragraph()
p.add_run("Next meeting: ").bold = True
p.add_run("June 25, 2019, 8:00\u20139:00 PT / 15:00\u201316:00 UTC")

docxkit.save(doc, __file__, "observability-wg-2019-06-11.docx", (2019, 6, 11, 17, 5, 0), mode=0o644)
