# SPDX-License-Identifier: MIT
"""What the pdftext family's make-*.py scripts share: the Word shapes their
minutes are typed in (minute headings, justified paragraphs, grid tables,
page fields, automatic hyphenation) and the step that prints the .docx with
LibreOffice and keeps what pdftotext extracts."""

import os
import subprocess
import tempfile

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt


def auto_hyphenation(doc):
    """Word's "Automatically hyphenate document" setting."""
    settings = doc.settings.element
    el = OxmlElement("w:autoHyphenation")
    tab = settings.find(qn("w:defaultTabStop"))
    if tab is not None:
        tab.addnext(el)
    else:
        settings.append(el)


def field(paragraph, instr):
    """A simple field (PAGE, NUMPAGES) whose cached result is "1"."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def page_x_of_y(paragraph):
    """A centred "Page X of Y" line, as Word's footer gallery makes it."""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run("Page ")
    field(paragraph, "PAGE")
    paragraph.add_run(" of ")
    field(paragraph, "NUMPAGES")


def para(doc, text, bold_lead=None, indent=Cm(1.6)):
    """A justified body paragraph under the minute number, with an optional bold lead."""
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.left_indent = indent
    if bold_lead:
        p.add_run(bold_lead).bold = True
        p.add_run(" ")
    p.add_run(text)
    return p


def minute(doc, ref, title):
    """A minute's heading: its reference, a tab, the title in capitals, bold."""
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.6))
    r = p.add_run(ref + "\t" + title.upper())
    r.bold = True


def table(doc, heads, rows, widths):
    """A grid table set to the right margin with fixed column widths, then a blank line."""
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.RIGHT
    for cell, head in zip(t.rows[0].cells, heads):
        cell.paragraphs[0].add_run(head).bold = True
    for row in rows:
        cells = t.add_row().cells
        for cell, words in zip(cells, row):
            cell.paragraphs[0].add_run(words)
    t.autofit = False
    for column, w in zip(t.columns, widths):
        column.width = w
    for row in t.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w
    doc.add_paragraph()


def pdf_text(docx_path, txt_path, layout):
    """Print the .docx to PDF with LibreOffice (a private profile, so no user
    settings leak in) and extract its text with pdftotext, with -layout or without."""
    with tempfile.TemporaryDirectory() as tmp:
        profile = "file://" + os.path.join(tmp, "profile")
        subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL)
        pdf = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        args = ["pdftotext"] + (["-layout"] if layout else []) + [pdf, txt_path]
        subprocess.run(args, check=True)
