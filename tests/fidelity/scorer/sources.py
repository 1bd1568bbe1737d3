# SPDX-License-Identifier: MIT
"""The words of a source document, for word recall.

- .txt: the text as it is (UTF-8, UTF-16 with a BOM, else Windows-1252).
- .md: Markdown syntax stripped: front-matter keys (`title:` keeps its value),
  link and image targets (the text or alt stays), reference definitions,
  footnote marks, HTML tags and comments.  Punctuation never makes a word,
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
]


def markdown_text(src):
    m = _FRONT.match(src)
    if m:
        src = _FRONT_KEY.sub(r"\1 ", m.group(2)) + "\n" + src[m.end():]
    for rule, repl in _MD_RULES:
        src = rule.sub(repl, src)
    return src


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
    return Counter(text.words(body))
