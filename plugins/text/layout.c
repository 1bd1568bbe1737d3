/* SPDX-License-Identifier: MIT */
/* layout.c — the blocks the classified lines form, described through the
 * builder: paragraphs, lists nested by indentation, tables (TAB-separated or
 * aligned with spaces), headings set off by rule lines, and blocks of names
 * under a "Label:" line.
 *
 * Blank lines separate blocks, except inside a list or table that the next
 * non-blank line continues: text pasted out of paginated documents carries
 * blank lines where the pages broke (the sample's last participant group).
 * Rule lines ("-----", "=====") are drawing, never text. */
#include <stdlib.h>
#include <string.h>

#include "text.h"

#define MN_MAX_LIST_DEPTH 32 /* deeper indentation is read as siblings */
#define MN_MAX_HEADING 100   /* characters: a longer line is never a heading */
#define MN_MAX_LABEL 60      /* characters of a "Directors Present:" line */
#define MN_MAX_ENTRY 60      /* characters of one line of a block of names */
#define MN_MAX_TITLE 60      /* bytes of a numbered title above its hanging body */
#define MN_MAX_WORD 40       /* bytes of a word broken at a hyphen */

typedef struct mn_layout {
    mn_job *job;
    mn_builder *b;
    const mn_text_line *lines;
    size_t count;
    unsigned width;
    int paged;             /* the text came from pages (form feeds, page numbers) */
    mn_text_words *words;  /* built on the first hyphen that needs it */
    int words_failed;
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

static int mn_word_byte(char c)
{
    return mn_letter(c) || (unsigned char)c >= 0x80;
}

/* Whether the hyphen that ends the pending text breaks one word whose rest
 * starts RIGHT ("docu-" then "ment": join without it) rather than ending
 * the first part of a compound ("co-" then "organize": keep it).  The text
 * decides when it writes either form whole elsewhere; else a text that
 * came from pages had its words broken by a typesetter, and a hand-wrapped
 * one keeps what its writer typed. */
static int mn_broken_word(mn_layout *L, const char *right, size_t rlen)
{
    size_t end = L->len - 1, start = end; /* the hyphen is at end */
    while (start > 0 && mn_word_byte(L->text[start - 1]))
        start--;
    size_t r = 0;
    while (r < rlen && mn_word_byte(right[r]))
        r++;
    size_t l = end - start;
    char word[2 * MN_MAX_WORD + 1];
    if (l + r + 1 > sizeof word - 1 || l < 2 || r < 2)
        return 0;
    if (!L->words && !L->words_failed) {
        L->words = mn_text_words_new(L->lines, L->count);
        L->words_failed = L->words == NULL;
    }
    if (L->words) {
        memcpy(word, L->text + start, l + 1);
        memcpy(word + l + 1, right, r);
        if (mn_text_words_has(L->words, word, l + 1 + r))
            return 0;
        memcpy(word + l, right, r);
        if (mn_text_words_has(L->words, word, l + r))
            return 1;
    }
    return L->paged;
}

/* Adds a source line's text from byte FROM, joined to what is pending with
 * one space (hard-wrapped lines are one sentence), or with none after a
 * word broken at its hyphen ("co-" then "organized"), whose hyphen goes
 * when the word was broken by a typesetter ("docu-" then "ment"). */
static int mn_append_text(mn_layout *L, const char *s, size_t len)
{
    const char *t = L->text;
    int hyphen = L->len >= 2 && t[L->len - 1] == '-' && mn_letter(t[L->len - 2]) && len > 0 &&
                 s[0] >= 'a' && s[0] <= 'z';
    if (hyphen && mn_broken_word(L, s, len))
        L->len--;
    if (L->len > 0 && !hyphen && mn_append(L, " ", 1))
        return MN_EX_SOFTWARE;
    return len > 0 ? mn_append(L, s, len) : 0;
}

static int mn_append_line(mn_layout *L, const mn_text_line *l, size_t from)
{
    return mn_append_text(L, l->s + from, from < l->len ? l->len - from : 0);
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

/* Emits the pending text of lines [first, end) as one paragraph. */
static int mn_paragraph_lines(mn_layout *L, size_t first, size_t end)
{
    int rc = 0;
    for (size_t k = first; rc == 0 && k < end; k++)
        rc = mn_append_line(L, &L->lines[k], 0);
    mn_builder_set_line(L->b, L->lines[first].no);
    if (rc == 0)
        rc = mn_builder_open(L->b, MN_NODE_PARA, NULL);
    if (rc == 0)
        rc = mn_flush(L);
    return rc ? rc : mn_builder_close(L->b, MN_NODE_PARA);
}

/* Whether line K continues FIRST by a hanging indent: more indented lines
 * after a numbered or arrow line (but for field lines: "2. Hybrid draft" /
 * "   Presenter: Ana"), or lines aligned with the value of a field line
 * ("Action 3: Tobias to confirm" / "          mailing list."). */
static int mn_hangs(const mn_text_line *first, const mn_text_line *l)
{
    if (first->kind != MN_TEXT_PLAIN)
        return l->indent > first->indent && !mn_text_field(l);
    unsigned column = mn_text_field_value_column(first);
    return column > first->indent && l->indent == column;
}

/* Whether the numbered line FIRST is the title of the item whose text hangs
 * under it in lines [from, end): the outline habit of plain-text minutes
 * ("2. Budget" / "   The treasurer presented the accounts."), where the body
 * is indented to the title and never runs on from it.  The title is short,
 * capitalised, stops well before the margin and ends without a comma or
 * colon; the body starts a new sentence and is prose: two lines or more, or
 * one that ends a sentence (a lone "Jane Doe (10 min)" under an agenda item
 * stays with it). */
static int mn_titled_item(const mn_layout *L, const mn_text_line *first, size_t from, size_t end)
{
    if (first->kind != MN_TEXT_NUMBER || from >= end)
        return 0;
    const char *t = first->s + first->body;
    size_t n = first->len - first->body;
    const mn_text_line *next = &L->lines[from];
    unsigned char c = n ? (unsigned char)t[0] : 0, d = (unsigned char)next->s[0];
    /* The body's first word would have fitted on the title line: a break. */
    int broken = first->width + 1 + strcspn(next->s, " \t") <= L->width;
    if (!broken || !((c >= 'A' && c <= 'Z') || c >= 0xC3) || n > MN_MAX_TITLE ||
        strchr(",;:-", t[n - 1]) || !((d >= 'A' && d <= 'Z') || (d >= '0' && d <= '9')))
        return 0;
    return end - from >= 2 || strchr(".!?", next->s[next->len - 1]) != NULL;
}

/* A paragraph from line *i on: plain lines, a numbered line standing alone or
 * an arrow line, all kept as written, with their hanging indents; a numbered
 * title is a paragraph of its own above its hanging body. */
static int mn_paragraph(mn_layout *L, size_t *i)
{
    const mn_text_line *first = &L->lines[*i];
    size_t k = *i + 1;
    while (k < L->count && L->lines[k].kind == MN_TEXT_PLAIN &&
           (mn_hangs(first, &L->lines[k]) || mn_runs_on(L, k - 1, k)))
        k++;
    int rc = 0;
    if (mn_titled_item(L, first, *i + 1, k)) {
        rc = mn_paragraph_lines(L, *i, *i + 1);
        ++*i;
    }
    if (rc == 0)
        rc = mn_paragraph_lines(L, *i, k);
    *i = k;
    return rc;
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

/* ---- numbers on a line of their own ------------------------------------------------ */

/* The line a lone label at K belongs to: the next line, after one blank
 * line at most, when it reads like a heading (capitalised, not longer than
 * a heading); else 0. */
static size_t mn_label_target(const mn_layout *L, size_t k)
{
    if (!mn_text_lone_label(&L->lines[k]))
        return 0;
    size_t j = k + 1;
    if (j < L->count && L->lines[j].kind == MN_TEXT_BLANK)
        j++;
    if (j >= L->count)
        return 0;
    const mn_text_line *t = &L->lines[j];
    unsigned char c = (unsigned char)t->s[0];
    int capital = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0xC3;
    return t->kind == MN_TEXT_PLAIN && capital && t->width - t->indent <= MN_MAX_HEADING &&
                   !mn_text_lone_label(t)
               ? j
               : 0;
}

/* The label and its heading as one paragraph ("1. Welcome, apologies"). */
static int mn_labelled_line(mn_layout *L, size_t *i, size_t target)
{
    int rc = mn_append_line(L, &L->lines[*i], 0);
    if (rc == 0)
        rc = mn_paragraph_lines(L, target, target + 1);
    *i = target + 1;
    return rc;
}

/* ---- headings set off by rules ----------------------------------------------------------- */

/* The level of the heading at line K, or 0: one line of text with a rule
 * right under it and a blank line, the start of the text or the same rule
 * above.  Framed by two rules of one character, or underlined with '=',
 * it is a level 1 heading; underlined otherwise, level 2 (the setext habit
 * that pandoc's plain text keeps). */
static int mn_rule_heading(const mn_layout *L, size_t k)
{
    const mn_text_line *l = &L->lines[k];
    if (l->kind == MN_TEXT_BLANK || l->kind == MN_TEXT_RULE || l->kind == MN_TEXT_ROW ||
        l->width - l->indent > MN_MAX_HEADING || k + 1 >= L->count ||
        L->lines[k + 1].kind != MN_TEXT_RULE)
        return 0;
    const mn_text_line *above = k > 0 ? &L->lines[k - 1] : NULL;
    char under = L->lines[k + 1].rule;
    int framed = above && above->kind == MN_TEXT_RULE && above->rule == under;
    if (above && above->kind != MN_TEXT_BLANK && !framed)
        return 0;
    return framed || under == '=' ? 1 : 2;
}

/* The heading at line *i and the rule under it: `h` with the level and the
 * style hint "rule" (docs/INTERNALS.md): its layout, not a style, makes it
 * a heading, so the text's other lines may still be outline headings. */
static int mn_heading(mn_layout *L, size_t *i, int level)
{
    const mn_text_line *l = &L->lines[*i];
    mn_node_attrs attrs = {.level = level, .style = "rule"};
    mn_builder_set_line(L->b, l->no);
    int rc = mn_append_line(L, l, 0);
    if (rc == 0)
        rc = mn_builder_open(L->b, MN_NODE_HEADING, &attrs);
    if (rc == 0)
        rc = mn_flush(L);
    *i += 2;
    return rc ? rc : mn_builder_close(L->b, MN_NODE_HEADING);
}

/* ---- blocks of names under a label ----------------------------------------------------------- */

static unsigned mn_words(const mn_text_line *l)
{
    unsigned n = 1;
    for (size_t i = 0; i < l->len; i++)
        n += l->s[i] == ' ' && i + 1 < l->len && l->s[i + 1] != ' ';
    return n;
}

static int mn_upper_start(const mn_text_line *l)
{
    unsigned char c = (unsigned char)l->s[0];
    return (c >= 'A' && c <= 'Z') || c == '@' || c >= 0xC3;
}

/* One line of a block of names: short, not a sentence, no link, not the
 * first line of a wrapped list ("Ana, Bo,").  A block of one line may be
 * "none". */
static int mn_entry(const mn_text_line *l, int alone)
{
    if (l->kind != MN_TEXT_PLAIN || l->width - l->indent > MN_MAX_ENTRY ||
        memmem(l->s, l->len, "://", 3) || strchr(",;.", l->s[l->len - 1]))
        return 0;
    return alone ? mn_words(l) <= 4 : mn_upper_start(l) && mn_words(l) <= 8;
}

/* "Directors Present:" alone on its line, then, after blank lines at most,
 * a more indented block of short lines, one entry each (the board-minutes
 * habit for lists of people).  Returns the index past the block, or 0. */
static size_t mn_name_block(const mn_layout *L, size_t k)
{
    const mn_text_line *label = &L->lines[k];
    if (label->kind != MN_TEXT_PLAIN || label->s[label->len - 1] != ':' ||
        label->width - label->indent > MN_MAX_LABEL || mn_words(label) > 6)
        return 0;
    size_t j = mn_skip_blank(L, k + 1), e = j;
    if (j >= L->count || L->lines[j].indent <= label->indent)
        return 0;
    unsigned indent = L->lines[j].indent;
    while (e < L->count && L->lines[e].indent == indent && L->lines[e].kind == MN_TEXT_PLAIN &&
           (e == j || !mn_runs_on(L, e - 1, e)))
        e++;
    if (e < L->count && L->lines[e].kind != MN_TEXT_BLANK && L->lines[e].indent >= indent)
        return 0; /* the block goes on in another shape: not a list of names */
    for (size_t m = j; m < e; m++)
        if (!mn_entry(&L->lines[m], e - j == 1))
            return 0;
    return e;
}

/* The label as a paragraph, the names as a list. */
static int mn_names(mn_layout *L, size_t *i, size_t end)
{
    int rc = mn_paragraph_lines(L, *i, *i + 1);
    size_t k = mn_skip_blank(L, *i + 1);
    mn_builder_set_line(L->b, L->lines[k].no);
    if (rc == 0)
        rc = mn_builder_open(L->b, MN_NODE_LIST, NULL);
    for (; rc == 0 && k < end; k++) {
        mn_builder_set_line(L->b, L->lines[k].no);
        rc = mn_builder_open(L->b, MN_NODE_ITEM, NULL);
        if (rc == 0)
            rc = mn_append_line(L, &L->lines[k], 0);
        if (rc == 0)
            rc = mn_flush(L);
        if (rc == 0)
            rc = mn_builder_close(L->b, MN_NODE_ITEM);
    }
    *i = end;
    return rc ? rc : mn_builder_close(L->b, MN_NODE_LIST);
}

/* ---- tables aligned with spaces ------------------------------------------------------- */

/* One row: the line that starts it and the continuation lines under it
 * (pdftotext -layout wraps a cell's text onto the next line, in the same
 * column); each cell's fragments are joined like the lines of a paragraph. */
static int mn_grid_row(mn_layout *L, const mn_text_grid *g, size_t first, size_t end)
{
    mn_builder_set_line(L->b, L->lines[first].no);
    int rc = mn_builder_open(L->b, MN_NODE_ROW, NULL);
    for (size_t col = 0; rc == 0 && col < g->n; col++) {
        for (size_t k = first; rc == 0 && k < end; k++) {
            mn_text_cells c;
            int slot[MN_TEXT_MAX_COLUMNS], starts = 0;
            mn_text_grid_place(g, &L->lines[k], &c, slot, &starts);
            for (size_t m = 0; rc == 0 && m < c.n; m++)
                if ((size_t)slot[m] == col)
                    rc = mn_append_text(L, L->lines[k].s + c.from[m], c.to[m] - c.from[m]);
        }
        if (rc == 0)
            rc = mn_builder_open(L->b, MN_NODE_CELL, NULL);
        if (rc == 0)
            rc = mn_flush(L);
        if (rc == 0)
            rc = mn_builder_close(L->b, MN_NODE_CELL);
    }
    return rc ? rc : mn_builder_close(L->b, MN_NODE_ROW);
}

static int mn_grid_table(mn_layout *L, size_t *i, size_t end, const mn_text_grid *g)
{
    mn_builder_set_line(L->b, L->lines[*i].no);
    int rc = mn_builder_open(L->b, MN_NODE_TABLE, NULL);
    for (size_t k = *i; rc == 0 && k < end;) {
        size_t next = k + 1;
        mn_text_cells c;
        int slot[MN_TEXT_MAX_COLUMNS], starts = 0;
        while (next < end && mn_text_grid_place(g, &L->lines[next], &c, slot, &starts) && !starts)
            next++;
        rc = mn_grid_row(L, g, k, next);
        k = next;
    }
    *i = end;
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
        if (mn_rule_heading(L, k))
            break;
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
    int level = mn_rule_heading(L, *i);
    size_t end;
    if (level)
        return mn_heading(L, i, level);
    if ((end = mn_name_block(L, *i)) != 0)
        return mn_names(L, i, end);
    mn_text_grid grid;
    if ((end = mn_text_aligned_table(L->lines, L->count, *i, &grid)) != 0)
        return mn_grid_table(L, i, end, &grid);
    if ((end = mn_label_target(L, *i)) != 0)
        return mn_labelled_line(L, i, end);
    switch (l->kind) {
    case MN_TEXT_BLANK:
    case MN_TEXT_RULE:
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
    for (size_t k = 0; k < count && !L.paged; k++)
        L.paged = lines[k].page || lines[k].after_page;
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < count;)
        rc = mn_block(&L, &i);
    mn_text_words_free(L.words);
    free(L.text);
    return rc;
}
