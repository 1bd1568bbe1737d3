#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build tpl-larkspur-trust-2026-05-06.docx: a small charity's board of
trustees minutes from its Word template.  The meeting's details are a
two-column borderless table of labels and values (no colons, labels in the
first column, plain table style, no header row), its date written the
British numeric way with a two-digit year ("06/05/26"), which only the
document's language tells apart from 5 June: en-GB in the style defaults
(w:lang).  Trustees present and apologies are rows of the same table;
minutes are Heading 2 items, resolutions in bold "Resolved:" paragraphs and
actions in a three-column table (Action | Lead | By) with the same short
British dates ("23/05/26").  Deterministic: fixed core properties and zip
timestamps."""

import datetime
import sys
from pathlib import Path

from docx import Document

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)

STEM = "tpl-larkspur-trust-2026-05-06"
WHEN = datetime.datetime(2026, 5, 8, 16, 0, 0)


def resolved(doc, text):
    p = doc.add_paragraph()
    p.add_run("Resolved: ").bold = True
    p.add_run(text)


def build():
    doc = Document()
    docxkit.set_language(doc, "en-GB")
    docxkit.set_core(doc, "Trustees minutes", "Eleanor Quayle", WHEN)

    doc.add_paragraph("The Larkspur Trust – Board of Trustees", style="Title")
    docxkit.borderless(docxkit.rows_table(doc, [
        ("Date", "06/05/26"),
        ("Time", "18:00 – 19:45"),
        ("Place", "The Larkspur Centre, 14 Rope Walk, Bristol"),
        ("Chair", "Dr Anjali Mehta"),
        ("Minutes", "Eleanor Quayle (Company Secretary)"),
        ("Trustees present", "Anjali Mehta, Robert Finch (Treasurer), Zainab Okoye, "
                             "Hugo Marsh"),
        ("In attendance", "Carys Vaughan (Chief Executive), Eleanor Quayle"),
        ("Apologies", "Philippa Stone"),
    ], bold_cols=(0,)))
    doc.add_paragraph()

    doc.add_paragraph("1. Minutes and matters arising", style="Heading 2")
    resolved(doc, "The minutes of the meeting of 11/03/26 were approved.")
    doc.add_paragraph("Matters arising: the safeguarding policy review (action from "
                      "March) is complete.")
    doc.add_paragraph("2. Chief Executive's report", style="Heading 2")
    doc.add_paragraph("Carys Vaughan reported that the summer holiday programme is fully "
                      "booked and that the lease on the Centre ends on 31/08/27. Trustees "
                      "discussed whether to negotiate a five-year renewal; no decision was "
                      "taken.")
    doc.add_paragraph("3. Finance", style="Heading 2")
    doc.add_paragraph("Robert Finch presented the management accounts to 31/03/26.")
    resolved(doc, "The board adopted the reserves policy as revised, holding six months' "
                  "running costs in reserve.")
    doc.add_paragraph("4. Grant applications", style="Heading 2")
    doc.add_paragraph("The Westfield Foundation round closes on 12/06/26. Zainab Okoye "
                      "proposed applying for £15,000 towards the youth mentoring scheme; "
                      "seconded by Hugo Marsh and agreed unanimously.")
    doc.add_paragraph("5. Actions", style="Heading 2")
    docxkit.rows_table(doc, [("Action", "Lead", "By"),
                             ("Circulate the revised reserves policy", "Eleanor Quayle", "13/05/26"),
                             ("Draft the Westfield Foundation application", "Zainab Okoye", "23/05/26"),
                             ("Obtain a valuation of the lease options", "Carys Vaughan", "01/07/26")],
                       bold_rows=(0,), style="Table Grid")
    doc.add_paragraph()
    doc.add_paragraph("Date of next meeting: 08/07/26 at 18:00, The Larkspur Centre.")
    return doc


if __name__ == "__main__":
    docxkit.save(build(), __file__, f"{STEM}.docx", WHEN)
