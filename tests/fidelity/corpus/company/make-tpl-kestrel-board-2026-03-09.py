#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build tpl-kestrel-board-2026-03-09.docx: board minutes of a community
energy society typed in Normal paragraphs the way many small organisations
do: the society's name and registered office as a letterhead in the
first-page header (a running head on later pages), a title line aligned with
tabs ("Board Meeting Minutes<tab>9 March 2026<tab>3.00 pm"), the venue as a
"Venue:<tab>…" line, headings numbered by hand ("1.<tab>Present:"), action
points as a Wingdings arrow inserted as a symbol, a tab and the text, and a
British numeric date for the next meeting ("13/04/26"); the document's
language is en-GB in its style defaults.  Deterministic: fixed core
properties and zip timestamps."""

import datetime
import sys
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)

STEM = "tpl-kestrel-board-2026-03-09"
WHEN = datetime.datetime(2026, 3, 11, 9, 15, 0)


def british(doc):
    """The style defaults' language, as a UK copy of Word writes it."""
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "en-GB")


def tabbed(doc, parts, bold=False):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))
    for i, part in enumerate(parts):
        p.add_run(("\t" if i else "") + part).bold = bold
    return p


def heading(doc, n, text):
    tabbed(doc, [n, text], bold=True)


def arrow(doc, text):
    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.left_indent = Cm(1.0)
    fmt.first_line_indent = Cm(-0.6)
    run = p.add_run()
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), "Wingdings")
    sym.set(qn("w:char"), "F0D8")
    run._r.append(sym)
    p.add_run("\t" + text)


def build():
    doc = Document()
    british(doc)
    cp = doc.core_properties
    cp.author = "Ruth Ellery"
    cp.title = ""
    cp.created = WHEN
    cp.modified = WHEN
    cp.revision = 2

    section = doc.sections[0]
    section.different_first_page_header_footer = True
    first = section.first_page_header
    first.paragraphs[0].add_run("Kestrel Valley Community Energy Ltd").bold = True
    first.add_paragraph("Registered office: 2 Weir Road, Hebden Bridge HX7 8AB · Society no. 31877R")
    section.header.paragraphs[0].text = "Board minutes, 9 March 2026"

    tabbed(doc, ["Board Meeting Minutes", "9 March 2026", "3.00 pm"], bold=True)
    tabbed(doc, ["Venue:", "Committee Room 2, Hebden Bridge Town Hall"])

    heading(doc, "1.", "Present:")
    doc.add_paragraph("Alison Pryce (Chair), Gareth Moss, Nadia Iqbal, Owen Trask, "
                      "Ruth Ellery (Secretary)")
    heading(doc, "2.", "Apologies")
    doc.add_paragraph("Bernard Cole; Fiona McRae")
    heading(doc, "3.", "Minutes of the previous meeting")
    doc.add_paragraph("The minutes of the meeting held on 9 February 2026 were approved "
                      "as a correct record, proposed by Gareth Moss and seconded by "
                      "Nadia Iqbal.")
    heading(doc, "4.", "Hydro scheme maintenance")
    doc.add_paragraph("Owen Trask reported that the turbine's lower bearing is running hot "
                      "and should be replaced before the summer low-flow period. The last "
                      "replacement was in August 2021.")
    arrow(doc, "Owen Trask to obtain two quotes for the bearing replacement by 27 March.")
    heading(doc, "5.", "Community share offer")
    doc.add_paragraph("The Board resolved to open the 2026 community share offer on 1 May "
                      "2026, with a minimum investment of £100.")
    arrow(doc, "Nadia Iqbal to draft the offer document and circulate it to directors "
               "by 10/04/26.")
    arrow(doc, "Ruth Ellery to book the launch event at the Town Hall.")
    heading(doc, "6.", "Any other business")
    doc.add_paragraph("Gareth Moss asked whether the Board should join the regional network "
                      "of energy co-operatives. Directors were divided and the matter was "
                      "deferred to the next meeting.")
    heading(doc, "7.", "Date of next meeting")
    doc.add_paragraph("Monday 13/04/26 at 3.00 pm, Committee Room 2.")
    doc.add_paragraph("The meeting closed at 4.40 pm.")
    return doc


if __name__ == "__main__":
    docxkit.save(build(), __file__, f"{STEM}.docx", WHEN)
