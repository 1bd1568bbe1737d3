/* SPDX-License-Identifier: MIT */
/* agenda.c — the agenda pass: the agenda items into `agenda/item n`
 * (docs/INTERNALS.md), n as written without one trailing '.' or ')'.
 *
 * Where an agenda is written:
 *   - a section whose heading is an agenda title ("Agenda", "Provisional
 *     agenda", "📋 Agenda", "Agenda 2013-02-19"), or an annex about the
 *     agenda ("Annex 1: Meeting Agenda", or "Annex I" whose first line is
 *     "Agenda");
 *   - a paragraph that is only an agenda title ("Agenda:", "**Agenda**")
 *     followed by a list;
 *   - a list item that is only an agenda title with a list nested in it
 *     ("- Agenda items" over the topics, as governance notes write them).
 *
 * An agenda that is only agenda — lists of short items, short or numbered
 * lines — leaves the body for `agenda`.  An agenda with discussion under
 * it (notes nested under its items, prose, topics as sub-headings with
 * their minutes) stays in the body where it is written, and the agenda
 * gets a copy of its items: the top-level items of its lists, its numbered
 * lines, and its sub-headings (but for a sub-heading that only groups items,
 * "kettlejs/kettle" or "Day 1" over a list: then its items).  So minutes
 * written item by item under an "Agenda" heading stay sections, and nothing
 * written under an agenda heading is lost or turned into agenda items. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agenda.h"
#include "lexicon.h"
#include "passes.h"
#include "textscan.h"
#include "xmlutil.h"

/* Limits of what reads as an agenda item rather than discussion. */
#define MN_AG_ITEM_WORDS 40  /* an item longer than this is prose */
#define MN_AG_LINE_WORDS 15  /* an unnumbered line longer than this is prose */
#define MN_AG_SENTENCE_WORDS 4 /* this many words closed by '.', '?' or '!' are a sentence */

typedef struct mn_agenda {
    xmlDocPtr doc;
    xmlNodePtr agenda; /* unlinked until the end; owned here until linked */
} mn_agenda;

/* ---- recognising an agenda -------------------------------------------------- */

static int mn_ag_any_word(const char *s, int list)
{
    for (const char *const *words = mn_lx_words(mn_lx(), list); *words; words++)
        if (mn_ts_has_word(s, *words))
            return 1;
    return 0;
}

static int mn_ag_annex(const char *t)
{
    for (const char *const *w = mn_lx_words(mn_lx(), MN_LX_ANNEX_WORDS); *w; w++)
        if (mn_ts_prefix(t, *w, 1))
            return 1;
    return 0;
}

/* Whether the LEN bytes at s are only a date or a number ("2013-02-19",
 * "4.3.2026"), with the punctuation around them. */
static int mn_ag_date_tail(const char *s, size_t len)
{
    int digits = 0;
    for (size_t i = 0, k; i < len; i += k) {
        k = mn_ts_dash(s + i);
        if (!k)
            k = mn_ts_space(s + i);
        if (!k)
            k = 1;
        if (s[i] >= '0' && s[i] <= '9')
            digits = 1;
        else if (k == 1 && !strchr(" -./,:()", s[i]))
            return 0;
    }
    return digits;
}

/* Whether the folded text T is an agenda title: a word of agenda-titles,
 * after any pictographs, before an optional ':' (1) and a date (2). */
static int mn_ag_title(const char *t)
{
    t += mn_ts_skip_symbols(t);
    size_t len = strlen(t);
    while (len && (t[len - 1] == ':' || t[len - 1] == ' '))
        len--;
    if (mn_lx_find(mn_lx(), MN_LX_AGENDA_TITLES, t, len))
        return 1;
    for (const char *const *w = mn_lx_words(mn_lx(), MN_LX_AGENDA_TITLES); *w; w++) {
        size_t k = mn_ts_prefix(t, *w, 1);
        if (k && k < len && mn_ag_date_tail(t + k, len - k))
            return 2;
    }
    return 0;
}

static int mn_ag_block_title(const xmlNode *el)
{
    char *t = mn_ts_inline_folded(el);
    int is = t && mn_ag_title(t);
    free(t);
    return is;
}

/* "Annex I" (an annex word and its number, nothing else) whose first block
 * is a line with an agenda title: returns that line, else NULL. */
static xmlNodePtr mn_ag_annex_title_line(const xmlNode *section, const char *heading)
{
    if (!mn_ag_annex(heading) || mn_ts_word_count(heading) > 2)
        return NULL;
    xmlNodePtr first = mn_next(mn_child(section, "heading"), NULL);
    return mn_is(first, "p") && mn_ag_block_title(first) ? first : NULL;
}

int mn_agenda_heading(const xmlNode *section)
{
    char *t = mn_ts_inline_folded(mn_child(section, "heading"));
    if (!t)
        return 0;
    const char *h = t + mn_ts_skip_symbols(t);
    int is = mn_ag_title(h) || (mn_ag_annex(h) && mn_ag_any_word(h, MN_LX_AGENDA_WORDS)) ||
             mn_ag_annex_title_line(section, h) != NULL;
    free(t);
    return is;
}

/* ---- what reads as an item ------------------------------------------------------ */

/* A sentence of some length, or a text too long for an item. */
static int mn_ag_prose(const char *t)
{
    size_t words = mn_ts_word_count(t), len = strlen(t);
    int closed = len > 0 && strchr(".?!", t[len - 1]) != NULL;
    return (closed && words >= MN_AG_SENTENCE_WORDS) || words > MN_AG_ITEM_WORDS;
}

/* A line that reads as an agenda item: numbered and not too long, or short
 * and not a sentence. */
static int mn_ag_line_item(const char *t)
{
    mn_label l;
    if (mn_ts_label(t, &l))
        return mn_ts_word_count(t) <= MN_AG_ITEM_WORDS;
    return *t && !mn_ag_prose(t) && mn_ts_word_count(t) <= MN_AG_LINE_WORDS;
}

static int mn_ag_lines_pure(const xmlNode *p)
{
    char *raw = mn_ts_inline_text(p);
    int pure = raw != NULL, any = 0;
    for (char *line = raw, *end; pure && line; line = end ? end + 1 : NULL) {
        end = strchr(line, '\n');
        char *t = mn_ts_fold(line, end ? (size_t)(end - line) : strlen(line));
        pure = t && (!*t || mn_ag_line_item(t));
        any |= t && *t;
        free(t);
    }
    free(raw);
    return pure && any;
}

/* A list whose items are items: none too long, nothing nested in them but
 * lists of items that are no sentences (notes under an item are discussion). */
static int mn_ag_list_pure(const xmlNode *list, int depth)
{
    int any = 0;
    for (xmlNodePtr it = mn_child(list, "item"); it; it = mn_next(it, "item")) {
        char *t = mn_ts_inline_folded(it);
        int ok = t && (depth == 0 ? mn_ts_word_count(t) <= MN_AG_ITEM_WORDS : !mn_ag_prose(t));
        free(t);
        if (!ok)
            return 0;
        for (xmlNodePtr c = it->children; c; c = c->next) {
            if (mn_is(c, "list") ? !mn_ag_list_pure(c, depth + 1) : mn_ts_is_block(c))
                return 0;
        }
        any = 1;
    }
    return any;
}

/* Whether the blocks from FIRST on are all agenda: pure lists and lines. */
static int mn_ag_pure(const xmlNode *first)
{
    int any = 0;
    for (const xmlNode *c = first; c; c = mn_next(c, NULL)) {
        if (mn_is(c, "list") ? !mn_ag_list_pure(c, 0) : !(mn_is(c, "p") && mn_ag_lines_pure(c)))
            return 0;
        any = 1;
    }
    return any;
}

/* "kettlejs/kettle": a repository's name, under which generated agendas
 * list that repository's issues. */
static int mn_ag_repository(const char *t)
{
    const char *slash = strchr(t, '/');
    if (!slash || slash == t || !slash[1] || strchr(slash + 1, '/'))
        return 0;
    for (const char *p = t; *p; p++)
        if (!(mn_ts_word_at(p) || strchr("/_.-", *p)))
            return 0;
    return 1;
}

/* ---- making items ------------------------------------------------------------------ */

static xmlNodePtr mn_ag_new(mn_agenda *ag, const char *name)
{
    xmlNodePtr root = xmlDocGetRootElement(ag->doc);
    return xmlNewDocNode(ag->doc, root ? root->ns : NULL, BAD_CAST name, NULL);
}

/* A new agenda item with el's inline content, moved or (COPY) copied; a
 * label that starts the text gives n when el has none. */
static void mn_ag_item(mn_agenda *ag, xmlNodePtr el, const char *n, int copy)
{
    if (!ag->agenda && !(ag->agenda = mn_ag_new(ag, "agenda")))
        return;
    xmlNodePtr item = mn_ag_new(ag, "item");
    if (!item)
        return;
    item->line = el->line;
    xmlAddChild(ag->agenda, item);
    for (xmlNodePtr c = el->children, next; c; c = next) {
        next = c->next;
        if (mn_ts_is_block(c))
            continue;
        xmlNodePtr moved = copy ? xmlDocCopyNode(c, ag->doc, 1) : c;
        if (!moved)
            continue;
        if (!copy)
            xmlUnlinkNode(c);
        xmlAddChild(item, moved);
    }
    char *text = n ? NULL : mn_ts_inline_folded(item);
    mn_label l;
    if (text && mn_ts_label(text, &l)) {
        mn_ts_strip_lead(item, l.len);
        n = l.n;
    }
    char *label = n && *n ? strdup(n) : NULL;
    if (label) {
        size_t k = strlen(label);
        if (k > 1 && (label[k - 1] == '.' || label[k - 1] == ')'))
            label[k - 1] = '\0';
        mn_set_attr(item, "n", label);
    }
    free(label);
    free(text);
}

/* An item's n when it is a number or letter ("1.", "b)"), else "": a list
 * item's marker is its label, and a number that starts its text is its
 * text ("0.6 release planning").  Free with xmlFree. */
static char *mn_ag_item_n(const xmlNode *it)
{
    char *n = mn_attr(it, "n");
    if (!n)
        return (char *)xmlStrdup(BAD_CAST "");
    int bullet = !strpbrk(n, "0123456789") && strlen(n) <= 4 &&
                 !((n[0] >= 'A' && n[0] <= 'Z') || (n[0] >= 'a' && n[0] <= 'z'));
    if (bullet)
        n[0] = '\0';
    return n;
}

/* The items of a pure list and of the lists nested in it, moved. */
static void mn_ag_move_list(mn_agenda *ag, xmlNodePtr list)
{
    for (xmlNodePtr it = mn_child(list, "item"); it; it = mn_next(it, "item")) {
        char *n = mn_ag_item_n(it);
        mn_ag_item(ag, it, n, 0);
        xmlFree(n);
        for (xmlNodePtr sub = mn_child(it, "list"); sub; sub = mn_next(sub, "list"))
            mn_ag_move_list(ag, sub);
    }
}

/* The top-level items of a list with discussion under them, copied. */
static void mn_ag_copy_list(mn_agenda *ag, xmlNodePtr list)
{
    for (xmlNodePtr it = mn_child(list, "item"); it; it = mn_next(it, "item")) {
        if (mn_ts_is_empty(it))
            continue;
        char *n = mn_ag_item_n(it);
        mn_ag_item(ag, it, n, 1);
        xmlFree(n);
    }
}

/* A paragraph whose lines (split at br) are agenda items, moved. */
static void mn_ag_move_lines(mn_agenda *ag, xmlNodePtr p)
{
    while (p->children) {
        xmlNodePtr line = mn_ag_new(ag, "p");
        if (!line)
            return;
        line->line = p->line;
        while (p->children && !mn_is(p->children, "br")) {
            xmlNodePtr c = p->children;
            xmlUnlinkNode(c);
            xmlAddChild(line, c);
        }
        if (p->children)
            mn_ts_drop(p->children);
        if (!mn_ts_is_empty(line))
            mn_ag_item(ag, line, NULL, 0);
        xmlFreeNode(line);
    }
}

/* Whether every line of p is numbered and no sentence. */
static int mn_ag_numbered_lines(const xmlNode *p)
{
    char *raw = mn_ts_inline_text(p);
    int all = raw != NULL, any = 0;
    for (char *line = raw, *end; all && line; line = end ? end + 1 : NULL) {
        end = strchr(line, '\n');
        char *t = mn_ts_fold(line, end ? (size_t)(end - line) : strlen(line));
        mn_label l;
        all = t && (!*t || (mn_ts_label(t, &l) && !mn_ag_prose(t)));
        any |= t && *t;
        free(t);
    }
    free(raw);
    return all && any;
}

/* Numbered lines among discussion ("3. Budget" between paragraphs of
 * prose), copied. */
static void mn_ag_copy_lines(mn_agenda *ag, xmlNodePtr p)
{
    if (!mn_ag_numbered_lines(p))
        return;
    xmlNodePtr copy = xmlDocCopyNode(p, ag->doc, 1);
    if (copy)
        mn_ag_move_lines(ag, copy);
    xmlFreeNode(copy);
}

/* ---- agendas as tables ---------------------------------------------------------------- */

#define MN_AG_MAX_COLS 16

/* Whether a cell holds only emphasis (a header cell set in bold). */
static int mn_ag_cell_bold(const xmlNode *cell)
{
    int any = 0;
    for (xmlNodePtr c = cell->children; c; c = c->next) {
        if (mn_is(c, "strong"))
            any = 1;
        else if (c->type == XML_TEXT_NODE ? !xmlIsBlankNode(c) : c->type == XML_ELEMENT_NODE)
            return 0;
    }
    return any;
}

/* Whether ROW is a header row: every filled cell in bold, or a cell that
 * names the agenda ("Agenda item"). */
static int mn_ag_header_row(const xmlNode *row)
{
    int bold = 1, any = 0, named = 0;
    for (xmlNodePtr c = mn_child(row, "cell"); c; c = mn_next(c, "cell")) {
        char *t = mn_ts_inline_folded(c);
        if (t && *t) {
            any = 1;
            bold &= mn_ag_cell_bold(c);
            named |= mn_ag_any_word(t, MN_LX_AGENDA_WORDS);
        }
        free(t);
    }
    return any && (bold || named);
}

static xmlNodePtr mn_ag_cell_at(const xmlNode *row, size_t col)
{
    xmlNodePtr c = mn_child(row, "cell");
    for (size_t i = 0; c && i < col; i++)
        c = mn_next(c, "cell");
    return c;
}

/* Whether a cell is a number, a time or a duration ("1", "6:35 PM",
 * "10 min"): a digit in three words or fewer. */
static int mn_ag_cell_numeric(const xmlNode *cell)
{
    char *t = cell ? mn_ts_inline_folded(cell) : NULL;
    int numeric = t && strpbrk(t, "0123456789") && mn_ts_word_count(t) <= 3;
    free(t);
    return numeric;
}

/* The column of the items: the one whose header names the agenda ("Agenda
 * item"), else the first whose cells are not all numbers or times ("# |
 * Item | Lead", "Time | Topic | Presenter").  Returns -1 when none. */
static int mn_ag_item_column(const xmlNode *header, const xmlNode *first_row)
{
    size_t ncols = 0;
    for (xmlNodePtr c = mn_child(first_row, "cell"); c; c = mn_next(c, "cell"))
        ncols++;
    for (size_t i = 0; header && i < ncols && i < MN_AG_MAX_COLS; i++) {
        char *t = mn_ts_inline_folded(mn_ag_cell_at(header, i));
        int named = t && mn_ag_any_word(t, MN_LX_AGENDA_WORDS);
        free(t);
        if (named)
            return (int)i;
    }
    for (size_t i = 0; i < ncols && i < MN_AG_MAX_COLS; i++) {
        int numeric = 1;
        for (const xmlNode *r = first_row; r && numeric; r = mn_next(r, "row"))
            numeric = mn_ag_cell_numeric(mn_ag_cell_at(r, i)) || mn_ts_is_empty(mn_ag_cell_at(r, i));
        if (!numeric)
            return (int)i;
    }
    return -1;
}

/* An agenda written as a table, one item a row ("Agenda item | Presenter |
 * Time", as Word's agenda and minutes templates lay it out): the items of
 * its item column, copied; the table stays in the body with its presenters
 * and times. */
static void mn_ag_copy_table(mn_agenda *ag, xmlNodePtr table)
{
    xmlNodePtr first = mn_child(table, "row");
    xmlNodePtr header = first && mn_ag_header_row(first) ? first : NULL;
    if (header)
        first = mn_next(first, "row");
    int col = first ? mn_ag_item_column(header, first) : -1;
    if (col < 0)
        return;
    for (xmlNodePtr r = first; r; r = mn_next(r, "row")) {
        xmlNodePtr cell = mn_ag_cell_at(r, (size_t)col);
        char *t = cell ? mn_ts_inline_folded(cell) : NULL;
        if (t && *t && !mn_ag_prose(t) && mn_ts_word_count(t) <= MN_AG_ITEM_WORDS)
            mn_ag_item(ag, cell, NULL, 1);
        free(t);
    }
}

/* ---- items run into paragraphs ------------------------------------------------------ */

/* Bytes of the label of item K at t ("3.- ", "3. ", "Tercero. ", "Third.- "),
 * or 0: formal agendas number their items so, and a text whose reader did
 * not know "1.-" for a list marker runs them into one paragraph. */
static size_t mn_ag_run_label(const char *t, int k)
{
    size_t w = strspn(t, "0123456789");
    int v = -1;
    if (w >= 1 && w <= 2) {
        v = atoi(t);
    } else if (w == 0) {
        while (t[w] && t[w] != '.' && t[w] != ' ' && w < 16)
            w++;
        const mn_lx_entry *e = w ? mn_lx_find(mn_lx(), MN_LX_HEADING_ORDINALS, t, w) : NULL;
        v = e ? e->value : -1;
    }
    if (v != k || t[w] != '.')
        return 0;
    w += 1 + (t[w + 1] == '-');
    return t[w] == ' ' ? w + 1 : 0;
}

/* The next item's start in t after FROM: a label for K after a sentence's
 * end (". 2.- Modificación"), else the end of t. */
static size_t mn_ag_run_next(const char *t, size_t from, int k)
{
    for (size_t i = from; t[i]; i++)
        if (i >= 2 && t[i - 1] == ' ' && strchr(".)", t[i - 2]) && mn_ag_run_label(t + i, k))
            return i;
    return strlen(t);
}

/* Whether paragraph p is items *K, *K+1, … run together, each short enough;
 * advances *k past them.  With AG, the items are also made. */
static int mn_ag_run(mn_agenda *ag, const xmlNode *p, int *k)
{
    if (!mn_is(p, "p") || !p->children || p->children->next || p->children->type != XML_TEXT_NODE)
        return 0;
    char *t = mn_ts_inline_folded(p);
    size_t at = 0, label = t ? mn_ag_run_label(t, *k) : 0;
    int ok = label != 0;
    while (ok && t[at]) {
        size_t end = mn_ag_run_next(t, at + label, *k + 1), e = end;
        while (e > at + label && (t[e - 1] == ' ' || t[e - 1] == '.'))
            e--;
        char *words = strndup(t + at + label, e - at - label);
        ok = words && *words && mn_ts_word_count(words) <= MN_AG_ITEM_WORDS;
        xmlNodePtr item = ok && ag ? mn_ag_new(ag, "p") : NULL;
        if (item) {
            char n[16];
            snprintf(n, sizeof n, "%d", *k);
            xmlNodeAddContent(item, BAD_CAST words);
            mn_ag_item(ag, item, n, 0);
            xmlFreeNode(item);
        }
        free(words);
        ++*k;
        at = end;
        label = t[at] ? mn_ag_run_label(t + at, *k) : 0;
    }
    free(t);
    return ok;
}

/* Whether the blocks from FIRST on are all paragraphs of numbered items run
 * together, numbered on from 1; with AG, the items are made. */
static int mn_ag_runs(mn_agenda *ag, const xmlNode *first)
{
    int k = 1, any = 0;
    for (const xmlNode *c = first; c; c = mn_next(c, NULL)) {
        if (!mn_ag_run(ag, c, &k))
            return 0;
        any = 1;
    }
    return any;
}

/* ---- agendas as sections, lines and items ----------------------------------------------- */

static void mn_ag_copy_blocks(mn_agenda *ag, xmlNodePtr first);

/* Whether a sub-section only groups items: a repository's name, or pure
 * lists of at least two items. */
static int mn_ag_group(const xmlNode *sub)
{
    char *t = mn_ts_inline_folded(mn_child(sub, "heading"));
    int repository = t && mn_ag_repository(t);
    free(t);
    xmlNodePtr first = mn_next(mn_child(sub, "heading"), NULL);
    if (repository || !mn_ag_pure(first))
        return repository;
    size_t items = 0;
    for (xmlNodePtr c = first; c; c = mn_next(c, NULL))
        for (xmlNodePtr it = mn_child(c, "item"); it; it = mn_next(it, "item"))
            items++;
    return items >= 2;
}

static void mn_ag_copy_blocks(mn_agenda *ag, xmlNodePtr first)
{
    for (xmlNodePtr c = first; c; c = mn_next(c, NULL)) {
        if (mn_is(c, "list"))
            mn_ag_copy_list(ag, c);
        else if (mn_is(c, "table") && c == first)
            mn_ag_copy_table(ag, c);
        else if (mn_is(c, "p"))
            mn_ag_copy_lines(ag, c);
        else if (mn_is(c, "section") && mn_ag_group(c))
            mn_ag_copy_blocks(ag, mn_next(mn_child(c, "heading"), NULL));
        else if (mn_is(c, "section")) {
            char *n = mn_attr(c, "n"); /* the sections pass took the label off */
            mn_ag_item(ag, mn_child(c, "heading"), n ? n : "", 1);
            xmlFree(n);
        }
    }
}

/* An agenda section: taken out when it is only agenda, else copied from.
 * Returns 1 when the section is to go. */
static int mn_ag_section(mn_agenda *ag, xmlNodePtr section)
{
    xmlNodePtr heading = mn_child(section, "heading");
    char *h = mn_ts_inline_folded(heading);
    xmlNodePtr title = h ? mn_ag_annex_title_line(section, h + mn_ts_skip_symbols(h)) : NULL;
    free(h);
    xmlNodePtr first = mn_next(title ? title : heading, NULL);
    /* a heading that says more than "Agenda" ("Agenda 2013-02-19") is kept,
     * with its section */
    char *t = mn_ts_inline_folded(heading);
    int dated = t && mn_ag_title(t) == 2;
    free(t);
    if (!dated && !mn_ag_pure(first) && mn_ag_runs(NULL, first)) {
        mn_ag_runs(ag, first);
        for (xmlNodePtr c = first, next; c; c = next) {
            next = mn_next(c, NULL);
            mn_ts_drop(c);
        }
        return 1;
    }
    if (dated || !mn_ag_pure(first)) {
        mn_ag_copy_blocks(ag, first);
        return 0;
    }
    for (xmlNodePtr c = first, next; c; c = next) {
        next = mn_next(c, NULL);
        if (mn_is(c, "list"))
            mn_ag_move_list(ag, c);
        else
            mn_ag_move_lines(ag, c);
        mn_ts_drop(c);
    }
    return 1;
}

/* The list of an agenda title line or item: moved when pure (returns 1:
 * the title goes too), else copied from. */
static int mn_ag_titled_list(mn_agenda *ag, xmlNodePtr list)
{
    if (!mn_ag_list_pure(list, 0)) {
        mn_ag_copy_list(ag, list);
        return 0;
    }
    mn_ag_move_list(ag, list);
    mn_ts_drop(list);
    return 1;
}

/* "ORDEN DEL DÍA:" over paragraphs of items run together ("Primero.- …
 * Segundo.- …"), numbered on from 1 and two items at least: the items are
 * made, and the title and those paragraphs go.  Returns the block after
 * them, or TITLE's next block when the line heads no such items. */
static xmlNodePtr mn_ag_titled_runs(mn_agenda *ag, xmlNodePtr title)
{
    xmlNodePtr c = mn_next(title, NULL);
    int k = 1;
    while (c && mn_ag_run(NULL, c, &k))
        c = mn_next(c, NULL);
    if (k < 3)
        return mn_next(title, NULL);
    k = 1;
    for (xmlNodePtr p = mn_next(title, NULL), next; p != c; p = next) {
        next = mn_next(p, NULL);
        mn_ag_run(ag, p, &k);
        mn_ts_drop(p);
    }
    mn_ts_drop(title);
    return c;
}

static void mn_ag_walk(mn_agenda *ag, xmlNodePtr parent);

/* Items titled "Agenda" over a nested list, in LIST and the lists below. */
static void mn_ag_walk_list(mn_agenda *ag, xmlNodePtr list)
{
    for (xmlNodePtr it = mn_child(list, "item"), next; it; it = next) {
        next = mn_next(it, "item");
        xmlNodePtr sub = mn_child(it, "list");
        if (sub && !mn_next(sub, NULL) && mn_ag_block_title(it)) {
            if (mn_ag_titled_list(ag, sub))
                mn_ts_drop(it);
            continue;
        }
        for (; sub; sub = mn_next(sub, "list"))
            mn_ag_walk_list(ag, sub);
    }
}

static void mn_ag_walk(mn_agenda *ag, xmlNodePtr parent)
{
    for (xmlNodePtr c = mn_child(parent, NULL), next; c; c = next) {
        next = mn_next(c, NULL);
        if (mn_is(c, "section")) {
            if (!mn_agenda_heading(c))
                mn_ag_walk(ag, c);
            else if (mn_ag_section(ag, c))
                mn_ts_drop(c);
        } else if (mn_is(c, "p") && mn_is(next, "list") && mn_ag_block_title(c)) {
            xmlNodePtr list = next;
            next = mn_next(list, NULL);
            if (mn_ag_titled_list(ag, list))
                mn_ts_drop(c);
        } else if (mn_is(c, "p") && mn_is(next, "table") && mn_ag_block_title(c)) {
            mn_ag_copy_table(ag, next);
        } else if (mn_is(c, "p") && mn_is(next, "p") && mn_ag_block_title(c)) {
            next = mn_ag_titled_runs(ag, c);
        } else if (mn_is(c, "list")) {
            mn_ag_walk_list(ag, c);
            if (!mn_child(c, "item"))
                mn_ts_drop(c);
        }
    }
}

int mn_pass_agenda(xmlDocPtr doc, mn_job *job)
{
    (void)job;
    xmlNodePtr body = mn_body(doc);
    if (!body)
        return 0;
    mn_agenda ag = {.doc = doc};
    mn_ag_walk(&ag, body);
    if (ag.agenda && mn_child(ag.agenda, "item"))
        xmlAddPrevSibling(body, ag.agenda);
    else if (ag.agenda)
        xmlFreeNode(ag.agenda);
    return 0;
}
