#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes tests/fuzz/dict/lexicon.dict: the words the analysis passes look
for (action and decision markers, owner verbs, front-matter and participant
labels, roles, annex titles, months, weekdays, zones, relative and counting
words, deadline cues...), as a libFuzzer dictionary, so that the fuzzers
write them far more often than mutation alone would.

The words live in the lexicon, lexicons/en.xml (and the tz database's areas
in two C arrays of core/analyze/); collect_words() is the only part that
knows where.  The rest turns (list, word) pairs into dictionary entries.

  make-lexicon-dict.py              print the dictionary
  make-lexicon-dict.py -o FILE      write it
  make-lexicon-dict.py --check FILE exit 1 (with a diff) when FILE is not
                                    what would be written (a CTest test)
"""
import argparse
import difflib
import os
import re
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))

# ---- where the words are ------------------------------------------------------

LEXICON = os.path.join(ROOT, 'lexicons', 'en.xml')
LX_NS = '{urn:minutes:lexicon:1}'

# How a list's words are spelled (see FORMS); a list not named is 'plain'.
LIST_FORMS = {
    'action-arrows': 'marker',
    'action-markers': 'label', 'decision-markers': 'label', 'group-labels': 'label',
    'person-roles': 'label', 'meeting-fields': 'label', 'field-keys': 'label',
    'agenda-titles': 'title', 'participant-titles': 'title', 'participant-words': 'title',
    'name-headers': 'title', 'annex-words': 'title', 'months': 'title', 'weekdays': 'title',
    'occasions': 'title', 'online-words': 'title', 'location-neutral-words': 'title',
    'hybrid-words': 'title', 'zone-phrases': 'title', 'count-words': 'title',
    'ordinals': 'title', 'deictic-words': 'title', 'directions': 'title',
    'part-adjectives': 'title', 'part-nouns': 'title', 'later-words': 'title', 'units': 'title',
    'in-words': 'title', 'clock-words': 'title', 'quarter-abbreviations': 'title',
    'ordinal-suffixes': 'title', 'indefinite-articles': 'title',
    'owner-verbs': 'spaced', 'owner-links': 'spaced',
    'task-boxes': 'marker', 'action-headings': 'title', 'decision-headings': 'title',
    'register-columns': 'title', 'status-words': 'title',
    'place-leads': 'lead',
    'zone-abbreviations': 'lower', 'meeting-zones': 'lower', 'utc-names': 'lower',
}

# Words the passes still keep in C because they are no language's: the tz
# database's areas.  (source file under core/analyze/, C array names)
C_SOURCES = [
    ('zone', 'frontmatter_when.c', ['areas'], 'plain'),
    ('zone', 'tz_ical.c', ['areas'], 'plain'),
    ('owner_link', 'owners.c', ['dashes'], 'plain'),
]


def c_string_bytes(body):
    """The bytes of a C string literal's body (escapes decoded)."""
    out = bytearray()
    i = 0
    while i < len(body):
        c = body[i]
        if c != '\\':
            out += c.encode('utf-8')
            i += 1
            continue
        e = body[i + 1]
        if e == 'x':
            m = re.match(r'[0-9A-Fa-f]+', body[i + 2:])
            out.append(int(m.group(0), 16) & 0xFF)
            i += 2 + len(m.group(0))
        elif e in '01234567':
            m = re.match(r'[0-7]{1,3}', body[i + 1:])
            out.append(int(m.group(0), 8) & 0xFF)
            i += 1 + len(m.group(0))
        else:
            out += {'n': b'\n', 't': b'\t', 'r': b'\r', '0': b'\0'}.get(e, e.encode())
            i += 2
    return bytes(out)


# A string or character literal (kept), or a comment (dropped).
TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)+\'|/\*.*?\*/|//[^\n]*', re.S)


def without_comments(text):
    return TOKEN.sub(lambda m: m.group(0) if m.group(0)[0] in '"\'' else ' ', text)


def array_initializers(text, name):
    """The initializer texts of every array called NAME (a regular
    expression) in the C source TEXT (comments taken out)."""
    found = []
    for m in re.finditer(r'\b(?:%s)\s*\[\s*\]\s*=\s*\{' % name, text):
        depth, i = 1, m.end()
        while depth:
            lit = TOKEN.match(text, i)
            if lit:  # a literal may hold braces
                i = lit.end()
                continue
            depth += {'{': 1, '}': -1}.get(text[i], 0)
            i += 1
        found.append(text[m.end():i - 1])
    return found


def literals(initializer):
    """The string literals of an initializer; adjacent ones joined."""
    words = []
    for m in re.finditer(r'"((?:[^"\\]|\\.)*)"(?:\s*"((?:[^"\\]|\\.)*)")*', initializer):
        parts = re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(0))
        words.append(b''.join(c_string_bytes(p) for p in parts))
    return words


def lexicon_words(path):
    """[(list name, form, word bytes)] of a lexicon file, in file order.  An
    entry read only after a word ("hours" after "office") also gives the
    two words together."""
    out = []
    root = ET.parse(path).getroot()
    if root.tag != LX_NS + 'lexicon':
        raise SystemExit('make-lexicon-dict: %s is not a lexicon' % path)
    for lst in root:
        name = lst.get('name')
        form = LIST_FORMS.get(name, 'plain')
        ident = name.replace('-', '_')
        for w in lst.iter(LX_NS + 'w'):
            word = (w.text or '').encode('utf-8')
            if word:
                out.append((ident, form, word))
            if word and w.get('after'):
                out.append((ident, form, w.get('after').encode('utf-8') + b' ' + word))
            if w.get('zone'):  # the IANA zone an abbreviation stands for
                out.append((ident, 'plain', w.get('zone').encode('utf-8')))
    return out


def collect_words():
    """[(list name, form, word bytes)]: the lexicon's lists, then the few
    arrays the passes keep in C.  The one place that knows where the
    passes keep their words."""
    out = lexicon_words(LEXICON)
    for list_name, source, arrays, form in C_SOURCES:
        path = os.path.join(ROOT, 'core', 'analyze', source)
        with open(path, encoding='utf-8') as f:
            text = without_comments(f.read())
        for array in arrays:
            inits = array_initializers(text, array)
            if not inits:
                raise SystemExit('make-lexicon-dict: no array %s in %s' % (array, path))
            for init in inits:
                out += [(list_name, form, w) for w in literals(init) if w]
    return out

# ---- entries ------------------------------------------------------------------------

# How each list's words are spelled as entries besides as they are:
#   plain   as written
#   marker  also followed by a space ("-> ")
#   label   also capitalised and upper-cased with a colon and a space
#           ("Action: ", "ACTION: ", "Present: ")
#   title   also capitalised ("November", "Annex")
#   upper   also upper-cased when it is one lower-case word ("UTC")
#   lower   also lower-cased ("utc")
#   spaced  also with a space on each side, as it stands in a sentence
#           (" were asked to ")
#   lead    also followed by a space ("held in ")
FORMS = {
    'plain': lambda w: [w],
    'marker': lambda w: [w, w + b' '],
    'label': lambda w: [w, capital(w) + b': ', w.upper() + b': '],
    'title': lambda w: [w, capital(w)],
    'upper': lambda w: [w, w.upper()] if re.fullmatch(rb'[a-z]+', w) else [w],
    'lower': lambda w: [w, w.lower()],
    'spaced': lambda w: [w, b' ' + w + b' '],
    'lead': lambda w: [w, w + b' '],
}


def capital(w):
    return w[:1].upper() + w[1:]


def quoted(w):
    """W as a libFuzzer dictionary string."""
    s = ''
    for b in w:
        if b == 0x5C or b == 0x22:
            s += '\\' + chr(b)
        elif 0x20 <= b < 0x7F:
            s += chr(b)
        else:
            s += '\\x%02x' % b
    return '"' + s + '"'


def dictionary(words):
    lines = ['# lexicon.dict: the words the analysis passes look for.  Written by',
             '# tests/fuzz/make-lexicon-dict.py from lexicons/en.xml; do not edit by hand',
             '# (the CTest test fuzz_lexicon_dict checks that it is current).']
    seen = set()
    counts = {}
    for list_name, form, w in words:
        for entry in FORMS[form](w):
            if entry in seen:
                continue
            seen.add(entry)
            counts[list_name] = counts.get(list_name, 0) + 1
            lines.append('lx_%s_%d=%s' % (list_name, counts[list_name], quoted(entry)))
    return '\n'.join(lines) + '\n'


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('-o', '--output')
    ap.add_argument('--check')
    args = ap.parse_args()
    text = dictionary(collect_words())
    if args.check:
        with open(args.check, encoding='utf-8') as f:
            old = f.read()
        if old != text:
            sys.stdout.writelines(difflib.unified_diff(old.splitlines(True), text.splitlines(True),
                                                       args.check, 'would be written'))
            print('%s is stale: run tests/fuzz/make-lexicon-dict.py -o %s' % (args.check, args.check))
            return 1
        print('%s is current (%d entries)' % (args.check, text.count('\nlx_')))
        return 0
    if args.output:
        with open(args.output, 'w', encoding='utf-8') as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == '__main__':
    sys.exit(main())
