#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build eastmoor-senate-2016-10.txt: a university Senate's minutes typed in Word (the
university's letterhead at the top of the first page, a running header with the
meeting and a footer "SEN/16/M3 – Page N" on every page, justified text with automatic
hyphenation, minute numbers 16.40 ...), printed to PDF by LibreOffice and extracted with
plain `pdftotext` (reading order, no layout). Only the .txt is kept.

Needs python3-docx, libreoffice-writer-nogui, hyphen-en-gb and poppler-utils."""
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
from wordprint import auto_hyphenation, field, pdf_text  # noqa: E402

STEM = "eastmoor-senate-2016-10"
LAYOUT = False


def letterhead(doc, section):
    section.different_first_page_header_footer = True
    for i, (words, size, bold) in enumerate((
            ("UNIVERSITY OF EASTMOOR", 16, True),
            ("Academic Registry", 11, False),
            ("Senate House, Carr Lane, Eastmoor EM2 4RX  ·  Telephone 01904 555 230", 8.5, False))):
        p = section.first_page_header.paragraphs[0] if i == 0 else section.first_page_header.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        r = p.add_run(words)
        r.bold = bold
        r.font.size = Pt(size)
    rp = section.header.paragraphs[0]
    rp.add_run("University of Eastmoor — Senate — Minutes of the meeting of 19 October 2016").italic = True
    for footer in (section.first_page_footer, section.footer):
        fp = footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp.add_run("SEN/16/M3 – Page ")
        field(fp, "PAGE")


def item(doc, number, title):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.6))
    p.add_run(number + "\t" + title).bold = True


def sub(doc, number, text):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.left_indent = Cm(1.6)
    p.paragraph_format.first_line_indent = Cm(-1.6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.6))
    p.add_run(number + "\t" + text)


def action(doc, owner):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("ACTION: " + owner).bold = True


def build(path):
    doc = Document()
    docxkit.set_language(doc, "en-GB")
    auto_hyphenation(doc)
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(10.5)
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.5)
    letterhead(doc, section)

    t = doc.add_paragraph()
    r = t.add_run("SENATE")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph().add_run("Minutes of the meeting held on Wednesday 19 October 2016 at "
                                "2.00pm in the Council Chamber, Senate House").bold = True

    for label, text in (
            ("Present:", "Professor Helen Garside (Vice-Chancellor, in the Chair), Professor "
                         "Anthony Ruddock (Deputy Vice-Chancellor), Professor Sunita Varma "
                         "(Pro-Vice-Chancellor, Education), Professor Michael Oduya (Dean, "
                         "Faculty of Science and Engineering), Professor Clare Lennox (Dean, "
                         "Faculty of Arts and Humanities), Professor Owen Tranter (Dean, "
                         "Faculty of Health), Dr Fiona Gault, Dr Rashid Benali, Dr Karen Stott, "
                         "Mr Peter Vickers, Ms Ellie Jordan (President, Students' Union)"),
            ("In attendance:", "Mrs Gillian Hurst (Academic Registrar), Mr David Kemp "
                               "(University Secretary), Ms Lauren Pike (Governance Officer, "
                               "Secretary to Senate)"),
            ("Apologies:", "Professor Nigel Sampson, Dr Yvonne Achebe")):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.add_run(label).bold = True
        p.add_run(" " + text)

    item(doc, "16.40", "Welcome and announcements")
    sub(doc, "16.40.1", "The Vice-Chancellor welcomed members to the first full meeting of the "
                        "academic year, in particular Ms Ellie Jordan, the new President of the "
                        "Students' Union, and Dr Karen Stott, newly elected by the Faculty of "
                        "Health.")
    sub(doc, "16.40.2", "Senate noted with sadness the death on 2 October of Emeritus Professor "
                        "Jack Harlow, founding head of the Department of Geography. A memorial "
                        "event will be announced by the family.")

    item(doc, "16.41", "Minutes of the previous meeting")
    sub(doc, "16.41.1", "Senate approved the minutes (SEN/16/M2) of its meeting held on "
                        "21 September 2016.")

    item(doc, "16.42", "Matters arising")
    sub(doc, "16.42.1", "Minute 16.33, academic misconduct regulations: the revised regulations "
                        "were approved by Council on 26 September 2016 and are now in force. "
                        "The action is complete.")
    sub(doc, "16.42.2", "Minute 16.35, library opening hours: the review is still in progress "
                        "and will report to the December meeting.")
    action(doc, "Director of Library Services")

    item(doc, "16.43", "Vice-Chancellor's report")
    sub(doc, "16.43.1", "The Vice-Chancellor reported on student recruitment for 2016/17 "
                        "(census point 1 October 2016):")
    tab = doc.add_table(rows=1, cols=3)
    tab.style = "Table Grid"
    for cell, head in zip(tab.rows[0].cells, ("Entrants", "Target", "Actual")):
        cell.paragraphs[0].add_run(head).bold = True
    for row in (("Undergraduate (home/EU)", "3,450", "3,512"),
                ("Postgraduate taught", "1,200", "1,084"),
                ("International (all levels)", "640", "571")):
        cells = tab.add_row().cells
        for cell, words in zip(cells, row):
            cell.paragraphs[0].add_run(words)
    sub(doc, "16.43.2", "Members discussed the shortfall in postgraduate taught entrants, which "
                        "was concentrated in business and engineering. The Dean of Science and "
                        "Engineering said that visa refusals had risen sharply in the summer. "
                        "Senate asked for an analysis by programme for the December meeting.")
    action(doc, "Deputy Vice-Chancellor")

    item(doc, "16.44", "Teaching Excellence Framework (SEN/16/52)")
    sub(doc, "16.44.1", "The Pro-Vice-Chancellor (Education) introduced the paper. The "
                        "University's provider submission must be made by 30 January 2017. A "
                        "drafting group chaired by the Pro-Vice-Chancellor will prepare the "
                        "written submission, and a draft will be circulated to members of "
                        "Senate for comment by 25 November 2016.")
    action(doc, "Pro-Vice-Chancellor (Education)")
    sub(doc, "16.44.2", "Senate endorsed the approach set out in the paper.")

    item(doc, "16.45", "Academic calendar 2017/18 (SEN/16/53)")
    sub(doc, "16.45.1", "The Academic Registrar presented the proposed calendar. Dr Karen Stott "
                        "moved an amendment, seconded by Dr Rashid Benali, to remove the January "
                        "examination period and to assess all semester one modules before the "
                        "Christmas vacation. After a full debate the amendment was put to the "
                        "vote: 11 in favour, 14 against, 2 abstentions. The amendment was not "
                        "carried.")
    sub(doc, "16.45.2", "Senate approved the academic calendar for 2017/18 as set out in Annex A "
                        "of the paper.")

    item(doc, "16.46", "Programme approvals and closures (SEN/16/54)")
    sub(doc, "16.46.1", "Senate approved the following new programmes, to start in September "
                        "2017: MSc Data Science for Health; BA (Hons) Creative Writing and "
                        "Publishing.")
    sub(doc, "16.46.2", "Senate RESOLVED to recommend to Council the closure of the BSc (Hons) "
                        "Applied Glass Technology to new entrants from 2017/18, with teaching "
                        "to continue for students already registered.")

    item(doc, "16.47", "Reports from committees")
    sub(doc, "16.47.1", "Education Committee: Senate received the report of the meeting held "
                        "on 4 October 2016.")
    sub(doc, "16.47.2", "Research Committee: departments must return their selected outputs for "
                        "the mock research assessment exercise to the Research Office by "
                        "18 November 2016. Heads of department were asked to make sure this "
                        "deadline is met.")
    action(doc, "Heads of Department")

    item(doc, "16.48", "Winter congregations")
    sub(doc, "16.48.1", "The winter degree congregations will take place in Eastmoor Minster "
                        "from Monday 12 to Wednesday 14 December 2016. Members of Senate were "
                        "asked to attend at least one ceremony; robing is from 9.30am in the "
                        "Chapter House.")

    item(doc, "16.49", "Any other business")
    sub(doc, "16.49.1", "The President of the Students' Union asked that the January examination "
                        "timetable be published earlier than last year, when it appeared on "
                        "9 November. The Academic Registrar agreed to publish it by "
                        "4 November 2016.")
    action(doc, "Academic Registrar")

    item(doc, "16.50", "Dates of next meetings")
    sub(doc, "16.50.1", "Wednesday 7 December 2016 and Wednesday 15 February 2017, both at "
                        "2.00pm in the Council Chamber, Senate House.")
    p = doc.add_paragraph("The meeting closed at 4.40pm.")
    p.paragraph_format.space_before = Pt(10)
    doc.add_paragraph("Lauren Pike, Secretary to Senate, 24 October 2016")

    props = doc.core_properties
    props.author = "Lauren Pike"
    props.last_modified_by = "Lauren Pike"
    props.title = "SEN/16/M3 Senate minutes 19 October 2016"
    props.created = datetime.datetime(2016, 10, 21, 11, 0, 0)
    props.modified = datetime.datetime(2016, 10, 24, 16, 45, 0)
    props.revision = 5
    doc.save(path)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as work:
        docx_path = os.path.join(work, STEM + ".docx")
        build(docx_path)
        pdf_text(docx_path, os.path.join(HERE, STEM + ".txt"), LAYOUT)
