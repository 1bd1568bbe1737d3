/* SPDX-License-Identifier: MIT */
/* test_event_place.c — the place a calendar entry's sentence names (issue
 * 18): found once, by the events pass, and written as the event's
 * `location`, so that XML, PDF and ICS agree.  The sentences are made up,
 * in the shapes ../shared/CONVENTIONS.md describes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "event_place.h"
#include "tt.h"

/* The place of SENTENCE for the date written as DATE in it, or NULL. */
static char *place_of(const char *sentence, const char *date)
{
    const char *d = strstr(sentence, date);
    assert_non_null(d);
    size_t ds = (size_t)(d - sentence);
    return mn_event_place(sentence, 0, strlen(sentence), ds, ds + strlen(date));
}

static void expect_place(const char *sentence, const char *date, const char *want)
{
    char *got = place_of(sentence, date);
    if (!want) {
        if (got)
            fail_msg("\"%s\": no place expected, got \"%s\"", sentence, got);
        return;
    }
    if (!got)
        fail_msg("\"%s\": expected \"%s\", got none", sentence, want);
    assert_string_equal(got, want);
    free(got);
}

static void names_after_in_and_at(void **state)
{
    (void)state;
    expect_place("The retreat is on 12 June in Harrogate.", "12 June", "Harrogate");
    expect_place("Next meeting: 3 May at the Drovers Inn.", "3 May", "Drovers Inn");
    expect_place("We meet again on 9 July in Room 4.2.", "9 July", "Room 4.2");
    expect_place("The open day is 20 May at 14 Orchard Rise.", "20 May", "14 Orchard Rise");
    expect_place("The AGM will be held on 2 April at the Bank of England.", "2 April",
                 "Bank of England");
}

/* A lower-case place noun after a name, a number after a common place:
 * both belong to the place. */
static void a_place_goes_on_with_its_noun_or_number(void **state)
{
    (void)state;
    expect_place("The tidy-up is on 8 May at the Ferry Lane slipway hut.", "8 May",
                 "Ferry Lane slipway hut");
    expect_place("Briefing on 8 May at the Northside office.", "8 May", "Northside office");
    expect_place("Toolbox talk on 8 May in site cabin 3.", "8 May", "site cabin 3");
}

static void an_occasion_is_not_its_place(void **state)
{
    (void)state;
    expect_place("Sign up on 2 May to take part in the Member Survey.", "2 May", NULL);
    expect_place("Delegates meet on 9 June at the Regional Summit.", "9 June", NULL);
    expect_place("Delegates meet on 9 June at the Regional Summit in Lisbon.", "9 June", "Lisbon");
    expect_place("Who will attend in person at the Annual Assembly on 4 May in Oslo?", "4 May",
                 "Oslo");
}

static void a_place_last_on_a_date_line(void **state)
{
    (void)state;
    expect_place("Tuesday 12 May 2026 at 7.30pm, Millbrook Village Hall.", "Tuesday 12 May 2026 at 7.30pm",
                 "Millbrook Village Hall");
    expect_place("Monday 13/04/26 at 3.00 pm, Committee Room 2.", "Monday 13/04/26 at 3.00 pm", "Committee Room 2");
    expect_place("Thursday 4 June, 10:00, Level 9 boardroom.", "Thursday 4 June, 10:00", "Level 9 boardroom");
    expect_place("Send the call for consensus, ending 28 May (Ana Ruiz)", "28 May", NULL);
    expect_place("On 4 May, Ana will send the report.", "4 May", NULL);
    expect_place("Next call 3 June, TBC.", "3 June", NULL);
    /* lower-case words ending in a place noun; a name after its article */
    expect_place("Next meeting: Friday 5 June 2026, 8 pm, boathouse loft room.", "Friday 5 June 2026, 8 pm",
                 "boathouse loft room");
    expect_place("Tuesday 9 June 2026 at 19:00, The Orchard Pavilion.", "Tuesday 9 June 2026 at 19:00",
                 "Orchard Pavilion");
    expect_place("Friday 5 June 2026, 8 pm, to be confirmed.", "Friday 5 June 2026, 8 pm", NULL);
}

static void a_common_noun_place(void **state)
{
    (void)state;
    expect_place("The book sale is on 6 June in the school library.", "6 June", "school library");
}

static void a_town_after_the_name(void **state)
{
    (void)state;
    expect_place("The summit is on 8 October at Harborview Conference Center in Milwaukee.",
                 "8 October", "Harborview Conference Center in Milwaukee");
}

static void months_languages_and_acronyms_are_no_place(void **state)
{
    (void)state;
    expect_place("Reports are due on 4 May in English.", "4 May", NULL);
    expect_place("The draft goes out on 4 May, to be adopted in March.", "4 May", NULL);
    expect_place("A session on 11 November at IETF.", "11 November", NULL);
    expect_place("Comments by 30 June on Stage 2 of the plan.", "30 June", NULL);
}

static void a_platform_when_no_place(void **state)
{
    (void)state;
    expect_place("The next call is on 14 May via Zoom.", "14 May", "Zoom");
    expect_place("The workshop on 3 June will be held online.", "3 June", "Online");
    expect_place("Results go out at an online briefing on 2 July.", "2 July", "Online");
    expect_place("Sign up for the virtual training on 2 July.", "2 July", "Online");
    expect_place("The online version of the report appears on 2 July.", "2 July", NULL);
    expect_place("Meet on 3 June in the Boardroom, Calder Mill and by Zoom.", "3 June",
                 "Boardroom, Calder Mill");
}

static void same_place_phrases(void **state)
{
    (void)state;
    const char *s = "Next meeting Wednesday, 21 October at 1 pm, same place.";
    assert_true(mn_event_same_place(s, 0, strlen(s)));
    const char *t = "Next meeting on 21 October, the place to be confirmed.";
    assert_false(mn_event_same_place(t, 0, strlen(t)));
}

static void the_pass_writes_the_location(void **state)
{
    (void)state;
    xmlDocPtr doc = tt_doc("<date>2026-03-04</date><location>Old Mill, Keswick</location>",
                           "<p id=\"p1\">The next meeting is on 18 March at 19:00 in Room 4.</p>"
                           "<p id=\"p2\">The social follows on 25 March at 18:00, same place.</p>"
                           "<p id=\"p3\">Comments are due by 30 March.</p>");
    mn_job *job = tt_job(NULL);
    tt_run(doc, job);
    tt_expect(doc, "string(//m:event[@ref='p1']/m:location)", "Room 4");
    tt_expect(doc, "string(//m:event[@ref='p2']/m:location)", "Old Mill, Keswick");
    tt_count(doc, "//m:event[@ref='p3']/m:location", 0);
    tt_assert_valid(doc);
    mn_job_free(job);
    xmlFreeDoc(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(names_after_in_and_at),
        cmocka_unit_test(a_place_goes_on_with_its_noun_or_number),
        cmocka_unit_test(an_occasion_is_not_its_place),
        cmocka_unit_test(a_place_last_on_a_date_line),
        cmocka_unit_test(a_common_noun_place),
        cmocka_unit_test(a_town_after_the_name),
        cmocka_unit_test(months_languages_and_acronyms_are_no_place),
        cmocka_unit_test(a_platform_when_no_place),
        cmocka_unit_test(same_place_phrases),
        cmocka_unit_test(the_pass_writes_the_location),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
