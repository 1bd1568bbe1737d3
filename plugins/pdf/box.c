/* SPDX-License-Identifier: MIT */
/* box.c — the boxes of the flow: laid-out text and where a page may break. */
#include "pdf.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define EPS 0.01

/* ARR with room for one more element after N; FIRST elements at first. */
static void *grow(void *arr, size_t *cap, size_t n, size_t size, size_t first)
{
    if (n < *cap)
        return arr;
    size_t c = *cap ? 2 * *cap : first;
    void *a = realloc(arr, c * size);
    if (a)
        *cap = c;
    return a;
}

/* Boxes per chunk: a few pages' worth, so that a streamed document frees
 * its chunks as it goes. */
#define PDF_CHUNK 64

struct pdf_chunk {
    size_t live; /* boxes added and not released */
    pdf_box box[PDF_CHUNK];
};

static pdf_box *store_at(const pdf_store *s, size_t i)
{
    struct pdf_chunk *c = s->chunk[i / PDF_CHUNK];
    return &c->box[i % PDF_CHUNK];
}

/* Room for box I (the next one). */
static pdf_box *store_new(pdf_store *s, size_t i)
{
    size_t k = i / PDF_CHUNK;
    if (k == s->nchunk) {
        struct pdf_chunk **a = grow(s->chunk, &s->chunk_cap, s->nchunk, sizeof *a, 16);
        if (!a)
            return NULL;
        s->chunk = a;
        a[k] = calloc(1, sizeof **a);
        if (!a[k])
            return NULL;
        s->nchunk++;
    }
    s->chunk[k]->live++;
    return &s->chunk[k]->box[i % PDF_CHUNK];
}

/* The unknown glyphs of B go to the flow's count, once. */
static void count_missing(pdf_flow *f, pdf_box *b)
{
    if (b->counted)
        return;
    b->counted = 1;
    for (size_t k = 0; k < b->nparts; k++)
        f->missing += pango_layout_get_unknown_glyphs_count(b->parts[k].layout);
}

static void store_release(pdf_flow *f, pdf_store *s, size_t i)
{
    if (!s->chunk[i / PDF_CHUNK])
        return; /* released with its chunk */
    pdf_box *b = store_at(s, i);
    if (b->released)
        return;
    count_missing(f, b);
    pdf_box_free(b);
    b->released = 1;
    size_t k = i / PDF_CHUNK;
    if (--s->chunk[k]->live == 0 && (k + 1) * PDF_CHUNK <= (s == &f->store ? f->n : f->nnote)) {
        free(s->chunk[k]);
        s->chunk[k] = NULL;
    }
}

static void store_fini(pdf_store *s)
{
    for (size_t k = 0; k < s->nchunk; k++)
        if (s->chunk[k]) {
            for (size_t i = 0; i < PDF_CHUNK; i++)
                pdf_box_free(&s->chunk[k]->box[i]);
            free(s->chunk[k]);
        }
    free(s->chunk);
}

/* The groups begun since the last box open before B: the innermost four
 * (deeper nesting loses the outer ones from the structure tree). */
static void take_groups(pdf_flow *f, pdf_box *b)
{
    size_t first = f->ngroups;
    while (first > 0 && f->groups[first - 1].first < 0)
        first--;
    size_t max = sizeof b->open / sizeof *b->open;
    for (size_t g = first; g < f->ngroups; g++) {
        f->groups[g].first = (long)b->index;
        f->groups[g].registered = f->ngroups - g <= max;
        if (f->groups[g].registered)
            b->open[b->nopen++] = f->groups[g].tag;
    }
}

static pdf_box *add_to(pdf_flow *f, pdf_store *s, size_t *n, int note)
{
    if (f->oom)
        return NULL;
    pdf_box *b = store_new(s, *n);
    if (!b) {
        f->oom = 1;
        return NULL;
    }
    memset(b, 0, sizeof *b);
    b->head = -1;
    b->index = (*n)++;
    b->is_note = (unsigned)note;
    return b;
}

pdf_box *pdf_flow_add(pdf_flow *f)
{
    if (f->ready && !f->oom)
        f->ready(f->ready_data, f->n);
    pdf_box *b = add_to(f, &f->store, &f->n, 0);
    if (b)
        take_groups(f, b);
    return b;
}

pdf_box *pdf_flow_add_note(pdf_flow *f)
{
    return add_to(f, &f->note_store, &f->nnote, 1);
}

pdf_box *pdf_flow_box(const pdf_flow *f, size_t i)
{
    return store_at(&f->store, i);
}

pdf_box *pdf_flow_note(const pdf_flow *f, size_t i)
{
    return store_at(&f->note_store, i);
}

void pdf_flow_release(pdf_flow *f, size_t i)
{
    pdf_box *b = store_at(&f->store, i);
    for (size_t k = 0; k < b->nnotes; k++)
        if ((size_t)b->notes[k] < f->nnote)
            store_release(f, &f->note_store, (size_t)b->notes[k]);
    store_release(f, &f->store, i);
}

static void count_store(pdf_flow *f, pdf_store *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s->chunk[i / PDF_CHUNK])
            count_missing(f, store_at(s, i));
}

long pdf_flow_missing(pdf_flow *f)
{
    count_store(f, &f->store, f->n);
    count_store(f, &f->note_store, f->nnote);
    return f->missing;
}

void pdf_flow_group_begin(pdf_flow *f, const char *tag)
{
    pdf_group *g = grow(f->groups, &f->groups_cap, f->ngroups, sizeof *g, 16);
    if (!g) {
        f->oom = 1;
        return;
    }
    f->groups = g;
    g[f->ngroups++] = (pdf_group){tag, -1, 0};
}

void pdf_flow_group_end(pdf_flow *f)
{
    if (f->ngroups == 0)
        return; /* its begin ran out of memory */
    pdf_group *g = &f->groups[--f->ngroups];
    if (g->first >= 0 && g->registered && f->n > 0)
        pdf_flow_box(f, f->n - 1)->close++;
}

void pdf_box_free(pdf_box *b)
{
    for (size_t i = 0; i < b->nparts; i++) {
        pdf_part *p = &b->parts[i];
        if (p->layout)
            g_object_unref(p->layout);
        for (size_t k = 0; k < p->nlinks; k++)
            free(p->links[k].target);
        free(p->links);
    }
    free(b->parts);
    free(b->outline_title);
    free(b->dest);
    free(b->notes);
    size_t index = b->index;
    unsigned note = b->is_note, counted = b->counted;
    memset(b, 0, sizeof *b);
    b->index = index;
    b->is_note = note;
    b->counted = counted;
}

void pdf_flow_fini(pdf_flow *f)
{
    store_fini(&f->store);
    store_fini(&f->note_store);
    free(f->groups);
    memset(f, 0, sizeof *f);
}

static PangoLayout *new_layout(const pdf_style *st, pdf_font font, double w, double hang)
{
    PangoLayout *l = pango_layout_new(st->ctx);
    pango_layout_set_font_description(l, st->font[font]);
    pango_layout_set_line_spacing(l, (float)st->line_spacing[font]);
    pango_layout_set_width(l, (int)(w * PANGO_SCALE));
    /* Words longer than the line (URLs, long names) break between
     * characters rather than run into the margin. */
    pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
    if (hang > 0) {
        /* A hanging label: "1.<TAB>text", continuation lines under text. */
        pango_layout_set_indent(l, (int)(-hang * PANGO_SCALE));
        PangoTabArray *tabs = pango_tab_array_new_with_positions(
            1, FALSE, PANGO_TAB_LEFT, (int)(hang * PANGO_SCALE));
        pango_layout_set_tabs(l, tabs);
        pango_tab_array_free(tabs);
    }
    return l;
}

pdf_part *pdf_box_text(pdf_box *b, const pdf_style *st, pdf_font font, pdf_rich *r,
                       double w, double hang, double dx, double dy)
{
    if (r->oom)
        return NULL;
    /* Most boxes hold one part: room for two, not a table row's worth. */
    pdf_part *parts = grow(b->parts, &b->parts_cap, b->nparts, sizeof *parts, 2);
    if (!parts)
        return NULL;
    b->parts = parts;
    pdf_part *p = &parts[b->nparts++];
    memset(p, 0, sizeof *p);
    p->layout = new_layout(st, font, w, hang);
    pango_layout_set_text(p->layout, r->text ? r->text : "", (int)r->len);
    pango_layout_set_attributes(p->layout, r->attrs);
    p->dx = dx;
    p->dy = dy;
    p->color = st->ink;
    p->breakable = 1;
    p->links = r->links; /* moved: the rich text gives them up */
    p->nlinks = r->nlinks;
    r->links = NULL;
    r->nlinks = r->links_cap = 0;
    return p;
}

double pdf_part_height(const pdf_part *p)
{
    PangoRectangle logical;
    pango_layout_get_extents(p->layout, NULL, &logical);
    return logical.height / (double)PANGO_SCALE;
}

/* Line boundaries of one part in box coordinates. */
typedef struct lines {
    double top;   /* top of the first line */
    double *bot;  /* bot[i]: bottom of line i, ascending */
    int n;
} lines;

static int part_lines(const pdf_part *p, lines *l)
{
    int n = pango_layout_get_line_count(p->layout);
    l->bot = malloc((size_t)(n > 0 ? n : 1) * sizeof *l->bot);
    l->n = 0;
    l->top = p->dy;
    if (!l->bot)
        return -1;
    PangoLayoutIter *it = pango_layout_get_iter(p->layout);
    do {
        int y0, y1;
        pango_layout_iter_get_line_yrange(it, &y0, &y1);
        if (l->n == 0)
            l->top = p->dy + y0 / (double)PANGO_SCALE;
        if (l->n < n)
            l->bot[l->n++] = p->dy + y1 / (double)PANGO_SCALE;
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    return 0;
}

/* Whether a page may break at y as far as part P (lines L) is concerned. */
static int part_allows(const pdf_part *p, const lines *l, double y, int forced)
{
    int n = l->n;
    if (n == 0 || y <= l->top + EPS)
        return 1;
    if (y >= l->bot[n - 1] - EPS)
        return forced || !p->glue || y > l->bot[n - 1] + EPS;
    int lo = 0, hi = n - 1; /* the first line whose bottom is >= y - EPS */
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (l->bot[mid] < y - EPS)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (fabs(l->bot[lo] - y) > EPS)
        return 0; /* y falls inside a line */
    /* lo+1 lines above, n-lo-1 below: two at least on each side. */
    return forced || (p->breakable && lo + 1 >= 2 && n - lo - 1 >= 2);
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

double *pdf_box_breaks(const pdf_box *b, int forced, size_t *n)
{
    *n = 0;
    size_t cnt = 0, total = 0;
    lines *ls = calloc(b->nparts ? b->nparts : 1, sizeof *ls);
    if (!ls)
        return NULL;
    for (size_t i = 0; i < b->nparts; i++) {
        if (part_lines(&b->parts[i], &ls[i]) < 0)
            goto out;
        total += (size_t)ls[i].n;
    }
    double *cand = malloc((total ? total : 1) * sizeof *cand);
    if (!cand)
        goto out;
    for (size_t i = 0; i < b->nparts; i++)
        for (int k = 0; k < ls[i].n; k++)
            cand[cnt++] = ls[i].bot[k];
    qsort(cand, cnt, sizeof *cand, cmp_double);
    size_t found = 0;
    for (size_t i = 0; i < cnt; i++) {
        double y = cand[i];
        if (y <= EPS || y >= b->h - EPS || (found && y - cand[found - 1] < EPS))
            continue;
        int ok = 1;
        for (size_t k = 0; ok && k < b->nparts; k++)
            ok = part_allows(&b->parts[k], &ls[k], y, forced);
        if (ok)
            cand[found++] = y;
    }
    *n = found;
    for (size_t i = 0; i < b->nparts; i++)
        free(ls[i].bot);
    free(ls);
    return cand;
out:
    for (size_t i = 0; i < b->nparts; i++)
        free(ls[i].bot);
    free(ls);
    return NULL;
}
