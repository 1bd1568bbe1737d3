/* SPDX-License-Identifier: MIT */
/* pt.c — helpers for the unit tests of the analysis passes. */
#include "pt.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "passes.h"

xmlDocPtr pt_doc(const char *meta, const char *body)
{
    size_t size = strlen(meta) + strlen(body) + 200;
    char *xml = malloc(size);
    assert_non_null(xml);
    snprintf(xml, size,
             "<minutes xmlns=\"urn:minutes:1\" version=\"1\"><meta>%s</meta><body>%s</body></minutes>",
             meta, body);
    xmlDocPtr doc = xmlReadMemory(xml, (int)strlen(xml), "test.xml", NULL,
                                  XML_PARSE_NONET);
    if (!doc)
        fail_msg("not well-formed: %s", xml);
    free(xml);
    return doc;
}

void pt_expect_at(xmlDocPtr doc, const char *expr, const char *want, const char *file, int line)
{
    char *got = pt_str(doc, expr);
    if (strcmp(got, want) != 0) {
        xmlChar *dump = NULL;
        int len = 0;
        xmlDocDumpMemory(doc, &dump, &len);
        print_error("%s:%d: %s\n  got:  '%s'\n  want: '%s'\n%s\n", file, line, expr, got, want,
                    dump ? (const char *)dump : "");
        xmlFree(dump);
        free(got);
        fail();
    }
    free(got);
}

mn_job *pt_job(void)
{
    mn_job *job = mn_job_new(NULL, "test.txt");
    assert_non_null(job);
    return job;
}

int pt_diag_has(const mn_job *job, const char *needle)
{
    for (size_t i = 0; i < mn_job_diag_count(job); i++)
        if (strstr(mn_job_diag(job, i)->message, needle))
            return 1;
    return 0;
}

size_t pt_run_all_valid(xmlDocPtr doc)
{
    mn_job *job = pt_job();
    const mn_pass_fn passes[] = {mn_pass_frontmatter, mn_pass_sections, mn_pass_digest,
                                 mn_pass_agenda,      mn_pass_annexes,  mn_pass_actions,
                                 mn_pass_ids,         mn_pass_finish};
    for (size_t i = 0; i < sizeof passes / sizeof passes[0]; i++)
        assert_int_equal(passes[i](doc, job), 0);
    xmlChar *xml = NULL;
    int len = 0;
    xmlDocDumpMemory(doc, &xml, &len);
    mn_job *check = pt_job();
    int rc = mn_job_read_canonical(check, (const char *)xml, (size_t)len);
    if (rc != 0) {
        for (size_t i = 0; i < mn_job_diag_count(check); i++)
            print_error("%s\n", mn_job_diag(check, i)->message);
        print_error("%s\n", (const char *)xml);
    }
    assert_int_equal(rc, 0);
    xmlFree(xml);
    size_t n = mn_job_diag_count(job);
    mn_job_free(check);
    mn_job_free(job);
    return n;
}
