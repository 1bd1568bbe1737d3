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
