/* SPDX-License-Identifier: MIT */
/* ics_model.c — reads the canonical document (docs/INTERNALS.md section 3)
 * into the plain structs the calendar is built from: the meeting's metadata
 * and, per event, its dates, a short summary, the sentence that names it, its
 * section and the place the events pass found.  The document is only read. */
#include "ics.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ICS_SUMMARY_CHARS 80   /* calendar views show about this much */
#define ICS_SENTENCE_BYTES 2000 /* a sentence longer than this is not one */

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

/* ---- the anchor: sentence, section, owner ---------------------------------------- */

/* A block's own inline text, white space folded, with where each of its
 * dates falls in it and where its sentences end.  Built once and kept for
 * the next events: a block holds many events (a long paragraph, 1000), and
 * reading its text again for each made them quadratic. */
typedef struct block_date {
    const mn_node *node; /* a <date> with an event */
    size_t mark;         /* its offset in the text */
} block_date;

typedef struct block_text {
    const mn_node *block; /* NULL: an empty slot */
    ics_buf text;
    block_date *dates;    /* by node address */
    size_t ndates, dates_cap;
    ics_sentences sentences;
    int failed;
} block_text;

/* The last few blocks read: an event's anchor and the blocks of its other
 * mentions come round again for the next events. */
#define BLOCK_CACHE 4
typedef struct block_cache {
    block_text slot[BLOCK_CACHE];
    size_t next; /* the slot to reuse next */
} block_cache;

static void add_folded(ics_buf *b, const char *s)
{
    for (; *s; s++) {
        if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
            if (b->len > 0 && b->s[b->len - 1] != ' ')
                ics_buf_addc(b, ' ');
        } else {
            ics_buf_addc(b, *s);
        }
    }
}

static void add_date(block_text *bt, const mn_node *date)
{
    if (bt->ndates == bt->dates_cap) {
        size_t cap = bt->dates_cap ? 2 * bt->dates_cap : 16;
        block_date *v = realloc(bt->dates, cap * sizeof *v);
        if (!v) {
            bt->failed = 1;
            return;
        }
        bt->dates = v;
        bt->dates_cap = cap;
    }
    bt->dates[bt->ndates++] = (block_date){date, bt->text.len};
}

/* The element's own inline text: nested blocks (lists, tables, sections,
 * notes) are other items with anchors of their own. */
static void collect_inline(const mn_node *n, block_text *bt)
{
    for (const mn_node *c = mn_node_first(n); c && !bt->failed; c = mn_node_next(c)) {
        mn_kind k = mn_node_kind(c);
        if (k == MN_KIND_TEXT) {
            const char *t = mn_node_text(c);
            add_folded(&bt->text, t ? t : "");
        } else if (mn_node_is(c, MN_KIND_ANY)) {
            if (k == MN_KIND_LIST || k == MN_KIND_TABLE || k == MN_KIND_SECTION || k == MN_KIND_NOTE)
                continue;
            if (k == MN_KIND_BR) {
                add_folded(&bt->text, " ");
                continue;
            }
            if (k == MN_KIND_DATE && mn_node_attr(c, "event"))
                add_date(bt, c);
            collect_inline(c, bt);
        }
    }
}

static int date_cmp(const void *a, const void *b)
{
    const mn_node *x = ((const block_date *)a)->node, *y = ((const block_date *)b)->node;
    return (x > y) - (x < y);
}

static void block_text_free(block_text *bt)
{
    ics_buf_free(&bt->text);
    free(bt->dates);
    ics_sentences_free(&bt->sentences);
    memset(bt, 0, sizeof *bt);
}

static void block_cache_free(block_cache *bc)
{
    for (size_t i = 0; i < BLOCK_CACHE; i++)
        block_text_free(&bc->slot[i]);
}

/* BLOCK's text, read now unless it is one of the last few; NULL when out
 * of memory. */
static const block_text *block_text_of(block_cache *bc, const mn_node *block)
{
    for (size_t i = 0; i < BLOCK_CACHE; i++)
        if (bc->slot[i].block == block)
            return &bc->slot[i];
    block_text *bt = &bc->slot[bc->next];
    bc->next = (bc->next + 1) % BLOCK_CACHE;
    block_text_free(bt);
    collect_inline(block, bt);
    ics_buf_addc(&bt->text, '\0'); /* a text, even an empty one */
    if (bt->failed || bt->text.failed) {
        block_text_free(bt);
        return NULL;
    }
    size_t len = bt->text.len - 1;
    while (len > 0 && bt->text.s[len - 1] == ' ')
        bt->text.s[--len] = '\0';
    if (ics_sentences_index(&bt->sentences, bt->text.s, len) < 0) {
        block_text_free(bt);
        return NULL;
    }
    if (bt->ndates)
        qsort(bt->dates, bt->ndates, sizeof *bt->dates, date_cmp);
    bt->block = block;
    return bt;
}

/* Where DATE falls in BT's text, or -1 when it is not in its own text. */
static long date_mark(const block_text *bt, const mn_node *date)
{
    block_date key = {date, 0};
    const block_date *hit =
        bt->ndates ? bsearch(&key, bt->dates, bt->ndates, sizeof key, date_cmp) : NULL;
    return hit ? (long)hit->mark : -1;
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

/* The sentence of BLOCK's own text that holds the first date mentioning
 * event ID (the first sentence when none does); that date's text goes to
 * *AS_WRITTEN when it is not NULL.  Caller frees; NULL when out of memory. */
static char *sentence_in(block_cache *bc, const id_index *ix, const mn_node *block,
                         const char *id, char **as_written)
{
    if (as_written)
        *as_written = NULL;
    const block_text *bt = block_text_of(bc, block);
    if (!bt)
        return NULL;
    size_t n;
    const id_entry *m = index_mentions(ix, id, &n);
    long mark = -1;
    for (size_t i = 0; i < n && mark < 0; i++) {
        mark = date_mark(bt, m[i].node);
        if (mark >= 0 && as_written)
            *as_written = mn_node_text_folded(m[i].node);
    }
    size_t a, b;
    ics_sentence_span(&bt->sentences, mark >= 0 ? (size_t)mark : 0, &a, &b);
    /* A sentence longer than ICS_SENTENCE_BYTES is not one: it is cut, so
     * its first bytes are all that is copied. */
    int is_one = b - a <= ICS_SENTENCE_BYTES;
    ics_buf buf = {0};
    ics_buf_add(&buf, bt->text.s + a, is_one ? b - a : ICS_SENTENCE_BYTES + 1);
    char *sentence = ics_buf_take(&buf);
    if (sentence && !is_one) {
        char *cut = ics_shorten(sentence, ICS_SENTENCE_BYTES / 4);
        free(sentence);
        sentence = cut;
    }
    return sentence;
}

/* Fills the event's sentence, as_written, section, owner and is_action from
 * the element it is anchored at.  Returns 0 or -1 when out of memory. */
static int read_anchor(block_cache *bc, const id_index *ix, const mn_node *ref, ics_event *e)
{
    e->sentence = sentence_in(bc, ix, ref, e->id, &e->as_written);
    e->section = section_of(ref);
    e->is_action = mn_node_is(ref, MN_KIND_ACTION);
    if (e->is_action) {
        e->owner = attr_dup(ref, "owner");
        const char *status = mn_node_attr(ref, "status");
        e->done = status && strcmp(status, "done") == 0;
    }
    return e->sentence ? 0 : -1;
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

/* Reads one event.  Returns 0, 1 to leave it out, or -1 when out of memory. */
static int read_event(mn_job *job, block_cache *bc, const id_index *ix, const mn_node *ev,
                      ics_event *e)
{
    e->id = attr_dup(ev, "id");
    e->ref = attr_dup(ev, "ref");
    const char *kind = mn_node_attr(ev, "kind"), *certain = mn_node_attr(ev, "certain");
    e->deadline = kind && strcmp(kind, "deadline") == 0;
    e->tentative = certain && (strcmp(certain, "false") == 0 || strcmp(certain, "0") == 0);
    if (read_dates(job, ev, e) != 0)
        return 1;
    const mn_node *ref = index_find(ix, e->ref);
    if (ref && read_anchor(bc, ix, ref, e) != 0)
        return -1;
    if (!ref && e->ref)
        mn_job_warning(job, "ics-event", 0,
                       "ics: event %s: ref \"%s\" names no element", e->id ? e->id : "?",
                       e->ref);
    char *summary = child_text(ev, MN_KIND_SUMMARY);
    e->note = child_text(ev, MN_KIND_DESCRIPTION);
    if (e->note && e->sentence && strstr(e->sentence, e->note)) {
        free(e->note);
        e->note = NULL;
    }
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
    free(e->note);
    free(e->sentence);
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
    block_cache bc = {0};
    for (const mn_node *ev = mn_node_child(events, MN_KIND_EVENT); ev;
         ev = mn_node_next_of(ev, MN_KIND_EVENT)) {
        ics_event *e = &m->events[m->n_events];
        int rc = read_event(job, &bc, ix, ev, e);
        if (rc < 0) {
            event_free(e);
            block_cache_free(&bc);
            return -1;
        }
        if (rc > 0) {
            event_free(e);
            memset(e, 0, sizeof *e);
            continue;
        }
        m->n_events++;
    }
    block_cache_free(&bc);
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
