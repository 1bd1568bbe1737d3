# SPDX-License-Identifier: MIT
"""What the scorer prints: the full table of one scope, the matrix of
headline figures across families or formats, the per-document details, and
the floors check."""
import json
import math

from .tally import FIELDS, SCORER_VERSION, floor_key, headline


def _f(x, width=6, digits=3):
    return ("%.*f" % (digits, x)).rjust(width) if x is not None else "-".rjust(width)


def scope_table(title, fig):
    """Every field of one scope with its figures and counts."""
    lines = ["%s: %d documents" % (title, fig["documents"]),
             "  %-30s %6s %6s %6s   %s" % ("field", "P", "R", "F1", "matched/gold/output")]
    for field, kind in FIELDS:
        if kind == "pr":
            lines.append("  %-30s %s %s %s   %d/%d/%d" % (
                field, _f(fig[field + ".p"]), _f(fig[field + ".r"]), _f(fig[field + ".f1"]),
                fig[field + ".tp"], fig[field + ".gold"], fig[field + ".out"]))
        elif kind == "acc":
            lines.append("  %-30s %13s %s   %d/%d right; yield %s of %d gold" % (
                "  " + field.split(".", 1)[-1] if "." in field else field, "accuracy",
                _f(fig[field + ".acc"]), fig[field + ".right"], fig[field + ".n"],
                _f(fig[field + ".yield"], 0), fig[field + ".gold"]))
        else:
            lines.append("  %-30s %13s %s   mean of %d documents; %d/%d paragraphs" % (
                field, "recall", _f(fig[field + ".r"]), fig[field + ".docs"],
                fig[field + ".found"], fig[field + ".total"]))
            lines.append("  %-30s %13s %s   mean of %d documents; %d/%d words (no floor)" % (
                "  multiset", "recall", _f(fig[field + ".multiset"]), fig[field + ".multiset.docs"],
                fig[field + ".multiset.found"], fig[field + ".multiset.total"]))
    lines.append("  events junk: %d, of which on a not_events date: %d" % (
        fig["events.junk"], fig["events.junk_not_events"]))
    return "\n".join(lines)


MATRIX_ABOUT = "F1 of matching, accuracy and yield of properties, paragraph and word recall"


def matrix_keys():
    """The figures of the matrices, in order: every field's headline, then
    the yield of a property and the multiset recall of words."""
    for field, kind in FIELDS:
        yield headline(field)
        if kind == "acc":
            yield field + ".yield"
        elif kind == "words":
            yield field + ".multiset"


def matrix(title, scopes):
    """Headline figures (F1, accuracy and yield, recalls) of every field across scopes."""
    names = list(scopes)
    widths = [max(len(n), 4) + 1 for n in names]
    head = "  %-30s" % "field" + "".join(n.rjust(w) for n, w in zip(names, widths))
    lines = ["%s (%s):" % (title, MATRIX_ABOUT), head,
             "  %-30s" % "documents" + "".join(str(scopes[n]["documents"]).rjust(w)
                                              for n, w in zip(names, widths))]
    for key in matrix_keys():
        lines.append("  %-30s" % key + "".join(_f(scopes[n][key], w, 2) for n, w in zip(names, widths)))
    return "\n".join(lines)


def details(results):
    """Every miss, extra and junk item per document."""
    lines = []
    for r in results:
        if not r["notes"]:
            continue
        lines.append("%s:" % r["unit"])
        lines.extend("  %-24s %s" % (f, m) for f, m in r["notes"])
    return "\n".join(lines)


def markdown(overall, families, formats):
    """The tables docs/FIDELITY.md keeps per landing."""
    out = ["| field | P | R | F1 / acc | yield | counts |",
           "| --- | ---: | ---: | ---: | ---: | --- |"]
    for field, kind in FIELDS:
        if kind == "pr":
            out.append("| %s | %s | %s | %s | | %d/%d/%d |" % (
                field, _f(overall[field + ".p"], 0), _f(overall[field + ".r"], 0),
                _f(overall[field + ".f1"], 0), overall[field + ".tp"], overall[field + ".gold"],
                overall[field + ".out"]))
        elif kind == "acc":
            out.append("| %s | | | %s | %s | %d/%d right, %d gold |" % (
                field, _f(overall[field + ".acc"], 0), _f(overall[field + ".yield"], 0),
                overall[field + ".right"], overall[field + ".n"], overall[field + ".gold"]))
        else:
            out.append("| %s (paragraphs) | | %s | | | %d/%d paragraphs, %d documents |" % (
                field, _f(overall[field + ".r"], 0), overall[field + ".found"],
                overall[field + ".total"], overall[field + ".docs"]))
            out.append("| %s.multiset (no floor) | | %s | | | %d/%d words, %d documents |" % (
                field, _f(overall[field + ".multiset"], 0), overall[field + ".multiset.found"],
                overall[field + ".multiset.total"], overall[field + ".multiset.docs"]))
    out += ["", "Events that match nothing (junk): %d, on a not_events date: %d." % (
        overall["events.junk"], overall["events.junk_not_events"]), ""]
    for title, scopes in (("family", families), ("format", formats)):
        names = list(scopes)
        out += ["Per %s (%s):" % (title, MATRIX_ABOUT), ""]
        out.append("| field | " + " | ".join(names) + " |")
        out.append("| --- |" + " ---: |" * len(names))
        out.append("| documents | " + " | ".join(str(scopes[n]["documents"]) for n in names) + " |")
        for key in matrix_keys():
            out.append("| %s | " % key + " | ".join(_f(scopes[n][key], 0, 2) for n in names) + " |")
        out.append("")
    return "\n".join(out)


def check_floors(floors, overall, families, formats, languages=None):
    """Messages for every figure below its floor (empty: all hold).  A floor
    on a figure that has nothing to measure fails too: the corpus lost what
    the floor was set on."""
    failures = []
    scopes = [("overall", floors.get("overall", {}), overall)]
    for key, label, have in (("families", "family", families), ("formats", "format", formats),
                             ("languages", "language", languages or {})):
        for name, fl in sorted(floors.get(key, {}).items()):
            scopes.append(("%s %s" % (label, name), fl, have.get(name)))
    for where, fl, fig in scopes:
        for key, floor in sorted(fl.items()):
            if fig is None:
                failures.append("%s: no documents (floor %s = %s)" % (where, key, floor))
                continue
            value = fig.get(key, "unknown figure")
            if isinstance(value, str) or value is None or value < floor - 1e-9:
                failures.append("%s: %s = %s is below its floor %s" % (where, key, value, floor))
    return failures


FLOORS_ABOUT = ("Figures the fidelity test may not fall below (tests/fidelity/score --check). "
                "Keys are the scorer's figures: <field>.f1 for matching, <field>.yield for "
                "properties (right / gold items the property applies to), words.r for "
                "paragraph recall. Floors are only ever raised (check-floors), and compared "
                "only with floors of the same scorer_version: a measurement change re-bases "
                "them once, in the commit that changes the scorer. Set them from a baseline "
                "with: tests/fidelity/score -j2 --write-floors FILE")


def floors_from(overall, families, languages=None):
    """Floors at the current figures, rounded down to two decimals: F1 of
    matching, yield of properties, paragraph recall, overall, per family and
    per language other than English; a figure at zero holds nothing and gets
    no floor."""
    def fl(fig):
        out = {}
        for field, _ in FIELDS:
            v = fig.get(floor_key(field))
            if v:
                out[floor_key(field)] = math.floor(v * 100 + 1e-9) / 100
        return out
    out = {"about": FLOORS_ABOUT, "scorer_version": SCORER_VERSION, "overall": fl(overall),
           "families": {f: fl(v) for f, v in sorted(families.items())}}
    if languages:
        out["languages"] = {lang: fl(v) for lang, v in sorted(languages.items())}
    return out


def floors_version(floors):
    """The scorer version a floors file was set with (absent: 1)."""
    return floors.get("scorer_version", 1)


def dump_json(path, doc):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")
