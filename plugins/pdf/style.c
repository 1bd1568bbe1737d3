/* SPDX-License-Identifier: MIT */
/* style.c — page geometry, fonts and colours of the handout.
 *
 * Fonts come from fontconfig through Pango (DejaVu Serif for running text,
 * DejaVu Sans for headings and labels); Pango falls back to any installed font
 * for scripts DejaVu lacks.  The context is made once per thread (fonts.c)
 * and every layout shares it, so fonts are resolved once. */
#include "pdf.h"

#include <pthread.h>
#include <string.h>

/* Points per millimetre. */
#define MM (72.0 / 25.4)

static const struct {
    const char *desc;
    double spacing;
} fonts[PDF_F_COUNT] = {
    [PDF_F_BODY] = {"DejaVu Serif 9.5", 1.32},
    [PDF_F_SMALL] = {"DejaVu Serif 8.5", 1.25},
    [PDF_F_TITLE] = {"DejaVu Sans Bold 19", 1.1},
    [PDF_F_SUBTITLE] = {"DejaVu Sans 12.5", 1.2},
    [PDF_F_META] = {"DejaVu Sans 9.5", 1.25},
    [PDF_F_H1] = {"DejaVu Sans Bold 12", 1.2},
    [PDF_F_H2] = {"DejaVu Sans Bold 10.5", 1.2},
    [PDF_F_H3] = {"DejaVu Sans Bold Oblique 9.5", 1.2},
    [PDF_F_LABEL] = {"DejaVu Sans Bold 7.5", 1.2},
    [PDF_F_MARGINAL] = {"DejaVu Sans 7.5", 1.2},
};

static void set_paper(pdf_style *st, const char *paper)
{
    if (paper && strcmp(paper, "letter") == 0) {
        st->page_w = 612.0;
        st->page_h = 792.0;
    } else {
        st->page_w = 210.0 * MM;
        st->page_h = 297.0 * MM;
    }
    /* The same margins on both papers: letter is wider and shorter, so its
     * text block is too, and nothing else changes. */
    st->left = 22.0 * MM;
    st->right = st->page_w - 22.0 * MM;
    st->top = 25.0 * MM;
    st->bottom = st->page_h - 22.0 * MM;
    st->header_y = 14.0 * MM;
    st->footer_y = st->page_h - 12.0 * MM;
}

static void set_colours(pdf_style *st)
{
    st->ink = (pdf_rgb){0.10, 0.10, 0.12};
    st->accent = (pdf_rgb){0.11, 0.24, 0.40};
    st->muted = (pdf_rgb){0.38, 0.40, 0.44};
    st->rule = (pdf_rgb){0.72, 0.75, 0.79};
    st->shade = (pdf_rgb){0.925, 0.945, 0.965};
    st->link = (pdf_rgb){0.05, 0.30, 0.62};
    st->decision = (pdf_rgb){0.13, 0.43, 0.25};
}

/* Parsed once for the process: descriptions are plain data, read only. */
static PangoFontDescription *descriptions[PDF_F_COUNT];
static pthread_once_t descriptions_once = PTHREAD_ONCE_INIT;

static void parse_descriptions(void)
{
    for (int i = 0; i < PDF_F_COUNT; i++)
        descriptions[i] = pango_font_description_from_string(fonts[i].desc);
}

const PangoFontDescription *pdf_font_description(pdf_font f)
{
    pthread_once(&descriptions_once, parse_descriptions);
    return descriptions[f];
}

int pdf_style_init(pdf_style *st, const char *paper, const char *lang, int system_fonts)
{
    memset(st, 0, sizeof *st);
    set_paper(st, paper);
    set_colours(st);
    PangoContext *ctx = pdf_fonts_context(system_fonts);
    if (!ctx)
        return -1;
    /* Always set: left alone, Pango takes the language from the locale, and
     * the same document would shape differently on another machine. */
    pango_context_set_language(ctx, pango_language_from_string(lang && *lang ? lang : "en"));
    st->ctx = g_object_ref(ctx);
    for (int i = 0; i < PDF_F_COUNT; i++) {
        st->font[i] = pdf_font_description(i);
        st->line_spacing[i] = fonts[i].spacing;
    }
    return 0;
}

void pdf_style_fini(pdf_style *st)
{
    if (st->ctx)
        g_object_unref(st->ctx);
    for (int i = 0; i < PDF_F_COUNT; i++)
        if (st->own_font[i])
            pango_font_description_free(st->own_font[i]);
    memset(st, 0, sizeof *st);
}

double pdf_body_width(const pdf_style *st)
{
    return st->right - st->left;
}
