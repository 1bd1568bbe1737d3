/* SPDX-License-Identifier: MIT */
/* test_ics_units.c — the ICS plugin's parts on their own: text helpers,
 * UIDs, date parsing, folding, the model read from a document, options. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>
#include <libxml/parser.h>

#include "ics.h"
#include "icslint.h"
#include "job.h" /* struct mn_doc: documents the schema would refuse, wrapped */
#include "xmlutil.h"

#define FIXTURES MN_TEST_SOURCE_DIR "/tests/ics/fixtures/"

/* ---- helpers ------------------------------------------------------------------ */

static size_t utf8_chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

static void assert_str_owned(char *got, const char *want)
{
    if (want == NULL) {
        if (got)
            printf("expected NULL, got \"%s\"\n", got);
        assert_null(got);
        return;
    }
    assert_non_null(got);
    assert_string_equal(got, want);
    free(got);
}

static xmlDocPtr load(const char *name)
{
    xmlDocPtr doc = xmlReadFile(name, NULL, XML_PARSE_NONET);
    assert_non_null(doc);
    return doc;
}

static const ics_event *event_by_id(const ics_model *m, const char *id)
{
    for (size_t i = 0; i < m->n_events; i++)
        if (m->events[i].id && strcmp(m->events[i].id, id) == 0)
            return &m->events[i];
    return NULL;
}

static int job_has_warning(mn_job *job, const char *part)
{
    for (size_t i = 0; i < mn_job_diag_count(job); i++)
        if (strstr(mn_job_diag(job, i)->message, part))
            return 1;
    return 0;
}

/* ---- text ------------------------------------------------------------------------ */

static void test_shorten(void **state)
{
    (void)state;
    assert_str_owned(ics_shorten("IMSB office hours", 80), "IMSB office hours");
    char *s = ics_shorten("Share input on the draft document and answer the Doodle Poll", 30);
    assert_string_equal(s, "Share input on the draft\xE2\x80\xA6");
    assert_true(utf8_chars(s) <= 30);
    free(s);
    /* multi-byte text is never cut inside a character */
    const char *greek = "\xCE\x94\xCE\xBF\xCE\xBA\xCE\xB9\xCE\xBC\xCE\xAE\xCE\x94\xCE\xBF\xCE\xBA"
                        "\xCE\xB9\xCE\xBC\xCE\xAE\xCE\x94\xCE\xBF\xCE\xBA\xCE\xB9\xCE\xBC\xCE\xAE";
    for (size_t max = 2; max < 20; max++) {
        s = ics_shorten(greek, max);
        assert_true(utf8_chars(s) <= max);
        icslint l;
        char line[256];
        snprintf(line, sizeof line, "X:%s\r\n", s);
        /* the lint's UTF-8 check flags a cut character */
        icslint_check(line, strlen(line), &l);
        assert_null(strstr(l.text, "not UTF-8"));
        free(s);
    }
}

static void test_durations(void **state)
{
    (void)state;
    struct {
        const char *s;
        int seconds; /* -1: refused */
    } cases[] = {{"1d", 86400}, {"2h", 7200},   {"30m", 1800}, {"1w", 604800}, {"1d12h", 129600},
                 {"1D", 86400}, {"90m", 5400},  {"0m", -1},    {"", -1},       {"1x", -1},
                 {"d", -1},     {"400d", -1},   {"-1d", -1},   {"1d ", -1},    {"99999999999d", -1},
                 {"1", -1}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int got = 0;
        int rc = ics_parse_duration(cases[i].s, &got);
        if (cases[i].seconds < 0) {
            assert_int_equal(rc, -1);
        } else {
            assert_int_equal(rc, 0);
            assert_int_equal(got, cases[i].seconds);
        }
    }
}

/* ---- identity ---------------------------------------------------------------------- */

static void test_uids(void **state)
{
    (void)state;
    char a[17], b[17], c[17], d[17];
    ics_identity("IGF 2025 MAG Meeting XII", "2025-11-18", a);
    ics_identity("  IGF 2025\n MAG   Meeting XII ", "2025-11-18", b);
    ics_identity("IGF 2025 MAG Meeting XIII", "2025-11-18", c);
    ics_identity("IGF 2025 MAG Meeting XII", "2025-11-19", d);
    assert_int_equal(strlen(a), 16);
    assert_string_equal(a, b); /* re-wrapping the title keeps the identity */
    assert_string_not_equal(a, c);
    assert_string_not_equal(a, d);

    char want[64];
    snprintf(want, sizeof want, "%s-s1-i1@minutes", a);
    assert_str_owned(ics_uid(a, "s1-i1", 1), want);
    snprintf(want, sizeof want, "%s-s2-i2+2@minutes", a);
    assert_str_owned(ics_uid(a, "s2-i2", 2), want);
    snprintf(want, sizeof want, "%s@minutes", a);
    assert_str_owned(ics_uid(a, NULL, 0), want);
    snprintf(want, sizeof want, "%s-r%%C3%%A9f@minutes", a);
    assert_str_owned(ics_uid(a, "r\xC3\xA9" "f", 1), want);
    /* a ref that looks like an ordinal suffix cannot collide with one */
    char *x = ics_uid(a, "a+2", 1), *y = ics_uid(a, "a", 2);
    assert_string_not_equal(x, y);
    free(x);
    free(y);
}

/* ---- dates ---------------------------------------------------------------------------- */

static void test_parse_when(void **state)
{
    (void)state;
    ics_when w;
    assert_int_equal(ics_parse_when("2025-12-15", &w), 0);
    assert_false(w.has_time);
    assert_int_equal(w.year * 10000 + w.month * 100 + w.day, 20251215);
    assert_int_equal(ics_parse_when("2025-12-01T14:00:00Z", &w), 0);
    assert_true(w.has_time);
    assert_int_equal(w.hour * 100 + w.minute, 1400);
    assert_int_equal(ics_parse_when("2025-12-01T14:00:00.250Z", &w), 0);
    assert_int_equal(ics_parse_when("2025-12-01T14:00:00+00:00", &w), 0);
    assert_int_equal(ics_parse_when("2025-12-20Z", &w), 0);
    assert_false(w.has_time);
    assert_int_equal(ics_parse_when("2025-12-20+02:00", &w), 0);
    assert_int_equal(ics_parse_when("2024-02-29", &w), 0);
    const char *bad[] = {"2025-02-29", "2025-13-01", "2025-00-10", "2025-12-32", "2025-12-01T24:00:00Z",
                         "2025-12-01T10:00:00", "2025-12-01T10:00:00+01:00", "25-12-01", "2025-12-1",
                         "", "soon", "2025-12-01T10:00Z", "0000-01-01"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        if (ics_parse_when(bad[i], &w) != -1)
            printf("accepted \"%s\"\n", bad[i]);
        assert_int_equal(ics_parse_when(bad[i], &w), -1);
    }
    assert_int_equal(ics_parse_when(NULL, &w), -1);
}

/* ---- serialization ---------------------------------------------------------------------- */

static void test_serialize_folds_on_characters(void **state)
{
    (void)state;
    /* libical-style input: already folded, at odd places, with LF and TAB
     * continuations; 1..4-byte characters at every offset */
    const char *chars[] = {"a", "\xC3\xA9", "\xE2\x86\x92", "\xF0\x9F\x98\x80"};
    for (size_t ci = 0; ci < 4; ci++) {
        for (size_t shift = 0; shift < 4; shift++) {
            char value[1024] = "";
            for (size_t k = 0; k < shift; k++)
                strcat(value, "x");
            for (size_t k = 0; k < 90; k++)
                strcat(value, chars[ci]);
            char in[2048];
            snprintf(in, sizeof in,
                     "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:p\r\nBEGIN:VEVENT\r\nUID:u\r\n"
                     "DTSTAMP:20251118T000000Z\r\nDTSTART:20251118T000000Z\r\nSUMMARY:\n\t%s\r\n"
                     "END:VEVENT\r\nEND:VCALENDAR\r\n",
                     value);
            size_t len;
            char *out = ics_serialize(in, &len);
            assert_non_null(out);
            assert_int_equal(strlen(out), len);
            icslint l;
            if (icslint_check(out, len, &l))
                printf("%s", l.text);
            assert_int_equal(icslint_check(out, len, &l), 0);
            /* unfolding gives the value back */
            char *unfolded = calloc(1, len + 1);
            size_t u = 0;
            for (size_t i = 0; i < len; i++) {
                if (out[i] == '\r' && out[i + 1] == '\n' && out[i + 2] == ' ') {
                    i += 2;
                    continue;
                }
                unfolded[u++] = out[i];
            }
            char want[1100];
            snprintf(want, sizeof want, "SUMMARY:%s\r\n", value);
            assert_non_null(strstr(unfolded, want));
            free(unfolded);
            free(out);
        }
    }
}

static void test_serialize_finishes_x_escaping(void **state)
{
    (void)state;
    size_t len;
    /* as libical 3.0 writes it: \ and newline escaped, , and ; bare */
    char *out = ics_serialize("X-WR-CALNAME:a,b;c\\\\d\\ne\\,f\r\nNAME:a\\,b\r\n", &len);
    assert_string_equal(out, "X-WR-CALNAME:a\\,b\\;c\\\\d\\ne\\,f\r\nNAME:a\\,b\r\n");
    free(out);
    /* a colon inside a quoted parameter is not the value's start */
    out = ics_serialize("X-WR-CALDESC;X-P=\"a:b\":c,d\r\n", &len);
    assert_string_equal(out, "X-WR-CALDESC;X-P=\"a:b\":c\\,d\r\n");
    free(out);
}

/* ---- the model ------------------------------------------------------------------------- */

static void test_model_edge_fixture(void **state)
{
    (void)state;
    xmlDocPtr doc = load(FIXTURES "edge.xml");
    mn_job *job = mn_job_new(NULL, "edge.xml");
    ics_model m;
    assert_int_equal(ics_model_read(job, &(mn_doc){doc}, &m), 0);
    assert_int_equal(m.n_events, 9);
    assert_string_equal(m.zone, "Europe/Paris");
    assert_string_equal(m.url, "https://example.org/minutes/2025-11-18?a=1;b=2,c");
    assert_non_null(strstr(m.agenda, "2. Budget review on 2 December"));

    const ics_event *x1 = event_by_id(&m, "x1");
    assert_string_equal(x1->sentence, "The auditors (Ernst & Co.) will meet in Gen\xC3\xA8ve on 3 December "
                                      "at 14:00 CET; bring receipts, forms \\ copies.");
    assert_string_equal(x1->location, "Gen\xC3\xA8ve");
    assert_string_equal(x1->section, "1 Finances; taxes, fees \\ other");
    assert_string_equal(x1->as_written, "3 December at 14:00 CET");

    const ics_event *x3 = event_by_id(&m, "x3");
    assert_true(x3->deadline && x3->is_action && x3->start.has_time);
    assert_string_equal(x3->owner, "Treasurer, Chair");

    const ics_event *x4 = event_by_id(&m, "x4");
    assert_true(x4->tentative); /* certain="0" is xs:boolean false */
    assert_true(x4->has_end);

    assert_string_equal(event_by_id(&m, "x5")->location, "Room 4"); /* the event's own location */
    assert_string_equal(event_by_id(&m, "x7")->section, "Agenda");
    assert_string_equal(event_by_id(&m, "x6")->sentence, "Line one line two");
    assert_null(event_by_id(&m, "x8")->location); /* the writer never guesses one */

    char want[64];
    snprintf(want, sizeof want, "%s-x6@minutes", m.identity);
    assert_string_equal(event_by_id(&m, "x6")->uid, want);
    assert_int_equal(mn_job_diag_count(job), 0);
    ics_model_free(&m);
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* What the writer does with a document the schema would refuse (the writer
 * must not trust that it never sees one). */
static void test_model_unvalidated(void **state)
{
    (void)state;
    static const char xml[] =
        "<minutes xmlns='urn:minutes:1' version='1'><meta><title>T</title></meta><body>"
        "<p id='p1'>Soon.</p></body><events>"
        "<event id='e1' kind='event' start='soon' ref='p1'><summary>A</summary></event>"
        "<event id='e2' kind='event' start='2025-12-05' end='2025-12-01' ref='p1'><summary>B</summary></event>"
        "<event id='e3' kind='event' start='2025-12-05' ref='nowhere'><summary>  </summary></event>"
        "<event id='e4' kind='event' start='2025-12-05T10:00:00Z' end='2025-12-06'/>"
        "<event kind='deadline' start='2025-12-07'/>"
        "</events></minutes>";
    xmlDocPtr doc = xmlReadMemory(xml, sizeof xml - 1, "x.xml", NULL, XML_PARSE_NONET);
    mn_job *job = mn_job_new(NULL, "x.xml");
    ics_model m;
    assert_int_equal(ics_model_read(job, &(mn_doc){doc}, &m), 0);
    assert_int_equal(m.n_events, 4); /* e1 is left out */
    assert_true(job_has_warning(job, "start \"soon\" is not a date"));
    assert_true(job_has_warning(job, "end 2025-12-01 is before start"));
    assert_true(job_has_warning(job, "names no element"));
    assert_false(event_by_id(&m, "e2")->has_end);
    assert_string_equal(event_by_id(&m, "e3")->summary, "Event");
    const ics_event *e4 = event_by_id(&m, "e4");
    assert_false(e4->start.has_time); /* a time and a day: kept as days */
    assert_true(e4->has_end);
    assert_string_equal(m.events[3].summary, "Deadline");
    assert_null(m.date);

    ics_options o = {0};
    icalcomponent *cal = ics_calendar_build(job, &m, &o);
    char *text = icalcomponent_as_ical_string_r(cal);
    size_t len;
    char *out = ics_serialize(text, &len);
    icslint l;
    if (icslint_check(out, len, &l))
        printf("%s", l.text);
    assert_int_equal(icslint_check(out, len, &l), 0);
    /* no meeting date: DTSTAMP comes from the first event's day */
    assert_non_null(strstr(out, "DTSTAMP:20251205T000000Z\r\n"));
    free(out);
    icalmemory_free_buffer(text);
    icalcomponent_free(cal);
    ics_model_free(&m);
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* The writer analyses no text: the sentence an entry quotes is the events
 * pass's <description>, never one the writer splits out of the anchor; an
 * action anchor's task is quoted whole, once. */
static void test_model_sentence_is_the_documents(void **state)
{
    (void)state;
    static const char xml[] =
        "<minutes xmlns='urn:minutes:1' version='1'><meta><title>T</title></meta><body>"
        "<p id='p1'>Dr. Lee spoke first. The board meets on <date value='2025-12-05' event='e1'>5 "
        "December</date>. Nothing else.</p>"
        "<p id='p2'>Rooms are booked. Lunch is at noon.</p>"
        "<actions><action id='a1' owner='Ana'>Ana to file the return by "
        "<date value='2025-12-09' event='e3'>9 December</date>. Ask Bo first.</action></actions>"
        "</body><events>"
        "<event id='e1' kind='event' start='2025-12-05' all-day='true' ref='p1'><summary>Board</summary>"
        "<description>The board meets on 5 December.</description></event>"
        "<event id='e2' kind='event' start='2025-12-06' all-day='true' ref='p2'><summary>Rooms</summary></event>"
        "<event id='e3' kind='deadline' start='2025-12-09' all-day='true' ref='a1'><summary>File</summary>"
        "<description>Ana to file the return by 9 December.</description></event>"
        "</events></minutes>";
    xmlDocPtr doc = xmlReadMemory(xml, sizeof xml - 1, "s.xml", NULL, XML_PARSE_NONET);
    mn_job *job = mn_job_new(NULL, "s.xml");
    ics_model m;
    assert_int_equal(ics_model_read(job, &(mn_doc){doc}, &m), 0);
    assert_string_equal(event_by_id(&m, "e1")->sentence, "The board meets on 5 December.");
    assert_null(event_by_id(&m, "e2")->sentence); /* no description: none guessed */
    assert_null(event_by_id(&m, "e1")->task);
    const ics_event *e3 = event_by_id(&m, "e3");
    assert_string_equal(e3->task, "Ana to file the return by 9 December. Ask Bo first.");
    assert_string_equal(e3->as_written, "9 December");
    ics_model_free(&m);
    mn_job_free(job);
    xmlFreeDoc(doc);
}

static void test_model_not_minutes(void **state)
{
    (void)state;
    xmlDocPtr doc = xmlReadMemory("<other/>", 8, "x.xml", NULL, 0);
    mn_job *job = mn_job_new(NULL, "x.xml");
    ics_model m;
    assert_int_equal(ics_model_read(job, &(mn_doc){doc}, &m), MN_EX_SOFTWARE);
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* Thousands of events: bounded time, unique UIDs, a clean calendar. */
static void test_many_events(void **state)
{
    (void)state;
    enum { N = 5000 };
    xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
    xmlNodePtr root = xmlNewDocNode(doc, NULL, BAD_CAST "minutes", NULL);
    xmlSetNs(root, xmlNewNs(root, BAD_CAST MN_NS, NULL));
    xmlDocSetRootElement(doc, root);
    xmlNodePtr meta = mn_add(root, "meta", NULL), body = mn_add(root, "body", NULL);
    mn_add(meta, "title", "Big");
    mn_add(meta, "date", "2025-11-18");
    xmlNodePtr sec = mn_add(body, "section", NULL), list;
    mn_add(sec, "heading", "All");
    list = mn_add(sec, "list", NULL);
    xmlNodePtr events = mn_add(root, "events", NULL);
    for (int i = 0; i < N; i++) {
        char id[32], eid[32], day[16];
        snprintf(id, sizeof id, "s1-i%d", i / 2); /* two events per item */
        snprintf(eid, sizeof eid, "e%d", i);
        snprintf(day, sizeof day, "2026-%02d-%02d", 1 + i % 12, 1 + i % 28);
        if (i % 2 == 0) {
            xmlNodePtr item = mn_add(list, "item", "Meet on a day. ");
            mn_set_attr(item, "id", id);
        }
        xmlNodePtr ev = mn_add(events, "event", NULL);
        mn_set_attr(ev, "id", eid);
        mn_set_attr(ev, "kind", i % 3 ? "event" : "deadline");
        mn_set_attr(ev, "start", day);
        mn_set_attr(ev, "ref", id);
        mn_add(ev, "summary", "Meeting");
    }
    mn_job *job = mn_job_new(NULL, "big.xml");
    clock_t t0 = clock();
    ics_model m;
    ics_options o = {.alarm_seconds = 3600};
    assert_int_equal(ics_model_read(job, &(mn_doc){doc}, &m), 0);
    icalcomponent *cal = ics_calendar_build(job, &m, &o);
    char *text = icalcomponent_as_ical_string_r(cal);
    size_t len;
    char *out = ics_serialize(text, &len);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    printf("%d events: %.2f s, %zu bytes\n", N, secs, len);
    /* The figure is printed; the CTest timeout bounds a regression. */
    icslint l;
    assert_int_equal(icslint_check(out, len, &l), 0);
    free(out);
    icalmemory_free_buffer(text);
    icalcomponent_free(cal);
    ics_model_free(&m);
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* An action item of a megabyte with thousands of events anchored at it:
 * its task is quoted shortened, and read only as far as the quote needs
 * (read whole for each event, 4000 events cost gigabytes of copying). */
static void test_long_task(void **state)
{
    (void)state;
    enum { N = 4000, TEXT = 1 << 20 };
    xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
    xmlNodePtr root = xmlNewDocNode(doc, NULL, BAD_CAST "minutes", NULL);
    xmlSetNs(root, xmlNewNs(root, BAD_CAST MN_NS, NULL));
    xmlDocSetRootElement(doc, root);
    mn_add(mn_add(root, "meta", NULL), "title", "Long");
    char *text = malloc(TEXT + 1);
    assert_non_null(text);
    for (size_t i = 0; i < TEXT; i++)
        text[i] = "Send the forms. "[i % 16];
    text[TEXT] = '\0';
    xmlNodePtr action = mn_add(mn_add(root, "body", NULL), "action", text);
    free(text);
    mn_set_attr(action, "id", "a1");
    xmlNodePtr events = mn_add(root, "events", NULL);
    for (int i = 0; i < N; i++) {
        char eid[32], day[16];
        snprintf(eid, sizeof eid, "e%d", i);
        snprintf(day, sizeof day, "2026-%02d-%02d", 1 + i % 12, 1 + i % 28);
        xmlNodePtr ev = mn_add(events, "event", NULL);
        mn_set_attr(ev, "id", eid);
        mn_set_attr(ev, "kind", "deadline");
        mn_set_attr(ev, "start", day);
        mn_set_attr(ev, "ref", "a1");
        mn_add(ev, "summary", "Forms");
    }
    mn_job *job = mn_job_new(NULL, "long.xml");
    clock_t t0 = clock();
    ics_model m;
    assert_int_equal(ics_model_read(job, &(mn_doc){doc}, &m), 0);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    printf("%d events on a 1 MiB action: %.2f s of CPU\n", N, secs);
    assert_true(secs < 3.0); /* bounded reading takes milliseconds */
    assert_int_equal(m.n_events, N);
    const char *task = m.events[N - 1].task;
    assert_non_null(task);
    assert_true(utf8_chars(task) <= 500);
    assert_non_null(strstr(task, "\xE2\x80\xA6"));
    assert_true(strncmp(task, "Send the forms. Send", 20) == 0);
    ics_model_free(&m);
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* ---- options -------------------------------------------------------------------------------- */

static void test_options(void **state)
{
    (void)state;
    mn_job *job = mn_job_new(NULL, "x");
    ics_options o;
    unsetenv("SOURCE_DATE_EPOCH");
    assert_int_equal(ics_options_read(job, &o), 0);
    assert_false(o.deadlines_as_events || o.alarm_seconds || o.include_meeting || o.has_dtstamp);

    mn_job_set_option(job, "deadlines", "events");
    mn_job_set_option(job, "alarm", "1d");
    mn_job_set_option(job, "include-meeting", "1");
    setenv("SOURCE_DATE_EPOCH", "1763424000", 1);
    assert_int_equal(ics_options_read(job, &o), 0);
    assert_true(o.deadlines_as_events && o.include_meeting && o.has_dtstamp);
    assert_int_equal(o.alarm_seconds, 86400);
    assert_true(o.dtstamp == 1763424000LL);

    setenv("SOURCE_DATE_EPOCH", "yesterday", 1);
    assert_int_equal(ics_options_read(job, &o), 0);
    assert_false(o.has_dtstamp);
    assert_true(job_has_warning(job, "SOURCE_DATE_EPOCH"));
    unsetenv("SOURCE_DATE_EPOCH");

    mn_job_set_option(job, "include-meeting", "0");
    assert_int_equal(ics_options_read(job, &o), 0);
    assert_false(o.include_meeting);
    mn_job_free(job);

    job = mn_job_new(NULL, "x");
    mn_job_set_option(job, "deadlines", "calendar");
    assert_int_equal(ics_options_read(job, &o), MN_EX_USAGE);
    mn_job_free(job);
    job = mn_job_new(NULL, "x");
    mn_job_set_option(job, "alarm", "tomorrow");
    assert_int_equal(ics_options_read(job, &o), MN_EX_USAGE);
    mn_job_free(job);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shorten),
        cmocka_unit_test(test_durations),
        cmocka_unit_test(test_uids),
        cmocka_unit_test(test_parse_when),
        cmocka_unit_test(test_serialize_folds_on_characters),
        cmocka_unit_test(test_serialize_finishes_x_escaping),
        cmocka_unit_test(test_model_edge_fixture),
        cmocka_unit_test(test_model_unvalidated),
        cmocka_unit_test(test_model_sentence_is_the_documents),
        cmocka_unit_test(test_model_not_minutes),
        cmocka_unit_test(test_many_events),
        cmocka_unit_test(test_long_task),
        cmocka_unit_test(test_options),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
