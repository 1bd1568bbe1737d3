/* SPDX-License-Identifier: MIT */
/* The order of numeric dates a document implies (doclang.c), and the front
 * matter reading with it, with times given in two zones. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doclang.h"
#include "passes.h"
#include "pt.h"

#define M "/m:minutes/m:meta/"

static int order_of(const char *meta, const char *body, const char *option)
{
    mn_job *job = pt_job();
    if (option)
        assert_int_equal(mn_job_set_option(job, "date-order", option), 0);
    xmlDocPtr doc = pt_doc(meta, body);
    int order = mn_doc_date_order(doc, job);
    xmlFreeDoc(doc);
    mn_job_free(job);
    return order;
}

static void test_order_from_usage(void **state)
{
    (void)state;
    /* a day above 12 leaves no doubt, whichever way round */
    assert_int_equal(order_of("", "<p>Paid on 23/05/22 and 4/6/22.</p>", NULL), 'd');
    assert_int_equal(order_of("", "<p>Due 2/15, then 3/30/2024.</p>", NULL), 'm');
    /* the dates outvote a declared en-US (Word's default) */
    assert_int_equal(order_of("<prop name=\"lang\">en-US</prop>",
                              "<p>Deadline 30/09/2025</p><p>Deadline 31/10/2025</p>", NULL), 'd');
    /* "24/7", versions, reference numbers and fractions are no dates */
    assert_int_equal(order_of("", "<p>Support 24/7 on 4.25 and 13.2; ref 25/03112/FUL; 1/2 cup</p>",
                              NULL), 0);
    /* dotted dates count with a year */
    assert_int_equal(order_of("", "<p>Am 23.05.2022 beschlossen.</p>", NULL), 'd');
    /* split evidence says nothing */
    assert_int_equal(order_of("", "<p>13/01/2024 and 01/13/2024</p>", NULL), 0);
}

static void test_order_from_language(void **state)
{
    (void)state;
    assert_int_equal(order_of("<prop name=\"lang\">en-US</prop>", "<p>02/08/2024</p>", NULL), 'm');
    assert_int_equal(order_of("<prop name=\"lang\">en-GB</prop>", "<p>02/08/2024</p>", NULL), 'd');
    assert_int_equal(order_of("<prop name=\"lang\">fil-PH</prop>", "<p>x</p>", NULL), 'm');
    assert_int_equal(order_of("<prop name=\"lang\">es-419</prop>", "<p>x</p>", NULL), 'd');
    assert_int_equal(order_of("<prop name=\"lang\">en</prop>", "<p>02/08/2024</p>", NULL), 0);
    /* the option wins over both */
    assert_int_equal(order_of("<prop name=\"lang\">en-US</prop>", "<p>2/15</p>", "dmy"), 'd');
}

static xmlDocPtr front(mn_job *job, const char *meta, const char *body)
{
    xmlDocPtr doc = pt_doc(meta, body);
    assert_int_equal(mn_pass_frontmatter(doc, job), 0);
    return doc;
}

static void test_front_matter_date_order(void **state)
{
    (void)state;
    mn_job *job = pt_job();
    xmlDocPtr doc = front(job, "<prop name=\"lang\">en-US</prop>",
                          "<p>Ops weekly</p><p>Date: 02/08/2024</p><p>Text.</p>");
    pt_expect(doc, "string(" M "m:date)", "2024-02-08");
    /* the document stated its order: no ambiguity warning */
    assert_false(pt_diag_has(job, "--date-order"));
    xmlFreeDoc(doc);
    mn_job_free(job);
}

static void test_time_in_two_zones(void **state)
{
    (void)state;
    static const struct {
        const char *line, *start, *end, *zone;
    } cases[] = {
        {"Time: 11:00\xE2\x80\x93" "12:00 ET (17:00\xE2\x80\x93" "18:00 CEST)", "11:00", "12:00", "ET"},
        {"Time: 10:00 PT / 13:00 ET", "10:00", "", "PT"},
        {"Time: 2pm\xE2\x80\x93" "2:45pm CT", "14:00", "14:45", "CT"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char body[256];
        snprintf(body, sizeof body, "<p>Ops weekly</p><p>Date: 2026-08-27</p><p>%s</p><p>Text.</p>",
                 cases[i].line);
        mn_job *job = pt_job();
        xmlDocPtr doc = front(job, "", body);
        pt_expect(doc, "string(" M "m:time/@start)", cases[i].start);
        pt_expect(doc, "string(" M "m:time/@end)", cases[i].end);
        pt_expect(doc, "string(" M "m:time/@zone)", cases[i].zone);
        /* the line was the meeting's time: it left the text, unless it
         * gave a second zone meta cannot hold (then nothing is lost) */
        pt_expect(doc, "count(//m:body/m:p)", i < 2 ? "2" : "1");
        xmlFreeDoc(doc);
        mn_job_free(job);
    }
    /* a conversion without a zone is no conversion: the line stays text */
    mn_job *job = pt_job();
    xmlDocPtr doc = front(job, "", "<p>Ops weekly</p><p>Time: 14:00 UTC (10:00 maybe) or later</p>");
    pt_expect(doc, "count(" M "m:time)", "0");
    xmlFreeDoc(doc);
    mn_job_free(job);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_order_from_usage),
        cmocka_unit_test(test_order_from_language),
        cmocka_unit_test(test_front_matter_date_order),
        cmocka_unit_test(test_time_in_two_zones),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
