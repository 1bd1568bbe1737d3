/* SPDX-License-Identifier: MIT */
/* test_temporal_events.c — the events pass on the seed, item by item as
 * issue 5 lists them, and on small documents: deadlines, past facts, vague
 * dates, weekday contradictions, one event per occasion, stable ids. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "passes.h"
#include "tt.h"

#define EV(cond) "//m:events/m:event[" cond "]"
static const char *const meta = "<date>2025-11-18</date><time start=\"11:00\" zone=\"UTC\"/>";

static xmlDocPtr seed(void)
{
    xmlDocPtr doc = tt_file("seed.xml");
    mn_job *job = tt_job(NULL);
    tt_run(doc, job);
    mn_job_free(job);
    return doc;
}

/* The event a date in the element with id REF points at has these values. */
static void expect_event(xmlDocPtr doc, const char *ref, const char *start, const char *kind)
{
    char expr[400];
    snprintf(expr, sizeof expr, EV("@id = //*[@id='%s']//m:date/@event and @start='%s'") "/@kind", ref,
             start);
    tt_expect(doc, expr, kind);
}

static void seed_launch_mentioned_twice_is_one_event(void **state)
{
    (void)state;
    xmlDocPtr doc = seed();
    tt_count(doc, EV("@start='2025-12-01T14:00:00Z'"), 1);
    tt_expect(doc, "string(" EV("@start='2025-12-01T14:00:00Z'") "/@ref)", "s1-i1");
    tt_expect(doc, "string(" EV("@start='2025-12-01T14:00:00Z'") "/@all-day)", "");
    expect_event(doc, "s1-i1", "2025-12-01T14:00:00Z", "event");
    /* the action's "(1 Dec at 14:00 UTC)" points at the same event */
    tt_expect(doc, "string(//*[@id='a5']//m:date/@event)",
              "e-s1-i1-1");
    tt_expect(doc, "string(//*[@id='s1-i1']//m:date/@event)", "e-s1-i1-1");
    tt_expect(doc, "string(//*[@id='a5']//m:date)", "1 Dec at 14:00 UTC");
    tt_expect(doc, "string(" EV("@id='e-s1-i1-1'") "/m:summary)", "Online ceremonial launch");
    xmlFreeDoc(doc);
}

static void seed_office_hours_are_two_events(void **state)
{
    (void)state;
    xmlDocPtr doc = seed();
    tt_count(doc, EV("starts-with(@start, '2025-11-19')"), 2);
    expect_event(doc, "s2-i2", "2025-11-19T04:00:00Z", "event");
    expect_event(doc, "s2-i2", "2025-11-19T14:00:00Z", "event");
    /* "… at 04:00 UTC and 14:00 UTC": the second time is a date of its own */
    tt_count(doc, "//*[@id='s2-i2']//m:date", 2);
    tt_expect(doc, "string((//*[@id='s2-i2']//m:date)[2])", "14:00 UTC");
    /* the action's two links name the same two occasions */
    tt_count(doc, "//*[@id='a2']/m:link/m:date[@event]", 2);
    tt_expect(doc, "string((//*[@id='a2']//m:date)[1]/@event)",
              "e-s2-i2-1");
    tt_expect(doc, "string((//*[@id='a2']//m:date)[2]/@event)",
              "e-s2-i2-2");
    tt_expect(doc, "string(" EV("@id='e-s2-i2-1'") "/m:summary)", "IMSB office hours");
    xmlFreeDoc(doc);
}

static void seed_wsis_meeting_is_all_day_range(void **state)
{
    (void)state;
    xmlDocPtr doc = seed();
    tt_count(doc, EV("@start='2025-12-15'"), 1);
    tt_expect(doc, "string(" EV("@start='2025-12-15'") "/@end)", "2025-12-17");
    tt_expect(doc, "string(" EV("@start='2025-12-15'") "/@all-day)", "true");
    tt_expect(doc, "string(" EV("@start='2025-12-15'") "/@ref)", "s1-i4");
    tt_expect(doc, "string(" EV("@start='2025-12-15'") "/m:summary)",
              "WSIS+20 UN General Assembly High-Level Meeting");
    /* "in December in New York" is a month: tagged, not an event */
    tt_expect(doc, "string(//*[@id='a1']//m:date/@precision)", "month");
    tt_expect(doc, "string(//*[@id='a1']//m:date/@certain)", "false");
    tt_count(doc, "//*[@id='a1']//m:date[@event]", 0);
    xmlFreeDoc(doc);
}

static void seed_track_dialogue_webinar(void **state)
{
    (void)state;
    xmlDocPtr doc = seed();
    expect_event(doc, "s1-i3", "2025-11-26", "event");
    expect_event(doc, "s2-i4", "2025-11-21", "event");
    expect_event(doc, "s4-2-i2", "2025-12-27T13:00:00Z", "event");
    tt_expect(doc, "string(" EV("@ref='s1-i3'") "/m:summary)", "National Parliamentary Track");
    tt_expect(doc, "string(" EV("@ref='s2-i4'") "/m:summary)",
              "Small informal dialogue with Member States");
    tt_expect(doc, "string(" EV("@ref='s4-2-i2'") "/m:summary)",
              "Final webinar (BPF on Cybersecurity)");
    xmlFreeDoc(doc);
}

static void seed_deadlines(void **state)
{
    (void)state;
    xmlDocPtr doc = seed();
    expect_event(doc, "a4", "2025-11-20", "deadline");
    expect_event(doc, "a3", "2025-11-21", "deadline");
    tt_expect(doc, "string(" EV("@ref='a4'") "/m:summary)", "Take part in the Doodle Poll");
    tt_expect(doc, "string(" EV("@ref='a3'") "/m:summary)",
              "Register for the WSIS+20 high-Level event");
    /* the registration deadline and the dialogue share 21 November but
     * are two things */
    tt_count(doc, EV("@start='2025-11-21'"), 2);
    /* "by the end of month": a vague deadline */
    tt_expect(doc, "string(" EV("@ref='s4-4-i1'") "/@kind)", "deadline");
    tt_expect(doc, "string(" EV("@ref='s4-4-i1'") "/@start)", "2025-11-30");
    tt_expect(doc, "string(" EV("@ref='s4-4-i1'") "/@certain)", "false");
    /* "the last week of November": a vague event */
    tt_expect(doc, "string(" EV("@ref='s3-i2'") "/@start)", "2025-11-24");
    tt_expect(doc, "string(" EV("@ref='s3-i2'") "/@end)", "2025-11-30");
    tt_expect(doc, "string(" EV("@ref='s3-i2'") "/@certain)", "false");
    xmlFreeDoc(doc);
}

static void seed_past_facts_are_not_events(void **state)
{
    (void)state;
    xmlDocPtr doc = seed();
    const char *past[][2] = {{"s1-i2", "2025-11-15"}, {"s2-i3", "2025-11-14"},
                             {"s4-1-i1", "2025-11-13"}, {"s4-2-i4", "2025-11-03"}};
    for (size_t i = 0; i < 4; i++) {
        char expr[200];
        snprintf(expr, sizeof expr, "string(//*[@id='%s']//m:date/@value)", past[i][0]);
        tt_expect(doc, expr, past[i][1]);
        snprintf(expr, sizeof expr, "//*[@id='%s']//m:date[@event]", past[i][0]);
        tt_count(doc, expr, 0);
        snprintf(expr, sizeof expr, EV("@start='%s'"), past[i][1]);
        tt_count(doc, expr, 0);
    }
    tt_count(doc, "//m:events/m:event", 11);
    tt_count(doc, "//m:body//m:date", 19);
    /* every event has a short summary and the sentence as description */
    tt_count(doc, EV("string-length(m:summary) > 80 or string-length(m:summary) < 5"), 0);
    tt_count(doc, EV("not(m:description)"), 0);
    tt_count(doc, EV("m:summary = m:description"), 0);
    /* every date/@event names an event */
    tt_count(doc, "//m:date[@event and not(@event = //m:event/@id)]", 0);
    tt_assert_valid(doc);
    xmlFreeDoc(doc);
}

/* The ids of the events, in order, joined by spaces. */
static char *ids(xmlDocPtr doc)
{
    size_t n = (size_t)tt_num(doc, "count(//m:event)");
    char *out = calloc(n + 1, 100);
    assert_non_null(out);
    for (size_t i = 1; i <= n; i++) {
        char expr[100];
        snprintf(expr, sizeof expr, "concat((//m:event)[%zu]/@id, '=', (//m:event)[%zu]/@start)", i, i);
        char *s = tt_str(doc, expr);
        strcat(out, s);
        strcat(out, " ");
        free(s);
    }
    return out;
}

/* Replaces the text of the first text node of element ID. */
static void set_text(xmlDocPtr doc, const char *id, const char *text)
{
    char expr[100];
    snprintf(expr, sizeof expr, "//*[@id='%s']", id);
    /* a plain walk to the element with this id */
    xmlNodePtr stack[256];
    int top = 0;
    stack[top++] = xmlDocGetRootElement(doc);
    while (top) {
        xmlNodePtr n = stack[--top];
        xmlChar *v = xmlGetProp(n, BAD_CAST "id");
        int hit = v && strcmp((const char *)v, id) == 0;
        xmlFree(v);
        if (hit) {
            for (xmlNodePtr c = n->children; c; c = c->next)
                if (c->type == XML_TEXT_NODE) {
                    xmlNodeSetContent(c, BAD_CAST text);
                    return;
                }
            fail_msg("%s has no text", expr);
        }
        for (xmlNodePtr c = n->children; c && top < 256; c = c->next)
            if (c->type == XML_ELEMENT_NODE)
                stack[top++] = c;
    }
    fail_msg("no element %s", expr);
}

static void ids_are_stable(void **state)
{
    (void)state;
    xmlDocPtr a = seed(), b = seed();
    char *ia = ids(a), *ib = ids(b);
    assert_string_equal(ia, ib); /* the same minutes converted twice */
    char *xa = tt_dump(a), *xb = tt_dump(b);
    assert_string_equal(xa, xb);
    xmlFree(xa);
    xmlFree(xb);
    free(ib);
    xmlFreeDoc(b);

    /* edit unrelated sentences, one of them now naming a new event */
    xmlDocPtr c = tt_file("seed.xml");
    set_text(c, "s1-i2", "The monthly IGF newsletter will be shared via mailing lists on 5 December.");
    set_text(c, "s2-i1", "The IMSB published a blog about the Sounding Board, now on the WSIS+20 ");
    mn_job *job = tt_job(NULL);
    tt_run(c, job);
    mn_job_free(job);
    tt_count(c, "//m:event", 12);
    tt_expect(c, "string(//m:event[@ref='s1-i2']/@id)", "e-s1-i2-1");
    char *ic = ids(c);
    /* every event of the original keeps its id */
    char *save = NULL;
    for (char *tok = strtok_r(ia, " ", &save); tok; tok = strtok_r(NULL, " ", &save))
        if (!strstr(ic, tok))
            fail_msg("event %s lost its id after an unrelated edit: %s", tok, ic);
    free(ia);
    free(ic);
    xmlFreeDoc(a);
    xmlFreeDoc(c);
}

static void passes_run_twice_give_the_same_document(void **state)
{
    (void)state;
    xmlDocPtr doc = seed();
    char *once = tt_dump(doc);
    mn_job *job = tt_job(NULL);
    tt_run(doc, job);
    char *twice = tt_dump(doc);
    assert_string_equal(once, twice);
    /* a stale link to an event that no longer exists is dropped */
    xmlDocPtr d = tt_doc("<date>2025-11-18</date>",
                         "<p id=\"p1\">It was on <date value=\"2025-11-01\" precision=\"day\" "
                         "event=\"e-gone\">1 November</date>.</p>");
    tt_run(d, job);
    tt_count(d, "//m:date[@event]", 0);
    tt_assert_valid(d);
    xmlFree(once);
    xmlFree(twice);
    mn_job_free(job);
    xmlFreeDoc(d);
    xmlFreeDoc(doc);
}

static void ids_follow_the_anchor_not_the_date(void **state)
{
    (void)state;
    /* a corrected date keeps the event's id (so calendars update it) */
    xmlDocPtr a = tt_doc(meta, "<p id=\"p1\">The webinar will be held on 3 December.</p>");
    xmlDocPtr b = tt_doc(meta, "<p id=\"p1\">The webinar will be held on 4 December.</p>");
    mn_job *job = tt_job(NULL);
    tt_run(a, job);
    tt_run(b, job);
    tt_expect(a, "string(//m:event/@id)", "e-p1-1");
    tt_expect(b, "string(//m:event/@id)", "e-p1-1");
    tt_expect(b, "string(//m:event/@start)", "2025-12-04");
    mn_job_free(job);
    xmlFreeDoc(a);
    xmlFreeDoc(b);
}

static void event_ids_skip_ids_in_use(void **state)
{
    (void)state;
    /* an element that already holds an event-like id keeps it; the event
     * counts on past it, and other ids never stand in the way */
    xmlDocPtr doc = tt_doc(meta, "<p id=\"p1\">The webinar will be held on 3 December.</p>"
                                 "<p id=\"e-p1-1\">Another paragraph.</p>"
                                 "<p id=\"e-p1-2x\">And one more.</p>");
    mn_job *job = tt_job(NULL);
    tt_run(doc, job);
    tt_expect(doc, "string(//m:event/@id)", "e-p1-2");
    tt_expect(doc, "string(//*[@id='p1']//m:date/@event)", "e-p1-2");
    mn_job_free(job);
    xmlFreeDoc(doc);
}

static void deadline_kinds_and_markers(void **state)
{
    (void)state;
    xmlDocPtr doc = tt_doc(meta,
                           "<p id=\"p1\">Comments are welcome no later than 25 November.</p>"
                           "<p id=\"p2\">The review closes on 30 November.</p>"
                           "<p id=\"p3\">Please reply by the end of the month.</p>"
                           "<p id=\"p4\">The summit will be held on 25 November.</p>");
    mn_job *job = tt_job(NULL);
    tt_run(doc, job);
    tt_expect(doc, "string(//m:event[@ref='p1']/@kind)", "deadline");
    tt_expect(doc, "string(//m:event[@ref='p2']/@kind)", "deadline");
    tt_expect(doc, "string(//m:event[@ref='p3']/@kind)", "deadline");
    tt_expect(doc, "string(//m:event[@ref='p3']/@start)", "2025-11-30");
    tt_expect(doc, "string(//m:event[@ref='p3']/@certain)", "false");
    tt_expect(doc, "string(//m:event[@ref='p4']/@kind)", "event");
    /* p1 and p4 share the day but not the kind: two events */
    tt_count(doc, "//m:event[@start='2025-11-25']", 2);
    tt_assert_valid(doc);
    mn_job_free(job);
    xmlFreeDoc(doc);
}

static void one_event_per_occasion(void **state)
{
    (void)state;
    xmlDocPtr doc = tt_doc(meta,
                           "<p id=\"p1\">The regional workshop will take place on 2 December.</p>"
                           "<p id=\"p2\">Register for the regional workshop (2 December) here.</p>"
                           "<p id=\"p3\">The budget committee meets on 2 December.</p>");
    mn_job *job = tt_job(NULL);
    tt_run(doc, job);
    /* p2 names p1's workshop again; p3's committee is another occasion */
    tt_count(doc, "//m:event", 2);
    tt_expect(doc, "string(//*[@id='p2']//m:date/@event)", "e-p1-1");
    tt_expect(doc, "string(//*[@id='p3']//m:date/@event)", "e-p3-1");
    mn_job_free(job);
    xmlFreeDoc(doc);
}

static void weekday_contradiction_warns_and_makes_no_event(void **state)
{
    (void)state;
    xmlDocPtr doc = tt_doc(meta, "<p id=\"p1\">The call is on Thursday, 19 November at 10:00 UTC "
                                 "and 15:00 UTC.</p>");
    mn_job *job = tt_job(NULL);
    tt_run(doc, job);
    assert_true(tt_diag_has(job, "2025-11-19 is a Wednesday, not a Thursday"));
    tt_expect(doc, "string(//m:p/m:date/@certain)", "false");
    tt_expect(doc, "string(//m:p/m:date)", "Thursday, 19 November at 10:00 UTC");
    tt_count(doc, "//m:p/m:date", 1); /* the continued time stays text */
    tt_count(doc, "//m:event", 0);
    tt_count(doc, "//m:events", 0);
    tt_assert_valid(doc);
    mn_job_free(job);
    xmlFreeDoc(doc);
}

static void unresolvable_warns_and_stays_text(void **state)
{
    (void)state;
    xmlDocPtr doc = tt_doc(meta, "<p id=\"p1\">We meet on 31 November, or on 12/03/2026.</p>");
    mn_job *job = tt_job(NULL);
    tt_run(doc, job);
    assert_true(tt_diag_has(job, "\"31 November\": no such date"));
    assert_true(tt_diag_has(job, "\"12/03/2026\": a numeric date needs --date-order"));
    tt_count(doc, "//m:p/m:date", 0);
    tt_expect(doc, "string(//m:p)", "We meet on 31 November, or on 12/03/2026.");
    mn_job_free(job);
    xmlFreeDoc(doc);

    doc = tt_doc(meta, "<p id=\"p1\">We meet on 12/03/2026.</p>");
    const char *const opts[] = {"date-order=dmy", NULL};
    job = tt_job(opts);
    tt_run(doc, job);
    tt_expect(doc, "string(//m:p/m:date/@value)", "2026-03-12");
    mn_job_free(job);
    xmlFreeDoc(doc);
}

static void reference_date_option_overrides_meta(void **state)
{
    (void)state;
    const char *body = "<p id=\"p1\">The forum will be held on 5 January.</p>";
    xmlDocPtr doc = tt_doc(meta, body);
    const char *const opts[] = {"reference-date=2026-06-01", NULL};
    mn_job *job = tt_job(opts);
    tt_run(doc, job);
    tt_expect(doc, "string(//m:p/m:date/@value)", "2027-01-05");
    tt_expect(doc, "string(//m:p/m:date/@year-inferred)", "true");
    mn_job_free(job);
    xmlFreeDoc(doc);

    doc = tt_doc(meta, body);
    const char *const bad[] = {"reference-date=June", NULL};
    job = tt_job(bad);
    tt_run(doc, job);
    assert_true(tt_diag_has(job, "reference date 'June'"));
    tt_expect(doc, "string(//m:p/m:date/@value)", "2026-01-05"); /* from meta/date */
    mn_job_free(job);
    xmlFreeDoc(doc);

    doc = tt_doc("", body); /* no reference at all: the year cannot be inferred */
    job = tt_job(NULL);
    tt_run(doc, job);
    assert_true(tt_diag_has(job, "no reference date"));
    tt_count(doc, "//m:p/m:date", 0);
    mn_job_free(job);
    xmlFreeDoc(doc);
}

static void meeting_zone_applies_to_bare_times(void **state)
{
    (void)state;
    const char *body = "<p id=\"p1\">The call is on 3 December at 10:00.</p>";
    xmlDocPtr doc = tt_doc("<date>2025-11-18</date><time start=\"11:00\" zone=\"Europe/Zurich\"/>", body);
    mn_job *job = tt_job(NULL);
    tt_run(doc, job);
    tt_expect(doc, "string(//m:p/m:date/@value)", "2025-12-03T09:00:00Z");
    assert_int_equal(mn_job_diag_count(job), 0);
    mn_job_free(job);
    xmlFreeDoc(doc);

    doc = tt_doc("<date>2025-11-18</date>", body);
    job = tt_job(NULL);
    tt_run(doc, job);
    tt_expect(doc, "string(//m:p/m:date/@value)", "2025-12-03T10:00:00Z");
    assert_true(tt_diag_has(job, "read as UTC"));
    mn_job_free(job);
    xmlFreeDoc(doc);
}

static void agenda_dates_are_tagged_with_their_anchor(void **state)
{
    (void)state;
    const char *xml = "<minutes xmlns=\"urn:minutes:1\" version=\"1\"><meta><date>2025-11-18</date></meta>"
                      "<agenda><item id=\"ag1\" n=\"1\">Preparations for the workshop on 4 December</item></agenda>"
                      "<body><p id=\"p1\">Nothing else.</p></body></minutes>";
    xmlDocPtr doc = xmlReadMemory(xml, (int)strlen(xml), "t.xml", NULL, XML_PARSE_NONET);
    assert_non_null(doc);
    mn_job *job = tt_job(NULL);
    tt_run(doc, job);
    tt_expect(doc, "string(//m:agenda/m:item/m:date/@value)", "2025-12-04");
    tt_expect(doc, "string(//m:event/@ref)", "ag1");
    tt_expect(doc, "string(//m:event/m:summary)", "Workshop");
    tt_assert_valid(doc);
    mn_job_free(job);
    xmlFreeDoc(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(seed_launch_mentioned_twice_is_one_event),
        cmocka_unit_test(seed_office_hours_are_two_events),
        cmocka_unit_test(seed_wsis_meeting_is_all_day_range),
        cmocka_unit_test(seed_track_dialogue_webinar),
        cmocka_unit_test(seed_deadlines),
        cmocka_unit_test(seed_past_facts_are_not_events),
        cmocka_unit_test(ids_are_stable),
        cmocka_unit_test(ids_follow_the_anchor_not_the_date),
        cmocka_unit_test(event_ids_skip_ids_in_use),
        cmocka_unit_test(passes_run_twice_give_the_same_document),
        cmocka_unit_test(deadline_kinds_and_markers),
        cmocka_unit_test(one_event_per_occasion),
        cmocka_unit_test(weekday_contradiction_warns_and_makes_no_event),
        cmocka_unit_test(unresolvable_warns_and_stays_text),
        cmocka_unit_test(reference_date_option_overrides_meta),
        cmocka_unit_test(meeting_zone_applies_to_bare_times),
        cmocka_unit_test(agenda_dates_are_tagged_with_their_anchor),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
