/* SPDX-License-Identifier: MIT */
/* styles.c — the style table of styles.xml and what structure it implies:
 * heading levels (outlineLvl, or a "heading N" name, through basedOn
 * chains), Title/Subtitle, numbering attached to styles, and the bold and
 * italic of character styles.  Chains are followed at most DOCX_CHAIN steps,
 * so a cycle of basedOn references cannot loop. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "docx.h"

#define DOCX_CHAIN 32

struct docx_styles {
    docx_style *v; /* sorted by id, ignoring case first */
    size_t n;
    const docx_style *default_p, *default_c; /* looked up once */
};

static void docx_styles_resolve(docx_styles *st);

/* Ids are matched exactly when possible, else ignoring case (documents
 * written by other tools say "heading1" for "Heading1"): sorting without
 * case, then with it, keeps both lookups logarithmic. */
static int docx_style_cmp(const void *a, const void *b)
{
    const char *x = ((const docx_style *)a)->id, *y = ((const docx_style *)b)->id;
    int c = strcasecmp(x, y);
    return c ? c : strcmp(x, y);
}

static int docx_style_cmp_nocase(const void *a, const void *b)
{
    return strcasecmp(((const docx_style *)a)->id, ((const docx_style *)b)->id);
}

static char docx_style_type(const xmlNode *n)
{
    char *t = docx_wattr(n, "type");
    char c = 'p';
    if (t && strcmp(t, "character") == 0)
        c = 'c';
    else if (t && strcmp(t, "table") == 0)
        c = 't';
    else if (t && strcmp(t, "numbering") == 0)
        c = 'n';
    xmlFree(t);
    return c;
}

static char *docx_own(char *xml_string)
{
    char *s = xml_string ? strdup(xml_string) : NULL;
    xmlFree(xml_string);
    return s;
}

static void docx_style_read(const xmlNode *n, docx_style *s)
{
    memset(s, 0, sizeof *s);
    s->id = docx_own(docx_wattr(n, "styleId"));
    s->name = docx_own(docx_wval(n, "name"));
    s->based_on = docx_own(docx_wval(n, "basedOn"));
    s->type = docx_style_type(n);
    char *def = docx_wattr(n, "default");
    s->is_default = def && (strcmp(def, "1") == 0 || strcmp(def, "true") == 0 || strcmp(def, "on") == 0);
    xmlFree(def);
    xmlNodePtr ppr = docx_wchild(n, "pPr");
    s->outline = docx_wval_int(ppr, "outlineLvl", -1);
    xmlNodePtr numpr = docx_wchild(ppr, "numPr");
    s->num_id = numpr ? docx_wval_int(numpr, "numId", -1) : -1;
    s->ilvl = numpr ? docx_wval_int(numpr, "ilvl", -1) : -1;
    xmlNodePtr rpr = docx_wchild(n, "rPr");
    s->bold = docx_toggle(rpr, "b");
    s->italic = docx_toggle(rpr, "i");
}

static void docx_style_clear(docx_style *s)
{
    free(s->id);
    free(s->name);
    free(s->based_on);
}

docx_styles *docx_styles_new(xmlDocPtr doc)
{
    docx_styles *st = calloc(1, sizeof *st);
    if (!st)
        return NULL;
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
    size_t count = 0;
    for (xmlNodePtr c = root ? root->children : NULL; c; c = c->next)
        count += docx_w(c, "style");
    st->v = calloc(count + 1, sizeof *st->v);
    if (!st->v) {
        free(st);
        return NULL;
    }
    for (xmlNodePtr c = root ? root->children : NULL; c; c = c->next) {
        if (!docx_w(c, "style"))
            continue;
        docx_style *s = &st->v[st->n];
        docx_style_read(c, s);
        if (s->id)
            st->n++;
        else
            docx_style_clear(s);
    }
    qsort(st->v, st->n, sizeof *st->v, docx_style_cmp);
    docx_styles_resolve(st);
    for (size_t i = 0; i < st->n; i++) {
        const docx_style *s = &st->v[i];
        if (s->is_default && s->type == 'p' && !st->default_p)
            st->default_p = s;
        if (s->is_default && s->type == 'c' && !st->default_c)
            st->default_c = s;
    }
    return st;
}

void docx_styles_free(docx_styles *st)
{
    if (!st)
        return;
    for (size_t i = 0; i < st->n; i++)
        docx_style_clear(&st->v[i]);
    free(st->v);
    free(st);
}

const docx_style *docx_style_get(const docx_styles *st, const char *id)
{
    if (!id)
        return NULL;
    docx_style key = {.id = (char *)id};
    const docx_style *s = bsearch(&key, st->v, st->n, sizeof *st->v, docx_style_cmp);
    return s ? s : bsearch(&key, st->v, st->n, sizeof *st->v, docx_style_cmp_nocase);
}

const docx_style *docx_style_default(const docx_styles *st, char type)
{
    return type == 'p' ? st->default_p : type == 'c' ? st->default_c : NULL;
}

static const docx_style *docx_parent(const docx_styles *st, const docx_style *s)
{
    return docx_style_get(st, s->based_on);
}

/* "heading 3" (the built-in name, in every UI language) or the id
 * "Heading3": level 2; else -1. */
static int docx_heading_name(const docx_style *s)
{
    const char *names[] = {s->name, s->id};
    for (int k = 0; k < 2; k++) {
        const char *n = names[k];
        if (!n || strncasecmp(n, "heading", 7) != 0)
            continue;
        n += 7;
        if (*n == ' ')
            n++;
        if (n[0] >= '1' && n[0] <= '9' && n[1] == '\0')
            return n[0] - '1';
    }
    return -1;
}

static int docx_outline_walk(const docx_styles *st, const docx_style *s)
{
    for (int i = 0; s && i < DOCX_CHAIN; i++, s = docx_parent(st, s)) {
        if (s->outline >= 0)
            return s->outline <= 8 ? s->outline : -1;
        int h = docx_heading_name(s);
        if (h >= 0)
            return h;
    }
    return -1;
}

static enum docx_style_kind docx_kind_walk(const docx_styles *st, const docx_style *s)
{
    for (int i = 0; s && i < DOCX_CHAIN; i++, s = docx_parent(st, s)) {
        const char *names[] = {s->name, s->id};
        for (int k = 0; k < 2; k++) {
            if (names[k] && strcasecmp(names[k], "Title") == 0)
                return DOCX_KIND_TITLE;
            if (names[k] && strcasecmp(names[k], "Subtitle") == 0)
                return DOCX_KIND_SUBTITLE;
        }
    }
    return DOCX_KIND_BODY;
}

static void docx_numpr_walk(const docx_styles *st, const docx_style *s, int *num_id, int *ilvl)
{
    *num_id = -1;
    *ilvl = -1;
    for (int i = 0; s && i < DOCX_CHAIN; i++, s = docx_parent(st, s)) {
        if (*ilvl < 0 && s->ilvl >= 0)
            *ilvl = s->ilvl;
        if (s->num_id >= 0) {
            *num_id = s->num_id;
            return;
        }
    }
}

static int docx_toggle_walk(const docx_styles *st, const docx_style *s, int italic)
{
    for (int i = 0; s && i < DOCX_CHAIN; i++, s = docx_parent(st, s)) {
        int v = italic ? s->italic : s->bold;
        if (v >= 0)
            return v;
    }
    return -1;
}

/* What the basedOn chains give, worked out once per style when the table is
 * made: paragraphs and runs ask for it every time. */
static void docx_styles_resolve(docx_styles *st)
{
    for (size_t i = 0; i < st->n; i++) {
        docx_resolved *r = &st->v[i].resolved;
        r->outline = docx_outline_walk(st, &st->v[i]);
        r->kind = docx_kind_walk(st, &st->v[i]);
        docx_numpr_walk(st, &st->v[i], &r->num_id, &r->ilvl);
        r->bold = docx_toggle_walk(st, &st->v[i], 0);
        r->italic = docx_toggle_walk(st, &st->v[i], 1);
    }
}

int docx_style_outline(const docx_styles *st, const docx_style *s)
{
    (void)st;
    return s ? s->resolved.outline : -1;
}

enum docx_style_kind docx_style_kind(const docx_styles *st, const docx_style *s)
{
    (void)st;
    return s ? s->resolved.kind : DOCX_KIND_BODY;
}

void docx_style_numpr(const docx_styles *st, const docx_style *s, int *num_id, int *ilvl)
{
    (void)st;
    *num_id = s ? s->resolved.num_id : -1;
    *ilvl = s ? s->resolved.ilvl : -1;
}

int docx_style_toggle(const docx_styles *st, const docx_style *s, int italic)
{
    (void)st;
    return !s ? -1 : italic ? s->resolved.italic : s->resolved.bold;
}
