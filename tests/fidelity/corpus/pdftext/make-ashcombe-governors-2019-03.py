#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build ashcombe-governors-2019-03.txt: a maintained primary school's full governing body
minutes typed by the clerk in Word: the school's letterhead (address, telephone, email,
headteacher) in the first-page header, a running header naming the meeting and a
"Page X of Y" footer, an attendance table with codes (P / A / X), numbered items with
"Q:" governor challenge lines, and an action table; printed to PDF by LibreOffice and
extracted with plain `pdftotext` (reading order). The .docx is kept as a second format
of the stem.

Needs python3-docx, libreoffice-writer-nogui, hyphen-en-gb/hyphen-en-us and poppler-utils."""
import datetime
import os
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)
from wordprint import auto_hyphenation, page_x_of_y, para, pdf_text, table  # noqa: E402

STEM = "ashcombe-governors-2019-03"
LAYOUT = False


def letterhead(doc, section):
    section.different_first_page_header_footer = True
    hp = section.first_page_header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Ashcombe Primary School")
    r.bold = True
    r.font.size = Pt(16)
    for line in ("Ashcombe Lane, Tidmouth TD4 7PQ",
                 "Tel: 01752 555 318   Email: office@ashcombe-primary.example",
                 "Headteacher: Mrs L. Penhale"):
        p = section.first_page_header.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.runs[0].font.size = Pt(9)
    page_x_of_y(section.first_page_footer.paragraphs[0])
    rp = section.header.paragraphs[0]
    rp.add_run("Ashcombe Primary School – Full Governing Body – 21 March 2019 – Part 1").italic = True
    page_x_of_y(section.footer.paragraphs[0])


def numbered(doc, number, title):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))
    p.add_run(number + "\t" + title).bold = True


def text(doc, words, bold_lead=None):
    return para(doc, words, bold_lead=bold_lead, indent=Cm(1.0))


def grid(doc, heads, rows, widths):
    table(doc, heads, rows, widths)


def build(path):
    doc = Document()
    docxkit.set_language(doc, "en-GB")
    auto_hyphenation(doc)
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(10.5)
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.2)
    letterhead(doc, section)

    p = doc.add_paragraph()
    r = p.add_run("Minutes of the Full Governing Body Meeting")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Thursday 21 March 2019, 6.00pm, in the school library")

    grid(doc, ("Governor", "Category", "Attendance"),
         (("Mr Colin Treharne (Chair)", "Co-opted", "P"),
          ("Mrs Anjali Mistry (Vice-Chair)", "Parent", "P"),
          ("Mrs Laura Penhale", "Headteacher", "P"),
          ("Rev. David Kitto", "Foundation", "P"),
          ("Mr Jamie Polglase", "Staff", "P"),
          ("Ms Rosie Trethewey", "Parent", "A"),
          ("Dr Marcus Lowe", "Local Authority", "P"),
          ("Mrs Jean Hocking", "Co-opted", "P"),
          ("Mr Tariq Aziz", "Co-opted", "X"),
          ("Ms Eleanor Vosper", "Co-opted", "P")),
         (Cm(7.5), Cm(5.0), Cm(3.5)))
    doc.add_paragraph("Key: P = present, A = apologies accepted, X = absent without apologies")
    p = doc.add_paragraph()
    p.add_run("In attendance: ").bold = True
    p.add_run("Mrs Denise Fowler (Clerk); Mr Ben Rowe (School Business Manager) for item 5")

    numbered(doc, "1.", "Welcome, apologies and quorum")
    text(doc, "The Chair welcomed governors and opened the meeting at 6.02pm. Apologies from "
              "Ms Trethewey (work commitment) were received and accepted. Mr Aziz had not sent "
              "apologies; the Clerk will write to him. The meeting was quorate (8 of 10).")

    numbered(doc, "2.", "Declarations of business interest")
    text(doc, "None were declared for the items on the agenda. The register of interests will "
              "be updated on the school website.")

    numbered(doc, "3.", "Minutes of the meeting held on 24 January 2019")
    text(doc, "The minutes (Part 1 and Part 2) were approved as a true record and signed by "
              "the Chair.")
    text(doc, "Matters arising: the Year 5 residential risk assessment has been reviewed by "
              "the health and safety governor (action complete). The website compliance check "
              "is not finished and is carried forward to May.")

    numbered(doc, "4.", "Headteacher's report")
    text(doc, "Mrs Penhale's report had been circulated a week before the meeting. Attendance "
              "for the spring term to date is 95.8%, slightly below the national figure; "
              "persistent absence is concentrated in two families, both supported by the "
              "education welfare officer. Reading at the end of Key Stage 1 is on track; "
              "writing in Year 4 remains the weakest area.")
    text(doc, "A governor asked why writing in Year 4 had not improved since the autumn despite "
              "the new scheme. The Headteacher said that the scheme was only introduced in "
              "January and that the English lead would present pupils' books at the next "
              "meeting so that governors can see the progress for themselves.", bold_lead="Q:")
    text(doc, "A governor asked how the school will prepare Year 6 for the SATs week without "
              "narrowing the curriculum. The Headteacher described the booster groups, which "
              "run before school, so that afternoon foundation subjects are protected.",
         bold_lead="Q:")
    text(doc, "The Key Stage 2 SATs will take place from Monday 13 to Thursday 16 May. Mr "
              "Treharne will visit Year 6 on 9 May to look at how pupils are being prepared.")

    numbered(doc, "5.", "Finance: budget 2019/20")
    text(doc, "Mr Rowe presented the draft budget for 2019/20 and the three-year forecast. The "
              "school expects a small in-year deficit of £14,200 in 2020/21 unless pupil "
              "numbers rise, because of the increase in teachers' pension contributions. "
              "Governors discussed whether to reduce the number of teaching assistant hours "
              "but agreed that no change would be made this year.")
    text(doc, "A governor asked what the carry-forward would be at the end of 2019/20. Mr Rowe "
              "said £38,600, about 4% of income, which is within the local authority's "
              "guidance.", bold_lead="Q:")
    text(doc, "Governors approved the budget for 2019/20. The budget must be submitted to the "
              "local authority by 30 April 2019.")

    numbered(doc, "6.", "Policies")
    text(doc, "The pay policy for 2019/20 was presented with the local authority's model "
              "changes. Governors voted to approve it, 9 in favour and 1 against (Mr Polglase "
              "wanted the appeal stage changed). The Charging and Remissions policy and the "
              "Intimate Care policy were ratified without changes.")
    text(doc, "Mrs Mistry raised the possibility of changing the school uniform supplier after "
              "complaints from parents about prices. Governors discussed this but deferred any "
              "decision until the parents' survey has been done.")

    numbered(doc, "7.", "Safeguarding")
    text(doc, "Dr Lowe, the safeguarding governor, reported on his visit on 14 March. The "
              "single central record was checked and found to be complete. Two governors have "
              "not yet done the online safeguarding refresher and must do so by the next "
              "meeting. Safer recruitment training for governors is on Tuesday 2 April, "
              "9.30am–3.30pm, at the Tidmouth Education Centre; Mrs Hocking and Ms Vosper will "
              "attend.")

    numbered(doc, "8.", "Governor monitoring visits and training")
    text(doc, "Visit reports from Mrs Mistry (maths) and Rev. Kitto (collective worship) were "
              "received. The Chair reminded governors that visit reports should be sent to the "
              "Clerk within two weeks of the visit.")

    numbered(doc, "9.", "Any other business")
    text(doc, "The Chair thanked Mr Polglase, who leaves at Easter to take up a post at "
              "Lanreath Academy. An election for a new staff governor will be held after the "
              "holidays.")

    numbered(doc, "10.", "Date of next meeting")
    text(doc, "Thursday 16 May 2019 at 6.00pm in the school library. The meeting closed at "
              "7.55pm. Part 2 (confidential) items are minuted separately.")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.add_run("Actions").bold = True
    grid(doc, ("No.", "Action", "Who", "When"),
         (("1", "Write to Mr Aziz about attendance", "Clerk", "29 March 2019"),
          ("2", "Update the register of interests on the website", "Clerk", "26 April 2019"),
          ("3", "Submit the 2019/20 budget to the local authority", "Mr Rowe", "30 April 2019"),
          ("4", "Complete the online safeguarding refresher", "Two governors", "16 May 2019"),
          ("5", "Year 6 monitoring visit and report", "Mr Treharne", "9 May 2019"),
          ("6", "Website compliance check (carried forward)", "Mrs Mistry", "16 May 2019"),
          ("7", "Arrange staff governor election", "Headteacher", "After Easter")),
         (Cm(1.2), Cm(8.8), Cm(3.2), Cm(3.4)))

    p = doc.add_paragraph("Signed: ……………………………… Chair of Governors     Date: ………………")
    p.paragraph_format.space_before = Pt(16)

    props = doc.core_properties
    props.author = "Denise Fowler"
    props.last_modified_by = "Denise Fowler"
    props.title = "FGB minutes 21.03.19 Part 1"
    props.created = datetime.datetime(2019, 3, 25, 10, 0, 0)
    props.modified = datetime.datetime(2019, 3, 28, 12, 40, 0)
    props.revision = 4
    doc.save(path)


if __name__ == "__main__":
    docx_path = os.path.join(HERE, STEM + ".docx")
    build(docx_path)
    pdf_text(docx_path, os.path.join(HERE, STEM + ".txt"), LAYOUT)
