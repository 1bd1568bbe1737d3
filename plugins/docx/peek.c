/* SPDX-License-Identifier: MIT */
/* peek.c — a table cell's text and emphasis, read without side effects, so
 * that layout.c can decide what a table is before anything of it is
 * emitted: collecting a paragraph for real takes its notes and moves its
 * numbering and fields on, which must happen once, in the way chosen.
 * What it reads is what docx_collect would show with tracked changes
 * accepted: run text, TABs, breaks and symbol glyphs, no deleted text, no
 * field instructions, no placeholder prompts. */
#include <stdlib.h>
#include <string.h>

#include "docx.h"

static void docx_peek_add(docx_peek *pk, const char *s, size_t n)
{
    if (pk->len + n + 1 > sizeof pk->text) {
        pk->cut = 1;
        n = sizeof pk->text - 1 - pk->len;
    }
    memcpy(pk->text + pk->len, s, n);
    pk->len += n;
    pk->text[pk->len] = '\0';
}

/* Whether a run is bold: its own properties, its character style, the
 * paragraph's style (a label style, or a heading style used in a cell). */
static int docx_peek_bold(const docx_reader *r, const xmlNode *run, int para_bold)
{
    xmlNodePtr rpr = docx_wchild(run, "rPr");
    int b = docx_toggle(rpr, "b");
    if (b < 0) {
        char *cs = docx_wval(rpr, "rStyle");
        b = docx_style_toggle(r->styles, docx_style_get(r->styles, cs), 0);
        xmlFree(cs);
    }
    return b < 0 ? para_bold : b == 1;
}

static void docx_peek_run(const docx_reader *r, const xmlNode *run, int para_bold, docx_peek *pk)
{
    int bold = docx_peek_bold(r, run, para_bold);
    for (const xmlNode *c = run->children; c; c = c->next) {
        size_t before = pk->len;
        if (docx_w(c, "t")) {
            xmlChar *t = xmlNodeGetContent(c);
            if (t)
                docx_peek_add(pk, (const char *)t, strlen((const char *)t));
            xmlFree(t);
        } else if (docx_w(c, "tab") || docx_w(c, "ptab")) {
            docx_peek_add(pk, "\t", 1);
        } else if (docx_w(c, "br") || docx_w(c, "cr")) {
            docx_peek_add(pk, "\n", 1);
        } else if (docx_w(c, "sym")) {
            docx_peek_add(pk, "*", 1); /* a glyph: only its presence matters here */
        }
        for (size_t i = before; i < pk->len; i++)
            if (!strchr(" \t\n", pk->text[i])) {
                pk->any = 1;
                pk->plain |= !bold;
            }
    }
}

static void docx_peek_inline(const docx_reader *r, const xmlNode *parent, int para_bold, docx_peek *pk)
{
    for (const xmlNode *c = parent->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (docx_w(c, "r"))
            docx_peek_run(r, c, para_bold, pk);
        else if (docx_w(c, "del") || docx_w(c, "moveFrom") || docx_w(c, "pPr") || docx_w(c, "rPr") ||
                 (docx_w(c, "sdt") && docx_placeholder(c)))
            continue;
        else
            docx_peek_inline(r, c, para_bold, pk); /* hyperlinks, insertions, content controls */
    }
}

static void docx_peek_para_add(const docx_reader *r, const xmlNode *p, docx_peek *pk)
{
    char *sid = docx_wval(docx_wchild(p, "pPr"), "pStyle");
    const docx_style *st = docx_style_get(r->styles, sid);
    xmlFree(sid);
    if (!st)
        st = docx_style_default(r->styles, 'p');
    int bold = docx_style_toggle(r->styles, st, 0) == 1 || docx_style_outline(r->styles, st) >= 0;
    size_t start = pk->len;
    int any = pk->any;
    pk->any = 0;
    if (pk->len)
        docx_peek_add(pk, "\n", 1);
    docx_peek_inline(r, p, bold, pk);
    if (pk->any)
        pk->paras++;
    else
        pk->len = start, pk->text[start] = '\0'; /* an empty paragraph adds nothing */
    pk->any |= any;
}

static void docx_peek_blocks(const docx_reader *r, const xmlNode *parent, docx_peek *pk)
{
    for (const xmlNode *c = parent->children; c; c = c->next) {
        if (docx_w(c, "p"))
            docx_peek_para_add(r, c, pk);
        else if (docx_w(c, "tbl") || docx_w(c, "altChunk") || docx_local(c, "AlternateContent"))
            pk->complex = 1;
        else if (docx_w(c, "sdt") && docx_placeholder(c))
            continue;
        else if (docx_block_wrapper(c) && !docx_w(c, "del") && !docx_w(c, "moveFrom"))
            docx_peek_blocks(r, c, pk);
    }
}

void docx_peek_cell(const docx_reader *r, const xmlNode *tc, docx_peek *pk)
{
    memset(pk, 0, sizeof *pk);
    docx_peek_blocks(r, tc, pk);
    /* white space at either end is the cell's padding */
    size_t s = 0;
    while (s < pk->len && strchr(" \t\n", pk->text[s]))
        s++;
    memmove(pk->text, pk->text + s, pk->len - s + 1);
    pk->len -= s;
    while (pk->len && strchr(" \t\n", pk->text[pk->len - 1]))
        pk->text[--pk->len] = '\0';
}

void docx_peek_para(const docx_reader *r, const xmlNode *p, docx_peek *pk)
{
    memset(pk, 0, sizeof *pk);
    docx_peek_para_add(r, p, pk);
    while (pk->len && strchr(" \t\n", pk->text[pk->len - 1]))
        pk->text[--pk->len] = '\0';
    size_t s = strspn(pk->text, " \t\n");
    memmove(pk->text, pk->text + s, pk->len - s + 1);
    pk->len -= s;
}
