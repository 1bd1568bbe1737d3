#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build riverbend-coop-board-2023-01.txt: a housing cooperative's board minutes typed in
Word on US Letter (en-US): the co-op's letterhead (name, street address, phone, email)
in the first-page header, a running header and "Page X of Y" on every page, Robert's
Rules motions "(Vance/Watanabe)", an action list; printed to PDF by LibreOffice and
extracted with `pdftotext -layout`. Only the .txt is kept.

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

STEM = "riverbend-coop-board-2023-01"
LAYOUT = True


def letterhead(doc, section):
    section.different_first_page_header_footer = True
    hp = section.first_page_header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run("RIVERBEND HOUSING COOPERATIVE")
    r.bold = True
    r.font.size = Pt(15)
    for line in ("1820 Cedar Avenue South, Minneapolis, MN 55404",
                 "(612) 555-0147  |  office@riverbendcoop.example"):
        p = section.first_page_header.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.runs[0].font.size = Pt(9)
    page_x_of_y(section.first_page_footer.paragraphs[0])
    rp = section.header.paragraphs[0]
    rp.add_run("Riverbend Housing Cooperative — Board of Directors Minutes — January 24, 2023").italic = True
    page_x_of_y(section.footer.paragraphs[0])


def head(doc, words):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(9)
    p.paragraph_format.keep_with_next = True
    p.add_run(words.upper()).bold = True


def text(doc, words):
    p = doc.add_paragraph(words)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def bullet(doc, words):
    p = doc.add_paragraph(words, style="List Bullet")
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def build(path):
    doc = Document()
    docxkit.set_language(doc, "en-US")
    auto_hyphenation(doc)
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(10.5)
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(27.94), Cm(21.59)
    section.left_margin = section.right_margin = Cm(2.54)
    letterhead(doc, section)

    for words, size in (("BOARD OF DIRECTORS MEETING MINUTES", 13),
                        ("Tuesday, January 24, 2023", 11),
                        ("Community Room (Building A) and Zoom", 11)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(words)
        r.bold = size > 11
        r.font.size = Pt(size)
    doc.add_paragraph()

    for label, words in (
            ("Directors present:", "Marcus Ellery (President), Dolores Vance (Vice President), "
                                   "Kenji Watanabe (Treasurer), Abby Lindqvist (Secretary), "
                                   "Hector Ruiz, Fatou Diallo"),
            ("Directors absent:", "Brent Kowalczyk (excused), Nora Whitcomb, "
                                  "Samuel Osei-Bonsu (excused)"),
            ("Also present:", "Tricia Holm, Property Manager (Northstar Management); members "
                              "from units 104, 211, 215 and 302")):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        p.add_run(label).bold = True
        p.add_run(" " + words)

    head(doc, "1. Call to order")
    text(doc, "President Marcus Ellery called the meeting to order at 7:03 p.m. Six of nine "
              "directors were present; a quorum was established.")

    head(doc, "2. Member forum")
    text(doc, "The member from unit 211 reported that the radiators on the north side of "
              "Building B had been cold on several evenings since the holidays. The Property "
              "Manager said the new boiler was being balanced and asked members to keep "
              "reporting cold rooms through the work order portal. The member from unit 302 "
              "asked when the parking lot would be fixed (see item 7).")

    head(doc, "3. Approval of agenda")
    text(doc, "The agenda was approved by unanimous consent.")

    head(doc, "4. Approval of minutes")
    text(doc, "MOTION (Vance/Watanabe) to approve the minutes of the December 20, 2022 board "
              "meeting as presented. Motion carried 6-0.")

    head(doc, "5. Treasurer's report")
    text(doc, "Kenji Watanabe reported balances as of December 31: operating account "
              "$84,312.55; replacement reserve $412,880.10. Three households are more than 60 "
              "days behind on carrying charges, a total of $6,140. Delinquency letters will go "
              "out by January 31. The 2023 budget adopted in December includes a 3.5% increase "
              "in carrying charges, effective March 1.")
    text(doc, "MOTION (Ruiz/Diallo) to accept the Treasurer's report. Motion carried 6-0.")

    head(doc, "6. Property manager's report")
    bullet(doc, "Boiler #2 in Building B was replaced on January 9; the old unit has been "
                "hauled away.")
    bullet(doc, "Work orders: 47 closed since the last meeting, 6 open (two waiting for parts).")
    bullet(doc, "The roof inspection of all three buildings is scheduled for Tuesday, March 14.")
    bullet(doc, "Exterior window washing will run April 17–21; members will get notice a week "
                "ahead.")

    head(doc, "7. Old business: parking lot resurfacing")
    text(doc, "Three bids were received and compared in the packet. Hector Ruiz recommended "
              "Twin Lakes Paving, which was neither the cheapest nor the most expensive but "
              "included re-striping and a two-year warranty.")
    text(doc, "MOTION (Ruiz/Diallo) to accept the bid from Twin Lakes Paving for $68,500, to be "
              "paid from the replacement reserve, with work to be done after the spring "
              "thaw. Motion carried 5-1 (Watanabe opposed, preferring to wait a year).")

    head(doc, "8. New business")
    text(doc, "a. Share transfer fee. MOTION (Lindqvist/Vance) to raise the share transfer fee "
              "from $250 to $400. Several directors felt the increase was too steep for new "
              "members. Motion failed 2-4.")
    text(doc, "b. Pet policy. Dolores Vance presented a draft revision allowing two cats or one "
              "dog per unit. Discussion only; the draft will be sent to members for comment "
              "and brought back for a vote at the February meeting.")
    text(doc, "c. Annual meeting. MOTION (Ellery/Lindqvist) to hold the 2023 annual meeting of "
              "members on Saturday, April 22, 2023 at 10:00 a.m. in the Community Room. Motion "
              "carried 6-0. Under the bylaws, notice must be mailed to all members by "
              "March 23.")

    head(doc, "9. Committee reports")
    bullet(doc, "Membership: two shares were sold in January; both households move in on "
                "February 1. The waiting list is at 31.")
    bullet(doc, "Grounds: spring planting day is Saturday, May 13, 9 a.m. to noon. Volunteers "
                "should sign up on the board in the laundry room.")
    bullet(doc, "Social: Lunar New Year potluck this Sunday, January 29, at 5 p.m. in the "
                "Community Room.")

    head(doc, "10. Executive session")
    text(doc, "The board went into executive session at 8:41 p.m. to discuss a delinquent "
              "account and returned to open session at 8:55 p.m. No action was taken.")

    head(doc, "11. Action items")
    table(doc, ("Who", "What", "By"),
          (("Tricia Holm", "Send the Twin Lakes Paving contract to the co-op's attorney",
            "Feb 3"),
           ("Kenji Watanabe", "Mail delinquency letters", "Jan 31"),
           ("Dolores Vance, Fatou Diallo", "Circulate the pet policy draft to members",
            "Feb 10"),
           ("Abby Lindqvist", "Draft the annual meeting notice for board review", "Mar 7"),
           ("Tricia Holm", "Confirm the roof inspection date with the contractor", "")),
          (Cm(4.6), Cm(9.4), Cm(2.4)))

    head(doc, "12. Next meeting and adjournment")
    text(doc, "The next board meeting is Tuesday, February 28, 2023 at 7:00 p.m. in the "
              "Community Room and on Zoom. The board meets on the fourth Tuesday of each "
              "month. MOTION (Ruiz/Diallo) to adjourn; carried. The meeting adjourned at "
              "9:02 p.m.")
    p = doc.add_paragraph("Respectfully submitted, Abby Lindqvist, Secretary")
    p.paragraph_format.space_before = Pt(10)

    props = doc.core_properties
    props.author = "Abby Lindqvist"
    props.last_modified_by = "Abby Lindqvist"
    props.title = "Board minutes 2023-01-24"
    props.created = datetime.datetime(2023, 1, 26, 19, 0, 0)
    props.modified = datetime.datetime(2023, 1, 27, 21, 30, 0)
    props.revision = 3
    doc.save(path)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as work:
        docx_path = os.path.join(work, STEM + ".docx")
        build(docx_path)
        pdf_text(docx_path, os.path.join(HERE, STEM + ".txt"), LAYOUT)
