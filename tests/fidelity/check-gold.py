#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Check the fidelity corpus's gold files against GOLD.md and their documents.

Usage: check-gold.py [--convert MINUTES] [CORPUS_DIR_OR_GOLD ...]

For every <stem>.gold.json (under tests/fidelity/corpus by default):
  - it parses and has GOLD.md's keys, with GOLD.md's value forms;
  - at least one document of the stem exists (.md, .txt, .docx);
  - every action/decision phrase occurs, case aside, in the document text,
    and all phrases of one item occur together in one line, paragraph,
    indented outline item or table row (the text "the action's line or row
    holds"); a .docx is read with its page headers and footers;
  - participants' names, sections, agenda items, not_events' texts and
    speakers' phrases occur in the document;
  - every action due on or after the meeting has a deadline event that day.
With --convert, each document is also converted by the given `minutes`
binary (output discarded, only the exit status is reported): the gold is
never to be written from the program's output.

Exit status: 0 when every check passes, 1 otherwise.  Standard library only.
"""

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
CLOCK = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
OFFSET = re.compile(r"^[+-]\d{2}:\d{2}$")
FAMILIES = {"un", "w3c", "ietf", "oasis", "apache", "openjs", "governance",
            "tc39", "council", "club", "company", "pdftext"}
MODES = {"online", "in-person", "hybrid", None}
ROLES = {"chair", "co-chair", "vice-chair", "scribe", "note taker",
         "facilitator", "secretary", "treasurer", "host", "timekeeper",
         "guest", "presenter", None}
STATUSES = {"open", "done", "carried"}
DECISION_KINDS = {"resolution", "motion", "consensus", "approval"}
RESULTS = {"carried", "failed", None}
EVENT_KINDS = {"event", "deadline"}
FORMATS = (".md", ".txt", ".docx")
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HEADER_FOOTER = re.compile(r"^word/(header|footer)\d*\.xml$")


class Report:
    def __init__(self):
        self.errors = 0
        self.warnings = 0

    def error(self, where, msg):
        self.errors += 1
        print(f"ERROR {where}: {msg}")

    def warn(self, where, msg):
        self.warnings += 1
        print(f"warn  {where}: {msg}")


# ---------------------------------------------------------------- text

def docx_blocks(path):
    """Paragraph texts of the document (w:t joined, w:tab as a tab) and of
    its page headers and footers, where Word keeps a running title or a date
    ("Committee minutes 14.07.15"); a table row is also one block (its cells
    joined by tabs)."""
    import xml.etree.ElementTree as ET
    with zipfile.ZipFile(path) as z:
        parts = [n for n in z.namelist()
                 if n == "word/document.xml" or HEADER_FOOTER.match(n)]
        roots = [ET.fromstring(z.read(n)) for n in sorted(parts)]
    blocks = []

    def para_text(p):
        out = []
        for el in p.iter():
            if el.tag == W_NS + "t" and el.text:
                out.append(el.text)
            elif el.tag == W_NS + "tab":
                out.append("\t")
            elif el.tag in (W_NS + "br", W_NS + "cr"):
                out.append("\n")
        return "".join(out)

    for root in roots:
        for p in root.iter(W_NS + "p"):
            blocks.append(para_text(p))
        for tr in root.iter(W_NS + "tr"):
            cells = []
            for tc in tr.iter(W_NS + "tc"):
                cells.append(" ".join(para_text(p) for p in tc.iter(W_NS + "p")))
            blocks.append("\t".join(cells))
    return blocks


MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
MD_MARK = re.compile(r"[*_`]+")


def plain(text):
    """What a reader sees: Markdown links reduced to their text, emphasis
    and code marks dropped, whitespace collapsed, case folded."""
    text = MD_LINK.sub(r"\1", text)
    text = MD_MARK.sub("", text)
    text = text.replace("\\", "")
    return re.sub(r"\s+", " ", text).strip().casefold()


def indented_blocks(lines):
    """Outline items of plain text: an indented line together with the more
    indented lines under it, blank lines included. Apache-style minutes put
    an item's parts in such a block, separated by blank lines:
        A. The meeting of June 18, 2014
           See: board_minutes_2014_06_18.txt
           Approved by General Consent.
    Lines at the left margin start no block (that would be a whole section)."""
    def indent(line):
        return len(line) - len(line.lstrip())

    blocks = []
    for i, line in enumerate(lines):
        if not line.strip() or indent(line) == 0:
            continue
        j = i + 1
        while j < len(lines) and (not lines[j].strip() or indent(lines[j]) > indent(line)):
            j += 1
        if j > i + 1:
            blocks.append("\n".join(lines[i:j]))
    return blocks


def text_blocks(path):
    """Lines, paragraphs (runs of non-blank lines) and indented outline
    items of a text document; paragraphs and table rows of a .docx."""
    if path.suffix == ".docx":
        return docx_blocks(path)
    raw = path.read_text(encoding="utf-8")
    lines = raw.splitlines()
    paras = re.split(r"\n\s*\n", raw)
    return lines + paras + indented_blocks(lines)


class Doc:
    def __init__(self, path):
        self.path = path
        self.blocks = [plain(b) for b in text_blocks(path)]
        self.blocks = [b for b in self.blocks if b]
        self.all = " \n ".join(self.blocks)
        raw = text_blocks(path)
        self.raw = re.sub(r"\s+", " ", " ".join(raw)).casefold()

    def has(self, phrase):
        return plain(phrase) in self.all

    def has_raw(self, phrase):
        """Also in the source as written (a URL inside a link target)."""
        return self.has(phrase) or re.sub(r"\s+", " ", phrase).casefold() in self.raw

    def together(self, phrases):
        wanted = [plain(p) for p in phrases]
        return any(all(w in b for w in wanted) for b in self.blocks)


# ---------------------------------------------------------------- shape

def need(rep, where, obj, key, types):
    if key not in obj:
        rep.error(where, f"missing key '{key}'")
        return None
    val = obj[key]
    if not isinstance(val, types):
        rep.error(where, f"'{key}' has type {type(val).__name__}")
        return None
    return val


def opt_str(rep, where, obj, key):
    return need(rep, where, obj, key, (str, type(None)))


def check_meeting(rep, where, m):
    w = where + " meeting"
    need(rep, w, m, "title", str)
    if "title_alt" in m and not (isinstance(m["title_alt"], list) and all(
            isinstance(t, str) for t in m["title_alt"])):
        rep.error(w, "title_alt must be a list of strings")
    date = opt_str(rep, w, m, "date")
    if date and not DATE.match(date):
        rep.error(w, f"date '{date}' is not YYYY-MM-DD")
    t = need(rep, w, m, "time", (dict, type(None)))
    if t:
        for k in ("start", "end", "zone", "utc_offset"):
            if k not in t:
                rep.error(w, f"time lacks '{k}'")
        if not CLOCK.match(t.get("start") or ""):
            rep.error(w, f"time.start '{t.get('start')}' is not HH:MM")
        if t.get("end") is not None and not CLOCK.match(t["end"]):
            rep.error(w, f"time.end '{t['end']}' is not HH:MM")
        off = t.get("utc_offset")
        if off is not None and not OFFSET.match(off):
            rep.error(w, f"time.utc_offset '{off}' is not +HH:MM")
        if (t.get("zone") is None) != (off is None):
            rep.error(w, "time.zone and time.utc_offset go together")
    opt_str(rep, w, m, "location")
    mode = need(rep, w, m, "mode", (str, type(None)))
    if mode not in MODES:
        rep.error(w, f"mode '{mode}'")
    if "organisation" in m and not isinstance(m["organisation"], (str, type(None))):
        rep.error(w, "organisation must be a string or null")
    if "digest" in m and not isinstance(m["digest"], bool):
        rep.error(w, "digest must be a boolean")


def check_participants(rep, where, parts, doc):
    seen = set()
    for i, p in enumerate(parts):
        w = f"{where} participants[{i}]"
        name = need(rep, w, p, "name", str)
        given = opt_str(rep, w, p, "given")
        family = opt_str(rep, w, p, "family")
        opt_str(rep, w, p, "group")
        need(rep, w, p, "absent", bool)
        role = need(rep, w, p, "role", (str, type(None)))
        if role not in ROLES:
            rep.error(w, f"role '{role}'")
        opt_str(rep, w, p, "affiliation")
        handle = opt_str(rep, w, p, "handle")
        if handle and not handle.startswith("@"):
            rep.error(w, f"handle '{handle}' lacks '@'")
        if not name:
            continue
        if name in seen:
            rep.error(w, f"'{name}' listed twice")
        seen.add(name)
        if given and family and name != f"{given} {family}":
            rep.warn(w, f"name '{name}' is not given + family")
        for part in (given, family) if (given and family) else (name,):
            # IRC-style lists write names with underscores (Chen_Wei).
            if doc and not (doc.has(part) or doc.has_raw(part.replace(" ", "_"))):
                rep.error(w, f"'{part}' not in the document")


def check_phrases(rep, w, item, doc):
    words = need(rep, w, item, "words", list)
    if not words:
        rep.error(w, "words is empty")
        return
    if len(words) > 3:
        rep.warn(w, "more than three phrases")
    for phrase in words:
        if doc and not doc.has(phrase):
            rep.error(w, f"phrase '{phrase}' not in the document")
    if doc and all(doc.has(p) for p in words) and not doc.together(words):
        rep.error(w, f"phrases {words} not in one line/paragraph/outline item/row")


def check_actions(rep, where, actions, doc):
    dues = []
    for i, a in enumerate(actions):
        w = f"{where} actions[{i}]"
        check_phrases(rep, w, a, doc)
        owners = need(rep, w, a, "owner", list)
        for o in owners or []:
            if doc and not doc.has(o):
                rep.error(w, f"owner '{o}' not in the document")
        due = opt_str(rep, w, a, "due")
        if due and not DATE.match(due):
            rep.error(w, f"due '{due}' is not YYYY-MM-DD")
        if due:
            dues.append((w, due))
        if a.get("status") not in STATUSES:
            rep.error(w, f"status '{a.get('status')}'")
    return dues


def check_decisions(rep, where, decisions, doc):
    for i, d in enumerate(decisions):
        w = f"{where} decisions[{i}]"
        check_phrases(rep, w, d, doc)
        if d.get("kind") not in DECISION_KINDS:
            rep.error(w, f"kind '{d.get('kind')}'")
        vote = d.get("vote")
        if vote is not None and (not isinstance(vote, str) or "–" in vote):
            rep.error(w, f"vote '{vote}' (a string, dash normalised to '-')")
        if d.get("result") not in RESULTS:
            rep.error(w, f"result '{d.get('result')}'")


def when(rep, w, key, val, allow_null):
    if val is None:
        if not allow_null:
            rep.error(w, f"{key} is null")
        return None
    if not isinstance(val, str) or not (DATE.match(val) or DATETIME.match(val)):
        rep.error(w, f"{key} '{val}' is neither a date nor a UTC date-time")
        return None
    return val


def check_events(rep, where, events, dues, meeting_date):
    deadlines = set()
    for i, e in enumerate(events):
        w = f"{where} events[{i}]"
        start = when(rep, w, "start", e.get("start"), False)
        end = when(rep, w, "end", e.get("end"), True)
        if "end" not in e:
            rep.error(w, "missing key 'end'")
        if start and end and end[:len(start)] < start[:len(end)]:
            rep.error(w, f"end {end} before start {start}")
        if e.get("kind") not in EVENT_KINDS:
            rep.error(w, f"kind '{e.get('kind')}'")
        tw = need(rep, w, e, "title_words", list)
        if tw is not None and not tw:
            rep.error(w, "title_words is empty")
        need(rep, w, e, "location_words", list)
        rec = e.get("recurrence")
        if rec is not None and not (isinstance(rec, str) and "FREQ=" in rec):
            rep.error(w, f"recurrence '{rec}'")
        if e.get("kind") == "deadline" and start:
            deadlines.add(start[:10])
    for w, due in dues:
        past = meeting_date and due < meeting_date
        if due not in deadlines and not past:
            rep.error(w, f"due {due} has no deadline event")


def check_lists(rep, where, gold, doc):
    for i, n in enumerate(gold.get("not_events", [])):
        w = f"{where} not_events[{i}]"
        d = n.get("date")
        if d is not None and not DATE.match(d):
            rep.error(w, f"date '{d}'")
        need(rep, w, n, "text", str)
        need(rep, w, n, "why", str)
        if doc and n.get("text") and not doc.has_raw(n["text"]):
            rep.error(w, f"text '{n['text']}' not in the document")
    for key in ("sections", "agenda"):
        for s in gold.get(key, []):
            if not isinstance(s, str):
                rep.error(where, f"{key} item {s!r} is not a string")
            elif doc and not doc.has(s):
                rep.error(where, f"{key} item '{s}' not in the document")
    speakers = gold.get("speakers", [])
    if speakers and len(speakers) < 5:
        rep.error(where, "fewer than five speakers sampled")
    for i, s in enumerate(speakers):
        w = f"{where} speakers[{i}]"
        who = need(rep, w, s, "speaker", str)
        words = need(rep, w, s, "words", list)
        if doc and who and not doc.has(who):
            rep.error(w, f"speaker '{who}' not in the document")
        for phrase in words or []:
            if doc and not doc.has(phrase):
                rep.error(w, f"phrase '{phrase}' not in the document")
        if doc and words and who and not doc.together([who] + words):
            rep.error(w, f"'{who}' and {words} not on one line")


KEYS = ("family", "meeting", "participants", "actions", "decisions",
        "events", "not_events", "sections", "agenda", "speakers")


def check_gold(rep, gold_path, minutes):
    where = str(gold_path)
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        rep.error(where, f"does not parse: {exc}")
        return
    for k in KEYS:
        if k not in gold:
            rep.error(where, f"missing key '{k}'")
    fam = gold.get("family")
    if fam not in FAMILIES:
        rep.error(where, f"family '{fam}'")
    elif gold_path.parent.name != fam:
        rep.error(where, f"family '{fam}' but directory '{gold_path.parent.name}'")
    lang = gold.get("lang")
    if lang is not None and not (isinstance(lang, str) and re.fullmatch(r"[a-z]{2,3}", lang)):
        rep.error(where, f"lang '{lang}' is not an ISO 639 code (fr, es)")
    stem = gold_path.name[:-len(".gold.json")]
    docs = [gold_path.with_name(stem + ext) for ext in FORMATS]
    docs = [d for d in docs if d.exists()]
    if not docs:
        rep.error(where, "no document of this stem")
        docs = [None]
    for path in docs:
        doc = Doc(path) if path else None
        w = str(path) if path else where
        if isinstance(gold.get("meeting"), dict):
            check_meeting(rep, w, gold["meeting"])
        check_participants(rep, w, gold.get("participants", []), doc)
        dues = check_actions(rep, w, gold.get("actions", []), doc)
        check_decisions(rep, w, gold.get("decisions", []), doc)
        meeting = gold.get("meeting") if isinstance(gold.get("meeting"), dict) else {}
        check_events(rep, w, gold.get("events", []), dues, meeting.get("date"))
        check_lists(rep, w, gold, doc)
        if path and minutes:
            run = subprocess.run([minutes, "convert", str(path), "-o", "/dev/null"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if run.returncode != 0:
                rep.error(w, f"minutes convert exited {run.returncode}")


def main(argv):
    minutes = None
    if len(argv) > 1 and argv[0] == "--convert":
        minutes, argv = argv[1], argv[2:]
    roots = [Path(a) for a in argv] or [Path(__file__).parent / "corpus"]
    golds = []
    for r in roots:
        r = r.resolve()
        golds += [r] if r.is_file() else sorted(r.rglob("*.gold.json"))
    rep = Report()
    for g in golds:
        check_gold(rep, g, minutes)
    print(f"{len(golds)} gold files, {rep.errors} errors, {rep.warnings} warnings")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
