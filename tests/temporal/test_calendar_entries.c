/* SPDX-License-Identifier: MIT */
/* test_calendar_entries.c — which dates become calendar entries (issue 18):
 * the dates a careless calendar takes and a reader would not, each refused
 * with a note that says why; and the ones it must keep.  The documents are
 * small and made up, in the shapes ../shared/CONVENTIONS.md describes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "event_rules.h"
#include "lexicon.h"
#include "passes.h"
#include "tt.h"

static const char *const meta = "<date>2026-03-04</date>";

/* Runs the passes on BODY under META; the caller frees both. */
static xmlDocPtr run(const char *m, const char *body, mn_job **job)
{
    xmlDocPtr doc = tt_doc(m, body);
    *job = tt_job(NULL);
    tt_run(doc, *job);
    return doc;
}

/* Whether the job holds a note (never a warning) that says NEEDLE. */
static int noted(const mn_job *job, const char *needle)
{
    for (size_t i = 0; i < mn_job_diag_count(job); i++) {
        const mn_diag *d = mn_job_diag(job, i);
        if (d->severity == MN_NOTE && strstr(d->message, needle))
            return 1;
    }
    return 0;
}

static void the_meeting_day_is_no_entry(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run(meta,
                        "<p id=\"p1\">Today, 4 March, the group reviewed the plan.</p>"
                        "<p id=\"p2\">The next call is on 18 March at 15:00 UTC.</p>",
                        &job);
    tt_count(doc, "//m:event", 1);
    tt_expect(doc, "string(//m:event/@ref)", "p2");
    assert_true(noted(job, "the day of the meeting itself"));
    assert_false(tt_diag_has(job, "warning"));
    mn_job_free(job);
    xmlFreeDoc(doc);
}

static void an_evening_time_west_of_utc_keeps_its_written_day(void **state)
{
    (void)state;
    mn_job *job;
    /* 19:00 Pacific on 4 March is 03:00 UTC on 5 March: still the meeting's day */
    xmlDocPtr doc = run("<date>2026-03-04</date><time start=\"19:00\" zone=\"America/Los_Angeles\"/>",
                        "<p id=\"p1\">Doors open at 19:00 on 4 March.</p>"
                        "<p id=\"p2\">The social is on 5 March at 19:00.</p>",
                        &job);
    tt_count(doc, "//m:event", 1);
    tt_expect(doc, "string(//m:event/@ref)", "p2");
    mn_job_free(job);
    xmlFreeDoc(doc);
}

static void a_date_line_is_the_meeting_itself(void **state)
{
    (void)state;
    mn_job *job;
    /* no meeting date known: the "Date:" line still says whose date it is */
    xmlDocPtr doc = run("",
                        "<p id=\"p1\">Date: Tuesday 9 June 2026, 15:00–16:30 UTC</p>"
                        "<p id=\"p2\">**When:** 10 June 2026</p>"
                        "<p id=\"p3\">Next meeting date: 23 June 2026</p>",
                        &job);
    tt_count(doc, "//m:event", 1);
    tt_expect(doc, "string(//m:event/@ref)", "p3");
    assert_true(noted(job, "the meeting's own date line"));
    mn_job_free(job);
    xmlFreeDoc(doc);
}

static void a_title_table_is_the_meeting_itself(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run("",
                        "<table><row><cell>Date:</cell><cell id=\"c1\">12 May 2026</cell></row>"
                        "<row><cell>Venue</cell><cell>Room 4</cell></row></table>"
                        "<table><row><cell>Date</cell><cell>Time</cell></row>"
                        "<row><cell id=\"c2\">13 May 2026</cell><cell>10:00</cell></row></table>"
                        "<table><row><cell>Action</cell><cell>Date</cell></row>"
                        "<row><cell>Book the hall</cell><cell id=\"c3\">20 May 2026</cell></row>"
                        "<row><cell>Order chairs</cell><cell id=\"c4\">22 May 2026</cell></row></table>",
                        &job);
    /* beside or under a Date label of a title table: the meeting; a column
     * of a longer table: entries */
    tt_count(doc, "//*[@id='c1' or @id='c2']//m:date[@event]", 0);
    tt_count(doc, "//*[@id='c3' or @id='c4']//m:date[@event]", 2);
    mn_job_free(job);
    xmlFreeDoc(doc);
}

static void a_heading_date_names_the_session_under_it(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run("<date>2026-02-02</date>",
                        "<section id=\"s1\"><heading>Monday 9 February 2026</heading>"
                        "<p id=\"s1-p1\">Status reports.</p></section>"
                        "<section id=\"s2\"><heading>Next meeting: 23 February 2026</heading></section>",
                        &job);
    tt_count(doc, "//m:event", 1);
    tt_expect(doc, "string(//m:event/@start)", "2026-02-23");
    assert_true(noted(job, "a heading's date"));
    mn_job_free(job);
    xmlFreeDoc(doc);
}

static void a_speakers_tomorrow_is_a_remark(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run(meta,
                        "<p id=\"p1\">KLM: Tomorrow we start at 10:00 with the overflow.</p>"
                        "<p id=\"p2\">**Ana Ruiz:** I can look at it on Friday.</p>"
                        "<p id=\"p3\" speaker=\"Bo Chen\">See you next week.</p>"
                        "<list><item id=\"i1\">Piotr: by Friday, send the ballot reminders</item></list>"
                        "<p id=\"p4\">KLM: The workshop is on 20 March 2026.</p>"
                        "<p id=\"p5\">Note: the survey closes on Friday.</p>",
                        &job);
    /* remarks stay text; a task's due day, a calendar date said by a
     * speaker and a labelled line keep their entries */
    tt_count(doc, "//*[@id='p1' or @id='p2' or @id='p3']//m:date[@event]", 0);
    tt_count(doc, "//*[@id='i1' or @id='p4' or @id='p5']//m:date[@event]", 3);
    assert_true(noted(job, "a day named in a speaker's remark"));
    mn_job_free(job);
    xmlFreeDoc(doc);
}

static void speaker_prefixes(void **state)
{
    (void)state;
    const char *yes[] = {"RMA: we", "Ana Ruiz: we", "**Ana Ruiz:** we", "<trackbot> Date",
                         "tolland: March", "- Bo: ok"};
    const char *no[] = {"Next meeting: 5 May", "Action: Bo", "Date: 5 May", "10:30 start",
                        "see http://x", "Decided: yes", "ACTION A1: Bo to"};
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
        assert_true(mn_event_speaker_prefix(yes[i], strlen(yes[i])) > 0);
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        if (mn_event_speaker_prefix(no[i], strlen(no[i])) != 0)
            fail_msg("\"%s\" read as a speaker", no[i]);
}

/* Aims and rough due dates name no day a calendar could hold; the exact
 * days beside them stay. */
static void an_approximate_date_is_no_entry(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run(meta,
                        "<p id=\"p1\">Dana will tidy the wiki by the end of the week.</p>"
                        "<p id=\"p2\">Ines: we hope to ship around mid-April.</p>"
                        "<p id=\"p3\">Reviews within two weeks, please.</p>"
                        "<p id=\"p4\">The survey closes on 20 March.</p>",
                        &job);
    tt_count(doc, "//m:event", 1);
    tt_expect(doc, "string(//m:event/@ref)", "p4");
    assert_true(noted(job, "an approximate date"));
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* A weekday alone before a noun or a plural part of the day labels a
 * habit; after "on", "by" or before a time it is a day. */
static void a_weekday_as_a_label_is_no_entry(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run(meta,
                        "<p id=\"p1\">Lena asked whether the Sunday youth league could start later.</p>"
                        "<p id=\"p2\">Coaching moves to Tuesday evenings after Easter.</p>"
                        "<p id=\"p3\">The stall is open on Saturday for the fair.</p>"
                        "<p id=\"p4\">Please send comments by Friday.</p>"
                        "<p id=\"p5\">Our Thursday call is at 15:00 UTC.</p>"
                        "<p id=\"p6\">Wednesday</p><p id=\"p7\">09:00 Opening session</p>",
                        &job);
    tt_count(doc, "//*[@id='p1']//m:date[@event]", 0);
    tt_count(doc, "//*[@id='p2']//m:date[@event]", 0);
    tt_count(doc, "//*[@id='p3']//m:date[@event]", 1);
    tt_count(doc, "//*[@id='p4']//m:date[@event]", 1);
    tt_count(doc, "//*[@id='p5']//m:date[@event]", 1);
    assert_true(noted(job, "a weekday as a label"));
    assert_true(noted(job, "a weekday of each week"));
    tt_count(doc, "//*[@id='p6']//m:date[@event]", 0);
    assert_true(noted(job, "labels a day of a programme"));
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* A day named in one place and given its hours in another is one entry,
 * the timed one; another occasion on that day stays apart. */
static void a_day_and_its_hours_are_one_entry(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run(meta,
                        "<p id=\"p1\">The next plenary is on 18 March.</p>"
                        "<p id=\"p2\">The budget review also falls on 18 March.</p>"
                        "<p id=\"p3\">Next plenary: 18 March 2026, 14:00–15:00 UTC.</p>",
                        &job);
    tt_count(doc, "//m:event", 2);
    tt_expect(doc, "string(//m:event[@start='2026-03-18T14:00:00Z']/@ref)", "p3");
    tt_expect(doc, "string(//*[@id='p1']//m:date/@event = //m:event[@start='2026-03-18T14:00:00Z']/@id)",
              "true");
    tt_count(doc, "//m:event[@start='2026-03-18']", 1);
    tt_assert_valid(doc);
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* "Tuesday 2026-03-17": the weekday is the ISO date's, not the next
 * Tuesday on its own. */
static void a_weekday_before_its_date_is_that_date(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run(meta, "<p id=\"p1\">Next call: Tuesday 2026-03-17, 15:00 UTC.</p>", &job);
    tt_count(doc, "//m:event", 1);
    tt_expect(doc, "string(//m:event/@start)", "2026-03-17T15:00:00Z");
    assert_true(noted(job, "a weekday written before its date"));
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* The day the clocks change is told so that people join at the right
 * hour; a zone named "Summer Time" in a date is no such note. */
static void a_clock_change_is_no_entry(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run(meta,
                        "<p id=\"p1\">Next call: 25 March 2026, 16:00–17:00 UTC.</p>"
                        "<p id=\"p2\">European summer time begins on 29 March, so later calls move.</p>"
                        "<p id=\"p3\">The workshop is on 2 April 2026 at 10:00 British Summer Time.</p>",
                        &job);
    tt_count(doc, "//m:event", 2);
    tt_count(doc, "//*[@id='p2']//m:date[@event]", 0);
    tt_count(doc, "//*[@id='p3']//m:date[@event]", 1);
    assert_true(noted(job, "a change of the clocks"));
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* A speaker who asks or supposes schedules nothing; the same speaker's
 * plain statement does. */
static void a_speakers_question_or_supposition_is_no_entry(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run(meta,
                        "<p id=\"p1\">Bruno: 20 March for the freeze, then?</p>"
                        "<p id=\"p2\">Bruno: if the votes are in by then, we could publish on 27 March.</p>"
                        "<p id=\"p3\">Bruno: the ballot closes on 24 March.</p>",
                        &job);
    tt_count(doc, "//m:event", 1);
    tt_expect(doc, "string(//m:event/@ref)", "p3");
    assert_true(noted(job, "a speaker's question or supposition"));
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* A weekday told in the past tense ("started", a tense cue) is the one
 * gone by; "ends" after a past clause is still to come. */
static void a_weekday_in_the_past_tense_is_no_entry(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run(meta,
                        "<p id=\"p1\">The fundraising drive started on Sunday.</p>"
                        "<p id=\"p2\">The drive started on 1 March and ends on 30 March.</p>",
                        &job);
    tt_count(doc, "//*[@id='p1']//m:date[@event]", 0);
    tt_count(doc, "//m:event", 1);
    tt_expect(doc, "string(//m:event/@start)", "2026-03-30");
    assert_true(noted(job, "before the meeting"));
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* The only day of an item with its hour in a later clause is timed, in
 * the meeting's zone; a deadline or a table row kept as text is not. */
static void an_hour_in_a_later_clause_times_the_day(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run("<date>2026-03-04</date><time start=\"19:00\" zone=\"Europe/London\"/>",
                        "<list><item id=\"i1\">Spring regatta – Sunday 12 April. Briefing from 09:30 "
                        "at the boathouse.</item>"
                        "<item id=\"i2\">Entries close on 5 April; the office shuts at 17:00.</item>"
                        "<item id=\"i3\">19 April | 10:00 | Harbour Room</item></list>",
                        &job);
    tt_expect(doc, "string(//m:event[@ref='i1']/@start)", "2026-04-12T08:30:00Z");
    tt_expect(doc, "string(//m:event[@ref='i2']/@start)", "2026-04-05");
    tt_expect(doc, "string(//m:event[@ref='i3']/@start)", "2026-04-19");
    tt_assert_valid(doc);
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* A meeting over a few days with its daily hours written after them is
 * the first day's hours, daily; dates that share "both at" share a clock. */
static void days_and_hours_written_apart(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run(meta,
                        "<p id=\"p1\">Plenary: June 9–11, remote, 14:00–18:00 UTC.</p>"
                        "<p id=\"p2\">Court dates: Monday 20 April and Monday 18 May, both at "
                        "10:00 UTC.</p>",
                        &job);
    tt_expect(doc, "string(//m:event[@ref='p1']/@start)", "2026-06-09T14:00:00Z");
    tt_expect(doc, "string(//m:event[@ref='p1']/@end)", "2026-06-09T18:00:00Z");
    tt_expect(doc, "string(//m:event[@ref='p1']/@recurrence)", "FREQ=DAILY;COUNT=3");
    tt_count(doc, "//m:event[@start='2026-04-20T10:00:00Z']", 1);
    tt_count(doc, "//m:event[@start='2026-05-18T10:00:00Z']", 1);
    tt_assert_valid(doc);
    mn_job_free(job);
    xmlFreeDoc(doc);
}

static void an_occasion_called_off_is_no_entry(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run(meta,
                        "<p id=\"p1\">No call on 25 March (holiday).</p>"
                        "<p id=\"p2\">The 1 April meeting is cancelled, and we meet on 8 April.</p>"
                        "<p id=\"p3\">No objections were raised; the vote is on 15 April.</p>",
                        &job);
    tt_count(doc, "//*[@id='p1']//m:date[@event]", 0);
    tt_expect(doc, "count(//*[@id='p2']//m:date[@event])", "1");
    tt_expect(doc, "string(//*[@id='p2']//m:date[@event])", "8 April");
    tt_count(doc, "//*[@id='p3']//m:date[@event]", 1);
    assert_true(noted(job, "called off"));
    mn_job_free(job);
    xmlFreeDoc(doc);
}

static void an_action_register_gives_deadlines_named_by_the_task(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run(meta,
                        "<table><row><cell>Task</cell><cell>Who</cell><cell>When</cell></row>"
                        "<row><cell>Order new hall chairs</cell><cell>Jo Bell</cell>"
                        "<cell id=\"c1\">20 March 2026</cell></row></table>"
                        "<table><row><cell>Ref</cell><cell>Action</cell><cell>Target date</cell></row>"
                        "<row><cell>26/04</cell><cell>Renew the insurance policy</cell>"
                        "<cell id=\"c2\">31 March 2026</cell></row></table>"
                        "<table><row><cell>Step</cell><cell>Date</cell></row>"
                        "<row><cell>Call for papers opens</cell><cell id=\"c3\">1 April 2026</cell></row>"
                        "<row><cell>Programme published</cell><cell id=\"c4\">1 May 2026</cell></row></table>"
                        "<table><row><cell>No.</cell><cell>Action</cell><cell>By</cell><cell>Date</cell></row>"
                        "<row><cell>1</cell><cell><action owner=\"KL\" id=\"a1\">Book the coach for the away day</action></cell><cell>KL</cell>"
                        "<cell id=\"c5\">15 April 2026</cell></row></table>",
                        &job);
    tt_expect(doc, "string(//m:event[@ref='c1' or @start='2026-03-20']/@kind)", "deadline");
    tt_expect(doc, "string(//m:event[@start='2026-03-20']/m:summary)", "Order new hall chairs");
    tt_expect(doc, "string(//m:event[@start='2026-03-31']/@kind)", "deadline");
    tt_expect(doc, "string(//m:event[@start='2026-03-31']/m:summary)", "Renew the insurance policy");
    /* a table of steps and dates lists occasions, each named by its row */
    tt_expect(doc, "string(//m:event[@start='2026-04-01']/@kind)", "event");
    tt_expect(doc, "string(//m:event[@start='2026-04-01']/m:summary)", "Call for papers opens");
    tt_expect(doc, "string(//m:event[@start='2026-05-01']/m:summary)", "Programme published");
    /* a "Date" column beside an action the actions pass found ("By" names
     * its owner): its due day */
    tt_expect(doc, "string(//m:event[@start='2026-04-15']/@kind)", "deadline");
    mn_job_free(job);
    xmlFreeDoc(doc);
}

static void closing_words_make_deadlines(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run(meta,
                        "<p id=\"p1\">Working group last call ends 20 March 2026.</p>"
                        "<p id=\"p2\">Registration for the plugfest closes 27 March.</p>"
                        "<p id=\"p3\">The hosting contract runs out on 31 March.</p>"
                        "<p id=\"p4\">The release freeze is on 14 April.</p>"
                        "<p id=\"p5\">The plugfest will be held on 16 April.</p>",
                        &job);
    tt_expect(doc, "string(//m:event[@ref='p1']/@kind)", "deadline");
    tt_expect(doc, "string(//m:event[@ref='p2']/@kind)", "deadline");
    tt_expect(doc, "string(//m:event[@ref='p3']/@kind)", "deadline");
    tt_expect(doc, "string(//m:event[@ref='p4']/@kind)", "deadline");
    tt_expect(doc, "string(//m:event[@ref='p5']/@kind)", "event");
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* "from 0930 to 1015" after a date is a time range (Word minutes from
 * firms write clocks so); without a lead, or alone, four digits are a
 * count or years, but for a clock with a leading zero ("…, 0830"). */
static void four_digit_clocks_after_a_date(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run(meta,
                        "<p id=\"p1\">The site visit is on 23/03/26 from 0930 to 1015.</p>"
                        "<p id=\"p2\">On 5 May 2026, 1200-1500 visitors came; sales from 2019 to 2023.</p>",
                        &job);
    tt_expect(doc, "string(//m:event[@ref='p1']/@start)", "2026-03-23T09:30:00Z");
    tt_expect(doc, "string(//m:event[@ref='p1']/@end)", "2026-03-23T10:15:00Z");
    tt_expect(doc, "string(//m:event[@ref='p2']/@start)", "2026-05-05");
    tt_count(doc, "//m:date[@precision='time']", 1);
    mn_job_free(job);
    xmlFreeDoc(doc);

    /* a lone clock with a leading zero after a date and a comma is a time
     * (no year or amount is written so); "1200" alone stays a number */
    doc = run(meta,
              "<p id=\"p3\">Next meeting: Friday 5 June 2026, 0830, depot canteen.</p>"
              "<p id=\"p4\">On 6 June 2026, 1200 leaflets went out.</p>",
              &job);
    tt_expect(doc, "string(//m:event[@ref='p3']/@start)", "2026-06-05T08:30:00Z");
    tt_expect(doc, "string(//m:event[@ref='p4']/@start)", "2026-06-06");
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* Regional numeric dates as Word minutes write them: a day and month with
 * no year after a weekday or a lead ("Thursday 3/19", "starting 3/26"),
 * never alone ("1/2 of the budget"); a number above 12 is the day whatever
 * the order; "By 15 Sep:" in a milestone list is this year's September. */
static void numeric_dates_and_milestones(void **state)
{
    (void)state;
    mn_job *job = tt_job((const char *const[]){"date-order=mdy", NULL});
    xmlDocPtr doc = tt_doc(meta,
                           "<p id=\"p1\">Training on Thursday 3/19 at 3:30 PM UTC.</p>"
                           "<p id=\"p2\">Starting 3/26, the shift rota changes.</p>"
                           "<p id=\"p3\">We spent 1/2 of the budget; support is 24/7.</p>"
                           "<p id=\"p4\">The audit is on 23/03/26.</p>"
                           "<p id=\"p5\">By 15 Sep: first draft circulated.</p>");
    tt_run(doc, job);
    tt_expect(doc, "string(//m:p[@id='p1']/m:date/@value)", "2026-03-19T15:30:00Z");
    tt_expect(doc, "string(//m:p[@id='p2']/m:date/@value)", "2026-03-26");
    tt_count(doc, "//m:p[@id='p3']/m:date", 0);
    tt_expect(doc, "string(//m:p[@id='p4']/m:date/@value)", "2026-03-23");
    tt_expect(doc, "string(//m:event[@ref='p5']/@start)", "2026-09-15");
    tt_expect(doc, "string(//m:event[@ref='p5']/@kind)", "deadline");
    mn_job_free(job);
    xmlFreeDoc(doc);
    /* a topic label is no speaker, and "Tue 3/17" is a calendar day anyway */
    job = tt_job((const char *const[]){"date-order=mdy", NULL});
    doc = tt_doc(meta, "<p id=\"p1\"><strong>Vendor:</strong> check-in call Tue 3/17, 11 AM UTC.</p>"
                       "<p id=\"p2\"><strong>Ana:</strong> I can do it on Tuesday.</p>");
    tt_run(doc, job);
    tt_expect(doc, "string(//m:event[@ref='p1']/@start)", "2026-03-17T11:00:00Z");
    tt_count(doc, "//m:event[@ref='p2']", 0);
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* "Date of next meeting" over a line that names no occasion titles it
 * (not "In the clubhouse"); a heading in the plural ("Next meetings") heads
 * a list whose lines are titled by their own words. */
static void a_heading_titles_a_bare_date_line(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run(meta,
                        "<section id=\"s1\"><heading>Date of next meeting</heading>"
                        "<p id=\"p1\">Wednesday 8 April 2026, 7.30 pm, in the clubhouse.</p></section>"
                        "<section id=\"s2\"><heading>Next meetings</heading>"
                        "<p id=\"p2\">Spring interims on 9 April 2026.</p></section>",
                        &job);
    tt_expect(doc, "string(//m:event[@ref='p1']/m:summary)", "Next meeting");
    tt_expect(doc, "string(//m:event[@ref='p1']/m:location)", "clubhouse");
    tt_expect(doc, "string(//m:event[@ref='p2']/m:summary)", "Spring interims");
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* A dated line that names no occasion reads under its item's title ("Budget
 * 2027" over "Dues rise to 40 euros from 1 May 2026"); a title that names
 * no topic ("Any other business") or lists occasions adds nothing, and a
 * sentence that names its occasion keeps its own words. */
static void a_topic_heading_titles_a_line_naming_no_occasion(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run(meta,
                        "<section id=\"s1\"><heading>Budget 2027</heading>"
                        "<p id=\"p1\">Treasurer proposed that dues rise to 40 euros from 1 May 2026.</p>"
                        "<p id=\"p2\">The budget workshop is on 12 May 2026.</p></section>"
                        "<section id=\"s2\"><heading>Any other business</heading>"
                        "<p id=\"p3\">The shed roof gets fixed on 20 May 2026.</p></section>"
                        "<section id=\"s3\"><heading>Dates</heading>"
                        "<p id=\"p4\">Gates open on 23 May 2026.</p></section>",
                        &job);
    tt_expect(doc, "string(//m:event[@ref='p1']/m:summary)",
              "Budget 2027: Treasurer proposed that dues rise to 40 euros");
    tt_expect(doc, "string(//m:event[@ref='p2']/m:summary)", "Budget workshop");
    tt_expect(doc, "string(//m:event[@ref='p3']/m:summary)", "The shed roof gets fixed");
    tt_expect(doc, "string(//m:event[@ref='p4']/m:summary)", "Gates open");
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* A day in an action's own task is its due date, a deadline ("Priya —
 * budget sheet to the treasurer (12 May)"); a sentence of the action that
 * names an occasion keeps its event, and so does a time of day. */
static void an_action_day_is_its_deadline(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run(meta,
                        "<list><item id=\"i1\"><action owner=\"Priya\" id=\"a1\">Priya \xe2\x80\x94 budget "
                        "sheet to the treasurer (12 May)"
                        "</action></item>"
                        "<item id=\"i2\"><action owner=\"Tom\" id=\"a2\">Tom to book the hall for the "
                        "workshop on 19 May</action></item>"
                        "<item id=\"i3\"><action owner=\"Lee\" id=\"a3\">Lee to meet the auditors on "
                        "20 May at 14:00"
                        "</action></item></list>",
                        &job);
    tt_expect(doc, "string(//m:event[@ref='a1']/@kind)", "deadline");
    tt_expect(doc, "string(//m:event[@ref='a2']/@kind)", "event");
    tt_expect(doc, "string(//m:event[@ref='a3']/@kind)", "event");
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* A register's Date column records the meeting's own day, written in the
 * day-first order of the document ("4/3/2026" in a 4 March meeting): no
 * entry, and -v says why; a later day in the same column still is one. */
static void the_meeting_day_in_day_first_order_is_no_entry(void **state)
{
    (void)state;
    mn_job *job = tt_job((const char *const[]){"date-order=dmy", NULL});
    xmlDocPtr doc = tt_doc(meta,
                           "<table><row><cell>Decision</cell><cell>Date</cell></row>"
                           "<row><cell>Adopt the plan</cell><cell id=\"c1\">4/3/2026</cell></row>"
                           "<row><cell>Hire a planner</cell><cell id=\"c2\">3/4/2026</cell></row></table>");
    tt_run(doc, job);
    tt_count(doc, "//m:event[@start='2026-03-04']", 0);
    tt_count(doc, "//m:event[@start='2026-04-03']", 1);
    assert_true(noted(job, "the day of the meeting itself"));
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* A year or a month that ends by itself is no entry ("the financial year
 * ends on 31 March"); a period that someone closes still is a deadline. */
static void a_period_ending_is_no_entry(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run(meta,
                        "<p id=\"p1\">Reserves are healthy. The financial year ends on 31 March 2026.</p>"
                        "<p id=\"p2\">The consultation period ends on 27 March 2026.</p>",
                        &job);
    tt_count(doc, "//m:event[@ref='p1']", 0);
    assert_true(noted(job, "the end of a period"));
    tt_expect(doc, "string(//m:event[@ref='p2']/@kind)", "deadline");
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* A heading that names the meeting itself over the whole of its business
 * ("Business of the meeting", "DESARROLLO DE LA SESIÓN") does not title a
 * date in an item nested in another item: the nested item's own words do. */
static void a_heading_does_not_title_a_nested_item(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run(meta,
                        "<section id=\"s1\"><heading>BUSINESS OF THE MEETING</heading><list>"
                        "<item n=\"1.\" id=\"s1-i1\">The calendar of activities was approved:<list>"
                        "<item id=\"s1-i1-i1\">Trip to the school farm: Tuesday 14 April 2026.</item>"
                        "</list></item></list></section>",
                        &job);
    char *summary = tt_str(doc, "string(//m:event[@ref='s1-i1-i1']/m:summary)");
    assert_non_null(summary);
    if (!strstr(summary, "school farm"))
        fail_msg("summary \"%s\"", summary);
    free(summary);
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* No date in the title block (its reader missed it): the first day written
 * with its year at the top is the meeting's, for the year of "17 March" and
 * to refuse the meeting's own day. */
static void the_date_at_the_top_is_the_reference(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run("<title>Allotment committee</title>",
                        "<p id=\"p1\">Minutes of the meeting held on Tuesday 3 March 2026 at 7pm.</p>"
                        "<p id=\"p2\">On 3 March the committee walked the site.</p>"
                        "<p id=\"p3\">The next meeting is on 17 March.</p>",
                        &job);
    tt_count(doc, "//m:event", 1);
    tt_expect(doc, "string(//m:event/@start)", "2026-03-17");
    tt_expect(doc, "string(//m:p[@id='p2']/m:date/@value)", "2026-03-03");
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* PDF text lays a table out column after column: a "Due" label, then its
 * dates and names one per line.  Which task each date belongs to is lost,
 * so none becomes an entry; a date line under no such label still does. */
static void a_flattened_due_column_gives_no_entries(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run(meta,
                        "<p id=\"p1\">Task</p>"
                        "<p id=\"p2\">Book the hall for the fair</p>"
                        "<p id=\"p3\">Renew the insurance</p>"
                        "<p id=\"p4\">Due</p>"
                        "<p id=\"p5\">20 March 2026</p>"
                        "<p id=\"p6\">Treasurer</p>"
                        "<p id=\"p7\">2 April 2026</p>"
                        "<p id=\"p8\">The spring fair will be held in the village hall; the "
                        "committee will meet there beforehand to set out the stalls.</p>"
                        "<p id=\"p9\">9 May 2026</p>",
                        &job);
    tt_count(doc, "//m:event", 1);
    tt_expect(doc, "string(//m:event/@ref)", "p9");
    assert_true(noted(job, "a table column flattened to lines"));
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* A range of days written twice (a list of the year's meetings, then the
 * next meeting alone) is one occasion, named by the mention of it alone. */
static void one_range_of_days_written_twice_is_one_entry(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run(meta,
                        "<p id=\"p1\">Meetings still to come: 14–16 April in Lisbon and "
                        "9–11 June.</p>"
                        "<p id=\"p2\">Next plenary: 14–16 April 2026, Lisbon.</p>",
                        &job);
    tt_count(doc, "//m:event", 2);
    tt_count(doc, "//m:event[@start='2026-04-14' and @end='2026-04-16']", 1);
    tt_count(doc, "//m:date[@event=//m:event[@start='2026-04-14']/@id]", 2);
    tt_expect(doc, "string(//m:event[@start='2026-04-14']/m:summary)", "Next plenary");
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* A date that dates a document or a payment is no occasion to attend. */
static void a_document_or_payment_date_is_no_entry(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run(meta,
                        "<p id=\"p1\">The board noted the auditors' letter dated 12 March 2026.</p>"
                        "<p id=\"p2\">The small grant will be paid on 1 May to the youth club.</p>"
                        "<p id=\"p3\">The grants panel will meet on 6 May to hear the bids.</p>",
                        &job);
    tt_count(doc, "//m:event", 1);
    tt_expect(doc, "string(//m:event/@ref)", "p3");
    assert_true(noted(job, "the date of a document or a payment"));
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* A date only proposed, the proposal left untaken, is no entry; one agreed is. */
static void a_proposal_not_taken_up_is_no_entry(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run(meta,
                        "<p id=\"p1\">Sam suggested a litter pick on Sunday 22 March; members "
                        "wanted volunteers first and the idea was deferred.</p>"
                        "<p id=\"p2\">On Jo's proposal a quiz night will be held on 17 April.</p>",
                        &job);
    tt_count(doc, "//m:event", 1);
    tt_expect(doc, "string(//m:event/@ref)", "p2");
    assert_true(noted(job, "a date only proposed"));
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* A due column headed with a capital beyond ASCII ("Échéance") is a due
 * column still: its dates are the tasks' deadlines. */
static void a_capitalised_due_header_beyond_ascii(void **state)
{
    (void)state;
    char path[512], *error = NULL;
    snprintf(path, sizeof path, "%s/lexicons/fr.xml", MN_TEST_SOURCE_DIR);
    mn_lexicon *fr = mn_lexicon_load(path, "fr", &error);
    if (!fr)
        fail_msg("%s", error);
    const mn_lexicon *before = mn_lx_use(fr);
    mn_job *job;
    xmlDocPtr doc = run(meta,
                        "<table><row><cell>Action</cell><cell>Échéance</cell></row>"
                        "<row><cell id=\"c1\">Réserver la salle des fêtes</cell>"
                        "<cell id=\"c2\">20/03/2026</cell></row></table>",
                        &job);
    tt_count(doc, "//m:event", 1);
    tt_expect(doc, "string(//m:event/@kind)", "deadline");
    mn_job_free(job);
    xmlFreeDoc(doc);
    mn_lx_use(before);
    mn_lexicon_free(fr);
}

/* "Next meeting" alone says nothing in a calendar holding several groups'
 * dates: the group the minutes' title names comes first; a title that
 * names no group ("Formal Meeting Minutes") leaves it as it is. */
static void a_next_meeting_entry_names_its_group(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run("<title>Minutes of the Allotments Committee meeting</title><date>2026-03-04</date>",
                        "<section id=\"s1\"><heading>DATE OF NEXT MEETING</heading>"
                        "<p id=\"p1\">Wednesday 8 April 2026 at 7.30 pm.</p></section>"
                        "<p id=\"p2\">The hall opens on 9 April 2026.</p>",
                        &job);
    tt_expect(doc, "string(//m:event[@ref='p1']/m:summary)", "Allotments Committee: next meeting");
    tt_expect(doc, "string(//m:event[@ref='p2']/m:summary)", "The hall opens");
    mn_job_free(job);
    xmlFreeDoc(doc);
    doc = run("<title>Formal Meeting Minutes</title><date>2026-03-04</date>",
              "<p id=\"p1\">Next meeting: 8 April 2026.</p>", &job);
    tt_expect(doc, "string(//m:event[@ref='p1']/m:summary)", "Next meeting");
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* A date given as the value of a deadline's label is a deadline: after a
 * colon ("Agenda deadline for the May meeting: 20 April 2026") or in the
 * cell beside it ("Deadline for abstracts | 24 April 2026"). */
static void a_deadline_label_makes_a_deadline(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run(meta,
                        "<p id=\"p1\">Agenda deadline for the May meeting: 20 April 2026.</p>"
                        "<p id=\"p2\">Spring fair for the May meeting: 21 April 2026.</p>"
                        "<table><row><cell>Deadline for abstracts</cell><cell id=\"c1\">24 April 2026</cell></row>"
                        "<row><cell>Poster session</cell><cell id=\"c2\">25 April 2026</cell></row></table>",
                        &job);
    tt_expect(doc, "string(//m:event[@ref='p1']/@kind)", "deadline");
    tt_expect(doc, "string(//m:event[@ref='p2']/@kind)", "event");
    tt_expect(doc, "string(//m:event[@start='2026-04-24']/@kind)", "deadline");
    tt_expect(doc, "string(//m:event[@start='2026-04-25']/@kind)", "event");
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* "Wednesday evening series — every Wednesday from 22 April": the first
 * weekday names the programme, whose dates the rest of the line gives; a
 * weekday and day part with no other date ("Friday evening drinks") is
 * left to the other rules. */
static void a_weekday_and_day_part_label_a_programme(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run(meta,
                        "<list><item id=\"i1\">Wednesday evening series \xe2\x80\x94 every Wednesday from "
                        "22 April to 26 August 2026, first start 18:30.</item></list>",
                        &job);
    tt_count(doc, "//m:event[@start='2026-03-11']", 0);
    tt_count(doc, "//m:event[starts-with(@start, '2026-03-11')]", 0);
    assert_true(noted(job, "a weekday as a label"));
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* French puts a noun's modifiers after it: "le conseil d'administration
 * du 12 mars" is titled "Conseil d'administration", not "Conseil"; English
 * keeps a lone head's following words out ("the meeting moves to"). */
static void modifiers_after_the_noun_title_the_occasion(void **state)
{
    (void)state;
    char path[512], *error = NULL;
    snprintf(path, sizeof path, "%s/lexicons/fr.xml", MN_TEST_SOURCE_DIR);
    mn_lexicon *fr = mn_lexicon_load(path, "fr", &error);
    if (!fr)
        fail_msg("%s", error);
    const mn_lexicon *before = mn_lx_use(fr);
    mn_job *job;
    xmlDocPtr doc = run(meta,
                        "<p id=\"p1\">Le budget sera soumis au conseil d'administration du 12 mars 2026.</p>"
                        "<p id=\"p2\">La réunion annuelle aura lieu le 20 mars 2026.</p>",
                        &job);
    tt_expect(doc, "string(//m:event[@ref='p1']/m:summary)", "Conseil d'administration");
    tt_expect(doc, "string(//m:event[@ref='p2']/m:summary)", "Réunion annuelle");
    mn_job_free(job);
    xmlFreeDoc(doc);
    mn_lx_use(before);
    mn_lexicon_free(fr);
    doc = run(meta, "<p id=\"p1\">Meeting moves to 12 March 2026.</p>", &job);
    tt_expect(doc, "string(//m:event[@ref='p1']/m:summary)", "Meeting");
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* "…on 12 May at 7pm, followed by the Annual Meeting of the Council at
 * 7.45pm": a second occasion on the same day, named between the sequence
 * lead and its time; "followed by questions" with no time is no entry. */
static void a_second_occasion_follows_on_the_same_day(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run(meta,
                        "<p id=\"p1\">The Annual Parish Meeting will be held on 12 May 2026 at 7pm, "
                        "followed by the Annual Meeting of the Council at 7.45pm, both in the Village Hall.</p>"
                        "<p id=\"p2\">The open day is on 20 May 2026 at 10:00 UTC, followed by questions.</p>",
                        &job);
    tt_count(doc, "//m:event", 3);
    tt_expect(doc, "string(//m:event[2]/@start)", "2026-05-12T19:45:00Z");
    tt_expect(doc, "string(//m:event[2]/m:summary)", "Annual Meeting of the Council");
    tt_expect(doc, "string(//m:event[2]/m:location)", "Village Hall");
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* An owner's task of two verbs is one task: "Clerk to place the order and
 * agree a start date by 30 April" is named by both. */
static void an_owners_two_verbs_name_the_deadline(void **state)
{
    (void)state;
    mn_job *job;
    xmlDocPtr doc = run(meta, "<p id=\"p1\">Clerk to place the order and agree a start date by 30 April 2026.</p>",
                        &job);
    tt_count(doc, "//m:event", 1);
    tt_expect(doc, "string(//m:event/m:summary)", "Place the order and agree a start date");
    mn_job_free(job);
    xmlFreeDoc(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_capitalised_due_header_beyond_ascii),
        cmocka_unit_test(modifiers_after_the_noun_title_the_occasion),
        cmocka_unit_test(a_next_meeting_entry_names_its_group),
        cmocka_unit_test(a_deadline_label_makes_a_deadline),
        cmocka_unit_test(a_weekday_and_day_part_label_a_programme),
        cmocka_unit_test(a_proposal_not_taken_up_is_no_entry),
        cmocka_unit_test(a_document_or_payment_date_is_no_entry),
        cmocka_unit_test(a_flattened_due_column_gives_no_entries),
        cmocka_unit_test(one_range_of_days_written_twice_is_one_entry),
        cmocka_unit_test(four_digit_clocks_after_a_date),
        cmocka_unit_test(numeric_dates_and_milestones),
        cmocka_unit_test(a_heading_titles_a_bare_date_line),
        cmocka_unit_test(a_topic_heading_titles_a_line_naming_no_occasion),
        cmocka_unit_test(an_action_day_is_its_deadline),
        cmocka_unit_test(the_meeting_day_in_day_first_order_is_no_entry),
        cmocka_unit_test(a_period_ending_is_no_entry),
        cmocka_unit_test(a_heading_does_not_title_a_nested_item),
        cmocka_unit_test(the_date_at_the_top_is_the_reference),
        cmocka_unit_test(the_meeting_day_is_no_entry),
        cmocka_unit_test(an_evening_time_west_of_utc_keeps_its_written_day),
        cmocka_unit_test(a_date_line_is_the_meeting_itself),
        cmocka_unit_test(a_title_table_is_the_meeting_itself),
        cmocka_unit_test(a_heading_date_names_the_session_under_it),
        cmocka_unit_test(a_speakers_tomorrow_is_a_remark),
        cmocka_unit_test(speaker_prefixes),
        cmocka_unit_test(an_occasion_called_off_is_no_entry),
        cmocka_unit_test(an_approximate_date_is_no_entry),
        cmocka_unit_test(a_weekday_as_a_label_is_no_entry),
        cmocka_unit_test(a_day_and_its_hours_are_one_entry),
        cmocka_unit_test(a_weekday_before_its_date_is_that_date),
        cmocka_unit_test(a_clock_change_is_no_entry),
        cmocka_unit_test(a_speakers_question_or_supposition_is_no_entry),
        cmocka_unit_test(a_weekday_in_the_past_tense_is_no_entry),
        cmocka_unit_test(an_hour_in_a_later_clause_times_the_day),
        cmocka_unit_test(days_and_hours_written_apart),
        cmocka_unit_test(an_action_register_gives_deadlines_named_by_the_task),
        cmocka_unit_test(closing_words_make_deadlines),
        cmocka_unit_test(a_second_occasion_follows_on_the_same_day),
        cmocka_unit_test(an_owners_two_verbs_name_the_deadline),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
