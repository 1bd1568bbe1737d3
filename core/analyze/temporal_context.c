/* SPDX-License-Identifier: MIT */
/* temporal_context.c — sentence bounds, tense cues and deadline markers. */
#include "temporal_context.h"
#include "temporal_resolve.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"

static int is_alpha(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static int is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* The ASCII word that ends just before offset `at` (skipping non-letters),
 * lowercased into w; returns its start, or (size_t)-1 when none is left in
 * [lo, at) (also when at is not past lo: the marker search's `at` can end
 * up before the sentence start it found). */
static size_t word_before(const char *t, size_t lo, size_t at, char *w, size_t size)
{
    size_t e = at;
    while (e > lo && !is_alpha((unsigned char)t[e - 1]))
        e--;
    if (e <= lo)
        return (size_t)-1;
    size_t s = e;
    while (s > lo && (is_alpha((unsigned char)t[s - 1]) || t[s - 1] == '\''))
        s--;
    size_t n = e - s < size - 1 ? e - s : size - 1;
    for (size_t i = 0; i < n; i++)
        w[i] = (char)(t[s + i] >= 'A' && t[s + i] <= 'Z' ? t[s + i] + 32 : t[s + i]);
    w[n] = '\0';
    return s;
}

/* The word starting at or after `at`, before hi; returns its end or (size_t)-1. */
static size_t word_after(const char *t, size_t at, size_t hi, char *w, size_t size)
{
    size_t s = at;
    while (s < hi && !is_alpha((unsigned char)t[s]))
        s++;
    if (s >= hi)
        return (size_t)-1;
    size_t e = s;
    while (e < hi && (is_alpha((unsigned char)t[e]) || t[e] == '\''))
        e++;
    size_t n = e - s < size - 1 ? e - s : size - 1;
    for (size_t i = 0; i < n; i++)
        w[i] = (char)(t[s + i] >= 'A' && t[s + i] <= 'Z' ? t[s + i] + 32 : t[s + i]);
    w[n] = '\0';
    return e;
}

/* Whether w is an abbreviation whose full stop ends no sentence: the
 * lexicon's abbreviations and the months' ("Dec. 1"). */
static int is_abbreviation(const char *w)
{
    const mn_lexicon *lx = mn_lx();
    if (mn_lx_has(lx, MN_LX_ABBREVIATIONS, w))
        return 1;
    const mn_lx_entry *month = mn_lx_find(lx, MN_LX_MONTHS, w, strlen(w));
    return month && (month->flags & MN_LX_ABBR);
}

/* Whether the full stop at t[i] ends a dotted meridiem ("10 a.m."). */
static int ends_meridiem(const char *t, size_t i)
{
    size_t n;
    const mn_lx_entry *m = mn_lx_entries(mn_lx(), MN_LX_MERIDIEM, &n);
    for (size_t k = 0; k < n; k++)
        if (m[k].len > 1 && m[k].w[m[k].len - 1] == '.' && i + 1 >= m[k].len &&
            strncasecmp(t + i + 1 - m[k].len, m[k].w, m[k].len) == 0)
            return 1;
    return 0;
}

/* A full stop at t[i] ends a sentence unless it closes an abbreviation or
 * the next word starts in lower case. */
static int ends_sentence(const char *t, size_t len, size_t i)
{
    char c = t[i];
    if (c == '\n')
        return 1;
    if (c != '.' && c != '!' && c != '?')
        return 0;
    if (i + 1 < len && !is_space((unsigned char)t[i + 1]))
        return 0;
    size_t j = i + 1;
    while (j < len && is_space((unsigned char)t[j]))
        j++;
    if (j < len && t[j] >= 'a' && t[j] <= 'z')
        return 0;
    if (c == '.') {
        char w[8];
        size_t s = word_before(t, i >= 8 ? i - 8 : 0, i, w, sizeof w);
        /* "10 a.m. We" ends a sentence; "Dec. 1" and "U.S. delegates" do not */
        if (s != (size_t)-1 && s + strlen(w) == i && !ends_meridiem(t, i) &&
            (strlen(w) == 1 || is_abbreviation(w)))
            return 0;
    }
    return 1;
}

/* Text without a full stop is no sentence: past this many bytes on either
 * side of the expression the search stops (at a space, so that no word and
 * no UTF-8 character is cut), which keeps every look-up bounded. */
enum { SENTENCE_REACH = 600 };

void mn_tctx_sentence(const char *t, size_t len, size_t start, size_t end, size_t *s, size_t *e)
{
    /* start <= end <= len from here on, so that len - end and the bounds
     * below cannot wrap (and *s <= *e). */
    if (end > len)
        end = len;
    if (start > end)
        start = end;
    size_t lo = start > SENTENCE_REACH ? start - SENTENCE_REACH : 0;
    size_t hi = len - end > SENTENCE_REACH ? end + SENTENCE_REACH : len;
    size_t a = start;
    while (a > lo && !ends_sentence(t, len, a - 1))
        a--;
    if (a == lo && lo > 0)
        while (a < start && !is_space((unsigned char)t[a]))
            a++;
    size_t b = end;
    while (b < hi && !ends_sentence(t, len, b))
        b++;
    if (b == hi && hi < len)
        while (b > end && !is_space((unsigned char)t[b]))
            b--;
    else if (b < len && t[b] != '\n')
        b++; /* keep the full stop */
    while (a < b && is_space((unsigned char)t[a]))
        a++;
    while (b > a && is_space((unsigned char)t[b - 1]))
        b--;
    *s = a;
    *e = b;
}

/* The tense a word signals (PREV is the word before it, "" when none), or 2
 * for none: the lexicon's tense-cues, where a cue may hold only after a
 * word ("to be held" is future, "was held" past). */
static int cue(const char *w, const char *prev)
{
    const mn_lx_entry *c = mn_lx_find_after(mn_lx(), MN_LX_TENSE_CUES, w, strlen(w), prev);
    if (!c)
        return 2;
    return !strcmp(c->means, "past") ? MN_TENSE_PAST : !strcmp(c->means, "future") ? MN_TENSE_FUTURE
                                                                                    : MN_TENSE_NONE;
}

/* The nearest cue decides; one farther than this many words is another
 * clause's. */
enum { TENSE_REACH = 30 };

/* The word before offset `at` in the same sentence (lower-cased into w), or
 * (size_t)-1 when a sentence end or the start of the text comes first. */
static size_t prev_in_sentence(const char *t, size_t len, size_t at, char *w, size_t size)
{
    size_t e = at;
    while (e > 0 && !is_alpha((unsigned char)t[e - 1])) {
        if (ends_sentence(t, len, e - 1))
            return (size_t)-1;
        e--;
    }
    return e == 0 ? (size_t)-1 : word_before(t, 0, e, w, size);
}

/* The end of the word after `at` in the same sentence, or (size_t)-1. */
static size_t next_in_sentence(const char *t, size_t len, size_t at, char *w, size_t size)
{
    size_t s = at;
    while (s < len && !is_alpha((unsigned char)t[s])) {
        if (ends_sentence(t, len, s))
            return (size_t)-1;
        s++;
    }
    return s >= len ? (size_t)-1 : word_after(t, s, len, w, size);
}

/* "By 15 Sep: first draft circulated.": a deadline word alone before the
 * date at the start of the line, a colon after it — a milestone list's
 * label, which plans what follows whatever its verbs' tense. */
static int milestone_label(const char *t, size_t len, size_t start, size_t end)
{
    size_t e = end;
    while (e < len && e - end < 8 && (t[e] == ' ' || t[e] == '*' || t[e] == '_'))
        e++;
    if (e >= len || t[e] != ':')
        return 0;
    size_t b = start;
    while (b > 0 && start - b < 8 && (t[b - 1] == ' ' || t[b - 1] == '*' || t[b - 1] == '_' ||
                                      t[b - 1] == '\t'))
        b--;
    size_t a = b;
    while (a > 0 && b - a < 24 && is_alpha((unsigned char)t[a - 1]))
        a--;
    if (a == b || b - a >= 24)
        return 0;
    size_t lead = a;
    while (lead > 0 && a - lead < 8 && (t[lead - 1] == ' ' || t[lead - 1] == '*' || t[lead - 1] == '_' ||
                                        t[lead - 1] == '-' || t[lead - 1] == '\t'))
        lead--; /* a list's bullet or emphasis */
    if (lead > 0 && t[lead - 1] != '\n')
        return 0;
    char w[24];
    for (size_t i = a; i < b; i++)
        w[i - a] = (char)(t[i] >= 'A' && t[i] <= 'Z' ? t[i] + 32 : t[i]);
    w[b - a] = '\0';
    return mn_lx_has(mn_lx(), MN_LX_DEADLINE_WORDS, w);
}

int mn_tctx_tense(const char *t, size_t len, size_t start, size_t end)
{
    char w[24], prev[24];
    if (milestone_label(t, len, start, end))
        return MN_TENSE_FUTURE;
    /* backwards: each word's predecessor is the next word looked at */
    size_t at = prev_in_sentence(t, len, start, w, sizeof w);
    for (int n = 0; n < TENSE_REACH && at != (size_t)-1; n++) {
        size_t before = prev_in_sentence(t, len, at, prev, sizeof prev);
        if (before == (size_t)-1)
            prev[0] = '\0';
        int c = cue(w, prev);
        if (c != 2)
            return c;
        at = before;
        memcpy(w, prev, sizeof w);
    }
    at = end;
    prev[0] = '\0';
    for (int n = 0; n < TENSE_REACH && (at = next_in_sentence(t, len, at, w, sizeof w)) != (size_t)-1; n++) {
        int c = cue(w, prev);
        if (c != 2)
            return c;
        strcpy(prev, w);
    }
    return MN_TENSE_NONE;
}

/* Whether the words before the date, nearest first (WORDS[0..NW)), end
 * with PHRASE ("no later than"). */
static int ends_with(const char *phrase, char words[][24], int nw)
{
    const char *end = phrase + strlen(phrase);
    for (int k = 0; end > phrase; k++) {
        const char *sp = end;
        while (sp > phrase && sp[-1] != ' ')
            sp--;
        size_t n = (size_t)(end - sp);
        if (k >= nw || strlen(words[k]) != n || strncasecmp(words[k], sp, n) != 0)
            return 0;
        end = sp > phrase ? sp - 1 : phrase;
    }
    return 1;
}

/* Whether the expression text[start, end) starts with a "within" word. */
static int starts_within(const char *t, size_t start, size_t end)
{
    size_t n;
    const mn_lx_entry *in = mn_lx_entries(mn_lx(), MN_LX_IN_WORDS, &n);
    for (size_t i = 0; i < n; i++)
        if (!strcmp(in[i].means, "within") && end >= start + in[i].len &&
            strncmp(t + start, in[i].w, in[i].len) == 0)
            return 1;
    return 0;
}

/* A marker in the words before the date, nearest first: a deadline word
 * ("by"), a phrase ("no later than"), a closer alone or with its link
 * ("closes 17 May", "closes on"),
 * or a deadline noun a few words back ("the deadline was extended to"). */
static int deadline_words(char words[][24], int nw)
{
    const mn_lexicon *lx = mn_lx();
    if (nw < 1)
        return 0;
    /* "closes 17 January", "WGLC ends 11 December" */
    if (mn_lx_has(lx, MN_LX_DEADLINE_WORDS, words[0]) || mn_lx_has(lx, MN_LX_DEADLINE_CLOSERS, words[0]))
        return 1;
    if (nw < 2)
        return 0;
    for (const char *const *ph = mn_lx_words(lx, MN_LX_DEADLINE_PHRASES); *ph; ph++)
        if (ends_with(*ph, words, nw))
            return 1;
    if (mn_lx_has(lx, MN_LX_DEADLINE_LINKS, words[0]) && mn_lx_has(lx, MN_LX_DEADLINE_CLOSERS, words[1]))
        return 1;
    for (int k = 1; k < nw; k++)
        if (mn_lx_has(lx, MN_LX_DEADLINE_NOUNS, words[k]))
            return 1;
    return 0;
}

/* "Deadline for session proposals: 29 April", "Agenda deadline for items
 * at the September meeting: 17 September": the date is the value of a
 * label (the words since the line's or sentence's start, before a colon
 * right before it) that holds a deadline noun. */
static int deadline_label(const char *t, size_t len, size_t start)
{
    enum { LABEL_WORDS = 12 };
    size_t at = start;
    while (at > 0 && is_space((unsigned char)t[at - 1]))
        at--;
    if (at == 0 || t[at - 1] != ':')
        return 0;
    at--;
    size_t lo = at > 160 ? at - 160 : 0;
    for (size_t i = at; i > lo; i--)
        if (t[i - 1] == '\n' || t[i - 1] == ':' || ends_sentence(t, len, i - 1)) {
            lo = i;
            break;
        }
    char w[24];
    int words = 0, noun = 0;
    for (size_t s = at; words <= LABEL_WORDS;) {
        if ((s = word_before(t, lo, s, w, sizeof w)) == (size_t)-1)
            break;
        words++;
        noun |= mn_lx_has(mn_lx(), MN_LX_DEADLINE_NOUNS, w);
    }
    return noun && words <= LABEL_WORDS;
}

int mn_tctx_deadline(const char *t, size_t len, size_t start, size_t end)
{
    if (starts_within(t, start, end) || deadline_label(t, len, start))
        return 1;
    /* only spaces and ":" or "," may stand between the marker and the date */
    size_t at = start;
    while (at > 0 && (is_space((unsigned char)t[at - 1]) || t[at - 1] == ':' || t[at - 1] == ','))
        at--;
    if (at == 0 || !is_alpha((unsigned char)t[at - 1]))
        return 0;
    /* markers are in the expression's own sentence, just before it */
    size_t lo = start > 64 ? start - 64 : 0;
    for (size_t i = start; i > lo; i--)
        if (ends_sentence(t, len, i - 1)) {
            lo = i;
            break;
        }
    char words[4][24];
    int nw = 0;
    for (size_t s = at; nw < 4 && (s = word_before(t, lo, s, words[nw], sizeof words[nw])) != (size_t)-1;)
        nw++;
    return deadline_words(words, nw);
}
