#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build tpl-harbourside-rowing-2026-03-04.docx: a rowing club committee's
minutes typed from the secretary's own Word file.  The club's name is the
first line (bold capitals, not in the page header); the title line is
aligned with a centre and a right tab stop ("Committee Minutes<tab>
Wednesday 4 March 2026<tab>7.30 pm"); the next line gives the place the
same way ("Venue –<tab>…"); "Attendees:-" and "Apologies:-" labels with a
dash after the colon; items numbered "1)" with the heading in bold and the
minute in the same paragraph after a line break; actions closing an item as
a bold "Action – <name>" run at the end of the paragraph.  Deterministic:
fixed core properties and zip timestamps."""

import datetime
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)

STEM = "tpl-harbourside-rowing-2026-03-04"
WHEN = datetime.datetime(2026, 3, 6, 20, 45, 0)


def aligned(doc, parts, bold=False):
    p = docxkit.tabbed(doc, parts, bold=bold)
    stops = p.paragraph_format.tab_stops
    stops.add_tab_stop(Cm(8.0), WD_TAB_ALIGNMENT.CENTER)
    stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT)
    return p


def item(doc, number, heading, text, action=None):
    p = doc.add_paragraph()
    run = p.add_run(f"{number}) {heading}")
    run.bold = True
    run.add_break(WD_BREAK.LINE)
    p.add_run(text)
    if action:
        p.add_run(" ")
        p.add_run(f"Action – {action}").bold = True
    return p


def build():
    doc = Document()
    docxkit.set_language(doc, "en-GB")
    docxkit.set_core(doc, "Committee minutes", "Niamh Gallagher", WHEN)

    doc.add_paragraph().add_run("HARBOURSIDE ROWING CLUB").bold = True
    aligned(doc, ["Committee Minutes", "Wednesday 4 March 2026", "7.30 pm"], bold=True)
    aligned(doc, ["Venue –", "Clubhouse upstairs room"])
    doc.add_paragraph("Attendees:- Declan Byrne (Captain, in the chair), Niamh Gallagher "
                      "(Hon. Sec.), Oisín Walsh (Treasurer), Grace Lynch, Ronan Keane, "
                      "Aoife Brennan")
    doc.add_paragraph("Apologies:- Brendan Coyle, Sinead Farrell")

    item(doc, 1, "Minutes of last meeting",
         "The minutes of 4 February were agreed as a true record.")
    item(doc, 2, "Treasurer's report",
         "Oisín reported that 41 of 56 members have paid the 2026 subscription. "
         "Reminders went out on 20 February.",
         "Oisín Walsh to chase unpaid subscriptions before the end of March.")
    item(doc, 3, "Boat repairs",
         "The coxed four Molly B has a cracked rigger. Ronan has a quote of €380 "
         "from Quayside Marine. Ronan proposed accepting it, seconded by Grace; "
         "carried 5–0.",
         "Ronan Keane to book the repair.")
    item(doc, 4, "Head of the River",
         "It was agreed to enter two crews in the Head of the River on Saturday "
         "18 April 2026. Entries close on 27 March.",
         "Grace Lynch to submit the entries by 27 March.")
    item(doc, 5, "Social",
         "Aoife suggested a quiz night in May. No date fixed yet; to be discussed "
         "at the next meeting.")
    item(doc, 6, "AOB",
         "Declan asked everyone to check the safety boat fuel log after each outing.")
    doc.add_paragraph("Next meeting: Wednesday 1 April 2026, 7.30 pm, clubhouse.")
    doc.add_paragraph("Meeting closed 9.10 pm.")
    return doc


if __name__ == "__main__":
    docxkit.save(build(), __file__, f"{STEM}.docx", WHEN)
