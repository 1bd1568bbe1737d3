#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build tpl-ferrovia-ops-2026-05-11.docx: a distributor's weekly sales and
operations meeting from the team's Word template.  No title paragraph: the
title block is a four-column layout table whose first row holds the title
in its first cell and the week in the last, then label/value pairs side by
side with shaded label cells ending in a colon (Date: | … | Time: | …);
the time typed the way operations teams do ("0930–1015"); KPIs in a data
table; decisions as Word bullets under a "Decisions" heading; actions in a
table whose owner comes first (Owner | Action | By).  Deterministic: fixed
core properties and zip timestamps."""

import datetime
import sys
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)

STEM = "tpl-ferrovia-ops-2026-05-11"
WHEN = datetime.datetime(2026, 5, 11, 11, 30, 0)


def shade(cell, fill="E7E6E6"):
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def build():
    doc = Document()
    docxkit.set_core(doc, "S&OP weekly", "Lucia Bertolini", WHEN)

    rows = [("Weekly Sales & Operations Meeting", "", "", "Week 20"),
            ("Date:", "Monday 11 May 2026", "Time:", "0930–1015"),
            ("Location:", "Warehouse meeting room, Pontedera", "Chair:", "Marco Venturi"),
            ("Minutes:", "Lucia Bertolini", "Attendees:",
             "Marco Venturi, Lucia Bertolini, Sara Conti, Edoardo Russo, Hannah Keller")]
    head = docxkit.layout(docxkit.rows_table(doc, rows))
    head.cell(0, 0).merge(head.cell(0, 2))
    docxkit.fill(head.cell(0, 0), "Weekly Sales & Operations Meeting", bold=True)
    for r in range(1, len(rows)):
        for c in (0, 2):
            shade(head.cell(r, c))
    doc.add_paragraph()

    doc.add_paragraph("Key figures", style="Heading 1")
    docxkit.rows_table(doc, [("Measure", "Last week", "Target"),
                             ("Orders shipped on time", "94.1%", "96%"),
                             ("Open back orders", "212", "150"),
                             ("Returns processed", "88", "—")],
                       bold_rows=(0,), style="Table Grid")
    doc.add_paragraph()
    doc.add_paragraph("Discussion", style="Heading 1")
    doc.add_paragraph("Sara Conti explained that the late shipments came from the "
                      "Bologna carrier missing two collections on 6 May. Edoardo Russo "
                      "expects the new picking shelves to be installed during the weekend "
                      "of 23–24 May, which will close the warehouse on Saturday.")
    doc.add_paragraph("Hannah Keller asked whether the spring price list can still go "
                      "out on 1 June; the team agreed it can.")
    doc.add_paragraph("Decisions", style="Heading 1")
    doc.add_paragraph("Switch the Bologna route to the backup carrier for two weeks.",
                      style="List Bullet")
    doc.add_paragraph("Back orders older than 30 days are offered a 5% credit.",
                      style="List Bullet")
    doc.add_paragraph("Action items", style="Heading 1")
    docxkit.rows_table(doc, [("Owner", "Action", "By"),
                             ("Sara Conti", "Book the backup carrier for the Bologna route",
                              "12 May 2026"),
                             ("Edoardo Russo", "Confirm the shelving installation dates",
                              "15 May 2026"),
                             ("Hannah Keller", "Send the spring price list to key accounts",
                              "1 June 2026")],
                       bold_rows=(0,), style="Table Grid")
    doc.add_paragraph()
    doc.add_paragraph("Next meeting: Monday 18 May 2026, 0930, warehouse meeting room.")
    return doc


if __name__ == "__main__":
    docxkit.save(build(), __file__, f"{STEM}.docx", WHEN)
