# SPDX-License-Identifier: MIT
"""The words of a source document, for word recall.

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
Words are letters/digits runs, casefolded (text.words)."""
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


def markdown_text(src):
    m = _FRONT.match(src)
    if m:
        src = _FRONT_KEY.sub(r"\1 ", m.group(2)) + "\n" + src[m.end():]
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


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        data = z.read("word/document.xml")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)
    root = etree.fromstring(data, parser)
    parts = []
    for el in root.iter():
        if el.tag == "{%s}t" % W:
            parts.append(el.text or "")
        elif el.tag in _BREAKS:
            parts.append(" ")
    return "".join(parts)


def source_words(path, fmt):
    """Counter of the source's words; raises OSError/ValueError when unreadable."""
    if fmt == "docx":
        try:
            body = docx_text(path)
        except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError) as e:
            raise ValueError("cannot read %s: %s" % (path, e))
    else:
        with open(path, "rb") as f:
            body = decode(f.read())
        if fmt == "md":
            body = markdown_text(body)
        elif fmt == "txt":
            body = page_furniture(body)
    return Counter(text.words(body))
