/* SPDX-License-Identifier: MIT */
/* html_doc.c — the HTML writer's conveniences over minutes/doc.h. */
#include "html_doc.h"

#include <stdlib.h>
#include <string.h>

int hd_has(const mn_node *n, mn_kind kind)
{
    return mn_node_child(n, kind) != NULL;
}

char *hd_child_text(const mn_node *parent, mn_kind kind)
{
    const mn_node *c = mn_node_child(parent, kind);
    char *t = c ? mn_node_text_folded(c) : NULL;
    if (t && !*t) {
        free(t);
        t = NULL;
    }
    return t;
}

char *hd_child_or_attr(const mn_node *n, mn_kind kind, const char *name)
{
    char *t = hd_child_text(n, kind);
    const char *a = t ? NULL : mn_node_attr(n, name);
    return t ? t : a && *a ? strdup(a) : NULL;
}

typedef struct prefix {
    char *buf;
    size_t size, len, chars, limit;
    int space, full;
} prefix;

static int is_blank(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Folds S as mn_node_text_folded does (white space runs become one space,
 * none at the start or the end) onto P, until P holds LIMIT characters
 * and another would start.  Byte by byte in locals: an action's summary
 * is mostly this loop. */
static void prefix_text(prefix *p, const char *s)
{
    char *out = p->buf;
    size_t len = p->len, chars = p->chars;
    int space = p->space;
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        if (is_blank(*c)) {
            space = 1;
            continue;
        }
        if (space && len) {
            if (chars == p->limit || len + 1 >= p->size) {
                p->full = 1;
                break;
            }
            out[len++] = ' ';
            chars++;
        }
        space = 0;
        int starts = (*c & 0xC0) != 0x80;
        if ((starts && chars == p->limit) || len + 1 >= p->size) {
            p->full = 1;
            break;
        }
        out[len++] = (char)*c;
        chars += starts;
    }
    p->len = len;
    p->chars = chars;
    p->space = space;
}

static void prefix_walk(prefix *p, const mn_node *n)
{
    for (const mn_node *c = mn_node_first(n); c && !p->full; c = mn_node_next(c)) {
        const char *t = mn_node_text(c);
        if (t)
            prefix_text(p, t);
        else
            prefix_walk(p, c);
    }
}

char *hd_folded_prefix(const mn_node *n, size_t max, char *buf, size_t size)
{
    prefix p = {.buf = buf, .size = size, .limit = max + 1, .space = 1};
    prefix_walk(&p, n);
    buf[p.len] = '\0';
    return buf;
}

int hd_prefix_full(const char *prefix, size_t max)
{
    size_t chars = 0;
    for (const unsigned char *c = (const unsigned char *)prefix; *c; c++)
        chars += (*c & 0xC0) != 0x80;
    return chars > max;
}
