/* SPDX-License-Identifier: MIT */
/* Jobs: options, diagnostics and statuses; passes' final clean-up. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "job.h"
#include "passes.h"
#include "xmlutil.h"

static void test_options(void **state)
{
    (void)state;
    mn_job *job = mn_job_new(NULL, "in.txt");
    assert_null(mn_job_option(job, "paper"));
    mn_job_set_option(job, "paper", "a4");
    mn_job_set_option(job, "paper", "letter");
    mn_job_set_option(job, "strict", NULL);
    assert_string_equal(mn_job_option(job, "paper"), "letter");
    assert_string_equal(mn_job_option(job, "strict"), "1");
    mn_job_free(job);
}

/* Inside a plugin's callback its qualified option ("pdf-paper") wins over
 * the short one; outside, and for another plugin, the short one stands. */
static void test_qualified_options(void **state)
{
    (void)state;
    static const mn_plugin pdf = {.name = "pdf"}, html = {.name = "html"};
    mn_job *job = mn_job_new(NULL, "in.txt");
    mn_job_set_option(job, "paper", "a4");
    mn_job_set_option(job, "pdf-paper", "letter");
    assert_string_equal(mn_job_option(job, "paper"), "a4");
    job->running = &pdf;
    assert_string_equal(mn_job_option(job, "paper"), "letter");
    assert_null(mn_job_option(job, "pdf")); /* a prefix alone is no option */
    job->running = &html;
    assert_string_equal(mn_job_option(job, "paper"), "a4");
    job->running = NULL;
    mn_job_free(job);
}

static void test_diagnostics_and_status(void **state)
{
    (void)state;
    mn_job *job = mn_job_new(NULL, "-");
    assert_string_equal(mn_job_input_name(job), "<stdin>");
    mn_job_warning(job, "encoding", 3, "odd %s", "thing");
    assert_int_equal(mn_job_status(job), 0);
    assert_int_equal(mn_job_error(job, MN_EX_DATAERR, 7, "bad"), MN_EX_DATAERR);
    mn_job_error(job, MN_EX_NOINPUT, 0, "worse");
    mn_job_error(job, MN_EX_DATAERR, 0, "not worse");
    assert_int_equal(mn_job_status(job), MN_EX_NOINPUT);
    assert_int_equal(mn_job_diag_count(job), 4);
    const mn_diag *d = mn_job_diag(job, 0);
    assert_int_equal(d->severity, MN_WARNING);
    assert_int_equal(d->line, 3);
    assert_string_equal(d->message, "odd thing");
    assert_string_equal(d->file, "<stdin>");
    assert_string_equal(d->name, "encoding");
    assert_null(mn_job_diag(job, 1)->name); /* errors have no name */
    assert_null(mn_job_diag(job, 4));
    mn_job_free(job);
}

/* Silenced warnings are not recorded; the others, and errors, are. */
static void test_warning_names_and_silence(void **state)
{
    (void)state;
    mn_job *job = mn_job_new(NULL, "-");
    assert_int_equal(mn_job_silence(job, "raw-html"), 0);
    mn_job_warning(job, "raw-html", 1, "dropped");
    mn_job_warning(job, "encoding", 2, "kept");
    mn_job_error(job, MN_EX_DATAERR, 3, "an error");
    assert_int_equal(mn_job_diag_count(job), 2);
    assert_string_equal(mn_job_diag(job, 0)->message, "kept");
    /* The old entry point, for plugins built before names: "other". */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    mn_job_warn(job, 4, "old");
#pragma GCC diagnostic pop
    assert_string_equal(mn_job_diag(job, 2)->name, "other");
    mn_job_free(job);
    /* Every kind has a name and a description, names once each. */
    const mn_warning_kind *k = mn_warning_kinds();
    size_t n = 0;
    for (; k[n].name; n++) {
        assert_non_null(k[n].description);
        for (size_t j = 0; j < n; j++)
            assert_string_not_equal(k[j].name, k[n].name);
    }
    assert_true(n >= 20);
}

/* Verbose notes are recorded only for a job that asked for them (-v),
 * as notes: no warning, no status. */
static void test_verbose_notes(void **state)
{
    (void)state;
    mn_job *job = mn_job_new(NULL, "x.md");
    assert_int_equal(mn_job_verbose(job), 0);
    mn_job_verbose_note(job, "title-block", 3, "date: from line %u", 3u);
    assert_int_equal(mn_job_diag_count(job), 0);
    mn_job_set_verbose(job, 1);
    assert_int_equal(mn_job_verbose(job), 1);
    mn_job_verbose_note(job, "title-block", 3, "date: from line %u", 3u);
    assert_int_equal(mn_job_diag_count(job), 1);
    const mn_diag *d = mn_job_diag(job, 0);
    assert_int_equal(d->severity, MN_NOTE);
    assert_int_equal(d->line, 3);
    assert_string_equal(d->name, "title-block");
    assert_string_equal(d->message, "date: from line 3");
    assert_int_equal(mn_job_status(job), 0);
    mn_job_free(job);
}

static void test_missing_input(void **state)
{
    (void)state;
    mn_context *ctx = mn_context_new();
    mn_job *job = mn_job_new(ctx, "/nonexistent/minutes.txt");
    assert_int_equal(mn_job_read(job), MN_EX_NOINPUT);
    assert_null(mn_job_doc(job));
    mn_job_free(job);
    mn_context_free(ctx);
}

static void test_input_from_memory(void **state)
{
    (void)state;
    mn_context *ctx = mn_context_new();
    mn_context_add_plugin_dir(ctx, MN_TEST_PLUGIN_DIR);
    mn_job *job = mn_job_new(ctx, "memory.xml");
    const char *xml = "<minutes xmlns='urn:minutes:1' version='1'><meta><title>M</title></meta><body/></minutes>";
    assert_int_equal(mn_job_set_input(job, xml, strlen(xml)), 0);
    assert_int_equal(mn_job_read(job), 0);
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    assert_int_equal(mn_job_write_stream(job, "xml", fp), 0);
    fclose(fp);
    assert_non_null(strstr(buf, "<title>M</title>"));
    free(buf);
    assert_int_equal(mn_job_write_stream(job, "nosuch", stdout), MN_EX_USAGE);
    mn_job_free(job);
    mn_context_free(ctx);
}

static void test_finish_orders_meta_and_strips_private(void **state)
{
    (void)state;
    const char *xml = "<minutes xmlns='urn:minutes:1' version='1'><meta>"
                      "<source format='txt'/><prop name='x'>1</prop><date>2025-01-02</date>"
                      "<title>T</title></meta><body><h level='1'>Left over</h>"
                      "<list ordered='1' style='S'><item>a</item></list></body></minutes>";
    xmlDocPtr doc = xmlReadMemory(xml, (int)strlen(xml), NULL, NULL, 0);
    mn_job *job = mn_job_new(NULL, "t");
    assert_int_equal(mn_pass_finish(doc, job), 0);
    xmlBufferPtr buf = xmlBufferCreate();
    xmlNodeDump(buf, doc, xmlDocGetRootElement(doc), 0, 0);
    assert_string_equal((const char *)xmlBufferContent(buf),
                        "<minutes xmlns=\"urn:minutes:1\" version=\"1\" xml:lang=\"en\"><meta>"
                        "<title>T</title><date>2025-01-02</date><source format=\"txt\"/></meta>"
                        "<body><p>Left over</p><list><item>a</item></list></body></minutes>");
    xmlBufferFree(buf);
    xmlFreeDoc(doc);
    mn_job_free(job);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_options),
        cmocka_unit_test(test_qualified_options),
        cmocka_unit_test(test_diagnostics_and_status),
        cmocka_unit_test(test_warning_names_and_silence),
        cmocka_unit_test(test_verbose_notes),
        cmocka_unit_test(test_missing_input),
        cmocka_unit_test(test_input_from_memory),
        cmocka_unit_test(test_finish_orders_meta_and_strips_private),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
