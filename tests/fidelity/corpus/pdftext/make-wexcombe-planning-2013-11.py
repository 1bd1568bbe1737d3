#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build wexcombe-planning-2013-11.txt: a district council planning committee's minutes
typed by democratic services in Word: the council's name, address, telephone and email
at the top of the first page, a running header with the committee and date, the minute
book page number in the footer ("Minute Book page 45"), councillors named by initial and
surname, minute numbers (78.), planning application and appeal references, recorded
votes; printed to PDF by LibreOffice and extracted with plain `pdftotext`. Only the .txt
is kept.

Needs python3-docx, libreoffice-writer-nogui, hyphen-en-gb/hyphen-en-us and poppler-utils."""
import datetime
import os
import sys
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)
from wordprint import auto_hyphenation, field, pdf_text  # noqa: E402

STEM = "wexcombe-planning-2013-11"
LAYOUT = False


def letterhead(doc, section):
    section.different_first_page_header_footer = True
    hp = section.first_page_header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run("WEXCOMBE DISTRICT COUNCIL")
    r.bold = True
    r.font.size = Pt(14)
    for line in ("Civic Offices, Station Road, Wexcombe WX1 2AB",
                 "Telephone 01632 960 100   democratic.services@wexcombe.example"):
        p = section.first_page_header.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.runs[0].font.size = Pt(9)
    rp = section.header.paragraphs[0]
    rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rp.add_run("Planning Committee – 4 November 2013")
    for footer in (section.first_page_footer, section.footer):
        fp = footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run("Minute Book page ")
        field(fp, "PAGE")
    # Minute book pages run on from the last meeting's minutes.
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), "45")
    cols = section._sectPr.find(qn("w:cols"))
    if cols is not None:
        cols.addprevious(pg)
    else:
        section._sectPr.append(pg)


def minute_head(doc, number, title):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.3))
    p.add_run(number + "\t" + title).bold = True


def text(doc, words, bold=False):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.left_indent = Cm(1.3)
    p.add_run(words).bold = bold
    return p


def build(path):
    doc = Document()
    docxkit.set_language(doc, "en-GB")
    auto_hyphenation(doc)
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(11)
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.5)
    letterhead(doc, section)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("PLANNING COMMITTEE")
    r.bold = True
    r.font.size = Pt(13)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Minutes of the meeting held on Monday 4 November 2013 in the Council Chamber, "
              "Civic Offices, from 6.30pm to 9.12pm")

    for label, words in (
            ("PRESENT:", "Councillor R. Hallett (Chairman); Councillors J. Beresford "
                         "(Vice-Chairman), P. Cundy, M. Dawes, S. Fairweather, A. Ghosh, "
                         "K. Hollis, T. Maddox and D. Pennock."),
            ("Officers:", "Head of Planning (Mrs E. Carver), Principal Planning Officer "
                          "(Mr D. Okafor), Solicitor (Ms H. Tse), Democratic Services Officer "
                          "(Mr L. Brandon)."),
            ("Also present:", "Councillor F. Rudge (ward member, for minute 80)."),
            ("Apologies:", "Councillors N. Shaw and B. Varley.")):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.add_run(label).bold = True
        p.add_run(" " + words)

    minute_head(doc, "77.", "APOLOGIES AND SUBSTITUTIONS")
    text(doc, "Apologies were received from Councillors Shaw and Varley. There were no "
              "substitutions.")

    minute_head(doc, "78.", "DECLARATIONS OF INTEREST")
    text(doc, "Councillor Maddox declared a personal and prejudicial interest in application "
              "13/0764/FUL (minute 81) as a neighbour of the applicant, and left the Chamber "
              "for that item.")

    minute_head(doc, "79.", "MINUTES")
    text(doc, "RESOLVED: That the minutes of the meeting held on 7 October 2013 be confirmed "
              "as a correct record and signed by the Chairman.", bold=True)

    minute_head(doc, "80.", "13/0712/FUL – LAND AT ORCHARD FARM, LOWER WEXCOMBE")
    text(doc, "Erection of 24 dwellings, including 8 affordable homes, with new access from "
              "Church Road. The Principal Planning Officer presented the report and an update "
              "sheet with two further letters of objection (143 in total). The recommendation "
              "was to grant permission subject to a Section 106 agreement.")
    text(doc, "Mr G. Pryce spoke against the application on behalf of Lower Wexcombe Parish "
              "Council, Ms R. Lyle (agent) spoke in support, and Councillor Rudge spoke as the "
              "ward member, raising the width of Church Road and flooding at the ford.")
    text(doc, "Councillor Dawes moved, and Councillor Ghosh seconded, that the application be "
              "refused on highway safety grounds. On being put to the vote the motion was LOST "
              "(4 for, 5 against).")
    text(doc, "Councillor Hallett then moved, and Councillor Beresford seconded, the officer "
              "recommendation. On being put to the vote the motion was CARRIED (5 for, "
              "4 against).")
    text(doc, "RESOLVED: That planning permission be GRANTED subject to the conditions in the "
              "report and the completion of a Section 106 agreement by 3 March 2014; if the "
              "agreement is not completed by that date the Head of Planning has delegated "
              "authority to refuse the application.", bold=True)

    minute_head(doc, "81.", "13/0764/FUL – 12 MILL LANE, WEXCOMBE")
    text(doc, "Two-storey rear extension. (Councillor Maddox had left the Chamber.) Members "
              "agreed with the officers that the extension would harm the light and outlook "
              "of 10 Mill Lane. A member asked about the unauthorised fence at the site; the "
              "Head of Planning will report on the enforcement complaint to the next meeting.")
    text(doc, "RESOLVED: That planning permission be REFUSED for the reason in the report "
              "(unanimous, 8 for).", bold=True)

    minute_head(doc, "82.", "13/0801/OUT – WEXCOMBE BUSINESS PARK, UNIT 9 SITE")
    text(doc, "Outline application for a trade counter and warehouse. Members felt that they "
              "needed to see the relationship with the houses on Kiln Close.")
    text(doc, "RESOLVED: That the application be DEFERRED for a site visit on Thursday 21 "
              "November 2013 at 10.00am, meeting at the entrance to the business park. The "
              "Democratic Services Officer will send the arrangements to members by "
              "14 November.", bold=True)

    minute_head(doc, "83.", "APPEAL DECISIONS")
    text(doc, "The Committee noted that appeal APP/X1234/A/13/2198765 (Land west of Crabtree "
              "Lane, 6 dwellings) was dismissed on 15 October 2013, and that the Council's "
              "costs claim was refused.")

    minute_head(doc, "84.", "DRAFT LOCAL PLAN CONSULTATION")
    text(doc, "The Head of Planning reported that the public consultation on the Draft Local "
              "Plan will run from 11 November 2013 to 6 January 2014. A public exhibition will "
              "be held in the Civic Offices foyer on Tuesday 19 November from 2pm to 7pm, and "
              "members were encouraged to attend.")

    minute_head(doc, "85.", "DATE OF NEXT MEETING")
    text(doc, "Monday 2 December 2013 at 6.30pm in the Council Chamber.")

    p = doc.add_paragraph("Chairman ……………………………………")
    p.paragraph_format.space_before = Pt(18)

    props = doc.core_properties
    props.author = "L Brandon"
    props.last_modified_by = "L Brandon"
    props.title = "Planning Committee minutes 4 November 2013"
    props.created = datetime.datetime(2013, 11, 6, 10, 15, 0)
    props.modified = datetime.datetime(2013, 11, 7, 11, 50, 0)
    props.revision = 2
    doc.save(path)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as work:
        docx_path = os.path.join(work, STEM + ".docx")
        build(docx_path)
        pdf_text(docx_path, os.path.join(HERE, STEM + ".txt"), LAYOUT)
