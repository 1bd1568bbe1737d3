#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""gen_long.py N — writes a canonical minutes document with N numbered
sections to stdout, for the PDF writer's pagination tests.

Deterministic (seeded), and varied the way real minutes vary: paragraphs of
one to twelve lines, bullet lists nested three deep, actions with owners and
due dates, decisions, footnotes, a table with a bold head row every ninth
section, subsections every seventh, and a long unbreakable word now and then.
Headings carry the word "Rubric", which the body text never uses, so that a
checker can tell a heading line from any other line."""
import random
import sys
from xml.sax.saxutils import escape

WORDS = ("the working group agreed that members would review contributions before "
         "next session secretariat circulated revised draft consultation outcome "
         "document policy network stakeholders regional national initiatives report "
         "co-facilitators proposal modalities intersessional deadline registration "
         "Ελλάδα Россия Côte d’Ivoire Zoë Ñúñez Müller → – “quoted”").split()


def sentence(rng, words):
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def para(rng, sentences):
    return " ".join(sentence(rng, rng.randint(6, 18)) for _ in range(sentences))


def items(rng, sid, depth, count):
    out = ["<list>"]
    for i in range(1, count + 1):
        iid = f"{sid}-i{i}" if depth == 1 else f"{sid}{i}"
        text = escape(para(rng, rng.randint(1, 3)))
        nested = ""
        if depth < 3 and rng.random() < 0.25:
            nested = items(rng, iid + "-", depth + 1, rng.randint(2, 3))
        note = ""
        if rng.random() < 0.05:
            note = f"<note>{escape(para(rng, 1))}</note>"
        out.append(f'<item id="{iid}">{text}{note}{nested}</item>')
    out.append("</list>")
    return "".join(out)


def table(rng, sid):
    rows = ['<row><cell><strong>Item</strong></cell><cell><strong>Lead</strong></cell>'
            '<cell><strong>Status and remarks</strong></cell></row>']
    for r in range(1, rng.randint(6, 14)):
        rows.append(f"<row><cell>{sid}.{r}</cell><cell>{escape(rng.choice(WORDS))}</cell>"
                    f"<cell>{escape(para(rng, rng.randint(1, 2)))}</cell></row>")
    return "<table>" + "".join(rows) + "</table>"


def section(rng, n):
    sid = f"s{n}"
    out = [f'<section id="{sid}" n="{n}"><heading>Rubric {n}: '
           f'{escape(sentence(rng, rng.randint(2, 7))[:-1])}</heading>']
    for p in range(1, rng.randint(1, 3) + 1):
        text = escape(para(rng, rng.randint(1, 6)))
        if rng.random() < 0.08:
            text += " Reference " + "x" * 120 + "."
        out.append(f'<p id="{sid}-p{p}">{text}</p>')
        if rng.random() < 0.12:
            out.append(f"<note>{escape(para(rng, rng.randint(1, 2)))}</note>")
    out.append(items(rng, sid, 1, rng.randint(2, 6)))
    if n % 9 == 0:
        out.append(table(rng, sid))
    if rng.random() < 0.6:
        due = f' due="2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"'
        out.append(f'<action id="a{n}" owner="{escape(rng.choice(WORDS))} members"{due}>'
                   f"{escape(para(rng, rng.randint(1, 2)))}</action>")
    if rng.random() < 0.2:
        out.append(f'<decision id="d{n}">{escape(para(rng, 1))}</decision>')
    if n % 7 == 0:
        out.append(f'<section id="{sid}-1" n="{n}.1"><heading>Rubric {n}.1: subsection</heading>'
                   f'<p id="{sid}-1-p1">{escape(para(rng, 3))}</p></section>')
    out.append("</section>")
    return "".join(out)


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    rng = random.Random(20251118)
    body = "".join(section(rng, n) for n in range(1, count + 1))
    sys.stdout.write(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<minutes xmlns="urn:minutes:1" version="1" xml:lang="en"><meta>'
        f"<title>Long meeting with {count} sections</title>"
        "<subtitle>Pagination test</subtitle><date>2026-01-15</date>"
        '<time start="10:00" zone="UTC"/><location mode="online">Online</location></meta>'
        f"<body>{body}</body></minutes>\n")


if __name__ == "__main__":
    main()
