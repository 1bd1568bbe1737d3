/* SPDX-License-Identifier: MIT */
/* pdf.h — the PDF handout writer's internal model.
 *
 * The writer works in three steps, each a file of its own:
 *   build (build.c, annex.c, table.c, inline.c): the canonical document
 *       becomes a flow of boxes, each holding laid-out Pango text;
 *   paginate (paginate.c): boxes are cut into slices and assigned to pages
 *       (keep-with-next, orphans and widows, footnote room, table headers);
 *   render (render.c): with the page count known, slices are drawn on a
 *       cairo PDF surface with running header, footer, links, outline and
 *       structure tags.
 * The steps run together: the builder hands each finished box to the pager
 * (pdf_flow.ready), and the pager hands each finished page on.  The footer
 * prints the page count, so nothing can be drawn before the last page is
 * known.  A small document (pass.c) is built and paginated once, kept whole,
 * then drawn: every paragraph is shaped once.  A large one is paginated
 * once to count its pages, dropping each page's boxes as it closes, then
 * built again and drawn page by page: memory stays that of a few pages.
 * All lengths are PDF points (the Pango context runs at 72 dpi), y grows
 * downwards. */
#ifndef MN_PDF_H
#define MN_PDF_H

#include <pango/pangocairo.h>
#include <stddef.h>
#include <string.h>

#include "minutes/plugin.h"
#include "minutes/style.h"
#include "minutes/words.h"

/* ---- The document (minutes/doc.h) -------------------------------------------- */

/* The root's child of KIND (meta, body, agenda, …), or NULL.  Borrowed. */
static inline const mn_node *pdf_doc_part(const mn_doc *doc, mn_kind kind)
{
    return mn_node_child(mn_doc_root(doc), kind);
}

static inline const mn_node *pdf_meta(const mn_doc *doc)
{
    return pdf_doc_part(doc, MN_KIND_META);
}

/* Whether N's attribute NAME is VALUE. */
static inline int pdf_attr_is(const mn_node *n, const char *name, const char *value)
{
    const char *v = mn_node_attr(n, name);
    return v && strcmp(v, value) == 0;
}

/* ---- Styles (style.c) ------------------------------------------------------ */

typedef enum pdf_font {
    PDF_F_BODY,      /* running text */
    PDF_F_SMALL,     /* table cells, participants, footnotes */
    PDF_F_TITLE,
    PDF_F_SUBTITLE,
    PDF_F_META,      /* date · time · place */
    PDF_F_H1,
    PDF_F_H2,
    PDF_F_H3,
    PDF_F_LABEL,     /* "ACTION · owner · due" lines, table heads */
    PDF_F_MARGINAL,  /* running header and footer */
    PDF_F_COUNT
} pdf_font;

typedef struct pdf_rgb {
    double r, g, b;
} pdf_rgb;

struct pdf_brand;

/* Page geometry and the fonts of one conversion.  Owns ctx and own_font. */
typedef struct pdf_style {
    double page_w, page_h;
    double left, right, top, bottom; /* body area edges (absolute) */
    double header_y, footer_y;       /* baselines of the running lines */
    PangoContext *ctx;                           /* one reference */
    const PangoFontDescription *font[PDF_F_COUNT]; /* shared (pdf_font_description) */
    double line_spacing[PDF_F_COUNT]; /* Pango line-spacing factor */
    pdf_rgb ink, accent, muted, rule, shade, link, decision;
    const struct pdf_brand *brand;    /* the house style, or NULL (brand.c) */
    PangoFontDescription *own_font[PDF_F_COUNT]; /* a house style's, or NULL */
    const mn_words *words; /* the document language's fixed words (pdf_label), or NULL */
    const mn_words *dates; /* the words dates are written with; NULL: English, the writer's */
} pdf_style;

/* Sets up geometry for PAPER ("a4" or "letter") and the fonts, once per
 * conversion.  LANG (may be NULL) is the document's xml:lang.  SYSTEM_FONTS
 * 1 takes the system's font configuration rather than the writer's own
 * (fonts.c).  Returns 0, or -1 when Pango cannot give a context. */
int pdf_style_init(pdf_style *st, const char *paper, const char *lang, int system_fonts);
void pdf_style_fini(pdf_style *st);
double pdf_body_width(const pdf_style *st);
/* The description of FONT, parsed once for the process.  Borrowed. */
const PangoFontDescription *pdf_font_description(pdf_font font);

/* ---- The house style (brand.c) ------------------------------------------------- */

/* The logo, decoded once per conversion: a PNG as a cairo image, or an SVG
 * as an RsvgHandle (builds with librsvg).  Width over height in aspect. */
typedef struct pdf_logo {
    cairo_surface_t *png;
    void *svg;
    double aspect;
} pdf_logo;

/* What --style gives the handout.  Owns everything; house NULL: no style. */
typedef struct pdf_brand {
    mn_style *house;
    pdf_logo logo;
} pdf_brand;

/* Reads the style file named by the job option "style" (none: B stays
 * empty) and decodes its logo.  Returns 0, or an MN_EX_* status reported on
 * JOB ("pdf: --style: FILE:LINE: ..."). */
int pdf_brand_load(mn_job *job, pdf_brand *b);
void pdf_brand_fini(pdf_brand *b);
/* Whether B's fonts need the system's font configuration (a family the
 * writer's own configuration lacks). */
int pdf_brand_system_fonts(const pdf_brand *b);
/* Gives ST (set up by pdf_style_init) B's accent colour and font families;
 * B may be NULL or empty: ST is left as it is. */
void pdf_brand_apply(pdf_style *st, const pdf_brand *b);
/* Warns (style) for each font family of the house style that ST's font
 * map does not have: fontconfig sets another in its place. */
void pdf_brand_check_fonts(mn_job *job, const pdf_style *st);
/* The word the handout prints for label NAME (docs/STYLE-FILE.md): the
 * style's, else the document's language's (the lexicon's output-labels),
 * else FALLBACK.  ST may be NULL. */
const char *pdf_label(const pdf_style *st, const char *name, const char *fallback);
/* What ends a label before its value: ":", French "\u00a0:". */
const char *pdf_colon(const pdf_style *st);
/* Gives ST the fixed words of LANG (the document's xml:lang; may be NULL),
 * from JOB's lexicons: labels for every language, dates written the local
 * way for any but English, whose dates stay the handout's own. */
void pdf_style_words(pdf_style *st, mn_job *job, const char *lang);
/* The footer line and the organisation's name, or NULL. */
const char *pdf_brand_footer(const pdf_style *st);
const char *pdf_brand_organisation(const pdf_brand *b);
/* Draws page 1's letterhead (logo, organisation) in the top margin. */
void pdf_brand_letterhead(cairo_t *cr, const pdf_style *st);

/* ---- One-time set-up (fonts.c) ------------------------------------------------ */

/* Everything the writer sets up once and keeps: the font configuration, this
 * thread's Pango font map and context, the handout's fontsets.  Idempotent;
 * leaves no thread running.  BEFORE_FORK: a batch forks workers after it,
 * which must all start with the same address space.  Returns 0, or
 * MN_EX_SOFTWARE when Pango gives no context or when the address space left
 * under a limit cannot hold the set-up (then nothing is started). */
int pdf_fonts_setup(int before_fork);
/* The plugin's prepare hook: pdf_fonts_setup(1). */
int pdf_prepare(void);
/* This thread's context: over the writer's own font configuration, or the
 * system's when SYSTEM is 1 (the same one when the writer has none).
 * Borrowed; NULL when Pango gives none. */
PangoContext *pdf_fonts_context(int system);
/* Whether the writer has a font configuration of its own (fonts.c). */
int pdf_fonts_private(void);
/* Whether pdf_fonts_setup has run in this thread. */
int pdf_prepared(void);
/* Bytes of the font files of the writer's own configuration; 0 when it
 * cannot have one (the system's is used).  Starts nothing. */
size_t pdf_fonts_file_bytes(void);

/* ---- Rich text (inline.c) -------------------------------------------------- */

/* A link inside a layout, as a byte range of its text. */
typedef struct pdf_link {
    int start, end;
    char *target; /* URI, or "#id" for a place in this document; owned */
} pdf_link;

/* Text with attributes being assembled for one layout.  Owns everything. */
typedef struct pdf_rich {
    char *text;
    size_t len, cap;
    PangoAttrList *attrs;
    pdf_link *links;
    size_t nlinks, links_cap;
    int oom;
    /* Set by the caller after pdf_rich_init: how "#id" links resolve to a
     * named destination (NULL: the link is dropped), and their colour. */
    const char *(*resolve)(void *data, const char *id);
    void *resolve_data;
    pdf_rgb link_color;
    const pdf_style *st; /* the labels' style (pdf_label), or NULL */
} pdf_rich;

void pdf_rich_init(pdf_rich *r);
void pdf_rich_fini(pdf_rich *r);
/* Appends TEXT, folding runs of XML white space to one space (none at the
 * very start); when FOLD is 0 the text is taken as it is. */
void pdf_rich_add(pdf_rich *r, const char *text, int fold);
/* Appends the inline content of element N (text, em, strong, link, date, br),
 * folded as HTML folds white space.  Child elements that are blocks are
 * skipped. */
void pdf_rich_inline(pdf_rich *r, const mn_node *n);
/* Appends a flow element (item, cell, note, action): its inline content,
 * then what is nested in it as lines of their own (list items with a bullet,
 * table rows with cells joined by middle dots, actions with their owner);
 * nested notes in parentheses when NOTES, else left to the caller. */
void pdf_rich_flow(pdf_rich *r, const mn_node *n, int notes);
/* Applies attribute A (ownership passes) from byte START to the end so far. */
void pdf_rich_attr(pdf_rich *r, PangoAttribute *a, size_t start);
/* Appends TEXT as a link to TARGET ("#id" for a named destination). */
void pdf_rich_link(pdf_rich *r, const char *text, const char *target);
/* Appends a superscript footnote marker. */
void pdf_rich_marker(pdf_rich *r, int number);
/* Drops trailing spaces. */
void pdf_rich_trim(pdf_rich *r);

/* ---- Boxes (box.c) ------------------------------------------------------------ */

/* A laid-out paragraph inside a box. */
typedef struct pdf_part {
    PangoLayout *layout; /* owned (one reference) */
    double dx, dy;       /* offset of the layout in the box's content */
    pdf_link *links;     /* owned */
    size_t nlinks;
    pdf_rgb color;
    int breakable;       /* 1: a page may fall between its lines */
    int glue;            /* 1: no page break right below the part */
    const char *tag;     /* structure tag of the part ("TD", "Lbl"), or NULL */
    int max_lines;       /* > 0: only the layout's first max_lines lines are
                          * the part's (pieces.c); 0: all of them */
} pdf_part;

typedef enum pdf_deco {
    PDF_D_NONE,
    PDF_D_ACTION,   /* shaded box, accent bar at the left */
    PDF_D_DECISION, /* the same in the decision colour */
    PDF_D_ROW,      /* a table row: rules above and below */
    PDF_D_HEADROW,  /* a table's head row: shaded, cell rules */
    PDF_D_RULE      /* a rule under the box (title block) */
} pdf_deco;

/* One unit of the flow.  Everything is owned by the box. */
typedef struct pdf_box {
    pdf_deco deco;
    double x, w;            /* absolute left edge and width */
    double h;               /* content height */
    double pad_top, pad_bottom;
    double before, after;   /* vertical space around (dropped at a page top) */
    int keep_next;          /* never the last box on a page */
    int keep_together;      /* never split unless taller than a page */
    pdf_part *parts;
    size_t nparts, parts_cap;
    const char *tag;        /* structure tag ("P", "H1", "LI", "TR", ...) */
    int outline_level;      /* 0: none; 1.. nesting in the outline */
    char *outline_title;    /* owned */
    char *dest;             /* named destination (an id), owned */
    int *notes;             /* footnote box indexes, owned */
    size_t nnotes;
    long head;              /* index of the table head row to repeat, or -1 */
    long table;             /* table number (0: not in a table) */
    int inline_note;        /* a footnote set in the flow (too long for a foot) */
    int rule_top;           /* PDF_D_ROW: the table's first row */
    const char *open[4];    /* structure groups opened before the box, outer first */
    int nopen;
    int close;              /* structure groups closed after it */
    size_t index;           /* in the flow, or in its notes when is_note */
    unsigned is_note : 1, released : 1, counted : 1;
} pdf_box;

/* Boxes by index in chunks that never move: a box's address holds until
 * it is released, and a chunk is freed once all its boxes are. */
typedef struct pdf_store {
    struct pdf_chunk **chunk; /* chunk[i / PDF_CHUNK]; NULL once freed */
    size_t nchunk, chunk_cap;
} pdf_store;

/* A structure group (section, list, table) being built. */
typedef struct pdf_group {
    const char *tag;
    long first;     /* its first box, -1 while it has none */
    int registered; /* in its first box's open[] (the innermost four are) */
} pdf_group;

/* The flow: boxes in reading order plus the footnote boxes.  Owns all. */
typedef struct pdf_flow {
    pdf_store store, note_store;
    size_t n, nnote; /* boxes and notes added (released ones included) */
    int oom;
    pdf_group *groups; /* open groups, outer first */
    size_t ngroups, groups_cap;
    /* Told, before box n is added, that boxes [0, n) are finished: the
     * builder changes only the last box it added. */
    void (*ready)(void *data, size_t n);
    void *ready_data;
    long missing; /* unknown glyphs of the boxes counted (pdf_flow_missing) */
} pdf_flow;

void pdf_flow_fini(pdf_flow *f);
/* A new zeroed box at the end of the flow (or of its notes), or NULL when
 * memory runs out (f->oom set).  It takes the groups begun since the last
 * box.  Its address holds until it is released. */
pdf_box *pdf_flow_add(pdf_flow *f);
pdf_box *pdf_flow_add_note(pdf_flow *f);
/* Box or note I (an index below n / nnote, not released). */
pdf_box *pdf_flow_box(const pdf_flow *f, size_t i);
pdf_box *pdf_flow_note(const pdf_flow *f, size_t i);
/* Frees what box I (and its footnotes) holds once it is drawn for good. */
void pdf_flow_release(pdf_flow *f, size_t i);
/* Characters without a glyph in every box added so far. */
long pdf_flow_missing(pdf_flow *f);
/* Structure group TAG (static string) opens before the next box added.
 * Groups nest: pdf_flow_group_end closes the innermost, after the last box
 * added when the group got any. */
void pdf_flow_group_begin(pdf_flow *f, const char *tag);
void pdf_flow_group_end(pdf_flow *f);
/* Lays out the rich text R (consumed: its text, attributes and links move
 * into the part) in FONT at width W, hanging indent HANG (0 for none), and
 * adds it to B at (dx, dy).  Returns the part, or NULL when out of memory. */
pdf_part *pdf_box_text(pdf_box *b, const pdf_style *st, pdf_font font, pdf_rich *r,
                       double w, double hang, double dx, double dy);
/* Height of a part's layout (of its lines), in points. */
double pdf_part_height(const pdf_part *p);
/* Characters without a glyph in a part's lines. */
int pdf_part_missing(const pdf_part *p);
void pdf_box_free(pdf_box *b);
/* Frees B's parts only (B stays in the flow, empty). */
void pdf_box_free_parts(pdf_box *b);

/* Where a page may break inside a box, as content offsets (ascending, the
 * box's height excluded).  FORCED 1 ignores orphan/widow control.  Returns a
 * malloc'd array (caller frees) and its length in *n; NULL with *n 0 when there
 * is none or memory runs out. */
double *pdf_box_breaks(const pdf_box *b, int forced, size_t *n);

/* ---- Building (build.c, annex.c, table.c) ------------------------------------ */

typedef struct pdf_build {
    const pdf_style *st;
    pdf_flow *flow;
    const mn_doc *doc;
    int next_note;   /* footnote numbers, from 1 */
    long tables;     /* tables started, for pdf_box.table */
    PangoLayout *scratch; /* measuring only, reused; owned */
    int *pending;         /* footnotes of table cells, until their row exists */
    size_t npending;
    char resolved[128];   /* pdf_build_resolve's answer */
    char resolved_label[64]; /* and the number of its section ("" if none) */
    struct pdf_id *ids; /* the body's ids sorted, built on first use */
    size_t nids;
    int ids_state;      /* 0: not built, 1: built, -1: out of memory */
    GHashTable *widths; /* pdf_build_measure's answers by font and text */
} pdf_build;

/* Builds the whole flow.  Returns 0, or -1 when memory runs out. */
int pdf_build_document(pdf_build *bd);
void pdf_build_fini(pdf_build *bd);
/* Whether R is too long to be laid out as one layout (pieces.c). */
int pdf_text_is_long(const pdf_rich *r);
/* Sets R (not consumed) as the text of flow box B (the last added), in
 * FONT at B's width with hanging indent HANG, as pieces: B holds the first
 * and each further one a box added after it with B's place and tag.  B's
 * footnotes and space below go to the last, which is returned; NULL when
 * out of memory (bd->flow->oom is set). */
pdf_box *pdf_box_long_text(pdf_build *bd, pdf_box *b, pdf_font font, pdf_rich *r, double hang);
/* The document's title for the title block, header and metadata (malloc'd;
 * "Minutes" when it has none), or NULL when out of memory. */
char *pdf_build_title_text(const mn_doc *doc);
/* A rich text set up for this document's links. */
void pdf_build_rich(pdf_build *bd, pdf_rich *r);
/* Width of TEXT on one line in FONT (remembered for the conversion). */
double pdf_build_measure(pdf_build *bd, pdf_font font, const char *text);
/* A number as shown before a heading or item ("1" -> "1.", "4.1" stays). */
void pdf_build_label(const char *n, char *buf, size_t size);
/* The named destination for element id ID: the id of its section (the
 * section's own for a section), or NULL.  The answer lives in bd->resolved
 * until the next call. */
const char *pdf_build_resolve(void *bd, const char *id);
/* The agenda, "Upcoming dates" and participants (annex.c). */
void pdf_build_agenda(pdf_build *bd, const mn_node *agenda);
void pdf_build_events(pdf_build *bd, const mn_node *events);
void pdf_build_participants(pdf_build *bd, const mn_node *participants);
/* The summaries after the body: "Decisions" with their outcomes, "Action
 * register" with owner, due date and status (register.c). */
void pdf_build_decisions(pdf_build *bd, const mn_node *body);
void pdf_build_register(pdf_build *bd, const mn_node *body);
/* A heading box for an unnumbered annex (annex.c uses it too). */
pdf_box *pdf_build_heading(pdf_build *bd, int level, const char *label, const mn_node *inl,
                           const char *plain, const char *id);
/* A <list> (or the agenda) at X, width W, nesting LEVEL from 1; items
 * without a number get one when NUMBERED, else a bullet (build.c). */
void pdf_build_list(pdf_build *bd, const mn_node *list, double x, double w, int level,
                    int numbered);
/* A canonical <table> at indent X, width W (table.c). */
void pdf_build_table(pdf_build *bd, const mn_node *table, double x, double w);
/* Grid of cells: widths from natural and minimum widths (table.c). */
void pdf_table_widths(const double *natural, const double *minimum, size_t n, double avail,
                      double *out);
/* Appends INDEX to a malloc'd array of footnote indexes.  Returns 0 or -1. */
int pdf_notes_push(int **notes, size_t *n, int index);
/* A table row at X from cell texts (consumed) with column WIDTHS; SPANS may
 * be NULL (table.c). */
pdf_box *pdf_build_row(pdf_build *bd, double x, const double *widths, size_t ncols,
                       pdf_rich *cells, const size_t *spans, size_t ncells, pdf_font font,
                       int head);
/* Adds the footnotes that follow N (sibling <note> elements), or that are
 * N's children, to R as markers and to B as footnote boxes; with B NULL they
 * wait in bd->pending (build.c). */
void pdf_build_notes_after(pdf_build *bd, const mn_node *n, pdf_rich *r, pdf_box *b);
void pdf_build_notes_in(pdf_build *bd, const mn_node *n, pdf_rich *r, pdf_box *b);

/* ---- Dates (dates.c) --------------------------------------------------------- */

/* Formats an xs:date or xs:dateTime for people ("18 November 2025",
 * "1 Dec 2025, 14:00 UTC"); SHORT uses three-letter months; WEEKDAY prefixes
 * the day of the week.  LOCAL (pdf_style's dates) writes it the way of
 * another language than English ("mardi 10 mars 2026, 14 h 30 UTC"; SHORT
 * has no short form there).  Writes at most size bytes; returns 0, or -1
 * when the value is not a date (buf then holds the value as it is). */
int pdf_format_date(const mn_words *local, const char *value, int shrt, int weekday, char *buf,
                    size_t size);
/* The canonical clock CLOCK ("14:30") as LOCAL writes it ("14 h 30") in
 * BUF; CLOCK itself without LOCAL or when it is no "HH:MM". */
const char *pdf_format_clock(const mn_words *local, const char *clock, char *buf, size_t size);
/* A start/end pair as one range ("15–17 December 2025"). */
void pdf_format_range(const mn_words *local, const char *start, const char *end, char *buf,
                      size_t size);
/* The PDF creation date as cairo wants it ("2025-11-18T11:00:00Z"): from
 * EPOCH (SOURCE_DATE_EPOCH) when set, else from the meeting DATE and its
 * UTC start TIME ("11:00"; NULL when the meeting was not in UTC); "" when
 * neither is known.  Returns 1 when EPOCH was used, -1 when EPOCH is set but
 * not a valid count of seconds, else 0. */
int pdf_creation_date(const char *epoch, const char *date, const char *time, char *buf,
                      size_t size);

/* ---- Pagination (paginate.c) --------------------------------------------------- */

/* A piece of a box on a page: content rows [c0, c1) drawn with top at y. */
typedef enum pdf_slice_kind {
    PDF_S_FLOW,     /* the box in its place in the flow */
    PDF_S_FOOTNOTE, /* a footnote at the foot of its page */
    PDF_S_REPEAT    /* a table head row repeated on a new page */
} pdf_slice_kind;

typedef struct pdf_slice {
    const pdf_box *box;
    int page;        /* from 0 */
    double y;        /* top of the slice (padding included) */
    double c0, c1;
    int first, last; /* the box's first / last slice */
    pdf_slice_kind kind;
} pdf_slice;

/* Slices in page order; on each page the flow comes before the footnotes.
 * A pager that streams keeps only the page being filled. */
typedef struct pdf_pages {
    pdf_slice *s;
    size_t n, cap;
    int count;        /* pages closed */
    double *note_rule; /* per page: y of the rule above the footnotes, 0: none */
    int oom;
} pdf_pages;

/* Told that page PAGE is closed: its slices are the last ones of PAGES with
 * that page number. */
typedef void (*pdf_page_fn)(void *data, const pdf_pages *pages, int page);

/* Pagination in progress: boxes are placed as the builder finishes them. */
typedef struct pdf_pager {
    const pdf_style *st;
    pdf_flow *flow;
    pdf_pages *out;
    double y;        /* cursor: bottom of what is placed */
    int at_top;      /* nothing placed on this page yet */
    double notes_h;  /* height of this page's footnote area */
    int *notes;      /* this page's footnotes, in order */
    size_t nnotes;
    double prev_after;
    size_t next;     /* the next flow box to place */
    /* The breaks of the last box asked about (by is_note and index): a box
     * that spans many pages is asked once per page. */
    int brk_valid, brk_note, brk_forced;
    size_t brk_index;
    double *brk;
    size_t nbrk;
    /* Streaming: each closed page goes to page_done (may be NULL), then its
     * slices and the boxes no later page needs are released. */
    int stream;
    pdf_page_fn page_done;
    void *page_data;
    size_t hold;      /* boxes from here on are placed again (carry_kept) */
    size_t released;  /* flow boxes below are released, but for held_head */
    long held_head;   /* a table head row kept for repeating, or -1 */
} pdf_pager;

/* A pager over FLOW into OUT (zeroed here).  STREAM: see pdf_pager. */
void pdf_pager_init(pdf_pager *p, const pdf_style *st, pdf_flow *flow, pdf_pages *out,
                    int stream, pdf_page_fn page_done, void *page_data);
/* Places what it can of boxes [0, n), which are finished. */
void pdf_pager_feed(pdf_pager *p, size_t n);
/* Places the rest of the flow, all finished, and closes the last page.
 * Returns 0, or -1 when memory runs out. */
int pdf_pager_finish(pdf_pager *p);
void pdf_pager_fini(pdf_pager *p);
/* Lays a finished flow out on pages.  Returns 0, or -1 when memory runs
 * out. */
int pdf_paginate(const pdf_style *st, pdf_flow *flow, pdf_pages *out);
void pdf_pages_fini(pdf_pages *p);

/* ---- Rendering (render.c) ------------------------------------------------------- */

typedef struct pdf_render {
    const pdf_style *st;
    const pdf_pages *pages; /* pdf_render_document only */
    int count;             /* pages in the document (the footer's "of N") */
    cairo_surface_t *surface;
    const char *title;     /* running header; may be NULL */
    const char *header_right;
    int tagged;            /* emit structure tags */
} pdf_render;

typedef struct pdf_renderer pdf_renderer;

/* Page by page: begin, each page in order, end.  Begin returns NULL when
 * out of memory; end returns the cairo status and frees R. */
pdf_renderer *pdf_render_begin(const pdf_render *rd);
/* Draws page PAGE from its N slices S and shows it. */
void pdf_render_page(pdf_renderer *r, const pdf_slice *s, size_t n, int page, double note_rule);
cairo_status_t pdf_render_end(pdf_renderer *r);
/* Draws every page of rd->pages (count: rd->pages->count).  Returns the
 * cairo status. */
cairo_status_t pdf_render_document(pdf_render *rd);

/* ---- Passes (pass.c) ------------------------------------------------------------ */

/* One conversion: the style and the builder's caches hold across passes;
 * the flow, pages and pager are a pass's own. */
typedef struct pdf_pass {
    pdf_style st;
    pdf_build bd; /* .doc set by the caller */
    pdf_flow flow;
    pdf_pages pages;
    pdf_pager pager;
} pdf_pass;

/* How much a document holds. */
typedef struct pdf_size {
    size_t text;     /* bytes of text */
    size_t elements;
    size_t weight;   /* what its layouts take, in bytes of text */
} pdf_size;

void pdf_doc_size(const mn_doc *doc, pdf_size *size);
/* Whether a document of SIZE is small enough to be built once and kept
 * whole until it is drawn; else it is streamed in two passes. */
int pdf_keep_whole(const pdf_size *size);
/* Builds and paginates the document of C->bd; STREAM, PAGE_DONE and
 * PAGE_DATA as for pdf_pager_init.  Returns 0, or -1 when memory runs out.
 * pdf_pass_end frees the pass's flow and pages either way. */
int pdf_pass_run(pdf_pass *c, int stream, pdf_page_fn page_done, void *page_data);
void pdf_pass_end(pdf_pass *c);

/* ---- The address-space budget (budget.c) -------------------------------------- */

/* What a check found; sizes in bytes.  limit 0: no limit. */
typedef struct pdf_budget {
    size_t need, limit, used, left;
} pdf_budget;

/* Makes the threads Pango starts cheap and their cost the same from run to
 * run; before Pango or fontconfig is first called.  Idempotent. */
void pdf_budget_tame(void);
/* 0 when the address space left under RLIMIT_AS holds NEED more bytes (or
 * there is no limit), else -1.  B says what was found either way. */
int pdf_budget_check(size_t need, pdf_budget *b);
/* What the set-up (pdf_fonts_setup) needs; laying out and drawing a document
 * of SIZE (WHOLE: kept whole); setting it again with the system's fonts. */
size_t pdf_budget_setup(void);
size_t pdf_budget_layout(const pdf_size *size, int whole);
size_t pdf_budget_system(void);
/* Reports a failed check B ("out of memory in the PDF writer"); returns
 * MN_EX_SOFTWARE. */
int pdf_budget_error(mn_job *job, const pdf_budget *b);

/* Writes a cairo attribute value: S quoted with ' and \ escaped; non-ASCII
 * and unsafe bytes percent-encoded when URI is set.  Returns a malloc'd
 * string, or NULL when out of memory. */
char *pdf_quote_attr(const char *s, int uri);
/* Appends a number with two decimals whatever the C locale, to buf. */
void pdf_fmt_num(char *buf, size_t size, double v);

#endif
