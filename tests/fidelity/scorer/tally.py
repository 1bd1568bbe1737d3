# SPDX-License-Identifier: MIT
"""Counts per field, their sums over documents, and the figures made of them.

Matching fields count tp (matched), gold (gold items) and out (output items):
P = tp/out, R = tp/gold, F1 their harmonic mean.  Properties of matched items
count right and n: accuracy = right/n; and gold, the gold items the property
applies to, matched or not: yield = right/gold, which never falls when more
items are matched (accuracy can).  Counts are summed over documents before
dividing (micro-average), except the two recalls of the source's text, which
are the mean of the documents' recalls so that a long transcript does not
drown a short agenda: words.r of paragraphs (the headline) and
words.multiset of words.  A figure with nothing to divide is None ("-" in
the table)."""

# What the scorer measures: floors set by one version are compared only
# with floors of the same version (check-floors).  2: property floors on
# yield, word recall by paragraphs.
SCORER_VERSION = 2

# (field, kind) in display order; kind: "pr" matching, "acc" property of
# matched items, "words" recall of the source's text.
FIELDS = [
    ("meeting.title", "pr"), ("meeting.date", "pr"), ("meeting.time", "pr"),
    ("meeting.zone", "pr"), ("meeting.location", "pr"), ("meeting.mode", "pr"),
    ("meeting.organisation", "pr"), ("meeting.digest", "pr"),
    ("participants", "pr"), ("participants.family", "acc"), ("participants.given", "acc"),
    ("participants.role", "acc"), ("participants.affiliation", "acc"),
    ("participants.handle", "acc"),
    ("actions", "pr"), ("actions.owner", "acc"), ("actions.due", "acc"),
    ("actions.status", "acc"),
    ("decisions", "pr"), ("decisions.kind", "acc"), ("decisions.vote", "acc"),
    ("events", "pr"), ("events.time", "acc"), ("events.end", "acc"),
    ("events.title", "acc"), ("events.place", "acc"), ("events.recurrence", "acc"),
    ("sections", "pr"), ("agenda", "pr"), ("speakers", "acc"), ("words", "words"),
]
KIND = dict(FIELDS)


class Tally:
    """The counts of one scope (a document, a family, a format, everything)."""

    def __init__(self):
        self.c = {f: ({"tp": 0, "gold": 0, "out": 0} if k == "pr" else
                      {"right": 0, "n": 0, "gold": 0} if k == "acc" else
                      {"found": 0, "total": 0, "docs": 0, "sum": 0.0,
                       "multiset.found": 0, "multiset.total": 0, "multiset.docs": 0,
                       "multiset.sum": 0.0})
                  for f, k in FIELDS}
        self.junk = 0
        self.junk_not_events = 0
        self.units = 0

    def pr(self, field, tp, gold, out):
        c = self.c[field]
        c["tp"] += tp
        c["gold"] += gold
        c["out"] += out

    def acc(self, field, right, n=1):
        c = self.c[field]
        c["right"] += int(right)
        c["n"] += n

    def applies(self, field, n=1):
        """n more gold items the property applies to, matched or not."""
        self.c[field]["gold"] += n

    def stated(self, field, gold_value, out_value, same):
        """A property scored where either side states it: both silent is not
        counted; one silent is wrong; both stated is right when same()."""
        if not gold_value and not out_value:
            return None
        right = bool(gold_value) and bool(out_value) and same(gold_value, out_value)
        self.acc(field, right)
        return right

    def words(self, found, total, prefix=""):
        """A document's recall: paragraphs (prefix "") or words ("multiset.")."""
        if total == 0:
            return
        c = self.c["words"]
        c[prefix + "found"] += found
        c[prefix + "total"] += total
        c[prefix + "docs"] += 1
        c[prefix + "sum"] += found / total

    def add(self, other):
        for f, counts in other.c.items():
            for k, v in counts.items():
                self.c[f][k] += v
        self.junk += other.junk
        self.junk_not_events += other.junk_not_events
        self.units += other.units

    def figures(self):
        """Flat figures: 'actions.p', 'actions.owner.acc', 'actions.owner.yield',
        'words.r', 'words.multiset', counts too."""
        out = {"documents": self.units, "events.junk": self.junk,
               "events.junk_not_events": self.junk_not_events}
        for f, kind in FIELDS:
            c = self.c[f]
            for k, v in c.items():
                if not k.endswith("sum"):
                    out["%s.%s" % (f, k)] = v
            if kind == "pr":
                p = c["tp"] / c["out"] if c["out"] else None
                r = c["tp"] / c["gold"] if c["gold"] else None
                if p is None and r is None:
                    f1 = None
                elif c["tp"] == 0:
                    f1 = 0.0
                else:
                    f1 = 2 * p * r / (p + r)
                out.update({f + ".p": _r(p), f + ".r": _r(r), f + ".f1": _r(f1)})
            elif kind == "acc":
                out[f + ".acc"] = _r(c["right"] / c["n"] if c["n"] else None)
                out[f + ".yield"] = _r(c["right"] / c["gold"] if c["gold"] else None)
            else:
                out[f + ".r"] = _r(c["sum"] / c["docs"] if c["docs"] else None)
                out[f + ".multiset"] = _r(c["multiset.sum"] / c["multiset.docs"]
                                          if c["multiset.docs"] else None)
        return out


def headline(field):
    """The figure that sums a field up: F1, accuracy or recall."""
    kind = KIND[field]
    return field + (".f1" if kind == "pr" else ".acc" if kind == "acc" else ".r")


def floor_key(field):
    """The figure a floor holds: as headline(), but yield for properties,
    since accuracy falls when better matching brings in harder items."""
    return field + ".yield" if KIND[field] == "acc" else headline(field)


def _r(x):
    return None if x is None else round(x, 4)
