#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""unstyled-docx.py TEXT OUT.docx — writes the minutes in TEXT as a Word
document the way people type them: every paragraph Normal, no styles part,
structure only in the text ("1. Updates…" headings, "→" action lines,
Surname<TAB>Given rows).  Only the bullets are Word's own (typing "- " in Word
makes a bulleted list), and [text](url) becomes a Word hyperlink."""
import re
import sys
import zipfile
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
LINK = re.compile(r"\[((?:\\.|[^\]\\])*)\]\(([^)]*)\)")


def runs(text):
    """Runs for a line: text, tabs, and hyperlinks."""
    out, links, pos = [], [], 0
    for m in LINK.finditer(text):
        out.append(plain(text[pos:m.start()]))
        label = re.sub(r"\\(.)", r"\1", m.group(1))
        links.append(m.group(2))
        out.append(f'<w:hyperlink r:id="rIdL{len(links)}">{plain(label)}</w:hyperlink>')
        pos = m.end()
    out.append(plain(text[pos:]))
    return "".join(out), links


def plain(text):
    parts = text.split("\t")
    body = "<w:tab/>".join(f'<w:t xml:space="preserve">{escape(p)}</w:t>' for p in parts)
    return f"<w:r>{body}</w:r>" if text else ""


def main(src, dst):
    with open(src, encoding="utf-8") as f:
        lines = f.read().split("\n")
    paras, rels = [], []
    for line in lines:
        m = re.match(r"^( ?)- (.*)$", line)
        ppr = ""
        if m:
            ppr = (f'<w:pPr><w:numPr><w:ilvl w:val="{len(m.group(1))}"/>'
                   '<w:numId w:val="1"/></w:numPr></w:pPr>')
            line = m.group(2)
        body, links = runs(line)
        for i, url in enumerate(links, 1):
            rels.append(url)
            body = body.replace(f'r:id="rIdL{i}"', f'r:id="L{len(rels)}"', 1)
        paras.append(f"<w:p>{ppr}{body}</w:p>")
    document = (f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{"".join(paras)}'
                "</w:body></w:document>")
    numbering = (f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0">'
                 '<w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/></w:lvl>'
                 '<w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl>'
                 '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    rel = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/")
    doc_rels = ['<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
                f'<Relationship Id="N" Type="{rel}numbering" Target="numbering.xml"/>']
    for i, url in enumerate(rels, 1):
        doc_rels.append(f'<Relationship Id="L{i}" Type="{rel}hyperlink" Target="{escape(url)}" '
                        'TargetMode="External"/>')
    doc_rels.append("</Relationships>")
    types = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/'
             'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    root_rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 f'<Relationship Id="r1" Type="{rel}officeDocument" Target="word/document.xml"/>'
                 "</Relationships>")
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", root_rels)
        z.writestr("word/document.xml", document)
        z.writestr("word/_rels/document.xml.rels", "".join(doc_rels))
        z.writestr("word/numbering.xml", numbering)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
