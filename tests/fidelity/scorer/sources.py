# SPDX-License-Identifier: MIT
"""The words and paragraphs of a source document, for the recall of its text.

- .txt: the text as it is (UTF-8, UTF-16 with a BOM, else Windows-1252), but
  text with form feeds (from a PDF) without the furniture of its pages (page
  numbers, running headers and footers next to a page break), which a reader
  must leave out, and with the words a typesetter broke at line ends joined.
- .md: Markdown syntax stripped: front-matter keys (`title:` keeps its value),
  link and image targets (the text or alt stays), reference definitions,
  footnote marks, HTML tags and comments, kramdown attribute lists
  (`{: .no_toc}`, `{:toc}`, a heading's `{#id}`).  Punctuation never makes a word,
  so emphasis, table pipes and list markers need nothing.
- .docx: the w:t text of word/document.xml, paragraphs, cells, tabs and
  breaks separating words (deleted text and field codes are not w:t).
Words are letters/digits runs, casefolded (text.words).

Paragraphs (text_paragraphs, docx_paragraphs): in .md and .txt, blocks
between lines without a word (blank lines, rules, underlines, table
separators); a list item, a table row, a heading, a front-matter line and a
line starting with a label ("Date:") each start one, and a line ending with
a colon ends one.  In .docx, every w:p outside tables and every table row.
A paragraph's leading label (one to three words and a colon, at its start or
a table cell's) is structure the passes turn into elements and attributes,
as list markers and heading marks are: its words are not the paragraph's.
A table's header row of column names (the row over a |---| rule, a .docx
table's first row over others) is likewise the table's labels.  In .docx, two
more label shapes that Word templates type: a row's first cell set wholly in
bold, one to three words without digits, before a filled cell ("Date |
October 7, 2025": labels down the side of a title-block table), and one to
three words ended by a dash before a tab ("Venue –<tab>Clubhouse")."""
import re
import zipfile
from collections import Counter

from lxml import etree

from . import text

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def decode(data):
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


_FRONT = re.compile(r"\A(---|\+\+\+)[ \t]*\n(.*?)\n(?:---|\.\.\.|\+\+\+)[ \t]*(?:\n|\Z)", re.S)
_FRONT_KEY = re.compile(r"^(\s*-?\s*)[\w.-]+\s*[:=]", re.M)
_MD_RULES = [
    (re.compile(r"<!--.*?-->", re.S), " "),
    (re.compile(r"^[ ]{0,3}\[(?!\^)[^\]\n]+\]:[ \t]*\S+.*$", re.M), " "),  # [ref]: url "title"
    (re.compile(r"\[\^[^\]\n]+\]:?"), " "),                           # footnote marks
    (re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)"), r"\1"),              # [text](url), ![alt](src)
    (re.compile(r"!?\[([^\]\n]*)\]\[[^\]\n]*\]"), r"\1"),             # [text][ref]
    (re.compile(r"<(https?://[^>\s]+|[^>\s@]+@[^>\s]+)>"), r" \1 "),  # autolinks keep their text
    (re.compile(r"</?[A-Za-z][^>\n]*>"), " "),                       # HTML tags
    (re.compile(r"\{:[^{}\n]*\}"), " "),                               # kramdown {: .class} {:toc}
    (re.compile(r"^(#+ .*?)[ \t]+\{[#.][^{}\n]*\}[ \t]*$", re.M), r"\1"),   # heading {#id}
]


def markdown_text(src, front_apart=False):
    """The text of Markdown source; front_apart puts a blank line between
    the front matter's values, which are a paragraph each."""
    m = _FRONT.match(src)
    if m:
        front = _FRONT_KEY.sub(r"\1 ", m.group(2))
        if front_apart:
            front = front.replace("\n", "\n\n")
        src = front + "\n\n" + src[m.end():]
    for rule, repl in _MD_RULES:
        src = rule.sub(repl, src)
    return src


_PAGE_NUMBER = re.compile(r"^\W*(page|p\.)?\s*\d{1,4}(\s*(of|/)\s*\d{1,4})?\W*$", re.I)
_EDGE = 3  # lines of text looked at on each side of a page break


def _edge_lines(pages):
    """(page index, line index) of the lines of text next to each page break."""
    out = []
    for k, page in enumerate(pages):
        text = [i for i, line in enumerate(page) if line.strip()]
        if k + 1 < len(pages):
            out += [(k, i) for i in text[-_EDGE:]]
        if k > 0:
            out += [(k, i) for i in text[:_EDGE]]
    return out


def page_furniture(body):
    """Text taken from pages without what the pages added (issue 19): at each
    form feed, page-number lines, and lines that recur, digits aside, next
    to two page breaks or more (running headers and footers).  The top of
    the first page is no page break: a title there stays.  Words broken at
    a line end before a lower-case letter are joined (typeset text)."""
    pages = [p.split("\n") for p in body.split("\f")]
    if len(pages) < 2:
        return body
    edges = _edge_lines(pages)
    key = lambda line: re.sub(r"\s+", " ", re.sub(r"\d", "", line)).strip()
    seen = {}
    for k, i in edges:
        seen.setdefault(key(pages[k][i]), set()).add(k)
    for k, i in edges:
        line = pages[k][i]
        if _PAGE_NUMBER.match(line.strip()) or len(seen[key(line)]) >= 2:
            pages[k][i] = ""
    text = "\n".join("\n".join(p) for p in pages)
    # A typesetter broke words at line ends: "recom-" / "mendation" is one word.
    return re.sub(r"(?<=[^\W\d_])-[ \t]*\n\s*(?=[a-z])", "", text)


_BREAKS = {"{%s}%s" % (W, t) for t in ("p", "tab", "br", "cr", "tc")}


def _docx_root(path):
    with zipfile.ZipFile(path) as z:
        data = z.read("word/document.xml")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)
    return etree.fromstring(data, parser)


def docx_text(path):
    root = _docx_root(path)
    parts = []
    for el in root.iter():
        if el.tag == "{%s}t" % W:
            parts.append(el.text or "")
        elif el.tag in _BREAKS:
            parts.append(" ")
    return "".join(parts)


# ---- paragraphs ------------------------------------------------------------

_LIST_ITEM = re.compile(r"^\s*(?:[-*+\u2022\u2023\u25e6\u25aa\u00b7]\s+|\(?\d{1,3}(?:\.\d{1,3})*[.)]\s+"
                        r"|\d{1,3}(?:\.\d{1,3})+\s+|\(?[a-z]\)\s+)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:\s|$)")
# A heading's number after its noun ("ARTÍCULO IV. Mociones", "Item 3: Budget"):
# the section's number, as "3." is a list marker, not the heading's words.
_HEADING_NUMBER = re.compile(r"^\s*[^\W\d_]+\s+(?:[IVXL]{1,4}|\d{1,3})(?:\.-?|:)\s+(?=\w)")
# Marks before a paragraph's first word: block quotes, emphasis, heading marks, table pipes.
_LEAD = re.compile(r"^[\s>*_#|]*")
_LABEL = re.compile(r"^[\s>*_]*(?:[^\W\d_][\w'\u2019&/.-]*[ \t]+){0,2}[^\W\d_][\w'\u2019&/.-]*"
                    r"[ \t]*[*_]*[ \t]*:[*_]*(?=\s|$)")


def _is_table_row(line):
    s = line.strip()
    return s.startswith("|") or s.count("|") >= 2


def unlabel(piece):
    """A paragraph's start or a table cell without its list marker and its
    label ("- **Owner:** Bob" -> "Bob")."""
    piece = _LIST_ITEM.sub("", _LEAD.sub("", piece), count=1)
    return _LABEL.sub("", piece, count=1)


_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _header_cells(cells):
    """Whether a table's first row's cells are column names: each one to
    three words, no digits, at least two of them."""
    named = [c for c in cells if text.words(c)]
    return len(named) >= 2 and all(len(text.words(c)) <= 3 and not re.search(r"\d", c)
                                   for c in named)


def text_paragraphs(body):
    """The paragraphs of Markdown or plain text, as lists of words.  A
    table's header row (a row over a |---| rule whose cells are column
    names) is the table's labels, not a paragraph."""
    paras, cur = [], []
    lines = body.splitlines()

    def close():
        if cur:
            paras.append(" ".join(cur))
            cur.clear()

    for i, line in enumerate(lines):
        if not text.words(line):
            close()
        elif _is_table_row(line):
            close()
            header = (i + 1 < len(lines) and _TABLE_RULE.match(lines[i + 1])
                      and _header_cells(line.split("|")))
            if not header:
                paras.append(" ".join(unlabel(c) for c in line.split("|")))
        elif _HEADING.match(line):
            close()
            paras.append(unlabel(_HEADING_NUMBER.sub("", _HEADING.sub("", line, count=1), count=1)))
        else:
            if not cur or _LIST_ITEM.match(line) or _LABEL.match(line):
                close()
                line = unlabel(line)
            cur.append(line)
            if line.rstrip().endswith(":"):
                close()
    close()
    return [text.words(p) for p in paras]


def _docx_piece(el):
    """The text of one w:p (or cell), its runs joined, tabs and breaks apart
    (a tab kept as a tab, for dash labels); a w:p nested in it (a text box)
    is left to be a paragraph of its own."""
    parts = []

    def walk(e):
        for child in e:
            if child.tag == "{%s}p" % W:
                continue
            if child.tag == "{%s}t" % W:
                parts.append(child.text or "")
            elif child.tag == "{%s}tab" % W:
                parts.append("\t")
            elif child.tag in _BREAKS:
                parts.append(" ")
            walk(child)

    walk(el)
    return "".join(parts)


# "Venue –<tab>": one to three words and a dash before a tab.
_DASH_LABEL = re.compile(r"^\s*(?:[^\W\d_][\w'\u2019&/.-]*[ ]+){0,2}[^\W\d_][\w'\u2019&/.]*"
                         r"[ ]*[-\u2013\u2014][ ]*\t")


def _bold(run):
    b = run.find("{%s}rPr/{%s}b" % (W, W))
    return b is not None and b.get("{%s}val" % W) not in ("0", "false", "off")


def _bold_label_cell(tc, piece):
    """Whether a cell is a label down a table's side: its text runs all in
    bold, one to three words without digits."""
    runs = [r for r in tc.iter("{%s}r" % W) if "".join(t.text or "" for t in r.iter("{%s}t" % W)).strip()]
    return (runs and all(_bold(r) for r in runs) and 1 <= len(text.words(piece)) <= 3
            and not re.search(r"\d", piece))


def _docx_row(tr):
    """A table row's text, each cell unlabelled; a bold label cell first
    ("Date | October 7, 2025") is the row's label."""
    tcs = list(tr.iterfind("{%s}tc" % W))
    cells = [" ".join(_docx_piece(p) for p in tc.iter("{%s}p" % W)) for tc in tcs]
    if len(cells) >= 2 and any(text.words(c) for c in cells[1:]) and _bold_label_cell(tcs[0], cells[0]):
        cells = cells[1:]
    return [unlabel(c) for c in cells]


def docx_paragraphs(path):
    """Every w:p outside tables, every table row (its cells' paragraphs), as
    lists of words; a table's first row of column names over other rows is
    the table's labels, not a paragraph."""
    root = _docx_root(path)
    paras = []
    for el in root.iter("{%s}p" % W, "{%s}tr" % W):
        if el.tag == "{%s}tr" % W:
            cells = [" ".join(_docx_piece(p) for p in tc.iter("{%s}p" % W))
                     for tc in el.iterfind("{%s}tc" % W)]
            rows = el.getparent().findall("{%s}tr" % W)
            if rows[0] is el and len(rows) > 1 and _header_cells(cells):
                continue
            paras.append(" ".join(_docx_row(el)))
        elif next(el.iterancestors("{%s}tr" % W), None) is None:
            paras.append(unlabel(_DASH_LABEL.sub("", _docx_piece(el), count=1)))
    return [text.words(p) for p in paras]


class Source:
    """A source's words (a Counter) and paragraphs (lists of words)."""

    def __init__(self, words=None, paragraphs=None):
        self.words = words if words is not None else Counter()
        self.paragraphs = paragraphs or []


def read(path, fmt):
    """The Source of a document; raises OSError/ValueError when unreadable."""
    if fmt == "docx":
        try:
            return Source(Counter(text.words(docx_text(path))), docx_paragraphs(path))
        except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError) as e:
            raise ValueError("cannot read %s: %s" % (path, e))
    with open(path, "rb") as f:
        body = decode(f.read())
    if fmt == "txt":
        body = page_furniture(body)
    if fmt == "md":
        return Source(Counter(text.words(markdown_text(body))),
                      text_paragraphs(markdown_text(body, front_apart=True)))
    return Source(Counter(text.words(body)), text_paragraphs(body))
