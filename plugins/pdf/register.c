/* SPDX-License-Identifier: MIT */
/* register.c — the handout's summaries of what the meeting settled, after
 * the body: "Decisions" (each decision with its outcome) and "Action
 * register" (each action with its owner, due date and status).  A reader
 * who was not there looks for these first; the boxes in the text stay where
 * they were written, and each row leads to its section ("See").
 *
 * Rows are the document's own actions and decisions in document order.  A
 * hostile document may hold tens of thousands: past REGISTER_MAX rows the
 * table stops and says how many more the text holds. */
#include "pdf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REGISTER_MAX 1000

/* The document's elements of KIND below BODY, in document order, at most
 * REGISTER_MAX; *total counts them all.  NULL when there are none. */
static const mn_node **gather(const mn_node *body, mn_kind kind, size_t *n, size_t *total)
{
    *n = *total = 0;
    mn_iter *it = body ? mn_iter_new(body) : NULL;
    if (!it)
        return NULL;
    const mn_node **v = NULL;
    size_t cap = 0;
    mn_event ev;
    while ((ev = mn_iter_next(it)) != MN_EVENT_DONE) {
        const mn_node *node = mn_iter_node(it);
        if (ev != MN_EVENT_ENTER || !mn_node_is(node, kind))
            continue;
        (*total)++;
        if (*n == REGISTER_MAX)
            continue;
        if (*n == cap) {
            size_t grown = cap ? cap * 2 : 16;
            const mn_node **g = realloc(v, grown * sizeof *g);
            if (!g)
                break;
            v = g;
            cap = grown;
        }
        v[(*n)++] = node;
    }
    mn_iter_free(it);
    return v;
}

/* "§ 4" leading to the section element N is in (an arrow when the section
 * has no number); nothing when N is in none. */
static void see_cell(pdf_build *bd, const mn_node *n, pdf_rich *cell)
{
    const char *id = mn_node_attr(n, "id");
    const char *dest = id ? pdf_build_resolve(bd, id) : NULL;
    if (!dest)
        return;
    char text[96], target[160];
    if (bd->resolved_label[0])
        snprintf(text, sizeof text, "\xc2\xa7\xc2\xa0%s", bd->resolved_label);
    else
        snprintf(text, sizeof text, "\xe2\x86\x92");
    snprintf(target, sizeof target, "#%s", dest);
    pdf_rich_link(cell, text, target);
}

/* An action's row: its text, owner, due date, status as the minutes gave
 * them (an empty cell where they say nothing). */
static void action_cells(pdf_build *bd, const mn_node *a, pdf_rich *cell)
{
    for (int i = 0; i < 5; i++)
        pdf_build_rich(bd, &cell[i]);
    pdf_rich_inline(&cell[0], a);
    const char *owner = mn_node_attr(a, "owner"), *due = mn_node_attr(a, "due");
    const char *status = mn_node_attr(a, "status");
    if (owner)
        pdf_rich_add(&cell[1], owner, 1);
    if (due && *due) {
        char when[96];
        pdf_format_date(bd->st->dates, due, 1, 0, when, sizeof when);
        pdf_rich_add(&cell[2], when, 0);
    }
    if (status) {
        const char *shown = strcmp(status, "carried") == 0 ? pdf_label(bd->st, "carried", "carried over")
                            : strcmp(status, "done") == 0  ? pdf_label(bd->st, "done", "done")
                            : strcmp(status, "open") == 0  ? pdf_label(bd->st, "open", "open")
                                                           : status;
        pdf_rich_add(&cell[3], shown, 0);
        if (strcmp(status, "done") != 0)
            pdf_rich_attr(&cell[3], pango_attr_weight_new(PANGO_WEIGHT_BOLD), 0);
    }
    see_cell(bd, a, &cell[4]);
}

/* A decision's outcome: "carried" or "not carried", with the vote as
 * written and who moved and seconded it. */
static void outcome_cell(pdf_build *bd, const mn_node *d, pdf_rich *cell)
{
    const char *result = mn_node_attr(d, "result"), *vote = mn_node_attr(d, "vote");
    const char *mover = mn_node_attr(d, "mover"), *seconder = mn_node_attr(d, "seconder");
    int failed = result && strcmp(result, "failed") == 0;
    if (result)
        pdf_rich_add(cell, failed ? pdf_label(bd->st, "failed", "not carried") : pdf_label(bd->st, "passed", "carried"), 0);
    if (failed)
        pdf_rich_attr(cell, pango_attr_weight_new(PANGO_WEIGHT_BOLD), 0);
    if (vote) {
        pdf_rich_add(cell, result ? " (" : "(", 0);
        pdf_rich_add(cell, vote, 1);
        pdf_rich_add(cell, ")", 0);
    }
    if (mover) {
        pdf_rich_add(cell, "\xe2\x80\xa8", 0);
        pdf_rich_add(cell, pdf_label(bd->st, "moved", "moved by"), 0);
        pdf_rich_add(cell, " ", 0);
        pdf_rich_add(cell, mover, 1);
    }
    if (seconder) {
        pdf_rich_add(cell, mover ? ", " : "\xe2\x80\xa8", 0);
        pdf_rich_add(cell, pdf_label(bd->st, "seconded", "seconded by"), 0);
        pdf_rich_add(cell, " ", 0);
        pdf_rich_add(cell, seconder, 1);
    }
}

static void decision_cells(pdf_build *bd, const mn_node *d, pdf_rich *cell)
{
    for (int i = 0; i < 3; i++)
        pdf_build_rich(bd, &cell[i]);
    pdf_rich_inline(&cell[0], d);
    outcome_cell(bd, d, &cell[1]);
    see_cell(bd, d, &cell[2]);
}

typedef void (*row_fn)(pdf_build *bd, const mn_node *n, pdf_rich *cell);

/* A summary table: heading TITLE (named destination ID), head row HEADS,
 * a row of NCOLS cells from CELLS for each of the N nodes; when TOTAL is
 * above N, a line that says how many the table leaves to the text. */
static void summary(pdf_build *bd, const char *title, const char *id, const char *const *heads,
                    const double *share, size_t ncols, const mn_node **v, size_t n, size_t total,
                    row_fn cells)
{
    pdf_rich cell[5];
    double w = pdf_body_width(bd->st), widths[5];
    for (size_t i = 0; i < ncols; i++)
        widths[i] = w * share[i];
    pdf_flow_group_begin(bd->flow, "Sect");
    pdf_build_heading(bd, 1, NULL, NULL, title, id);
    bd->tables++;
    for (size_t i = 0; i < ncols; i++) {
        pdf_build_rich(bd, &cell[i]);
        pdf_rich_add(&cell[i], heads[i], 0);
    }
    size_t head = bd->flow->n;
    pdf_flow_group_begin(bd->flow, "Table");
    pdf_box *hb = pdf_build_row(bd, bd->st->left, widths, ncols, cell, NULL, ncols, PDF_F_LABEL, 1);
    for (size_t i = 0; i < ncols; i++)
        pdf_rich_fini(&cell[i]);
    if (hb) {
        hb->keep_next = 1;
        hb->before = 2;
    }
    for (size_t i = 0; i < n && hb && !bd->flow->oom; i++) {
        cells(bd, v[i], cell);
        pdf_box *b = pdf_build_row(bd, bd->st->left, widths, ncols, cell, NULL, ncols, PDF_F_SMALL, 0);
        for (size_t k = 0; k < ncols; k++)
            pdf_rich_fini(&cell[k]);
        if (b)
            b->head = (long)head;
    }
    if (total > n && hb && !bd->flow->oom) {
        char more[96];
        snprintf(more, sizeof more, "%zu more in the text", total - n);
        pdf_build_rich(bd, &cell[0]);
        pdf_rich_add(&cell[0], more, 0);
        size_t span = ncols;
        pdf_box *b = pdf_build_row(bd, bd->st->left, widths, ncols, cell, &span, 1, PDF_F_SMALL, 0);
        pdf_rich_fini(&cell[0]);
        if (b)
            b->head = (long)head;
    }
    if (bd->flow->n > head)
        pdf_flow_box(bd->flow, bd->flow->n - 1)->after = 10;
    pdf_flow_group_end(bd->flow);
    pdf_flow_group_end(bd->flow);
}

void pdf_build_decisions(pdf_build *bd, const mn_node *body)
{
    size_t n, total;
    const mn_node **v = gather(body, MN_KIND_DECISION, &n, &total);
    if (!v) {
        bd->flow->oom |= total > 0;
        return;
    }
    static const double share[3] = {0.66, 0.25, 0.09};
    const char *const heads[3] = {pdf_label(bd->st, "decision", "Decision"), pdf_label(bd->st, "outcome", "Outcome"),
                                  pdf_label(bd->st, "section", "See")};
    summary(bd, pdf_label(bd->st, "decisions", "Decisions"), "mn-decisions", heads, share, 3, v, n, total, decision_cells);
    free(v);
}

void pdf_build_register(pdf_build *bd, const mn_node *body)
{
    size_t n, total;
    const mn_node **v = gather(body, MN_KIND_ACTION, &n, &total);
    if (!v) {
        bd->flow->oom |= total > 0;
        return;
    }
    static const double share[5] = {0.45, 0.19, 0.14, 0.13, 0.09};
    const char *const heads[5] = {pdf_label(bd->st, "action", "Action"), pdf_label(bd->st, "owner", "Owner"),
                                  pdf_label(bd->st, "due", "Due"), pdf_label(bd->st, "status", "Status"),
                                  pdf_label(bd->st, "section", "See")};
    summary(bd, pdf_label(bd->st, "action-register", "Action register"), "mn-actions", heads, share, 5, v, n, total, action_cells);
    free(v);
}
