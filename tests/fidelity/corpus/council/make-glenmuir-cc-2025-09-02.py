#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build glenmuir-cc-2025-09-02.docx: a Scottish community council's minutes --
an attendance table with one row per group (Present / Apologies / In attendance /
Absent), minute numbers 25/061 ..., UK numeric dates (dd/mm/yyyy) in an action
register table (Action / Responsible / Deadline / Progress).
Deterministic: fixed core properties."""
import datetime
import os
import sys

from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)
NAME = "glenmuir-cc-2025-09-02.docx"


def table(doc, rows, header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            run = t.cell(i, j).paragraphs[0].add_run(cell)
            run.bold = (header and i == 0) or (not header and j == 0)
    return t


def item(doc, number, title):
    return doc.add_heading(number + "  " + title, level=2)


def para(doc, text):
    return doc.add_paragraph(text)


def build():
    doc = Document()
    doc.styles["Normal"].font.name = "Verdana"
    doc.styles["Normal"].font.size = Pt(10)
    doc.sections[0].header.paragraphs[0].text = "Glenmuir & District Community Council"

    doc.add_heading("Glenmuir & District Community Council", level=1)
    para(doc, "Minutes of the meeting held on Tuesday 2 September 2025 at 7.00pm in Glenmuir Church "
              "Hall and on Microsoft Teams")

    table(doc, [
        ["Present", "Morag Sinclair (Chair), Callum Reid (Vice-Chair), Isla Munro (Secretary), "
                    "Fergus Drummond (Treasurer), Ailsa Grant, Hamish Cowan (online)"],
        ["Apologies", "Kirsty Baillie, Rev. Douglas Fyfe"],
        ["In attendance", "Cllr Ewan Baird (Highland Council, Ward 14); PC Morven Reid (Police "
                          "Scotland); 7 members of the public"],
        ["Absent", "Struan Mackie"],
    ], header=False)

    item(doc, "25/061", "Welcome and apologies")
    para(doc, "The Chair welcomed everyone, including two residents joining online for the first "
              "time. Apologies as above.")

    item(doc, "25/062", "Declarations of interest")
    para(doc, "None.")

    item(doc, "25/063", "Minutes of previous meeting")
    para(doc, "The minutes of the meeting of 5 August 2025 were approved: proposed Fergus Drummond, "
              "seconded Ailsa Grant.")

    item(doc, "25/064", "Matters arising")
    para(doc, "The bench at the war memorial was installed on 20 August; the action is complete. "
              "The Secretary has still not had a reply from the bus operator about the Sunday "
              "service.")

    item(doc, "25/065", "Police report")
    para(doc, "PC Reid reported four incidents in the area since the last meeting, two of them "
              "speeding on the A862 near Balnacraig. Residents asked for more visible enforcement; "
              "PC Reid will pass the request to the road policing unit.")

    item(doc, "25/066", "Highland Councillor\u2019s report")
    para(doc, "Cllr Baird reported that the consultation on the Local Development Plan main issues "
              "report closes on 31 October 2025. He encouraged the CC to respond and offered to "
              "attend a drop-in session if one is organised.")

    item(doc, "25/067", "Planning")
    doc.add_paragraph("25/03112/FUL \u2013 12 holiday lodges and access road, Tullochard Farm. After "
                      "discussion the CC agreed to object on the grounds of road access and "
                      "drainage (For 5, Against 0, Abstain 1).", style="List Bullet")
    doc.add_paragraph("25/02987/HOU \u2013 extension, 3 Kirkton Road. No comment.", style="List Bullet")

    item(doc, "25/068", "Treasurer\u2019s report")
    para(doc, "The balance at 31/08/2025 was \u00a34,318.27, including the Ward Discretionary Grant of "
              "\u00a3750 received in August. Members approved payment of \u00a396.00 to the Church "
              "Hall for room hire.")

    item(doc, "25/069", "Community resilience")
    para(doc, "The winter resilience plan was last updated in 2022 and several contacts have "
              "changed. The Secretary will circulate a revised draft.")

    item(doc, "25/070", "Glenmuir Gala and Christmas lights")
    para(doc, "The gala on 16 August raised \u00a32,140 for the hall roof fund. Thanks to all "
              "volunteers.")
    para(doc, "Ailsa Grant suggested a Christmas lights switch-on on Saturday 29 November with the "
              "school choir. Members were supportive but want to see costs first; the decision was "
              "deferred to the October meeting.")

    item(doc, "25/071", "AOCB")
    para(doc, "The defibrillator pads at the village shop expire in December. The Treasurer will "
              "order replacements.")

    item(doc, "25/072", "Date of next meeting")
    para(doc, "Tuesday 7 October 2025 at 7.00pm, Glenmuir Church Hall (and Teams).")

    doc.add_heading("Action register", level=2)
    table(doc, [
        ["Action", "Responsible", "Deadline", "Progress"],
        ["Submit CC objection to 25/03112/FUL", "Secretary", "12/09/2025", "In hand"],
        ["Circulate revised winter resilience plan", "Secretary", "30/09/2025", "Not started"],
        ["Cost the Christmas lights switch-on", "Ailsa Grant", "07/10/2025", "Not started"],
        ["Order defibrillator pads", "Treasurer", "31/10/2025", "Not started"],
        ["Pass enforcement request to road policing", "PC Reid", "", "Not started"],
        ["Install bench at war memorial", "Callum Reid", "", "Complete"],
        ["Update contact page on CC website (from June)", "Isla Munro", "", "Carried forward"],
    ])

    cp = doc.core_properties
    cp.author = "Isla Munro"
    cp.last_modified_by = "Isla Munro"
    cp.created = datetime.datetime(2025, 9, 4, 19, 15, 0)
    cp.modified = datetime.datetime(2025, 9, 5, 8, 2, 0)
    cp.revision = 2
    docxkit.save(doc, __file__, NAME, cp.modified)


if __name__ == "__main__":
    build()
