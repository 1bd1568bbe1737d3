/* SPDX-License-Identifier: MIT */
/* emit.c — a collected paragraph's inline content, handed to the builder.
 * Links enclose emphasis, strong encloses em; a change of link or strength
 * closes what it must and reopens the rest.  Spaces and breaks at either end
 * of the paragraph are dropped (Word keeps them; the text form has none). */
#include <string.h>

#include "docx.h"

typedef struct docx_state {
    int link;     /* open link index, or -1 */
    unsigned fmt; /* open DOCX_STRONG / DOCX_EM */
} docx_state;

static int docx_close_fmt(docx_reader *r, docx_state *st)
{
    int rc = 0;
    if (st->fmt & DOCX_STRONG)
        rc = mn_builder_close(r->b, MN_NODE_STRONG); /* closes an em inside */
    else if (st->fmt & DOCX_EM)
        rc = mn_builder_close(r->b, MN_NODE_EM);
    st->fmt = 0;
    return rc;
}

static int docx_open_fmt(docx_reader *r, docx_state *st, unsigned fmt)
{
    int rc = 0;
    if ((fmt & DOCX_STRONG) && !(st->fmt & DOCX_STRONG))
        rc = mn_builder_open(r->b, MN_NODE_STRONG, NULL);
    if (rc == 0 && (fmt & DOCX_EM) && !(st->fmt & DOCX_EM))
        rc = mn_builder_open(r->b, MN_NODE_EM, NULL);
    st->fmt = fmt;
    return rc;
}

static int docx_state_to(docx_reader *r, const docx_para *p, docx_state *st, int link, unsigned fmt)
{
    int rc = 0;
    if (link != st->link) {
        if (st->link >= 0)
            rc = mn_builder_close(r->b, MN_NODE_LINK);
        else
            rc = docx_close_fmt(r, st);
        st->fmt = 0;
        st->link = link;
        if (rc == 0 && link >= 0) {
            mn_node_attrs a = {.href = p->links[link]};
            rc = mn_builder_open(r->b, MN_NODE_LINK, &a);
        }
    }
    if (rc == 0 && fmt != st->fmt) {
        /* keep a strong that stays; an em inside it may change alone */
        if ((st->fmt & DOCX_STRONG) != (fmt & DOCX_STRONG))
            rc = docx_close_fmt(r, st);
        else if ((st->fmt & DOCX_EM) && !(fmt & DOCX_EM)) {
            rc = mn_builder_close(r->b, MN_NODE_EM);
            st->fmt &= ~DOCX_EM;
        }
        if (rc == 0)
            rc = docx_open_fmt(r, st, fmt);
    }
    return rc;
}

/* Where the visible content starts and ends: [first, last] segments, with
 * offsets into the first and last text segments. */
typedef struct docx_span {
    size_t first, last, from, to; /* to: one past the last byte */
    int empty;
} docx_span;

/* What is trimmed: spaces, and tabs too outside tab rows (a leading tab is
 * indentation, as the text reader reads it). */
static int docx_blank(char c, int cells)
{
    return c == ' ' || (c == '\t' && !cells);
}

static int docx_blank_seg(const docx_seg *s, int cells)
{
    if (s->kind == DOCX_SEG_BREAK)
        return 1;
    if (s->kind != DOCX_SEG_TEXT)
        return 0;
    for (size_t k = 0; k < s->len; k++)
        if (!docx_blank(s->text[k], cells))
            return 0;
    return 1;
}

static docx_span docx_trim(const docx_para *p, size_t from, size_t to, int cells)
{
    docx_span sp = {0, 0, 0, 0, 1};
    size_t i = from, j = to;
    while (i < p->n && docx_blank_seg(&p->segs[i], cells))
        i++;
    while (j > i && docx_blank_seg(&p->segs[j - 1], cells))
        j--;
    if (i == j)
        return sp;
    sp = (docx_span){i, j - 1, 0, 0, 0};
    const docx_seg *a = &p->segs[i], *b = &p->segs[j - 1];
    if (a->kind == DOCX_SEG_TEXT)
        while (sp.from < a->len && docx_blank(a->text[sp.from], cells))
            sp.from++;
    sp.to = b->kind == DOCX_SEG_TEXT ? b->len : 0;
    if (b->kind == DOCX_SEG_TEXT)
        while (sp.to > 0 && docx_blank(b->text[sp.to - 1], cells))
            sp.to--;
    return sp;
}

static int docx_next_cell(docx_reader *r, docx_state *st)
{
    int rc = mn_builder_close(r->b, MN_NODE_CELL);
    st->link = -1;
    st->fmt = 0;
    return rc ? rc : mn_builder_open(r->b, MN_NODE_CELL, NULL);
}

static int docx_emit_text(docx_reader *r, const docx_para *p, docx_state *st, const docx_seg *s,
                          size_t from, size_t to, int cells)
{
    int rc = 0;
    while (rc == 0 && from < to) {
        size_t n = from;
        if (cells)
            while (n < to && s->text[n] != '\t')
                n++;
        else
            n = to;
        if (n > from) {
            rc = docx_state_to(r, p, st, s->link, s->fmt);
            if (rc == 0)
                rc = mn_builder_text(r->b, s->text + from, n - from);
        }
        if (rc == 0 && n < to) { /* a TAB between cells */
            rc = docx_next_cell(r, st);
            n++;
        }
        from = n;
    }
    return rc;
}

int docx_emit_inlines(docx_reader *r, const docx_para *p, int cells)
{
    return docx_emit_range(r, p, 0, p->n, cells);
}

int docx_emit_range(docx_reader *r, const docx_para *p, size_t from, size_t to, int cells)
{
    docx_span sp = docx_trim(p, from, to < p->n ? to : p->n, cells);
    if (sp.empty)
        return 0;
    docx_state st = {-1, 0};
    int rc = 0;
    if (r->note_prefix) {
        rc = mn_builder_text(r->b, r->note_prefix, strlen(r->note_prefix));
        r->note_prefix = NULL;
    }
    for (size_t i = sp.first; i <= sp.last && rc == 0; i++) {
        const docx_seg *s = &p->segs[i];
        if (s->kind == DOCX_SEG_TEXT) {
            size_t from = i == sp.first ? sp.from : 0, to = i == sp.last ? sp.to : s->len;
            rc = docx_emit_text(r, p, &st, s, from, to, cells);
        } else if (s->kind == DOCX_SEG_BREAK) {
            rc = docx_state_to(r, p, &st, s->link, s->fmt);
            if (rc == 0)
                rc = mn_builder_break(r->b);
        } else {
            rc = docx_emit_note(r, s);
        }
    }
    if (rc == 0 && st.link >= 0)
        rc = mn_builder_close(r->b, MN_NODE_LINK);
    else if (rc == 0)
        rc = docx_close_fmt(r, &st);
    return rc;
}
