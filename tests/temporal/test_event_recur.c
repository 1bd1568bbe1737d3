/* SPDX-License-Identifier: MIT */
/* test_event_recur.c — how a calendar entry goes on (issue 24): "every
 * other Thursday", "weekly on Mondays", "the last Wednesday of each month"
 * become one recurring entry, its RRULE in the event's `recurrence`; a
 * weekday after "every" is no dated entry of its own.  Sentences made up. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "event_recur.h"
#include "tt.h"

static void expect_rule(const char *sentence, int weekday, const char *want)
{
    char *got = mn_event_recurrence(sentence, 0, strlen(sentence), weekday);
    if (!want) {
        if (got)
            fail_msg("\"%s\": no rule expected, got \"%s\"", sentence, got);
        return;
    }
    if (!got)
        fail_msg("\"%s\": expected \"%s\", got none", sentence, want);
    assert_string_equal(got, want);
    free(got);
}

static void every_weekday(void **state)
{
    (void)state;
    expect_rule("We meet every Monday at 10:00.", 1, "FREQ=WEEKLY;BYDAY=MO");
    expect_rule("Calls are every other Thursday at 3 pm.", 4, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH");
    expect_rule("Rehearsals every second Wednesday from now on.", 3, "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE");
}

static void weekly_and_fortnightly(void **state)
{
    (void)state;
    expect_rule("The subgroup meets weekly on Tuesdays.", 2, "FREQ=WEEKLY;BYDAY=TU");
    expect_rule("Move to fortnightly calls from 7 May.", 4, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH");
    expect_rule("Bi-weekly syncs start on 3 June.", 3, "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE");
    expect_rule("Every two weeks from 3 June.", 3, "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE");
    expect_rule("Weekly check-ins, no day given.", 0, NULL);
}

static void nth_weekday_of_the_month(void **state)
{
    (void)state;
    expect_rule("The board meets on the third Monday of each month.", 1, "FREQ=MONTHLY;BYDAY=3MO");
    expect_rule("Sessions fall on the last Friday of every month.", 5, "FREQ=MONTHLY;BYDAY=-1FR");
    expect_rule("The fair is on the second Saturday of June.", 6, NULL);
    expect_rule("Results every second Tuesday of the month.", 2, NULL);
}

static void no_rule(void **state)
{
    (void)state;
    expect_rule("The monthly report is due on 4 May.", 1, NULL);
    expect_rule("Each member should reply by 4 May.", 1, NULL);
    expect_rule("The next meeting is on Thursday 4 June.", 4, NULL);
}

static void the_pass_writes_one_recurring_entry(void **state)
{
    (void)state;
    xmlDocPtr doc = tt_doc("<date>2026-03-04</date>",
                           "<p id=\"p1\">The group agreed to meet every other Thursday, starting "
                           "on 12 March at 15:00 UTC.</p>"
                           "<p id=\"p2\">Calls continue weekly on Fridays. Next call 13 March.</p>"
                           "<p id=\"p3\">Papers are due weekly by 20 March.</p>");
    mn_job *job = tt_job(NULL);
    tt_run(doc, job);
    tt_count(doc, "//m:event[@ref='p1']", 1);
    tt_expect(doc, "string(//m:event[@ref='p1']/@recurrence)", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH");
    tt_expect(doc, "string(//m:event[@ref='p1']/@start)", "2026-03-12T15:00:00Z");
    tt_expect(doc, "string(//m:event[@ref='p2']/@recurrence)", "FREQ=WEEKLY;BYDAY=FR");
    tt_count(doc, "//m:event[@ref='p3']/@recurrence", 0); /* deadlines do not recur */
    tt_assert_valid(doc);
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* "every Tuesday at 15:00, starting on 24 March": one entry on the written
 * start, at the weekday's clock; "the fourth Tuesday of each month" is no
 * date of its own, and a neighbouring sentence gives the next meeting its
 * rule; a habit in the past tense or with no occasion is no entry. */
static void the_written_start_takes_the_weekday_clock(void **state)
{
    (void)state;
    xmlDocPtr doc = tt_doc("<date>2026-03-04</date>",
                           "<p id=\"p1\">Status calls will take place every Tuesday at 15:00 UTC, "
                           "starting on 24 March 2026.</p>"
                           "<p id=\"p2\">The next board meeting is on 24 March 2026. The board "
                           "meets on the fourth Tuesday of each month.</p>"
                           "<p id=\"p3\">The junior club ran every Saturday in term.</p>");
    mn_job *job = tt_job(NULL);
    tt_run(doc, job);
    tt_count(doc, "//m:event[@ref='p1']", 1);
    tt_expect(doc, "string(//m:event[@ref='p1']/@start)", "2026-03-24T15:00:00Z");
    tt_expect(doc, "string(//m:event[@ref='p1']/@recurrence)", "FREQ=WEEKLY;BYDAY=TU");
    tt_count(doc, "//m:event[@ref='p2']", 1);
    tt_expect(doc, "string(//m:event[@ref='p2']/@start)", "2026-03-24");
    tt_expect(doc, "string(//m:event[@ref='p2']/@recurrence)", "FREQ=MONTHLY;BYDAY=4TU");
    tt_count(doc, "//m:event[@ref='p3']", 0);
    mn_job_free(job);
    xmlFreeDoc(doc);
    /* a span bounds the rule: each occurrence is one evening */
    doc = tt_doc("<date>2026-03-04</date>",
                 "<p id=\"p1\">Club nights every Wednesday from 1 April to 24 June at 18:30 UTC.</p>"
                 "<p id=\"p2\">Rehearsals every Saturday from 4 April to 30 May.</p>");
    job = tt_job(NULL);
    tt_run(doc, job);
    tt_expect(doc, "string(//m:event[@ref='p1']/@start)", "2026-04-01T18:30:00Z");
    tt_count(doc, "//m:event[@ref='p1']/@end", 0);
    tt_expect(doc, "string(//m:event[@ref='p1']/@recurrence)", "FREQ=WEEKLY;BYDAY=WE;UNTIL=20260624T183000Z");
    tt_expect(doc, "string(//m:event[@ref='p2']/@recurrence)", "FREQ=WEEKLY;BYDAY=SA;UNTIL=20260530");
    tt_count(doc, "//m:event[@ref='p2']/@end", 0);
    tt_assert_valid(doc);
    mn_job_free(job);
    xmlFreeDoc(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_weekday),
        cmocka_unit_test(weekly_and_fortnightly),
        cmocka_unit_test(nth_weekday_of_the_month),
        cmocka_unit_test(no_rule),
        cmocka_unit_test(the_pass_writes_one_recurring_entry),
        cmocka_unit_test(the_written_start_takes_the_weekday_clock),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
