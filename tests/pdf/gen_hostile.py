#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""gen_hostile.py KIND — a valid canonical document that is hard to set:
   deep     lists nested 100 deep
   wide     a table of 300 columns
   notes    one paragraph with 300 footnotes, one of them very long
   huge     a paragraph of 200,000 characters with a 50,000-character word
   items    a list of 3,000 items
   title    a title and a heading of 2,000 words each
   empty    nothing but a title"""
import sys

HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<minutes xmlns="urn:minutes:1" version="1">'
        "<meta><title>{title}</title></meta><body>{body}</body></minutes>\n")


def deep():
    inner = "deepest"
    for i in range(100):
        inner = f"<list><item>level {100 - i} text that wraps around a little{inner}</item></list>"
    return "Deep", f'<section n="1"><heading>Deep</heading>{inner}</section>'


def wide():
    row = "".join(f"<cell>c{i}</cell>" for i in range(300))
    return "Wide", f'<section n="1"><heading>Wide</heading><table><row>{row}</row><row>{row}</row></table></section>'


def notes():
    ns = "".join(f"<note>note {i} " + "word " * (2000 if i == 7 else 5) + "</note>" for i in range(300))
    return "Notes", f'<section n="1"><heading>Notes</heading><p>cited</p>{ns}<p>after</p></section>'


def huge():
    text = ("word " * 30000) + "x" * 50000 + (" word" * 4000)
    return "Huge", f'<section n="1"><heading>Huge</heading><p>{text}</p></section>'


def items():
    its = "".join(f"<item>item {i}</item>" for i in range(3000))
    return "Items", f'<section n="1"><heading>Items</heading><list>{its}</list></section>'


def title():
    t = " ".join(f"w{i}" for i in range(2000))
    return t, f'<section n="1"><heading>{t}</heading><p>p</p></section>'


def empty():
    return "Empty", ""


def main():
    t, body = globals()[sys.argv[1]]()
    sys.stdout.write(HEAD.format(title=t, body=body))


if __name__ == "__main__":
    main()
