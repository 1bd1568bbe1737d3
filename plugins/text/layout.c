/* SPDX-License-Identifier: MIT */
/* layout.c — the blocks the classified lines form, described through the
 * builder: paragraphs, lists nested by indentation, and TAB tables.
 *
 * Blank lines separate blocks, except inside a list or table that the next
 * non-blank line continues: text pasted out of paginated documents carries
 * blank lines where the pages broke (the sample's last participant group). */
#include <stdlib.h>
#include <string.h>

#include "text.h"

#define MN_MAX_LIST_DEPTH 32 /* deeper indentation is read as siblings */

typedef struct mn_layout {
    mn_job *job;
    mn_builder *b;
    const mn_text_line *lines;
    size_t count;
    unsigned width;
    char *text; /* inline text not emitted yet (one block's joined lines) */
    size_t len, cap;
} mn_layout;

/* ---- pending text ---------------------------------------------------------------- */

static int mn_append(mn_layout *L, const char *s, size_t len)
{
    if (L->len + len + 1 > L->cap) {
        size_t cap = L->cap ? L->cap : 256;
        while (cap < L->len + len + 1)
            cap *= 2;
        char *t = realloc(L->text, cap);
        if (!t)
            return mn_job_error(L->job, MN_EX_SOFTWARE, 0, "out of memory");
        L->text = t;
        L->cap = cap;
    }
    /* Form feeds and vertical tabs inside a line are page and line breaks of
     * the tool that wrote it: white space here. */
    for (size_t i = 0; i < len; i++)
        L->text[L->len++] = s[i] == '\f' || s[i] == '\v' ? ' ' : s[i];
    return 0;
}

static int mn_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Adds a source line's text from byte FROM, joined to what is pending with
 * one space (hard-wrapped lines are one sentence), or with none after a
 * word broken at its hyphen ("co-" then "organized"). */
static int mn_append_line(mn_layout *L, const mn_text_line *l, size_t from)
{
    const char *t = L->text;
    int hyphen = L->len >= 2 && t[L->len - 1] == '-' && mn_letter(t[L->len - 2]) &&
                 from < l->len && l->s[from] >= 'a' && l->s[from] <= 'z';
    if (L->len > 0 && !hyphen && mn_append(L, " ", 1))
        return MN_EX_SOFTWARE;
    return from < l->len ? mn_append(L, l->s + from, l->len - from) : 0;
}

static int mn_flush(mn_layout *L)
{
    int rc = L->len ? mn_text_inline(L->b, L->text, L->len) : 0;
    L->len = 0;
    return rc;
}

static const mn_text_line *mn_after(const mn_layout *L, size_t k)
{
    return k + 1 < L->count ? &L->lines[k + 1] : NULL;
}

/* Whether line K continues line PREV (K follows it directly) as wrapped prose. */
static int mn_runs_on(const mn_layout *L, size_t prev, size_t k)
{
    return mn_text_wrapped(&L->lines[prev], &L->lines[k], mn_after(L, k), L->width);
}

/* ---- paragraphs ---------------------------------------------------------------------- */

/* A paragraph from line *i on: plain lines, a numbered line standing alone or
 * an arrow line, all kept as written.  The last two take more indented lines
 * that follow as their continuation (a hanging indent). */
static int mn_paragraph(mn_layout *L, size_t *i)
{
    const mn_text_line *first = &L->lines[*i];
    int hanging = first->kind != MN_TEXT_PLAIN;
    size_t k = *i + 1;
    int rc = mn_append_line(L, first, 0);
    while (rc == 0 && k < L->count && L->lines[k].kind == MN_TEXT_PLAIN &&
           ((hanging && L->lines[k].indent > first->indent) || mn_runs_on(L, k - 1, k)))
        rc = mn_append_line(L, &L->lines[k++], 0);
    *i = k;
    mn_builder_set_line(L->b, first->no);
    if (rc == 0)
        rc = mn_builder_open(L->b, MN_NODE_PARA, NULL);
    if (rc == 0)
        rc = mn_flush(L);
    return rc ? rc : mn_builder_close(L->b, MN_NODE_PARA);
}

/* ---- tables -------------------------------------------------------------------------- */

/* One row: cells split on TAB, each trimmed; a trailing TAB gives a trailing
 * empty cell ("MAG Members<TAB>" is a group's role row). */
static int mn_row(mn_layout *L, const mn_text_line *l)
{
    mn_builder_set_line(L->b, l->no);
    int rc = mn_builder_open(L->b, MN_NODE_ROW, NULL);
    const char *s = l->s, *end = l->s + l->len;
    while (rc == 0) {
        const char *tab = memchr(s, '\t', (size_t)(end - s));
        const char *e = tab ? tab : end, *c = s;
        while (c < e && (*c == ' ' || *c == '\f' || *c == '\v'))
            c++;
        while (e > c && (e[-1] == ' ' || e[-1] == '\f' || e[-1] == '\v'))
            e--;
        rc = mn_builder_open(L->b, MN_NODE_CELL, NULL);
        if (rc == 0)
            rc = mn_append(L, c, (size_t)(e - c));
        if (rc == 0)
            rc = mn_flush(L);
        if (rc == 0)
            rc = mn_builder_close(L->b, MN_NODE_CELL);
        if (!tab)
            break;
        s = tab + 1;
    }
    return rc ? rc : mn_builder_close(L->b, MN_NODE_ROW);
}

/* Index of the first non-blank line from k on (L->count when none). */
static size_t mn_skip_blank(const mn_layout *L, size_t k)
{
    while (k < L->count && L->lines[k].kind == MN_TEXT_BLANK)
        k++;
    return k;
}

static int mn_table(mn_layout *L, size_t *i)
{
    size_t k = *i;
    mn_builder_set_line(L->b, L->lines[k].no);
    int rc = mn_builder_open(L->b, MN_NODE_TABLE, NULL);
    while (rc == 0 && k < L->count) {
        size_t next = mn_skip_blank(L, k);
        if (next >= L->count || L->lines[next].kind != MN_TEXT_ROW)
            break;
        rc = mn_row(L, &L->lines[next]);
        k = next + 1;
    }
    *i = k;
    return rc ? rc : mn_builder_close(L->b, MN_NODE_TABLE);
}

/* ---- lists --------------------------------------------------------------------------- */

typedef struct mn_level {
    unsigned indent; /* of the markers at this level */
    int ordered;
    int tail_text;   /* the open item ends in text, not in a nested list */
} mn_level;

typedef struct mn_list {
    mn_level level[MN_MAX_LIST_DEPTH];
    size_t depth;
} mn_list;

static int mn_is_item(const mn_text_line *l)
{
    return l->kind == MN_TEXT_BULLET || (l->kind == MN_TEXT_NUMBER && l->linked);
}

static int mn_open_item(mn_layout *L, mn_list *list, const mn_text_line *l)
{
    char *label = l->kind == MN_TEXT_NUMBER ? strndup(l->s, l->label) : NULL;
    if (l->kind == MN_TEXT_NUMBER && !label)
        return mn_job_error(L->job, MN_EX_SOFTWARE, l->no, "out of memory");
    mn_node_attrs attrs = {.label = label};
    int rc = mn_builder_open(L->b, MN_NODE_ITEM, &attrs);
    free(label);
    list->level[list->depth - 1].tail_text = 1;
    return rc ? rc : mn_append_line(L, l, l->body);
}

static int mn_open_list(mn_layout *L, mn_list *list, const mn_text_line *l)
{
    mn_node_attrs attrs = {.ordered = l->kind == MN_TEXT_NUMBER};
    if (list->depth > 0)
        list->level[list->depth - 1].tail_text = 0;
    list->level[list->depth++] = (mn_level){.indent = l->indent, .ordered = attrs.ordered};
    int rc = mn_builder_open(L->b, MN_NODE_LIST, &attrs);
    return rc ? rc : mn_open_item(L, list, l);
}

/* Closes the innermost level: its open item, then its list. */
static int mn_close_level(mn_layout *L, mn_list *list)
{
    int rc = mn_flush(L);
    if (rc == 0)
        rc = mn_builder_close(L->b, MN_NODE_ITEM);
    if (rc == 0)
        rc = mn_builder_close(L->b, MN_NODE_LIST);
    list->depth--;
    return rc;
}

/* An item line: a sibling at its level, the first of a nested list, or (for
 * a marker that changes between bullet and number) the first of a new list. */
static int mn_place_item(mn_layout *L, mn_list *list, const mn_text_line *l)
{
    int rc = mn_flush(L);
    while (rc == 0 && list->depth > 1 && l->indent < list->level[list->depth - 1].indent)
        rc = mn_close_level(L, list);
    if (rc)
        return rc;
    mn_builder_set_line(L->b, l->no);
    mn_level *top = list->depth ? &list->level[list->depth - 1] : NULL;
    if (!top || (l->indent > top->indent && list->depth < MN_MAX_LIST_DEPTH))
        return mn_open_list(L, list, l);
    if (top->ordered != (l->kind == MN_TEXT_NUMBER)) {
        rc = mn_close_level(L, list);
        return rc ? rc : mn_open_list(L, list, l);
    }
    if (l->indent < top->indent)
        top->indent = l->indent; /* a sloppy outdent at the first level */
    rc = mn_builder_close(L->b, MN_NODE_ITEM);
    return rc ? rc : mn_open_item(L, list, l);
}

/* A line of text inside the list: it belongs to the innermost item whose
 * marker is less indented.  It joins that item's text when it follows it
 * directly, else it starts a new paragraph there (after a line break).
 * Returns 1 through *ends when no item owns it. */
static int mn_place_text(mn_layout *L, mn_list *list, const mn_text_line *l, int joins, int *ends)
{
    size_t owner = list->depth;
    while (owner > 0 && l->indent <= list->level[owner - 1].indent)
        owner--;
    *ends = owner == 0;
    if (*ends)
        return 0;
    int rc = 0;
    joins = joins && owner == list->depth && L->len > 0;
    while (rc == 0 && list->depth > owner)
        rc = mn_close_level(L, list);
    if (rc == 0 && !joins) {
        rc = mn_flush(L);
        if (rc == 0 && list->level[owner - 1].tail_text)
            rc = mn_builder_break(L->b);
        list->level[owner - 1].tail_text = 1;
    }
    return rc ? rc : mn_append_line(L, l, 0);
}

static int mn_list_block(mn_layout *L, size_t *i)
{
    mn_list list = {.depth = 0};
    size_t k = *i, prev = *i;
    int blank = 0, rc = 0;
    for (; rc == 0 && k < L->count; k++) {
        const mn_text_line *l = &L->lines[k];
        if (l->kind == MN_TEXT_BLANK) {
            blank = 1;
            continue;
        }
        if (mn_is_item(l)) {
            rc = mn_place_item(L, &list, l);
        } else if (l->kind == MN_TEXT_PLAIN || l->kind == MN_TEXT_NUMBER) {
            int wrapped = !blank && mn_runs_on(L, prev, k), ends = 0;
            if (wrapped)
                rc = mn_append_line(L, l, 0);
            else
                rc = mn_place_text(L, &list, l, !blank && l->kind == MN_TEXT_PLAIN, &ends);
            if (ends)
                break;
        } else {
            break; /* a table row or an arrow line ends the list */
        }
        prev = k;
        blank = 0;
    }
    while (rc == 0 && list.depth > 0)
        rc = mn_close_level(L, &list);
    *i = k;
    return rc;
}

/* ---- the document ----------------------------------------------------------------------- */

static int mn_block(mn_layout *L, size_t *i)
{
    const mn_text_line *l = &L->lines[*i];
    switch (l->kind) {
    case MN_TEXT_BLANK:
        ++*i;
        return 0;
    case MN_TEXT_ROW:
        return mn_table(L, i);
    case MN_TEXT_BULLET:
        return mn_list_block(L, i);
    case MN_TEXT_NUMBER:
        return l->linked ? mn_list_block(L, i) : mn_paragraph(L, i);
    default:
        return mn_paragraph(L, i);
    }
}

int mn_text_layout(mn_job *job, mn_builder *b, const mn_text_line *lines, size_t count)
{
    mn_layout L = {.job = job, .b = b, .lines = lines, .count = count,
                   .width = mn_text_wrap_width(lines, count)};
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < count;)
        rc = mn_block(&L, &i);
    free(L.text);
    return rc;
}
