# SPDX-License-Identifier: MIT
"""What the corpus's make-*.py scripts share: writing a .docx with fixed zip
entry times (so a second run gives the same bytes), and the python-docx
shapes several families' documents are built from (core properties, a page
header, bold labels, typed symbol bullets, grid tables, Heading styles bound
to an outline list, the document's language).

Each script puts this folder on sys.path and imports it.  Where the file
goes: beside the script, or into $DOCXKIT_OUT when that is set, which is how
check-docx-scripts rebuilds every document without touching the tree."""

import datetime
import io
import os
import zipfile

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT_ENV = "DOCXKIT_OUT"


def output_path(script, name):
    """The path a script writes `name` to (see the module's comment)."""
    folder = os.environ.get(OUT_ENV) or os.path.dirname(os.path.abspath(script))
    return os.path.join(folder, name)


def write_package(data, script, name, stamp, mode=None):
    """Write the zip `data` again with every entry stamped `stamp` (a datetime
    or a 6-tuple) and deflated; `mode`, when given, as the entries' Unix
    permissions.  The parts' bytes are kept as they are."""
    if isinstance(stamp, datetime.datetime):
        stamp = stamp.timetuple()[:6]
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(output_path(script, name), "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            if mode is not None:
                entry.external_attr = mode << 16
            out.writestr(entry, src.read(info.filename))


def save(doc, script, name, stamp, mode=None):
    """Save a python-docx document as write_package does."""
    buf = io.BytesIO()
    doc.save(buf)
    write_package(buf.getvalue(), script, name, stamp, mode)


def set_core(doc, title, author, when):
    """Fixed core properties: the same document every run."""
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 3
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""


def set_header(doc, text):
    doc.sections[0].header.paragraphs[0].text = text


def set_language(doc, lang):
    """The document's default language (w:lang in the style defaults), as
    Word writes it for the installation's region."""
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    el = rpr.find(qn("w:lang"))
    if el is None:
        el = OxmlElement("w:lang")
        rpr.append(el)
    el.set(qn("w:val"), lang)
    el.set(qn("w:eastAsia"), lang)
    el.set(qn("w:bidi"), "ar-SA")


def labelled(doc, label, text, style=None):
    """A bold label run ("Chair:") followed by plain text, as Word users type it."""
    p = doc.add_paragraph(style=style)
    p.add_run(label).bold = True
    p.add_run(text)
    return p


def symbol_item(doc, text, font="Wingdings", char="F0E0"):
    """A symbol bullet typed by hand: w:sym, then a tab, then the text."""
    p = doc.add_paragraph()
    r = p.add_run()
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), font)
    sym.set(qn("w:char"), char)
    r._r.append(sym)
    r._r.append(OxmlElement("w:tab"))
    p.add_run(text)
    return p


def table(doc, head, rows, style="Table Grid"):
    """A data table: a bold header row, then one row per tuple."""
    t = doc.add_table(rows=1, cols=len(head), style=style)
    for cell, text in zip(t.rows[0].cells, head):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in rows:
        cells = t.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    return t


PPR_BEFORE_NUMPR = {qn(t) for t in ("w:pStyle", "w:keepNext", "w:keepLines",
                                    "w:pageBreakBefore", "w:framePr",
                                    "w:widowControl")}


def _outline_abstract(formats):
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "90")
    multi = OxmlElement("w:multiLevelType")
    multi.set(qn("w:val"), "multilevel")
    abstract.append(multi)
    for ilvl, fmt in enumerate(formats):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"),
                         ("w:pStyle", "Heading%d" % (ilvl + 1)),
                         ("w:lvlText", fmt), ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        abstract.append(lvl)
    return abstract


def _bind_heading_style(doc, ilvl):
    ppr = doc.styles["Heading %d" % (ilvl + 1)].element.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), "90")
    numpr.append(il)
    numpr.append(ni)
    # CT_PPr's sequence: numPr comes after these, before everything else.
    pos = 0
    while pos < len(ppr) and ppr[pos].tag in PPR_BEFORE_NUMPR:
        pos += 1
    ppr.insert(pos, numpr)


def number_headings(doc, formats=("%1.", "%1.%2")):
    """Real outline numbering: one multilevel list bound to the Heading styles."""
    numbering = doc.part.numbering_part.element
    numbering.find(qn("w:num")).addprevious(_outline_abstract(formats))
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), "90")
    num.append(ref)
    numbering.append(num)
    for ilvl in range(len(formats)):
        _bind_heading_style(doc, ilvl)


def grid(doc, rows, bold_first_row=False, bold_first_col=False):
    """A "Table Grid" table of ROWS (tuples of text), its first row or first
    column in bold when asked (a header row, or labels down the side)."""
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, text in enumerate(row):
            cells[j].text = text
            if (bold_first_row and i == 0) or (bold_first_col and j == 0):
                cells[j].paragraphs[0].runs[0].bold = True
    return t


# Word's minutes templates (issue 24): layout tables, tab-aligned lines,
# fields typed as lines of one paragraph.

def layout(table, description="Layout table"):
    """Word's marks of a layout table: a description (the accessibility
    text Word's templates carry) and a tblLook with no header row and no
    banding."""
    pr = table._tbl.tblPr
    desc = OxmlElement("w:tblDescription")
    desc.set(qn("w:val"), description)
    pr.append(desc)
    look = pr.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        pr.append(look)
    for k, v in (("w:val", "0600"), ("w:firstRow", "0"), ("w:lastRow", "0"),
                 ("w:firstColumn", "0"), ("w:lastColumn", "0"),
                 ("w:noHBand", "1"), ("w:noVBand", "1")):
        look.set(qn(k), v)
    return table


def borderless(table):
    """No borders on any side, as a table pasted from a letterhead or laid
    out by hand has; the borders go before tblLook (the schema's order)."""
    pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "none")
        b.set(qn("w:sz"), "0")
        b.set(qn("w:space"), "0")
        b.set(qn("w:color"), "auto")
        borders.append(b)
    look = pr.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(borders)
    else:
        pr.append(borders)
    return table


def fill(cell, lines, bold=False):
    """A cell's text: one paragraph per line (a string is one line)."""
    if isinstance(lines, str):
        lines = [lines]
    cell.text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.add_run(line).bold = bold
    return cell


def rows_table(doc, rows, bold_cols=(), bold_rows=(), style=None):
    """A table of ROWS (tuples of text or lists of lines); the columns in
    BOLD_COLS and rows in BOLD_ROWS in bold (labels, a header row)."""
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            fill(t.cell(r, c), text, bold=c in bold_cols or r in bold_rows)
    return t


def tabbed(doc, parts, stops=(), bold=False):
    """One paragraph of PARTS separated by tabs, with tab stops at STOPS
    (Length values): a line aligned by hand, not a table."""
    p = doc.add_paragraph()
    for stop in stops:
        p.paragraph_format.tab_stops.add_tab_stop(stop)
    for i, part in enumerate(parts):
        p.add_run(("\t" if i else "") + part).bold = bold
    return p



# UN-secretariat summaries (un/make-yfdg-*, make-frgn-*, make-fns-*):
# Heading 1 sections numbered by a List Number instance, arrow bullets for
# action points, a participants annex grouped by merged rows.

def restart_numbering(doc):
    """A fresh w:num on the List Number style's abstract numbering,
    starting again at 1 (as Word makes a list restart); its numId."""
    numbering = doc.part.numbering_part.element
    style_num = doc.styles["List Number"].element.pPr.numPr.numId.val
    abstract = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(style_num):
            abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    new_id = max(ids) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    ab = OxmlElement("w:abstractNumId")
    ab.set(qn("w:val"), abstract)
    num.append(ab)
    over = OxmlElement("w:lvlOverride")
    over.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    over.append(start)
    num.append(over)
    numbering.append(num)
    return new_id


def numbered(doc, text, style, num_id):
    """A paragraph of STYLE numbered by the list NUM_ID, level 0."""
    p = doc.add_paragraph(text, style=style)
    numpr = p._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id
    return p


def arrow_item(doc, text, char="F0E0", bold=None):
    """An action point: a Wingdings arrow as a symbol, a tab, the text,
    with a hanging indent; BOLD, when given, is set on the text's run."""
    from docx.shared import Cm
    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.left_indent = Cm(1.0)
    fmt.first_line_indent = Cm(-0.6)
    fmt.tab_stops.add_tab_stop(Cm(1.0))
    run = p.add_run()
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), "Wingdings")
    sym.set(qn("w:char"), char)
    run._r.append(sym)
    p.add_run("\t")
    run = p.add_run(text)
    if bold is not None:
        run.bold = bold
    return p


def numbered_sections(doc, sections, arrow=arrow_item):
    """SECTIONS, a list of (heading, items), as numbered Heading 1
    sections; each item is (kind, text): "p" a paragraph, "b" a List
    Bullet item, "a" an action point written by ARROW(doc, text)."""
    num_id = restart_numbering(doc)
    for title, items in sections:
        numbered(doc, title, "Heading 1", num_id)
        for kind, text in items:
            if kind == "p":
                doc.add_paragraph(text)
            elif kind == "b":
                doc.add_paragraph(text, style="List Bullet")
            else:
                arrow(doc, text)


def grouped_table(doc, groups, cols, head=None, group_mark="bold"):
    """A participants annex: an optional bold header row HEAD, then per
    (group, rows) a merged row naming the group (in bold or italic, as
    GROUP_MARK says) and one row per tuple of its people."""
    t = doc.add_table(rows=1 if head else 0, cols=cols)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells if head else (), head or ()):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for group, rows in groups:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[cols - 1])
        merged.text = group
        setattr(merged.paragraphs[0].runs[0], group_mark, True)
        for row in rows:
            for cell, text in zip(t.add_row().cells, row):
                cell.text = text
    return t
