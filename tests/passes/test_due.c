/* SPDX-License-Identifier: MIT */
/* The due pass: an action's due date is the first deadline named inside it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "passes.h"
#include "pt.h"

static const char *const body =
    "<action id='a1'>Register by <date value='2025-11-21' event='e1'>21 November</date>"
    " and again by <date value='2025-11-25' event='e2'>25 November</date>.</action>"
    "<action id='a2'>Attend the launch on <date value='2025-12-01' event='e3'>1 December</date>.</action>"
    "<action id='a3'>Report what happened on <date value='2025-11-03'>3 November</date>.</action>"
    "<list><item id='s1-i1'><action id='a4'>Poll <em>by <date value='2025-11-20' event='e4'>20 "
    "November</date></em>.</action></item></list>"
    "<action id='a5' due='2026-01-01'>Kept by <date value='2025-11-22' event='e5'>22 Nov</date>.</action>";

static const char *const events =
    "<events><event id='e1' kind='deadline' start='2025-11-21'/>"
    "<event id='e2' kind='deadline' start='2025-11-25'/>"
    "<event id='e3' kind='event' start='2025-12-01'/>"
    "<event id='e4' kind='deadline' start='2025-11-20T17:00:00Z'/>"
    "<event id='e5' kind='deadline' start='2025-11-22'/></events>";

static void test_due(void **state)
{
    (void)state;
    char *xml = NULL;
    assert_true(asprintf(&xml, "<minutes xmlns='urn:minutes:1' version='1'><meta/><body>%s</body>%s</minutes>",
                         body, events) > 0);
    xmlDocPtr doc = xmlReadMemory(xml, (int)strlen(xml), NULL, NULL, 0);
    free(xml);
    assert_non_null(doc);

    mn_job *job = pt_job();
    assert_int_equal(mn_pass_due(doc, job), 0);
    pt_expect(doc, "string(//m:action[@id='a1']/@due)", "2025-11-21"); /* the first deadline */
    pt_expect(doc, "count(//m:action[@id='a2']/@due)", "0");          /* an occasion, no deadline */
    pt_expect(doc, "count(//m:action[@id='a3']/@due)", "0");          /* a past fact, no event */
    pt_expect(doc, "string(//m:action[@id='a4']/@due)", "2025-11-20T17:00:00Z");
    pt_expect(doc, "string(//m:action[@id='a5']/@due)", "2026-01-01"); /* given: kept */
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* "Before the next sync" is due on the day the document gives the next
 * sync; without a deadline word, or for another occasion, it is not. */
static void test_next_meeting(void **state)
{
    (void)state;
    static const char xml[] =
        "<minutes xmlns='urn:minutes:1' version='1'><meta/><body>"
        "<action id='a1'>Share the survey results before the next sync.</action>"
        "<action id='a2'>Bring the banner to the next sync.</action>"
        "<action id='a3'>Book the hall by the next board meeting.</action>"
        "<p id='p1'>Next sync: <date value='2025-08-25T17:00:00Z' event='e1'>Mon Aug 25, 10:00 PT</date></p>"
        "</body><events><event id='e1' kind='event' start='2025-08-25T17:00:00Z' ref='p1'>"
        "<summary>Next sync</summary></event></events></minutes>";
    xmlDocPtr doc = xmlReadMemory(xml, (int)sizeof xml - 1, NULL, NULL, 0);
    assert_non_null(doc);
    mn_job *job = pt_job();
    assert_int_equal(mn_pass_due(doc, job), 0);
    pt_expect(doc, "string(//m:action[@id='a1']/@due)", "2025-08-25");
    pt_expect(doc, "count(//m:event[@kind='deadline' and @ref='a1'])", "1");
    pt_expect(doc, "count(//m:action[@id='a2']/@due)", "0");
    pt_expect(doc, "count(//m:action[@id='a3']/@due)", "0");
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* The next meeting as an event titled "next" and an occasion, the one
 * with a clock time preferred; "for the next call" and "at the March
 * meeting" (the one meeting the calendar holds in March) are due then;
 * a month with two meetings, or a month with no occasion after it, gives
 * no day. */
static void test_meeting_named(void **state)
{
    (void)state;
    static const char xml[] =
        "<minutes xmlns='urn:minutes:1' version='1'><meta/><body>"
        "<action id='a1'>Draft the charter for the next call.</action>"
        "<action id='a2'>Report on the survey at the <date value='2027-03-01' end='2027-03-31' "
        "precision='month'>March</date> meeting.</action>"
        "<action id='a3'>Report on the audit at the <date value='2027-04-01' end='2027-04-30' "
        "precision='month'>April</date> meeting.</action>"
        "<action id='a4'>Order chairs for the <date value='2027-03-01' end='2027-03-31' "
        "precision='month'>March</date> budget.</action>"
        "</body><events>"
        "<event id='e1' kind='event' start='2027-02-11' ref='a1'><summary>Next meeting (every other week)</summary></event>"
        "<event id='e2' kind='event' start='2027-02-18T15:00:00Z' ref='a1'><summary>Next meeting</summary></event>"
        "<event id='e3' kind='event' start='2027-03-10' ref='a1'><summary>Spring meeting</summary></event>"
        "<event id='e4' kind='deadline' start='2027-03-20' ref='a1'><summary>Fees due</summary></event>"
        "<event id='e5' kind='event' start='2027-04-02' ref='a1'><summary>Open day</summary></event>"
        "<event id='e6' kind='event' start='2027-04-20' ref='a1'><summary>AGM</summary></event>"
        "</events></minutes>";
    xmlDocPtr doc = xmlReadMemory(xml, (int)sizeof xml - 1, NULL, NULL, 0);
    assert_non_null(doc);
    mn_job *job = pt_job();
    assert_int_equal(mn_pass_due(doc, job), 0);
    pt_expect(doc, "string(//m:action[@id='a1']/@due)", "2027-02-18");
    pt_expect(doc, "string(//m:action[@id='a2']/@due)", "2027-03-10");
    pt_expect(doc, "count(//m:action[@id='a3']/@due)", "0");
    pt_expect(doc, "count(//m:action[@id='a4']/@due)", "0");
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* A named occasion the calendar dates is due then ("before the extra
 * call", the one event whose title or line names it); a bare "the call",
 * "for the …" (what a thing is for) or an occasion gone by is not.  A
 * tracker's confirmation line after an action gives its due date; a done
 * action's date is when it was done; a month with a congregation and one
 * timed meeting is due at the meeting; a day's name that qualifies a noun
 * ("about Saturday parking") is no day. */
static void test_occasions(void **state)
{
    (void)state;
    static const char xml[] =
        "<minutes xmlns='urn:minutes:1' version='1'><meta><date>2027-10-12</date></meta><body>"
        "<action id='a1'>Ravi to circulate the glossary before the extra call.</action>"
        "<action id='a2'>Ravi to book a room for the extra call.</action>"
        "<action id='a3'>Ravi to tidy the wiki before the call.</action>"
        "<action id='a4'>Ravi to file the notes by the spring retreat.</action>"
        "<action id='a5'>Mia to draft the test plan for captions</action>"
        "<p id='p1'>Bot: Created ACTION-9 - Draft the test plan for captions [on Mia - due "
        "<date value='2027-10-19' event='e3'>2027-10-19</date>]</p>"
        "<action id='a6' status='done'>Mia: send the photos (done on "
        "<date value='2027-10-13'>13 October</date>).</action>"
        "<action id='a7'>Report back at the <date value='2027-12-01' end='2027-12-31' "
        "precision='month'>December</date> meeting.</action>"
        "<action id='a8'>Ravi to ask the council about <date value='2027-10-16' precision='day'>Saturday</date> parking.</action>"
        "<action id='a9'>Ravi to book the van on <date value='2027-10-16' precision='day'>Saturday</date> morning.</action>"
        "<p id='p2'>Extra call: Tuesday 26 October.</p>"
        "</body><events>"
        "<event id='e1' kind='event' start='2027-10-26T15:00:00Z' ref='p2'><summary>TC extra call</summary></event>"
        "<event id='e2' kind='event' start='2027-03-01' ref='p2'><summary>Spring retreat</summary></event>"
        "<event id='e3' kind='deadline' start='2027-10-19' ref='p1'><summary>Bot</summary></event>"
        "<event id='e4' kind='event' start='2027-12-12' end='2027-12-14' all-day='true' ref='p2'>"
        "<summary>Winter congregations</summary></event>"
        "<event id='e5' kind='event' start='2027-12-07T14:00:00Z' ref='p2'><summary>Board</summary></event>"
        "</events></minutes>";
    xmlDocPtr doc = xmlReadMemory(xml, (int)sizeof xml - 1, NULL, NULL, 0);
    assert_non_null(doc);
    mn_job *job = pt_job();
    assert_int_equal(mn_pass_due(doc, job), 0);
    pt_expect(doc, "string(//m:action[@id='a1']/@due)", "2027-10-26");
    pt_expect(doc, "count(//m:action[@id='a2']/@due)", "0");
    pt_expect(doc, "count(//m:action[@id='a3']/@due)", "0");
    pt_expect(doc, "count(//m:action[@id='a4']/@due)", "0");
    pt_expect(doc, "string(//m:action[@id='a5']/@due)", "2027-10-19");
    pt_expect(doc, "string(//m:event[@id='e3']/@ref)", "a5");
    pt_expect(doc, "count(//m:action[@id='a6']/@due)", "0");
    pt_expect(doc, "string(//m:action[@id='a7']/@due)", "2027-12-07");
    pt_expect(doc, "count(//m:action[@id='a8']/@due)", "0");
    pt_expect(doc, "string(//m:action[@id='a9']/@due)", "2027-10-16");
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* A paragraph made an action, with several deadlines: the one in the
 * sentence that names the owner is the action's; one deadline alone is
 * the action's wherever it stands. */
static void test_owner_sentence(void **state)
{
    (void)state;
    static const char xml[] =
        "<minutes xmlns='urn:minutes:1' version='1'><meta><date>2027-03-01</date></meta><body>"
        "<action id='a1' owner='Omar'>Entries close on <date value='2027-04-30' event='e1'>30 April</date> "
        "for all classes. Omar will chase the judges by <date value='2027-04-09' event='e2'>9 April</date>."
        "</action>"
        "<action id='a2' owner='Lena'>Tickets go on sale by <date value='2027-05-02' event='e3'>2 May</date>; "
        "Lena will print them.</action>"
        "</body><events>"
        "<event id='e1' kind='deadline' start='2027-04-30'><summary>Entries close</summary></event>"
        "<event id='e2' kind='deadline' start='2027-04-09'><summary>Chase the judges</summary></event>"
        "<event id='e3' kind='deadline' start='2027-05-02'><summary>Tickets on sale</summary></event>"
        "</events></minutes>";
    xmlDocPtr doc = xmlReadMemory(xml, (int)sizeof xml - 1, NULL, NULL, 0);
    assert_non_null(doc);
    mn_job *job = pt_job();
    assert_int_equal(mn_pass_due(doc, job), 0);
    pt_expect(doc, "string(//m:action[@id='a1']/@due)", "2027-04-09");
    pt_expect(doc, "string(//m:action[@id='a2']/@due)", "2027-05-02");
    mn_job_free(job);
    xmlFreeDoc(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_due),
        cmocka_unit_test(test_next_meeting),
        cmocka_unit_test(test_meeting_named),
        cmocka_unit_test(test_owner_sentence),
        cmocka_unit_test(test_occasions),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
