/* SPDX-License-Identifier: MIT */
/* annex.c — the parts of the handout that come from the document's
 * structured lists rather than its body: the agenda, the "Upcoming dates"
 * table built from <events>, and the participants by group in columns. */
#include "pdf.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


#define COL_GAP 12.0

/* ---- Agenda -------------------------------------------------------------------- */

void pdf_build_agenda(pdf_build *bd, const mn_node *agenda)
{
    if (!mn_node_child(agenda, MN_KIND_ITEM))
        return;
    pdf_flow_group_begin(bd->flow, "Sect");
    pdf_build_heading(bd, 1, NULL, NULL, pdf_label(bd->st, "agenda", "Agenda"), "mn-agenda");
    pdf_build_list(bd, agenda, bd->st->left, pdf_body_width(bd->st), 1, 1);
    pdf_flow_group_end(bd->flow);
}

/* ---- Upcoming dates ------------------------------------------------------------ */

typedef struct dated {
    const mn_node *event;
    char *start; /* its start attribute ("" when it has none) */
    size_t order;
} dated;

static int by_start(const void *a, const void *b)
{
    const dated *x = a, *y = b;
    int c = strcmp(x->start, y->start);
    return c ? c : (x->order > y->order) - (x->order < y->order);
}

/* Events in date order (a stable order for equal starts: document order).
 * Each start is read once: the events pass keeps up to 1000 events, and
 * sorting them by insertion, reading both starts at every comparison, took
 * a million attribute copies. */
static const mn_node **sorted_events(const mn_node *events, size_t *n)
{
    *n = 0;
    for (const mn_node *e = mn_node_child(events, MN_KIND_EVENT); e; e = mn_node_next_of(e, MN_KIND_EVENT))
        (*n)++;
    if (!*n)
        return NULL;
    const mn_node **v = malloc(*n * sizeof *v);
    dated *d = calloc(*n, sizeof *d);
    size_t i = 0;
    for (const mn_node *e = mn_node_child(events, MN_KIND_EVENT); d && e; e = mn_node_next_of(e, MN_KIND_EVENT), i++) {
        const char *start = mn_node_attr(e, "start");
        d[i] = (dated){e, strdup(start ? start : ""), i};
    }
    int ok = v && d;
    for (i = 0; ok && i < *n; i++)
        ok = d[i].start != NULL;
    if (ok) {
        qsort(d, *n, sizeof *d, by_start);
        for (i = 0; i < *n; i++)
            v[i] = d[i].event;
    }
    for (i = 0; d && i < *n; i++)
        free(d[i].start);
    free(d);
    if (!ok) {
        free(v);
        return NULL;
    }
    return v;
}

static void event_cells(pdf_build *bd, const mn_node *e, pdf_rich *cell)
{
    const char *start = mn_node_attr(e, "start"), *end = mn_node_attr(e, "end");
    char when[128];
    pdf_format_range(bd->st->dates, start ? start : "", end, when, sizeof when);
    for (int i = 0; i < 4; i++)
        pdf_build_rich(bd, &cell[i]);
    pdf_rich_add(&cell[0], when, 0);
    const mn_node *summary = mn_node_child(e, MN_KIND_SUMMARY);
    if (summary)
        pdf_rich_inline(&cell[1], summary);
    int deadline = pdf_attr_is(e, "kind", "deadline");
    pdf_rich_add(&cell[2], deadline ? pdf_label(bd->st, "deadline", "Deadline") : pdf_label(bd->st, "event", "Event"), 0);
    if (deadline)
        pdf_rich_attr(&cell[2], pango_attr_weight_new(PANGO_WEIGHT_BOLD), 0);
    if (pdf_attr_is(e, "certain", "false")) {
        size_t at = cell[2].len;
        pdf_rich_add(&cell[2], "\xe2\x80\xa8", 0); /* line separator */
        pdf_rich_add(&cell[2], pdf_label(bd->st, "tentative", "tentative"), 0);
        pdf_rich_attr(&cell[2], pango_attr_style_new(PANGO_STYLE_ITALIC), at);
    }
    /* "§ 4" leading to the section the event comes from. */
    const char *ref = mn_node_attr(e, "ref");
    const char *dest = ref ? pdf_build_resolve(bd, ref) : NULL;
    if (dest) {
        char text[96], target[160];
        if (bd->resolved_label[0])
            snprintf(text, sizeof text, "\xc2\xa7\xc2\xa0%s", bd->resolved_label);
        else
            snprintf(text, sizeof text, "\xe2\x86\x92"); /* an arrow: no number to show */
        snprintf(target, sizeof target, "#%s", dest);
        pdf_rich_link(&cell[3], text, target);
    }
}

void pdf_build_events(pdf_build *bd, const mn_node *events)
{
    size_t n;
    const mn_node **ev = sorted_events(events, &n);
    if (!ev) {
        bd->flow->oom |= n > 0;
        return;
    }
    static const double share[4] = {0.30, 0.50, 0.11, 0.09};
    const char *const heads[4] = {pdf_label(bd->st, "date", "When"),
                                  pdf_label(bd->st, "what", "What"), pdf_label(bd->st, "type", "Type"),
                                  pdf_label(bd->st, "section", "See")};
    double w = pdf_body_width(bd->st), widths[4];
    for (int i = 0; i < 4; i++)
        widths[i] = w * share[i];
    pdf_flow_group_begin(bd->flow, "Sect");
    pdf_build_heading(bd, 1, NULL, NULL, pdf_label(bd->st, "upcoming", "Upcoming dates"),
                      "mn-dates");
    bd->tables++;
    pdf_rich cell[4];
    for (int i = 0; i < 4; i++) {
        pdf_build_rich(bd, &cell[i]);
        pdf_rich_add(&cell[i], heads[i], 0);
    }
    size_t head = bd->flow->n;
    pdf_flow_group_begin(bd->flow, "Table");
    pdf_box *hb = pdf_build_row(bd, bd->st->left, widths, 4, cell, NULL, 4, PDF_F_LABEL, 1);
    for (int i = 0; i < 4; i++)
        pdf_rich_fini(&cell[i]);
    if (hb) {
        hb->keep_next = 1;
        hb->before = 2;
    }
    for (size_t i = 0; i < n && hb && !bd->flow->oom; i++) {
        event_cells(bd, ev[i], cell);
        pdf_box *b = pdf_build_row(bd, bd->st->left, widths, 4, cell, NULL, 4, PDF_F_SMALL, 0);
        for (int k = 0; k < 4; k++)
            pdf_rich_fini(&cell[k]);
        if (b)
            b->head = (long)head;
    }
    free(ev);
    if (bd->flow->n > head)
        pdf_flow_box(bd->flow, bd->flow->n - 1)->after = 10;
    pdf_flow_group_end(bd->flow);
    pdf_flow_group_end(bd->flow);
}

/* ---- Participants -------------------------------------------------------------- */

static char *person_name(const mn_node *p)
{
    char *name = mn_node_text_folded(p);
    if (name && !*name) {
        free(name);
        const char *given = mn_node_attr(p, "given"), *family = mn_node_attr(p, "family");
        size_t len = (given ? strlen(given) : 0) + (family ? strlen(family) : 0) + 2;
        name = malloc(len);
        if (name)
            snprintf(name, len, "%s%s%s", given ? given : "", given && family ? " " : "",
                     family ? family : "");
    }
    return name;
}

/* Names of a group, one a line, in N columns filled top to bottom. */
static void group_columns(pdf_build *bd, pdf_box *b, char **names, size_t count, int cols,
                          double top)
{
    double colw = (b->w - (cols - 1) * COL_GAP) / cols;
    size_t rows = (count + (size_t)cols - 1) / (size_t)cols;
    double h = 0;
    for (int c = 0; c < cols; c++) {
        pdf_rich r;
        pdf_build_rich(bd, &r);
        for (size_t i = (size_t)c * rows; i < count && i < (size_t)(c + 1) * rows; i++) {
            if (i > (size_t)c * rows)
                pdf_rich_add(&r, "\n", 0);
            pdf_rich_add(&r, names[i], 1);
        }
        if (r.len == 0) {
            pdf_rich_fini(&r);
            continue;
        }
        /* Continuation lines of a long name hang under its first line. */
        pdf_part *p = pdf_box_text(b, bd->st, PDF_F_SMALL, &r, colw, 0,
                                   c * (colw + COL_GAP), top);
        pdf_rich_fini(&r);
        if (!p) {
            bd->flow->oom = 1;
            return;
        }
        pango_layout_set_indent(p->layout, (int)(-8 * PANGO_SCALE));
        double ph = pdf_part_height(p);
        h = ph > h ? ph : h;
    }
    b->h = top + h;
}

/* A name as listed: "Zeina Bou Harb", "Carol Roach (Chair)". */
static char *listed_name(const mn_node *p)
{
    char *name = person_name(p);
    const char *role = mn_node_attr(p, "role"), *aff = mn_node_attr(p, "affiliation");
    if (name && ((role && *role) || (aff && *aff))) {
        size_t len = strlen(name) + (role ? strlen(role) : 0) + (aff ? strlen(aff) : 0) + 8;
        char *t = malloc(len);
        if (t) {
            /* Each piece goes at the end of what is there, so that no sum of
             * snprintf's would-be lengths can step past the buffer. */
            snprintf(t, len, "%s", name);
            if (aff && *aff)
                snprintf(t + strlen(t), len - strlen(t), ", %s", aff);
            if (role && *role)
                snprintf(t + strlen(t), len - strlen(t), " (%c%s)", toupper((unsigned char)role[0]),
                         role + 1);
        }
        free(name);
        name = t;
    }
    return name;
}

static void emit_group(pdf_build *bd, const mn_node *g, int cols)
{
    size_t count = 0;
    for (const mn_node *p = mn_node_child(g, MN_KIND_PERSON); p; p = mn_node_next_of(p, MN_KIND_PERSON))
        count++;
    char **names = calloc(count + 1, sizeof *names);
    pdf_box *b = names ? pdf_flow_add(bd->flow) : NULL;
    if (!b) {
        free(names);
        bd->flow->oom = 1;
        return;
    }
    b->x = bd->st->left;
    b->w = pdf_body_width(bd->st);
    b->after = 9;
    b->keep_together = 1;
    b->tag = "L";
    size_t i = 0;
    for (const mn_node *p = mn_node_child(g, MN_KIND_PERSON); p; p = mn_node_next_of(p, MN_KIND_PERSON)) {
        char *name = listed_name(p);
        if (name)
            names[i++] = name;
        else
            bd->flow->oom = 1;
    }
    pdf_rich r;
    pdf_build_rich(bd, &r);
    const char *label = mn_node_attr(g, "label");
    pdf_rich_add(&r, label && *label ? label : pdf_label(bd->st, "participants", "Participants"), 1);
    pdf_rich_trim(&r);
    pdf_part *lp = pdf_box_text(b, bd->st, PDF_F_LABEL, &r, b->w, 0, 0, 0);
    pdf_rich_fini(&r);
    if (lp) {
        lp->color = bd->st->accent;
        lp->glue = 1;
        lp->breakable = 0;
        lp->tag = "Caption";
        group_columns(bd, b, names, i, cols, pdf_part_height(lp) + 3);
    } else
        bd->flow->oom = 1;
    for (size_t k = 0; k < i; k++)
        free(names[k]);
    free(names);
}

/* One grid for every group, so that names line up down the page: as many
 * columns (up to four) as the longest name allows. */
static int column_count(pdf_build *bd, const mn_node *participants)
{
    double widest = 0, w = pdf_body_width(bd->st);
    for (const mn_node *g = mn_node_child(participants, MN_KIND_GROUP); g; g = mn_node_next_of(g, MN_KIND_GROUP))
        for (const mn_node *p = mn_node_child(g, MN_KIND_PERSON); p; p = mn_node_next_of(p, MN_KIND_PERSON)) {
            char *name = listed_name(p);
            double nw = name ? pdf_build_measure(bd, PDF_F_SMALL, name) : 0;
            widest = nw > widest ? nw : widest;
            free(name);
        }
    int cols = (int)((w + COL_GAP) / (widest + COL_GAP + 6));
    return cols < 1 ? 1 : cols > 4 ? 4 : cols;
}

void pdf_build_participants(pdf_build *bd, const mn_node *participants)
{
    const mn_node *g = mn_node_child(participants, MN_KIND_GROUP);
    if (!g)
        return;
    int cols = column_count(bd, participants);
    pdf_flow_group_begin(bd->flow, "Sect");
    pdf_build_heading(bd, 1, NULL, NULL, pdf_label(bd->st, "participants", "Participants"),
                      "mn-participants");
    for (; g && !bd->flow->oom; g = mn_node_next_of(g, MN_KIND_GROUP))
        emit_group(bd, g, cols);
    pdf_flow_group_end(bd->flow);
}
