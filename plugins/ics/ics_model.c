/* SPDX-License-Identifier: MIT */
/* ics_model.c — reads the canonical document (docs/INTERNALS.md section 3)
 * into the plain structs the calendar is built from: the meeting's metadata
 * and, per event, its dates, a short summary, and the sentence that names it
 * and the place (both the events pass's), its section and owner.  The
 * document is only read: nothing here analyses text. */
#include "ics.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ICS_SUMMARY_CHARS 80 /* calendar views show about this much */
#define ICS_TASK_CHARS 500   /* an action item's text, quoted in full up to this */

/* ---- dates ----------------------------------------------------------------- */

/* The one parser (mn_datetime_parse) reads the value; a calendar takes a
 * day, with any zone (a day is a day), or a time of day in UTC, which is
 * how the canonical document keeps them. */
int ics_parse_when(const char *s, ics_when *w)
{
    mn_datetime t;
    memset(w, 0, sizeof *w);
    if (!s || mn_datetime_parse(s, strlen(s), &t) != 0)
        return -1;
    if (t.has_time && (!t.has_zone || t.zone_minutes != 0 || t.hour > 23))
        return -1;
    *w = (ics_when){t.year, t.month, t.day, t.hour, t.minute, t.second, t.has_time};
    return 0;
}

int ics_when_cmp(const ics_when *a, const ics_when *b)
{
    const int x[] = {a->year, a->month, a->day, a->hour, a->minute, a->second};
    const int y[] = {b->year, b->month, b->day, b->hour, b->minute, b->second};
    for (int i = 0; i < 6; i++)
        if (x[i] != y[i])
            return x[i] < y[i] ? -1 : 1;
    return 0;
}

/* ---- small readers ----------------------------------------------------------- */

/* Attribute as a malloc'd string (free), or NULL when missing. */
static char *attr_dup(const mn_node *n, const char *name)
{
    const char *v = mn_node_attr(n, name);
    return v ? strdup(v) : NULL;
}

/* Folded text of the child NAME as a malloc'd string, or NULL when the child
 * is missing or empty. */
static char *child_text(const mn_node *parent, mn_kind kind)
{
    const mn_node *c = mn_node_child(parent, kind);
    if (!c)
        return NULL;
    char *t = mn_node_text_folded(c);
    if (t && !*t) {
        free(t);
        t = NULL;
    }
    return t;
}

/* ---- the id index -------------------------------------------------------------- */

/* Elements by id, and the dates that mention each event (in document
 * order: SEQ breaks ties, since qsort is not stable). */
typedef struct id_entry {
    char *id;
    const mn_node *node;
    size_t seq;
} id_entry;

typedef struct id_list {
    id_entry *v;
    size_t n, cap;
} id_list;

typedef struct id_index {
    id_list ids, mentions;
    int failed;
} id_index;

static void list_add(id_index *ix, id_list *l, char *id, const mn_node *node)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        id_entry *v = realloc(l->v, cap * sizeof *v);
        if (!v) {
            free(id);
            ix->failed = 1;
            return;
        }
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n] = (id_entry){id, node, l->n};
    l->n++;
}

static void index_add(id_index *ix, const mn_node *n)
{
    for (; n && !ix->failed; n = mn_node_next(n)) {
        if (!mn_node_is(n, MN_KIND_ANY) || mn_node_is(n, MN_KIND_EVENTS))
            continue;
        char *id = attr_dup(n, "id");
        if (id)
            list_add(ix, &ix->ids, id, n);
        char *ev = mn_node_is(n, MN_KIND_DATE) ? attr_dup(n, "event") : NULL;
        if (ev)
            list_add(ix, &ix->mentions, ev, n);
        index_add(ix, mn_node_first(n));
    }
}

static int entry_cmp(const void *a, const void *b)
{
    const id_entry *x = a, *y = b;
    int c = strcmp(x->id, y->id);
    return c ? c : (x->seq > y->seq) - (x->seq < y->seq);
}

static int key_cmp(const void *key, const void *entry)
{
    return strcmp(key, ((const id_entry *)entry)->id);
}

/* qsort and bsearch want a real array even when it is empty. */
static void list_sort(id_list *l)
{
    if (l->n)
        qsort(l->v, l->n, sizeof *l->v, entry_cmp);
}

static id_entry *list_find(const id_list *l, const char *id)
{
    return id && l->n ? bsearch(id, l->v, l->n, sizeof *l->v, key_cmp) : NULL;
}

static void index_sort(id_index *ix)
{
    list_sort(&ix->ids);
    list_sort(&ix->mentions);
}

static const mn_node *index_find(const id_index *ix, const char *id)
{
    id_entry *hit = list_find(&ix->ids, id);
    return hit ? hit->node : NULL;
}

/* The mentions of event ID: *N entries from the returned one. */
static const id_entry *index_mentions(const id_index *ix, const char *id, size_t *n)
{
    *n = 0;
    const id_entry *hit = list_find(&ix->mentions, id);
    if (!hit)
        return NULL;
    const id_entry *first = hit, *end = ix->mentions.v + ix->mentions.n;
    while (first > ix->mentions.v && strcmp(first[-1].id, id) == 0)
        first--;
    while (hit < end && strcmp(hit->id, id) == 0)
        hit++;
    *n = (size_t)(hit - first);
    return first;
}

static void list_free(id_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i].id);
    free(l->v);
}

static void index_free(id_index *ix)
{
    list_free(&ix->ids);
    list_free(&ix->mentions);
}

/* ---- the anchor: section, owner, the date as written ------------------------------- */

/* Whether DATE is in BLOCK's own inline text: nested blocks (lists,
 * tables, sections, notes) are other items with anchors of their own. */
static int in_own_text(const mn_node *date, const mn_node *block)
{
    for (const mn_node *p = mn_node_parent(date); mn_node_is(p, MN_KIND_ANY); p = mn_node_parent(p)) {
        if (p == block)
            return 1;
        mn_kind k = mn_node_kind(p);
        if (k == MN_KIND_LIST || k == MN_KIND_TABLE || k == MN_KIND_SECTION || k == MN_KIND_NOTE)
            return 0;
    }
    return 0;
}

/* The text of the first date mentioning event ID in BLOCK's own text, as
 * the minutes wrote it; NULL when none does (or out of memory). */
static char *as_written_in(const id_index *ix, const mn_node *block, const char *id)
{
    size_t n;
    const id_entry *m = index_mentions(ix, id, &n);
    for (size_t i = 0; i < n; i++)
        if (in_own_text(m[i].node, block))
            return mn_node_text_folded(m[i].node);
    return NULL;
}

/* "4 Updates from …" for the section around N, "Agenda" in the agenda. */
static char *section_of(const mn_node *n)
{
    for (const mn_node *p = n; mn_node_is(p, MN_KIND_ANY); p = mn_node_parent(p)) {
        if (mn_node_is(p, MN_KIND_AGENDA))
            return strdup("Agenda");
        if (!mn_node_is(p, MN_KIND_SECTION))
            continue;
        char *heading = child_text(p, MN_KIND_HEADING);
        char *num = attr_dup(p, "n");
        ics_buf b = {0};
        if (num && *num) {
            ics_buf_adds(&b, num);
            if (heading)
                ics_buf_addc(&b, ' ');
        }
        if (heading)
            ics_buf_adds(&b, heading);
        free(heading);
        free(num);
        char *s = ics_buf_take(&b);
        if (s && !*s) {
            free(s);
            s = NULL;
        }
        return s;
    }
    return NULL;
}

/* A task is quoted up to ICS_TASK_CHARS characters, of at most 4 bytes
 * each: reading stops past that, so an action item of megabytes that holds
 * a thousand events is not read whole for each of them. */
#define ICS_TASK_BYTES (4 * ICS_TASK_CHARS + 4)

static void add_folded(ics_buf *b, const char *s)
{
    for (; *s && b->len <= ICS_TASK_BYTES; s++) {
        if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
            if (b->len > 0 && b->s[b->len - 1] != ' ')
                ics_buf_addc(b, ' ');
        } else {
            ics_buf_addc(b, *s);
        }
    }
}

/* N's own inline text, white space folded: nested blocks are other items. */
static void add_own_text(ics_buf *b, const mn_node *n)
{
    for (const mn_node *c = mn_node_first(n); c && b->len <= ICS_TASK_BYTES; c = mn_node_next(c)) {
        mn_kind k = mn_node_kind(c);
        if (k == MN_KIND_TEXT)
            add_folded(b, mn_node_text(c) ? mn_node_text(c) : "");
        else if (k == MN_KIND_BR)
            add_folded(b, " ");
        else if (mn_node_is(c, MN_KIND_ANY) && k != MN_KIND_LIST && k != MN_KIND_TABLE &&
                 k != MN_KIND_SECTION && k != MN_KIND_NOTE)
            add_own_text(b, c);
    }
}

/* The task an action item states, quoted as the minutes wrote it (long
 * ones shortened); NULL when empty or out of memory. */
static char *task_of(const mn_node *action)
{
    ics_buf b = {0};
    add_own_text(&b, action);
    char *t = ics_buf_take(&b);
    if (!t)
        return NULL;
    size_t len = strlen(t);
    while (len > 0 && t[len - 1] == ' ')
        t[--len] = '\0';
    char *text = *t == ' ' ? t + 1 : t;
    char *task = *text ? ics_shorten(text, ICS_TASK_CHARS) : NULL;
    free(t);
    return task;
}

/* Fills the event's section, owner, task, is_action and the date as written from
 * the element it is anchored at. */
static void read_anchor(const id_index *ix, const mn_node *ref, ics_event *e)
{
    e->as_written = as_written_in(ix, ref, e->id);
    e->section = section_of(ref);
    e->is_action = mn_node_is(ref, MN_KIND_ACTION);
    if (e->is_action) {
        e->owner = attr_dup(ref, "owner");
        e->task = task_of(ref);
        const char *status = mn_node_attr(ref, "status");
        e->done = status && strcmp(status, "done") == 0;
    }
}

/* ---- events ---------------------------------------------------------------------- */

/* Reads the dates of EV.  Returns 0, or 1 when the event cannot be placed
 * (warned on JOB). */
static int read_dates(mn_job *job, const mn_node *ev, ics_event *e)
{
    char *start = attr_dup(ev, "start"), *end = attr_dup(ev, "end");
    int rc = 0;
    if (ics_parse_when(start, &e->start) != 0) {
        mn_job_warning(job, "ics-event", 0,
                       "ics: event %s: start \"%s\" is not a date; left out of the calendar",
                       e->id ? e->id : "?", start ? start : "");
        rc = 1;
    } else if (end && ics_parse_when(end, &e->end) != 0) {
        mn_job_warning(job, "ics-event", 0,
                       "ics: event %s: end \"%s\" is not a date; ignored", e->id ? e->id : "?",
                       end);
    } else if (end) {
        e->has_end = 1;
        if (e->start.has_time != e->end.has_time) {
            /* A day and a time cannot bound one entry: keep the days. */
            e->start.has_time = e->end.has_time = 0;
            e->start.hour = e->start.minute = e->start.second = 0;
            e->end.hour = e->end.minute = e->end.second = 0;
        }
        if (ics_when_cmp(&e->end, &e->start) < 0) {
            mn_job_warning(job, "ics-event", 0, "ics: event %s: end %s is before start %s; end ignored",
                           e->id ? e->id : "?", end, start);
            e->has_end = 0;
        }
    }
    free(start);
    free(end);
    return rc;
}

static char *first_nonempty(char *a, char *b, const char *fallback)
{
    if (a && *a)
        return strdup(a);
    if (b && *b)
        return strdup(b);
    return strdup(fallback);
}

/* Reads one event.  Returns 0, 1 to leave it out, or -1 when out of memory.
 * The sentence that names it is the events pass's <description>: a writer
 * reads the document and finds nothing in its text. */
static int read_event(mn_job *job, const id_index *ix, const mn_node *ev, ics_event *e)
{
    e->id = attr_dup(ev, "id");
    e->ref = attr_dup(ev, "ref");
    const char *kind = mn_node_attr(ev, "kind"), *certain = mn_node_attr(ev, "certain");
    e->deadline = kind && strcmp(kind, "deadline") == 0;
    e->tentative = certain && (strcmp(certain, "false") == 0 || strcmp(certain, "0") == 0);
    if (read_dates(job, ev, e) != 0)
        return 1;
    const mn_node *ref = index_find(ix, e->ref);
    if (ref)
        read_anchor(ix, ref, e);
    else if (e->ref)
        mn_job_warning(job, "ics-event", 0,
                       "ics: event %s: ref \"%s\" names no element", e->id ? e->id : "?",
                       e->ref);
    char *summary = child_text(ev, MN_KIND_SUMMARY);
    e->sentence = child_text(ev, MN_KIND_DESCRIPTION);
    char *full = first_nonempty(summary, e->sentence, e->deadline ? "Deadline" : "Event");
    free(summary);
    if (!full)
        return -1;
    e->summary = ics_shorten(full, ICS_SUMMARY_CHARS);
    free(full);
    e->location = child_text(ev, MN_KIND_LOCATION); /* the events pass finds places */
    e->recurrence = attr_dup(ev, "recurrence");
    return e->summary ? 0 : -1;
}

static void event_free(ics_event *e)
{
    free(e->id);
    free(e->ref);
    free(e->uid);
    free(e->summary);
    free(e->sentence);
    free(e->task);
    free(e->section);
    free(e->owner);
    free(e->as_written);
    free(e->location);
    free(e->recurrence);
}

/* ---- UIDs ------------------------------------------------------------------------- */

typedef struct uid_slot {
    const char *ref;
    size_t index;
} uid_slot;

static int slot_cmp(const void *a, const void *b)
{
    const uid_slot *x = a, *y = b;
    int c = strcmp(x->ref, y->ref);
    return c ? c : (x->index > y->index) - (x->index < y->index);
}

/* Entries anchored at the same item are told apart by their order there. */
static int assign_uids(ics_model *m)
{
    uid_slot *slots = calloc(m->n_events ? m->n_events : 1, sizeof *slots);
    if (!slots)
        return -1;
    for (size_t i = 0; i < m->n_events; i++) {
        ics_event *e = &m->events[i];
        slots[i].ref = e->ref ? e->ref : e->id ? e->id : "";
        slots[i].index = i;
    }
    qsort(slots, m->n_events, sizeof *slots, slot_cmp);
    int rc = 0;
    unsigned ordinal = 0;
    for (size_t k = 0; k < m->n_events; k++) {
        ordinal = k > 0 && strcmp(slots[k].ref, slots[k - 1].ref) == 0 ? ordinal + 1 : 1;
        ics_event *e = &m->events[slots[k].index];
        e->uid = ics_uid(m->identity, slots[k].ref, ordinal);
        if (!e->uid)
            rc = -1;
    }
    free(slots);
    return rc;
}

/* ---- meta --------------------------------------------------------------------------- */

static char *agenda_text(const mn_node *agenda)
{
    ics_buf b = {0};
    for (const mn_node *it = mn_node_child(agenda, MN_KIND_ITEM); it;
         it = mn_node_next_of(it, MN_KIND_ITEM)) {
        char *n = attr_dup(it, "n"), *t = mn_node_text_folded(it);
        if (b.len)
            ics_buf_addc(&b, '\n');
        if (n && *n) {
            ics_buf_adds(&b, n);
            ics_buf_adds(&b, isdigit((unsigned char)n[strlen(n) - 1]) ? ". " : " ");
        }
        ics_buf_adds(&b, t ? t : "");
        free(n);
        free(t);
    }
    if (!b.len) {
        ics_buf_free(&b);
        return NULL;
    }
    return ics_buf_take(&b);
}

static int read_meta(const mn_node *root, ics_model *m)
{
    const mn_node *meta = mn_node_child(root, MN_KIND_META);
    const mn_node *time = mn_node_child(meta, MN_KIND_TIME);
    m->title = child_text(meta, MN_KIND_TITLE);
    m->subtitle = child_text(meta, MN_KIND_SUBTITLE);
    m->date = child_text(meta, MN_KIND_DATE);
    m->location = child_text(meta, MN_KIND_LOCATION);
    m->url = child_text(meta, MN_KIND_URL);
    if (time) {
        m->time_start = attr_dup(time, "start");
        m->time_end = attr_dup(time, "end");
        m->zone = attr_dup(time, "zone");
    }
    char *source = attr_dup(mn_node_child(meta, MN_KIND_SOURCE), "name");
    m->calname = first_nonempty(m->title, source, "Minutes");
    free(source);
    m->agenda = agenda_text(mn_node_child(root, MN_KIND_AGENDA));
    m->lang = mn_node_lang(root);
    ics_identity(m->title, m->date, m->identity);
    return m->calname ? 0 : -1;
}

/* ---- the model ------------------------------------------------------------------------ */

static int read_events(mn_job *job, const mn_node *root, const id_index *ix, ics_model *m)
{
    const mn_node *events = mn_node_child(root, MN_KIND_EVENTS);
    size_t count = 0;
    for (const mn_node *ev = mn_node_child(events, MN_KIND_EVENT); ev;
         ev = mn_node_next_of(ev, MN_KIND_EVENT))
        count++;
    m->events = calloc(count ? count : 1, sizeof *m->events);
    if (!m->events)
        return -1;
    for (const mn_node *ev = mn_node_child(events, MN_KIND_EVENT); ev;
         ev = mn_node_next_of(ev, MN_KIND_EVENT)) {
        ics_event *e = &m->events[m->n_events];
        int rc = read_event(job, ix, ev, e);
        if (rc < 0) {
            event_free(e);
            return -1;
        }
        if (rc > 0) {
            event_free(e);
            memset(e, 0, sizeof *e);
            continue;
        }
        m->n_events++;
    }
    return assign_uids(m);
}

int ics_model_read(mn_job *job, const mn_doc *doc, ics_model *m)
{
    memset(m, 0, sizeof *m);
    id_index ix = {0};
    const mn_node *root = mn_doc_root(doc);
    if (!mn_node_is(root, MN_KIND_MINUTES))
        return mn_job_error(job, MN_EX_SOFTWARE, 0, "ics: the document is not canonical minutes");
    index_add(&ix, mn_node_first(root));
    if (!ix.failed)
        index_sort(&ix);
    int rc = ix.failed || read_meta(root, m) != 0 || read_events(job, root, &ix, m) != 0;
    index_free(&ix);
    m->words = rc ? NULL : mn_words_of(job, m->lang);
    if (rc) {
        ics_model_free(m);
        return mn_job_error(job, MN_EX_SOFTWARE, 0, "ics: out of memory");
    }
    return 0;
}

void ics_model_free(ics_model *m)
{
    for (size_t i = 0; i < m->n_events; i++)
        event_free(&m->events[i]);
    free(m->events);
    free(m->title);
    free(m->subtitle);
    free(m->date);
    free(m->time_start);
    free(m->time_end);
    free(m->zone);
    free(m->location);
    free(m->url);
    free(m->calname);
    free(m->agenda);
    memset(m, 0, sizeof *m);
}
