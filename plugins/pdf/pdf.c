/* pdf.c — the PDF handout writer: options, metadata and the three steps
 * (build, paginate, render) over a cairo PDF surface that streams into the
 * job's output. */
#include "pdf.h"

#include <cairo-pdf.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "xmlutil.h"

static const mn_option pdf_options[] = {
    {"paper", "a4|letter", "paper size of the handout (default a4)"},
    {NULL, NULL, NULL},
};

static cairo_status_t write_out(void *closure, const unsigned char *data, unsigned int length)
{
    return mn_output_write(closure, data, length) == 0 ? CAIRO_STATUS_SUCCESS
                                                        : CAIRO_STATUS_WRITE_ERROR;
}

/* Who wrote the minutes: the document has no author field, but a
 * participant group of the secretariat names the body that keeps them. */
static char *author_of(xmlDocPtr doc)
{
    const xmlNode *ps = mn_child(xmlDocGetRootElement(doc), "participants");
    for (const xmlNode *g = mn_child(ps, "group"); g; g = mn_next(g, "group")) {
        char *label = mn_attr(g, "label");
        char *role = mn_attr(g, "role");
        int hit = (role && strcasestr(role, "secretariat")) ||
                  (label && strcasestr(label, "secretariat"));
        char *out = hit && label ? strdup(label) : NULL;
        xmlFree(label);
        xmlFree(role);
        if (hit)
            return out;
    }
    return NULL;
}

static void set_metadata(mn_job *job, cairo_surface_t *s, xmlDocPtr doc, const char *title)
{
    xmlNodePtr meta = mn_meta(doc);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, title);
    char *sub = mn_text_folded(mn_child(meta, "subtitle"));
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_SUBJECT,
                                   sub && *sub ? sub : "Meeting minutes");
    free(sub);
    char *author = author_of(doc);
    if (author)
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_AUTHOR, author);
    free(author);
    char creator[64];
    snprintf(creator, sizeof creator, "minutes %s", mn_version());
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, creator);

    /* cairo 1.16 stamps the current time unless told otherwise, and does not
     * read SOURCE_DATE_EPOCH itself. */
    char *date = mn_text_folded(mn_child(meta, "date"));
    const xmlNode *t = mn_child(meta, "time");
    char *start = mn_attr(t, "start"), *zone = mn_attr(t, "zone");
    int utc = zone && (strcmp(zone, "UTC") == 0 || strcmp(zone, "Z") == 0 ||
                       strcmp(zone, "GMT") == 0 || strcmp(zone, "Etc/UTC") == 0);
    const char *epoch = getenv("SOURCE_DATE_EPOCH");
    char when[64];
    if (pdf_creation_date(epoch, date, utc ? start : NULL, when, sizeof when) < 0)
        mn_job_warn(job, 0, "pdf: SOURCE_DATE_EPOCH=%s is not a count of seconds; ignored",
                    epoch);
    if (!*when) {
        /* Neither: a fixed date keeps the output reproducible, and the
         * epoch says plainly that no date was known. */
        strcpy(when, "1970-01-01T00:00:00Z");
    }
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, when);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_MOD_DATE, when);
    free(date);
    xmlFree(start);
    xmlFree(zone);
}

/* The right side of the running header: the meeting's date. */
static void header_date(xmlDocPtr doc, char *buf, size_t size)
{
    char *date = mn_text_folded(mn_child(mn_meta(doc), "date"));
    buf[0] = '\0';
    if (date && *date)
        pdf_format_date(date, 0, 0, buf, size);
    free(date);
}

/* Characters the layouts have no glyph for (drawn as boxes). */
static long missing_glyphs(const pdf_flow *flow)
{
    long missing = 0;
    for (size_t i = 0; i < flow->n + flow->nnote; i++) {
        const pdf_box *b = i < flow->n ? &flow->box[i] : &flow->note[i - flow->n];
        for (size_t k = 0; k < b->nparts; k++)
            missing += pango_layout_get_unknown_glyphs_count(b->parts[k].layout);
    }
    return missing;
}

/* Characters no installed font has come out as boxes: say so once. */
static void warn_missing_glyphs(mn_job *job, long missing)
{
    if (missing)
        mn_job_warn(job, 0,
                    "pdf: %ld character%s no installed font can show (drawn as boxes); "
                    "install fonts for those scripts (e.g. fonts-noto-core, fonts-noto-cjk)",
                    missing, missing == 1 ? " that" : "s that");
}

static int render(mn_job *job, mn_output *out, const pdf_style *st, const pdf_pages *pages,
                  xmlDocPtr doc, const char *title)
{
    cairo_surface_t *s =
        cairo_pdf_surface_create_for_stream(write_out, out, st->page_w, st->page_h);
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(s);
        return mn_job_error(job, MN_EX_SOFTWARE, 0, "pdf: cannot create the PDF surface");
    }
    set_metadata(job, s, doc, title);
    char date[96];
    header_date(doc, date, sizeof date);
    pdf_render rd = {.st = st, .pages = pages, .surface = s, .title = title,
                     .header_right = date, .tagged = 1};
    cairo_status_t cs = pdf_render_document(&rd);
    cairo_surface_finish(s);
    if (cs == CAIRO_STATUS_SUCCESS)
        cs = cairo_surface_status(s);
    cairo_surface_destroy(s);
    if (cs == CAIRO_STATUS_WRITE_ERROR)
        return mn_job_status(job) ? mn_job_status(job) : MN_EX_IOERR;
    if (cs != CAIRO_STATUS_SUCCESS)
        return mn_job_error(job, MN_EX_SOFTWARE, 0, "pdf: cairo: %s",
                            cairo_status_to_string(cs));
    return 0;
}

/* One conversion's model: style, flow and the builder's state. */
typedef struct conversion {
    pdf_style st;
    pdf_flow flow;
    pdf_build bd;
} conversion;

static void conversion_fini(conversion *c)
{
    pdf_build_fini(&c->bd);
    pdf_flow_fini(&c->flow);
    pdf_style_fini(&c->st);
}

/* Builds the flow of X with the writer's fonts, or the system's when
 * SYSTEM_FONTS.  Returns 0, or an MN_EX_* status (reported). */
static int build(mn_job *job, conversion *c, xmlDocPtr x, const char *paper, int system_fonts)
{
    memset(c, 0, sizeof *c);
    xmlChar *lang = xmlNodeGetLang(xmlDocGetRootElement(x));
    int rc = pdf_style_init(&c->st, paper, (const char *)lang, system_fonts);
    xmlFree(lang);
    if (rc < 0)
        return mn_job_error(job, MN_EX_SOFTWARE, 0, "pdf: Pango gave no font context");
    c->bd = (pdf_build){.st = &c->st, .flow = &c->flow, .doc = x};
    if (pdf_build_document(&c->bd) < 0)
        return mn_job_error(job, MN_EX_SOFTWARE, 0, "pdf: out of memory");
    return 0;
}

static int pdf_write(mn_job *job, const mn_doc *doc, mn_output *out)
{
    const char *paper = mn_job_option(job, "paper");
    if (paper && strcmp(paper, "a4") != 0 && strcmp(paper, "letter") != 0)
        return mn_job_error(job, MN_EX_USAGE, 0, "pdf: --paper=%s: expected a4 or letter",
                            paper);
    xmlDocPtr x = mn_doc_xml(doc);
    pdf_prepare(); /* a failure shows as no context below */
    conversion c;
    int rc = build(job, &c, x, paper, 0);
    long missing = rc == 0 ? missing_glyphs(&c.flow) : 0;
    if (missing && pdf_fonts_private()) {
        /* A script the handout's own fonts lack: set it all again with
         * every installed font. */
        conversion_fini(&c);
        rc = build(job, &c, x, paper, 1);
        missing = rc == 0 ? missing_glyphs(&c.flow) : 0;
    }
    pdf_pages pages = {0};
    char *title = rc == 0 ? pdf_build_title_text(x) : NULL;
    if (rc == 0 && (!title || pdf_paginate(&c.st, &c.flow, &pages) < 0))
        rc = mn_job_error(job, MN_EX_SOFTWARE, 0, "pdf: out of memory");
    else if (rc == 0) {
        warn_missing_glyphs(job, missing);
        rc = render(job, out, &c.st, &pages, x, title);
    }
    free(title);
    pdf_pages_fini(&pages);
    conversion_fini(&c);
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
