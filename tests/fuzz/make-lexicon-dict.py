#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes tests/fuzz/dict/lexicon.dict: the words the analysis passes look
for (action and decision markers, owner verbs, front-matter and participant
labels, roles, annex titles, months, weekdays, zones, relative and counting
words, deadline cues...), as a libFuzzer dictionary, so that the fuzzers
write them far more often than mutation alone would.

The words live in C arrays of core/analyze/ today; collect_words() is the
only part that knows where, and is what changes when they move into lexicon
data files.  The rest turns (list, word) pairs into dictionary entries.

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

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))

# ---- where the words are ------------------------------------------------------

# (list name, source file under core/analyze/, C array names, how to spell
# the words: see FORMS).  Every array must be found: a list that moved makes
# the check fail instead of leaving the dictionary quietly smaller.
SOURCES = [
    ('arrow', 'actions.c', ['mn_arrows'], 'marker'),
    ('action', 'actions.c', ['mn_action_words'], 'label'),
    ('decision', 'actions.c', ['mn_decision_words'], 'label'),
    ('owner_verb', 'actions.c', ['mn_owner_verbs'], 'plain'),
    ('name_glue', 'actions.c', ['mn_name_glue'], 'plain'),
    ('agenda_title', 'annexes.c', ['mn_agenda_titles'], 'title'),
    ('people_title', 'annexes.c', ['mn_people_titles', 'mn_people_words'], 'title'),
    ('not_name', 'annexes.c', ['mn_not_names'], 'plain'),
    ('group_key', 'annexes.c', ['mn_group_keys'], 'label'),
    ('header_word', 'annexes.c', ['mn_header_words'], 'title'),
    ('role', 'annexes.c', ['mn_roles'], 'label'),
    ('fm_key', 'frontmatter.c', ['mn_fm_keys'], 'label'),
    ('fm_word', 'frontmatter.c', ['mn_fm_connectors', 'mn_fm_verbs', 'mn_fm_trailing', 'leads'], 'plain'),
    ('annex', 'frontmatter.c', ['annex'], 'title'),
    ('weekday', 'frontmatter.c', ['mn_weekday_names'], 'title'),
    ('month', 'frontmatter_when.c', ['mn_months'], 'title'),
    ('weekday', 'frontmatter_when.c', ['mn_weekdays'], 'title'),
    ('when_word', 'frontmatter_when.c', ['suffixes', 'forms', 'words'], 'plain'),
    ('zone', 'frontmatter_when.c', ['abbrevs', 'areas'], 'plain'),
    ('place_word', 'frontmatter_when.c', ['mn_online_words', 'mn_neutral_words'], 'title'),
    ('sentence_verb', 'sections.c', ['mn_sentence_verbs'], 'plain'),
    ('field_key', 'sections.c', ['mn_field_keys'], 'label'),
    ('annex', 'sections.c', ['words'], 'title'),
    ('tense_cue', 'temporal_context.c', ['cues'], 'plain'),
    ('abbreviation', 'temporal_context.c', ['abbrevs'], 'plain'),
    ('deadline', 'temporal_context.c', ['single', 'closing'], 'plain'),
    ('range_word', 'temporal_parse.c', ['words', 'next', 'last', 'period_preps'], 'plain'),
    ('occasion', 'temporal_summary.c', ['occasions'], 'title'),
    ('summary_word', 'temporal_summary.c', ['stops', 'complements', 'asking', 'common'], 'plain'),
    ('time_word', 'temporal_time.c', ['words'], 'plain'),
    ('date_word', 'temporal_words.c', ['count_words', 'v_[a-z]', 'suffixes', 'ordinals'], 'title'),
    ('zone', 'tz_zone.c', ['abbrevs'], 'upper'),
    ('zone', 'tz_zone.c', ['phrases'], 'title'),
    ('zone', 'tz_ical.c', ['areas'], 'plain'),
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


def collect_words():
    """[(list name, form, word bytes)] in source order.  The one place that
    knows where the passes keep their words."""
    out = []
    for list_name, source, arrays, form in SOURCES:
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
FORMS = {
    'plain': lambda w: [w],
    'marker': lambda w: [w, w + b' '],
    'label': lambda w: [w, capital(w) + b': ', w.upper() + b': '],
    'title': lambda w: [w, capital(w)],
    'upper': lambda w: [w, w.upper()] if re.fullmatch(rb'[a-z]+', w) else [w],
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
             '# tests/fuzz/make-lexicon-dict.py from core/analyze/; do not edit by hand',
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
