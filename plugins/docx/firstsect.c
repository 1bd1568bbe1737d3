/* SPDX-License-Identifier: MIT */
/* firstsect.c — which first-page header the first section asks for, read
 * from the main part's bytes as they are inflated (xmlscan.c), before the
 * body is parsed (body.c says why).  It answers as header.c does on a
 * tree: the section's properties are the first w:sectPr that is a child of
 * the first w:body, or the first w:sectPr of the first w:pPr of a
 * paragraph there; in them the first w:titlePg must be on, and the first
 * w:headerReference of type "first" whose r:id names an internal
 * relationship is the header.  The walk over the body checks the answer
 * against header.c's. */
#include <stdlib.h>
#include <string.h>

#include "docx.h"

/* Depths that matter: w:document 0, w:body 1, w:p 2, w:pPr 3, its w:sectPr
 * 4, and the children of that (5). */
#define FS_DEPTH 5

struct docx_fsect {
    const docx_rels *rels;
    docx_xscan *x;
    int body;        /* in the first w:body */
    int in_p;        /* the open child of the body is a w:p */
    int ppr_seen;    /* its first w:pPr has started */
    int in_ppr;      /* inside that first w:pPr */
    int sect;        /* depth of the section properties being read, or 0 */
    int title_pg;    /* their first w:titlePg: -1 none, 0 off, 1 on */
    const docx_rel *header;
    int done;        /* answered */
};

static int fs_in(const char *uri, const char *const *set)
{
    for (; uri && *set; set++)
        if (strcmp(uri, *set) == 0)
            return 1;
    return 0;
}

static int fs_w(const char *local, const char *uri, const char *name)
{
    return strcmp(local, name) == 0 && fs_in(uri, docx_w_ns);
}

/* The value docx_wattr / docx_rattr would read: the attribute in the first
 * namespace of SET, else the second, else the one without a namespace. */
static const char *fs_attr(const docx_xattr *a, int n, const char *local, const char *const *set)
{
    const char *pick = NULL;
    int rank = 3;
    for (int i = 0; i < n; i++) {
        if (strcmp(a[i].local, local) != 0)
            continue;
        int k = !a[i].uri ? 2 : strcmp(a[i].uri, set[0]) == 0 ? 0 : strcmp(a[i].uri, set[1]) == 0 ? 1 : 3;
        if (k < rank) {
            rank = k;
            pick = a[i].value;
        }
    }
    return pick;
}

/* A child of the section properties: docx_first_header's questions. */
static int fs_sect_child(docx_fsect *f, const char *local, const char *uri)
{
    int title_pg = fs_w(local, uri, "titlePg") && f->title_pg < 0;
    if (!title_pg && !(fs_w(local, uri, "headerReference") && !f->header))
        return 0;
    const docx_xattr *a;
    int n = docx_xscan_attrs(f->x, &a);
    if (n < 0)
        return -1;
    if (title_pg) {
        const char *v = fs_attr(a, n, "val", docx_w_ns);
        f->title_pg = !v || !(strcmp(v, "0") == 0 || strcmp(v, "false") == 0 || strcmp(v, "off") == 0);
    } else {
        const char *type = fs_attr(a, n, "type", docx_w_ns);
        const docx_rel *rel = type && strcmp(type, "first") == 0
                                  ? docx_rel_by_id(f->rels, fs_attr(a, n, "id", docx_r_ns))
                                  : NULL;
        if (rel && !rel->external)
            f->header = rel;
    }
    return 0;
}

/* Which elements matter: those on the way to the section's properties. */
static int fs_start(void *ctx, int d, const char *local, const char *uri)
{
    docx_fsect *f = ctx;
    if (f->sect)
        return d == f->sect + 1 ? fs_sect_child(f, local, uri) : 0;
    if (d == 0) {
        f->done = !fs_w(local, uri, "document"); /* if so, the main pass says what is wrong */
        return f->done ? DOCX_XSTOP : DOCX_XENTER;
    }
    int enter = 0;
    if (d == 1 && !f->body && fs_w(local, uri, "body")) {
        enter = f->body = 1;
    } else if (d == 2 && fs_w(local, uri, "sectPr")) {
        enter = 1;
        f->sect = d;
    } else if (d == 2 && fs_w(local, uri, "p")) {
        enter = f->in_p = 1;
        f->ppr_seen = 0;
    } else if (d == 3 && f->in_p && !f->ppr_seen && fs_w(local, uri, "pPr")) {
        enter = f->ppr_seen = f->in_ppr = 1;
    } else if (d == 4 && f->in_ppr && fs_w(local, uri, "sectPr")) {
        enter = 1;
        f->sect = d;
    }
    return enter ? DOCX_XENTER : 0;
}

static int fs_end(void *ctx, int d)
{
    docx_fsect *f = ctx;
    if ((f->sect && d == f->sect) || (d == 1 && f->body) || d == 0) {
        f->done = 1; /* the answer, or the body ended without one */
        return DOCX_XSTOP;
    }
    if (d == 3 && f->in_ppr) { /* only a paragraph's first pPr counts */
        f->in_ppr = 0;
        return DOCX_XLEAVE;
    }
    if (d == 2)
        f->in_p = 0;
    return 0;
}

docx_fsect *docx_fsect_new(const docx_rels *rels)
{
    docx_fsect *f = calloc(1, sizeof *f);
    if (f && !(f->x = docx_xscan_new(FS_DEPTH, fs_start, fs_end, f))) {
        free(f);
        f = NULL;
    }
    if (f) {
        f->rels = rels;
        f->title_pg = -1;
    }
    return f;
}

int docx_fsect_feed(docx_fsect *f, const unsigned char *p, size_t n)
{
    return f->done ? 1 : docx_xscan_feed(f->x, p, n);
}

int docx_fsect_answer(const docx_fsect *f, const docx_rel **out)
{
    *out = f->done && f->title_pg == 1 ? f->header : NULL;
    return f->done;
}

void docx_fsect_free(docx_fsect *f)
{
    if (!f)
        return;
    docx_xscan_free(f->x);
    free(f);
}
