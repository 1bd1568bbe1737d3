/* SPDX-License-Identifier: MIT */
/* columns.c — tables whose columns are made of spaces: typed in a
 * fixed-width font ("A1  Dev Malhotra     statements     open"), or laid
 * out by pdftotext -layout, where a cell's text wraps onto the next line in
 * its own column ("Chase the landlord's solicitor on the" / "lease review").
 *
 * Cells are set apart by two spaces or more.  The first line of a table
 * sets its columns; a column matches a cell starting up to MN_GRID_SLACK
 * columns away (a proportional font set into a fixed grid wobbles).  A
 * "Key:      value" line is a field, never a row: the first cell must not
 * end with a colon. */
#include <string.h>

#include "text.h"

#define MN_GRID_SLACK 2

/* The cells of L (one or more), or 0 for a line that is no plain text or
 * is a field. */
static size_t mn_text_cells_of(const mn_text_line *l, mn_text_cells *c)
{
    unsigned col = l->indent;
    c->n = 0;
    if (l->kind != MN_TEXT_PLAIN)
        return 0;
    c->column[0] = col;
    c->from[0] = 0;
    c->n = 1;
    for (size_t i = 0; i < l->len;) {
        if (l->s[i] == ' ' && i + 1 < l->len && l->s[i + 1] == ' ') {
            size_t j = i;
            while (j < l->len && l->s[j] == ' ')
                j++;
            if (c->n == MN_TEXT_MAX_COLUMNS || (c->n == 1 && l->s[i - 1] == ':'))
                return c->n = 0;
            c->to[c->n - 1] = i;
            col += (unsigned)(j - i);
            c->column[c->n] = col;
            c->from[c->n++] = j;
            i = j;
            continue;
        }
        col += ((unsigned char)l->s[i] & 0xC0) != 0x80;
        i++;
    }
    c->to[c->n - 1] = l->len;
    return c->n;
}

static unsigned mn_grid_distance(unsigned a, unsigned b)
{
    return a > b ? a - b : b - a;
}

int mn_text_grid_place(const mn_text_grid *g, const mn_text_line *l, mn_text_cells *c, int *slot,
                       int *starts)
{
    *starts = 0;
    if (l->kind != MN_TEXT_PLAIN || mn_text_cells_of(l, c) == 0)
        return 0;
    size_t col = 0;
    for (size_t i = 0; i < c->n; i++) {
        while (col < g->n && g->column[col] + MN_GRID_SLACK < c->column[i])
            col++;
        if (col == g->n || mn_grid_distance(g->column[col], c->column[i]) > MN_GRID_SLACK)
            return 0;
        slot[i] = (int)col++;
    }
    *starts = slot[0] == 0;
    /* A lone cell in the first column is text after the table. */
    return !(*starts && c->n < 2);
}

size_t mn_text_aligned_table(const mn_text_line *lines, size_t count, size_t k, mn_text_grid *g)
{
    mn_text_cells c;
    if (mn_text_cells_of(&lines[k], &c) < 2)
        return 0;
    g->n = c.n;
    memcpy(g->column, c.column, c.n * sizeof *c.column);
    size_t e = k + 1, rows = 1;
    int slot[MN_TEXT_MAX_COLUMNS], starts = 0;
    while (e < count && mn_text_grid_place(g, &lines[e], &c, slot, &starts)) {
        rows += starts;
        e++;
    }
    return rows >= 2 && (g->n >= 3 || rows >= 3) ? e : 0;
}
