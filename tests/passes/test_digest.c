/* SPDX-License-Identifier: MIT */
/* The digest pass: several meetings in one file, one dated heading each. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "passes.h"
#include "pt.h"

#define B "/m:minutes/m:body/"
#define META "/m:minutes/m:meta"

/* Sections, digest and (with TEMPORAL) the temporal pass over BODY. */
static xmlDocPtr run(const char *meta, const char *body, int temporal)
{
    mn_job *job = pt_job();
    xmlDocPtr doc = pt_doc(meta, body);
    assert_int_equal(mn_pass_sections(doc, job), 0);
    assert_int_equal(mn_pass_digest(doc, job), 0);
    if (temporal)
        assert_int_equal(mn_pass_temporal(doc, job), 0);
    mn_job_free(job);
    return doc;
}

static void test_weekly_iso_headings(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<title>January board update</title>",
                        "<p>A summary of the board's weekly calls.</p>"
                        "<h level=\"2\">2027-01-04</h><p>The roadmap was discussed.</p>"
                        "<h level=\"2\">2027-01-11</h><p>The budget was approved.</p>"
                        "<h level=\"2\">2027-01-18</h><p>Nothing to report.</p>",
                        0);
    pt_expect(doc, "string(" META "/@digest)", "true");
    pt_expect(doc, "string(" B "m:section[1]/@date)", "2027-01-04");
    pt_expect(doc, "string(" B "m:section[3]/@date)", "2027-01-18");
    /* the title block had no date: the first meeting's, after the title */
    pt_expect(doc, "string(" META "/m:date)", "2027-01-04");
    pt_expect(doc, "name(" META "/*[2])", "date");
    xmlFreeDoc(doc);
}

static void test_meeting_of_headings_newest_first(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<title>Working group digest</title><date>2026-03-20</date>",
                        "<h level=\"2\">Meeting of 17 March 2026</h><p>b</p>"
                        "<h level=\"2\">Call on Tuesday, 3rd March 2026</h><p>a</p>",
                        0);
    pt_expect(doc, "string(" META "/@digest)", "true");
    pt_expect(doc, "string(" B "m:section[1]/@date)", "2026-03-17");
    pt_expect(doc, "string(" B "m:section[2]/@date)", "2026-03-03");
    /* a date the title block wrote stays */
    pt_expect(doc, "string(" META "/m:date)", "2026-03-20");
    xmlFreeDoc(doc);
}

/* The days of one meeting over several days are that meeting's sessions. */
static void test_days_of_one_meeting(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<title>Plenary</title>",
                        "<h level=\"2\">Tuesday 28 March 2023</h><p>a</p>"
                        "<h level=\"2\">Wednesday 29 March 2023</h><p>b</p>"
                        "<h level=\"2\">Friday 31 March 2023</h><p>c</p>",
                        0);
    pt_expect(doc, "count(" META "/@digest)", "0");
    pt_expect(doc, "count(" B "m:section/@date)", "0");
    pt_expect(doc, "count(" META "/m:date)", "0");
    xmlFreeDoc(doc);
}

/* Headings that date other things than the meetings reported. */
static void test_other_dated_headings(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<title>Committee</title>",
                        "<h level=\"2\">Minutes of 8 February 2024</h><p>Approved.</p>"
                        "<h level=\"2\">Budget</h><p>a</p>"
                        "<h level=\"2\">Next meeting 14 March 2024</h><p>b</p>",
                        0);
    pt_expect(doc, "count(" META "/@digest)", "0");
    xmlFreeDoc(doc);
    doc = run("<title>Committee</title>",
              "<h level=\"2\">Budget for 1 April 2024</h><p>a</p>"
              "<h level=\"2\">Deadline 30 April 2024</h><p>b</p>",
              0);
    pt_expect(doc, "count(" META "/@digest)", "0");
    xmlFreeDoc(doc);
    /* one dated heading is one meeting */
    doc = run("<title>Committee</title>", "<h level=\"2\">2024-02-08</h><p>a</p>"
                                          "<h level=\"2\">Budget</h><p>b</p>",
              0);
    pt_expect(doc, "count(" META "/@digest)", "0");
    xmlFreeDoc(doc);
}

/* A group's name repeated around a meeting noun in every meeting's heading. */
static void test_repeated_group_headings(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<title>March TSC summary</title>",
                        "<h level=\"2\">TSC meeting 2025-03-05</h><p>a</p>"
                        "<h level=\"2\">TSC meeting 2025-03-19</h><p>b</p>",
                        0);
    pt_expect(doc, "string(" META "/@digest)", "true");
    pt_expect(doc, "string(" B "m:section[2]/@date)", "2025-03-19");
    xmlFreeDoc(doc);
    /* the same words without a meeting noun date something else */
    doc = run("<title>Grants</title>", "<h level=\"2\">Grant round 3 March 2025</h><p>a</p>"
                                       "<h level=\"2\">Grant round 17 March 2025</h><p>b</p>",
              0);
    pt_expect(doc, "count(" META "/@digest)", "0");
    xmlFreeDoc(doc);
    /* nor do headings of the meetings before or after this one */
    doc = run("<title>Board</title>", "<h level=\"2\">Next meeting 3 March 2025</h><p>a</p>"
                                      "<h level=\"2\">Next meeting 17 March 2025</h><p>b</p>",
              0);
    pt_expect(doc, "count(" META "/@digest)", "0");
    xmlFreeDoc(doc);
}

/* Plain text: each meeting's line of its own heads its section. */
static void test_plain_text_lines(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<title>Operations syncs</title>",
                        "<p>Notes of the team's weekly syncs.</p>"
                        "<p>Weekly sync, Monday 4 November 2024</p><list><item>a</item></list>"
                        "<p>Weekly sync, Monday 11 November 2024</p><p>The plan was adopted.</p>"
                        "<p>The next sync is on Monday 18 November 2024.</p>",
                        0);
    pt_expect(doc, "string(" META "/@digest)", "true");
    pt_expect(doc, "count(" B "m:section)", "2");
    pt_expect(doc, "string(" B "m:section[2]/@date)", "2024-11-11");
    pt_expect(doc, "count(" B "m:section[2]/m:p)", "2");
    xmlFreeDoc(doc);
    /* days alone on their lines are the title block's date and the next
     * meeting's, no meetings' headings */
    doc = run("<title>Committee</title>", "<p>4 May 2026</p><p>CALL TO ORDER</p><p>Opened.</p>"
                                          "<p>DATE OF NEXT MEETING</p><p>1 June 2026</p>",
              0);
    pt_expect(doc, "count(" META "/@digest)", "0");
    pt_expect(doc, "count(" B "m:section/@date)", "0");
    xmlFreeDoc(doc);
    /* one such line is one meeting's date line, no heading */
    doc = run("<title>Operations sync</title>",
              "<p>Weekly sync, Monday 4 November 2024</p><p>The plan was adopted.</p>", 0);
    pt_expect(doc, "count(" B "m:section)", "0");
    xmlFreeDoc(doc);
}

/* The meetings may sit under one heading the title did not take. */
static void test_parts_one_level_down(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<title>Update</title>",
                        "<h level=\"1\">Summaries</h>"
                        "<h level=\"2\">2025-06-02 meeting</h><p>a</p>"
                        "<h level=\"2\">2025-06-16 meeting</h><p>b</p>"
                        "<h level=\"1\">Questions</h><p>c</p>",
                        0);
    pt_expect(doc, "string(" META "/@digest)", "true");
    pt_expect(doc, "string(" B "m:section[1]/m:section[2]/@date)", "2025-06-16");
    pt_expect(doc, "count(" B "m:section[2]/@date)", "0");
    xmlFreeDoc(doc);
}

/* Relative dates in a part resolve against that part's meeting ("next
 * Thursday" said on a Monday is the next week's, temporal_resolve.c). */
static void test_part_date_governs(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<title>Winter digest</title>",
                        "<h level=\"2\">2026-12-07</h><p>The team will meet next Thursday.</p>"
                        "<h level=\"2\">2027-01-11</h><p>The team will meet next Thursday.</p>",
                        1);
    pt_expect(doc, "string(" B "m:section[1]//m:date[.='next Thursday']/@value)", "2026-12-17");
    pt_expect(doc, "string(" B "m:section[2]//m:date[.='next Thursday']/@value)", "2027-01-21");
    xmlFreeDoc(doc);
}

/* Events: a part's dates are past or future from its own meeting, and its
 * heading (the meeting reported) titles none of them. */
static void test_part_events(void **state)
{
    (void)state;
    mn_job *job = pt_job();
    xmlDocPtr doc = pt_doc("<title>Council summaries</title>",
                           "<h level=\"2\">Council meeting 2025-03-05</h>"
                           "<p>The council agreed to freeze the old branch on 1 April.</p>"
                           "<h level=\"2\">Council meeting 2025-03-19</h>"
                           "<p>The notice went out on 12 March.</p>");
    const mn_pass_fn passes[] = {mn_pass_sections, mn_pass_digest, mn_pass_ids, mn_pass_temporal,
                                 mn_pass_events};
    for (size_t i = 0; i < sizeof passes / sizeof passes[0]; i++)
        assert_int_equal(passes[i](doc, job), 0);
    pt_expect(doc, "count(//m:event)", "1");
    pt_expect(doc, "string(//m:event/@start)", "2025-04-01");
    char *summary = pt_str(doc, "string(//m:event/m:summary)");
    assert_null(strstr(summary, "Council meeting"));
    free(summary);
    mn_job_free(job);
    xmlFreeDoc(doc);
}

static void test_valid_output(void **state)
{
    (void)state;
    xmlDocPtr doc = pt_doc("<title>Monthly update</title>",
                           "<h level=\"2\">2026-05-05</h><p>a</p><h level=\"2\">2026-05-19</h><p>b</p>");
    assert_int_equal(pt_run_all_valid(doc), 0);
    pt_expect(doc, "string(" META "/@digest)", "true");
    xmlFreeDoc(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_weekly_iso_headings),
        cmocka_unit_test(test_meeting_of_headings_newest_first),
        cmocka_unit_test(test_days_of_one_meeting),
        cmocka_unit_test(test_other_dated_headings),
        cmocka_unit_test(test_repeated_group_headings),
        cmocka_unit_test(test_plain_text_lines),
        cmocka_unit_test(test_parts_one_level_down),
        cmocka_unit_test(test_part_date_governs),
        cmocka_unit_test(test_part_events),
        cmocka_unit_test(test_valid_output),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
