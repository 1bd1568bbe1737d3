#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Builds iso-wg2-ljubljana-2019.docx: an ISO-style working group meeting report.

Typed clause numbers without periods ("1 Opening of the meeting"), numbered
resolutions, an action table with deadlines, an attendance annex in the ISO
habit (title, given name, SURNAME), page header with the document number.
Run with python3-docx; the output is the same on every run.
"""

# --- shared helpers (copied into every make-*.py so each script stands alone) ---
import datetime
import io
import os
import zipfile

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))


def set_core(doc, title, author, when):
    """Fixed core properties: the same document every run."""
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 3
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""


def set_header(doc, text):
    doc.sections[0].header.paragraphs[0].text = text


def labelled(doc, label, text, style=None):
    """A bold label run ("Chair:") followed by plain text, as Word users type it."""
    p = doc.add_paragraph(style=style)
    p.add_run(label).bold = True
    p.add_run(text)
    return p


def symbol_item(doc, text, font="Wingdings", char="F0E0"):
    """A symbol bullet typed by hand: w:sym, then a tab, then the text."""
    p = doc.add_paragraph()
    r = p.add_run()
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), font)
    sym.set(qn("w:char"), char)
    r._r.append(sym)
    r._r.append(OxmlElement("w:tab"))
    p.add_run(text)
    return p


def table(doc, head, rows, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(head), style=style)
    for cell, text in zip(t.rows[0].cells, head):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in rows:
        cells = t.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    return t


PPR_BEFORE_NUMPR = {qn(t) for t in ("w:pStyle", "w:keepNext", "w:keepLines",
                                    "w:pageBreakBefore", "w:framePr",
                                    "w:widowControl")}


def number_headings(doc, formats=("%1.", "%1.%2")):
    """Real outline numbering: one multilevel list bound to the Heading styles."""
    numbering = doc.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "90")
    multi = OxmlElement("w:multiLevelType")
    multi.set(qn("w:val"), "multilevel")
    abstract.append(multi)
    for ilvl, fmt in enumerate(formats):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"),
                         ("w:pStyle", "Heading%d" % (ilvl + 1)),
                         ("w:lvlText", fmt), ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        abstract.append(lvl)
    numbering.find(qn("w:num")).addprevious(abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), "90")
    num.append(ref)
    numbering.append(num)
    for ilvl in range(len(formats)):
        ppr = doc.styles["Heading %d" % (ilvl + 1)].element.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), str(ilvl))
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), "90")
        numpr.append(il)
        numpr.append(ni)
        pos = 0
        while pos < len(ppr) and ppr[pos].tag in PPR_BEFORE_NUMPR:
            pos += 1
        ppr.insert(pos, numpr)


def save(doc, name, stamp):
    """Save with fixed zip entry times, so a second run gives the same bytes."""
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            out.writestr(entry, src.read(info.filename))
# --- end of shared helpers ---

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

save(doc, "iso-wg2-ljubljana-2019.docx", (2019, 5, 20, 8, 15, 0))
