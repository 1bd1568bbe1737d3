/* SPDX-License-Identifier: MIT */
/* digest.c — several meetings in one file.
 *
 * Groups that meet weekly often publish one summary a month (a board's
 * monthly update, a working group's digest of its calls): one heading per
 * meeting, each heading that meeting's date ("## 2021-02-08", "Meeting of
 * 3 March 2021", "Séance du 10 février 2021").  Such a file is a digest:
 * meta gets digest="true", each meeting's section its own date="…" (the
 * temporal pass resolves year-less and relative dates in a part against the
 * part's date), and a title block with no date takes the first meeting's.
 *
 * A digest needs two or more sibling sections whose headings are a day
 * written with its year and nothing else but the words that may name a
 * meeting beside it (lexicon `meeting-part-words`), or the same words
 * around a meeting noun in every such heading, every two meetings at
 * least a few days apart: the days of one meeting over several days or
 * sessions ("Day 1 — 28 March 2023", "Day 2 — 29 March 2023") are one
 * meeting's, and headings that date other things ("Next meeting 14 March
 * 2024", "Minutes of 8 February 2024") carry words no part heading has. */
#include <stdlib.h>
#include <string.h>

#include "digest.h"
#include "lexicon.h"
#include "passes.h"
#include "temporal_cal.h"
#include "temporal_scan.h"
#include "textscan.h"
#include "xmlutil.h"

/* Headings longer than this are titles with a date in them, not a date. */
enum { PART_HEADING_MAX = 96 };
/* The fewest days between two meetings of a digest: weekly meetings are 7
 * apart, the days of one meeting 1 or 2. */
enum { PART_MIN_GAP = 5 };
/* The most parts looked at; a digest of more meetings keeps its first. */
enum { PART_MAX = 64 };

typedef struct part {
    xmlNodePtr section;
    mn_ymd day;
} part;

static int is_letter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* What the words of a heading beside its day are (a heading's day and its
 * month and weekday names aside): */
typedef struct part_words {
    int only_part;   /* all from meeting-part-words */
    int has_meeting; /* one of them a noun meaning "meeting" */
    int direction;   /* "next", "last", "previous": another meeting than this */
    char rest[PART_HEADING_MAX + 1]; /* the other words, lowercased, spaced */
} part_words;

/* Whether s[0, n) is a word of the day itself: a month, a weekday, an
 * ordinal's suffix ("1st"), "of". */
static int day_word(const char *s, size_t n)
{
    static const int lists[] = {MN_LX_MONTHS, MN_LX_WEEKDAYS, MN_LX_ORDINAL_SUFFIXES,
                                MN_LX_OF_WORDS};
    const mn_lexicon *lx = mn_lx();
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
        if (mn_lx_find(lx, lists[i], s, n))
            return 1;
    return 0;
}

static void add_rest(part_words *w, const char *s, size_t n)
{
    size_t at = strlen(w->rest);
    if (at + n + 2 > sizeof w->rest)
        return;
    if (at)
        w->rest[at++] = ' ';
    for (size_t i = 0; i < n; i++)
        w->rest[at + i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    w->rest[at + n] = '\0';
}

/* Reads the words of heading text t beside its day into *w. */
static void read_words(const char *t, part_words *w)
{
    memset(w, 0, sizeof *w);
    w->only_part = 1;
    for (size_t i = 0; t[i];) {
        if (!is_letter((unsigned char)t[i])) {
            i++;
            continue;
        }
        size_t s = i;
        while (is_letter((unsigned char)t[i]) || (t[i] == '-' && is_letter((unsigned char)t[i + 1])))
            i++;
        if (day_word(t + s, i - s))
            continue;
        if (mn_lx_find(mn_lx(), MN_LX_DIRECTIONS, t + s, i - s))
            w->direction = 1;
        const mn_lx_entry *e = mn_lx_find(mn_lx(), MN_LX_MEETING_PART_WORDS, t + s, i - s);
        if (!e)
            w->only_part = 0;
        else if (e->means && strcmp(e->means, "meeting") == 0)
            w->has_meeting = 1;
        add_rest(w, t + s, i - s);
    }
}

/* The day section's heading names, when the heading is short and holds a
 * day written with its year; *w tells its other words. */
static int part_day(const xmlNode *section, mn_ymd *day, part_words *w)
{
    char *t = mn_ts_inline_folded(mn_child(section, "heading"));
    size_t len = t ? strlen(t) : 0;
    int is = len && len <= PART_HEADING_MAX && mn_tscan_written_day(t, len, day, NULL);
    if (is)
        read_words(t, w);
    free(t);
    return is;
}

int mn_digest_heading(const char *text, mn_ymd *day)
{
    size_t len = text ? strlen(text) : 0;
    part_words w;
    if (!len || len > PART_HEADING_MAX || !mn_tscan_written_day(text, len, day, NULL))
        return 0;
    read_words(text, &w);
    /* a line of a day alone is the title block's date or the next
     * meeting's, not a meeting's heading: it must name the meeting */
    return w.only_part && w.has_meeting && !w.direction;
}

static long days_of(const mn_ymd *d)
{
    return mn_cal_days(d->y, d->m, d->d);
}

int mn_digest_lines(const xmlNode *body)
{
    mn_ymd prev, day;
    int n = 0;
    for (xmlNodePtr c = mn_child(body, "p"); c; c = mn_next(c, "p")) {
        char *t = mn_ts_inline_folded(c);
        int is = mn_digest_heading(t, &day);
        free(t);
        if (!is)
            continue;
        if (n && labs(days_of(&day) - days_of(&prev)) < PART_MIN_GAP)
            return 0;
        prev = day;
        n++;
    }
    return n >= 2;
}

static long part_days(const part *p)
{
    return mn_cal_days(p->day.y, p->day.m, p->day.d);
}

/* Whether the parts are meetings far enough apart, in either order (digests
 * list oldest or newest first). */
static int spaced(const part *p, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        long gap = labs(part_days(&p[i]) - part_days(&p[i - 1]));
        if (gap < PART_MIN_GAP)
            return 0;
    }
    return 1;
}

/* Whether candidate c is a meeting's heading: only words that may stand
 * beside a meeting's day, or the same words around a meeting noun as
 * another candidate's ("TSC meeting 2025-03-05", "TSC meeting 2025-03-19"). */
static int is_part(const part_words *w, size_t c, size_t n)
{
    if (w[c].direction)
        return 0;
    if (w[c].only_part)
        return 1;
    if (!w[c].has_meeting)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (i != c && strcmp(w[i].rest, w[c].rest) == 0)
            return 1;
    return 0;
}

/* The meeting sections among parent's child sections, in document order. */
static size_t find_parts(xmlNodePtr parent, part *p)
{
    part c[PART_MAX];
    part_words w[PART_MAX];
    size_t k = 0, n = 0;
    for (xmlNodePtr s = mn_child(parent, "section"); s && k < PART_MAX; s = mn_next(s, "section"))
        if (part_day(s, &c[k].day, &w[k]))
            c[k++].section = s;
    for (size_t i = 0; i < k; i++)
        if (is_part(w, i, k))
            p[n++] = c[i];
    return n >= 2 && spaced(p, n) ? n : 0;
}

/* The parts of the body's sections, or of one top-level section's (a digest
 * under a single heading that the title did not take). */
static size_t digest_parts(xmlNodePtr body, part *p)
{
    size_t n = find_parts(body, p);
    for (xmlNodePtr s = mn_child(body, "section"); s && !n; s = mn_next(s, "section"))
        n = find_parts(s, p);
    return n;
}

static void set_day(xmlNodePtr n, const char *name, const mn_ymd *day)
{
    char v[16];
    mn_cal_format(v, sizeof v, day->y, day->m, day->d);
    mn_set_attr(n, name, v);
}

/* A title block with no date takes the first meeting's: the meta date goes
 * after title and subtitle, before whatever follows them in the schema. */
static void first_meeting_date(xmlNodePtr meta, const part *p, size_t n)
{
    if (mn_child(meta, "date"))
        return;
    const part *first = &p[0];
    for (size_t i = 1; i < n; i++)
        if (part_days(&p[i]) < part_days(first))
            first = &p[i];
    char v[16];
    mn_cal_format(v, sizeof v, first->day.y, first->day.m, first->day.d);
    xmlNodePtr after = NULL;
    for (xmlNodePtr c = meta->children; c && !after; c = c->next)
        if (c->type == XML_ELEMENT_NODE && !mn_is(c, "title") && !mn_is(c, "subtitle"))
            after = c;
    if (after)
        mn_add_before(after, "date", v);
    else
        mn_add(meta, "date", v);
}

int mn_pass_digest(xmlDocPtr doc, mn_job *job)
{
    (void)job;
    xmlNodePtr body = mn_body(doc), meta = mn_meta(doc);
    part p[PART_MAX];
    size_t n = body && meta ? digest_parts(body, p) : 0;
    if (!n)
        return 0;
    mn_set_attr(meta, "digest", "true");
    for (size_t i = 0; i < n; i++)
        set_day(p[i].section, "date", &p[i].day);
    first_meeting_date(meta, p, n);
    return 0;
}
