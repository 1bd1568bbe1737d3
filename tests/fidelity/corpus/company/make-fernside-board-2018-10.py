#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build fernside-board-2018-10.docx: a small limited company's board minutes in the
shape of Word's "Board meeting minutes" template (en-GB): company letterhead in the
page header, a title line aligned with a centre and a right tab stop
("Minutes<TAB>10 October 2018<TAB>3 pm"), a layout table for who was there, agenda
items as List Number paragraphs (real numbering), RESOLVED paragraphs and an action
table."""
import datetime
import os
import sys

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)
NAME = "fernside-board-2018-10.docx"


def layout_table(doc, rows, cols):
    table = doc.add_table(rows=rows, cols=cols)
    tblPr = table._tbl.tblPr
    look = tblPr.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        tblPr.append(look)
    for k, v in (("w:val", "0600"), ("w:firstRow", "0"), ("w:lastRow", "0"),
                 ("w:firstColumn", "0"), ("w:lastColumn", "0"),
                 ("w:noHBand", "1"), ("w:noVBand", "1")):
        look.set(qn(k), v)
    desc = OxmlElement("w:tblDescription")
    desc.set(qn("w:val"), "Layout table")
    look.addnext(desc)
    return table


def item(doc, title):
    p = doc.add_paragraph(style="List Number")
    p.add_run(title).bold = True
    p.paragraph_format.space_before = Pt(8)


def text(doc, words):
    p = doc.add_paragraph(words)
    p.paragraph_format.left_indent = Cm(0.63)
    return p


def resolved(doc, words):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.63)
    p.add_run("RESOLVED ").bold = True
    p.add_run(words)


def build():
    doc = Document()
    docxkit.set_language(doc, "en-GB")
    doc.styles["Normal"].font.name = "Cambria"
    doc.styles["Normal"].font.size = Pt(11)
    hdr = doc.sections[0].header
    hdr.paragraphs[0].add_run("FERNSIDE JOINERY LIMITED").bold = True
    hdr.add_paragraph("Registered in England No. 07315582 · 2 Tannery Yard, Kendleby KN3 8LW")

    title = doc.add_paragraph(style="Title")
    fmt = title.paragraph_format
    fmt.tab_stops.add_tab_stop(Cm(8.5), WD_TAB_ALIGNMENT.CENTER)
    fmt.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
    title.add_run("Minutes\t10 October 2018\t3 pm")
    doc.add_paragraph("Meeting of the Board of Directors, held at the registered office")

    t = layout_table(doc, 4, 2)
    rows = (("Directors present", "Rachel Fernside, Managing Director (Chair)\n"
                                  "Simon Fernside, Director\nAbdul Karim, Finance Director"),
            ("In attendance", "Helen Parry, Company Secretary\n"
                              "Martin Cole, Cole & Rudd Chartered Accountants (item 3 only)"),
            ("Apologies", "None"),
            ("Quorum", "Yes"))
    for row, (lab, val) in zip(t.rows, rows):
        row.cells[0].paragraphs[0].add_run(lab).bold = True
        lines = val.split("\n")
        row.cells[1].paragraphs[0].add_run(lines[0])
        for line in lines[1:]:
            row.cells[1].add_paragraph(line)

    item(doc, "Declarations of interest")
    text(doc, "Simon Fernside declared an interest in item 5, as his wife is a director of "
              "Holt Timber Ltd. He took no part in that item.")

    item(doc, "Minutes of the previous meeting")
    text(doc, "The minutes of the meeting held on 11 July 2018 were approved and signed by the "
              "Chair.")

    item(doc, "Annual accounts, year ended 30 June 2018")
    text(doc, "Martin Cole presented the draft accounts: turnover £1.84m (2017: £1.61m), profit "
              "before tax £162,400. The directors asked about the stock valuation, which Martin "
              "confirmed had been done at cost.")
    resolved(doc, "that the accounts for the year ended 30 June 2018 be approved and that the "
                  "Managing Director sign the balance sheet on behalf of the Board.")
    text(doc, "The accounts must reach Companies House by 31 March 2019; Helen will file them "
              "well before then.")

    item(doc, "Interim dividend")
    resolved(doc, "that an interim dividend of £12.00 per ordinary share be paid on "
                  "31 October 2018.")

    item(doc, "Timber supply contract")
    text(doc, "Simon Fernside left the room. The two remaining directors approved renewing the "
              "supply contract with Holt Timber Ltd for two years on the terms circulated. "
              "Simon Fernside returned.")

    item(doc, "Second showroom")
    text(doc, "Rachel Fernside proposed taking a lease on Unit 4, Brackley Retail Park "
              "(£28,000 a year) for a second showroom. Abdul Karim and Simon Fernside were "
              "against it on cash-flow grounds. The proposal was not approved (1 for, 2 against) "
              "and will be looked at again when the Q3 figures are in.")

    item(doc, "Health and safety")
    text(doc, "The saw injury on 3 September was reported under RIDDOR; a new guard has been "
              "fitted to the panel saw. An external health and safety review is booked for "
              "6 November 2018.")

    item(doc, "Any other business")
    text(doc, "The workshop will close for Christmas from 21 December 2018 to 2 January 2019 "
              "inclusive. Staff party on Friday 14 December at the Swan, 7 pm.")

    item(doc, "Date of next meeting")
    text(doc, "Wednesday 9 January 2019 at 3 pm, registered office.")

    doc.add_paragraph("Action items", style="Heading 2")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light List Accent 1"
    for cell, head in zip(t.rows[0].cells, ("Action", "Owner", "Due")):
        cell.paragraphs[0].add_run(head)
    for row in (("File the 2018 accounts at Companies House", "Helen Parry", "30/11/2018"),
                ("File the confirmation statement", "Helen Parry", "14/11/2018"),
                ("Pay the interim dividend", "Abdul Karim", "31/10/2018"),
                ("Sign the Holt Timber renewal", "Rachel Fernside", "19/10/2018"),
                ("Q3 figures for the showroom review", "Abdul Karim", "Next meeting")):
        cells = t.add_row().cells
        for cell, words in zip(cells, row):
            cell.paragraphs[0].add_run(words)

    doc.add_paragraph()
    doc.add_paragraph("Signed ____________________ Chair          Date ______________")

    props = doc.core_properties
    props.author = "Helen Parry"
    props.last_modified_by = "Helen Parry"
    props.title = "Board minutes 10.10.2018"
    props.created = datetime.datetime(2018, 10, 11, 9, 0, 0)
    props.modified = datetime.datetime(2018, 10, 12, 14, 22, 0)
    props.revision = 6
    docxkit.save(doc, __file__, NAME, props.modified)


if __name__ == "__main__":
    build()
