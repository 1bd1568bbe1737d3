/* SPDX-License-Identifier: MIT */
/* paginate.c — boxes to pages.
 *
 * Rules, in the order they are tried for each box:
 *   - a heading (keep_next) moves to the next page unless it fits together
 *     with the boxes it is kept with and the first lines of what follows;
 *   - a keep_together box (title block, table row, participant group) moves
 *     whole unless it is taller than a page;
 *   - a box that does not fit is split at the lowest allowed break (two
 *     lines at least on each side of a paragraph break);
 *   - a continuing table repeats its head row at the top of the new page;
 *   - footnotes go to the foot of the page where their reference ends, and
 *     the room they take is reserved before that last slice is placed.
 * Vertical space before a box is dropped at the top of a page. */
#include "pdf.h"

#include <stdlib.h>
#include <string.h>

#define EPS 0.01
#define NOTE_SEP 12.0 /* rule and space above the footnotes of a page */

typedef pdf_pager pager;

static const double *breaks(pager *p, const pdf_box *b, int forced, size_t *n)
{
    if (!p->brk_valid || p->brk_index != b->index || p->brk_note != (int)b->is_note ||
        p->brk_forced != forced) {
        free(p->brk);
        p->brk = pdf_box_breaks(b, forced, &p->nbrk);
        p->brk_valid = p->brk != NULL;
        p->brk_index = b->index;
        p->brk_note = (int)b->is_note;
        p->brk_forced = forced;
        if (!p->brk)
            p->nbrk = 0;
    }
    *n = p->nbrk;
    return p->brk;
}

static double max2(double a, double b)
{
    return a > b ? a : b;
}

static double body_height(const pager *p)
{
    return p->st->bottom - p->st->top;
}

static double limit(const pager *p)
{
    return p->st->bottom - p->notes_h;
}

static void add_slice(pager *p, const pdf_box *b, double y, double c0, double c1, int first,
                      int last, pdf_slice_kind kind)
{
    pdf_pages *o = p->out;
    if (o->oom)
        return;
    if (o->n == o->cap) {
        size_t cap = o->cap ? 2 * o->cap : 64;
        pdf_slice *s = realloc(o->s, cap * sizeof *s);
        if (!s) {
            o->oom = 1;
            return;
        }
        o->s = s;
        o->cap = cap;
    }
    o->s[o->n++] = (pdf_slice){b, o->count, y, c0, c1, first, last, kind};
}

static void set_rule(pager *p, double y)
{
    pdf_pages *o = p->out;
    double *r = realloc(o->note_rule, (size_t)(o->count + 1) * sizeof *r);
    if (!r) {
        o->oom = 1;
        return;
    }
    o->note_rule = r;
    r[o->count] = y;
}

/* A closed page, streaming: no later page draws the boxes before the one
 * being placed (or carried over), but for the box just before it (its
 * table number is read) and the head row of its table. */
static void release_done(pager *p)
{
    size_t upto = p->next < p->hold ? p->next : p->hold;
    long head = -1;
    if (p->next < p->flow->n)
        head = pdf_flow_box(p->flow, p->next)->head;
    if (p->held_head >= 0 && p->held_head != head) {
        pdf_flow_release(p->flow, (size_t)p->held_head);
        p->held_head = -1;
    }
    for (; p->released + 1 < upto; p->released++) {
        if ((long)p->released == head)
            p->held_head = head; /* released once its table is over */
        else
            pdf_flow_release(p->flow, p->released);
    }
    p->out->n = 0;
}

/* Ends the page: its footnotes go to the foot, then a fresh page starts. */
static void new_page(pager *p)
{
    set_rule(p, p->nnotes ? p->st->bottom - p->notes_h : 0);
    double y = p->st->bottom - p->notes_h + NOTE_SEP;
    for (size_t i = 0; i < p->nnotes; i++) {
        const pdf_box *n = pdf_flow_note(p->flow, (size_t)p->notes[i]);
        add_slice(p, n, y, 0, n->h, 1, 1, PDF_S_FOOTNOTE);
        y += n->h + n->after;
    }
    p->out->count++;
    p->y = p->st->top;
    p->at_top = 1;
    p->notes_h = 0;
    p->nnotes = 0;
    p->prev_after = 0;
    if (p->page_done && !p->out->oom)
        p->page_done(p->page_data, p->out, p->out->count - 1);
    if (p->stream)
        release_done(p);
}

/* Room the footnotes of B take on the page that gets B's last line. */
static double notes_need(const pager *p, const pdf_box *b)
{
    double h = 0;
    for (size_t i = 0; i < b->nnotes; i++) {
        const pdf_box *n = pdf_flow_note(p->flow, (size_t)b->notes[i]);
        if (!n->inline_note)
            h += n->h + n->after;
    }
    return h > 0 && p->notes_h == 0 ? h + NOTE_SEP : h;
}

/* Puts B's footnotes at the foot of this page; one that no longer fits
 * there (a note longer than what is left of the page) is set in the flow
 * after B instead, as are notes too long for any foot.  Returns how many
 * were left for the flow; their indexes are in out[]. */
static size_t take_notes(pager *p, const pdf_box *b, int *out)
{
    size_t spilled = 0;
    for (size_t i = 0; i < b->nnotes; i++) {
        const pdf_box *n = pdf_flow_note(p->flow, (size_t)b->notes[i]);
        double need = n->h + n->after + (p->notes_h == 0 ? NOTE_SEP : 0);
        if (n->inline_note || p->y + need > limit(p) + EPS) {
            out[spilled++] = b->notes[i];
            continue;
        }
        int *a = realloc(p->notes, (p->nnotes + 1) * sizeof *a);
        if (!a) {
            p->out->oom = 1;
            return spilled;
        }
        p->notes = a;
        p->notes[p->nnotes++] = b->notes[i];
        p->notes_h += need;
    }
    return spilled;
}

/* The lowest allowed break in (c0, c0 + room], or c0 when there is none. */
static double best_break(pager *p, const pdf_box *b, double c0, double room, int forced)
{
    size_t n;
    const double *br = breaks(p, b, forced, &n);
    double best = c0;
    for (size_t i = 0; i < n; i++)
        if (br[i] > c0 + EPS && br[i] <= c0 + room + EPS)
            best = br[i];
    return best;
}

/* Height of B's first piece that may stand alone at the foot of a page,
 * with the room for its footnotes when that piece is all of it. */
static double first_chunk(pager *p, const pdf_box *b)
{
    double h = b->h;
    if (!b->keep_together) {
        size_t n;
        const double *br = breaks(p, b, 0, &n);
        if (n)
            h = br[0];
    }
    return h + b->pad_top + b->pad_bottom + (h >= b->h ? notes_need(p, b) : 0);
}

/* What box I needs below the cursor to honour its keep_next chain. */
static double chain_need(pager *p, size_t i)
{
    const pdf_flow *f = p->flow;
    double need = 0;
    for (; i < f->n; i++) {
        const pdf_box *b = pdf_flow_box(f, i);
        if (!b->keep_next)
            return need + first_chunk(p, b);
        need += b->h + b->pad_top + b->pad_bottom;
        if (i + 1 < f->n)
            need += max2(b->after, pdf_flow_box(f, i + 1)->before);
    }
    return need;
}

static void place(pager *p, const pdf_box *b, long index);

/* B starts on a new page: the boxes kept with it (a heading, a table's head
 * row) that end this page go along, so that none is left alone at its foot.
 * The chain's estimate in place() makes this rare (a box that cannot break
 * where the estimate thought it could). */
static void carry_kept(pager *p)
{
    pdf_pages *o = p->out;
    size_t k = o->n;
    while (k > 0) {
        const pdf_slice *s = &o->s[k - 1];
        if (s->page != o->count || s->kind != PDF_S_FLOW || !s->first || !s->last ||
            !s->box->keep_next || s->box->nnotes)
            break;
        k--;
    }
    /* Only when something else stays on the page, or the page would loop. */
    size_t start = k;
    while (start > 0 && o->s[start - 1].page == o->count)
        start--;
    if (k == o->n || k == start || (k > 0 && o->s[k - 1].kind == PDF_S_REPEAT)) {
        new_page(p);
        return;
    }
    size_t n = o->n - k;
    const pdf_box **kept = malloc(n * sizeof *kept);
    if (!kept) {
        new_page(p);
        return;
    }
    for (size_t i = 0; i < n; i++)
        kept[i] = o->s[k + i].box;
    o->n = k;
    /* Streaming must not release them with the page they leave. */
    size_t hold = p->hold;
    if (kept[0]->index < p->hold)
        p->hold = kept[0]->index;
    new_page(p);
    for (size_t i = 0; i < n; i++)
        place(p, kept[i], (long)kept[i]->index);
    p->hold = hold;
    free(kept);
}

/* At the top of a page, a table that goes on shows its head row again. */
static void repeat_head(pager *p, const pdf_box *b, long index)
{
    const pdf_flow *f = p->flow;
    if (!p->at_top || b->head < 0 || index <= b->head ||
        pdf_flow_box(f, (size_t)index - 1)->table != b->table)
        return;
    const pdf_box *h = pdf_flow_box(f, (size_t)b->head);
    add_slice(p, h, p->y, 0, h->h, 1, 1, PDF_S_REPEAT);
    p->y += h->h + h->pad_top + h->pad_bottom;
    p->at_top = 0;
}

static void place_rest(pager *p, const pdf_box *b, double c0, double gap, int first)
{
    double pads = b->pad_top + b->pad_bottom;
    add_slice(p, b, p->y + gap, c0, b->h, first, 1, PDF_S_FLOW);
    p->y += gap + pads + (b->h - c0);
    p->at_top = 0;
    p->prev_after = b->after;
    if (!b->nnotes)
        return;
    int *spill = malloc(b->nnotes * sizeof *spill);
    if (!spill) {
        p->out->oom = 1;
        return;
    }
    size_t n = take_notes(p, b, spill);
    for (size_t i = 0; i < n; i++)
        place(p, pdf_flow_note(p->flow, (size_t)spill[i]), -1);
    free(spill);
}

static void place(pager *p, const pdf_box *b, long index)
{
    double pads = b->pad_top + b->pad_bottom;
    double full = b->h + pads;
    double gap = p->at_top ? 0 : max2(p->prev_after, b->before);
    if (!p->at_top && b->keep_next && index >= 0) {
        double need = chain_need(p, (size_t)index);
        if (p->y + gap + need > limit(p) + EPS && need <= body_height(p))
            carry_kept(p);
    }
    gap = p->at_top ? 0 : max2(p->prev_after, b->before);
    if (!p->at_top && b->keep_together &&
        p->y + gap + full + notes_need(p, b) > limit(p) + EPS && full <= body_height(p))
        carry_kept(p);
    double c0 = 0;
    int first = 1;
    for (int guard = 0; !p->out->oom; guard++) {
        if (p->at_top)
            repeat_head(p, b, index);
        gap = p->at_top || !first ? 0 : max2(p->prev_after, b->before);
        double room = limit(p) - (p->y + gap) - pads;
        if (b->h - c0 <= room - notes_need(p, b) + EPS || guard > 10000) {
            place_rest(p, b, c0, gap, first);
            return;
        }
        int forced = full > body_height(p);
        double br = best_break(p, b, c0, room, forced);
        if (br <= c0 && p->at_top)
            br = best_break(p, b, c0, room, 1);
        if (br <= c0 && p->at_top) {
            /* Nothing fits even on an empty page (a line taller than the
             * page): set it anyway rather than loop. */
            place_rest(p, b, c0, gap, first);
            return;
        }
        if (br > c0) {
            add_slice(p, b, p->y + gap, c0, br, first, 0, PDF_S_FLOW);
            c0 = br;
            first = 0;
            new_page(p);
        } else if (first) {
            carry_kept(p);
        } else
            new_page(p);
    }
}

void pdf_pager_init(pdf_pager *p, const pdf_style *st, pdf_flow *flow, pdf_pages *out,
                    int stream, pdf_page_fn page_done, void *page_data)
{
    memset(out, 0, sizeof *out);
    *p = (pdf_pager){.st = st, .flow = flow, .out = out, .y = st->top, .at_top = 1,
                     .stream = stream, .page_done = page_done, .page_data = page_data,
                     .hold = (size_t)-1, .held_head = -1};
}

void pdf_pager_feed(pdf_pager *p, size_t n)
{
    /* A box is placed once the boxes it is kept with, up to the first that
     * is not kept with the next, are finished: place() looks that far. */
    while (p->next < n && !p->out->oom) {
        size_t end = p->next;
        while (end < n && pdf_flow_box(p->flow, end)->keep_next)
            end++;
        if (end == n)
            return;
        place(p, pdf_flow_box(p->flow, p->next), (long)p->next);
        p->next++;
    }
}

int pdf_pager_finish(pdf_pager *p)
{
    for (; p->next < p->flow->n && !p->out->oom; p->next++)
        place(p, pdf_flow_box(p->flow, p->next), (long)p->next);
    /* close the last page: its footnotes and its count */
    new_page(p);
    return p->out->oom ? -1 : 0;
}

void pdf_pager_fini(pdf_pager *p)
{
    free(p->notes);
    free(p->brk);
    p->notes = NULL;
    p->brk = NULL;
}

int pdf_paginate(const pdf_style *st, pdf_flow *flow, pdf_pages *out)
{
    pdf_pager p;
    pdf_pager_init(&p, st, flow, out, 0, NULL, NULL);
    int rc = pdf_pager_finish(&p);
    pdf_pager_fini(&p);
    return rc;
}

void pdf_pages_fini(pdf_pages *p)
{
    free(p->s);
    free(p->note_rule);
    memset(p, 0, sizeof *p);
}
