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
#include "event_place.h"
#include "event_rules.h"
#include "event_table.h"
#include "passes.h"
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
    char *location; /* the place its sentence names, or NULL */
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
    int kind = mn_tkind(mn_tprec_parse(precision), value, end, conflict, 0, &ev->ref);
    xmlFree(value);
    xmlFree(end);
    xmlFree(precision);
    return kind;
}

/* Whether the date is an upcoming occasion worth a calendar entry; says
 * why not when it is a day or a time that is none. */
static int eligible(events *ev, const block_text *bt, xmlNodePtr block, size_t i)
{
    xmlNodePtr date = bt->nodes[i];
    int kind = date_kind(ev, date);
    if (kind == MN_TKIND_PAST) /* a wrong weekday (NONE) was warned about */
        refuse(ev, date, "before the meeting");
    if (kind != MN_TKIND_EVENT)
        return 0;
    char *words = mn_text_folded(date);
    mn_evdate d = {date, block, bt->b.text, bt->b.len, bt->dates[i].start, bt->dates[i].end,
                   words ? words : "", &ev->ref};
    if (!ev->window)
        ev->window = malloc(MN_TSCAN_WINDOW * sizeof *ev->window);
    const char *why = mn_event_refusal(&d, ev->window);
    free(words);
    if (why)
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

/* The summary of date I from its sentence, or from its table row when the
 * date is alone in a cell (and its signature). */
static int summarise(const block_text *bt, size_t i, const xmlNode *cell, event *e)
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
    e->summary = mn_tsummary(bt->b.text, s, t, ds, de, e->deadline, others, n);
    if (!e->summary)
        return -1;
    e->sig = mn_tsummary_signature(e->summary);
    return 0;
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
    if (!e->location && ev->meeting_place && mn_event_same_place(bt->b.text, s, t))
        e->location = strdup(ev->meeting_place);
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

static event *same_occasion(events *ev, const event *e)
{
    for (event *o = same_key(ev, e, 0); o; o = same_key(ev, e, (size_t)(o - ev->v) + 1))
        if ((o->sig & e->sig) && mn_tsummary_related(o->summary, e->summary))
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

static void merge(xmlNodePtr date, const event *into, event *e)
{
    mn_set_attr(date, "event", into->id);
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

static int consider(events *ev, const block_text *bt, xmlNodePtr block, size_t i)
{
    xmlNodePtr date = bt->nodes[i];
    if (!eligible(ev, bt, block, i))
        return 0;
    event e;
    memset(&e, 0, sizeof e);
    e.start = mn_attr(date, "value");
    e.end = mn_attr(date, "end");
    e.certain = !mn_attr_is(date, "certain", "false");
    e.timed = e.start && strchr(e.start, 'T') != NULL;
    const xmlNode *cell = mn_event_cell(block);
    e.deadline = mn_tctx_deadline(bt->b.text, bt->b.len, bt->dates[i].start, bt->dates[i].end) ||
                 (cell && mn_event_due_column(cell));
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
    if (summarise(bt, i, cell, &e)) {
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

static void write_event(xmlNodePtr list, const event *e)
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
    mn_add(x, "summary", e->summary);
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
        write_event(list, &ev->v[i]);
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
    if (rc == 0)
        write_events(doc, &ev);
    for (size_t i = 0; i < ev.n; i++)
        event_free(&ev.v[i]);
    free(ev.v);
    for (size_t i = 0; i < ev.nids; i++)
        xmlFree(ev.ids[i]);
    free(ev.ids);
    free(ev.window);
    free(ev.meeting_place);
    mn_tblock_free(&ev.bt.b);
    free(ev.bt.dates);
    free(ev.bt.nodes);
    return rc ? mn_job_error(job, MN_EX_SOFTWARE, 0, "out of memory while listing events") : 0;
}
