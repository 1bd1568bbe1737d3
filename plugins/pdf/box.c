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

static pdf_box *add_to(pdf_flow *f, pdf_box **arr, size_t *n, size_t *cap)
{
    if (f->oom)
        return NULL;
    pdf_box *a = grow(*arr, cap, *n, sizeof **arr, 64);
    if (!a) {
        f->oom = 1;
        return NULL;
    }
    *arr = a;
    pdf_box *b = &a[(*n)++];
    memset(b, 0, sizeof *b);
    b->head = -1;
    return b;
}

pdf_box *pdf_flow_add(pdf_flow *f)
{
    return add_to(f, &f->box, &f->n, &f->cap);
}

pdf_box *pdf_flow_add_note(pdf_flow *f)
{
    return add_to(f, &f->note, &f->nnote, &f->note_cap);
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
    memset(b, 0, sizeof *b);
}

void pdf_flow_fini(pdf_flow *f)
{
    for (size_t i = 0; i < f->n; i++)
        pdf_box_free(&f->box[i]);
    for (size_t i = 0; i < f->nnote; i++)
        pdf_box_free(&f->note[i]);
    free(f->box);
    free(f->note);
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

int pdf_box_group(pdf_box *b, const char *tag)
{
    /* Deeper nesting on one box than open[] holds loses the outer groups
     * from the structure tree; the text is drawn all the same. */
    if (b->nopen == (int)(sizeof b->open / sizeof *b->open))
        return 0;
    memmove(&b->open[1], &b->open[0], (size_t)b->nopen * sizeof *b->open);
    b->open[0] = tag;
    b->nopen++;
    return 1;
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
