#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes p3.docx beside it: paragraphs (one split over two runs) and a
table whose rows are a paragraph each, one with a label cell; a title-block
table with its labels in bold down the side and a dash label before a tab,
both consumed into meta."""
import os
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def p(*runs):
    return "<w:p>%s</w:p>" % "".join("<w:r><w:t xml:space=\"preserve\">%s</w:t></w:r>" % r for r in runs)


def bold_row(label, value):
    return ("<w:tr><w:tc><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>%s</w:t></w:r></w:p></w:tc>"
            "<w:tc>%s</w:tc></w:tr>" % (label, p(value)))


def row(*cells):
    return "<w:tr>%s</w:tr>" % "".join("<w:tc>%s</w:tc>" % p(c) for c in cells)


DOC = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<w:document %s><w:body>' % W
       + p("Allotment society")
       + p("Minutes of the committee meeting held on ", "14th July 2015")
       + "<w:tbl>" + bold_row("Date of AGM", "Tuesday 14th July 2015") + bold_row("Chair", "Alan Whitworth")
       + "</w:tbl>"
       + "<w:p><w:r><w:t xml:space=\"preserve\">AGM venue \u2013</w:t><w:tab/>"
         "<w:t>The old church hall</w:t></w:r></w:p>"
       + "<w:tbl>" + row("No.", "Item", "Notes") + row("1", "Apologies:", "Alan Whitworth")
       + row("2", "Rats", "Rats seen near the compost bays at the bottom gate") + "</w:tbl>"
       + p("Signed: ______ Chair")
       + "</w:body></w:document>")
TYPES = ('<?xml version="1.0" encoding="UTF-8"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/'
         'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
here = os.path.dirname(os.path.abspath(__file__))
with zipfile.ZipFile(os.path.join(here, "p3.docx"), "w") as z:
    for name, data in (("[Content_Types].xml", TYPES), ("word/document.xml", DOC)):
        info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
        z.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
