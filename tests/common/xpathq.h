/* SPDX-License-Identifier: MIT */
/* xpathq.h — XPath queries for tests, with the minutes namespace bound to
 * the prefix m:.  Shared by the passes' and the temporal tests. */
#ifndef MN_XPATHQ_H
#define MN_XPATHQ_H

#include <libxml/tree.h>

/* The string value of EXPR (malloc'd: free with free()).  Fails the test on
 * a bad expression. */
char *xq_str(xmlDocPtr doc, const char *expr);
/* The number value of EXPR, e.g. "count(//m:section)". */
double xq_num(xmlDocPtr doc, const char *expr);

#endif
