/* SPDX-License-Identifier: MIT */
/* html_index.c — the batch index (index.html): every meeting of a batch by
 * date, newest first, with its title linking to its page, its open actions
 * and its next dates; above them the batch's upcoming dates together.  As
 * in the merged calendar, "upcoming" is taken from the batch, never from
 * the clock: what starts before the day of the latest meeting is history.
 * A meeting's page is the name the batch gave its outputs, with ".html";
 * without one, the name of its source. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html.h"

typedef struct meeting {
    const mn_node *root, *meta;
    char *date, *title, *page; /* owned; date and title may be NULL */
} meeting;

/* STEM.html, or the source's name "minutes/igf-mag-xii.txt" as
 * "igf-mag-xii.html". */
static char *page_of(const char *stem, const mn_node *meta, size_t i)
{
    const char *name = mn_node_attr(mn_node_child(meta, MN_KIND_SOURCE), "name");
    char *out = NULL;
    if (stem)
        return asprintf(&out, "%s.html", stem) < 0 ? NULL : out;
    if (!name || !*name || strcmp(name, "-") == 0 || strcmp(name, "<stdin>") == 0) {
        if (asprintf(&out, "stdin.html#%zu", i) < 0)
            return NULL;
        return out;
    }
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    const char *dot = strrchr(base, '.');
    int len = dot && dot != base ? (int)(dot - base) : (int)strlen(base);
    if (asprintf(&out, "%.*s.html", len, base) < 0)
        return NULL;
    return out;
}

/* Newest first; undated last, then by title. */
static int meeting_cmp(const void *x, const void *y)
{
    const meeting *a = x, *b = y;
    if (!a->date != !b->date)
        return a->date ? -1 : 1;
    int c = a->date ? strcmp(b->date, a->date) : 0;
    return c ? c : strcmp(a->title ? a->title : "", b->title ? b->title : "");
}

/* Whether START (xs:date or dateTime) is on or after day REF (NULL: all). */
static int upcoming(const char *start, const char *ref)
{
    return !ref || (start && strncmp(start, ref, 10) >= 0);
}

static void link_to(ho *h, const char *page, const char *id)
{
    ho_str(h, "<a href=\"");
    ho_attr(h, page);
    if (id) {
        ho_str(h, "#");
        ho_attr(h, id);
    }
    ho_str(h, "\">");
}

static void open_actions(hw *w, const meeting *m, const mn_node *n, int *count)
{
    ho *h = w->h;
    for (const mn_node *c = mn_node_first(n); c; c = mn_node_next(c)) {
        mn_kind k = mn_node_kind(c);
        if (k == MN_KIND_TEXT)
            continue;
        const char *status = k == MN_KIND_ACTION ? mn_node_attr(c, "status") : NULL;
        if (k == MN_KIND_ACTION && !(status && strcmp(status, "done") == 0)) {
            char *text = mn_node_text_folded(c);
            const char *owner = mn_node_attr(c, "owner"), *due = mn_node_attr(c, "due");
            ho_str(h, (*count)++ ? "<li>" : "<ul>\n<li>");
            link_to(h, m->page, mn_node_attr(c, "id"));
            ho_text(h, text ? text : "");
            ho_str(h, "</a>");
            if (owner) {
                ho_str(h, " \u2014 ");
                ho_text(h, owner);
            }
            if (due) {
                ho_str(h, ", ");
                ho_text(h, hw_label(w, "due"));
                ho_str(h, " ");
                hdate_time(h, w->dates, due, 0);
            }
            ho_str(h, "</li>\n");
            free(text);
        }
        open_actions(w, m, c, count);
    }
}

static void next_dates(hw *w, const meeting *m, const char *ref)
{
    ho *h = w->h;
    int count = 0;
    const mn_node *events = mn_node_child(m->root, MN_KIND_EVENTS);
    for (const mn_node *e = mn_node_child(events, MN_KIND_EVENT); e; e = mn_node_next_of(e, MN_KIND_EVENT)) {
        const char *start = mn_node_attr(e, "start");
        if (!upcoming(start, ref))
            continue;
        char *summary = hd_child_text(e, MN_KIND_SUMMARY);
        ho_str(h, count++ ? "<li>" : "<ul>\n<li>");
        hdate_time(h, w->dates, start, 1);
        ho_str(h, " ");
        link_to(h, m->page, mn_node_attr(e, "ref"));
        ho_text(h, summary ? summary : "");
        ho_str(h, "</a></li>\n");
        free(summary);
    }
    if (count)
        ho_str(h, "</ul>\n");
}

static void meeting_row(hw *w, const meeting *m, const char *ref)
{
    ho *h = w->h;
    ho_str(h, "<tr><td>");
    if (m->date)
        hdate_time(h, w->dates, m->date, 0);
    ho_str(h, "</td><td>");
    link_to(h, m->page, NULL);
    ho_text(h, m->title ? m->title : hw_label(w, "minutes"));
    ho_str(h, "</a></td><td>");
    int count = 0;
    open_actions(w, m, mn_node_child(m->root, MN_KIND_BODY), &count);
    if (count)
        ho_str(h, "</ul>\n");
    ho_str(h, "</td><td>");
    next_dates(w, m, ref);
    ho_str(h, "</td></tr>\n");
}

static void head_row(hw *w, const char *const *labels, size_t n)
{
    ho_str(w->h, "<table>\n<thead>\n<tr>");
    for (size_t i = 0; i < n; i++) {
        ho_str(w->h, "<th scope=\"col\">");
        ho_text(w->h, hw_label(w, labels[i]));
        ho_str(w->h, "</th>");
    }
    ho_str(w->h, "</tr>\n</thead>\n<tbody>\n");
}

/* ---- the batch's upcoming dates ------------------------------------------------------- */

typedef struct entry {
    const mn_node *event;
    const meeting *m;
    const char *start;
    size_t seq;
} entry;

static int entry_cmp(const void *x, const void *y)
{
    const entry *a = x, *b = y;
    int c = strcmp(a->start, b->start);
    return c ? c : (a->seq > b->seq) - (a->seq < b->seq);
}

static void all_upcoming(hw *w, const meeting *ms, size_t n, const char *ref)
{
    ho *h = w->h;
    size_t count = 0, k = 0;
    for (size_t i = 0; i < n; i++)
        for (const mn_node *e = mn_node_child(mn_node_child(ms[i].root, MN_KIND_EVENTS), MN_KIND_EVENT); e;
             e = mn_node_next_of(e, MN_KIND_EVENT))
            count += upcoming(mn_node_attr(e, "start"), ref);
    entry *v = count ? malloc(count * sizeof *v) : NULL;
    if (!v)
        return;
    for (size_t i = 0; i < n; i++)
        for (const mn_node *e = mn_node_child(mn_node_child(ms[i].root, MN_KIND_EVENTS), MN_KIND_EVENT); e;
             e = mn_node_next_of(e, MN_KIND_EVENT))
            if (upcoming(mn_node_attr(e, "start"), ref))
                v[k] = (entry){e, &ms[i], mn_node_attr(e, "start"), k}, k++;
    qsort(v, count, sizeof *v, entry_cmp);
    static const char *const cols[] = {"date", "what", "minutes"};
    ho_str(h, "<section id=\"upcoming\">\n<h2>");
    ho_text(h, hw_label(w, "upcoming"));
    ho_str(h, "</h2>\n");
    head_row(w, cols, 3);
    for (size_t i = 0; i < count; i++) {
        char *summary = hd_child_text(v[i].event, MN_KIND_SUMMARY);
        const char *kind = mn_node_attr(v[i].event, "kind");
        ho_str(h, "<tr><td>");
        hdate_time(h, w->dates, v[i].start, 1);
        ho_str(h, "</td><td>");
        if (kind && strcmp(kind, "deadline") == 0) {
            ho_str(h, "<strong>");
            ho_text(h, hw_label(w, "deadline"));
            ho_str(h, ":</strong> ");
        }
        link_to(h, v[i].m->page, mn_node_attr(v[i].event, "ref"));
        ho_text(h, summary ? summary : "");
        ho_str(h, "</a></td><td>");
        ho_text(h, v[i].m->title ? v[i].m->title : hw_label(w, "minutes"));
        ho_str(h, "</td></tr>\n");
        free(summary);
    }
    ho_str(h, "</tbody>\n</table>\n</section>\n");
    free(v);
}

static void index_body(hw *w, meeting *ms, size_t n)
{
    ho *h = w->h;
    const char *ref = NULL;
    for (size_t i = 0; i < n; i++)
        if (ms[i].date && (!ref || strcmp(ms[i].date, ref) > 0))
            ref = ms[i].date;
    const char *org = mn_style_get(w->style, "organisation");
    ho_str(h, "<header class=\"title-block\">\n");
    if (org) {
        ho_str(h, "<p class=\"org\"><span>");
        ho_text(h, org);
        ho_str(h, "</span></p>\n");
    }
    ho_str(h, "<h1>");
    ho_text(h, hw_label(w, "minutes"));
    ho_str(h, "</h1>\n</header>\n");
    all_upcoming(w, ms, n, ref);
    static const char *const cols[] = {"date", "meetings", "open-actions", "next-dates"};
    ho_str(h, "<section id=\"meetings\">\n<h2>");
    ho_text(h, hw_label(w, "meetings"));
    ho_str(h, "</h2>\n");
    head_row(w, cols, 4);
    for (size_t i = 0; i < n; i++)
        meeting_row(w, &ms[i], ref);
    ho_str(h, "</tbody>\n</table>\n</section>\n");
}

/* The language every meeting of the batch is in (the first one's tag), or
 * NULL when they differ: a mixed batch keeps the writer's English words. */
static const char *common_language(const meeting *ms, size_t n)
{
    const char *first = mn_node_lang(ms[0].root);
    for (size_t i = 1; first && i < n; i++) {
        const char *lang = mn_node_lang(ms[i].root);
        size_t k = strcspn(first, "-");
        if (!lang || strncasecmp(lang, first, k) != 0 || (lang[k] && lang[k] != '-'))
            return NULL;
    }
    return first;
}

int hw_write_index(hw *w, const mn_doc *const *docs, const char *const *stems, size_t n)
{
    meeting *ms = calloc(n ? n : 1, sizeof *ms);
    if (!ms)
        return mn_job_error(w->job, MN_EX_SOFTWARE, 0, "html: out of memory");
    for (size_t i = 0; i < n; i++) {
        ms[i].root = mn_doc_root(docs[i]);
        ms[i].meta = mn_node_child(ms[i].root, MN_KIND_META);
        ms[i].date = hd_child_text(ms[i].meta, MN_KIND_DATE);
        ms[i].title = hd_child_text(ms[i].meta, MN_KIND_TITLE);
        ms[i].page = page_of(stems ? stems[i] : NULL, ms[i].meta, i);
    }
    qsort(ms, n, sizeof *ms, meeting_cmp);
    if (n)
        hw_set_language(w, common_language(ms, n));
    ho *h = w->h;
    ho_str(h, "<!DOCTYPE html>\n<html lang=\"");
    ho_attr(h, n ? (mn_node_lang(ms[0].root) ? mn_node_lang(ms[0].root) : "und") : "und");
    ho_str(h, "\">\n<head>\n<meta charset=\"utf-8\">\n"
              "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
              "<meta name=\"generator\" content=\"minutes " MN_VERSION "\">\n<title>");
    ho_text(h, hw_label(w, "minutes"));
    ho_str(h, "</title>\n");
    hw_css(h, w->style);
    ho_str(h, "</head>\n<body>\n<main>\n<article class=\"minutes\">\n");
    index_body(w, ms, n);
    ho_str(h, "</article>\n</main>\n</body>\n</html>\n");
    for (size_t i = 0; i < n; i++) {
        free(ms[i].date);
        free(ms[i].title);
        free(ms[i].page);
    }
    free(ms);
    return 0;
}
