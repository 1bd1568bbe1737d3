/* SPDX-License-Identifier: MIT */
/* tt.c — helpers for the temporal tests. */
#include "tt.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "passes.h"

xmlDocPtr tt_doc(const char *meta, const char *body)
{
    size_t size = strlen(meta) + strlen(body) + 200;
    char *xml = malloc(size);
    assert_non_null(xml);
    snprintf(xml, size,
             "<minutes xmlns=\"urn:minutes:1\" version=\"1\"><meta>%s</meta><body>%s</body></minutes>",
             meta, body);
    xmlDocPtr doc = xmlReadMemory(xml, (int)strlen(xml), "test.xml", NULL, XML_PARSE_NONET);
    if (!doc)
        fail_msg("not well-formed: %s", xml);
    free(xml);
    return doc;
}

xmlDocPtr tt_file(const char *name)
{
    char path[512];
    snprintf(path, sizeof path, "%s/tests/temporal/%s", MN_TEST_SOURCE_DIR, name);
    xmlDocPtr doc = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOBLANKS);
    if (!doc)
        fail_msg("cannot read %s", path);
    return doc;
}

mn_job *tt_job(const char *const *options)
{
    mn_job *job = mn_job_new(NULL, "test.txt");
    assert_non_null(job);
    for (size_t i = 0; options && options[i]; i++) {
        char name[64];
        const char *eq = strchr(options[i], '=');
        assert_non_null(eq);
        snprintf(name, sizeof name, "%.*s", (int)(eq - options[i]), options[i]);
        assert_int_equal(mn_job_set_option(job, name, eq + 1), 0);
    }
    return job;
}

void tt_run(xmlDocPtr doc, mn_job *job)
{
    assert_int_equal(mn_pass_temporal(doc, job), 0);
    assert_int_equal(mn_pass_events(doc, job), 0);
}

char *tt_dump(xmlDocPtr doc)
{
    xmlChar *xml = NULL;
    int len = 0;
    xmlDocDumpMemory(doc, &xml, &len);
    assert_non_null(xml);
    return (char *)xml;
}

void tt_assert_valid(xmlDocPtr doc)
{
    mn_job *job = tt_job(NULL);
    assert_int_equal(mn_pass_finish(doc, job), 0);
    char *xml = tt_dump(doc);
    mn_job *check = tt_job(NULL);
    int rc = mn_job_read_canonical(check, xml, strlen(xml));
    if (rc != 0) {
        for (size_t i = 0; i < mn_job_diag_count(check); i++)
            print_error("%s\n", mn_job_diag(check, i)->message);
        print_error("%s\n", xml);
    }
    assert_int_equal(rc, 0);
    xmlFree(xml);
    mn_job_free(check);
    mn_job_free(job);
}

static void show(xmlDocPtr doc)
{
    char *xml = tt_dump(doc);
    print_error("%s\n", xml);
    xmlFree(xml);
}

void tt_expect_at(xmlDocPtr doc, const char *expr, const char *want, const char *file, int line)
{
    char *got = tt_str(doc, expr);
    if (strcmp(got, want) != 0) {
        print_error("%s:%d: %s\n  got:  '%s'\n  want: '%s'\n", file, line, expr, got, want);
        show(doc);
        free(got);
        fail();
    }
    free(got);
}

void tt_count_at(xmlDocPtr doc, const char *expr, int want, const char *file, int line)
{
    char buf[600];
    snprintf(buf, sizeof buf, "count(%s)", expr);
    double got = tt_num(doc, buf);
    if (got != want) {
        print_error("%s:%d: %s = %g, want %d\n", file, line, buf, got, want);
        show(doc);
        fail();
    }
}

int tt_diag_has(const mn_job *job, const char *needle)
{
    for (size_t i = 0; i < mn_job_diag_count(job); i++)
        if (strstr(mn_job_diag(job, i)->message, needle))
            return 1;
    return 0;
}
