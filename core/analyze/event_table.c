/* SPDX-License-Identifier: MIT */
/* event_table.c — dates in table rows: due columns and row names
 * (event_table.h).  The header is the table's first row; its words are the
 * lexicon's due-headers, when-headers and owner-headers. */
#include "event_table.h"
#include "textscan.h"
#include "xmlutil.h"

#include <stdlib.h>
#include <string.h>

#include "lexicon.h"

/* A summary is what a calendar shows on one line. */
enum { SUMMARY_CHARS = 80 };

const xmlNode *mn_event_cell(const xmlNode *block)
{
    for (const xmlNode *n = block; n && n->type == XML_ELEMENT_NODE; n = n->parent) {
        if (mn_is(n, "cell"))
            return n;
        if (mn_is(n, "table") || mn_is(n, "section") || mn_is(n, "body"))
            return NULL;
    }
    return NULL;
}

static int column_of(const xmlNode *cell)
{
    int col = 0;
    for (const xmlNode *c = cell->prev; c; c = c->prev)
        col += mn_is(c, "cell");
    return col;
}

static const xmlNode *nth_cell(const xmlNode *row, int col)
{
    const xmlNode *c = mn_child(row, "cell");
    for (int k = 0; c && k < col; k++)
        c = mn_next(c, "cell");
    return c;
}

/* The header row of CELL's table, or NULL when CELL is in it. */
static const xmlNode *header_of(const xmlNode *cell)
{
    const xmlNode *row = cell->parent, *table = row ? row->parent : NULL;
    if (!row || !table || !mn_is(row, "row") || !mn_is(table, "table"))
        return NULL;
    const xmlNode *head = mn_child(table, "row");
    return head == row ? NULL : head;
}

/* Whether the header cell's label ("Due:", "**Owner**") is in LIST. */
static int label_in(const xmlNode *head_cell, int list)
{
    if (!head_cell)
        return 0;
    char *t = mn_ts_inline_folded(head_cell);
    if (!t)
        return 0;
    size_t a = 0, n = strlen(t);
    while (a < n && (t[a] == '*' || t[a] == '_'))
        a++;
    while (n > a && (t[n - 1] == ':' || t[n - 1] == '*' || t[n - 1] == '_' || t[n - 1] == ' '))
        n--;
    int yes = n > a && mn_lx_find(mn_lx(), list, t + a, n - a) != NULL;
    free(t);
    return yes;
}

static int has_owner_column(const xmlNode *head)
{
    for (const xmlNode *c = mn_child(head, "cell"); c; c = mn_next(c, "cell"))
        if (label_in(c, MN_LX_OWNER_HEADERS))
            return 1;
    return 0;
}

/* Whether a cell of ROW holds an action the actions pass found ("By" and
 * "Date" columns beside a task: the "By" header names no owner there). */
static int row_holds_action(const xmlNode *row)
{
    for (const xmlNode *c = mn_child(row, "cell"); c; c = mn_next(c, "cell"))
        if (mn_child(c, "action"))
            return 1;
    return 0;
}

int mn_event_in_register(const xmlNode *cell)
{
    const xmlNode *head = cell ? header_of(cell) : NULL;
    return head && (has_owner_column(head) || row_holds_action(cell->parent));
}

int mn_event_due_column(const xmlNode *cell)
{
    const xmlNode *head = cell ? header_of(cell) : NULL;
    if (!head)
        return 0;
    const xmlNode *label = nth_cell(head, column_of(cell));
    if (label_in(label, MN_LX_DUE_HEADERS))
        return 1;
    return label_in(label, MN_LX_WHEN_HEADERS) && mn_event_in_register(cell);
}

/* Words of a folded text that hold a letter (a reference such as "23/122"
 * or a date's digits says nothing of the task). */
static size_t letter_words(const char *s)
{
    size_t n = 0;
    int in_word = 0, letter = 0;
    for (;; s++) {
        if (*s == ' ' || !*s) {
            n += in_word && letter;
            in_word = letter = 0;
            if (!*s)
                return n;
            continue;
        }
        in_word = 1;
        letter |= (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (unsigned char)*s >= 0x80;
    }
}

/* S cut to SUMMARY_CHARS bytes at a space, with an ellipsis. */
static void cut(char *s)
{
    size_t n = strlen(s);
    if (n <= SUMMARY_CHARS)
        return;
    size_t k = SUMMARY_CHARS - 3;
    while (k > SUMMARY_CHARS / 2 && s[k] != ' ')
        k--;
    while (k > 0 && strchr(" ,;:-", s[k - 1]))
        k--;
    memcpy(s + k, "\xe2\x80\xa6", 4); /* … */
}

char *mn_event_row_summary(const xmlNode *cell)
{
    const xmlNode *row = cell ? cell->parent : NULL;
    if (!row || !mn_is(row, "row"))
        return NULL;
    const xmlNode *head = header_of(cell);
    char *best = NULL;
    size_t best_words = 0;
    int col = 0;
    for (const xmlNode *c = mn_child(row, "cell"); c; c = mn_next(c, "cell"), col++) {
        if (c == cell || (head && label_in(nth_cell(head, col), MN_LX_OWNER_HEADERS)))
            continue;
        /* a task cell the actions pass made an action holds its text there */
        const xmlNode *task = mn_child(c, "action");
        char *t = mn_ts_inline_folded(task ? task : c);
        size_t w = t ? letter_words(t) : 0;
        if (w > best_words) {
            free(best);
            best = t;
            best_words = w;
        } else {
            free(t);
        }
    }
    if (best)
        cut(best);
    return best;
}

/* A column of flattened text is short lines: a date, a name, "Two governors". */
enum { COLUMN_LINE_WORDS = 4, COLUMN_LINES = 24 };

static size_t words_in(const char *t)
{
    size_t n = 0;
    for (size_t k = 0; t[k]; k++)
        n += t[k] != ' ' && (k == 0 || t[k - 1] == ' ');
    return n;
}

/* 1 when P is a when- or due-header label, -1 when it is too long to be a
 * line of a column, 0 otherwise. */
static int column_line(const xmlNode *p)
{
    char *t = mn_ts_inline_folded(p);
    if (!t)
        return -1;
    size_t n = strlen(t);
    while (n && (t[n - 1] == ':' || t[n - 1] == ' '))
        n--;
    t[n] = '\0';
    int r = words_in(t) > COLUMN_LINE_WORDS ? -1
            : n && (mn_lx_find(mn_lx(), MN_LX_WHEN_HEADERS, t, n) ||
                    mn_lx_find(mn_lx(), MN_LX_DUE_HEADERS, t, n))
                ? 1
                : 0;
    free(t);
    return r;
}

int mn_event_flat_column(const xmlNode *block)
{
    if (!block || !mn_is(block, "p"))
        return 0;
    const xmlNode *p = block->prev;
    for (int k = 0; p && k < COLUMN_LINES; p = p->prev) {
        if (p->type != XML_ELEMENT_NODE)
            continue;
        if (!mn_is(p, "p"))
            return 0;
        int r = column_line(p);
        if (r)
            return r > 0;
        k++;
    }
    return 0;
}
