/* SPDX-License-Identifier: MIT */
/* brand.c — the house style (--style FILE, docs/STYLE-FILE.md) in the
 * handout: the accent colour, the font families, the labels, the footer
 * line, and page 1's letterhead (the logo and the organisation's name).
 *
 * Everything here is asked for only when a style is given: without one
 * pdf_style keeps style.c's look, and the handout stays byte for byte what
 * it was.  The letterhead sits in the top margin of page 1, where the
 * running header of the later pages is, so a style changes no page break.
 * A PNG logo is drawn through cairo (an image in the PDF), an SVG one
 * through librsvg (vector paths) when the build has it. */
#include "pdf.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#ifdef MINUTES_HAVE_RSVG
#include <dlfcn.h>
#include <librsvg/rsvg.h>
#endif

/* Points per millimetre. */
#define MM (72.0 / 25.4)
/* The letterhead's logo: at most this tall and wide, its top this far
 * below the paper's edge (the body starts 25 mm down). */
#define LOGO_H (12.0 * MM)
#define LOGO_MAX_W (50.0 * MM)
#define LOGO_TOP (8.0 * MM)
#define LOGO_GAP (4.0 * MM)
/* A PNG's decoded pixels cost width × height × 4 bytes: a small file can
 * claim a huge picture, which a letterhead never needs. */
#define PNG_MAX_SIDE 4096

/* ---- Reading the style -------------------------------------------------------------- */

typedef struct png_reader {
    const unsigned char *data;
    size_t size, at;
} png_reader;

static cairo_status_t png_read(void *closure, unsigned char *buf, unsigned int len)
{
    png_reader *r = closure;
    if (len > r->size - r->at)
        return CAIRO_STATUS_READ_ERROR;
    memcpy(buf, r->data + r->at, len);
    r->at += len;
    return CAIRO_STATUS_SUCCESS;
}

static uint32_t be32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* Decodes a PNG logo.  Returns NULL with *WHY set when it cannot. */
static cairo_surface_t *png_logo(const unsigned char *data, size_t size, const char **why)
{
    /* The signature (8 bytes), then IHDR: length, type, width, height. */
    if (size < 24 || memcmp(data + 12, "IHDR", 4) != 0) {
        *why = "the PNG has no IHDR header";
        return NULL;
    }
    uint32_t w = be32(data + 16), h = be32(data + 20);
    if (w == 0 || h == 0 || w > PNG_MAX_SIDE || h > PNG_MAX_SIDE) {
        *why = "the PNG's size is 0 or above 4096 pixels a side";
        return NULL;
    }
    png_reader r = {data, size, 0};
    cairo_surface_t *s = cairo_image_surface_create_from_png_stream(png_read, &r);
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
        *why = "the PNG cannot be decoded";
        cairo_surface_destroy(s);
        return NULL;
    }
    return s;
}

#ifdef MINUTES_HAVE_RSVG
/* librsvg is opened when an SVG logo is first read, not linked: it and what
 * it brings (GIO, gdk-pixbuf, its Rust runtime) would add their mappings to
 * every handout's address space, which budget.c's checks would then see
 * vary with them on every run, styled or not. */
static struct {
    int tried, ok;
    RsvgHandle *(*new_from_data)(const guint8 *, gsize, GError **);
    gboolean (*size_in_pixels)(RsvgHandle *, gdouble *, gdouble *);
    void (*dimensions)(RsvgHandle *, gboolean *, RsvgLength *, gboolean *, RsvgLength *,
                       gboolean *, RsvgRectangle *);
    gboolean (*render)(RsvgHandle *, cairo_t *, const RsvgRectangle *, GError **);
} rsvg;

static int rsvg_open(void)
{
    if (rsvg.tried)
        return rsvg.ok;
    rsvg.tried = 1;
    void *lib = dlopen(MINUTES_RSVG_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!lib)
        return 0;
    /* POSIX's way from an object pointer to a function pointer */
    *(void **)&rsvg.new_from_data = dlsym(lib, "rsvg_handle_new_from_data");
    *(void **)&rsvg.size_in_pixels = dlsym(lib, "rsvg_handle_get_intrinsic_size_in_pixels");
    *(void **)&rsvg.dimensions = dlsym(lib, "rsvg_handle_get_intrinsic_dimensions");
    *(void **)&rsvg.render = dlsym(lib, "rsvg_handle_render_document");
    rsvg.ok = rsvg.new_from_data && rsvg.size_in_pixels && rsvg.dimensions && rsvg.render;
    return rsvg.ok; /* the library stays open for the process: handles outlive a call */
}

/* Width over height of an SVG: its size, else its viewBox, else square. */
static double svg_aspect(RsvgHandle *h)
{
    gdouble w, ht;
    if (rsvg.size_in_pixels(h, &w, &ht) && w > 0 && ht > 0)
        return w / ht;
    gboolean has_w, has_h, has_box;
    RsvgLength lw, lh;
    RsvgRectangle box;
    rsvg.dimensions(h, &has_w, &lw, &has_h, &lh, &has_box, &box);
    if (has_box && box.width > 0 && box.height > 0)
        return box.width / box.height;
    return 1.0;
}

static int svg_logo(pdf_logo *logo, const unsigned char *data, size_t size, const char **why)
{
    GError *err = NULL;
    /* No base file: the SVG cannot reach other files or the network. */
    RsvgHandle *h = rsvg.new_from_data(data, size, &err);
    if (!h) {
        *why = "the SVG cannot be read";
        g_clear_error(&err);
        return -1;
    }
    logo->svg = h;
    logo->aspect = svg_aspect(h);
    return 0;
}
#endif

/* Decodes the style's logo into LOGO.  Returns 0 (also when there is none
 * or an SVG cannot be drawn by this build: *WARN then says so), or -1 with
 * *WHY set. */
static int load_logo(const mn_style *house, pdf_logo *logo, const char **why, const char **warn)
{
    size_t size;
    const char *type;
    const unsigned char *data = mn_style_logo(house, &size, &type);
    if (!data)
        return 0;
    if (strcmp(type, "image/png") == 0) {
        logo->png = png_logo(data, size, why);
        if (!logo->png)
            return -1;
        logo->aspect = (double)cairo_image_surface_get_width(logo->png) /
                       cairo_image_surface_get_height(logo->png);
        return 0;
    }
#ifdef MINUTES_HAVE_RSVG
    if (!rsvg_open()) {
        *warn = "librsvg (" MINUTES_RSVG_SONAME ") cannot be loaded, so an SVG logo is not drawn "
                "(give a PNG)";
        return 0;
    }
    return svg_logo(logo, data, size, why);
#else
    *warn = "this build has no librsvg, so an SVG logo is not drawn (give a PNG)";
    return 0;
#endif
}

int pdf_brand_load(mn_job *job, pdf_brand *b)
{
    memset(b, 0, sizeof *b);
    const char *path = mn_job_option(job, "style");
    if (!path)
        return 0;
    char *err = NULL;
    b->house = mn_style_load(path, &err);
    if (!b->house) {
        int rc = mn_job_error(job, MN_EX_DATAERR, 0, "pdf: --style: %s",
                              err ? err : "out of memory");
        free(err);
        return rc;
    }
    const char *why = NULL, *warn = NULL;
    if (load_logo(b->house, &b->logo, &why, &warn) < 0) {
        int rc = mn_job_error(job, MN_EX_DATAERR, 0, "pdf: --style: %s: logo %s: %s", path,
                              mn_style_get(b->house, "logo"), why);
        pdf_brand_fini(b);
        return rc;
    }
    if (warn)
        mn_job_warning(job, "style", 0, "pdf: --style: %s: logo %s: %s", path,
                       mn_style_get(b->house, "logo"), warn);
    return 0;
}

void pdf_brand_fini(pdf_brand *b)
{
    if (b->logo.png)
        cairo_surface_destroy(b->logo.png);
#ifdef MINUTES_HAVE_RSVG
    if (b->logo.svg)
        g_object_unref(b->logo.svg);
#endif
    mn_style_free(b->house);
    memset(b, 0, sizeof *b);
}

/* ---- Fonts, colours, words ------------------------------------------------------------ */

/* The families the writer's own font configuration holds (fonts.c). */
static int private_family(const char *family)
{
    return strcmp(family, "DejaVu Serif") == 0 || strcmp(family, "DejaVu Sans") == 0;
}

/* Which style key sets the family of each font: running text in the body
 * face, the rest (titles, labels, margins) in the heading face. */
static const char *family_key(pdf_font f)
{
    return f == PDF_F_BODY || f == PDF_F_SMALL ? "font.body" : "font.heading";
}

int pdf_brand_system_fonts(const pdf_brand *b)
{
    const char *body = mn_style_get(b ? b->house : NULL, "font.body");
    const char *heading = mn_style_get(b ? b->house : NULL, "font.heading");
    return (body && !private_family(body)) || (heading && !private_family(heading));
}

static int hex_digit(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

/* "#rgb" or "#rrggbb", as mn_style_load checked it. */
static pdf_rgb parse_colour(const char *v)
{
    double c[3];
    int wide = strlen(v) == 7;
    for (int i = 0; i < 3; i++) {
        int hi = hex_digit(v[1 + (wide ? 2 * i : i)]);
        int lo = wide ? hex_digit(v[2 + 2 * i]) : hi;
        c[i] = (hi * 16 + lo) / 255.0;
    }
    return (pdf_rgb){c[0], c[1], c[2]};
}

void pdf_brand_apply(pdf_style *st, const pdf_brand *b)
{
    st->brand = b;
    if (!b || !b->house)
        return;
    const char *accent = mn_style_get(b->house, "accent");
    if (accent)
        st->accent = parse_colour(accent);
    for (int i = 0; i < PDF_F_COUNT; i++) {
        const char *family = mn_style_get(b->house, family_key(i));
        if (!family)
            continue;
        /* Size, weight and slant stay the handout's; fontconfig takes the
         * nearest installed family when this one is missing. */
        st->own_font[i] = pango_font_description_copy(st->font[i]);
        pango_font_description_set_family(st->own_font[i], family);
        st->font[i] = st->own_font[i];
    }
}

/* Whether FAMILY is among the families of ST's font map (fontconfig
 * matches family names without regard to case). */
static int family_installed(const pdf_style *st, const char *family)
{
    PangoFontFamily **families = NULL;
    int n = 0, found = 0;
    pango_font_map_list_families(pango_context_get_font_map(st->ctx), &families, &n);
    for (int i = 0; i < n && !found; i++)
        found = g_ascii_strcasecmp(pango_font_family_get_name(families[i]), family) == 0;
    g_free(families);
    return found;
}

void pdf_brand_check_fonts(mn_job *job, const pdf_style *st)
{
    static const char *const keys[] = {"font.body", "font.heading"};
    const mn_style *house = st->brand ? st->brand->house : NULL;
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        const char *family = mn_style_get(house, keys[i]);
        if (family && !family_installed(st, family)) {
            /* What fontconfig gives instead: the face the body or a
             * heading is actually set in. */
            PangoFont *font = pango_context_load_font(
                st->ctx, st->font[i == 0 ? PDF_F_BODY : PDF_F_H1]);
            PangoFontDescription *got = font ? pango_font_describe(font) : NULL;
            const char *instead = got ? pango_font_description_get_family(got) : NULL;
            mn_job_warning(job, "style", 0,
                           "pdf: --style: %s '%s' is not an installed font family; %s is used",
                           keys[i], family, instead ? instead : "fontconfig's nearest");
            if (got)
                pango_font_description_free(got);
            if (font)
                g_object_unref(font);
        }
    }
}

/* The lexicon's key for the handout's label NAME: the handout heads its
 * date column "When" and its link column "See", where the web page says
 * "Date" and "Section" (a house style still sets them as label.date and
 * label.section). */
static const char *lexicon_key(const char *name)
{
    return strcmp(name, "date") == 0 ? "when" : strcmp(name, "section") == 0 ? "see" : name;
}

const char *pdf_label(const pdf_style *st, const char *name, const char *fallback)
{
    char key[48];
    if (!st)
        return fallback;
    const char *v = NULL;
    if (st->brand && st->brand->house) {
        snprintf(key, sizeof key, "label.%s", name);
        v = mn_style_get(st->brand->house, key);
    }
    if (!v)
        v = mn_words_label(st->words, lexicon_key(name));
    return v ? v : fallback;
}

const char *pdf_colon(const pdf_style *st)
{
    const char *c = st ? mn_words_label(st->words, "colon") : NULL;
    return c ? c : ":";
}

void pdf_style_words(pdf_style *st, mn_job *job, const char *lang)
{
    st->words = mn_words_of(job, lang);
    const char *of = mn_words_lang(st->words);
    st->dates = of && strcmp(of, "en") != 0 ? st->words : NULL;
}

const char *pdf_brand_footer(const pdf_style *st)
{
    return st->brand ? mn_style_get(st->brand->house, "footer") : NULL;
}

const char *pdf_brand_organisation(const pdf_brand *b)
{
    return b ? mn_style_get(b->house, "organisation") : NULL;
}

/* ---- The letterhead ------------------------------------------------------------------ */

/* Draws the logo scaled into W × H at (X, Y). */
static void draw_logo(cairo_t *cr, const pdf_logo *logo, double x, double y, double w, double h)
{
    cairo_save(cr);
    if (logo->png) {
        double sx = w / cairo_image_surface_get_width(logo->png);
        double sy = h / cairo_image_surface_get_height(logo->png);
        cairo_translate(cr, x, y);
        cairo_scale(cr, sx, sy);
        cairo_set_source_surface(cr, logo->png, 0, 0);
        cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
        cairo_paint(cr);
    }
#ifdef MINUTES_HAVE_RSVG
    else if (logo->svg) {
        RsvgRectangle viewport = {x, y, w, h};
        rsvg.render(logo->svg, cr, &viewport, NULL);
    }
#endif
    cairo_restore(cr);
}

static int has_logo(const pdf_logo *logo)
{
    return logo->png || logo->svg;
}

void pdf_brand_letterhead(cairo_t *cr, const pdf_style *st)
{
    const pdf_brand *b = st->brand;
    if (!b || !b->house)
        return;
    double x = st->left, width = st->right - st->left;
    double mid = st->header_y; /* without a logo the name sits on the header's line */
    if (has_logo(&b->logo)) {
        double h = LOGO_H, w = LOGO_H * b->logo.aspect;
        if (w > LOGO_MAX_W) {
            w = LOGO_MAX_W;
            h = w / b->logo.aspect;
        }
        draw_logo(cr, &b->logo, x, LOGO_TOP + (LOGO_H - h) / 2, w, h);
        x += w + LOGO_GAP;
        width -= w + LOGO_GAP;
        mid = LOGO_TOP + LOGO_H / 2;
    }
    const char *org = pdf_brand_organisation(b);
    if (!org || width <= 0)
        return;
    PangoLayout *l = pango_layout_new(st->ctx);
    pango_layout_set_font_description(l, st->font[PDF_F_SUBTITLE]);
    pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
    pango_layout_set_width(l, (int)(width * PANGO_SCALE));
    pango_layout_set_text(l, org, -1);
    PangoRectangle ink;
    pango_layout_get_pixel_extents(l, NULL, &ink);
    cairo_set_source_rgb(cr, st->accent.r, st->accent.g, st->accent.b);
    cairo_move_to(cr, x, mid - ink.height / 2.0 - ink.y);
    pango_cairo_show_layout(cr, l);
    g_object_unref(l);
}
