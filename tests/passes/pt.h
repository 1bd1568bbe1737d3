/* SPDX-License-Identifier: MIT */
/* pt.h — helpers for the unit tests of the analysis passes: a generic tree
 * from a string, XPath queries in the minutes namespace (prefix m:). */
#ifndef MN_PT_H
#define MN_PT_H

#include <libxml/tree.h>

#include "xpathq.h"

#include "minutes/minutes.h"

/* A generic tree <minutes><meta>META</meta><body>BODY</body></minutes> in
 * the minutes namespace (free with xmlFreeDoc).  Fails the test when the
 * XML is not well-formed. */
xmlDocPtr pt_doc(const char *meta, const char *body);

/* The string value of XPath EXPR (prefix m: is urn:minutes:1), malloc'd. */
#define pt_str xq_str
/* The number value of EXPR, e.g. "count(//m:section)". */
#define pt_num xq_num

/* Asserts that the string value of EXPR is WANT (with the expression in the
 * failure message). */
#define pt_expect(doc, expr, want) pt_expect_at(doc, expr, want, __FILE__, __LINE__)
void pt_expect_at(xmlDocPtr doc, const char *expr, const char *want, const char *file, int line);

/* A job for a pass (mn_job_new(NULL, "test.txt")); free with mn_job_free. */
mn_job *pt_job(void);
/* Whether some diagnostic of job contains NEEDLE. */
int pt_diag_has(const mn_job *job, const char *needle);

/* Runs the front matter, sections, digest, agenda, annexes, actions, ids and finish
 * passes and checks the result against the schema; returns the job's
 * diagnostics count (the document is changed in place). */
size_t pt_run_all_valid(xmlDocPtr doc);

#endif
