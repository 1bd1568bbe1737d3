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
#include "passes.h"
#include "temporal_context.h"
#include "temporal_doc.h"
#include "temporal_kind.h"
#include "temporal_scan.h"
#include "temporal_summary.h"
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
} event;

typedef struct events {
    event *v;
    size_t n, cap;
    mn_tref ref;
    mn_job *job;
    xmlDocPtr doc;
} events;

static void event_free(event *e)
{
    xmlFree(e->ref);
    xmlFree(e->start);
    xmlFree(e->end);
    free(e->summary);
    free(e->description);
}

/* The nearest ancestor with an id (the anchor) and the nearest block. */
static xmlNodePtr anchor_of(xmlNodePtr n)
{
    for (xmlNodePtr p = n->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent)
        if (xmlHasProp(p, BAD_CAST "id"))
            return p;
    return NULL;
}

static xmlNodePtr block_of(xmlNodePtr n)
{
    for (xmlNodePtr p = n->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent)
        if (mn_tdoc_is_block(p))
            return p;
    return NULL;
}

/* Whether the date is an upcoming occasion worth a calendar entry (the
 * deadline question is settled later, from the text). */
static int eligible(const events *ev, xmlNodePtr date)
{
    char *value = mn_attr(date, "value"), *end = mn_attr(date, "end");
    char *precision = mn_attr(date, "precision");
    int conflict = 0;
    if (mn_attr_is(date, "certain", "false")) {
        char *words = mn_text(date);
        conflict = mn_tscan_weekday_conflict(words, value);
        xmlFree(words);
    }
    int kind = mn_tkind(mn_tprec_parse(precision), value, end, conflict, 0, &ev->ref);
    xmlFree(value);
    xmlFree(end);
    xmlFree(precision);
    return kind == MN_TKIND_EVENT;
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

/* Kind, summary and description of the date from its block's text. */
static int describe(xmlNodePtr date, event *e)
{
    xmlNodePtr block = block_of(date);
    mn_tblock b;
    if (!block || mn_tblock_build(block, &b))
        return block ? -1 : 0;
    size_t ds = 0, de = 0, n = 0;
    mn_tspan *others = malloc((b.nseg + 1) * sizeof *others);
    if (!others) {
        mn_tblock_free(&b);
        return -1;
    }
    for (size_t i = 0; i < b.nseg; i++) {
        if (b.segs[i].node == date) {
            ds = b.segs[i].start;
            de = b.segs[i].end;
        } else if (mn_is(b.segs[i].node, "date")) {
            others[n++] = (mn_tspan){b.segs[i].start, b.segs[i].end};
        }
    }
    size_t s, t;
    mn_tctx_sentence(b.text, b.len, ds, de, &s, &t);
    e->deadline = mn_tctx_deadline(b.text, b.len, ds, de);
    e->summary = mn_tsummary(b.text, s, t, ds, de, e->deadline, others, n);
    e->description = folded(b.text + s, t - s);
    free(others);
    mn_tblock_free(&b);
    return e->summary && e->description ? 0 : -1;
}

static int same_text(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* An earlier event this mention is one more mention of, or NULL. */
static event *same_occasion(events *ev, const event *e)
{
    for (size_t i = 0; i < ev->n; i++) {
        event *o = &ev->v[i];
        if (o->deadline == e->deadline && same_text(o->start, e->start) && same_text(o->end, e->end) &&
            (e->timed || mn_tsummary_related(o->summary, e->summary)))
            return o;
    }
    return NULL;
}

static int id_taken(const events *ev, xmlNodePtr n, const char *id)
{
    for (size_t i = 0; i < ev->n; i++)
        if (strcmp(ev->v[i].id, id) == 0)
            return 1;
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        xmlChar *v = xmlGetProp(n, BAD_CAST "id");
        int same = v && strcmp((const char *)v, id) == 0;
        xmlFree(v);
        if (same || id_taken(ev, n->children, id))
            return 1;
    }
    return 0;
}

/* e-<anchor>-<n>: n counts this anchor's events, so ids elsewhere stay put. */
static void make_id(events *ev, event *e)
{
    int n = 1;
    for (size_t i = 0; i < ev->n; i++)
        n += same_text(ev->v[i].ref, e->ref);
    xmlNodePtr root = xmlDocGetRootElement(ev->doc);
    for (;; n++) {
        if (e->ref)
            snprintf(e->id, sizeof e->id, "e-%.80s-%d", e->ref, n);
        else
            snprintf(e->id, sizeof e->id, "e-%d", n);
        if (!id_taken(ev, root, e->id))
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

static int consider(events *ev, xmlNodePtr date)
{
    if (!eligible(ev, date))
        return 0;
    event e;
    memset(&e, 0, sizeof e);
    xmlNodePtr anchor = anchor_of(date);
    e.ref = anchor ? mn_attr(anchor, "id") : NULL;
    e.start = mn_attr(date, "value");
    e.end = mn_attr(date, "end");
    e.certain = !mn_attr_is(date, "certain", "false");
    e.timed = e.start && strchr(e.start, 'T') != NULL;
    if (describe(date, &e)) {
        event_free(&e);
        return -1;
    }
    event *same = same_occasion(ev, &e);
    if (same) {
        mn_set_attr(date, "event", same->id);
        event_free(&e);
        return 0;
    }
    make_id(ev, &e);
    mn_set_attr(date, "event", e.id);
    if (push(ev, &e)) {
        event_free(&e);
        return -1;
    }
    return 0;
}

static int walk(events *ev, xmlNodePtr n)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (mn_is(c, "date")) {
            if (consider(ev, c))
                return -1;
        } else if (walk(ev, c)) {
            return -1;
        }
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
}

static void write_events(xmlDocPtr doc, const events *ev)
{
    xmlNodePtr body = mn_body(doc);
    xmlNodePtr old = mn_child(xmlDocGetRootElement(doc), "events");
    if (old) {
        xmlUnlinkNode(old);
        xmlFreeNode(old);
    }
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
    xmlNodePtr parts[] = {mn_child(root, "agenda"), mn_body(doc)};
    int rc = 0;
    for (size_t i = 0; i < 2 && rc == 0; i++)
        if (parts[i])
            rc = walk(&ev, parts[i]);
    if (rc == 0)
        write_events(doc, &ev);
    for (size_t i = 0; i < ev.n; i++)
        event_free(&ev.v[i]);
    free(ev.v);
    return rc ? mn_job_error(job, MN_EX_SOFTWARE, 0, "out of memory while listing events") : 0;
}
