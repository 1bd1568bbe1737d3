# SPDX-License-Identifier: MIT
"""Loading a <stem>.gold.json and checking it has the shape GOLD.md gives.

A gold file that is not what GOLD.md says is a corpus bug: every problem in
every file is collected and reported at once, and nothing is scored."""
import json
import re

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
WHEN = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?Z)?$")
CLOCK = re.compile(r"^\d{1,2}:\d{2}$")

ROLES = {"chair", "co-chair", "vice-chair", "scribe", "note taker", "facilitator",
         "secretary", "treasurer", "host", "timekeeper", "guest", "presenter"}


class GoldError(Exception):
    pass


class _Checker:
    def __init__(self, path):
        self.path = path
        self.problems = []

    def bad(self, where, msg):
        self.problems.append("%s: %s: %s" % (self.path, where, msg))

    def keys(self, obj, where, required):
        if not isinstance(obj, dict):
            self.bad(where, "not an object")
            return False
        for k in required:
            if k not in obj:
                self.bad(where, "missing key '%s'" % k)
        return True

    def str_or_null(self, obj, key, where, pattern=None, choices=None):
        v = obj.get(key)
        if v is None:
            return
        if not isinstance(v, str):
            self.bad(where, "'%s' is not a string or null" % key)
        elif pattern and not pattern.match(v):
            self.bad(where, "'%s' = %r is not in the expected form" % (key, v))
        elif choices and v not in choices:
            self.bad(where, "'%s' = %r is not one of %s" % (key, v, sorted(choices)))

    def phrases(self, obj, key, where, min_len=1):
        v = obj.get(key)
        if not isinstance(v, list) or len(v) < min_len or \
                not all(isinstance(p, str) and p.strip() for p in v):
            self.bad(where, "'%s' must be a list of at least %d non-empty strings" % (key, min_len))

    def list_of(self, obj, key, where):
        v = obj.get(key)
        if not isinstance(v, list):
            self.bad(where, "'%s' is not a list" % key)
            return []
        return v


def _check_meeting(c, m):
    if not c.keys(m, "meeting", ["title", "date", "time", "location", "mode"]):
        return
    if not isinstance(m.get("title"), str) or not m["title"].strip():
        c.bad("meeting", "'title' must be a non-empty string")
    alt = m.get("title_alt", [])
    if not isinstance(alt, list) or not all(isinstance(a, str) for a in alt):
        c.bad("meeting", "'title_alt' must be a list of strings")
    c.str_or_null(m, "date", "meeting", DATE)
    t = m.get("time")
    if t is not None and c.keys(t, "meeting.time", ["start", "end", "zone", "utc_offset"]):
        c.str_or_null(t, "start", "meeting.time", CLOCK)
        c.str_or_null(t, "end", "meeting.time", CLOCK)
        c.str_or_null(t, "zone", "meeting.time")
        c.str_or_null(t, "utc_offset", "meeting.time", re.compile(r"^[+-]\d{2}:\d{2}$"))
    c.str_or_null(m, "location", "meeting")
    c.str_or_null(m, "mode", "meeting", choices={"online", "in-person", "hybrid"})
    c.str_or_null(m, "organisation", "meeting")
    if not isinstance(m.get("digest", False), bool):
        c.bad("meeting", "'digest' must be true or false")


def _check_people(c, gold):
    for i, p in enumerate(c.list_of(gold, "participants", "top")):
        w = "participants[%d]" % i
        if not c.keys(p, w, ["name", "given", "family", "group", "absent", "role",
                             "affiliation", "handle"]):
            continue
        if not isinstance(p.get("name"), str) or not p["name"].strip():
            c.bad(w, "'name' must be a non-empty string")
        if not isinstance(p.get("absent"), bool):
            c.bad(w, "'absent' must be true or false")
        for k in ("given", "family", "group", "affiliation", "handle"):
            c.str_or_null(p, k, w)
        c.str_or_null(p, "role", w, choices=ROLES)


def _check_items(c, gold):
    for i, a in enumerate(c.list_of(gold, "actions", "top")):
        w = "actions[%d]" % i
        if not c.keys(a, w, ["words", "owner", "due", "status"]):
            continue
        c.phrases(a, "words", w)
        if not isinstance(a.get("owner"), list) or \
                not all(isinstance(o, str) for o in a.get("owner") or []):
            c.bad(w, "'owner' must be a list of strings")
        c.str_or_null(a, "due", w, DATE)
        c.str_or_null(a, "status", w, choices={"open", "done", "carried"})
        if a.get("status") is None:
            c.bad(w, "'status' is required")
    for i, d in enumerate(c.list_of(gold, "decisions", "top")):
        w = "decisions[%d]" % i
        if not c.keys(d, w, ["words", "kind"]):
            continue
        c.phrases(d, "words", w)
        c.str_or_null(d, "kind", w, choices={"resolution", "motion", "consensus", "approval"})
        c.str_or_null(d, "vote", w)
        c.str_or_null(d, "result", w, choices={"carried", "failed"})


def _check_events(c, gold):
    for i, e in enumerate(c.list_of(gold, "events", "top")):
        w = "events[%d]" % i
        if not c.keys(e, w, ["start", "end", "kind", "title_words", "location_words"]):
            continue
        c.str_or_null(e, "start", w, WHEN)
        if e.get("start") is None:
            c.bad(w, "'start' is required")
        c.str_or_null(e, "end", w, WHEN)
        c.str_or_null(e, "kind", w, choices={"event", "deadline"})
        c.phrases(e, "title_words", w)
        c.phrases(e, "location_words", w, min_len=0)
        c.str_or_null(e, "recurrence", w)
    for i, n in enumerate(c.list_of(gold, "not_events", "top")):
        w = "not_events[%d]" % i
        if c.keys(n, w, ["date", "text", "why"]):
            c.str_or_null(n, "date", w, DATE)


def _check_lists(c, gold):
    for key in ("sections", "agenda"):
        v = c.list_of(gold, key, "top")
        if not all(isinstance(s, str) and s.strip() for s in v):
            c.bad("top", "'%s' must be a list of non-empty strings" % key)
    for i, s in enumerate(c.list_of(gold, "speakers", "top")):
        w = "speakers[%d]" % i
        if c.keys(s, w, ["speaker", "words"]):
            c.str_or_null(s, "speaker", w)
            if not s.get("speaker"):
                c.bad(w, "'speaker' is required")
            c.phrases(s, "words", w)


ENGLISH = "en"
_LANG = re.compile(r"^[a-z]{2,3}$")


def language(gold):
    """The document's language as its gold says ("lang", a two- or
    three-letter ISO 639 code), English when it says none."""
    return gold.get("lang") or ENGLISH


def check(gold, path):
    """The list of problems with a parsed gold object (empty when sound)."""
    c = _Checker(path)
    if not c.keys(gold, "top", ["family", "meeting", "participants", "actions", "decisions",
                                "events", "not_events", "sections", "agenda", "speakers"]):
        return c.problems
    c.str_or_null(gold, "lang", "top", pattern=_LANG)
    _check_meeting(c, gold.get("meeting"))
    _check_people(c, gold)
    _check_items(c, gold)
    _check_events(c, gold)
    _check_lists(c, gold)
    return c.problems


def load(path):
    """The gold object of path; GoldError with every problem found."""
    try:
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
    except (OSError, ValueError) as e:
        raise GoldError("%s: %s" % (path, e))
    problems = check(gold, path)
    if problems:
        raise GoldError("\n".join(problems))
    return gold
