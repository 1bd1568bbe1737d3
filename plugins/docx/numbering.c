/* SPDX-License-Identifier: MIT */
/* numbering.c — the labels Word shows before numbered paragraphs, computed
 * from numbering.xml: w:num instances point to w:abstractNum definitions
 * (possibly through a numbering style, numStyleLink), may replace a level
 * (lvlOverride/lvl) or restart it (lvlOverride/startOverride).  Counters are
 * kept per abstract definition, as Word does: instances of one definition
 * continue one another unless an instance restarts a level the first time it
 * is used.  A level restarts after a shallower one is used, unless
 * lvlRestart says otherwise. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "docx.h"

#define DOCX_LEVELS 9

typedef struct docx_lvl {
    int defined;
    int start;
    char fmt[24];     /* numFmt: decimal, lowerLetter, bullet, … */
    char *text;       /* lvlText, e.g. "%1.%2." */
    int restart;      /* lvlRestart: -1 default, 0 never, n after level n */
    int legal;        /* isLgl: numbers shown in decimal */
    char *font;       /* rPr/rFonts of the label (bullets in Symbol, Wingdings) */
    char *pstyle;     /* the paragraph style linked to this level */
} docx_lvl;

typedef struct docx_abstract {
    int id;
    docx_lvl lvl[DOCX_LEVELS];
    char *num_style_link; /* the numbering style whose numPr names the real list */
    int count[DOCX_LEVELS];
    int used[DOCX_LEVELS];
} docx_abstract;

typedef struct docx_num {
    int id, abstract_id;
    int has_start[DOCX_LEVELS], start[DOCX_LEVELS];
    docx_lvl lvl[DOCX_LEVELS]; /* full level overrides */
    int applied;               /* start overrides applied */
} docx_num;

struct docx_numbering {
    docx_abstract *abs;
    size_t nabs;
    docx_num *nums;
    size_t nnums;
    const docx_styles *styles;
};

static char *docx_dup(char *xml_string)
{
    char *s = xml_string ? strdup(xml_string) : NULL;
    xmlFree(xml_string);
    return s;
}

static void docx_lvl_read(const xmlNode *n, docx_lvl *l)
{
    memset(l, 0, sizeof *l);
    l->defined = 1;
    l->start = docx_wval_int(n, "start", 0);
    char *fmt = docx_wval(n, "numFmt");
    snprintf(l->fmt, sizeof l->fmt, "%s", fmt ? fmt : "decimal");
    xmlFree(fmt);
    l->text = docx_dup(docx_wval(n, "lvlText"));
    l->restart = docx_wval_int(n, "lvlRestart", -1);
    l->legal = docx_toggle(n, "isLgl") == 1;
    l->pstyle = docx_dup(docx_wval(n, "pStyle"));
    xmlNodePtr fonts = docx_wchild(docx_wchild(n, "rPr"), "rFonts");
    char *font = docx_wattr(fonts, "ascii");
    if (!font)
        font = docx_wattr(fonts, "hAnsi");
    l->font = docx_dup(font);
}

static void docx_lvl_clear(docx_lvl *l)
{
    free(l->text);
    free(l->font);
    free(l->pstyle);
}

static int docx_ilvl(const xmlNode *n)
{
    char *v = docx_wattr(n, "ilvl");
    int i = v ? atoi(v) : 0;
    xmlFree(v);
    return i;
}

static void docx_abstract_read(const xmlNode *n, docx_abstract *a)
{
    memset(a, 0, sizeof *a);
    char *id = docx_wattr(n, "abstractNumId");
    a->id = id ? atoi(id) : -1;
    xmlFree(id);
    a->num_style_link = docx_dup(docx_wval(n, "numStyleLink"));
    for (xmlNodePtr c = n->children; c; c = c->next) {
        int i = docx_ilvl(c);
        if (docx_w(c, "lvl") && i >= 0 && i < DOCX_LEVELS && !a->lvl[i].defined)
            docx_lvl_read(c, &a->lvl[i]);
    }
}

static void docx_num_read(const xmlNode *n, docx_num *m)
{
    memset(m, 0, sizeof *m);
    char *id = docx_wattr(n, "numId");
    m->id = id ? atoi(id) : -1;
    xmlFree(id);
    m->abstract_id = docx_wval_int(n, "abstractNumId", -1);
    for (xmlNodePtr o = n->children; o; o = o->next) {
        int i = docx_ilvl(o);
        if (!docx_w(o, "lvlOverride") || i < 0 || i >= DOCX_LEVELS)
            continue;
        int start = docx_wval_int(o, "startOverride", -1);
        if (start >= 0) {
            m->has_start[i] = 1;
            m->start[i] = start;
        }
        xmlNodePtr lvl = docx_wchild(o, "lvl");
        if (lvl && !m->lvl[i].defined)
            docx_lvl_read(lvl, &m->lvl[i]);
    }
}

static int docx_num_cmp(const void *a, const void *b)
{
    int x = ((const docx_num *)a)->id, y = ((const docx_num *)b)->id;
    return (x > y) - (x < y);
}

static int docx_abstract_cmp(const void *a, const void *b)
{
    int x = ((const docx_abstract *)a)->id, y = ((const docx_abstract *)b)->id;
    return (x > y) - (x < y);
}

docx_numbering *docx_numbering_new(xmlDocPtr doc, const docx_styles *st)
{
    docx_numbering *nb = calloc(1, sizeof *nb);
    if (!nb)
        return NULL;
    nb->styles = st;
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
    size_t na = 0, nn = 0;
    for (xmlNodePtr c = root ? root->children : NULL; c; c = c->next) {
        na += docx_w(c, "abstractNum");
        nn += docx_w(c, "num");
    }
    nb->abs = calloc(na + 1, sizeof *nb->abs);
    nb->nums = calloc(nn + 1, sizeof *nb->nums);
    if (!nb->abs || !nb->nums) {
        docx_numbering_free(nb);
        return NULL;
    }
    for (xmlNodePtr c = root ? root->children : NULL; c; c = c->next) {
        if (docx_w(c, "abstractNum"))
            docx_abstract_read(c, &nb->abs[nb->nabs++]);
        else if (docx_w(c, "num"))
            docx_num_read(c, &nb->nums[nb->nnums++]);
    }
    /* sorted for lookups; duplicate ids (Word never writes them) find one of theirs */
    qsort(nb->abs, nb->nabs, sizeof *nb->abs, docx_abstract_cmp);
    qsort(nb->nums, nb->nnums, sizeof *nb->nums, docx_num_cmp);
    return nb;
}

void docx_numbering_free(docx_numbering *nb)
{
    if (!nb)
        return;
    for (size_t i = 0; i < nb->nabs; i++) {
        for (int l = 0; l < DOCX_LEVELS; l++)
            docx_lvl_clear(&nb->abs[i].lvl[l]);
        free(nb->abs[i].num_style_link);
    }
    for (size_t i = 0; i < nb->nnums; i++)
        for (int l = 0; l < DOCX_LEVELS; l++)
            docx_lvl_clear(&nb->nums[i].lvl[l]);
    free(nb->abs);
    free(nb->nums);
    free(nb);
}

static docx_num *docx_num_find(const docx_numbering *nb, int id)
{
    docx_num key = {.id = id};
    return nb->nnums ? bsearch(&key, nb->nums, nb->nnums, sizeof key, docx_num_cmp) : NULL;
}

static docx_abstract *docx_abstract_find(const docx_numbering *nb, int id)
{
    docx_abstract key = {.id = id};
    return nb->nabs ? bsearch(&key, nb->abs, nb->nabs, sizeof key, docx_abstract_cmp) : NULL;
}

/* The definition that holds the levels: an abstractNum that only links to a
 * numbering style (numStyleLink) borrows that style's list.  Followed a few
 * steps only, against cycles. */
static docx_abstract *docx_abstract_of(const docx_numbering *nb, const docx_num *m)
{
    docx_abstract *a = docx_abstract_find(nb, m->abstract_id);
    for (int hop = 0; a && a->num_style_link && hop < 8; hop++) {
        const docx_style *s = docx_style_get(nb->styles, a->num_style_link);
        int num_id, ilvl;
        docx_style_numpr(nb->styles, s, &num_id, &ilvl);
        const docx_num *linked = num_id >= 0 ? docx_num_find(nb, num_id) : NULL;
        docx_abstract *next = linked ? docx_abstract_find(nb, linked->abstract_id) : NULL;
        if (!next || next == a)
            break;
        a = next;
    }
    return a;
}

int docx_numbering_style_level(const docx_numbering *nb, int num_id, const char *style_id)
{
    const docx_num *m = docx_num_find(nb, num_id);
    const docx_abstract *a = m ? docx_abstract_of(nb, m) : NULL;
    for (int l = 0; a && style_id && l < DOCX_LEVELS; l++)
        if (a->lvl[l].pstyle && strcmp(a->lvl[l].pstyle, style_id) == 0)
            return l;
    return -1;
}

static const docx_lvl *docx_level(const docx_num *m, const docx_abstract *a, int l)
{
    return m->lvl[l].defined ? &m->lvl[l] : &a->lvl[l];
}

static void docx_roman(int n, int upper, char *out, size_t size)
{
    static const int val[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    static const char *const sym[] = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
    size_t len = 0;
    out[0] = '\0';
    for (int i = 0; i < 13 && len + 3 < size; i++)
        while (n >= val[i] && len + 3 < size) {
            for (const char *s = sym[i]; *s; s++)
                out[len++] = upper ? (char)(*s - 'a' + 'A') : *s;
            n -= val[i];
        }
    out[len] = '\0';
}

/* Word's letters: a..z, then aa..zz, aaa.. (the letter repeated). */
static void docx_letters(int n, int upper, char *out, size_t size)
{
    int times = (n - 1) / 26 + 1;
    char c = (char)((upper ? 'A' : 'a') + (n - 1) % 26);
    int i = 0;
    for (; i < times && (size_t)i + 1 < size; i++)
        out[i] = c;
    out[i] = '\0';
}

static void docx_format(int n, const char *fmt, char *out, size_t size)
{
    if (n > 0 && n < 4000 && (strcmp(fmt, "lowerRoman") == 0 || strcmp(fmt, "upperRoman") == 0))
        docx_roman(n, fmt[0] == 'u', out, size);
    else if (n > 0 && n < 26 * 20 && (strcmp(fmt, "lowerLetter") == 0 || strcmp(fmt, "upperLetter") == 0))
        docx_letters(n, fmt[0] == 'u', out, size);
    else if (strcmp(fmt, "decimalZero") == 0)
        snprintf(out, size, "%02d", n);
    else if (strcmp(fmt, "ordinal") == 0) {
        int t = n % 100, u = n % 10;
        const char *suf = (t >= 11 && t <= 13) ? "th" : u == 1 ? "st" : u == 2 ? "nd" : u == 3 ? "rd" : "th";
        snprintf(out, size, "%d%s", n, suf);
    } else if (strcmp(fmt, "none") == 0)
        out[0] = '\0';
    else
        snprintf(out, size, "%d", n);
}

/* A bullet's text, mapped from a symbol font's private-use codes. */
static void docx_bullet(const docx_lvl *l, docx_label *out)
{
    out->bullet = 1;
    const char *t = l->text ? l->text : "";
    char sym[8];
    unsigned code = (unsigned char)t[0];
    if ((code & 0xF0) == 0xE0 && (t[1] & 0xC0) == 0x80 && (t[2] & 0xC0) == 0x80) /* 3-byte UTF-8 */
        code = ((code & 0x0F) << 12) | ((unsigned)(t[1] & 0x3F) << 6) | (unsigned)(t[2] & 0x3F);
    else if ((code & 0xE0) == 0xC0 && (t[1] & 0xC0) == 0x80)
        code = ((code & 0x1F) << 6) | (unsigned)(t[1] & 0x3F);
    if (t[0] && docx_symbol(l->font, code, sym) && sym[0])
        snprintf(out->text, sizeof out->text, "%s", sym);
    else if (t[0] && docx_symbol("Symbol", code, sym) && code >= 0xF000 && sym[0])
        snprintf(out->text, sizeof out->text, "%s", sym); /* private-use bullet, font unknown */
    else
        snprintf(out->text, sizeof out->text, "%s", t);
}

/* A level's start value within instance m: startOverride replaces it. */
static int docx_start(const docx_num *m, const docx_abstract *a, int l)
{
    return m->has_start[l] ? m->start[l] : docx_level(m, a, l)->start;
}

static void docx_count(docx_num *m, docx_abstract *a, int ilvl)
{
    if (!m->applied) { /* an instance that restarts levels does so when first used */
        m->applied = 1;
        for (int l = 0; l < DOCX_LEVELS; l++)
            if (m->has_start[l])
                a->used[l] = 0;
    }
    if (!a->used[ilvl]) {
        a->count[ilvl] = docx_start(m, a, ilvl);
        a->used[ilvl] = 1;
    } else {
        a->count[ilvl]++;
    }
    for (int l = ilvl + 1; l < DOCX_LEVELS; l++) {
        int r = docx_level(m, a, l)->restart;
        if (r < 0 || (r > 0 && ilvl < r))
            a->used[l] = 0;
    }
}

static void docx_expand(const docx_num *m, const docx_abstract *a, int ilvl, docx_label *out)
{
    const docx_lvl *cur = docx_level(m, a, ilvl);
    const char *t = cur->text ? cur->text : "";
    size_t len = 0;
    for (; *t && len + 1 < sizeof out->text; t++) {
        if (t[0] == '%' && t[1] >= '1' && t[1] <= '9') {
            int l = t[1] - '1';
            const docx_lvl *lv = docx_level(m, a, l);
            int n = a->used[l] ? a->count[l] : docx_start(m, a, l);
            char num[32];
            docx_format(n, cur->legal ? "decimal" : lv->fmt, num, sizeof num);
            len += (size_t)snprintf(out->text + len, sizeof out->text - len, "%s", num);
            if (len >= sizeof out->text)
                len = sizeof out->text - 1;
            t++;
            continue;
        }
        out->text[len++] = *t;
    }
    out->text[len] = '\0';
}

int docx_numbering_next(docx_numbering *nb, int num_id, int ilvl, docx_label *out)
{
    memset(out, 0, sizeof *out);
    docx_num *m = num_id > 0 ? docx_num_find(nb, num_id) : NULL;
    docx_abstract *a = m ? docx_abstract_of(nb, m) : NULL;
    if (!a)
        return -1;
    if (ilvl < 0 || ilvl >= DOCX_LEVELS)
        ilvl = 0;
    docx_count(m, a, ilvl);
    const docx_lvl *cur = docx_level(m, a, ilvl);
    if (strcmp(cur->fmt, "bullet") == 0)
        docx_bullet(cur, out);
    else
        docx_expand(m, a, ilvl, out);
    return 0;
}
