#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build fenwick-choral-committee-2014-09.docx: a choral society's committee minutes
typed in Word -- Title and Heading 2 styles with hand-typed item numbers, bold labels,
List Bullet items, and each action pushed to the right margin with a right-aligned
tab stop ("...text.<TAB>Action: Clare"), as secretaries do to make a right-hand column
without a table."""
import datetime
import os
import sys

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)
NAME = "fenwick-choral-committee-2014-09.docx"
RIGHT = Cm(16)


def labelled(doc, label, text):
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    p.add_run("\t" + text)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(3.5))
    p.paragraph_format.left_indent = Cm(3.5)
    p.paragraph_format.first_line_indent = Cm(-3.5)
    return p


def para(doc, text, action=None, style=None):
    p = doc.add_paragraph(style=style)
    p.add_run(text)
    if action:
        p.paragraph_format.tab_stops.add_tab_stop(RIGHT, WD_TAB_ALIGNMENT.RIGHT)
        p.add_run("\t")
        p.add_run("Action: " + action).bold = True
    return p


def build():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.sections[0].footer.paragraphs[0].text = "FVCS committee minutes 15.9.14 - draft for approval"

    doc.add_paragraph("Fenwick Valley Choral Society", style="Title")
    p = doc.add_paragraph()
    p.add_run("Minutes of the Committee Meeting held on Monday 15 September 2014 at 7.45pm "
              "at 14 Orchard Rise, Fenwick").bold = True

    labelled(doc, "Present:", "Robert Ainsley (Chairman), Margaret Wills (Secretary), "
             "Nigel Foss (Treasurer), Ruth Dakin (Concert Manager), Paul Stebbings (Librarian), "
             "Anita Kowalczyk (Publicity), Janet Greenhalgh (Members' Representative)")
    labelled(doc, "In attendance:", "Dr Clare Hembury (Musical Director)")
    labelled(doc, "Apologies:", "None")

    doc.add_paragraph("1. Minutes of the meeting of 7 July 2014", style="Heading 2")
    para(doc, "The minutes were approved and signed by the Chairman.")

    doc.add_paragraph("2. Matters arising", style="Heading 2")
    para(doc, "Staging risers: Paul arranged the loan of the risers from Fenwick High School "
              "for the winter concert, as agreed in July. Done.")
    para(doc, "Messiah scores (Novello edition) for the spring have been ordered and should "
              "arrive on 20 October.")

    doc.add_paragraph("3. Winter concert", style="Heading 2")
    para(doc, "The winter concert will be on Saturday 13 December 2014 at 7.30pm in "
              "St Michael's Church, Fenwick: Vivaldi Gloria and carols with the audience. "
              "Fenwick Sinfonia are booked (fee £1,450). Tickets £12, under-18s £5.")
    para(doc, "There will be an extra rehearsal on Saturday 6 December from 2pm to 5pm in the "
              "church hall, and the dress rehearsal with the orchestra on Friday 12 December at "
              "7pm in the church.")
    para(doc, "Clare is still waiting to hear from the soprano and alto soloists and will "
              "confirm both by 30 September.", action="Clare")

    doc.add_paragraph("4. Treasurer's report", style="Heading 2")
    para(doc, "Nigel reported £6,212.58 in the current account. Subscriptions have been "
              "received from 58 of the 71 singers; he will remind the others at rehearsal.",
         action="Nigel")
    para(doc, "The Gift Aid claim for 2013-14 was submitted on 2 September.")
    para(doc, "Nigel proposed, and Ruth seconded, that subscriptions rise from £95 to £110 a "
              "year from January 2015 to cover the higher orchestra fees. The committee agreed "
              "to recommend the increase to the AGM on Monday 26 January 2015.")

    doc.add_paragraph("5. Publicity", style="Heading 2")
    para(doc, "Anita showed the draft poster and flyer. Posters to be printed and given out to "
              "members by 1 November; every singer to take ten.", action="Anita")
    para(doc, "Listing on the Fenwick Arts website and in the parish magazine.", action="Anita")

    doc.add_paragraph("6. Tour proposal", style="Heading 2")
    para(doc, "Ruth presented costings for a tour to Bruges in June 2015 (about £340 per "
              "singer). The survey showed only 34 singers interested. After discussion the "
              "committee decided not to go ahead with a tour in 2015 and to look again for 2016.")

    doc.add_paragraph("7. Any other business", style="Heading 2")
    for text in ("Janet suggested a welcome evening for new members after rehearsal on "
                 "Monday 6 October, with wine and nibbles. Agreed.",
                 "Paul asked that borrowed music be returned at the end of each term; a "
                 "reminder will go in the newsletter."):
        doc.add_paragraph(text, style="List Bullet")
    para(doc, "Newsletter reminder about returning music.", action="Margaret")

    doc.add_paragraph("8. Date of next meeting", style="Heading 2")
    para(doc, "Monday 3 November 2014 at 7.45pm, 14 Orchard Rise.")

    para(doc, "The meeting closed at 9.55pm.")

    props = doc.core_properties
    props.author = "Margaret Wills"
    props.last_modified_by = "Margaret Wills"
    props.title = "Committee minutes 15 September 2014"
    props.created = datetime.datetime(2014, 9, 17, 10, 5, 0)
    props.modified = datetime.datetime(2014, 9, 17, 11, 40, 0)
    props.revision = 4
    docxkit.save(doc, __file__, NAME, props.modified)


if __name__ == "__main__":
    build()
