#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes t2.docx beside it: a word split over two runs, table cells side by
side, a tab, deleted text and a field code (neither of which is text)."""
import os
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DOC = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<w:document %s><w:body>'
       '<w:p><w:r><w:t>Commit</w:t></w:r><w:r><w:t>tee report</w:t></w:r></w:p>'
       '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Alpha</w:t></w:r></w:p></w:tc>'
       '<w:tc><w:p><w:r><w:t>Beta</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
       '<w:p><w:r><w:t>Item</w:t><w:tab/><w:t>one</w:t></w:r>'
       '<w:del w:id="1" w:author="x"><w:r><w:delText>gone</w:delText></w:r></w:del>'
       '<w:r><w:instrText> PAGE </w:instrText></w:r></w:p>'
       '</w:body></w:document>') % W
TYPES = ('<?xml version="1.0" encoding="UTF-8"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/'
         'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
here = os.path.dirname(os.path.abspath(__file__))
with zipfile.ZipFile(os.path.join(here, "t2.docx"), "w") as z:
    for name, data in (("[Content_Types].xml", TYPES), ("word/document.xml", DOC)):
        info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
        z.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
