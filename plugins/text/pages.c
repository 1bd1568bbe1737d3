/* SPDX-License-Identifier: MIT */
/* pages.c — the furniture of text taken out of a paginated document: page
 * numbers, running headers and footers, and the page breaks between them.
 *
 * pdftotext starts each page with a form feed; text copied out of a PDF
 * viewer has none, but its page numbers still count up.  Either is a page
 * edge.  A line next to page edges on two pages or more, the same but for
 * its digits ("Minutes of the Board — page 3"), is a running header or
 * footer.  All of these go, with the blank lines around them, and the line
 * after a page edge is marked so that the layout can join a paragraph the
 * page cut in two.  Nothing is taken on weaker evidence: a text without
 * form feeds or rising page numbers keeps every line.
 *
 * Linear in the lines but for one sort of the header candidates. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "text.h"

#define MN_PAGE_MAX_NUMBER 9999
#define MN_PAGE_MIN_LINES 8   /* page numbers this close are not pages */
#define MN_PAGE_REACH 2       /* lines of text looked at on each side of an edge */
#define MN_PAGE_MAX_FURNITURE 120 /* bytes: longer lines are text */

enum { MN_KEEP, MN_DROP };

/* ---- page numbers --------------------------------------------------------- */

static int mn_pg_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Skips spaces and one dash (ASCII or U+2013/U+2014) at s[*i]. */
static void mn_pg_dash(const char *s, size_t len, size_t *i)
{
    while (*i < len && s[*i] == ' ')
        ++*i;
    if (*i < len && s[*i] == '-')
        ++*i;
    else if (*i + 2 < len && memcmp(s + *i, "\xE2\x80", 2) == 0 &&
             ((unsigned char)s[*i + 2] == 0x93 || (unsigned char)s[*i + 2] == 0x94))
        *i += 3;
    while (*i < len && s[*i] == ' ')
        ++*i;
}

static int mn_pg_digits(const char *s, size_t len, size_t *i)
{
    int v = 0;
    size_t start = *i;
    while (*i < len && mn_pg_digit(s[*i]) && *i - start < 5)
        v = v * 10 + (s[(*i)++] - '0');
    return *i > start && *i - start <= 4 && v <= MN_PAGE_MAX_NUMBER ? v : -1;
}

/* The page number a line holds when it holds nothing else: "12", "- 12 -",
 * "Page 12", "Page 12 of 30", "12 / 30", "p. 12".  Else -1. */
int mn_text_page_number(const char *s, size_t len)
{
    size_t i = 0;
    if (len >= 4 && strncasecmp(s, "page", 4) == 0)
        i = 4;
    else if (len >= 2 && strncasecmp(s, "p.", 2) == 0)
        i = 2;
    int word = i > 0;
    if (!word)
        mn_pg_dash(s, len, &i);
    while (i < len && s[i] == ' ')
        i++;
    int v = mn_pg_digits(s, len, &i);
    if (v < 0)
        return -1;
    size_t j = i;
    while (j < len && s[j] == ' ')
        j++;
    if (j + 2 < len && strncasecmp(s + j, "of", 2) == 0 && s[j + 2] == ' ')
        j += 3;
    else if (j < len && s[j] == '/')
        j++;
    else
        j = len + 1;
    if (j <= len) { /* "of 30", "/ 30" */
        while (j < len && s[j] == ' ')
            j++;
        if (mn_pg_digits(s, len, &j) < 0)
            return -1;
        i = j;
    }
    if (!word)
        mn_pg_dash(s, len, &i);
    return i == len ? v : -1;
}

/* ---- finding the edges ------------------------------------------------------- */

typedef struct mn_pages {
    mn_text_line *lines;
    size_t count;
    unsigned char *edge; /* 1: the line is a page edge (form feed, page number) */
    unsigned char *drop;
} mn_pages;

static int mn_pg_blank(const mn_text_line *l)
{
    return l->kind == MN_TEXT_BLANK;
}

/* A page-number line set apart from the text: a blank line, a page break
 * or the end of the text on one side at least. */
static int mn_pg_isolated(const mn_pages *P, size_t k)
{
    int before = k == 0 || mn_pg_blank(&P->lines[k - 1]) || P->lines[k].page;
    int after = k + 1 == P->count || mn_pg_blank(&P->lines[k + 1]) || P->lines[k + 1].page;
    return before || after;
}

/* Whether a form feed lies within REACH non-blank lines of line k. */
static int mn_pg_near_feed(const mn_pages *P, size_t k)
{
    if (P->lines[k].page || (k + 1 < P->count && P->lines[k + 1].page))
        return 1;
    size_t seen = 0;
    for (size_t j = k + 1; j < P->count && seen <= MN_PAGE_REACH; j++) {
        if (P->lines[j].page)
            return 1;
        seen += !mn_pg_blank(&P->lines[j]);
    }
    return 0;
}

/* Page numbers are edges when a form feed is near them, or when two or
 * more of them count up through the text a page apart. */
static void mn_pg_numbers(mn_pages *P)
{
    size_t rising = 0, last_at = 0;
    int last = -1;
    for (size_t k = 0; k < P->count; k++) {
        const mn_text_line *l = &P->lines[k];
        if (l->kind == MN_TEXT_BLANK || !mn_pg_isolated(P, k))
            continue;
        int v = mn_text_page_number(l->s, l->len);
        if (v < 0)
            continue;
        if (mn_pg_near_feed(P, k)) {
            P->edge[k] = 1;
        } else if (v > last && (last < 0 || k - last_at >= MN_PAGE_MIN_LINES)) {
            P->edge[k] = 2; /* confirmed below when another one rises after it */
            rising++;
            last = v;
            last_at = k;
        }
    }
    for (size_t k = 0; k < P->count; k++)
        if (P->edge[k] == 2)
            P->edge[k] = rising >= 2;
    for (size_t k = 0; k < P->count; k++) {
        if (P->lines[k].page)
            P->edge[k] = 1;
        if (P->edge[k] && !P->lines[k].page)
            P->drop[k] = MN_DROP;
    }
}

/* ---- running headers and footers ------------------------------------------------- */

typedef struct mn_candidate {
    uint64_t key;  /* hash of the line with its digits left out */
    size_t line;
    size_t edge;   /* which page break it is next to, from 1 */
} mn_candidate;

static uint64_t mn_pg_key(const mn_text_line *l)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < l->len; i++) {
        unsigned char c = (unsigned char)l->s[i];
        if (mn_pg_digit((char)c) || c == ' ' || c == '\t' || c == '\f')
            continue;
        h = (h ^ c) * 1099511628211ull;
    }
    return h;
}

static int mn_pg_by_key(const void *a, const void *b)
{
    const mn_candidate *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    if (x->edge != y->edge)
        return x->edge < y->edge ? -1 : 1;
    return x->line < y->line ? -1 : x->line > y->line;
}

static int mn_pg_candidate(const mn_pages *P, size_t j)
{
    const mn_text_line *l = &P->lines[j];
    return l->kind != MN_TEXT_BLANK && !P->drop[j] && l->len <= MN_PAGE_MAX_FURNITURE;
}

static int mn_pg_key_cmp(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* How many lines of the text have KEY (ALL sorted). */
static size_t mn_pg_key_count(const uint64_t *all, size_t n, uint64_t key)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (all[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t k = lo;
    while (k < n && all[k] == key)
        k++;
    return k - lo;
}

/* The keys of every line that could be furniture, sorted; NULL when out of
 * memory. */
static uint64_t *mn_pg_all_keys(const mn_pages *P, size_t *n)
{
    uint64_t *all = malloc((P->count ? P->count : 1) * sizeof *all);
    *n = 0;
    if (!all)
        return NULL;
    for (size_t k = 0; k < P->count; k++)
        if (mn_pg_candidate(P, k))
            all[(*n)++] = mn_pg_key(&P->lines[k]);
    qsort(all, *n, sizeof *all, mn_pg_key_cmp);
    return all;
}

static void mn_pg_add(const mn_pages *P, size_t j, size_t brk, mn_candidate *out, size_t *n)
{
    if (mn_pg_candidate(P, j))
        out[(*n)++] = (mn_candidate){mn_pg_key(&P->lines[j]), j, brk};
}

/* The lines of text within REACH of each edge, before and after it.  Edge
 * lines close together ("12" then a form feed) are one page break. */
static size_t mn_pg_candidates(const mn_pages *P, mn_candidate *out, size_t *breaks)
{
    size_t n = 0, brk = 0, last = 0;
    for (size_t k = 0; k < P->count; k++) {
        if (!P->edge[k])
            continue;
        if (brk == 0 || k - last > 2 * MN_PAGE_REACH + 2)
            brk++;
        last = k;
        size_t seen = 0;
        for (size_t j = k; j-- > 0 && seen < MN_PAGE_REACH && !P->edge[j];) {
            if (!mn_pg_blank(&P->lines[j])) {
                seen++;
                mn_pg_add(P, j, brk, out, &n);
            }
        }
        seen = 0;
        if (P->lines[k].page && !mn_pg_blank(&P->lines[k])) { /* "\fHeader text" */
            seen++;
            mn_pg_add(P, k, brk, out, &n);
        }
        for (size_t j = k + 1; j < P->count && seen < MN_PAGE_REACH && !P->edge[j]; j++) {
            if (!mn_pg_blank(&P->lines[j])) {
                seen++;
                mn_pg_add(P, j, brk, out, &n);
            }
        }
    }
    *breaks = brk;
    return n;
}

/* A line found next to two page breaks or more, and half of them at least,
 * is furniture: a running header is on (nearly) every page.  The same line
 * elsewhere in the text is allowed once (the title on the first page); more
 * often, and it is text that happens to fall near page edges. */
static int mn_pg_mark(mn_pages *P, const mn_candidate *c, size_t n, size_t breaks)
{
    uint64_t *all = NULL; /* every line's key: read when a candidate needs it */
    size_t n_all = 0;
    for (size_t i = 0, j; i < n; i = j) {
        size_t distinct = 1, lines = 1;
        for (j = i + 1; j < n && c[j].key == c[i].key; j++) {
            distinct += c[j].edge != c[j - 1].edge;
            lines += c[j].line != c[j - 1].line;
        }
        if (lines < 2 || distinct < 2 || distinct * 2 < breaks)
            continue;
        if (!all && !(all = mn_pg_all_keys(P, &n_all)))
            return -1;
        if (mn_pg_key_count(all, n_all, c[i].key) > lines + 1)
            continue;
        for (size_t m = i; m < j; m++)
            P->drop[c[m].line] = MN_DROP;
    }
    free(all);
    return 0;
}

static int mn_pg_headers(mn_pages *P)
{
    size_t edges = 0, breaks = 0;
    for (size_t k = 0; k < P->count; k++)
        edges += P->edge[k] != 0;
    if (edges < 2)
        return 0;
    mn_candidate *c = malloc(edges * (2 * MN_PAGE_REACH + 1) * sizeof *c);
    if (!c)
        return -1;
    size_t n = mn_pg_candidates(P, c, &breaks);
    qsort(c, n, sizeof *c, mn_pg_by_key);
    int rc = mn_pg_mark(P, c, n, breaks);
    free(c);
    return rc;
}

/* ---- taking them out ---------------------------------------------------------------- */

/* Drops what was found, with the blank lines on both sides of each page
 * edge; the first line of text after an edge gets after_page. */
static size_t mn_pg_compact(mn_pages *P)
{
    size_t out = 0;
    int edge = 0;
    for (size_t k = 0; k < P->count; k++) {
        mn_text_line l = P->lines[k];
        int is_edge = P->drop[k] || P->edge[k] || l.page;
        if (is_edge) {
            while (out > 0 && P->lines[out - 1].kind == MN_TEXT_BLANK)
                out--; /* the blank lines before the edge */
            edge = 1;
        }
        if (P->drop[k] || (edge && l.kind == MN_TEXT_BLANK))
            continue;
        l.after_page = edge && out > 0;
        edge = 0;
        P->lines[out++] = l;
    }
    return out;
}

size_t mn_text_pages(mn_text_line *lines, size_t count)
{
    mn_pages P = {.lines = lines, .count = count};
    P.edge = calloc(count ? count : 1, 1);
    P.drop = calloc(count ? count : 1, 1);
    if (!P.edge || !P.drop) {
        free(P.edge);
        free(P.drop);
        return count; /* out of memory: the text keeps its furniture */
    }
    mn_pg_numbers(&P);
    size_t n = count;
    if (mn_pg_headers(&P) == 0)
        n = mn_pg_compact(&P);
    free(P.edge);
    free(P.drop);
    return n;
}
