/* box.c — the boxes of the flow: laid-out text and where a page may break. */
#include "pdf.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define EPS 0.01

static void *grow(void *arr, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return arr;
    size_t c = *cap ? 2 * *cap : 16;
    void *a = realloc(arr, c * size);
    if (a)
        *cap = c;
    return a;
}

static pdf_box *add_to(pdf_flow *f, pdf_box **arr, size_t *n, size_t *cap)
{
    if (f->oom)
        return NULL;
    pdf_box *a = grow(*arr, cap, *n, sizeof **arr);
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
    free(b->cols);
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
    pdf_part *parts = grow(b->parts, &b->parts_cap, b->nparts, sizeof *parts);
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

/* Line boundaries of part P in box coordinates: bottoms[i] is the bottom of
 * line i; top is the top of the first line.  Returns the line count. */
static int part_lines(const pdf_part *p, double *top, double **bottoms)
{
    int n = pango_layout_get_line_count(p->layout);
    *bottoms = malloc((size_t)(n > 0 ? n : 1) * sizeof **bottoms);
    if (!*bottoms)
        return -1;
    PangoLayoutIter *it = pango_layout_get_iter(p->layout);
    int i = 0;
    *top = p->dy;
    do {
        int y0, y1;
        pango_layout_iter_get_line_yrange(it, &y0, &y1);
        if (i == 0)
            *top = p->dy + y0 / (double)PANGO_SCALE;
        if (i < n)
            (*bottoms)[i++] = p->dy + y1 / (double)PANGO_SCALE;
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    return i;
}

/* Whether a page may break at y as far as part P is concerned. */
static int part_allows(const pdf_part *p, double y, int forced)
{
    double top, *bot;
    int n = part_lines(p, &top, &bot);
    if (n < 0)
        return 0;
    int ok;
    if (y <= top + EPS)
        ok = 1;
    else if (y >= bot[n - 1] - EPS)
        ok = forced || !p->glue || y > bot[n - 1] + EPS;
    else {
        ok = 0;
        for (int k = 0; k + 1 < n; k++) {
            if (fabs(bot[k] - y) > EPS)
                continue;
            /* k+1 lines above, n-k-1 below: two at least on each side. */
            ok = forced || (p->breakable && k + 1 >= 2 && n - k - 1 >= 2);
            break;
        }
    }
    free(bot);
    return ok;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

double *pdf_box_breaks(const pdf_box *b, int forced, size_t *n)
{
    *n = 0;
    size_t cap = 0, cnt = 0;
    double *cand = NULL;
    for (size_t i = 0; i < b->nparts; i++) {
        double top, *bot;
        int lines = part_lines(&b->parts[i], &top, &bot);
        for (int k = 0; k < lines; k++) {
            double *c = grow(cand, &cap, cnt, sizeof *cand);
            if (!c) {
                free(bot);
                free(cand);
                return NULL;
            }
            cand = c;
            cand[cnt++] = bot[k];
        }
        free(bot);
    }
    if (!cnt)
        return cand;
    qsort(cand, cnt, sizeof *cand, cmp_double);
    size_t out = 0;
    for (size_t i = 0; i < cnt; i++) {
        double y = cand[i];
        if (y <= EPS || y >= b->h - EPS || (out && y - cand[out - 1] < EPS))
            continue;
        int ok = 1;
        for (size_t k = 0; ok && k < b->nparts; k++)
            ok = part_allows(&b->parts[k], y, forced);
        if (ok)
            cand[out++] = y;
    }
    *n = out;
    return cand;
}
