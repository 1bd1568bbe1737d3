/* SPDX-License-Identifier: MIT */
/* pdf.c — the PDF handout writer: options, metadata and the three steps
 * (build, paginate, render) over a cairo PDF surface that streams into the
 * job's output. */
#include "pdf.h"

#include <cairo-pdf.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>


static const mn_option pdf_options[] = {
    {"paper", "a4|letter", "paper size of the handout (default a4)"},
    {"style", "FILE", "house style: organisation, logo, accent colour, fonts, footer, labels "
                      "(key = value lines; see docs/STYLE-FILE.md)"},
    {NULL, NULL, NULL},
};

static cairo_status_t write_out(void *closure, const unsigned char *data, unsigned int length)
{
    return mn_output_write(closure, data, length) == 0 ? CAIRO_STATUS_SUCCESS
                                                        : CAIRO_STATUS_WRITE_ERROR;
}

/* Who wrote the minutes: the document has no author field, but a
 * participant group of the secretariat names the body that keeps them. */
static char *author_of(const mn_doc *doc)
{
    const mn_node *ps = pdf_doc_part(doc, MN_KIND_PARTICIPANTS);
    for (const mn_node *g = mn_node_child(ps, MN_KIND_GROUP); g; g = mn_node_next_of(g, MN_KIND_GROUP)) {
        const char *label = mn_node_attr(g, "label");
        const char *role = mn_node_attr(g, "role");
        int hit = (role && strcasestr(role, "secretariat")) ||
                  (label && strcasestr(label, "secretariat"));
        if (hit)
            return label ? strdup(label) : NULL;
    }
    return NULL;
}

static void set_metadata(mn_job *job, cairo_surface_t *s, const pdf_style *st,
                         const mn_doc *doc, const char *title)
{
    const mn_node *meta = pdf_meta(doc);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, title);
    char *sub = mn_node_text_folded(mn_node_child(meta, MN_KIND_SUBTITLE));
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_SUBJECT,
                                   sub && *sub ? sub : pdf_label(st, "meeting-minutes", "Meeting minutes"));
    free(sub);
    char *author = author_of(doc);
    const char *org = pdf_brand_organisation(st->brand);
    if (author || org)
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_AUTHOR, author ? author : org);
    free(author);
    char creator[64];
    snprintf(creator, sizeof creator, "minutes %s", mn_version());
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, creator);

    /* cairo 1.16 stamps the current time unless told otherwise, and does not
     * read SOURCE_DATE_EPOCH itself. */
    char *date = mn_node_text_folded(mn_node_child(meta, MN_KIND_DATE));
    const mn_node *t = mn_node_child(meta, MN_KIND_TIME);
    const char *start = mn_node_attr(t, "start"), *zone = mn_node_attr(t, "zone");
    int utc = zone && (strcmp(zone, "UTC") == 0 || strcmp(zone, "Z") == 0 ||
                       strcmp(zone, "GMT") == 0 || strcmp(zone, "Etc/UTC") == 0);
    const char *epoch = getenv("SOURCE_DATE_EPOCH");
    char when[64];
    if (pdf_creation_date(epoch, date, utc ? start : NULL, when, sizeof when) < 0)
        mn_job_warning(job, "source-date-epoch", 0,
                       "pdf: SOURCE_DATE_EPOCH=%s is not a count of seconds; ignored",
                       epoch);
    if (!*when) {
        /* Neither: a fixed date keeps the output reproducible, and the
         * epoch says plainly that no date was known. */
        strcpy(when, "1970-01-01T00:00:00Z");
    }
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, when);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_MOD_DATE, when);
    free(date);
}

/* The right side of the running header: the meeting's date. */
static void header_date(const pdf_style *st, const mn_doc *doc, char *buf, size_t size)
{
    char *date = mn_node_text_folded(mn_node_child(pdf_meta(doc), MN_KIND_DATE));
    buf[0] = '\0';
    if (date && *date)
        pdf_format_date(st->dates, date, 0, 0, buf, size);
    free(date);
}

/* Characters no installed font has come out as boxes: say so once. */
static void warn_missing_glyphs(mn_job *job, long missing)
{
    if (missing)
        mn_job_warning(job, "missing-glyphs", 0,
                       "pdf: %ld character%s no installed font can show (drawn as boxes); "
                       "install fonts for those scripts (e.g. fonts-noto-core, fonts-noto-cjk)",
                       missing, missing == 1 ? " that" : "s that");
}

static void draw_page(void *renderer, const pdf_pages *pages, int page)
{
    pdf_render_page(renderer, pages->s, pages->n, page, pages->note_rule[page]);
}

/* The second pass of a streamed document: built again and drawn page by
 * page.  Returns 0 or an MN_EX_* status (reported). */
static int draw_streamed(mn_job *job, pdf_pass *c, const pdf_render *rd)
{
    pdf_renderer *r = pdf_render_begin(rd);
    if (!r)
        return mn_job_error(job, MN_EX_SOFTWARE, 0, "pdf: out of memory in the PDF writer");
    int rc = 0;
    if (pdf_pass_run(c, 1, draw_page, r) < 0)
        rc = mn_job_error(job, MN_EX_SOFTWARE, 0, "pdf: out of memory in the PDF writer");
    else if (c->pages.count != rd->count)
        rc = mn_job_error(job, MN_EX_SOFTWARE, 0,
                          "pdf: %d pages counted, %d drawn (internal error)", rd->count,
                          c->pages.count);
    pdf_pass_end(c);
    cairo_status_t cs = pdf_render_end(r);
    if (rc == 0 && cs != CAIRO_STATUS_SUCCESS)
        rc = mn_job_error(job, MN_EX_SOFTWARE, 0, "pdf: cairo: %s", cairo_status_to_string(cs));
    return rc;
}

/* Draws the document of C, COUNT pages: from C's pages when it was kept
 * whole, else by a second pass. */
static int render(mn_job *job, mn_output *out, pdf_pass *c, int whole, int count,
                  const char *title)
{
    const pdf_style *st = &c->st;
    cairo_surface_t *s =
        cairo_pdf_surface_create_for_stream(write_out, out, st->page_w, st->page_h);
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(s);
        return mn_job_error(job, MN_EX_SOFTWARE, 0, "pdf: cannot create the PDF surface");
    }
    const mn_doc *doc = c->bd.doc;
    set_metadata(job, s, st, doc, title);
    char date[96];
    header_date(st, doc, date, sizeof date);
    pdf_render rd = {.st = st, .pages = &c->pages, .count = count, .surface = s,
                     .title = title, .header_right = date, .tagged = 1};
    int rc = 0;
    cairo_status_t cs = CAIRO_STATUS_SUCCESS;
    if (whole)
        cs = pdf_render_document(&rd);
    else
        rc = draw_streamed(job, c, &rd);
    cairo_surface_finish(s);
    if (cs == CAIRO_STATUS_SUCCESS)
        cs = cairo_surface_status(s);
    cairo_surface_destroy(s);
    if (rc)
        return rc;
    if (cs == CAIRO_STATUS_WRITE_ERROR)
        return mn_job_status(job) ? mn_job_status(job) : MN_EX_IOERR;
    if (cs != CAIRO_STATUS_SUCCESS)
        return mn_job_error(job, MN_EX_SOFTWARE, 0, "pdf: cairo: %s",
                            cairo_status_to_string(cs));
    return 0;
}

static void conversion_fini(pdf_pass *c)
{
    pdf_pass_end(c);
    pdf_build_fini(&c->bd);
    pdf_style_fini(&c->st);
}

/* Sets X up with the writer's fonts, or the system's when SYSTEM_FONTS,
 * and runs the first pass: the whole flow when WHOLE, else only the page
 * count.  Returns 0, or an MN_EX_* status (reported). */
static int first_pass(mn_job *job, pdf_pass *c, const mn_doc *x, const char *paper,
                      const pdf_brand *brand, int system_fonts, int whole)
{
    memset(c, 0, sizeof *c);
    int rc = pdf_style_init(&c->st, paper, mn_node_lang(mn_doc_root(x)), system_fonts);
    if (rc < 0)
        return mn_job_error(job, MN_EX_SOFTWARE, 0, "pdf: Pango gave no font context");
    pdf_brand_apply(&c->st, brand);
    pdf_style_words(&c->st, job, mn_node_lang(mn_doc_root(x)));
    c->bd.doc = x;
    if (pdf_pass_run(c, !whole, NULL, NULL) < 0)
        return mn_job_error(job, MN_EX_SOFTWARE, 0, "pdf: out of memory in the PDF writer");
    return 0;
}

/* The conversion once --paper and --style are read. */
static int write_with(mn_job *job, const mn_doc *doc, mn_output *out, const char *paper,
                      const pdf_brand *brand)
{
    const mn_doc *x = doc;
    pdf_size size;
    pdf_doc_size(x, &size);
    int whole = pdf_keep_whole(&size);
    /* Pango and fontconfig cannot survive running out (budget.c). */
    pdf_budget b;
    size_t need = pdf_budget_layout(&size, whole) + (pdf_prepared() ? 0 : pdf_budget_setup());
    if (pdf_budget_check(need, &b) < 0)
        return pdf_budget_error(job, &b);
    pdf_fonts_setup(0); /* a failure shows as no context below */
    /* A house style's font the writer's own configuration lacks: the
     * system's from the start. */
    int system = pdf_brand_system_fonts(brand) && pdf_fonts_private();
    if (system && pdf_budget_check(pdf_budget_system(), &b) < 0)
        return pdf_budget_error(job, &b);
    pdf_pass c;
    int rc = first_pass(job, &c, x, paper, brand, system, whole);
    long missing = rc == 0 ? pdf_flow_missing(&c.flow) : 0;
    if (missing && pdf_fonts_private() && !system) {
        /* A script the handout's own fonts lack: set it all again with
         * every installed font. */
        conversion_fini(&c);
        if (pdf_budget_check(pdf_budget_system(), &b) < 0)
            return pdf_budget_error(job, &b);
        rc = first_pass(job, &c, x, paper, brand, 1, whole);
        missing = rc == 0 ? pdf_flow_missing(&c.flow) : 0;
    }
    char *title = rc == 0 ? pdf_build_title_text(x) : NULL;
    if (rc == 0 && !title)
        rc = mn_job_error(job, MN_EX_SOFTWARE, 0, "pdf: out of memory in the PDF writer");
    else if (rc == 0) {
        warn_missing_glyphs(job, missing);
        pdf_brand_check_fonts(job, &c.st);
        int count = c.pages.count;
        if (!whole)
            pdf_pass_end(&c); /* only the count was wanted */
        rc = render(job, out, &c, whole, count, title);
    }
    free(title);
    conversion_fini(&c);
    return rc;
}

static int pdf_write(mn_job *job, const mn_doc *doc, mn_output *out)
{
    const char *paper = mn_job_option(job, "paper");
    if (paper && strcmp(paper, "a4") != 0 && strcmp(paper, "letter") != 0)
        return mn_job_error(job, MN_EX_USAGE, 0, "pdf: --paper=%s: expected a4 or letter",
                            paper);
    pdf_brand brand;
    int rc = pdf_brand_load(job, &brand);
    if (rc)
        return rc;
    rc = write_with(job, doc, out, paper, &brand);
    pdf_brand_fini(&brand);
    return rc;
}

static const mn_plugin pdf_plugin = {
    .abi = MN_PLUGIN_ABI,
    .size = sizeof(mn_plugin),
    .name = "pdf",
    .version = MN_VERSION,
    .description = "PDF handout (cairo and Pango): title block, agenda, sections, actions, "
                   "upcoming dates, participants",
    .extensions = "pdf",
    .media_types = "application/pdf",
    .caps = MN_CAN_WRITE,
    .write = pdf_write,
    .options = pdf_options,
    .prepare = pdf_prepare,
};

MN_PLUGIN_EXPORT(pdf_plugin);
