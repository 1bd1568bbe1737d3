/* SPDX-License-Identifier: MIT */
/* fonts.c — the writer's one-time set-up (pdf_prepare): a fontconfig
 * configuration, the Pango font map and context over it, and the fontsets of
 * the handout's fonts, kept for the life of the process.
 *
 * Why a configuration of its own: loading the system's (every file under
 * /etc/fonts/conf.d, then sorting every installed font for each font asked
 * for) costs more than setting a three-page handout.  The handout asks for
 * DejaVu Serif and DejaVu Sans by name, and DejaVu covers Latin, Greek,
 * Cyrillic, Arabic, Hebrew and most symbols; WenQuanYi Micro Hei adds CJK.
 * When those files are where Debian puts them (fonts-dejavu-core,
 * fonts-wqy-microhei), the writer uses a configuration holding only them,
 * read from fontconfig's caches.  A document with characters none of them
 * has is set again with the system configuration (pdf.c), so no script that
 * an installed font covers comes out as boxes; without the files the system
 * configuration is the only one.
 *
 * Pango objects are not thread-safe: the font map and context are per
 * thread, as Pango's own default font map is.  The configuration is shared. */
#include "pdf.h"

#include <dirent.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangofc-fontmap.h>
#include <pthread.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "minutes/minutes.h"

#define DEJAVU_DIR "/usr/share/fonts/truetype/dejavu/"
#define WQY_DIR "/usr/share/fonts/truetype/wqy/"

/* The faces the handout can ask for.  The italic faces come with
 * fonts-dejavu-extra; without them fontconfig slants the upright ones (the
 * synthetic rules below), as the system configuration does. */
static const char *const wanted[] = {
    DEJAVU_DIR "DejaVuSerif.ttf",          DEJAVU_DIR "DejaVuSerif-Bold.ttf",
    DEJAVU_DIR "DejaVuSerif-Italic.ttf",   DEJAVU_DIR "DejaVuSerif-BoldItalic.ttf",
    DEJAVU_DIR "DejaVuSans.ttf",           DEJAVU_DIR "DejaVuSans-Bold.ttf",
    DEJAVU_DIR "DejaVuSans-Oblique.ttf",   DEJAVU_DIR "DejaVuSans-BoldOblique.ttf",
    WQY_DIR "wqy-microhei.ttc",
};

/* Without these the private configuration is not used. */
static const char *const required[] = {
    DEJAVU_DIR "DejaVuSerif.ttf", DEJAVU_DIR "DejaVuSerif-Bold.ttf",
    DEJAVU_DIR "DejaVuSans.ttf",  DEJAVU_DIR "DejaVuSans-Bold.ttf",
};

/* Fonts come from the caches fc-cache keeps (reading a font file instead
 * costs tens of millions of instructions for its character map); every font
 * but the wanted ones is rejected; 90-synthetic.conf's rules make oblique and
 * bold faces a family lacks. */
static const char config_head[] =
    "<fontconfig>"
    "<dir>" DEJAVU_DIR "</dir><dir>" WQY_DIR "</dir>"
    "<cachedir>/var/cache/fontconfig</cachedir>"
    "<cachedir prefix=\"xdg\">fontconfig</cachedir>"
    "<match target=\"font\">"
    "<test name=\"slant\"><const>roman</const></test>"
    "<test target=\"pattern\" name=\"slant\" compare=\"not_eq\"><const>roman</const></test>"
    "<edit name=\"matrix\" mode=\"assign\"><times><name>matrix</name>"
    "<matrix><double>1</double><double>0.2</double><double>0</double><double>1</double>"
    "</matrix></times></edit>"
    "<edit name=\"slant\" mode=\"assign\"><const>oblique</const></edit>"
    "<edit name=\"embeddedbitmap\" mode=\"assign\"><bool>false</bool></edit>"
    "</match>"
    "<match target=\"font\">"
    "<test name=\"weight\" compare=\"less_eq\"><const>medium</const></test>"
    "<test target=\"pattern\" name=\"weight\" compare=\"more_eq\"><const>bold</const></test>"
    "<edit name=\"embolden\" mode=\"assign\"><bool>true</bool></edit>"
    "<edit name=\"weight\" mode=\"assign\"><const>bold</const></edit>"
    "</match>"
    "<selectfont><rejectfont><glob>*</glob></rejectfont><acceptfont>";
static const char config_tail[] = "</acceptfont></selectfont></fontconfig>";

static int exists(const char *path)
{
    struct stat sb;
    return stat(path, &sb) == 0 && S_ISREG(sb.st_mode);
}

/* The private configuration, or NULL when a required file is missing or
 * fontconfig refuses it.  The caller owns the reference. */
static FcConfig *private_config(void)
{
    for (size_t i = 0; i < sizeof required / sizeof *required; i++)
        if (!exists(required[i]))
            return NULL;
    GString *xml = g_string_new(config_head);
    for (size_t i = 0; i < sizeof wanted / sizeof *wanted; i++)
        if (exists(wanted[i]))
            g_string_append_printf(xml, "<glob>%s</glob>", wanted[i]);
    g_string_append(xml, config_tail);
    FcConfig *cfg = FcConfigCreate();
    int ok = cfg && FcConfigParseAndLoadFromMemory(cfg, (const FcChar8 *)xml->str, FcFalse) &&
             FcConfigBuildFonts(cfg);
    g_string_free(xml, TRUE);
    FcFontSet *fonts = ok ? FcConfigGetFonts(cfg, FcSetSystem) : NULL;
    if (!fonts || fonts->nfont == 0) {
        if (cfg)
            FcConfigDestroy(cfg);
        return NULL;
    }
    return cfg;
}

static FcConfig *shared_config; /* the private configuration, or NULL */
static pthread_once_t config_once = PTHREAD_ONCE_INIT;

static void make_config(void)
{
    shared_config = private_config();
    /* Pango's font map runs FcInit() in a thread of its own, which loads
     * the system configuration unless one is current already: make this
     * one current, so that FcInit has nothing to do. */
    if (shared_config && !FcConfigSetCurrent(shared_config)) {
        FcConfigDestroy(shared_config);
        shared_config = NULL;
    }
}

/* ---- Font maps and contexts --------------------------------------------------- */

static __thread PangoContext *thread_ctx[2]; /* [0]: private when there is one; [1]: system */

static PangoFontMap *new_map(int system)
{
    PangoFontMap *map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
    if (!map)
        return NULL;
    if (!system && shared_config) {
        pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(map), shared_config);
    } else if (shared_config) {
        /* The current configuration is the private one: load the system's. */
        FcConfig *cfg = FcInitLoadConfigAndFonts();
        if (cfg) {
            pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(map), cfg);
            FcConfigDestroy(cfg); /* the font map holds its reference */
        }
    }
    return map;
}

static PangoContext *new_context(int system)
{
    PangoFontMap *map = new_map(system);
    if (!map)
        return NULL;
    PangoContext *ctx = pango_font_map_create_context(map);
    g_object_unref(map); /* the context holds it */
    if (!ctx)
        return NULL;
    /* 72 dpi: a Pango point is a PDF point.  No hinting and no rounding:
     * positions must be those of the outlines, not of a screen grid, or
     * widths drift between sizes. */
    pango_cairo_context_set_resolution(ctx, 72.0);
    cairo_font_options_t *fo = cairo_font_options_create();
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    pango_cairo_context_set_font_options(ctx, fo);
    cairo_font_options_destroy(fo);
    pango_context_set_round_glyph_positions(ctx, FALSE);
    pango_context_set_language(ctx, pango_language_from_string("en"));
    return ctx;
}

int pdf_fonts_private(void)
{
    pthread_once(&config_once, make_config);
    return shared_config != NULL;
}

PangoContext *pdf_fonts_context(int system)
{
    pthread_once(&config_once, make_config);
    int k = system && shared_config ? 1 : 0;
    if (!thread_ctx[k])
        thread_ctx[k] = new_context(k);
    return thread_ctx[k];
}

/* ---- Preparing ---------------------------------------------------------------- */

/* Threads of this process, or -1 when /proc cannot tell. */
static int thread_count(void)
{
    DIR *d = opendir("/proc/self/task");
    if (!d)
        return -1;
    int n = 0;
    for (struct dirent *e; (e = readdir(d));)
        n += e->d_name[0] != '.';
    closedir(d);
    return n;
}

/* Pango 1.50 matches and sorts each new fontset in threads of its own, and
 * starts FcInit in another: wait until they are gone, so that a process
 * that forks after pdf_prepare copies no lock they hold.  Bounded: a
 * thread the caller started itself must not hang us. */
static void wait_threads(int before)
{
    if (before < 0)
        return;
    for (int i = 0; i < 20000 && thread_count() > before; i++) {
        struct timespec ts = {0, 100000}; /* 0.1 ms, 2 s in all */
        nanosleep(&ts, NULL);
    }
}

/* Loads the fontset of every font of the handout, so that a conversion,
 * or each child of a batch, finds them matched. */
static void load_fontsets(PangoContext *ctx)
{
    for (int i = 0; i < PDF_F_COUNT; i++) {
        PangoFontset *fs = pango_context_load_fontset(ctx, pdf_font_description(i),
                                                      pango_context_get_language(ctx));
        if (fs)
            g_object_unref(fs);
    }
}

int pdf_prepare(void)
{
    static __thread int prepared;
    if (prepared)
        return 0;
    int before = thread_count();
    PangoContext *ctx = pdf_fonts_context(0);
    if (!ctx)
        return MN_EX_SOFTWARE;
    load_fontsets(ctx);
    wait_threads(before);
    prepared = 1;
    return 0;
}
