/* SPDX-License-Identifier: MIT */
/* pieces.c — a paragraph too long to lay out whole, set as boxes of
 * bounded pieces.
 *
 * One layout for a paragraph of megabytes costs Pango time that grows
 * faster than its length and 60 bytes a character held until the box is
 * drawn (a 1 MB paragraph: 4 s and 171 MB; 50 MB: 5 minutes and 7.5 GB),
 * and every page it spans walks all its lines.  Past PIECE_MIN bytes the
 * text is laid out a window of PIECE_BYTES at a time.  A window's last two
 * lines are dropped (its cut may fall inside a word, which changes where
 * the line before it breaks) and the next window starts where they did,
 * so that every line but the paragraph's last ends where Pango would have
 * ended it: no short line shows where one piece meets the next.  Each piece
 * is a box of its own that begins with the gap between two lines, as a
 * line that continues a paragraph on a new page does: the pages come out
 * as the whole layout's would (the same lines on each, placed within a
 * thousandth of a point).
 * The pager may break between pieces as between lines, and a streamed
 * document frees each piece once its page is drawn. */
#include "pdf.h"

#include <stdlib.h>
#include <string.h>

#define PIECE_BYTES 8192
#define PIECE_MIN (2 * PIECE_BYTES)
#define SPACE_SEARCH 256 /* bytes looked back for a space to cut at */

int pdf_text_is_long(const pdf_rich *r)
{
    return r->len > PIECE_MIN;
}

/* Where a window that should end near AT ends: after a space when one is
 * close, else at a character boundary. */
static size_t cut_at(const char *t, size_t len, size_t at)
{
    if (at >= len)
        return len;
    size_t lo = at > SPACE_SEARCH ? at - SPACE_SEARCH : 0;
    for (size_t i = at; i > lo; i--)
        if (t[i - 1] == ' ')
            return i;
    while (at > 0 && ((unsigned char)t[at] & 0xc0) == 0x80)
        at--;
    return at;
}

/* ---- Attributes and links of a window ---------------------------------------- */

/* The paragraph's attributes and links in order of start, and those that
 * reach into the window being cut (ACTIVE): each window takes copies of
 * them, clipped and shifted to its own offsets. */
typedef struct spans {
    PangoAttribute **attr; /* the paragraph's, in order of start */
    size_t nattr, next_attr;
    size_t *active, nactive;
    const pdf_link *link;
    size_t *link_order, nlink, next_link;
    size_t *active_link, nactive_link;
} spans;

static int by_link_start(const void *a, const void *b, void *links)
{
    const pdf_link *l = links;
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    int c = (l[x].start > l[y].start) - (l[x].start < l[y].start);
    return c ? c : (x > y) - (x < y);
}

static int spans_init(spans *s, const pdf_rich *r)
{
    memset(s, 0, sizeof *s);
    GSList *all = pango_attr_list_get_attributes(r->attrs);
    s->nattr = g_slist_length(all);
    s->attr = malloc((s->nattr ? s->nattr : 1) * sizeof *s->attr);
    s->active = malloc((s->nattr ? s->nattr : 1) * sizeof *s->active);
    size_t i = 0;
    for (GSList *l = all; l; l = l->next, i++)
        if (s->attr)
            s->attr[i] = l->data;
        else
            pango_attribute_destroy(l->data);
    g_slist_free(all);
    s->link = r->links;
    s->nlink = r->nlinks;
    s->link_order = malloc((s->nlink ? s->nlink : 1) * sizeof *s->link_order);
    s->active_link = malloc((s->nlink ? s->nlink : 1) * sizeof *s->active_link);
    if (!s->attr || !s->active || !s->link_order || !s->active_link)
        return -1;
    for (i = 0; i < s->nlink; i++)
        s->link_order[i] = i;
    qsort_r(s->link_order, s->nlink, sizeof *s->link_order, by_link_start, (void *)s->link);
    return 0;
}

static void spans_fini(spans *s)
{
    for (size_t i = 0; s->attr && i < s->nattr; i++)
        pango_attribute_destroy(s->attr[i]);
    free(s->attr);
    free(s->active);
    free(s->link_order);
    free(s->active_link);
}

/* Keeps in ACTIVE (N entries) those whose end lies past FROM. */
static void drop_ended(size_t *active, size_t *n, const void *items, int links, size_t from)
{
    size_t kept = 0;
    for (size_t i = 0; i < *n; i++) {
        size_t end = links ? (size_t)((const pdf_link *)items)[active[i]].end
                           : ((PangoAttribute *const *)items)[active[i]]->end_index;
        if (end > from)
            active[kept++] = active[i];
    }
    *n = kept;
}

/* Copies the attributes reaching into [from, to) into W, shifted by FROM. */
static void window_attrs(spans *s, size_t from, size_t to, pdf_rich *w)
{
    drop_ended(s->active, &s->nactive, s->attr, 0, from);
    for (; s->next_attr < s->nattr && s->attr[s->next_attr]->start_index < to; s->next_attr++)
        if (s->attr[s->next_attr]->end_index > from)
            s->active[s->nactive++] = s->next_attr;
    for (size_t i = 0; i < s->nactive; i++) {
        const PangoAttribute *a = s->attr[s->active[i]];
        if (a->start_index >= to)
            continue;
        PangoAttribute *c = pango_attribute_copy(a);
        c->start_index = (guint)((a->start_index > from ? a->start_index : from) - from);
        c->end_index = (guint)((a->end_index < to ? a->end_index : to) - from);
        pango_attr_list_insert(w->attrs, c);
    }
}

/* Copies the links reaching into [from, to) into W, shifted by FROM.
 * Returns 0, or -1 when out of memory. */
static int window_links(spans *s, size_t from, size_t to, pdf_rich *w)
{
    drop_ended(s->active_link, &s->nactive_link, s->link, 1, from);
    for (; s->next_link < s->nlink && (size_t)s->link[s->link_order[s->next_link]].start < to;
         s->next_link++)
        if ((size_t)s->link[s->link_order[s->next_link]].end > from)
            s->active_link[s->nactive_link++] = s->link_order[s->next_link];
    w->links = malloc((s->nactive_link ? s->nactive_link : 1) * sizeof *w->links);
    if (!w->links)
        return -1;
    for (size_t i = 0; i < s->nactive_link; i++) {
        const pdf_link *l = &s->link[s->active_link[i]];
        if ((size_t)l->start >= to)
            continue;
        char *target = strdup(l->target);
        if (!target)
            return -1;
        size_t a = (size_t)l->start > from ? (size_t)l->start : from;
        size_t b = (size_t)l->end < to ? (size_t)l->end : to;
        w->links[w->nlinks++] = (pdf_link){(int)(a - from), (int)(b - from), target};
    }
    w->links_cap = s->nactive_link;
    return 0;
}

/* The rich text of R's bytes [from, to): text, attributes, links.
 * Returns 0, or -1 when out of memory. */
static int window(spans *s, const pdf_rich *r, size_t from, size_t to, pdf_rich *w)
{
    pdf_rich_init(w);
    w->text = malloc(to - from + 1);
    if (!w->text)
        return -1;
    memcpy(w->text, r->text + from, to - from);
    w->text[to - from] = '\0';
    w->len = to - from;
    w->cap = to - from + 1;
    window_attrs(s, from, to, w);
    return window_links(s, from, to, w);
}

/* ---- Pieces ------------------------------------------------------------------- */

/* The space between the first two lines of P's layout, in points: what
 * separates one piece from the next. */
static void line_gap(const pdf_part *p, double *gap)
{
    PangoLayoutIter *it = pango_layout_get_iter(p->layout);
    int y0, y1, next0, next1;
    pango_layout_iter_get_line_yrange(it, &y0, &y1);
    if (pango_layout_iter_next_line(it)) {
        pango_layout_iter_get_line_yrange(it, &next0, &next1);
        *gap = (next0 - y1) / (double)PANGO_SCALE;
    }
    pango_layout_iter_free(it);
}

/* Lays out R's bytes from FROM in box B (a window of them unless they are
 * the rest) and keeps the lines that end where the whole text's would.
 * The first piece (FROM 0) has the hanging label and indent; the others
 * begin with *GAP, the space between two lines, which the piece sets for
 * the next.  Returns the offset the next piece starts at (R's length after
 * the last), or 0 when out of memory. */
static size_t piece(pdf_build *bd, spans *s, const pdf_rich *r, pdf_box *b, pdf_font font,
                    double hang, size_t from, double *gap)
{
    const pdf_style *st = bd->st;
    int first = from == 0;
    double w = first ? b->w : b->w - hang, dx = first ? 0 : hang, dy = first ? 0 : *gap;
    for (size_t want = PIECE_BYTES;; want *= 2) {
        size_t to = from + want > r->len || r->len - (from + want) < PIECE_BYTES
                        ? r->len : cut_at(r->text, r->len, from + want);
        pdf_rich win;
        int rc = window(s, r, from, to, &win);
        pdf_part *p = rc == 0 ? pdf_box_text(b, st, font, &win, w, first ? hang : 0, dx, dy)
                              : NULL;
        pdf_rich_fini(&win);
        if (!p)
            return 0;
        int n = pango_layout_get_line_count(p->layout);
        if (to == r->len || n >= 3) {
            if (to < r->len) {
                p->max_lines = n - 2;
                to = from + (size_t)pango_layout_get_line_readonly(p->layout, n - 2)->start_index;
                line_gap(p, gap);
            }
            b->h = dy + pdf_part_height(p);
            return to;
        }
        /* Fewer than three lines in a window (marks without width): a
         * wider one. */
        pdf_box_free_parts(b);
    }
}

pdf_box *pdf_box_long_text(pdf_build *bd, pdf_box *b, pdf_font font, pdf_rich *r, double hang)
{
    spans s;
    if (spans_init(&s, r) < 0) {
        spans_fini(&s);
        bd->flow->oom = 1;
        return NULL;
    }
    /* The paragraph's footnotes and its space below go with its last piece. */
    int *notes = b->notes;
    size_t nnotes = b->nnotes;
    double after = b->after;
    b->notes = NULL;
    b->nnotes = 0;
    double gap = 0;
    size_t from = piece(bd, &s, r, b, font, hang, 0, &gap);
    while (from > 0 && from < r->len) {
        b->after = 0;
        pdf_box *next = pdf_flow_add(bd->flow);
        if (!next)
            break;
        next->x = b->x;
        next->w = b->w;
        next->tag = b->tag;
        b = next;
        from = piece(bd, &s, r, b, font, hang, from, &gap);
    }
    spans_fini(&s);
    b->after = after;
    b->notes = notes;
    b->nnotes = nnotes;
    if (from < r->len) {
        bd->flow->oom = 1;
        return NULL;
    }
    return b;
}
