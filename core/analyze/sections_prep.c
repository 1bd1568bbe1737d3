/* SPDX-License-Identifier: MIT */
/* sections_prep.c — the styled headings' outline, set right before the
 * sections pass nests the body (sections.h): a heading that names the
 * document is no section, and a table of contents leaves the body.
 *
 * Both look at the flat body the readers give: its `h` children in order,
 * each with its level. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "sections.h"
#include "textscan.h"
#include "xmlutil.h"

static int mn_prep_level(const xmlNode *h)
{
    char *lv = mn_attr(h, "level");
    int level = lv && atoi(lv) > 0 ? atoi(lv) : 1;
    xmlFree(lv);
    return level;
}

/* Whether heading h carries a number ("## 2. Budget"): a numbered heading
 * is an item of the outline, never its title. */
static int mn_prep_numbered(const xmlNode *h)
{
    if (xmlHasProp(h, BAD_CAST "n"))
        return 1;
    char *t = mn_ts_inline_folded(h);
    mn_label l;
    int numbered = t && mn_ts_label(t, &l);
    free(t);
    return numbered;
}

void mn_sec_title_heading(xmlNodePtr body)
{
    xmlNodePtr first = mn_child(body, "h");
    if (!first || mn_prep_numbered(first))
        return;
    int top = mn_prep_level(first), below = 0;
    for (xmlNodePtr h = mn_next(first, "h"); h; h = mn_next(h, "h")) {
        if (mn_prep_level(h) <= top)
            return; /* another heading at its level or above: a section */
        below = 1;
    }
    if (!below)
        return; /* the only heading: the one section of the document */
    mn_rename(first, "p");
    xmlUnsetProp(first, BAD_CAST "level");
}

/* ---- tables of contents ------------------------------------------------------- */

static int mn_prep_contents_title(const xmlNode *el)
{
    char *t = mn_ts_inline_folded(el);
    if (!t)
        return 0;
    const char *s = t + mn_ts_skip_symbols(t);
    size_t len = strlen(s);
    while (len && (s[len - 1] == ':' || s[len - 1] == ' '))
        len--;
    int is = mn_lx_find(mn_lx(), MN_LX_CONTENTS_TITLES, s, len) != NULL;
    free(t);
    return is;
}

/* Counts the items of a contents list (and of the lists in them) and those
 * that point into the document: a link to "#anchor", or kramdown's "TOC"
 * placeholder.  (A text dump's contents, "[4]Budget", point to its link
 * notes, not to the headings: it stays, with the numbers it holds.) */
static void mn_prep_count(const xmlNode *list, size_t *items, size_t *inside)
{
    for (xmlNodePtr it = mn_child(list, "item"); it; it = mn_next(it, "item")) {
        char *t = mn_ts_inline_folded(it);
        xmlNodePtr link = mn_child(it, "link");
        char *href = link ? mn_attr(link, "href") : NULL;
        (*items)++;
        if ((href && href[0] == '#') || (t && strcmp(t, "TOC") == 0))
            (*inside)++;
        xmlFree(href);
        free(t);
        for (xmlNodePtr sub = mn_child(it, "list"); sub; sub = mn_next(sub, "list"))
            mn_prep_count(sub, items, inside);
    }
}

/* A contents list: every item points into the document. */
static int mn_prep_contents_list(const xmlNode *list)
{
    size_t items = 0, inside = 0;
    mn_prep_count(list, &items, &inside);
    return items > 0 && inside == items;
}

/* Headings after a dropped contents heading of LEVEL that were below it, up
 * to the next at its level or above, come up so the shallowest is LEVEL. */
static void mn_prep_raise(xmlNodePtr from, int level)
{
    int shallowest = 0;
    xmlNodePtr end = NULL;
    for (xmlNodePtr h = mn_is(from, "h") ? from : mn_next(from, "h"); h; h = mn_next(h, "h")) {
        int lv = mn_prep_level(h);
        if (lv <= level) {
            end = h;
            break;
        }
        if (!shallowest || lv < shallowest)
            shallowest = lv;
    }
    if (!shallowest)
        return;
    int shift = shallowest - level;
    for (xmlNodePtr h = mn_is(from, "h") ? from : mn_next(from, "h"); h && h != end;
         h = mn_next(h, "h")) {
        char buf[16];
        snprintf(buf, sizeof buf, "%d", mn_prep_level(h) - shift);
        mn_set_attr(h, "level", buf);
    }
}

/* A contents heading whose list the reader left out (kramdown's "* TOC"
 * under "{:toc}"): the next block is a heading below it. */
static int mn_prep_emptied_contents(const xmlNode *c, const xmlNode *next)
{
    return mn_is(c, "h") && mn_is(next, "h") && mn_prep_level(next) > mn_prep_level(c) &&
           mn_prep_contents_title(c);
}

void mn_sec_drop_contents(xmlNodePtr body)
{
    for (xmlNodePtr c = mn_child(body, NULL), next; c; c = next) {
        next = mn_next(c, NULL);
        if (mn_prep_emptied_contents(c, next)) {
            mn_prep_raise(next, mn_prep_level(c));
            mn_ts_drop(c);
            continue;
        }
        if (!(mn_is(c, "h") || mn_is(c, "p")) || !mn_is(next, "list") ||
            !mn_prep_contents_title(c) || !mn_prep_contents_list(next))
            continue;
        xmlNodePtr list = next;
        next = mn_next(list, NULL);
        if (mn_is(c, "h") && next)
            mn_prep_raise(next, mn_prep_level(c));
        mn_ts_drop(list);
        mn_ts_drop(c);
    }
}

/* ---- a text dump's contents ------------------------------------------------- */

typedef struct mn_prep_titles {
    char **v;
    size_t n, cap;
    int failed;
} mn_prep_titles;

static void mn_prep_add_title(mn_prep_titles *t, char *title)
{
    if (t->n == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 16;
        char **grown = realloc(t->v, cap * sizeof *grown);
        if (!grown) {
            t->failed = 1;
            free(title);
            return;
        }
        t->v = grown;
        t->cap = cap;
    }
    t->v[t->n++] = title;
}

/* Each item's own line without its note number ("[4]Budget" gives
 * "Budget"), and those of the lists in it. */
static void mn_prep_collect_titles(const xmlNode *list, mn_prep_titles *t)
{
    for (xmlNodePtr it = mn_child(list, "item"); it && !t->failed; it = mn_next(it, "item")) {
        char *text = mn_ts_inline_folded(it);
        size_t k = text && text[0] == '[' ? strspn(text + 1, "0123456789") : 0;
        if (text && k && text[k + 1] == ']' && text[k + 2]) {
            memmove(text, text + k + 2, strlen(text + k + 2) + 1);
            mn_prep_add_title(t, text);
        } else {
            free(text);
        }
        for (xmlNodePtr sub = mn_child(it, "list"); sub; sub = mn_next(sub, "list"))
            mn_prep_collect_titles(sub, t);
    }
}

size_t mn_sec_dump_titles(xmlNodePtr body, char ***titles)
{
    mn_prep_titles t = {0};
    for (xmlNodePtr c = mn_child(body, "p"); c && !t.n; c = mn_next(c, "p")) {
        xmlNodePtr next = mn_next(c, NULL);
        if (mn_is(next, "list") && mn_prep_contents_title(c))
            mn_prep_collect_titles(next, &t);
    }
    if (t.failed) {
        mn_sec_free_titles(t.v, t.n);
        t.v = NULL, t.n = 0;
    }
    *titles = t.v;
    return t.n;
}

void mn_sec_free_titles(char **titles, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(titles[i]);
    free(titles);
}
