#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build alder-springs-parks-2027-08.txt: a US city's parks and recreation advisory board
minutes typed in Word on US Letter (en-US): the department's letterhead (city, address,
phone, email) in the first-page header, a running header "... — August 10, 2027 —
DRAFT" and "Page X of Y", numbered agenda headings, motions with movers and seconders,
times given as Pacific; printed to PDF by LibreOffice and extracted with
`pdftotext -layout`. Only the .txt is kept.

Needs python3-docx, libreoffice-writer-nogui, hyphen-en-gb/hyphen-en-us and poppler-utils."""
import datetime
import os
import sys
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)
from wordprint import auto_hyphenation, page_x_of_y, pdf_text, table  # noqa: E402

STEM = "alder-springs-parks-2027-08"
LAYOUT = True


def letterhead(doc, section):
    section.different_first_page_header_footer = True
    hp = section.first_page_header.paragraphs[0]
    r = hp.add_run("CITY OF ALDER SPRINGS")
    r.bold = True
    r.font.size = Pt(14)
    for line in ("Parks & Recreation Department",
                 "410 Oak Street, Alder Springs, OR 97380  |  (541) 555-0133  |  parks@aldersprings.example"):
        p = section.first_page_header.add_paragraph(line)
        p.runs[0].font.size = Pt(9)
    page_x_of_y(section.first_page_footer.paragraphs[0])
    rp = section.header.paragraphs[0]
    rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rp.add_run("Parks and Recreation Advisory Board — August 10, 2027 — DRAFT").italic = True
    page_x_of_y(section.footer.paragraphs[0])


def head(doc, words):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(9)
    p.paragraph_format.keep_with_next = True
    p.add_run(words).bold = True


def text(doc, words, indent=Cm(0.6)):
    p = doc.add_paragraph(words)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.left_indent = indent
    return p


def build(path):
    doc = Document()
    docxkit.set_language(doc, "en-US")
    auto_hyphenation(doc)
    doc.styles["Normal"].font.name = "Liberation Serif"
    doc.styles["Normal"].font.size = Pt(11)
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(27.94), Cm(21.59)
    section.left_margin = section.right_margin = Cm(2.54)
    letterhead(doc, section)

    for words, bold in (("PARKS AND RECREATION ADVISORY BOARD", True),
                        ("REGULAR MEETING MINUTES", True),
                        ("Tuesday, August 10, 2027 – 6:00 PM (Pacific Time)", False),
                        ("City Hall Council Chambers, 410 Oak Street, and via Zoom", False)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        p.add_run(words).bold = bold
    doc.add_paragraph()

    head(doc, "1. CALL TO ORDER")
    text(doc, "Chair Teresa Nakamura called the meeting to order at 6:01 p.m.")

    head(doc, "2. ROLL CALL")
    text(doc, "Board members present: Teresa Nakamura (Chair), Luis Ochoa (Vice Chair), Brenda "
              "Sykes, Omar Haddad, Jill Petersen")
    text(doc, "Board members absent: Walter Cho (excused)")
    text(doc, "Staff present: Mike Dunleavy, Parks & Recreation Director; Sara Lindholm, "
              "Recreation Supervisor; Alyssa Greer, Administrative Assistant (recording "
              "secretary)")
    text(doc, "Council liaison: Councilor Dana Whitford (via Zoom)")

    head(doc, "3. APPROVAL OF AGENDA")
    text(doc, "The agenda was approved as amended, taking item 7b before item 7a so that the "
              "consultant could leave early.")

    head(doc, "4. APPROVAL OF MINUTES")
    text(doc, "Motion by Vice Chair Ochoa, second by Member Sykes, to approve the minutes of "
              "the July 13, 2027 regular meeting. Motion passed 4-0-1 (Haddad abstained, "
              "having been absent in July).")

    head(doc, "5. PUBLIC COMMENT")
    text(doc, "Three members of the public spoke. A resident of Fir Lane described the noise "
              "from the pickleball courts at Riverside Park from early morning until after "
              "dark. A resident asked for the water fountain at the Cedar Glen dog park to be "
              "repaired. A representative of the Alder Springs Youth Soccer Club thanked staff "
              "for the new field lighting.")

    head(doc, "6. STAFF REPORTS")
    text(doc, "Director Dunleavy reported 1,140 registrations for summer camps, a record. The "
              "splash pad at Lincoln Park was closed from July 28 to August 2 for pump "
              "repairs and has reopened. The fall program guide will be published on "
              "August 20, and online registration for fall programs opens Monday, August 23 "
              "at 8:00 a.m. The Cedar Glen fountain is on order.")
    text(doc, "Supervisor Lindholm invited board members to the Willow Creek Trail community "
              "clean-up on Saturday, September 18, from 9:00 a.m. to noon; volunteers meet at "
              "the Mill Street trailhead.")

    head(doc, "7. OLD BUSINESS")
    text(doc, "b. Parks Master Plan update. Jordan Reyes of GreenRoot Planning presented the "
              "results to date: 612 responses to the community survey, which stays open until "
              "August 31. A community workshop will be held on Wednesday, September 15, from "
              "6:00 to 8:00 p.m. at the Community Center. Sara Lindholm will post the workshop "
              "notice by September 1.")
    text(doc, "a. Riverside Park pickleball courts. Staff presented options for reducing "
              "noise: acoustic fencing on the north and east sides (about $38,000), limiting "
              "hours of play, or moving two courts. Board members discussed the cost and the "
              "effect on league play. Motion by Member Haddad, second by Member Petersen, to "
              "recommend that City Council fund acoustic fencing and limit play to 8:00 a.m. – "
              "8:00 p.m. daily. Motion passed 5-0. The Director will send the board's "
              "recommendation to Council by August 24; Council is expected to hear the item "
              "on Tuesday, September 7, 2027 at 7:00 p.m.")

    head(doc, "8. NEW BUSINESS")
    text(doc, "a. Hilltop Park naming. Member Sykes proposed renaming Hilltop Park in honor of "
              "former mayor Evelyn Marsh. Board members supported the idea but noted that the "
              "City has no park naming policy. No action was taken; staff will bring a draft "
              "naming policy to the October meeting.")
    text(doc, "b. Facility rental fees. Motion by Vice Chair Ochoa, second by Member Sykes, to "
              "recommend a 5% increase in picnic shelter and community room rental fees for "
              "FY 2027-28. Members Haddad, Petersen and Nakamura felt that the increase would "
              "hurt nonprofit users. Motion failed 2-3.")

    head(doc, "9. BOARD MEMBER COMMENTS")
    text(doc, "Member Petersen thanked staff for the Fourth of July event. Chair Nakamura "
              "reminded members that the board meets on the second Tuesday of each month.")

    head(doc, "10. NEXT MEETING")
    text(doc, "Tuesday, September 14, 2027, 6:00 p.m., City Hall Council Chambers and via Zoom.")

    head(doc, "11. ADJOURNMENT")
    text(doc, "Chair Nakamura adjourned the meeting at 7:48 p.m.")

    head(doc, "Follow-up items")
    table(doc, ("Item", "Staff", "Due"),
          (("Send the pickleball recommendation memo to City Council", "Mike Dunleavy",
            "08/24/2027"),
           ("Post the Master Plan workshop notice", "Sara Lindholm", "09/01/2027"),
           ("Draft park naming policy", "Staff", "October meeting"),
           ("Update the board roster on the City website", "Alyssa Greer", "")),
          (Cm(9.4), Cm(4.0), Cm(3.0)))

    text(doc, "Minutes recorded by Alyssa Greer, Administrative Assistant. These minutes are "
              "a draft until approved by the Board.", indent=Cm(0))

    props = doc.core_properties
    props.author = "Alyssa Greer"
    props.last_modified_by = "Alyssa Greer"
    props.title = "PRAB minutes 2027-08-10 DRAFT"
    props.created = datetime.datetime(2027, 8, 12, 16, 0, 0)
    props.modified = datetime.datetime(2027, 8, 13, 10, 25, 0)
    props.revision = 2
    doc.save(path)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as work:
        docx_path = os.path.join(work, STEM + ".docx")
        build(docx_path)
        pdf_text(docx_path, os.path.join(HERE, STEM + ".txt"), LAYOUT)
