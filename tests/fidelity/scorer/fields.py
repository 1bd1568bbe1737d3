# SPDX-License-Identifier: MIT
"""Scoring one document's output against its gold, field by field.

score(gold, out, source) -> (Tally, notes); source is a sources.Source (its
words and paragraphs); notes are the misses and extras a developer reads
with --details, as (field, message) pairs."""
import datetime as dt
import re
from collections import Counter

from . import text, zones
from .match import match
from .tally import Tally


class _Doc:
    def __init__(self, gold, out):
        self.gold, self.out = gold, out
        self.t = Tally()
        self.t.units = 1
        self.notes = []

    def note(self, field, msg):
        self.notes.append((field, msg))


def _short(s, n=70):
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[:n - 1] + "…"


# ---- meeting ---------------------------------------------------------------

def _meeting_field(d, field, gold_v, out_v, right):
    """One meeting value: recall counts gold stating it, precision counts the
    output stating it, a match needs both and right()."""
    ok = gold_v is not None and out_v is not None and right()
    d.t.pr(field, int(ok), int(gold_v is not None), int(out_v is not None))
    if not ok and (gold_v is not None or out_v is not None):
        d.note(field, "gold %r, output %r" % (gold_v, out_v))


def _place_right(gold_place, out_place):
    """Every word of the gold place is in the output's, which has at most six
    words more ("Room 4.2, Hotel Nord" in "Room 4.2, Hotel Nord, Nairobi")."""
    g, o = text.words(gold_place), text.words(out_place)
    return set(g) <= set(o) and len(o) <= len(g) + 6


def _meeting(d):
    m, o = d.gold["meeting"], d.out
    titles = {text.label(t) for t in [m["title"]] + list(m.get("title_alt") or [])}
    _meeting_field(d, "meeting.title", m["title"], o.title, lambda: text.label(o.title) in titles)
    _meeting_field(d, "meeting.date", m["date"], o.date, lambda: m["date"] == o.date)
    t = m["time"] or {}
    g_start = t.get("start")
    g_time = None if not g_start else (g_start, t.get("end"))
    o_time = None if not o.time_start else (o.time_start, o.time_end)
    _meeting_field(d, "meeting.time", g_time, o_time,
                   lambda: [_clock(x) for x in g_time] == [_clock(x) for x in o_time])
    g_off = t.get("utc_offset")
    date = m["date"] or o.date
    _meeting_field(d, "meeting.zone", g_off and "%s (%s)" % (t.get("zone"), g_off), o.zone or None,
                   lambda: zones.format_offset(zones.parse_offset(g_off))
                   in zones.offsets(o.zone, date, g_start or o.time_start))
    _meeting_field(d, "meeting.location", m["location"], o.location,
                   lambda: _place_right(m["location"], o.location))
    _meeting_field(d, "meeting.mode", m["mode"], o.mode, lambda: m["mode"] == o.mode)
    org = m.get("organisation")
    _meeting_field(d, "meeting.organisation", org, o.organisation,
                   lambda: _place_right(org, o.organisation))
    # a digest (several meetings in one file) is the item scored: a file that
    # is one meeting states nothing, in the gold or the output
    _meeting_field(d, "meeting.digest", True if m.get("digest") else None,
                   True if o.digest else None, lambda: True)


def _clock(s):
    """'9:00' and '09:00' are the same time; None stays None."""
    if not s:
        return None
    h, _, mm = s.partition(":")
    return "%02d:%s" % (int(h), mm[:2]) if h.isdigit() else s


def _gold_side(d, rules, gold_items):
    """Count, for yield, every gold item each property applies to, matched or
    not.  A rule's test is the gold side of the property's accuracy: an item
    it rejects is never counted right."""
    for field, applies in rules:
        d.t.applies(field, sum(1 for item in gold_items if applies(item)))


# ---- participants ----------------------------------------------------------

PERSON_APPLIES = [("participants." + f, lambda p, f=f: bool(p[f]))
                  for f in ("family", "given", "role", "affiliation", "handle")]

def _participants(d):
    gold, persons = d.gold["participants"], d.out.persons
    gkeys = [text.name(p["name"]) for p in gold]

    def score(g, o):
        if gold[g]["absent"] != persons[o].absent:
            return None
        names = [text.name(n) for n in persons[o].names()]
        if gkeys[g] == names[0]:
            return 2
        return 1 if gkeys[g] in names else None

    pairs = match(len(gold), len(persons), score)
    d.t.pr("participants", len(pairs), len(gold), len(persons))
    _gold_side(d, PERSON_APPLIES, gold)
    for g, p in enumerate(gold):
        if g not in pairs:
            d.note("participants", "missed %r (%s)" % (p["name"], "absent" if p["absent"] else "present"))
            continue
        _person_properties(d, p, persons[pairs[g]])
    used = set(pairs.values())
    for o, per in enumerate(persons):
        if o not in used:
            d.note("participants", "extra %r (group %r)" % (per.text or " ".join(per.names()), per.label))


def _person_properties(d, p, per):
    who = p["name"]
    for part in ("family", "given"):
        if p[part]:
            right = text.name(p[part]) == text.name(getattr(per, part))
            d.t.acc("participants." + part, right)
            if not right:
                d.note("participants." + part, "%s: gold %r, output %r" % (who, p[part], getattr(per, part)))
    checks = [("role", p["role"], per.role, lambda a, b: text.role(a) == text.role(b)),
              ("affiliation", p["affiliation"], per.affiliation, lambda a, b: text.label(a) == text.label(b)),
              ("handle", p["handle"], per.handle,
               lambda a, b: text.fold(a).lstrip("@") == text.fold(b).lstrip("@"))]
    for field, g, o, same in checks:
        if d.t.stated("participants." + field, g, o, same) is False:
            d.note("participants." + field, "%s: gold %r, output %r" % (who, g, o))


# ---- actions and decisions ---------------------------------------------------

def _phrase_match(gold_items, out_items):
    """Match items whose every gold phrase occurs in the output item's text;
    the better candidate is the one the phrases cover more of."""
    folded = [text.fold(t) for t, _ in out_items]

    def score(g, o):
        phrases = gold_items[g]["words"]
        if not all(text.has_phrase(folded[o], p) for p in phrases):
            return None
        return sum(len(text.fold(p)) for p in phrases) / max(len(folded[o]), 1)

    return match(len(gold_items), len(out_items), score)


def _owners_gold(owners):
    return frozenset(x for x in (_owner(o) for o in owners) if x)


def _owners_out(attr):
    if not attr:
        return frozenset()
    return frozenset(x for x in (_owner(o) for o in re.split(r"\s+(?:and|et|y)\s+|[,;&]", attr)) if x)


def _owner(s):
    """An owner as a name: folded, a leading "the " dropped ("the Secretariat"),
    then as participants' names (dots and titles: "Ms. Okoro" is Okoro), then a
    French or Spanish article left in front ("Mme le Maire", "la Secretaría")."""
    s = re.sub(r"^\W+|\W+$", "", text.fold(s))
    s = text.name(re.sub(r"^the\s+", "", s))
    return re.sub(r"^(?:(?:le|la|les|el|los|las)\s+|l')(?=\w)", "", s)


def _items(d, field, gold_items, out_items, properties, applies):
    pairs = _phrase_match(gold_items, out_items)
    d.t.pr(field, len(pairs), len(gold_items), len(out_items))
    _gold_side(d, applies, gold_items)
    for g, item in enumerate(gold_items):
        if g not in pairs:
            d.note(field, "missed %s" % item["words"])
        else:
            properties(d, item, out_items[pairs[g]])
    used = set(pairs.values())
    for o, (t, _) in enumerate(out_items):
        if o not in used:
            d.note(field, "extra %r" % _short(t))


ACTION_APPLIES = [("actions.owner", lambda a: bool(_owners_gold(a["owner"]))),
                  ("actions.due", lambda a: bool(a["due"])),
                  ("actions.status", lambda a: True)]
DECISION_APPLIES = [("decisions.kind", lambda dec: True),
                    ("decisions.vote", lambda dec: bool(dec.get("vote")))]


def _action_properties(d, a, out_item):
    _, attrs = out_item
    what = a["words"][0]
    g_owner, o_owner = _owners_gold(a["owner"]), _owners_out(attrs.get("owner"))
    if d.t.stated("actions.owner", g_owner, o_owner, lambda x, y: x == y) is False:
        d.note("actions.owner", "%r: gold %s, output %r" % (what, sorted(g_owner), attrs.get("owner")))
    o_due = (attrs.get("due") or "")[:10] or None
    if d.t.stated("actions.due", a["due"], o_due, lambda x, y: x == y) is False:
        d.note("actions.due", "%r: gold %s, output %s" % (what, a["due"], o_due))
    o_status = attrs.get("status") or "open"
    d.t.acc("actions.status", o_status == a["status"])
    if o_status != a["status"]:
        d.note("actions.status", "%r: gold %s, output %s" % (what, a["status"], attrs.get("status")))


def _decision_properties(d, dec, out_item):
    _, attrs = out_item
    what = dec["words"][0]
    d.t.acc("decisions.kind", attrs.get("kind") == dec["kind"])
    if attrs.get("kind") != dec["kind"]:
        d.note("decisions.kind", "%r: gold %s, output %s" % (what, dec["kind"], attrs.get("kind")))
    g_vote = dec.get("vote")
    if d.t.stated("decisions.vote", g_vote, attrs.get("vote"),
                  lambda x, y: text.dashes(x) == text.dashes(y)) is False:
        d.note("decisions.vote", "%r: gold %r, output %r" % (what, g_vote, attrs.get("vote")))


# ---- events ------------------------------------------------------------------

def _when(s):
    """(UTC date 'YYYY-MM-DD', UTC datetime or None for a date) of an xs:date or
    xs:dateTime; (None, None) when unreadable."""
    if not s:
        return None, None
    if "T" not in s:
        return (s[:10], None) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s[:10]) else (None, None)
    try:
        t = dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return None, None
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.timezone.utc)
    t = t.astimezone(dt.timezone.utc)
    return t.date().isoformat(), t


def _end(start, end):
    """An end to compare: the instant, or the date; an all-day end on the
    start's own day says nothing more than no end."""
    e_day, e_time = _when(end)
    if e_time is not None:
        return e_time
    if e_day is None or e_day == _when(start)[0]:
        return None
    return e_day


def _rrule(s):
    parts = text.fold(s).upper().replace("RRULE:", "").split(";")
    return frozenset(p.strip() for p in parts if p.strip())


def _title_tokens(ev):
    return {w for phrase in ev["title_words"] for w in text.words(phrase)}


def _events(d):
    gold, outs = d.gold["events"], d.out.events
    g_when = [_when(e["start"]) for e in gold]
    o_when = [_when(e.start) for e in outs]
    o_words = [set(text.words(e.summary)) for e in outs]

    def score(g, o):
        if g_when[g][0] is None or g_when[g][0] != o_when[o][0] or gold[g]["kind"] != outs[o].kind:
            return None
        want = _title_tokens(gold[g])
        share = len(want & o_words[o]) / len(want) if want else 0
        return share + (0.001 if g_when[g][1] == o_when[o][1] else 0)

    pairs = match(len(gold), len(outs), score)
    d.t.pr("events", len(pairs), len(gold), len(outs))
    _gold_side(d, [("events.time", lambda g: g_when[g][1] is not None),
                   ("events.end", lambda g: _end(gold[g]["start"], gold[g]["end"]) is not None),
                   ("events.title", lambda g: True),
                   ("events.place", lambda g: bool(gold[g]["location_words"])),
                   ("events.recurrence", lambda g: bool(gold[g].get("recurrence")))],
               range(len(gold)))
    for g, ev in enumerate(gold):
        if g not in pairs:
            d.note("events", "missed %s %s %s" % (ev["kind"], ev["start"], ev["title_words"]))
        else:
            _event_properties(d, ev, g_when[g], outs[pairs[g]], o_when[pairs[g]], o_words[pairs[g]])
    _junk(d, outs, set(pairs.values()))


def _event_properties(d, ev, g_when, out, o_when, o_words):
    what = "%s %s" % (ev["start"], ev["title_words"])
    if g_when[1] is not None:
        right = o_when[1] == g_when[1]
        d.t.acc("events.time", right)
        if not right:
            d.note("events.time", "%s: output start %s" % (what, out.start))
    g_end, o_end = _end(ev["start"], ev["end"]), _end(out.start, out.end)
    if d.t.stated("events.end", g_end, o_end, lambda x, y: x == y) is False:
        d.note("events.end", "%s: gold end %s, output end %s" % (what, ev["end"], out.end))
    title_ok = _title_tokens(ev) <= o_words and len(text.words(out.summary)) >= 2
    d.t.acc("events.title", title_ok)
    if not title_ok:
        d.note("events.title", "%s: output summary %r" % (what, out.summary))
    if ev["location_words"]:
        want = {w for p in ev["location_words"] for w in text.words(p)}
        right = want <= set(text.words(out.location))
        d.t.acc("events.place", right)
        if not right:
            d.note("events.place", "%s: gold %s, output %r" % (what, ev["location_words"], out.location))
    g_rule, o_rule = ev.get("recurrence"), out.recurrence
    if d.t.stated("events.recurrence", g_rule, o_rule, lambda x, y: _rrule(x) == _rrule(y)) is False:
        d.note("events.recurrence", "%s: gold %r, output %r" % (what, g_rule, o_rule))


def _junk(d, outs, used):
    """Output events that stand for no gold event; those on a date the gold
    lists under not_events are the traps the program fell into."""
    traps = {}
    for n in d.gold["not_events"]:
        if n.get("date"):
            traps.setdefault(n["date"], n.get("why") or n.get("text") or "")
    for o, ev in enumerate(outs):
        if o in used:
            continue
        day = _when(ev.start)[0]
        d.t.junk += 1
        trap = day in traps
        d.t.junk_not_events += int(trap)
        d.note("events", "junk %s %s %r%s" % (ev.kind, ev.start, _short(ev.summary, 50),
                                             " (a not_events date: %s)" % traps[day] if trap else ""))


# ---- sections, agenda, speakers, words -------------------------------------

def _labels(d, field, gold_list, out_list, score):
    g_norm = [text.label(s) for s in gold_list]
    o_norm = [text.label(s) for s in out_list]
    pairs = match(len(g_norm), len(o_norm), lambda g, o: score(g_norm[g], o_norm[o]))
    d.t.pr(field, len(pairs), len(g_norm), len(o_norm))
    for g, s in enumerate(gold_list):
        if g not in pairs:
            d.note(field, "missed %r" % s)
    used = set(pairs.values())
    for o, s in enumerate(out_list):
        if o not in used:
            d.note(field, "extra %r" % _short(s))


def _same(g, o):
    return 1 if g == o else None


def _agenda_item(g, o):
    """Equal, or the output item starts with the gold item's words (the
    output kept a presenter or a time after it)."""
    if g == o:
        return 2
    return 1 if g and (o + " ").startswith(g + " ") else None


def _speakers(d):
    lines = [(text.name(s), text.fold(t)) for s, t in d.out.speaker_lines]
    d.t.applies("speakers", len(d.gold["speakers"]))
    for s in d.gold["speakers"]:
        who = text.name(s["speaker"])
        right = any(sp == who and all(text.has_phrase(t, p) for p in s["words"]) for sp, t in lines)
        d.t.acc("speakers", right)
        if not right:
            d.note("speakers", "%r: %s" % (s["speaker"], s["words"]))


# A paragraph shorter than this is a label or a name, not body text; one is
# present when this share of its words is in the output.
PARAGRAPH_WORDS = 4
PARAGRAPH_PRESENT = 0.8


def _present(words, pool):
    """Whether a paragraph's words (a multiset) are in the pool enough."""
    need = Counter(words)
    have = sum(min(n, pool[w]) for w, n in need.items())
    return have >= PARAGRAPH_PRESENT * len(words) - 1e-9


def _paragraphs(d, paragraphs):
    """Paragraph recall: the source's paragraphs of four words or more whose
    words are, 80% of them, in the output's text and attribute values."""
    counted = [p for p in paragraphs if len(p) >= PARAGRAPH_WORDS]
    lost = [p for p in counted if not _present(p, d.out.pool)]
    d.t.words(len(counted) - len(lost), len(counted))
    for p in lost:
        d.note("words", "lost paragraph %r" % _short(" ".join(p)))


def _multiset(d, source_words):
    """Multiset recall: each source word counts as often as it occurs, and is
    found as often as the output has it (informational)."""
    total = sum(source_words.values())
    found = sum(min(n, d.out.words[w]) for w, n in source_words.items())
    d.t.words(found, total, "multiset.")
    if total and found < total:
        lost = sorted(((n - d.out.words[w], w) for w, n in source_words.items()
                       if n > d.out.words[w]), key=lambda x: (-x[0], x[1]))
        d.note("words.multiset", "recall %.3f (%d/%d); most lost: %s" % (
            found / total, found, total, ", ".join("%s×%d" % (w, n) for n, w in lost[:12])))


def score(gold, out, source):
    d = _Doc(gold, out)
    if out.error:
        d.note("output", out.error)
    _meeting(d)
    _participants(d)
    _items(d, "actions", gold["actions"], out.actions, _action_properties, ACTION_APPLIES)
    _items(d, "decisions", gold["decisions"], out.decisions, _decision_properties, DECISION_APPLIES)
    _events(d)
    _labels(d, "sections", gold["sections"], out.sections, _same)
    _labels(d, "agenda", gold["agenda"], out.agenda, _agenda_item)
    _speakers(d)
    _paragraphs(d, source.paragraphs)
    _multiset(d, source.words)
    return d.t, d.notes
