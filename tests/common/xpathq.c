/* SPDX-License-Identifier: MIT */
/* xpathq.c — XPath queries for tests (see xpathq.h). */
#include "xpathq.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <stdlib.h>
#include <string.h>

static xmlXPathObjectPtr xq_eval(xmlDocPtr doc, const char *expr)
{
    xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
    assert_non_null(ctx);
    xmlXPathRegisterNs(ctx, BAD_CAST "m", BAD_CAST "urn:minutes:1");
    xmlXPathObjectPtr obj = xmlXPathEvalExpression(BAD_CAST expr, ctx);
    xmlXPathFreeContext(ctx);
    if (!obj)
        fail_msg("bad XPath: %s", expr);
    return obj;
}

char *xq_str(xmlDocPtr doc, const char *expr)
{
    xmlXPathObjectPtr obj = xq_eval(doc, expr);
    xmlChar *s = xmlXPathCastToString(obj);
    xmlXPathFreeObject(obj);
    char *out = strdup((const char *)s);
    xmlFree(s);
    return out;
}

double xq_num(xmlDocPtr doc, const char *expr)
{
    xmlXPathObjectPtr obj = xq_eval(doc, expr);
    double v = xmlXPathCastToNumber(obj);
    xmlXPathFreeObject(obj);
    return v;
}
