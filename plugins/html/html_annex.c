/* SPDX-License-Identifier: MIT */
/* html_annex.c — the parts the page adds around the body: the agenda,
 * a summary of the actions, the "Upcoming dates" table from the calendar
 * entries, and the participants by group. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html.h"

#define SUMMARY_CHARS 110 /* an action's text in the summary table */

/* ---- agenda ------------------------------------------------------------------------ */

static int all_numbers(const mn_node *agenda)
{
    for (const mn_node *i = mn_node_child(agenda, MN_KIND_ITEM); i; i = mn_node_next_of(i, MN_KIND_ITEM)) {
        const char *n = mn_node_attr(i, "n");
        if (!n || !*n || strlen(n) > 6 || strspn(n, "0123456789") != strlen(n))
            return 0;
    }
    return 1;
}

void hw_agenda(hw *w)
{
    ho *h = w->h;
    const mn_node *agenda = mn_node_child(w->root, MN_KIND_AGENDA);
    if (!hd_has(agenda, MN_KIND_ITEM))
        return;
    int numbers = all_numbers(agenda);
    ho_str(h, "<section id=\"agenda\">\n<h2>");
    ho_text(h, hw_label(w, "agenda"));
    ho_str(h, numbers ? "</h2>\n<ol>\n" : "</h2>\n<ol class=\"labelled\">\n");
    for (const mn_node *i = mn_node_child(agenda, MN_KIND_ITEM); i; i = mn_node_next_of(i, MN_KIND_ITEM)) {
        const char *n = mn_node_attr(i, "n"), *presenter = mn_node_attr(i, "presenter");
        ho_str(h, "<li");
        ho_attr_pair(h, "id", mn_node_attr(i, "id"));
        if (numbers)
            ho_attr_pair(h, "value", n);
        ho_str(h, ">");
        if (!numbers && n) {
            ho_str(h, "<span class=\"n\">");
            ho_text(h, n);
            ho_str(h, "</span>");
        }
        hw_flow(w, i);
        if (presenter && *presenter) {
            ho_str(h, " <span class=\"presenter\">(");
            ho_text(h, hw_label(w, "presenter"));
            ho_str(h, " ");
            ho_text(h, presenter);
            ho_str(h, ")</span>");
        }
        ho_str(h, "</li>\n");
    }
    ho_str(h, "</ol>\n</section>\n");
}

/* ---- where things are: ids and their sections ---------------------------------------- */

static void anchors_add(hw_anchors *a, const char *id, const mn_node *node, const mn_node *section)
{
    if (a->n == a->cap) {
        size_t cap = a->cap ? a->cap * 2 : 64;
        hw_anchor *v = realloc(a->v, cap * sizeof *v);
        if (!v) {
            a->failed = 1;
            return;
        }
        a->v = v;
        a->cap = cap;
    }
    a->v[a->n++] = (hw_anchor){id, node, section};
}

static void actions_add(hw_anchors *a, const mn_node *action)
{
    if (a->n_actions == a->cap_actions) {
        size_t cap = a->cap_actions ? a->cap_actions * 2 : 16;
        const mn_node **v = realloc(a->actions, cap * sizeof *v);
        if (!v) {
            a->failed = 1;
            return;
        }
        a->actions = v;
        a->cap_actions = cap;
    }
    a->actions[a->n_actions++] = action;
}

/* Whether an element of kind K holds no id, nor anything that has one: the
 * schema gives inline elements none, and a heading holds inline content.
 * Most nodes of a long body are below its paragraphs: they are not
 * visited. */
static int without_ids(mn_kind k)
{
    return k == MN_KIND_TEXT || k == MN_KIND_HEADING || k == MN_KIND_META || k == MN_KIND_BR ||
           k == MN_KIND_EM || k == MN_KIND_STRONG || k == MN_KIND_LINK || k == MN_KIND_DATE;
}

static void anchors_walk(hw_anchors *a, const mn_node *n, const mn_node *section)
{
    for (const mn_node *c = mn_node_first(n); c && !a->failed; c = mn_node_next(c)) {
        mn_kind k = mn_node_kind(c);
        if (without_ids(k))
            continue;
        if (k == MN_KIND_ACTION)
            actions_add(a, c);
        const mn_node *s = k == MN_KIND_SECTION ? c : section;
        const char *id = mn_node_attr(c, "id");
        if (id)
            anchors_add(a, id, c, s);
        if (k != MN_KIND_P) /* a paragraph holds inline content only */
            anchors_walk(a, c, s);
    }
}

/* FNV-1a: ids are short ("s4.p12") and few lookups are made, so a plain
 * hash does; a table costs a tenth of sorting every id of a long body. */
static size_t id_hash(const char *id)
{
    size_t h = 14695981039346656037u;
    for (const unsigned char *p = (const unsigned char *)id; *p; p++)
        h = (h ^ *p) * 1099511628211u;
    return h;
}

/* Indexes a->v.  An id given twice (a schema-valid document has none)
 * finds its first element. */
static void anchors_index(hw_anchors *a)
{
    size_t cap = 16;
    while (cap < 2 * a->n)
        cap *= 2;
    a->slots = calloc(cap, sizeof *a->slots);
    if (!a->slots) {
        a->failed = 1;
        return;
    }
    a->mask = cap - 1;
    for (size_t i = 0; i < a->n; i++) {
        size_t s = id_hash(a->v[i].id) & a->mask;
        while (a->slots[s] && strcmp(a->v[a->slots[s] - 1].id, a->v[i].id) != 0)
            s = (s + 1) & a->mask;
        if (!a->slots[s])
            a->slots[s] = i + 1;
    }
}

void hw_anchors_build(hw_anchors *a, const mn_node *root)
{
    memset(a, 0, sizeof *a);
    anchors_walk(a, root, NULL);
    if (a->n && !a->failed)
        anchors_index(a);
}

void hw_anchors_free(hw_anchors *a)
{
    free(a->v);
    free(a->slots);
    free(a->actions);
    memset(a, 0, sizeof *a);
}

const hw_anchor *hw_anchors_find(const hw_anchors *a, const char *id)
{
    if (!id || !a->slots)
        return NULL;
    for (size_t s = id_hash(id) & a->mask; a->slots[s]; s = (s + 1) & a->mask)
        if (strcmp(a->v[a->slots[s] - 1].id, id) == 0)
            return &a->v[a->slots[s] - 1];
    return NULL;
}

/* ---- actions ----------------------------------------------------------------------- */

int hw_has_actions(const hw *w)
{
    return w->ids.n_actions > 0;
}

/* TEXT cut at a word boundary to at most MAX characters, with an ellipsis. */
static void shortened(ho *h, const char *text, size_t max)
{
    size_t chars = 0, cut = 0, i = 0;
    for (; text[i]; i++) {
        if (((unsigned char)text[i] & 0xC0) == 0x80)
            continue;
        if (chars == max)
            break;
        if (text[i] == ' ')
            cut = i;
        chars++;
    }
    if (!text[i]) {
        ho_text(h, text);
        return;
    }
    char *copy = strndup(text, cut ? cut : i);
    ho_text(h, copy ? copy : "");
    ho_str(h, "\u2026");
    free(copy);
}

static void action_row(hw *w, const mn_node *a, int with_status)
{
    ho *h = w->h;
    const char *id = mn_node_attr(a, "id"), *status = mn_node_attr(a, "status"), *due = mn_node_attr(a, "due");
    char text[4 * (SUMMARY_CHARS + 1) + 1];
    hd_folded_prefix(a, SUMMARY_CHARS, text, sizeof text);
    ho_str(h, "<tr><td>");
    if (id) {
        ho_str(h, "<a href=\"#");
        ho_attr(h, id);
        ho_str(h, "\">");
    }
    shortened(h, text, SUMMARY_CHARS);
    ho_str(h, id ? "</a></td><td>" : "</td><td>");
    ho_text(h, mn_node_attr(a, "owner"));
    ho_str(h, "</td><td>");
    if (due)
        hdate_time(h, w->dates, due, 0);
    if (with_status) {
        ho_str(h, "</td><td>");
        int known = status && (strcmp(status, "open") == 0 || strcmp(status, "done") == 0 ||
                               strcmp(status, "carried") == 0);
        ho_text(h, known ? hw_label(w, status) : status);
    }
    ho_str(h, "</td></tr>\n");
}

void hw_actions_summary(hw *w)
{
    ho *h = w->h;
    struct {
        const mn_node **v;
        size_t n;
    } l = {w->ids.actions, w->ids.n_actions};
    int with_status = 0;
    for (size_t i = 0; i < l.n; i++)
        with_status |= mn_node_attr(l.v[i], "status") != NULL;
    if (l.n) {
        ho_str(h, "<section id=\"actions\">\n<h2>");
        ho_text(h, hw_label(w, "actions"));
        ho_str(h, "</h2>\n<table>\n<thead>\n<tr><th scope=\"col\">");
        ho_text(h, hw_label(w, "action"));
        ho_str(h, "</th><th scope=\"col\">");
        ho_text(h, hw_label(w, "owner"));
        ho_str(h, "</th><th scope=\"col\">");
        ho_text(h, hw_label(w, "due"));
        if (with_status) {
            ho_str(h, "</th><th scope=\"col\">");
            ho_text(h, hw_label(w, "status"));
        }
        ho_str(h, "</th></tr>\n</thead>\n<tbody>\n");
        for (size_t i = 0; i < l.n; i++)
            action_row(w, l.v[i], with_status);
        ho_str(h, "</tbody>\n</table>\n</section>\n");
    }
}

/* ---- upcoming dates --------------------------------------------------------------- */

int hw_has_events(const hw *w)
{
    return hd_has(mn_node_child(w->root, MN_KIND_EVENTS), MN_KIND_EVENT);
}

typedef struct dated {
    const mn_node *event;
    const char *start;
    size_t seq;
} dated;

/* By start; a day sorts before the times of that day ("2025-11-19" is a
 * prefix of "2025-11-19T04:00:00Z"); document order breaks ties. */
static int dated_cmp(const void *x, const void *y)
{
    const dated *a = x, *b = y;
    int c = strcmp(a->start, b->start);
    return c ? c : (a->seq > b->seq) - (a->seq < b->seq);
}

/* D's time of day, "17:00" or LOCAL's way ("17 h 00"). */
static const char *time_of(const mn_words *local, const hdate *d, char *buf, size_t size)
{
    if (!local || !mn_words_time(local, d->hour, d->minute, buf, size))
        snprintf(buf, size, "%02d:%02d", d->hour, d->minute);
    return buf;
}

static void when_cell(ho *h, const mn_words *local, const mn_node *e)
{
    const char *start = mn_node_attr(e, "start"), *end = mn_node_attr(e, "end");
    hdate a, b;
    if (end && hdate_parse(start, &a) == 0 && hdate_parse(end, &b) == 0 && !a.has_time &&
        !b.has_time) {
        char buf[128];
        ho_str(h, "<time");
        ho_attr_pair(h, "datetime", start);
        ho_attr_pair(h, "data-end", end);
        ho_str(h, ">");
        ho_text(h, hdate_format_range(local, &a, &b, buf, sizeof buf));
        ho_str(h, "</time>");
        return;
    }
    if (end && hdate_parse(start, &a) == 0 && hdate_parse(end, &b) == 0 && a.has_time &&
        b.has_time && a.year == b.year && a.month == b.month && a.day == b.day) {
        /* one day: "Thu 16 Apr 2026, 17:00–18:00 UTC" */
        char day[96];
        hdate d = a;
        d.has_time = 0;
        ho_str(h, "<time");
        ho_attr_pair(h, "datetime", start);
        ho_str(h, ">");
        ho_text(h, hdate_format_in(local, &d, 1, local != NULL, day, sizeof day));
        char clock[32];
        ho_str(h, ", ");
        ho_text(h, time_of(local, &a, clock, sizeof clock));
        ho_str(h, "</time>\u2013<time");
        ho_attr_pair(h, "datetime", end);
        ho_str(h, ">");
        ho_text(h, time_of(local, &b, clock, sizeof clock));
        ho_str(h, " UTC</time>");
        return;
    }
    hdate_time(h, local, start, 1);
    if (end) {
        ho_str(h, " \u2013 ");
        hdate_time(h, local, end, 1);
    }
}

static void what_cell(hw *w, const mn_node *e)
{
    ho *h = w->h;
    char *summary = hd_child_text(e, MN_KIND_SUMMARY);
    if (strcmp(mn_node_attr(e, "kind") ? mn_node_attr(e, "kind") : "", "deadline") == 0) {
        ho_str(h, "<strong>");
        ho_text(h, hw_label(w, "deadline"));
        ho_str(h, hw_colon(w));
        ho_str(h, "</strong> ");
    }
    ho_text(h, summary ? summary : "");
    char *rule = hd_child_or_attr(e, MN_KIND_RECURRENCE, "recurrence");
    char *said = rule ? hdate_rrule_text(rule) : NULL;
    if (rule) {
        ho_str(h, " <span class=\"recurrence\">(");
        ho_text(h, said ? said : rule);
        ho_str(h, ")</span>");
    }
    if (mn_node_attr(e, "certain") && !mn_node_attr_bool(e, "certain")) {
        ho_str(h, " <em>(");
        ho_text(h, hw_label(w, "tentative"));
        ho_str(h, ")</em>");
    }
    free(said);
    free(rule);
    free(summary);
}

static void section_cell(hw *w, const char *ref)
{
    ho *h = w->h;
    const hw_anchor *at = hw_anchors_find(&w->ids, ref);
    if (!at)
        return;
    const mn_node *s = at->section;
    char *heading = s ? mn_node_text_folded(mn_node_child(s, MN_KIND_HEADING)) : NULL;
    const char *n = s ? mn_node_attr(s, "n") : NULL;
    ho_str(h, "<a href=\"#");
    ho_attr(h, ref);
    ho_str(h, "\">");
    if (n) {
        ho_text(h, n);
        ho_str(h, " ");
    }
    ho_text(h, heading && *heading ? heading : ref);
    ho_str(h, "</a>");
    free(heading);
}

static void event_row(hw *w, const mn_node *e)
{
    ho *h = w->h;
    ho_str(h, "<tr");
    ho_attr_pair(h, "id", mn_node_attr(e, "id"));
    ho_str(h, "><td>");
    when_cell(h, w->dates, e);
    ho_str(h, "</td><td>");
    what_cell(w, e);
    ho_str(h, "</td><td>");
    char *where = hd_child_text(e, MN_KIND_LOCATION);
    ho_text(h, where);
    free(where);
    ho_str(h, "</td><td>");
    section_cell(w, mn_node_attr(e, "ref"));
    ho_str(h, "</td></tr>\n");
}

static void upcoming_head(hw *w)
{
    ho *h = w->h;
    static const char *const cols[] = {"date", "what", "where", "section"};
    ho_str(h, "<section id=\"upcoming\">\n<h2>");
    ho_text(h, hw_label(w, "upcoming"));
    ho_str(h, "</h2>\n<table>\n<thead>\n<tr>");
    for (size_t i = 0; i < 4; i++) {
        ho_str(h, "<th scope=\"col\">");
        ho_text(h, hw_label(w, cols[i]));
        ho_str(h, "</th>");
    }
    ho_str(h, "</tr>\n</thead>\n<tbody>\n");
}

void hw_upcoming(hw *w)
{
    const mn_node *events = mn_node_child(w->root, MN_KIND_EVENTS);
    size_t n = 0;
    for (const mn_node *e = mn_node_child(events, MN_KIND_EVENT); e; e = mn_node_next_of(e, MN_KIND_EVENT))
        n++;
    dated *v = n ? malloc(n * sizeof *v) : NULL;
    if (!v)
        return;
    size_t k = 0;
    for (const mn_node *e = mn_node_child(events, MN_KIND_EVENT); e; e = mn_node_next_of(e, MN_KIND_EVENT), k++)
        v[k] = (dated){e, mn_node_attr(e, "start") ? mn_node_attr(e, "start") : "", k};
    qsort(v, n, sizeof *v, dated_cmp);
    upcoming_head(w);
    for (size_t i = 0; i < n; i++)
        event_row(w, v[i].event);
    ho_str(w->h, "</tbody>\n</table>\n</section>\n");
    free(v);
}

/* ---- participants --------------------------------------------------------------------- */

char *hw_person_name(const mn_node *p)
{
    char *name = mn_node_text_folded(p);
    if (name && *name)
        return name;
    free(name);
    const char *given = mn_node_attr(p, "given"), *family = mn_node_attr(p, "family");
    char *out = NULL;
    if (asprintf(&out, "%s%s%s", given ? given : "", given && family ? " " : "",
                 family ? family : "") < 0)
        return NULL;
    return out;
}

static void person(hw *w, const mn_node *p)
{
    ho *h = w->h;
    char *name = hw_person_name(p);
    const char *role = mn_node_attr(p, "role"), *aff = mn_node_attr(p, "affiliation");
    const char *handle = mn_node_attr(p, "handle");
    ho_str(h, "<li class=\"person\"><span class=\"name\">");
    ho_text(h, name ? name : "");
    ho_str(h, "</span>");
    if (role && *role) {
        ho_str(h, " <span class=\"role\">(");
        ho_text(h, role);
        ho_str(h, ")</span>");
    }
    if (aff && *aff) {
        ho_str(h, "<span class=\"affiliation\">, ");
        ho_text(h, aff);
        ho_str(h, "</span>");
    }
    if (handle && *handle) {
        ho_str(h, " <span class=\"handle\">");
        ho_text(h, handle);
        ho_str(h, "</span>");
    }
    ho_str(h, "</li>\n");
    free(name);
}

void hw_participants(hw *w)
{
    ho *h = w->h;
    const mn_node *ps = mn_node_child(w->root, MN_KIND_PARTICIPANTS);
    if (!hd_has(ps, MN_KIND_GROUP))
        return;
    ho_str(h, "<section id=\"participants\">\n<h2>");
    ho_text(h, hw_label(w, "participants"));
    ho_str(h, "</h2>\n<div class=\"groups\">\n");
    for (const mn_node *g = mn_node_child(ps, MN_KIND_GROUP); g; g = mn_node_next_of(g, MN_KIND_GROUP)) {
        const char *label = mn_node_attr(g, "label");
        ho_str(h, "<div class=\"group\">\n");
        if (label && *label) {
            ho_str(h, "<h3>");
            ho_text(h, label);
            ho_str(h, "</h3>\n");
        }
        ho_str(h, "<ul>\n");
        for (const mn_node *p = mn_node_child(g, MN_KIND_PERSON); p; p = mn_node_next_of(p, MN_KIND_PERSON))
            person(w, p);
        ho_str(h, "</ul>\n</div>\n");
    }
    ho_str(h, "</div>\n</section>\n");
}
