/* SPDX-License-Identifier: MIT */
/* text_test.h — helpers for the plain-text reader's unit tests: read a
 * string into the generic tree and ask it questions with XPath (prefix m:
 * for urn:minutes:1). */
#ifndef MN_TEXT_TEST_H
#define MN_TEXT_TEST_H

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
#include "text.h"
#include "xmlutil.h"

typedef struct tt_read {
    mn_job *job;
    xmlDocPtr doc;
    int rc;
} tt_read;

/* Reads LEN bytes of DATA with the text reader; release with tt_free. */
static inline tt_read tt_read_bytes(const void *data, size_t len)
{
    tt_read r = {.job = mn_job_new(NULL, "test.txt")};
    assert_non_null(r.job);
    mn_builder *b = mn_builder_new(r.job);
    assert_non_null(b);
    r.rc = mn_text_read_data(r.job, data, len, b);
    int canonical = 0;
    r.doc = mn_builder_finish(b, &canonical);
    mn_builder_free(b);
    assert_non_null(r.doc);
    return r;
}

static inline tt_read tt_read_str(const char *s)
{
    return tt_read_bytes(s, strlen(s));
}

static inline void tt_free(tt_read *r)
{
    xmlFreeDoc(r->doc);
    mn_job_free(r->job);
}

static inline xmlXPathObjectPtr tt_eval(xmlDocPtr doc, const char *expr)
{
    xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
    assert_non_null(ctx);
    xmlXPathRegisterNs(ctx, BAD_CAST "m", BAD_CAST MN_NS);
    xmlXPathObjectPtr o = xmlXPathEvalExpression(BAD_CAST expr, ctx);
    xmlXPathFreeContext(ctx);
    if (!o)
        fail_msg("bad XPath: %s", expr);
    return o;
}

/* The number an XPath expression gives (use count(...)). */
static inline double tt_num(xmlDocPtr doc, const char *expr)
{
    xmlXPathObjectPtr o = tt_eval(doc, expr);
    double v = xmlXPathCastToNumber(o);
    xmlXPathFreeObject(o);
    return v;
}

/* Asserts that string(EXPR) equals WANT. */
#define tt_assert_str(doc, expr, want)                                          \
    do {                                                                        \
        xmlXPathObjectPtr o_ = tt_eval((doc), (expr));                          \
        xmlChar *s_ = xmlXPathCastToString(o_);                                 \
        xmlXPathFreeObject(o_);                                                 \
        if (strcmp((const char *)s_, (want)) != 0) {                            \
            print_error("%s\n  got:  \"%s\"\n  want: \"%s\"\n", (expr), s_, (want)); \
            xmlFree(s_);                                                        \
            fail();                                                             \
        }                                                                       \
        xmlFree(s_);                                                            \
    } while (0)

#define tt_assert_num(doc, expr, want)                                          \
    do {                                                                        \
        double v_ = tt_num((doc), (expr));                                      \
        if (v_ != (double)(want)) {                                             \
            print_error("%s\n  got:  %g\n  want: %g\n", (expr), v_, (double)(want)); \
            fail();                                                             \
        }                                                                       \
    } while (0)

/* Diagnostics of a severity whose message holds NEEDLE (any when NULL). */
static inline size_t tt_diags(const mn_job *job, mn_severity sev, const char *needle)
{
    size_t n = 0;
    for (size_t i = 0; i < mn_job_diag_count(job); i++) {
        const mn_diag *d = mn_job_diag(job, i);
        if (d->severity == sev && (!needle || strstr(d->message, needle)))
            n++;
    }
    return n;
}

/* Asserts that every block below body carries a source line. */
static inline void tt_assert_all_lined_below(xmlNodePtr n)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || mn_is(c, "br") || mn_is(c, "link"))
            continue;
        if (xmlGetLineNo(c) <= 0)
            fail_msg("<%s> has no source line", (const char *)c->name);
        tt_assert_all_lined_below(c);
    }
}

static inline void tt_assert_all_lined(xmlDocPtr doc)
{
    tt_assert_all_lined_below(mn_body(doc));
}

/* Prints the tree (for a failing test's output). */
static inline void tt_dump(xmlDocPtr doc)
{
    xmlDocFormatDump(stdout, doc, 1);
}

#endif
