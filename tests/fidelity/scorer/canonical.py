# SPDX-License-Identifier: MIT
"""Reading one canonical XML document (namespace urn:minutes:1) into the plain
values the fields are scored on.

Attributes the program may not write yet (action/@status, decision/@kind,
person/@handle, p/@speaker, event/@recurrence, event/location,
meta/organisation…) are read when present and are None otherwise: a missing
attribute is scored as missing, never an error.  Output that is not
canonical XML at all reads as an empty document with `error` set."""
import datetime as dt
import re
from collections import Counter

from lxml import etree

from . import text

NS = "urn:minutes:1"
M = {"m": NS}
# Inline elements join their neighbours' text; every other element (br, item,
# cell, p…) separates words, so "fast<br/>and" reads "fast and".
_INLINE = {"{%s}%s" % (NS, t) for t in ("em", "strong", "link", "date")}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                          huge_tree=True, remove_comments=True, remove_pis=True)


def text_of(el):
    """The text of an element and its descendants, words kept apart across
    block boundaries and line breaks."""
    parts = []

    def walk(e):
        sep = "" if e.tag in _INLINE else " "
        parts.append(sep)
        parts.append(e.text or "")
        for child in e:
            if isinstance(child.tag, str):
                walk(child)
            parts.append(child.tail or "")
        parts.append(sep)

    walk(el)
    return " ".join("".join(parts).split())


class Person:
    def __init__(self, el, label):
        self.text = text_of(el)
        self.given = el.get("given")
        self.family = el.get("family")
        self.role = el.get("role") or el.getparent().get("role")
        self.affiliation = el.get("affiliation")
        self.handle = el.get("handle")
        self.label = label
        self.absent = text.is_absence_label(label)

    def names(self):
        """The readings of this person's name: the element's text, and
        given + family when the attributes are set."""
        out = [self.text]
        if self.given or self.family:
            out.append(" ".join(x for x in (self.given, self.family) if x))
        return [n for n in out if n]


class Event:
    def __init__(self, el):
        self.start = el.get("start")
        self.end = el.get("end")
        self.kind = el.get("kind")
        self.recurrence = el.get("recurrence")
        s = el.find("m:summary", M)
        self.summary = text_of(s) if s is not None else ""
        loc = el.find("m:location", M)
        self.location = text_of(loc) if loc is not None else None


class Output:
    """One canonical document's scored values (all empty when unreadable)."""

    def __init__(self):
        self.error = None
        self.title = self.date = self.time_start = self.time_end = None
        self.zone = self.location = self.mode = self.organisation = None
        self.digest = False
        self.persons = []
        self.actions = []      # (text, attributes)
        self.decisions = []    # (text, attributes)
        self.events = []
        self.sections = []
        self.agenda = []
        self.speaker_lines = []  # (speaker, text)
        self.words = Counter()   # for words.multiset
        self.pool = Counter()    # for paragraph recall (words.r)


def _meta(out, meta):
    if meta is None:
        return
    def child_text(name):
        el = meta.find("m:" + name, M)
        return text_of(el) if el is not None and text_of(el) else None
    out.title = child_text("title")
    out.date = child_text("date")
    t = meta.find("m:time", M)
    if t is not None:
        out.time_start, out.time_end, out.zone = t.get("start"), t.get("end"), t.get("zone")
    loc = meta.find("m:location", M)
    if loc is not None:
        out.location = text_of(loc) or None
        out.mode = loc.get("mode")
    out.organisation = child_text("organisation") or meta.get("organisation")
    out.digest = meta.get("digest") in ("true", "1")


def _words(root):
    """Every word the document shows a reader: text, plus the labels held in
    attributes (section/item numbers, group labels, the meeting's clock
    times); not meta/source (the file's name) nor events (copies of body
    text)."""
    skip = {"{%s}source" % NS, "{%s}events" % NS}
    parts = []

    def walk(e):
        if e.tag in skip:
            return
        parts.append(e.text or "")
        for a in ("n", "label"):
            if e.get(a):
                parts.append(" %s " % e.get(a))
        if e.tag == "{%s}time" % NS:
            parts.extend(" %s " % (e.get(a) or "") for a in ("start", "end", "zone"))
        for child in e:
            if isinstance(child.tag, str):
                parts.append(" ")
                walk(child)
                parts.append(" ")
            parts.append(child.tail or "")

    walk(root)
    return Counter(text.words("".join(parts)))


_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def date_readings(s):
    """The words a reader would have written for the xs:dates in s: the
    day without its zero and as an ordinal, the month and weekday in
    English, the month's abbreviation ("2026-03-04" -> 4 4th march mar
    wednesday), and in French and Spanish the month, the weekday and the
    first of the month ("1er"), so that a date the passes understood is not
    a lost one."""
    out = []
    for y, m, dd in _ISO_DATE.findall(s):
        try:
            day = dt.date(int(y), int(m), int(dd))
        except ValueError:
            continue
        n = day.day
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        month = _MONTHS[day.month - 1]
        out += [str(n), "%d%s" % (n, suffix), month, month[:3], _WEEKDAYS[day.weekday()]]
        for months, weekdays in _OTHER_LANGUAGES:
            out += [months[day.month - 1], weekdays[day.weekday()]]
        if n == 1:
            out.append("1er")
    return out


_CLOCK = re.compile(r"(?<!\d)([01]\d|2[0-3]):([0-5]\d)(?!\d)")


def time_readings(s):
    """The words a reader would have written for the 24-hour clock times in
    s, on a 12-hour clock ("14:45" -> 2 2pm 45pm 245pm), so that "Time: 2pm–
    2:45pm" understood as meta/time 14:00–14:45 is not a lost paragraph."""
    out = []
    for hh, mm in _CLOCK.findall(s):
        h = int(hh)
        h12, ap = (h % 12 or 12), ("am" if h < 12 else "pm")
        out += [str(h12), "%d%s" % (h12, ap), "%s%s" % (mm, ap), "%d%s%s" % (h12, mm, ap)]
    return out


_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# French and Spanish, the languages of the corpus besides English (gold "lang").
_OTHER_LANGUAGES = [
    (["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
      "septembre", "octobre", "novembre", "décembre"],
     ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]),
    (["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
      "septiembre", "octubre", "noviembre", "diciembre"],
     ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]),
]


def _pool(root):
    """The words a source paragraph may be found in: every text and every
    attribute value (what the passes understood: role="chair", the date
    2026-03-04, owner="Bob Chen"), with the readings of its dates and clock
    times; not
    meta/source nor events."""
    skip = {"{%s}source" % NS, "{%s}events" % NS}
    parts = []

    def walk(e):
        if e.tag in skip:
            return
        parts.extend(" %s " % v for v in e.attrib.values())
        parts.append(e.text or "")
        for child in e:
            if isinstance(child.tag, str):
                parts.append(" ")
                walk(child)
                parts.append(" ")
            parts.append(child.tail or "")

    walk(root)
    joined = "".join(parts)
    return Counter(text.words(joined) + date_readings(joined) + time_readings(joined))


def _fill(out, root):
    _meta(out, root.find("m:meta", M))
    for group in root.iterfind("m:participants/m:group", M):
        for p in group.iterfind("m:person", M):
            out.persons.append(Person(p, group.get("label") or ""))
    body = root.find("m:body", M)
    if body is not None:
        for a in body.iter("{%s}action" % NS):
            out.actions.append((text_of(a), dict(a.attrib)))
        for d in body.iter("{%s}decision" % NS):
            out.decisions.append((text_of(d), dict(d.attrib)))
        for s in body.iterfind("m:section", M):
            h = s.find("m:heading", M)
            out.sections.append(text_of(h) if h is not None else "")
        # a turn the actions pass made an action or decision keeps its speaker
        for el in body.iter("{%s}p" % NS, "{%s}item" % NS, "{%s}action" % NS, "{%s}decision" % NS):
            if el.get("speaker"):
                out.speaker_lines.append((el.get("speaker"), text_of(el)))
    out.agenda = [text_of(i) for i in root.iterfind("m:agenda/m:item", M)]
    out.events = [Event(e) for e in root.iterfind("m:events/m:event", M)]
    out.words = _words(root)
    out.pool = _pool(root)


def read(data):
    """An Output from the bytes of a canonical XML document (None = no output)."""
    out = Output()
    if not data:
        out.error = "no output"
        return out
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as e:
        out.error = "not XML: %s" % e
        return out
    if root.tag != "{%s}minutes" % NS:
        out.error = "not canonical XML (root is %s)" % root.tag
        return out
    _fill(out, root)
    return out
