/* SPDX-License-Identifier: MIT */
/* render.c — slices to cairo: text lines, box decorations, running header
 * and footer, links, named destinations, the outline and structure tags.
 *
 * Structure elements never span a page: at the end of a page every open
 * element is closed, and reopened on the next page after the running header
 * and footer are drawn, so those stay outside the structure tree (cairo
 * 1.16 cannot mark them as artifacts). */
#include "pdf.h"

#include <cairo-pdf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EPS 0.01
#define MAX_DEPTH 32
#define MAX_LEVEL 8
#define NOTE_RULE_GAP 4.0

typedef struct pdf_renderer {
    pdf_render rd_copy;
    const pdf_render *rd;
    cairo_t *cr;
    /* The running header's two sides and a house style's footer line, laid
     * out once for every page, and the page number, laid out again on each. */
    PangoLayout *marginal[4];
    const char *open[MAX_DEPTH]; /* structure elements open, outer first */
    int depth;
    int outline[MAX_LEVEL];      /* last outline id per level */
} renderer;

/* ---- Attribute strings ---------------------------------------------------------- */

void pdf_fmt_num(char *buf, size_t size, double v)
{
    /* cairo parses its attribute floats in the C locale's way only when they
     * carry a '.': write them by hand so LC_NUMERIC never matters. */
    long c = (long)(v * 100.0 + (v < 0 ? -0.5 : 0.5));
    const char *sign = c < 0 ? "-" : "";
    if (c < 0)
        c = -c;
    snprintf(buf, size, "%s%ld.%02ld", sign, c / 100, c % 100);
}

char *pdf_quote_attr(const char *s, int uri)
{
    size_t len = strlen(s);
    char *out = malloc(3 * len + 3);
    if (!out)
        return NULL;
    char *o = out;
    *o++ = '\'';
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (uri && (*p <= 0x20 || *p >= 0x7f || *p == '\'' || *p == '\\')) {
            /* cairo wants ASCII URIs: percent-encode the rest (RFC 3986). */
            o += sprintf(o, "%%%02X", *p);
        } else {
            if (*p == '\'' || *p == '\\')
                *o++ = '\\';
            *o++ = (char)*p;
        }
    }
    *o++ = '\'';
    *o = '\0';
    return out;
}

/* ---- Structure ------------------------------------------------------------------ */

static void tag_open(renderer *r, const char *tag)
{
    if (!r->rd->tagged || r->depth == MAX_DEPTH)
        return;
    cairo_tag_begin(r->cr, tag, NULL);
    r->open[r->depth++] = tag;
}

static void tag_close(renderer *r)
{
    if (!r->rd->tagged || r->depth == 0)
        return;
    cairo_tag_end(r->cr, r->open[--r->depth]);
}

/* Closes everything open (end of a page) without forgetting it. */
static void tags_suspend(renderer *r)
{
    if (!r->rd->tagged)
        return;
    for (int i = r->depth - 1; i >= 0; i--)
        cairo_tag_end(r->cr, r->open[i]);
}

static void tags_resume(renderer *r)
{
    if (!r->rd->tagged)
        return;
    for (int i = 0; i < r->depth; i++)
        cairo_tag_begin(r->cr, r->open[i], NULL);
}

/* ---- Outline and destinations ----------------------------------------------------- */

static void add_dest(renderer *r, const pdf_box *b, double y)
{
    char *name = pdf_quote_attr(b->dest, 0);
    char x[32], yy[32], attr[512];
    if (!name)
        return;
    pdf_fmt_num(x, sizeof x, b->x);
    pdf_fmt_num(yy, sizeof yy, y);
    snprintf(attr, sizeof attr, "name=%s x=%s y=%s", name, x, yy);
    free(name);
    cairo_tag_begin(r->cr, CAIRO_TAG_DEST, attr);
    cairo_tag_end(r->cr, CAIRO_TAG_DEST);
}

static void add_outline(renderer *r, const pdf_box *b, int page, double y)
{
    int level = b->outline_level > MAX_LEVEL ? MAX_LEVEL : b->outline_level;
    int parent = CAIRO_PDF_OUTLINE_ROOT;
    for (int l = level - 2; l >= 0; l--)
        if (r->outline[l] > 0) {
            parent = r->outline[l];
            break;
        }
    char attr[512];
    if (b->dest) {
        char *name = pdf_quote_attr(b->dest, 0);
        if (!name)
            return;
        snprintf(attr, sizeof attr, "dest=%s", name);
        free(name);
    } else {
        char x[32], yy[32];
        pdf_fmt_num(x, sizeof x, b->x);
        pdf_fmt_num(yy, sizeof yy, y);
        snprintf(attr, sizeof attr, "page=%d pos=[%s %s]", page + 1, x, yy);
    }
    const char *title = b->outline_title ? b->outline_title : "";
    int id = cairo_pdf_surface_add_outline(r->rd->surface, parent, title, attr,
                                           level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
    r->outline[level - 1] = id;
    for (int l = level; l < MAX_LEVEL; l++)
        r->outline[l] = 0;
}

/* ---- Text -------------------------------------------------------------------------- */

/* Appends " x y w h" for LINK's part on LINE (layout coordinates) at
 * (ox, oy) to buf. */
static void link_rects(PangoLayoutLine *line, const pdf_link *lk, double ox, double top,
                       double h, char *buf, size_t size)
{
    int s = lk->start > line->start_index ? lk->start : line->start_index;
    int e = lk->end < line->start_index + line->length ? lk->end
                                                       : line->start_index + line->length;
    if (s >= e)
        return;
    int *ranges = NULL, n = 0;
    pango_layout_line_get_x_ranges(line, s, e, &ranges, &n);
    for (int i = 0; i < n; i++) {
        char v[4][32];
        pdf_fmt_num(v[0], sizeof v[0], ox + ranges[2 * i] / (double)PANGO_SCALE);
        pdf_fmt_num(v[1], sizeof v[1], top);
        pdf_fmt_num(v[2], sizeof v[2], (ranges[2 * i + 1] - ranges[2 * i]) / (double)PANGO_SCALE);
        pdf_fmt_num(v[3], sizeof v[3], h);
        size_t len = strlen(buf);
        if (len + 140 < size)
            snprintf(buf + len, size - len, " %s %s %s %s", v[0], v[1], v[2], v[3]);
    }
    g_free(ranges);
}

static void draw_link(renderer *r, const pdf_link *lk, const char *rects)
{
    if (!*rects)
        return;
    int internal = lk->target[0] == '#';
    char *q = pdf_quote_attr(internal ? lk->target + 1 : lk->target, !internal);
    if (!q)
        return;
    size_t size = strlen(q) + strlen(rects) + 32;
    char *attr = malloc(size);
    if (attr) {
        snprintf(attr, size, "%s=%s rect=[%s]", internal ? "dest" : "uri", q, rects);
        cairo_tag_begin(r->cr, CAIRO_TAG_LINK, attr);
        cairo_tag_end(r->cr, CAIRO_TAG_LINK);
    }
    free(attr);
    free(q);
}

/* Draws the lines of P whose tops lie in [c0, c1), with content row c0 at
 * page y ORIGIN, and their links. */
static void draw_part(renderer *r, const pdf_box *b, const pdf_part *p, double c0, double c1,
                      double origin)
{
    size_t rsize = p->nlinks ? 4096 : 0;
    char *rects = p->nlinks ? calloc(p->nlinks, rsize) : NULL;
    double ox = b->x + p->dx;
    cairo_set_source_rgb(r->cr, p->color.r, p->color.g, p->color.b);
    PangoLayoutIter *it = pango_layout_get_iter(p->layout);
    int line = 0;
    do {
        int y0, y1;
        if (p->max_lines > 0 && line++ == p->max_lines)
            break;
        pango_layout_iter_get_line_yrange(it, &y0, &y1);
        double top = p->dy + y0 / (double)PANGO_SCALE;
        if (top < c0 - EPS || top >= c1 - EPS)
            continue;
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(it, NULL, &logical);
        double base = origin + p->dy - c0 + pango_layout_iter_get_baseline(it) / (double)PANGO_SCALE;
        PangoLayoutLine *line = pango_layout_iter_get_line_readonly(it);
        cairo_move_to(r->cr, ox + logical.x / (double)PANGO_SCALE, base);
        pango_cairo_show_layout_line(r->cr, line);
        for (size_t k = 0; rects && k < p->nlinks; k++)
            link_rects(line, &p->links[k], ox, origin + top - c0, (y1 - y0) / (double)PANGO_SCALE,
                       rects + k * rsize, rsize);
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    for (size_t k = 0; rects && k < p->nlinks; k++)
        draw_link(r, &p->links[k], rects + k * rsize);
    free(rects);
}

/* ---- Decorations --------------------------------------------------------------------- */

static void fill(cairo_t *cr, pdf_rgb c, double x, double y, double w, double h)
{
    cairo_set_source_rgb(cr, c.r, c.g, c.b);
    cairo_rectangle(cr, x, y, w, h);
    cairo_fill(cr);
}

static void hline(cairo_t *cr, pdf_rgb c, double x0, double x1, double y, double width)
{
    cairo_set_source_rgb(cr, c.r, c.g, c.b);
    cairo_set_line_width(cr, width);
    cairo_move_to(cr, x0, y);
    cairo_line_to(cr, x1, y);
    cairo_stroke(cr);
}

static void draw_deco(renderer *r, const pdf_slice *s, double h)
{
    const pdf_box *b = s->box;
    const pdf_style *st = r->rd->st;
    switch (b->deco) {
    case PDF_D_ACTION:
    case PDF_D_DECISION:
        fill(r->cr, st->shade, b->x, s->y, b->w, h);
        fill(r->cr, b->deco == PDF_D_ACTION ? st->accent : st->decision, b->x, s->y, 2.5, h);
        break;
    case PDF_D_HEADROW:
        fill(r->cr, st->shade, b->x, s->y, b->w, h);
        hline(r->cr, st->accent, b->x, b->x + b->w, s->y + h, 0.8);
        break;
    case PDF_D_ROW:
        /* The first row of a table, and a row that opens a page, draw
         * their own top rule. */
        if (b->rule_top || s->y <= st->top + EPS || !s->first)
            hline(r->cr, st->rule, b->x, b->x + b->w, s->y, 0.5);
        hline(r->cr, st->rule, b->x, b->x + b->w, s->y + h, 0.5);
        break;
    case PDF_D_RULE:
        hline(r->cr, st->accent, b->x, b->x + b->w, s->y + h, 1.2);
        break;
    default:
        break;
    }
}

/* ---- Slices and pages ------------------------------------------------------------------- */

static void draw_slice(renderer *r, const pdf_slice *s)
{
    const pdf_box *b = s->box;
    int flow = s->kind != PDF_S_REPEAT;
    if (s->first && flow) {
        for (int i = 0; i < b->nopen; i++)
            tag_open(r, b->open[i]);
        if (b->dest)
            add_dest(r, b, s->y);
        if (b->outline_level > 0)
            add_outline(r, b, s->page, s->y);
    }
    if (flow && b->tag)
        tag_open(r, b->tag);
    draw_deco(r, s, b->pad_top + b->pad_bottom + (s->c1 - s->c0));
    double origin = s->y + b->pad_top;
    for (size_t i = 0; i < b->nparts; i++) {
        const pdf_part *p = &b->parts[i];
        if (flow && p->tag)
            tag_open(r, p->tag);
        draw_part(r, b, p, s->c0, s->c1, origin);
        if (flow && p->tag)
            tag_close(r);
    }
    if (flow && b->tag)
        tag_close(r);
    if (s->last && flow)
        for (int i = 0; i < b->close; i++)
            tag_close(r);
}

enum { M_TITLE, M_DATE, M_FOOT, M_FOOTER };

static PangoLayout *marginal(const pdf_style *st, const char *text, double w,
                             PangoAlignment align)
{
    PangoLayout *l = pango_layout_new(st->ctx);
    pango_layout_set_font_description(l, st->font[PDF_F_MARGINAL]);
    pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
    pango_layout_set_width(l, (int)(w * PANGO_SCALE));
    pango_layout_set_alignment(l, align);
    pango_layout_set_text(l, text ? text : "", -1);
    return l;
}

static void show_marginal(renderer *r, PangoLayout *l, double x, double y)
{
    /* y is the baseline */
    cairo_move_to(r->cr, x, y - pango_layout_get_baseline(l) / (double)PANGO_SCALE);
    pango_cairo_show_layout(r->cr, l);
}

static void draw_marginals(renderer *r, int page)
{
    const pdf_style *st = r->rd->st;
    double w = st->right - st->left;
    cairo_set_source_rgb(r->cr, st->muted.r, st->muted.g, st->muted.b);
    if (page > 0 && r->rd->title) {
        /* The first page has the title block; the others name the meeting. */
        show_marginal(r, r->marginal[M_TITLE], st->left, st->header_y);
        cairo_set_source_rgb(r->cr, st->muted.r, st->muted.g, st->muted.b);
        if (r->rd->header_right)
            show_marginal(r, r->marginal[M_DATE], st->left + w * 0.7, st->header_y);
        hline(r->cr, st->rule, st->left, st->right, st->header_y + 5, 0.5);
    }
    if (page == 0)
        pdf_brand_letterhead(r->cr, st);
    char foot[64];
    if (!mn_words_page(st->words, page + 1, r->rd->count, foot, sizeof foot))
        snprintf(foot, sizeof foot, "Page %d of %d", page + 1, r->rd->count);
    cairo_set_source_rgb(r->cr, st->muted.r, st->muted.g, st->muted.b);
    pango_layout_set_text(r->marginal[M_FOOT], foot, -1);
    if (r->marginal[M_FOOTER]) {
        /* The house style's line at the left, the page number at the right. */
        show_marginal(r, r->marginal[M_FOOTER], st->left, st->footer_y);
        show_marginal(r, r->marginal[M_FOOT], st->left + w * 0.7, st->footer_y);
    } else {
        show_marginal(r, r->marginal[M_FOOT], st->left, st->footer_y);
    }
}

static void draw_note_rule(renderer *r, double y)
{
    if (y <= 0)
        return;
    const pdf_style *st = r->rd->st;
    hline(r->cr, st->rule, st->left, st->left + 0.3 * (st->right - st->left),
          y + NOTE_RULE_GAP, 0.5);
}

pdf_renderer *pdf_render_begin(const pdf_render *rd)
{
    renderer *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->rd_copy = *rd;
    r->rd = &r->rd_copy;
    r->cr = cairo_create(rd->surface);
    double w = rd->st->right - rd->st->left;
    r->marginal[M_TITLE] = marginal(rd->st, rd->title, w * 0.68, PANGO_ALIGN_LEFT);
    r->marginal[M_DATE] = marginal(rd->st, rd->header_right, w * 0.3, PANGO_ALIGN_RIGHT);
    const char *footer = pdf_brand_footer(rd->st);
    if (footer) {
        r->marginal[M_FOOT] = marginal(rd->st, "", w * 0.3, PANGO_ALIGN_RIGHT);
        r->marginal[M_FOOTER] = marginal(rd->st, footer, w * 0.68, PANGO_ALIGN_LEFT);
    } else {
        r->marginal[M_FOOT] = marginal(rd->st, "", w, PANGO_ALIGN_CENTER);
    }
    return r;
}

void pdf_render_page(pdf_renderer *r, const pdf_slice *s, size_t n, int page, double note_rule)
{
    size_t i = 0;
    draw_marginals(r, page);
    tags_resume(r);
    for (; i < n && s[i].kind != PDF_S_FOOTNOTE; i++)
        draw_slice(r, &s[i]);
    /* Footnotes come after the page's structure is closed: a note
     * tagged on the stack above the suspended elements stays outside
     * them. */
    tags_suspend(r);
    draw_note_rule(r, note_rule);
    for (; i < n; i++)
        draw_slice(r, &s[i]);
    cairo_show_page(r->cr);
}

cairo_status_t pdf_render_end(pdf_renderer *r)
{
    for (int i = 0; i < 4; i++)
        if (r->marginal[i])
            g_object_unref(r->marginal[i]);
    cairo_status_t status = cairo_status(r->cr);
    cairo_destroy(r->cr);
    free(r);
    return status;
}

cairo_status_t pdf_render_document(pdf_render *rd)
{
    const pdf_pages *pg = rd->pages;
    pdf_render whole = *rd;
    whole.count = pg->count;
    renderer *r = pdf_render_begin(&whole);
    if (!r)
        return CAIRO_STATUS_NO_MEMORY;
    size_t i = 0;
    for (int page = 0; page < pg->count; page++) {
        size_t start = i;
        while (i < pg->n && pg->s[i].page == page)
            i++;
        pdf_render_page(r, pg->s + start, i - start, page,
                        pg->note_rule ? pg->note_rule[page] : 0);
    }
    return pdf_render_end(r);
}
