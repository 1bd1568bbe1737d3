/* SPDX-License-Identifier: MIT */
/* events.c — the events pass: builds `events/event` from the tagged dates and
 * points each date at its event with `date/@event` (docs/INTERNALS.md §3).
 *
 * What becomes an event: a date on or after the reference date, of day, time
 * or week precision (a month or a year is too coarse for a calendar), whose
 * written weekday agrees with it.  "by …", "no later than …", "until …",
 * "before …", "within …" make a deadline.  Two mentions of one occasion are
 * one event: same kind, start and end, and either a time of day (two things
 * rarely start at the same minute) or a shared content word in their
 * summaries.  Ids are "e-" + the anchor's id + a counter within that anchor,
 * so editing one sentence never renumbers the events of another. */
#include "event_clock.h"
#include "event_group.h"
#include "event_place.h"
#include "event_recur.h"
#include "event_rules.h"
#include "event_table.h"
#include "lexicon.h"
#include "passes.h"
#include "temporal_cal.h"
#include "temporal_context.h"
#include "temporal_doc.h"
#include "temporal_kind.h"
#include "temporal_scan.h"
#include "temporal_summary.h"
#include "textscan.h"
#include "xmlutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct event {
    char id[96];
    char *ref;         /* anchor id, or NULL */
    char *start, *end; /* owned copies of the date's attributes */
    int deadline, certain, timed;
    char *summary, *description;
    char *location;   /* the place its sentence names, or NULL */
    char *topic;      /* its section's heading when its sentence names no occasion, or NULL */
    char *recurrence; /* an RRULE value ("FREQ=WEEKLY;BYDAY=TH"), or NULL */
    char until[11];   /* "every Wednesday from 26 April to 30 August": its last day */
    unsigned long long sig; /* mn_tsummary_signature of summary */
} event;

/* A calendar of more than this from one set of minutes is not one. */
enum { MAX_EVENTS = 1000 };

/* One block's text, built once for all its dates, and the dates in it;
 * its memory is reused from block to block. */
typedef struct block_text {
    mn_tblock b;
    mn_tspan *dates; /* in text order */
    xmlNodePtr *nodes;
    size_t n, cap;
    /* "every Tuesday at 15:00, starting on 27 January": the weekday's
     * clock goes to the start date (date carry_to, or none: n) */
    size_t carry_to;
    char carry_start[32], carry_end[32]; /* the weekday's value and end, or "" */
} block_text;

typedef struct events {
    event *v;
    size_t n, cap;
    char **ids; /* the document's ids that start "e-", sorted */
    size_t nids, capids;
    int full;
    unsigned notes; /* given so far */
    mn_tref ref;
    mn_job *job;
    xmlDocPtr doc;
    mn_ttok *window; /* for mn_tscan_weekday_conflict, made on first use */
    char *meeting_place; /* meta/location, for "same place"; or NULL */
    char *group;         /* the group the title names ("Planning Committee"), or NULL */
    block_text bt;
} events;

static void event_free(event *e)
{
    xmlFree(e->ref);
    xmlFree(e->start);
    xmlFree(e->end);
    free(e->summary);
    free(e->description);
    free(e->location);
    free(e->recurrence);
    free(e->topic);
}

/* The nearest ancestor with an id: the event's anchor. */
static xmlNodePtr anchor_of(xmlNodePtr n)
{
    for (xmlNodePtr p = n->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent)
        if (xmlHasProp(p, BAD_CAST "id"))
            return p;
    return NULL;
}

/* One document with thousands of dates needs no thousands of notes. */
enum { MAX_NOTES = 200 };

/* Says with -v why the date is no calendar entry. */
static void refuse(events *ev, xmlNodePtr date, const char *why)
{
    if (++ev->notes > MAX_NOTES)
        return;
    char *words = mn_text_folded(date);
    mn_job_note(ev->job, "not-an-event", mn_tdoc_line(date), "\"%.80s\" is no calendar entry: %s",
                words ? words : "", why);
    free(words);
}

/* The kind of calendar entry the date may be (MN_TKIND_*; the deadline
 * question is settled later, from the text). */
static int date_kind(events *ev, xmlNodePtr date)
{
    char *value = mn_attr(date, "value"), *end = mn_attr(date, "end");
    char *precision = mn_attr(date, "precision");
    int conflict = 0;
    if (mn_attr_is(date, "certain", "false")) {
        char *words = mn_text(date);
        if (!ev->window)
            ev->window = malloc(MN_TSCAN_WINDOW * sizeof *ev->window);
        conflict = mn_tscan_weekday_conflict(words, value, ev->window);
        xmlFree(words);
    }
    mn_tref part; /* in a digest, past and future are its meeting's (digest.c) */
    const mn_tref *ref = mn_tdoc_reference_at(date, &ev->ref, &part);
    int kind = mn_tkind(mn_tprec_parse(precision), value, end, conflict, 0, ref);
    xmlFree(value);
    xmlFree(end);
    xmlFree(precision);
    return kind;
}

/* Whether the date is an upcoming occasion worth a calendar entry; says
 * why not when it is a day or a time that is none. */
/* The weekday (1 Monday .. 7 Sunday) of START's date as written, or 0. */
static int start_weekday(const char *start)
{
    int y, m, d;
    if (!start || sscanf(start, "%4d-%2d-%2d", &y, &m, &d) != 3 || !mn_cal_valid(y, m, d))
        return 0;
    return mn_cal_weekday(y, m, d) + 1;
}

/* "every Tuesday at 15:00 CET, starting on 27 January 2026", "starting
 * 2/22, every other Thursday at 3 pm": the other day date of the sentence
 * on the same weekday, or bt->n.  It is the entry's
 * first day; the weekday gives its clock. */
static size_t written_start(const block_text *bt, size_t i)
{
    size_t s, t;
    mn_tctx_sentence(bt->b.text, bt->b.len, bt->dates[i].start, bt->dates[i].end, &s, &t);
    char *mine = mn_attr(bt->nodes[i], "value");
    int day = start_weekday(mine);
    xmlFree(mine);
    size_t from = i;
    while (from > 0 && bt->dates[from - 1].end > s)
        from--;
    for (size_t j = from; j < bt->n && bt->dates[j].start < t; j++) {
        if (j == i)
            continue;
        char *v = mn_attr(bt->nodes[j], "value");
        char *end = mn_attr(bt->nodes[j], "end");
        int same = v && strlen(v) == 10 && (!end || strlen(end) == 10) && start_weekday(v) == day;
        xmlFree(end);
        xmlFree(v);
        if (same)
            return j;
    }
    return bt->n;
}

static char *day_at_clock(const char *value, const char *clock);

/* The start date J, already an entry, takes the clock of the weekday after
 * it ("starting 2/22, every other Thursday at 3 pm"). */
static void carry_back(events *ev, const block_text *bt, size_t j)
{
    char *id = mn_attr(bt->nodes[j], "event");
    event *e = NULL;
    for (size_t k = 0; id && k < ev->n && !e; k++)
        if (strcmp(ev->v[k].id, id) == 0)
            e = &ev->v[k];
    xmlFree(id);
    if (!e || e->timed || !*bt->carry_start || !e->start || strlen(e->start) != 10)
        return;
    char *start = day_at_clock(e->start, bt->carry_start);
    char *end = *bt->carry_end ? day_at_clock(e->start, bt->carry_end) : NULL;
    if (!start) {
        xmlFree(end);
        return;
    }
    xmlFree(e->start);
    xmlFree(e->end);
    e->start = start;
    e->end = end;
    e->timed = 1;
}

typedef struct buf_t {
    char *s;
    size_t n;
} buf_t;

/* Whether text[s, t) names an occasion ("calls", "meeting", "training"):
 * "every Tuesday" alone then dates one, not a habit ("the junior program
 * ran every Saturday"). */
static int names_occasion(const char *text, size_t s, size_t t)
{
    const mn_lexicon *lx = mn_lx();
    for (size_t i = s; i < t;) {
        while (i < t && !(((text[i] | 32) >= 'a' && (text[i] | 32) <= 'z')))
            i++;
        size_t a = i;
        while (i < t && (((text[i] | 32) >= 'a' && (text[i] | 32) <= 'z') || text[i] == '-'))
            i++;
        size_t n = i - a;
        if (n && (mn_lx_find(lx, MN_LX_OCCASIONS, text + a, n) ||
                  (n > 2 && text[i - 1] == 's' && mn_lx_find(lx, MN_LX_OCCASIONS, text + a, n - 1))))
            return 1;
    }
    return 0;
}

/* A weekday that names recurring days: refused, or kept as the first
 * occurrence when the sentence writes no start of its own.  Returns 1 when
 * refused. */
static int recurring_weekday(events *ev, block_text *bt, const mn_evdate *d, size_t i)
{
    int how = mn_event_recurring_day(d);
    if (how == MN_RECUR_NTH) {
        refuse(ev, bt->nodes[i], "a day of each month (\"the fourth Tuesday\"), not one date");
        return 1;
    }
    if (how == MN_RECUR_NONE)
        return 0;
    size_t j = written_start(bt, i);
    if (j == bt->n) {
        /* kept as the first occurrence only when nothing else in the
         * sentence dates it ("first meeting on 9 August, then every other
         * Tuesday") and it is still to come ("the program ran every Saturday") */
        size_t s, t;
        mn_tctx_sentence(bt->b.text, bt->b.len, d->ds, d->de, &s, &t);
        int others = (i > 0 && bt->dates[i - 1].end > s) || (i + 1 < bt->n && bt->dates[i + 1].start < t);
        if (!others && mn_tctx_tense(bt->b.text, bt->b.len, d->ds, d->de) != MN_TENSE_PAST &&
            names_occasion(bt->b.text, s, t))
            return 0;
        refuse(ev, bt->nodes[i], "a recurring day (\"every Thursday\"), not a date");
        return 1;
    }
    char *v = mn_attr(bt->nodes[i], "value"), *e = mn_attr(bt->nodes[i], "end");
    snprintf(bt->carry_start, sizeof bt->carry_start, "%s", v && strlen(v) > 10 ? v : "");
    snprintf(bt->carry_end, sizeof bt->carry_end, "%s", e && strlen(e) > 10 ? e : "");
    xmlFree(v);
    xmlFree(e);
    bt->carry_to = j;
    if (j < i)
        carry_back(ev, bt, j);
    refuse(ev, bt->nodes[i], "a recurring day; the start date written with it is the entry");
    return 1;
}

/* "Next meeting: Tuesday 2025-01-28": a weekday alone right before
 * another date is that date's weekday, which the temporal pass read apart
 * as the next such day. */
static int weekday_of_next(const block_text *bt, size_t i, const char *words)
{
    if (i + 1 >= bt->n || !mn_event_lone_weekday(words))
        return 0;
    for (size_t k = bt->dates[i].end; k < bt->dates[i + 1].start; k++)
        if (!strchr(" ,\t", bt->b.text[k]))
            return 0;
    return 1;
}

static int alone(const block_text *bt, size_t i);

static int eligible(events *ev, block_text *bt, xmlNodePtr block, size_t i)
{
    xmlNodePtr date = bt->nodes[i];
    int kind = date_kind(ev, date);
    if (kind == MN_TKIND_PAST) /* a wrong weekday (NONE) was warned about */
        refuse(ev, date, "before the meeting");
    if (kind != MN_TKIND_EVENT)
        return 0;
    if (alone(bt, i) && !mn_event_cell(block) && mn_event_flat_column(block)) {
        refuse(ev, date, "a date in a table column flattened to lines (its row is lost)");
        return 0;
    }
    char *words = mn_text_folded(date);
    mn_evdate d = {date, block, bt->b.text, bt->b.len, bt->dates[i].start, bt->dates[i].end,
                   words ? words : "", &ev->ref};
    if (!ev->window)
        ev->window = malloc(MN_TSCAN_WINDOW * sizeof *ev->window);
    /* a recurring day is settled first: its clock may go to its start date
     * whatever else would refuse the weekday itself */
    const char *why = weekday_of_next(bt, i, d.words)
                          ? "a weekday written before its date (\"Tuesday 2025-01-28\")"
                      : recurring_weekday(ev, bt, &d, i) ? ""
                                                         : mn_event_refusal(&d, ev->window);
    free(words);
    if (why && *why)
        refuse(ev, date, why);
    return why == NULL;
}

static char *folded(const char *s, size_t n)
{
    char *out = malloc(n + 1);
    if (!out)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        int sp = s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r';
        if (sp && (k == 0 || out[k - 1] == ' '))
            continue;
        out[k++] = sp ? ' ' : s[i];
    }
    while (k && out[k - 1] == ' ')
        k--;
    out[k] = '\0';
    return out;
}

/* Whether date I is all its block holds (bar punctuation and white space):
 * a date alone in a table cell. */
static int alone(const block_text *bt, size_t i)
{
    const char *t = bt->b.text;
    for (size_t k = 0; k < bt->b.len; k++) {
        if (k == bt->dates[i].start) {
            k = bt->dates[i].end - 1;
            continue;
        }
        unsigned char c = (unsigned char)t[k];
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80)
            return 0;
    }
    return 1;
}

/* The heading of the section that holds BLOCK, a new string (free()), or
 * NULL. */
static char *heading_over(const xmlNode *block)
{
    for (const xmlNode *p = block->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent)
        if (mn_is(p, "section")) {
            if (xmlHasProp(p, BAD_CAST "date"))
                return NULL; /* a digest's meeting (digest.c): its heading names the
                              * meeting reported, not the occasions dated in it */
            xmlNodePtr h = mn_child(p, "heading");
            return h ? mn_text_folded(h) : NULL;
        }
    return NULL;
}

/* What titles the block: the heading of its section, or, in a table row,
 * the cells before it ("10. | Date of next meeting | Tuesday 8 September").
 * A new string (free()), or NULL. */
static char *title_over(const xmlNode *block)
{
    if (mn_is(block, "cell")) {
        buf_t b = {NULL, 0};
        for (const xmlNode *c = block->prev; c; c = c->prev)
            if (mn_is(c, "cell")) {
                char *t = mn_text_folded(c);
                size_t n = t ? strlen(t) : 0, old = b.n;
                char *g = t ? realloc(b.s, old + n + 2) : NULL;
                if (g) {
                    memmove(g + n + 1, g, old);
                    memcpy(g, t, n);
                    g[n] = ' ';
                    b.s = g;
                    b.n = old + n + 1;
                    b.s[b.n] = '\0';
                }
                free(t);
            }
        if (b.s)
            return b.s;
    }
    return heading_over(block);
}

/* Whether S names occasions in the plural ("Next meetings", "Events for
 * 2027"). */
static int plural_occasion(const char *s)
{
    const mn_lexicon *lx = mn_lx();
    for (const char *p = s; *p;) {
        while (*p == ' ')
            p++;
        size_t n = 0;
        while (p[n] && p[n] != ' ')
            n++;
        if (n > 3 && (p[n - 1] == 's' || p[n - 1] == 'S') && mn_lx_find(lx, MN_LX_OCCASIONS, p, n - 1))
            return 1;
        p += n;
    }
    return 0;
}

/* Whether heading H names no topic: itself, or its part before a slash,
 * is a catch-all heading (leading marks such as "📌 " set aside). */
static int catch_all(const char *h)
{
    /* skip all but letters: ASCII, or Latin ones (UTF-8 leads 0xC3-0xC5) */
    for (unsigned char c; (c = (unsigned char)*h) != 0 && !((c | 32) >= 'a' && (c | 32) <= 'z') &&
                          !(c >= 0xC3 && c <= 0xC5);)
        h++;
    size_t n = strcspn(h, "/");
    while (n && h[n - 1] == ' ')
        n--;
    return n && mn_lx_find(mn_lx(), MN_LX_CATCHALL_HEADINGS, h, n) != NULL;
}

/* A section heading that can stand before a summary as its topic: a few
 * words, a title rather than a sentence ("Price list 2014" over "Henrik
 * proposed a general increase of 3.5% from 1 February"). */
static char *topic_heading(const xmlNode *block)
{
    enum { TOPIC_WORDS = 6, TOPIC_BYTES = 48 };
    char *h = heading_over(block);
    if (!h)
        return NULL;
    size_t n = strlen(h);
    int words = 0, letters = 0;
    for (size_t i = 0; i < n; i++) {
        if (h[i] != ' ' && (i == 0 || h[i - 1] == ' '))
            words++;
        letters |= ((h[i] | 32) >= 'a' && (h[i] | 32) <= 'z') || (unsigned char)h[i] >= 0x80;
    }
    /* a heading that ends a sentence or asks is no title, nor one that
     * names no topic ("Any other business", "Conclusion/Resolution"); one
     * that names occasions ("Dates of next meetings") lists them */
    if (!letters || words > TOPIC_WORDS || n > TOPIC_BYTES || strchr(".?!:", h[n - 1]) ||
        catch_all(h) || names_occasion(h, 0, n)) {
        free(h);
        return NULL;
    }
    return h;
}

/* Whether BLOCK is a list item inside another item: its own item's words
 * title it, not the heading of the section above both ("DESARROLLO DE LA
 * SESIÓN" over "Salida a la granja escuela: martes 12 de diciembre"). */
static int nested_item(const xmlNode *block)
{
    const xmlNode *list = block->parent;
    return mn_is(block, "item") && list && list->parent && mn_is(list->parent, "item");
}

/* "Date of next meeting" over "Wednesday 12 April, 7.30 pm, in the
 * clubhouse.": a sentence that names no occasion takes the one its heading
 * or row label names, rather than its leftover words ("In the clubhouse"). */
static void titled_by_heading(const block_text *bt, const xmlNode *block, size_t s, size_t t,
                              event *e)
{
    if (e->deadline || nested_item(block) || names_occasion(bt->b.text, s, t))
        return;
    char *title = title_over(block);
    char *occasion = title ? mn_tsummary_occasion(title, strlen(title)) : NULL;
    free(title);
    if (!occasion)
        return;
    if (plural_occasion(occasion)) { /* "Next meetings": a list, each line its own */
        free(occasion);
        return;
    }
    free(e->summary);
    e->summary = occasion;
}

static int summarise(const block_text *bt, const xmlNode *block, size_t i, const xmlNode *cell,
                     event *e)
{
    if (cell && alone(bt, i) && (e->summary = mn_event_row_summary(cell)) != NULL) {
        e->sig = mn_tsummary_signature(e->summary);
        return 0;
    }
    size_t ds = bt->dates[i].start, de = bt->dates[i].end, s, t;
    mn_tctx_sentence(bt->b.text, bt->b.len, ds, de, &s, &t);
    /* the other dates of the sentence (the list is sorted, the sentence short) */
    size_t lo = i, hi = i + 1;
    while (lo > 0 && bt->dates[lo - 1].end > s)
        lo--;
    while (hi < bt->n && bt->dates[hi].start < t)
        hi++;
    mn_tspan others[64];
    size_t n = 0;
    for (size_t k = lo; k < hi && n < 64; k++)
        if (k != i)
            others[n++] = bt->dates[k];
    int named = 0;
    e->summary = mn_tsummary_named(bt->b.text, s, t, ds, de, e->deadline, others, n, &named);
    if (!e->summary)
        return -1;
    titled_by_heading(bt, block, s, t, e);
    if (!named && !e->deadline && !e->topic && !mn_is(block, "cell") && !nested_item(block))
        e->topic = topic_heading(block);
    e->sig = mn_tsummary_signature(e->summary);
    return 0;
}

/* Whether a date of the block starts in text[s, t), bar a recurring day
 * ("the fourth Tuesday of each month" dates nothing). */
static int dated(const events *ev, const block_text *bt, size_t s, size_t t)
{
    /* the dates are in text order: the first at or after s, in log time, so
     * a paragraph of many dates stays linear */
    size_t lo = 0, hi = bt->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (bt->dates[mid].start < s)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo; k < bt->n && bt->dates[k].start < t; k++) {
        char *words = mn_text_folded(bt->nodes[k]);
        mn_evdate d = {bt->nodes[k], NULL, bt->b.text, bt->b.len, bt->dates[k].start,
                       bt->dates[k].end, words ? words : "", &ev->ref};
        int recurring = mn_event_recurring_day(&d) != MN_RECUR_NONE;
        free(words);
        if (!recurring)
            return 1;
    }
    return 0;
}

/* "every Wednesday from 26 April to 30 August": the rule ends on the
 * span's last day (RFC 5545: UNTIL in UTC for a timed start). */
static void bounded(event *e)
{
    if (!e->recurrence)
        return;
    /* a span of several days with a rule: the span bounds the rule, each
     * occurrence is one day ("from 26 April to 30 August at 18:30") */
    if (!e->until[0] && e->end && e->start && strncmp(e->start, e->end, 10) != 0) {
        snprintf(e->until, sizeof e->until, "%.10s", e->end);
        char *end = e->timed && strlen(e->end) > 10 && strcmp(e->start + 10, e->end + 10) != 0
                        ? day_at_clock(e->start, e->end)
                        : NULL;
        xmlFree(e->end);
        e->end = end;
    }
    if (!e->until[0] || strstr(e->recurrence, "UNTIL=") || strstr(e->recurrence, "COUNT="))
        return;
    char buf[160];
    const char *clock = e->timed && strlen(e->start) >= 19 ? e->start + 10 : NULL; /* "T18:30:00Z" */
    int n = snprintf(buf, sizeof buf, "%s;UNTIL=%.4s%.2s%.2s", e->recurrence, e->until, e->until + 5,
                     e->until + 8);
    if (clock && n > 0 && (size_t)n < sizeof buf)
        snprintf(buf + n, sizeof buf - (size_t)n, "T%.2s%.2s%.2sZ", clock + 1, clock + 4, clock + 7);
    char *r = strdup(buf);
    if (r) {
        free(e->recurrence);
        e->recurrence = r;
    }
}

/* How an occasion goes on: the rule its sentence states ("every other
 * Thursday"), else the one a neighbouring sentence of the block states when
 * that one names no date of its own ("Calls continue weekly on Thursdays.
 * Next call 3 September."; "The next meeting is 28 February.  The board
 * meets on the fourth Tuesday of each month.").  Deadlines do not recur. */
static void recurrence_of(const events *ev, const block_text *bt, size_t s, size_t t, event *e)
{
    if (e->deadline || e->recurrence) /* a few days, daily (clock_apart) */
        return;
    int day = start_weekday(e->start);
    e->recurrence = mn_event_recurrence(bt->b.text, s, t, day);
    size_t q = s, ps, pt;
    while (!e->recurrence && q > 0 && s - q < 256 && mn_ts_space(bt->b.text + q - 1))
        q--;
    if (!e->recurrence && q >= 2) {
        mn_tctx_sentence(bt->b.text, bt->b.len, q - 1, q - 1, &ps, &pt); /* at its full stop */
        if (pt <= s && !dated(ev, bt, ps, pt))
            e->recurrence = mn_event_recurrence(bt->b.text, ps, pt, day);
    }
    q = t;
    while (!e->recurrence && q < bt->b.len && q - t < 256 && mn_ts_space(bt->b.text + q))
        q++;
    if (!e->recurrence && q < bt->b.len) {
        mn_tctx_sentence(bt->b.text, bt->b.len, q, q, &ps, &pt);
        if (ps >= t && !dated(ev, bt, ps, pt))
            e->recurrence = mn_event_recurrence(bt->b.text, ps, pt, day);
    }
    bounded(e);
}

/* The sentence of date I, white space folded: the event's description; and
 * the place it names ("same place" is the meeting's). */
static int describe(const events *ev, const block_text *bt, size_t i, event *e)
{
    size_t s, t, ds = bt->dates[i].start, de = bt->dates[i].end;
    mn_tctx_sentence(bt->b.text, bt->b.len, ds, de, &s, &t);
    e->description = folded(bt->b.text + s, t - s);
    if (!e->description)
        return -1;
    e->location = mn_event_place(bt->b.text, s, t, ds, de);
    if (e->location && mn_event_same_place(e->location, 0, strlen(e->location))) {
        free(e->location); /* "at the same venue" */
        e->location = NULL;
    }
    if (!e->location && ev->meeting_place && mn_event_same_place(bt->b.text, s, t))
        e->location = strdup(ev->meeting_place);
    recurrence_of(ev, bt, s, t, e);
    return 0;
}

static int same_text(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* Earlier events with the same kind, start and end (NULL when none); a
 * timed one is the same occasion (two things rarely start at the same
 * minute), an all-day one only when the summaries share a word. */
static event *same_key(events *ev, const event *e, size_t from)
{
    for (size_t i = from; i < ev->n; i++) {
        event *o = &ev->v[i];
        if (o->deadline == e->deadline && same_text(o->start, e->start) && same_text(o->end, e->end))
            return o;
    }
    return NULL;
}

/* Whether E spans several whole days ("November 18-20"): two things rarely
 * share both ends of a range of days, so one range written twice ("Remaining
 * meetings: ..." and "Next meeting: ...") is one occasion whatever its
 * summaries say. */
static int day_range(const event *e)
{
    return !e->deadline && e->start && e->end && strlen(e->start) == 10 && strlen(e->end) == 10 &&
           strcmp(e->start, e->end) != 0;
}

static event *same_occasion(events *ev, const event *e)
{
    for (event *o = same_key(ev, e, 0); o; o = same_key(ev, e, (size_t)(o - ev->v) + 1))
        if (day_range(e) || ((o->sig & e->sig) && mn_tsummary_related(o->summary, e->summary)))
            return o;
    return NULL;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Whether n's id may clash with an event's: only ids that start "e-" can
 * (read in place: most elements have an id, few of them such a one). */
static int event_like_id(const xmlNode *n)
{
    xmlAttrPtr a = xmlHasProp(n, BAD_CAST "id");
    if (!a)
        return 0;
    const xmlNode *v = a->children;
    if (v && v->type == XML_TEXT_NODE && !v->next && v->content)
        return v->content[0] == 'e' && v->content[1] == '-';
    return 1; /* an unusual value: mn_attr reads it */
}

/* Collects the document's event-like ids once (sorted later), so that a new
 * event id is checked in log time whatever the document's size. */
static int collect_ids(events *ev, xmlNodePtr n)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        char *id = event_like_id(n) ? mn_attr(n, "id") : NULL;
        if (id) {
            if (ev->nids == ev->capids) {
                size_t cap = ev->capids ? ev->capids * 2 : 64;
                char **v = realloc(ev->ids, cap * sizeof *v);
                if (!v) {
                    xmlFree(id);
                    return -1;
                }
                ev->ids = v;
                ev->capids = cap;
            }
            ev->ids[ev->nids++] = id;
        }
        if (collect_ids(ev, n->children))
            return -1;
    }
    return 0;
}

static int id_taken(const events *ev, const char *id)
{
    for (size_t i = 0; i < ev->n; i++)
        if (strcmp(ev->v[i].id, id) == 0)
            return 1;
    return ev->nids && bsearch(&id, ev->ids, ev->nids, sizeof *ev->ids, cmp_str) != NULL;
}

/* e-<anchor>-<n>: n counts this anchor's events, so ids elsewhere stay put. */
static void make_id(events *ev, event *e)
{
    int n = 1;
    for (size_t i = 0; i < ev->n; i++)
        n += same_text(ev->v[i].ref, e->ref);
    for (;; n++) {
        if (e->ref)
            snprintf(e->id, sizeof e->id, "e-%.80s-%d", e->ref, n);
        else
            snprintf(e->id, sizeof e->id, "e-%d", n);
        if (!id_taken(ev, e->id))
            return;
    }
}

static int push(events *ev, const event *e)
{
    if (ev->n == ev->cap) {
        size_t cap = ev->cap ? ev->cap * 2 : 16;
        event *v = realloc(ev->v, cap * sizeof *v);
        if (!v)
            return -1;
        ev->v = v;
        ev->cap = cap;
    }
    ev->v[ev->n++] = *e;
    return 0;
}

/* One occasion of a list of several ("Remaining meetings: November 18-20")
 * is better named by a mention of it alone ("Next meeting: November
 * 18-20"): the later summary replaces a plural one. */
static void merge(xmlNodePtr date, event *into, event *e)
{
    mn_set_attr(date, "event", into->id);
    if (into->summary && e->summary && plural_occasion(into->summary) && !plural_occasion(e->summary)) {
        char *t = into->summary;
        into->summary = e->summary;
        e->summary = t;
        into->sig = e->sig;
        t = into->description;
        into->description = e->description;
        e->description = t;
        t = into->topic;
        into->topic = e->topic;
        e->topic = t;
    }
    event_free(e);
}

/* A later mention of an occasion may name its place when the first did
 * not ("the workshop on 4 May" … "the workshop will be in Lyon"). */
static int merge_place(const events *ev, const block_text *bt, size_t i, event *into)
{
    if (into->location)
        return 0;
    event tmp;
    memset(&tmp, 0, sizeof tmp);
    if (describe(ev, bt, i, &tmp))
        return -1;
    into->location = tmp.location;
    tmp.location = NULL;
    event_free(&tmp);
    return 0;
}

/* VALUE's day with the clock of CLOCK ("2026-01-27" and
 * "2026-01-20T14:00:00Z": "2026-01-27T14:00:00Z"), as an xmlFree string. */
static char *day_at_clock(const char *value, const char *clock)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%.10s%s", value, clock + 10);
    return (char *)xmlStrdup(BAD_CAST buf);
}

/* The start and end of date I: its own, or, for the start date of "every
 * Tuesday at 15:00, starting on 27 January", that day at the weekday's
 * clock. */
static void when_of(const block_text *bt, size_t i, event *e)
{
    e->start = mn_attr(bt->nodes[i], "value");
    e->end = mn_attr(bt->nodes[i], "end");
    if (bt->carry_to != i || !e->start)
        return;
    if (e->end && strlen(e->end) == 10) /* "from 26 April to 30 August": its span */
        snprintf(e->until, sizeof e->until, "%s", e->end);
    if (!*bt->carry_start) {
        xmlFree(e->end);
        e->end = NULL;
        return;
    }
    char *start = day_at_clock(e->start, bt->carry_start);
    char *end = *bt->carry_end ? day_at_clock(e->start, bt->carry_end) : NULL;
    xmlFree(e->start);
    xmlFree(e->end);
    e->start = start;
    e->end = end;
}

/* Days a range of days spans (1 for one day), or 0 when E holds none or
 * more than a fortnight (a period, not an occasion's days). */
static long days_spanned(const event *e)
{
    mn_ymd a, b;
    if (!e->end)
        return 1;
    if (strlen(e->end) != 10 || !mn_cal_parse(e->start, &a) || !mn_cal_parse(e->end, &b))
        return 0;
    long n = mn_cal_days(b.y, b.m, b.d) - mn_cal_days(a.y, a.m, a.d) + 1;
    return n >= 1 && n <= 14 ? n : 0;
}

/* Where a clock written apart from date I may stand: after I when it is
 * its block's only date; after the last of the dates from I on when they
 * share one sentence and the last has no hour of its own ("Wednesday 7
 * December and Wednesday 15 February, both at 2.00pm"); else none
 * ((size_t)-1). */
static size_t clock_from(const block_text *bt, size_t i)
{
    if (i + 1 == bt->n)
        return bt->dates[i].end;
    size_t s, t;
    mn_tctx_sentence(bt->b.text, bt->b.len, bt->dates[i].start, bt->dates[i].end, &s, &t);
    size_t last = bt->n - 1;
    if (bt->dates[last].end > t || mn_attr_is(bt->nodes[last], "precision", "time"))
        return (size_t)-1;
    return bt->dates[last].end;
}

/* How far a clock for date I may stand: an item's or a cell's details
 * run to its end ("Reliability ride, Sunday 7 March. Sign-on from 08:30");
 * in a paragraph the next sentence tells of something else ("… from 3 to
 * 5 March in Geneva. The Chair closed the meeting at 16:50"). */
static size_t clock_to(const block_text *bt, size_t i, const xmlNode *block)
{
    if (!mn_is(block, "p"))
        return bt->b.len;
    size_t s, t;
    mn_tctx_sentence(bt->b.text, bt->b.len, bt->dates[i].start, bt->dates[i].end, &s, &t);
    return t;
}

/* A day, or a few days, with the hour in a later clause ("Season opens
 * Sunday 2 April; first gun 11:00"; "May 25–27, remote, 10:00–16:00 PDT":
 * the first day's hours, daily).  The entry is timed. */
static void clock_apart(const events *ev, const block_text *bt, size_t i, const xmlNode *block,
                        event *e)
{
    mn_tres r;
    long days = days_spanned(e);
    size_t from = clock_from(bt, i), to = clock_to(bt, i, block);
    if (!e->start || !days || from == (size_t)-1 ||
        !mn_event_clock_after(bt->b.text, from, to, e->start, &ev->ref, &r))
        return;
    char rule[40] = "";
    if (days > 1)
        snprintf(rule, sizeof rule, "FREQ=DAILY;COUNT=%ld", days);
    xmlChar *start = xmlStrdup(BAD_CAST r.value);
    xmlChar *end = *r.end ? xmlStrdup(BAD_CAST r.end) : NULL;
    char *recur = *rule ? strdup(rule) : NULL;
    if (!start || (*r.end && !end) || (*rule && !recur)) {
        xmlFree(start);
        xmlFree(end);
        free(recur);
        return;
    }
    xmlFree(e->start);
    xmlFree(e->end);
    e->start = (char *)start;
    e->end = (char *)end;
    e->recurrence = recur;
    e->timed = 1;
}

/* The action DATE is written in (up to its BLOCK), or NULL. */
static const xmlNode *action_of(const xmlNode *date, const xmlNode *block)
{
    for (const xmlNode *p = date->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent) {
        if (mn_is(p, "action"))
            return p;
        if (p == block)
            break;
    }
    return NULL;
}

/* Whether text[s, t) is the action's task: the action is that sentence
 * alone, or the sentence names its owner ("… Lorna will put a notice on
 * the website by 20 March" in a paragraph the action took whole). */
static int task_sentence(const xmlNode *action, const char *text, size_t s, size_t t)
{
    char *all = mn_text_folded(action);
    int task = all && strlen(all) <= t - s + 8;
    free(all);
    char *owner = task ? NULL : mn_attr(action, "owner");
    if (owner) {
        size_t n = strcspn(owner, ",;");
        while (n && owner[n - 1] == ' ')
            n--;
        for (size_t i = s; n && i + n <= t && !task; i++)
            task = strncmp(text + i, owner, n) == 0;
        xmlFree(owner);
    }
    return task;
}

/* "@leo — SSO spike write-up by Fri (Aug 22)", "Ana to send the draft on 3
 * May": a day in an action's own task is when the action is due, a
 * deadline, unless its sentence names an occasion of its own ("Ana to book
 * the hall for the workshop on 12 May": the workshop is the entry, and the
 * due pass dates the action by it); a time of day says an occasion too. */
static int action_deadline(const block_text *bt, const xmlNode *block, size_t i, const event *e)
{
    const xmlNode *action = e->timed ? NULL : action_of(bt->nodes[i], block);
    if (!action)
        return 0;
    size_t ds = bt->dates[i].start, de = bt->dates[i].end, s, t;
    mn_tctx_sentence(bt->b.text, bt->b.len, ds, de, &s, &t);
    if (!task_sentence(action, bt->b.text, s, t))
        return 0;
    /* "… page for the March 20 distribution, live by Feb 15": the day the
     * task names with a deadline's word is its due, the other an occasion */
    for (size_t k = 0; k < bt->n; k++)
        if (k != i && bt->dates[k].start >= s && bt->dates[k].end <= t &&
            mn_tctx_deadline(bt->b.text, bt->b.len, bt->dates[k].start, bt->dates[k].end))
            return 0;
    int named = 1;
    free(mn_tsummary_named(bt->b.text, s, t, ds, de, 0, NULL, 0, &named));
    return !named;
}

/* "Deadline for session proposals | 29 April 2016, 23:59 UTC": a date
 * alone in its cell whose row's label holds a deadline noun. */
static int row_deadline(const block_text *bt, const xmlNode *cell, size_t i)
{
    if (!cell || !alone(bt, i))
        return 0;
    char *label = title_over(cell);
    int found = 0;
    for (char *p = label; p && *p && !found;) {
        while (*p && !(((*p | 32) >= 'a' && (*p | 32) <= 'z') || (unsigned char)*p >= 0x80))
            p++;
        char *w = p;
        while (((*p | 32) >= 'a' && (*p | 32) <= 'z') || (unsigned char)*p >= 0x80 || *p == '-')
            p++;
        found = p > w && mn_lx_find(mn_lx(), MN_LX_DEADLINE_NOUNS, w, (size_t)(p - w)) != NULL;
    }
    free(label);
    return found;
}

static int consider(events *ev, block_text *bt, xmlNodePtr block, size_t i)
{
    xmlNodePtr date = bt->nodes[i];
    if (!eligible(ev, bt, block, i))
        return 0;
    event e;
    memset(&e, 0, sizeof e);
    when_of(bt, i, &e);
    e.certain = !mn_attr_is(date, "certain", "false");
    e.timed = e.start && strchr(e.start, 'T') != NULL;
    const xmlNode *cell = mn_event_cell(block);
    e.deadline = mn_tctx_deadline(bt->b.text, bt->b.len, bt->dates[i].start, bt->dates[i].end) ||
                 (cell && mn_event_due_column(cell)) || row_deadline(bt, cell, i) ||
                 action_deadline(bt, block, i, &e);
    if (!e.timed && !e.deadline && bt->carry_to != i)
        clock_apart(ev, bt, i, block, &e);
    event *same = same_key(ev, &e, 0);
    if (same && e.timed) {
        merge(date, same, &e);
        return merge_place(ev, bt, i, same);
    }
    if (!same && ev->n == MAX_EVENTS) {
        if (!ev->full)
            mn_job_warning(ev->job, "too-many-events", mn_tdoc_line(date),
                           "more than %d events; the rest are left out",
                           MAX_EVENTS);
        ev->full = 1;
        event_free(&e);
        return 0;
    }
    if (summarise(bt, block, i, cell, &e)) {
        event_free(&e);
        return -1;
    }
    if (same && (same = same_occasion(ev, &e)) != NULL) {
        merge(date, same, &e);
        return merge_place(ev, bt, i, same);
    }
    if (ev->n == MAX_EVENTS) {
        event_free(&e);
        return 0;
    }
    xmlNodePtr anchor = anchor_of(date);
    e.ref = anchor ? mn_attr(anchor, "id") : NULL;
    if (describe(ev, bt, i, &e)) {
        event_free(&e);
        return -1;
    }
    make_id(ev, &e);
    mn_set_attr(date, "event", e.id);
    if (push(ev, &e)) {
        event_free(&e);
        return -1;
    }
    return 0;
}

/* Whether block's inline content holds a date (most blocks hold none and
 * need no text built). */
static int has_date(const xmlNode *block)
{
    for (const xmlNode *c = block->children; c; c = c->next) {
        const char *name = mn_ts_name(c);
        if (!name)
            continue;
        if (strcmp(name, "date") == 0)
            return 1;
        if (mn_tdoc_inline_name(name) && has_date(c))
            return 1;
    }
    return 0;
}

/* Makes room for n dates in bt (its arrays are reused from block to block). */
static int reserve_dates(block_text *bt, size_t n)
{
    if (n <= bt->cap)
        return 0;
    mn_tspan *d = realloc(bt->dates, n * sizeof *d);
    if (d)
        bt->dates = d;
    xmlNodePtr *nodes = d ? realloc(bt->nodes, n * sizeof *nodes) : NULL;
    if (!nodes)
        return -1;
    bt->nodes = nodes;
    bt->cap = n;
    return 0;
}

static int block_events(events *ev, xmlNodePtr block)
{
    if (!has_date(block))
        return 0;
    block_text *bt = &ev->bt;
    bt->n = 0;
    if (mn_tblock_fill(block, &bt->b) || reserve_dates(bt, bt->b.nseg + 1))
        return -1;
    for (size_t i = 0; i < bt->b.nseg; i++)
        if (mn_is(bt->b.segs[i].node, "date")) {
            bt->dates[bt->n] = (mn_tspan){bt->b.segs[i].start, bt->b.segs[i].end};
            bt->nodes[bt->n++] = bt->b.segs[i].node;
            /* a link from an earlier run would dangle: the events are rebuilt */
            xmlUnsetProp(bt->b.segs[i].node, BAD_CAST "event");
        }
    bt->carry_to = bt->n;
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < bt->n; i++)
        rc = consider(ev, bt, block, i);
    return rc;
}

static int walk(events *ev, xmlNodePtr n)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        const char *name = mn_ts_name(c);
        if (mn_tdoc_inline_name(name))
            continue;
        if (mn_tdoc_block_name(name) && block_events(ev, c))
            return -1;
        if (walk(ev, c))
            return -1;
    }
    return 0;
}

/* Points the dates marked FROM at event TO instead. */
static void retarget(xmlNodePtr n, const char *from, const char *to)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (mn_attr_is(c, "event", from))
            mn_set_attr(c, "event", to);
        retarget(c, from, to);
    }
}

/* The timed entry of the same kind that starts on all-day entry A's day
 * and names the same occasion, or NULL. */
static const event *timed_twin(const events *ev, const event *a)
{
    size_t n = strlen(a->start);
    for (size_t i = 0; i < ev->n; i++) {
        const event *t = &ev->v[i];
        if (t->timed && t->deadline == a->deadline && !strncmp(t->start, a->start, n) &&
            t->start[n] == 'T' && (t->sig & a->sig) && mn_tsummary_related(t->summary, a->summary))
            return t;
    }
    return NULL;
}

/* One occasion, one entry: a day named in one place ("the next meeting is
 * on 18 October") and with its hours in another ("Thursday 18 October,
 * 10am Pacific") is the timed entry; the day's mentions point at it. */
static void fold_days_into_times(events *ev, xmlDocPtr doc)
{
    size_t kept = 0;
    for (size_t i = 0; i < ev->n; i++) {
        event *a = &ev->v[i];
        const event *t = a->timed || a->recurrence ? NULL : timed_twin(ev, a);
        if (t) {
            retarget(xmlDocGetRootElement(doc), a->id, t->id);
            event_free(a);
            continue;
        }
        ev->v[kept++] = *a;
    }
    ev->n = kept;
}

/* "Price list 2014: Henrik proposed a general increase of 3.5%": a summary
 * whose sentence names no occasion is read under its topic, the heading it
 * sits under, unless it already says it.  Put on when the events are
 * written, so that the heading's words join no two entries.  A new string,
 * or NULL to keep the summary. */
static char *topical(const event *e, const char *group)
{
    size_t at = 0;
    if (!e->topic && group && !e->deadline && mn_event_next_only(e->summary, &at)) {
        /* "Planning Committee: next meeting" (event_group.c); "DATE OF NEXT
         * MEETING" keeps its "next meeting", in lower case after the name */
        size_t a = strlen(group), b = strlen(e->summary + at);
        char *s = malloc(a + b + 3);
        if (s) {
            memcpy(s, group, a);
            memcpy(s + a, ": ", 2);
            for (size_t i = 0; i <= b; i++) {
                char c = e->summary[at + i];
                s[a + 2 + i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            }
        }
        return s;
    }
    if (!e->topic || !e->summary || mn_tsummary_related(e->topic, e->summary))
        return NULL;
    size_t a = strlen(e->topic), b = strlen(e->summary);
    char *s = malloc(a + b + 3);
    if (s) {
        memcpy(s, e->topic, a);
        memcpy(s + a, ": ", 2);
        memcpy(s + a + 2, e->summary, b + 1);
    }
    return s;
}

static void write_event(xmlNodePtr list, const event *e, const char *group)
{
    xmlNodePtr x = mn_add(list, "event", NULL);
    mn_set_attr(x, "id", e->id);
    mn_set_attr(x, "kind", e->deadline ? "deadline" : "event");
    mn_set_attr(x, "start", e->start);
    if (e->end)
        mn_set_attr(x, "end", e->end);
    if (!e->timed)
        mn_set_attr(x, "all-day", "true");
    if (!e->certain)
        mn_set_attr(x, "certain", "false");
    if (e->ref)
        mn_set_attr(x, "ref", e->ref);
    if (e->recurrence)
        mn_set_attr(x, "recurrence", e->recurrence);
    char *titled = topical(e, group);
    mn_add(x, "summary", titled ? titled : e->summary);
    free(titled);
    if (e->description && *e->description)
        mn_add(x, "description", e->description);
    if (e->location)
        mn_add(x, "location", e->location);
}

static void write_events(xmlDocPtr doc, const events *ev)
{
    xmlNodePtr body = mn_body(doc);
    if (!ev->n || !body)
        return;
    /* after body, where the schema wants it (mn_add keeps the namespace) */
    xmlNodePtr list = body->next ? mn_add_before(body->next, "events", NULL)
                                 : mn_add(body->parent, "events", NULL);
    if (!list)
        return;
    for (size_t i = 0; i < ev->n; i++)
        write_event(list, &ev->v[i], ev->group);
}

int mn_pass_events(xmlDocPtr doc, mn_job *job)
{
    events ev;
    memset(&ev, 0, sizeof ev);
    ev.job = job;
    ev.doc = doc;
    mn_tdoc_reference(doc, job, &ev.ref, 0); /* the temporal pass warned */
    xmlNodePtr root = xmlDocGetRootElement(doc);
    xmlNodePtr where = mn_child(mn_meta(doc), "location");
    ev.meeting_place = where ? mn_text_folded(where) : NULL;
    char *title = mn_text_folded(mn_child(mn_meta(doc), "title"));
    ev.group = title ? mn_event_group_name(title) : NULL;
    free(title);
    xmlNodePtr parts[] = {mn_child(root, "agenda"), mn_body(doc)};
    xmlNodePtr old = mn_child(root, "events"); /* rebuilt, its ids free again */
    if (old) {
        xmlUnlinkNode(old);
        xmlFreeNode(old);
    }
    int rc = collect_ids(&ev, root);
    if (rc == 0 && ev.nids)
        qsort(ev.ids, ev.nids, sizeof *ev.ids, cmp_str);
    for (size_t i = 0; i < 2 && rc == 0; i++)
        if (parts[i])
            rc = walk(&ev, parts[i]);
    if (rc == 0) {
        fold_days_into_times(&ev, doc);
        write_events(doc, &ev);
    }
    for (size_t i = 0; i < ev.n; i++)
        event_free(&ev.v[i]);
    free(ev.v);
    for (size_t i = 0; i < ev.nids; i++)
        xmlFree(ev.ids[i]);
    free(ev.ids);
    free(ev.window);
    free(ev.meeting_place);
    free(ev.group);
    mn_tblock_free(&ev.bt.b);
    free(ev.bt.dates);
    free(ev.bt.nodes);
    return rc ? mn_job_error(job, MN_EX_SOFTWARE, 0, "out of memory while listing events") : 0;
}
