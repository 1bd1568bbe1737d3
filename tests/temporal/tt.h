/* SPDX-License-Identifier: MIT */
/* tt.h — helpers for the temporal tests: documents from strings and files,
 * the temporal and events passes, XPath in the minutes namespace (m:). */
#ifndef MN_TT_H
#define MN_TT_H

#include <libxml/tree.h>

#include "xpathq.h"

#include "minutes/minutes.h"

/* <minutes><meta>META</meta><body>BODY</body></minutes> (xmlFreeDoc). */
xmlDocPtr tt_doc(const char *meta, const char *body);
/* A canonical-shaped document from tests/temporal/NAME (xmlFreeDoc). */
xmlDocPtr tt_file(const char *name);
/* A job with no context (mn_job_free); options as "name=value" pairs. */
mn_job *tt_job(const char *const *options);
/* Runs the temporal then the events pass; asserts both return 0. */
void tt_run(xmlDocPtr doc, mn_job *job);
/* Runs the finish pass and validates the document against the schema. */
void tt_assert_valid(xmlDocPtr doc);

#define tt_str xq_str /* malloc'd string value (tests/common/xpathq.h) */
#define tt_num xq_num
#define tt_expect(doc, expr, want) tt_expect_at(doc, expr, want, __FILE__, __LINE__)
void tt_expect_at(xmlDocPtr doc, const char *expr, const char *want, const char *file, int line);
#define tt_count(doc, expr, want) tt_count_at(doc, expr, want, __FILE__, __LINE__)
void tt_count_at(xmlDocPtr doc, const char *expr, int want, const char *file, int line);
/* Whether a diagnostic of job contains NEEDLE. */
int tt_diag_has(const mn_job *job, const char *needle);
/* The document serialised (free with xmlFree). */
char *tt_dump(xmlDocPtr doc);

#endif
