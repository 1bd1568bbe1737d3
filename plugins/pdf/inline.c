/* SPDX-License-Identifier: MIT */
/* inline.c — canonical inline content to Pango text and attributes.
 *
 * Text is assembled in a buffer while attributes are recorded as byte
 * ranges, so links keep their ranges for the clickable rectangles drawn
 * later.  White space folds as HTML folds it: a handout follows the words of
 * the minutes, not the line breaks of the XML. */
#include "pdf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


#define LINE_SEPARATOR "\xe2\x80\xa8" /* U+2028: a break inside a paragraph */

void pdf_rich_init(pdf_rich *r)
{
    memset(r, 0, sizeof *r);
    r->attrs = pango_attr_list_new();
}

void pdf_rich_fini(pdf_rich *r)
{
    free(r->text);
    if (r->attrs)
        pango_attr_list_unref(r->attrs);
    for (size_t i = 0; i < r->nlinks; i++)
        free(r->links[i].target);
    free(r->links);
    memset(r, 0, sizeof *r);
}

static int reserve(pdf_rich *r, size_t more)
{
    if (r->oom)
        return -1;
    if (r->len + more + 1 <= r->cap)
        return 0;
    size_t cap = r->cap ? r->cap : 128;
    while (cap < r->len + more + 1)
        cap *= 2;
    char *t = realloc(r->text, cap);
    if (!t) {
        r->oom = 1;
        return -1;
    }
    r->text = t;
    r->cap = cap;
    return 0;
}

static void put(pdf_rich *r, const char *s, size_t n)
{
    if (reserve(r, n) < 0)
        return;
    memcpy(r->text + r->len, s, n);
    r->len += n;
    r->text[r->len] = '\0';
}

/* Whether the text so far ends where a folded space would be redundant. */
static int at_space(const pdf_rich *r)
{
    if (r->len == 0)
        return 1;
    if (r->text[r->len - 1] == ' ')
        return 1;
    size_t n = strlen(LINE_SEPARATOR);
    return r->len >= n && memcmp(r->text + r->len - n, LINE_SEPARATOR, n) == 0;
}

static int is_xml_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Appends a word.  One far longer than any line gets a zero-width space
 * every WORD_CHUNK characters: Pango breaks an unbroken word by shaping it
 * again for every line, which takes seconds for a word of 50,000 characters,
 * and the breaks it would choose are no better than these. */
#define LONG_WORD 160
#define WORD_CHUNK 48
static void put_word(pdf_rich *r, const char *w, size_t n)
{
    if (n <= LONG_WORD) {
        put(r, w, n);
        return;
    }
    size_t start = 0, chars = 0;
    for (size_t i = 0; i < n; i++) {
        if (((unsigned char)w[i] & 0xc0) == 0x80)
            continue; /* inside a UTF-8 sequence */
        if (chars++ == WORD_CHUNK) {
            put(r, w + start, i - start);
            put(r, "\xe2\x80\x8b", 3); /* U+200B ZERO WIDTH SPACE */
            start = i;
            chars = 1;
        }
    }
    put(r, w + start, n - start);
}

void pdf_rich_add(pdf_rich *r, const char *text, int fold)
{
    if (!text)
        return;
    if (!fold) {
        put(r, text, strlen(text));
        return;
    }
    const char *p = text;
    while (*p) {
        if (is_xml_space(*p)) {
            while (is_xml_space(*p))
                p++;
            if (!at_space(r))
                put(r, " ", 1);
            continue;
        }
        const char *q = p;
        while (*q && !is_xml_space(*q))
            q++;
        put_word(r, p, (size_t)(q - p));
        p = q;
    }
}

void pdf_rich_attr(pdf_rich *r, PangoAttribute *a, size_t start)
{
    a->start_index = (guint)start;
    a->end_index = (guint)r->len;
    pango_attr_list_insert(r->attrs, a);
}

void pdf_rich_trim(pdf_rich *r)
{
    while (r->len && r->text[r->len - 1] == ' ')
        r->text[--r->len] = '\0';
}

void pdf_rich_marker(pdf_rich *r, int number)
{
    char num[16];
    snprintf(num, sizeof num, "%d", number);
    pdf_rich_trim(r);
    size_t start = r->len;
    put(r, num, strlen(num));
    pdf_rich_attr(r, pango_attr_font_scale_new(PANGO_FONT_SCALE_SUPERSCRIPT), start);
    pdf_rich_attr(r, pango_attr_baseline_shift_new(PANGO_BASELINE_SHIFT_SUPERSCRIPT), start);
}

static void add_link(pdf_rich *r, size_t start, char *target)
{
    if (!target || r->len == start) {
        free(target);
        return;
    }
    if (r->nlinks == r->links_cap) {
        size_t cap = r->links_cap ? 2 * r->links_cap : 4;
        pdf_link *l = realloc(r->links, cap * sizeof *l);
        if (!l) {
            free(target);
            r->oom = 1;
            return;
        }
        r->links = l;
        r->links_cap = cap;
    }
    r->links[r->nlinks++] = (pdf_link){(int)start, (int)r->len, target};
    pdf_rich_attr(r, pango_attr_underline_new(PANGO_UNDERLINE_SINGLE), start);
    pdf_rich_attr(r,
                  pango_attr_foreground_new((guint16)(r->link_color.r * 65535),
                                            (guint16)(r->link_color.g * 65535),
                                            (guint16)(r->link_color.b * 65535)),
                  start);
}

void pdf_rich_link(pdf_rich *r, const char *text, const char *target)
{
    size_t start = r->len;
    pdf_rich_add(r, text, 0);
    add_link(r, start, target ? strdup(target) : NULL);
}

/* The target of a link as the PDF will use it, or NULL for one that leads
 * nowhere ("#", "", an id the document does not have). */
static char *link_target(pdf_rich *r, const char *href)
{
    if (!href || !*href)
        return NULL;
    if (href[0] != '#')
        return strdup(href);
    const char *dest = r->resolve ? r->resolve(r->resolve_data, href + 1) : NULL;
    if (!dest)
        return NULL;
    char *t = malloc(strlen(dest) + 2);
    if (t) {
        t[0] = '#';
        strcpy(t + 1, dest);
    }
    return t;
}

static void inline_children(pdf_rich *r, const mn_node *n);

static void inline_element(pdf_rich *r, const mn_node *c)
{
    size_t start = r->len;
    if (mn_node_is(c, MN_KIND_BR)) {
        pdf_rich_trim(r);
        put(r, LINE_SEPARATOR, strlen(LINE_SEPARATOR));
        return;
    }
    inline_children(r, c);
    if (mn_node_is(c, MN_KIND_EM))
        pdf_rich_attr(r, pango_attr_style_new(PANGO_STYLE_ITALIC), start);
    else if (mn_node_is(c, MN_KIND_STRONG))
        pdf_rich_attr(r, pango_attr_weight_new(PANGO_WEIGHT_BOLD), start);
    else if (mn_node_is(c, MN_KIND_LINK)) {
        const char *href = mn_node_attr(c, "href");
        add_link(r, start, link_target(r, href));
    }
}

static int is_block(const mn_node *c)
{
    switch (mn_node_kind(c)) {
    case MN_KIND_P: case MN_KIND_LIST: case MN_KIND_ITEM: case MN_KIND_TABLE: case MN_KIND_ROW:
    case MN_KIND_CELL: case MN_KIND_ACTION: case MN_KIND_DECISION: case MN_KIND_NOTE:
    case MN_KIND_SECTION: case MN_KIND_HEADING:
        return 1;
    default:
        return 0;
    }
}

static void inline_children(pdf_rich *r, const mn_node *n)
{
    for (const mn_node *c = mn_node_first(n); c; c = mn_node_next(c)) {
        const char *text = mn_node_text(c);
        if (text)
            pdf_rich_add(r, text, 1);
        else if (!is_block(c))
            inline_element(r, c);
    }
}

void pdf_rich_inline(pdf_rich *r, const mn_node *n)
{
    inline_children(r, n);
}

static void new_line(pdf_rich *r)
{
    pdf_rich_trim(r);
    if (r->len)
        put(r, LINE_SEPARATOR, strlen(LINE_SEPARATOR));
}

void pdf_rich_flow(pdf_rich *r, const mn_node *n, int notes)
{
    pdf_rich_inline(r, n);
    for (const mn_node *c = mn_node_child(n, MN_KIND_ANY); c; c = mn_node_next_of(c, MN_KIND_ANY)) {
        if (mn_node_is(c, MN_KIND_LIST)) {
            for (const mn_node *it = mn_node_child(c, MN_KIND_ITEM); it; it = mn_node_next_of(it, MN_KIND_ITEM)) {
                new_line(r);
                pdf_rich_add(r, "\xe2\x80\xa2 ", 0); /* • */
                pdf_rich_flow(r, it, notes);
            }
        } else if (mn_node_is(c, MN_KIND_TABLE)) {
            for (const mn_node *row = mn_node_child(c, MN_KIND_ROW); row; row = mn_node_next_of(row, MN_KIND_ROW)) {
                new_line(r);
                for (const mn_node *k = mn_node_child(row, MN_KIND_CELL); k; k = mn_node_next_of(k, MN_KIND_CELL)) {
                    pdf_rich_flow(r, k, notes);
                    pdf_rich_trim(r);
                    if (mn_node_next_of(k, MN_KIND_CELL))
                        pdf_rich_add(r, " \xc2\xb7 ", 0);
                }
            }
        } else if (mn_node_is(c, MN_KIND_ACTION) || mn_node_is(c, MN_KIND_DECISION)) {
            new_line(r);
            size_t start = r->len;
            pdf_rich_add(r, mn_node_is(c, MN_KIND_ACTION) ? pdf_label(r->st, "action", "Action")
                                                         : pdf_label(r->st, "decision", "Decision"),
                         0);
            const char *owner = mn_node_attr(c, "owner");
            if (owner && *owner) {
                pdf_rich_add(r, " (", 0);
                pdf_rich_add(r, owner, 1);
                pdf_rich_add(r, ")", 0);
            }
            pdf_rich_attr(r, pango_attr_weight_new(PANGO_WEIGHT_BOLD), start);
            pdf_rich_add(r, pdf_colon(r->st), 0);
            pdf_rich_add(r, " ", 0);
            pdf_rich_flow(r, c, notes);
        } else if (mn_node_is(c, MN_KIND_NOTE) && notes) {
            pdf_rich_trim(r);
            pdf_rich_add(r, " (", 0);
            pdf_rich_flow(r, c, notes);
            pdf_rich_trim(r);
            pdf_rich_add(r, ")", 0);
        }
    }
}
