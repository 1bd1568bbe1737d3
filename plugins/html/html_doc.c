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

/* Appends byte C; a byte that starts a character is refused once LIMIT
 * characters are in. */
static int prefix_put(prefix *p, unsigned char c)
{
    int starts = (c & 0xC0) != 0x80;
    if ((starts && p->chars == p->limit) || p->len + 1 >= p->size) {
        p->full = 1;
        return -1;
    }
    p->buf[p->len++] = (char)c;
    p->chars += starts;
    return 0;
}

/* Folds as mn_node_text_folded does: white space runs become one space,
 * none at the start or the end. */
static void prefix_text(prefix *p, const char *s)
{
    for (const unsigned char *c = (const unsigned char *)s; *c && !p->full; c++) {
        if (*c == ' ' || *c == '\t' || *c == '\n' || *c == '\r') {
            p->space = 1;
            continue;
        }
        if (p->space && p->len && prefix_put(p, ' ') < 0)
            return;
        p->space = 0;
        prefix_put(p, *c);
    }
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
