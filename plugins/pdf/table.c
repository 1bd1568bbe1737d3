/* SPDX-License-Identifier: MIT */
/* table.c — tables as rows of boxes.
 *
 * Each row is a box whose cells are parts side by side, so a page breaks
 * between rows, or inside a row only between lines that all its cells
 * share.  Column widths follow the content as browsers do for automatic
 * tables: natural widths when they fit, else each column's longest word
 * plus a share of the rest.  A table that lays out a form (label | value
 * rows, a one-row strip) is set without rules or shading, labels in a
 * column of their own width. */
#include "pdf.h"

#include <stdlib.h>
#include <string.h>


#define CELL_PAD_X 4.0
#define CELL_PAD_Y 3.0
#define MIN_COLUMN 24.0 /* narrower, and a table is set as lines of text */

void pdf_table_widths(const double *natural, const double *minimum, size_t n, double avail,
                      double *out)
{
    double nat = 0, min = 0;
    for (size_t i = 0; i < n; i++) {
        nat += natural[i];
        min += minimum[i];
    }
    for (size_t i = 0; i < n; i++) {
        if (nat <= 0)
            out[i] = avail / (double)n;
        else if (nat <= avail)
            out[i] = natural[i] + (avail - nat) * natural[i] / nat;
        else if (min >= avail)
            out[i] = min > 0 ? avail * minimum[i] / min : avail / (double)n;
        else
            out[i] = minimum[i] + (avail - min) * (natural[i] - minimum[i]) / (nat - min);
    }
}

pdf_box *pdf_build_row(pdf_build *bd, double x, const double *widths, size_t ncols,
                       pdf_rich *cells, const size_t *spans, size_t ncells, pdf_font font,
                       int head)
{
    pdf_box *b = pdf_flow_add(bd->flow);
    if (!b)
        return NULL;
    b->deco = head ? PDF_D_HEADROW : PDF_D_ROW;
    b->x = x;
    b->tag = "TR";
    b->keep_together = 1;
    b->table = bd->tables;
    /* Cell boundaries from x: edge[i] is where column i starts. */
    double *edge = calloc(ncols + 1, sizeof *edge);
    if (!edge) {
        bd->flow->oom = 1;
        return NULL;
    }
    for (size_t i = 0; i < ncols; i++)
        edge[i + 1] = edge[i] + widths[i];
    b->w = edge[ncols];
    double h = 0;
    size_t col = 0;
    for (size_t i = 0; i < ncells && col < ncols; i++) {
        size_t span = spans && spans[i] > 1 ? spans[i] : 1;
        if (col + span > ncols)
            span = ncols - col;
        double w = edge[col + span] - edge[col] - 2 * CELL_PAD_X;
        pdf_rich_trim(&cells[i]);
        pdf_part *p = pdf_box_text(b, bd->st, font, &cells[i], w > 1 ? w : 1, 0,
                                   edge[col] + CELL_PAD_X, CELL_PAD_Y);
        if (!p) {
            bd->flow->oom = 1;
            free(edge);
            return NULL;
        }
        p->tag = head ? "TH" : "TD";
        if (head)
            p->color = bd->st->accent;
        double ph = pdf_part_height(p) + 2 * CELL_PAD_Y;
        if (ph > h)
            h = ph;
        col += span;
    }
    free(edge);
    b->h = h;
    return b;
}

/* A cell's content: its inline text, then nested lists, tables and actions
 * as lines of their own; its notes become footnotes of the row. */
static void cell_rich(pdf_build *bd, const mn_node *cell, pdf_rich *r)
{
    pdf_build_rich(bd, r);
    pdf_rich_flow(r, cell, 0);
    pdf_build_notes_in(bd, cell, r, NULL);
}

static size_t cell_span(const mn_node *cell)
{
    int v = mn_node_attr_int(cell, "colspan", 1);
    return v > 1 && v < 1000 ? (size_t)v : 1;
}

/* Natural and minimum (longest word) widths of a cell's text. */
static void measure_cell(pdf_build *bd, pdf_rich *r, double *natural, double *minimum)
{
    if (!bd->scratch)
        bd->scratch = pango_layout_new(bd->st->ctx);
    PangoLayout *l = bd->scratch;
    pango_layout_set_font_description(l, bd->st->font[PDF_F_SMALL]);
    pango_layout_set_text(l, r->text ? r->text : "", (int)r->len);
    pango_layout_set_attributes(l, r->attrs);
    PangoRectangle e;
    pango_layout_set_width(l, -1);
    pango_layout_get_extents(l, NULL, &e);
    *natural = e.width / (double)PANGO_SCALE + 2 * CELL_PAD_X;
    pango_layout_set_wrap(l, PANGO_WRAP_WORD);
    pango_layout_set_width(l, PANGO_SCALE);
    pango_layout_get_extents(l, NULL, &e);
    *minimum = e.width / (double)PANGO_SCALE + 2 * CELL_PAD_X;
    pango_layout_set_attributes(l, NULL);
}

typedef struct grid {
    size_t rows, cols, cells;
    pdf_rich *rich;   /* cells in reading order */
    size_t *span;
    size_t *row_end;  /* index after each row's last cell */
    size_t *note_end; /* bd->pending count after each row */
} grid;

static void grid_free(grid *g)
{
    for (size_t i = 0; i < g->cells; i++)
        pdf_rich_fini(&g->rich[i]);
    free(g->rich);
    free(g->span);
    free(g->row_end);
    free(g->note_end);
}

static int grid_read(pdf_build *bd, const mn_node *table, grid *g)
{
    memset(g, 0, sizeof *g);
    size_t cells = 0;
    for (const mn_node *row = mn_node_child(table, MN_KIND_ROW); row; row = mn_node_next_of(row, MN_KIND_ROW)) {
        g->rows++;
        for (const mn_node *c = mn_node_child(row, MN_KIND_CELL); c; c = mn_node_next_of(c, MN_KIND_CELL))
            cells++;
    }
    g->rich = calloc(cells + 1, sizeof *g->rich);
    g->span = calloc(cells + 1, sizeof *g->span);
    g->row_end = calloc(g->rows + 1, sizeof *g->row_end);
    g->note_end = calloc(g->rows + 1, sizeof *g->note_end);
    if (!g->rich || !g->span || !g->row_end || !g->note_end)
        return -1;
    size_t r = 0;
    for (const mn_node *row = mn_node_child(table, MN_KIND_ROW); row; row = mn_node_next_of(row, MN_KIND_ROW), r++) {
        size_t width = 0;
        for (const mn_node *c = mn_node_child(row, MN_KIND_CELL); c; c = mn_node_next_of(c, MN_KIND_CELL)) {
            cell_rich(bd, c, &g->rich[g->cells]);
            g->span[g->cells] = cell_span(c);
            width += g->span[g->cells++];
        }
        g->row_end[r] = g->cells;
        g->note_end[r] = bd->npending;
        if (width > g->cols)
            g->cols = width;
    }
    return 0;
}

static void column_widths(pdf_build *bd, grid *g, double avail, double *out)
{
    double *nat = calloc(g->cols, sizeof *nat), *min = calloc(g->cols, sizeof *min);
    if (!nat || !min) {
        for (size_t i = 0; i < g->cols; i++)
            out[i] = avail / (double)g->cols;
        free(nat);
        free(min);
        return;
    }
    size_t i = 0;
    for (size_t r = 0; r < g->rows; r++) {
        size_t col = 0;
        for (; i < g->row_end[r]; col += g->span[i], i++) {
            if (g->span[i] != 1 || col >= g->cols)
                continue;
            double n, m;
            measure_cell(bd, &g->rich[i], &n, &m);
            nat[col] = n > nat[col] ? n : nat[col];
            min[col] = m > min[col] ? m : min[col];
        }
    }
    pdf_table_widths(nat, min, g->cols, avail, out);
    free(nat);
    free(min);
}

/* Whether CELL holds one <strong> and nothing else but white space. */
static int cell_all_strong(const mn_node *cell)
{
    int strong = 0;
    for (const mn_node *k = mn_node_first(cell); k; k = mn_node_next(k)) {
        const char *t = mn_node_text(k);
        if (t) {
            for (; *t; t++)
                if (*t != ' ' && *t != '\t' && *t != '\n' && *t != '\r')
                    return 0;
        } else if (!mn_node_is(k, MN_KIND_STRONG) || strong++) {
            return 0;
        }
    }
    return strong;
}

/* Whether ROW is a head row: every cell is one <strong> and nothing else.
 * The canonical document has no header cells; a row that the source set
 * all in bold is the nearest thing, and repeating it when the table
 * crosses a page is what a reader wants. */
static int is_head_row(const mn_node *row)
{
    int cells = 0;
    for (const mn_node *c = mn_node_child(row, MN_KIND_CELL); c; c = mn_node_next_of(c, MN_KIND_CELL), cells++)
        if (!cell_all_strong(c))
            return 0;
    return cells > 0;
}

#define LABEL_MAX 48 /* bytes: "Meeting called by:", "In attendance" */

/* A field's label: a short bold cell ("Present", "Facilitator:") or short
 * text ending with a colon ("Note taker:"). */
static int is_label_cell(const mn_node *cell)
{
    char *t = mn_node_text_folded(cell);
    size_t n = t ? strlen(t) : 0;
    int label = n > 0 && n <= LABEL_MAX && (t[n - 1] == ':' || cell_all_strong(cell));
    free(t);
    return label;
}

/* Whether TABLE lays out a form rather than holding data: Word's minutes
 * templates put their fields in two-column tables ("Facilitator:" |
 * "Ana Ruiz") and a strip of cells side by side in a one-row table (the
 * title block, "15 min | topic | presenter").  The reader turns the ones
 * it recognises into fields; what it keeps as a table carries no mark of
 * its layout, so the shape decides: one row, or two cells a row whose
 * first is a label and whose second is not (a bold "Item | Details" row
 * heads a data table). */
static int is_layout_table(const mn_node *table, const grid *g)
{
    if (g->rows == 1)
        return 1;
    if (g->cols != 2)
        return 0;
    for (const mn_node *row = mn_node_child(table, MN_KIND_ROW); row; row = mn_node_next_of(row, MN_KIND_ROW)) {
        const mn_node *label = mn_node_child(row, MN_KIND_CELL);
        const mn_node *value = label ? mn_node_next_of(label, MN_KIND_CELL) : NULL;
        if (!value || mn_node_next_of(value, MN_KIND_CELL) || cell_span(label) != 1 ||
            !is_label_cell(label) || cell_all_strong(value))
            return 0;
    }
    return 1;
}

/* A field table's columns: the labels' natural width (at most 40% of the
 * width, as a form's label column is), the values the rest. */
static void field_widths(pdf_build *bd, grid *g, double avail, double *out)
{
    double label = 0, n, m;
    for (size_t r = 0; r < g->rows; r++) {
        measure_cell(bd, &g->rich[r ? g->row_end[r - 1] : 0], &n, &m);
        label = n > label ? n : label;
    }
    out[0] = label < 0.4 * avail ? label : 0.4 * avail;
    out[1] = avail - out[0];
}

/* A table with more columns than the width can hold readably: each row as a
 * paragraph, its cells separated by middle dots. */
static void flat_table(pdf_build *bd, grid *g, double x, double w)
{
    size_t i = 0;
    for (size_t r = 0; r < g->rows && !bd->flow->oom; r++) {
        pdf_box *b = pdf_flow_add(bd->flow);
        if (!b)
            return;
        for (size_t note = r ? g->note_end[r - 1] : 0; note < g->note_end[r]; note++)
            if (pdf_notes_push(&b->notes, &b->nnotes, bd->pending[note]) < 0)
                bd->flow->oom = 1;
        b->x = x;
        b->w = w;
        b->tag = "P";
        b->after = 3;
        pdf_rich row;
        pdf_build_rich(bd, &row);
        for (; i < g->row_end[r]; i++) {
            pdf_rich_trim(&g->rich[i]);
            pdf_rich_add(&row, g->rich[i].text ? g->rich[i].text : "", 0);
            if (i + 1 < g->row_end[r])
                pdf_rich_add(&row, " \xc2\xb7 ", 0);
        }
        pdf_part *p = pdf_box_text(b, bd->st, PDF_F_SMALL, &row, w, 0, 0, 0);
        pdf_rich_fini(&row);
        if (!p) {
            bd->flow->oom = 1;
            return;
        }
        b->h = pdf_part_height(p);
    }
}

void pdf_build_table(pdf_build *bd, const mn_node *table, double x, double w)
{
    grid g;
    if (grid_read(bd, table, &g) < 0) {
        grid_free(&g);
        bd->flow->oom = 1;
        return;
    }
    if (g.cols && w / (double)g.cols < MIN_COLUMN) {
        flat_table(bd, &g, x, w);
        bd->npending = 0;
        grid_free(&g);
        return;
    }
    double *widths = g.cols ? calloc(g.cols, sizeof *widths) : NULL;
    if (!widths) {
        bd->flow->oom |= g.cols > 0;
        grid_free(&g);
        return;
    }
    int layout = is_layout_table(table, &g);
    if (layout && g.rows > 1)
        field_widths(bd, &g, w, widths);
    else
        column_widths(bd, &g, w, widths);
    bd->tables++;
    size_t first = bd->flow->n, i = 0, note = 0;
    int head = !layout && g.rows > 1 && is_head_row(mn_node_child(table, MN_KIND_ROW));
    pdf_flow_group_begin(bd->flow, "Table");
    for (size_t r = 0; r < g.rows && !bd->flow->oom; r++) {
        pdf_box *b = pdf_build_row(bd, x, widths, g.cols, &g.rich[i], &g.span[i],
                                   g.row_end[r] - i, PDF_F_SMALL, head && r == 0);
        if (b && layout)
            b->deco = PDF_D_NONE; /* a form: no rules, no shading */
        if (b && b->index == first) {
            /* Set as it is made: the pager may take a box as soon as the
             * next one is added. */
            b->before = 4;
            b->rule_top = !layout;
        }
        if (b && head && r == 0)
            b->keep_next = 1; /* never alone at the foot of a page */
        else if (b && head)
            b->head = (long)first;
        for (; b && note < g.note_end[r]; note++)
            if (pdf_notes_push(&b->notes, &b->nnotes, bd->pending[note]) < 0)
                bd->flow->oom = 1;
        i = g.row_end[r];
    }
    bd->npending = 0;
    if (bd->flow->n > first)
        pdf_flow_box(bd->flow, bd->flow->n - 1)->after = 9;
    pdf_flow_group_end(bd->flow);
    free(widths);
    grid_free(&g);
}
