/* SPDX-License-Identifier: MIT */
/* docx_test.h — helpers for the DOCX reader's unit tests: a package made of
 * a few hand-written parts (the usual package parts are added when a test
 * leaves them out), read into the generic tree, and questions asked of the
 * tree with XPath (prefix m: for urn:minutes:1). */
#ifndef MN_DOCX_TEST_H
#define MN_DOCX_TEST_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "builder.h"
#include "docx.h"
#include "fixzip.h"
#include "xmlutil.h"

#define DT_W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define DT_NS                                                                            \
    "xmlns:w=\"" DT_W "\" "                                                              \
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "   \
    "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "          \
    "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "   \
    "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" "                \
    "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " \
    "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "                 \
    "xmlns:v=\"urn:schemas-microsoft-com:vml\" "                                         \
    "xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\""

/* word/document.xml around BODY (a string literal). */
#define DT_DOC(body) "<w:document " DT_NS "><w:body>" body "</w:body></w:document>"
/* Other parts' roots. */
#define DT_PART(root, inner) "<w:" root " " DT_NS ">" inner "</w:" root ">"
/* A plain paragraph. */
#define DT_P(text) "<w:p><w:r><w:t xml:space=\"preserve\">" text "</w:t></w:r></w:p>"

typedef struct dt_part {
    const char *name;
    const char *data;
} dt_part;

static const char dt_types[] =
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

static const char dt_root_rels[] =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

#define DT_REL(id, type, target)                                                        \
    "<Relationship Id=\"" id "\" Type=\"http://schemas.openxmlformats.org/officeDocument/" \
    "2006/relationships/" type "\" Target=\"" target "\"/>"

static const char dt_doc_rels[] =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    DT_REL("rIdS", "styles", "styles.xml") DT_REL("rIdN", "numbering", "numbering.xml")
    DT_REL("rIdF", "footnotes", "footnotes.xml") DT_REL("rIdE", "endnotes", "endnotes.xml")
    DT_REL("rIdC", "comments", "comments.xml") DT_REL("rIdH1", "header", "header1.xml")
    DT_REL("rIdH2", "header", "header2.xml")
    "<Relationship Id=\"rIdL\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/hyperlink\" Target=\"https://example.org/x?a=1&amp;b=2\" TargetMode=\"External\"/>"
    "</Relationships>";

static inline int dt_has(const dt_part *parts, const char *name)
{
    for (; parts && parts->name; parts++)
        if (strcmp(parts->name, name) == 0)
            return 1;
    return 0;
}

/* A package of PARTS ({NULL} terminated) plus the default content types and
 * relationships the test did not give.  The archive is in z (fz_free). */
static inline void dt_package(fz *z, const dt_part *parts)
{
    fz_init(z);
    if (!dt_has(parts, "[Content_Types].xml"))
        fz_add(z, "[Content_Types].xml", dt_types, strlen(dt_types), 1);
    if (!dt_has(parts, "_rels/.rels"))
        fz_add(z, "_rels/.rels", dt_root_rels, strlen(dt_root_rels), 1);
    if (!dt_has(parts, "word/_rels/document.xml.rels"))
        fz_add(z, "word/_rels/document.xml.rels", dt_doc_rels, strlen(dt_doc_rels), 1);
    for (; parts && parts->name; parts++)
        fz_add(z, parts->name, parts->data, strlen(parts->data), 1);
    fz_finish(z);
}

typedef struct dt_read {
    mn_job *job;
    xmlDocPtr doc;
    int rc;
} dt_read;

/* Reads DATA with the DOCX reader into the generic tree; OPTIONS are
 * name, value pairs ending with NULL.  Release with dt_free. */
static inline dt_read dt_read_bytes(const unsigned char *data, size_t len, const char *const *options)
{
    dt_read r = {.job = mn_job_new(NULL, "test.docx")};
    assert_non_null(r.job);
    for (; options && options[0]; options += 2)
        mn_job_set_option(r.job, options[0], options[1]);
    mn_builder *b = mn_builder_new(r.job);
    assert_non_null(b);
    r.rc = docx_read_memory(r.job, data, len, b);
    int canonical = 0;
    r.doc = mn_builder_finish(b, &canonical);
    mn_builder_free(b);
    assert_non_null(r.doc);
    return r;
}

static inline dt_read dt_read_parts(const dt_part *parts, const char *const *options)
{
    fz z;
    dt_package(&z, parts);
    dt_read r = dt_read_bytes(z.buf, z.len, options);
    fz_free(&z);
    return r;
}

/* The usual case: a document.xml, with styles and numbering when not NULL. */
static inline dt_read dt_read_doc(const char *document, const char *styles, const char *numbering)
{
    dt_part parts[4] = {{"word/document.xml", document}};
    size_t n = 1;
    if (styles)
        parts[n++] = (dt_part){"word/styles.xml", styles};
    if (numbering)
        parts[n++] = (dt_part){"word/numbering.xml", numbering};
    parts[n] = (dt_part){NULL, NULL};
    return dt_read_parts(parts, NULL);
}

static inline void dt_free(dt_read *r)
{
    xmlFreeDoc(r->doc);
    mn_job_free(r->job);
}

static inline xmlXPathObjectPtr dt_eval(xmlDocPtr doc, const char *expr)
{
    xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
    assert_non_null(ctx);
    xmlXPathRegisterNs(ctx, BAD_CAST "m", BAD_CAST MN_NS);
    xmlXPathObjectPtr o = xmlXPathEvalExpression(BAD_CAST expr, ctx);
    xmlXPathFreeContext(ctx);
    assert_non_null(o);
    return o;
}

/* The string value of an XPath expression (owned by the caller: free). */
static inline char *dt_str(xmlDocPtr doc, const char *expr)
{
    char buf[512];
    snprintf(buf, sizeof buf, "string(%s)", expr);
    xmlXPathObjectPtr o = dt_eval(doc, buf);
    char *s = strdup(o->stringval ? (const char *)o->stringval : "");
    xmlXPathFreeObject(o);
    return s;
}

static inline double dt_num(xmlDocPtr doc, const char *expr)
{
    xmlXPathObjectPtr o = dt_eval(doc, expr);
    double v = xmlXPathCastToNumber(o);
    xmlXPathFreeObject(o);
    return v;
}

#define dt_assert_str(doc, expr, want)                                                   \
    do {                                                                                 \
        char *got_ = dt_str((doc), (expr));                                              \
        if (strcmp(got_, (want)) != 0)                                                   \
            fail_msg("%s: got \"%s\", want \"%s\"", (expr), got_, (want));               \
        free(got_);                                                                      \
    } while (0)

#define dt_assert_count(doc, expr, want)                                                 \
    do {                                                                                 \
        char e_[512];                                                                    \
        snprintf(e_, sizeof e_, "count(%s)", (expr));                                    \
        double got_ = dt_num((doc), e_);                                                 \
        if (got_ != (double)(want))                                                      \
            fail_msg("%s: got %g, want %d", e_, got_, (int)(want));                      \
    } while (0)

/* Whether some diagnostic's message contains NEEDLE. */
static inline int dt_diag_has(mn_job *job, const char *needle)
{
    for (size_t i = 0; i < mn_job_diag_count(job); i++)
        if (strstr(mn_job_diag(job, i)->message, needle))
            return 1;
    return 0;
}

#endif
