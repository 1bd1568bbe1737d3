#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build wrenfield-trustees-2025-05.txt the way such text reaches a reader: a charity's
board minutes typed in Word (letterhead in the first-page header, a running header
"Minutes – Board of Trustees – 14 May 2025" and a "Page X of Y" footer on every page,
justified text with automatic hyphenation), printed to PDF by LibreOffice and
extracted with `pdftotext -layout`. The .docx is kept as a second format of the stem.

Needs python3-docx, libreoffice-writer-nogui, hyphen-en-gb and poppler-utils."""
import datetime
import os
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)
from wordprint import (auto_hyphenation, minute, page_x_of_y, para,  # noqa: E402
                       pdf_text, table)

STEM = "wrenfield-trustees-2025-05"
LAYOUT = True


def letterhead(section):
    section.different_first_page_header_footer = True
    hp = section.first_page_header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run("The Wrenfield Trust for Young Carers")
    r.bold = True
    r.font.size = Pt(15)
    for line in ("Unit 3, Calder Mill, Bridge Street, Hebden Royd HX7 8EL",
                 "Tel 01422 555 0192  ·  hello@wrenfieldtrust.example  ·  Registered charity no. 1187342"):
        p = section.first_page_header.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.runs[0].font.size = Pt(8.5)
    page_x_of_y(section.first_page_footer.paragraphs[0])
    rp = section.header.paragraphs[0]
    rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rp.add_run("Minutes – Board of Trustees – 14 May 2025").italic = True
    page_x_of_y(section.footer.paragraphs[0])


def build(path):
    doc = Document()
    docxkit.set_language(doc, "en-GB")
    auto_hyphenation(doc)
    doc.styles["Normal"].font.name = "Liberation Serif"
    doc.styles["Normal"].font.size = Pt(11)
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.3)
    letterhead(section)

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("MINUTES OF THE MEETING OF THE BOARD OF TRUSTEES")
    r.bold = True
    r.font.size = Pt(13)
    s = doc.add_paragraph()
    s.alignment = WD_ALIGN_PARAGRAPH.CENTER
    s.add_run("held on Wednesday 14 May 2025 at 6.00pm in the Boardroom, Calder Mill, "
              "and by Zoom")

    for label, text in (
            ("Present:", "Alison Thwaite (Chair), Gareth Onyango (Vice-Chair), Pauline Redfern "
                         "(Treasurer), Dr Samir Qureshi, Bethany Cole, Imran Lodhi, "
                         "Helen Marchant (by Zoom)"),
            ("In attendance:", "Rebecca Storr (Chief Executive), Tom Ashworth (Finance and "
                               "Operations Manager), Jenny Walsh (Clerk to the Trustees, minutes)"),
            ("Apologies:", "Councillor Moira Bentley, Kieran Doyle")):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(3.2)
        p.paragraph_format.first_line_indent = Cm(-3.2)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.2))
        p.add_run(label).bold = True
        p.add_run("\t" + text)

    minute(doc, "25/31", "Welcome, apologies and quorum")
    para(doc, "The Chair welcomed trustees and opened the meeting at 6.02pm. Apologies were "
              "received and accepted from Councillor Moira Bentley and Kieran Doyle. Seven "
              "trustees were present and the meeting was quorate.")

    minute(doc, "25/32", "Declarations of interest")
    para(doc, "Imran Lodhi declared an interest in item 25/37 as his firm has quoted for the "
              "roof repairs at Calder Mill; he left the meeting for that item. No other "
              "interests were declared.")

    minute(doc, "25/33", "Minutes of the previous meeting and matters arising")
    para(doc, "The minutes of the meeting held on 12 March 2025 were approved as an accurate "
              "record, proposed by Gareth Onyango and seconded by Bethany Cole, and signed by "
              "the Chair.")
    para(doc, "The action log was reviewed. The employee handbook has been updated and "
              "circulated (action complete). The review of the lease at Calder Mill is still "
              "with the landlord's solicitor and is carried forward. The Chief Executive "
              "confirmed that the grant report to the Halden Community Foundation was "
              "submitted on 24 April, before its deadline.")

    minute(doc, "25/34", "Chief Executive's report")
    para(doc, "Rebecca Storr presented her written report. In the year to 31 March 2025 the "
              "Trust supported 412 young carers aged 8 to 18, an increase of 17 per cent on the "
              "previous year, and ran 96 respite sessions and two residential weekends. The "
              "waiting list for one-to-one support stands at 38, most of them referred by "
              "schools in the upper valley.")
    para(doc, "The new schools outreach worker started on 7 April and has already visited "
              "eleven primary schools. Trustees asked how the Trust would manage the extra "
              "referrals this was likely to bring; the Chief Executive said that a second "
              "volunteer training course would run in the autumn and that a bid to the "
              "Northern Lights Fund for a part-time family support worker would be "
              "submitted by 30 June.")
    para(doc, "Dr Qureshi asked about the evaluation of the wellbeing programme. The interim "
              "findings from the university partnership are expected in July and will come "
              "to the September meeting.")

    minute(doc, "25/35", "Finance")
    para(doc, "The Treasurer presented the draft outturn for 2024/25 and the management "
              "accounts to 31 March 2025, summarised below.")
    table(doc, ("", "2024/25 actual (£)", "2024/25 budget (£)"),
          (("Grants and contracts", "318,450", "305,000"),
           ("Donations and fundraising", "96,212", "110,000"),
           ("Total income", "414,662", "415,000"),
           ("Staff costs", "286,930", "291,500"),
           ("Premises and running costs", "71,480", "68,200"),
           ("Activities and transport", "44,305", "47,800"),
           ("Total expenditure", "402,715", "407,500"),
           ("Surplus", "11,947", "7,500")),
          (Cm(7.0), Cm(4.2), Cm(4.2)))
    para(doc, "Unrestricted reserves at 31 March 2025 were £148,600, equal to about four and a "
              "half months of running costs. The draft annual accounts will go to the "
              "independent examiner at the start of June, so that the trustees can approve "
              "them at the July meeting and they can be filed with the Charity Commission "
              "well ahead of the deadline of 31 January 2026.")
    para(doc, "Pauline Redfern proposed that the reserves target in the reserves policy be "
              "raised from four to six months of running costs. Gareth Onyango seconded. "
              "Several trustees felt that this would tie up money needed for the waiting "
              "list. On a vote the proposal was defeated, 2 for and 5 against. The existing "
              "target of four months stays.")
    para(doc, "RESOLVED: that the management accounts to 31 March 2025 be received and the "
              "budget for 2025/26, as circulated, be approved.", indent=Cm(1.6))

    minute(doc, "25/36", "Safeguarding")
    para(doc, "Bethany Cole, the lead trustee for safeguarding, reported three referrals to "
              "children's social care during the quarter, all handled in line with the "
              "policy. The annually reviewed safeguarding policy was presented with minor "
              "changes to reflect the updated statutory guidance. The board approved the "
              "revised safeguarding policy unanimously. All trustees must complete the "
              "refresher training module by 30 June 2025.")

    minute(doc, "25/37", "Premises: roof repairs")
    para(doc, "Imran Lodhi left the meeting. Tom Ashworth reported that three quotes had been "
              "obtained for the repairs to the leaking roof over the activity room, the "
              "lowest at £18,750 plus VAT. The landlord has agreed to pay half. After "
              "discussion the trustees agreed to accept the lowest quote, subject to the "
              "landlord's contribution being confirmed in writing. Imran Lodhi returned.")

    minute(doc, "25/38", "Fundraising and events")
    para(doc, "The Chief Executive reported that 14 supporters have signed up for the Yorkshire "
              "Three Peaks Challenge on Saturday 21 June, with a target of £9,000. The summer "
              "garden party will be held at Calder Mill on Saturday 19 July from 2pm to 5pm; "
              "trustees were asked to sell at least ten tickets each and to offer raffle "
              "prizes. A stall at the Hebden Royd Carnival is booked for Sunday 6 July.")
    para(doc, "Helen Marchant suggested a corporate supporters' breakfast in the autumn. "
              "Trustees liked the idea but asked for a costed plan before any decision.")

    minute(doc, "25/39", "Governance and trustee recruitment")
    para(doc, "The Chair reported that two candidates had been interviewed for the vacant "
              "trustee place. The board voted to appoint Naomi Fairbairn as a trustee with "
              "immediate effect (6 for, 1 abstention). The skills audit will be repeated "
              "before the AGM, which will be held on Wednesday 17 September 2025 at 6.30pm "
              "at Calder Mill.")

    minute(doc, "25/40", "Any other business")
    para(doc, "Gareth Onyango noted that the Charity Governance Code had been updated in "
              "2024 and offered to lead a short session on it at a future meeting. The Chair "
              "thanked Tom Ashworth, who leaves the Trust at the end of June, for six years "
              "of work.")

    minute(doc, "25/41", "Date of next meeting")
    para(doc, "Wednesday 9 July 2025 at 6.00pm in the Boardroom, Calder Mill, and by Zoom. "
              "The meeting closed at 8.15pm.")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.add_run("Summary of actions").bold = True
    table(doc, ("Ref", "Action", "Owner", "Due"),
          (("25/33", "Chase the landlord's solicitor on the lease review", "Rebecca Storr", "13 June 2025"),
           ("25/34", "Submit the Northern Lights Fund bid", "Rebecca Storr", "30 June 2025"),
           ("25/35", "Send the draft accounts to the independent examiner", "Tom Ashworth", "6 June 2025"),
           ("25/36", "Complete safeguarding refresher training", "All trustees", "30 June 2025"),
           ("25/37", "Confirm the landlord's contribution in writing and place the roof order",
            "Tom Ashworth", "23 May 2025"),
           ("25/38", "Costed plan for a corporate supporters' breakfast", "Helen Marchant",
            "9 July 2025"),
           ("25/39", "Send Naomi Fairbairn the trustee induction pack", "Jenny Walsh",
            "30 May 2025")),
          (Cm(1.7), Cm(8.2), Cm(3.5), Cm(3.0)))

    p = doc.add_paragraph("Signed ………………………………… (Chair)      Date ……………………")
    p.paragraph_format.space_before = Pt(18)

    props = doc.core_properties
    props.author = "Jenny Walsh"
    props.last_modified_by = "Jenny Walsh"
    props.title = "Board of Trustees minutes 14 May 2025"
    props.created = datetime.datetime(2025, 5, 16, 9, 30, 0)
    props.modified = datetime.datetime(2025, 5, 19, 15, 10, 0)
    props.revision = 7
    doc.save(path)


if __name__ == "__main__":
    docx_path = os.path.join(HERE, STEM + ".docx")
    build(docx_path)
    pdf_text(docx_path, os.path.join(HERE, STEM + ".txt"), LAYOUT)
