/* SPDX-License-Identifier: MIT */
/* minutes/doc.h: the walker's events, the getters and the one xs:date /
 * xs:dateTime parser, through the public library only. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/doc.h"

static const char doc_xml[] =
    "<minutes xmlns=\"urn:minutes:1\" version=\"1\" xml:lang=\"en-GB\">"
    "<meta><title>  Board \n meeting </title><date>2025-11-18</date></meta>"
    "<body><section id=\"s1\" n=\"1\"><heading>One</heading>"
    "<p id=\"s1-p1\">Due <date value=\"2025-12-01T14:30:00Z\" certain=\"false\">1 Dec</date>"
    " here<br/>now</p>"
    "<table><row><cell colspan=\"2\">a &amp; b</cell></row></table>"
    "</section></body></minutes>";

static mn_job *load(void)
{
    mn_job *job = mn_job_new(NULL, "t.xml");
    assert_non_null(job);
    assert_int_equal(mn_job_read_canonical(job, doc_xml, strlen(doc_xml)), 0);
    return job;
}

/* ENTER/EXIT pairs, texts ENTER only, an empty element both. */
static void test_walker_events(void **state)
{
    (void)state;
    mn_job *job = load();
    const mn_node *meta = mn_node_child(mn_doc_root(mn_job_doc(job)), MN_KIND_META);
    mn_iter *it = mn_iter_new(meta);
    char trace[256] = "";
    for (mn_event ev; (ev = mn_iter_next(it)) != MN_EVENT_DONE;) {
        const mn_node *n = mn_iter_node(it);
        const char *name = mn_node_name(n);
        strcat(trace, ev == MN_EVENT_EXIT ? "/" : "");
        strcat(trace, name ? name : "#");
        strcat(trace, " ");
    }
    assert_string_equal(trace, "meta title # /title date # /date /meta ");
    assert_int_equal(mn_iter_next(it), MN_EVENT_DONE);
    assert_null(mn_iter_node(it));
    mn_iter_free(it);

    const mn_node *p = mn_node_child(mn_node_child(mn_node_child(mn_doc_root(mn_job_doc(job)),
                                                                 MN_KIND_BODY),
                                                   MN_KIND_SECTION),
                                     MN_KIND_P);
    it = mn_iter_new(p);
    int br_enter = 0, br_exit = 0, texts = 0;
    for (mn_event ev; (ev = mn_iter_next(it)) != MN_EVENT_DONE;) {
        mn_kind k = mn_node_kind(mn_iter_node(it));
        br_enter += k == MN_KIND_BR && ev == MN_EVENT_ENTER;
        br_exit += k == MN_KIND_BR && ev == MN_EVENT_EXIT;
        texts += k == MN_KIND_TEXT;
    }
    assert_int_equal(br_enter, 1);
    assert_int_equal(br_exit, 1);
    assert_int_equal(texts, 4); /* "Due ", "1 Dec", " here", "now" */
    mn_iter_free(it);
    mn_job_free(job);
}

/* Skipping an element goes straight to its EXIT and on to its sibling. */
static void test_walker_skip(void **state)
{
    (void)state;
    mn_job *job = load();
    mn_iter *it = mn_iter_new(mn_doc_root(mn_job_doc(job)));
    int seen_title = 0, body_enter = 0, meta_exit = 0;
    for (mn_event ev; (ev = mn_iter_next(it)) != MN_EVENT_DONE;) {
        mn_kind k = mn_node_kind(mn_iter_node(it));
        if (k == MN_KIND_META && ev == MN_EVENT_ENTER)
            mn_iter_skip(it);
        seen_title += k == MN_KIND_TITLE;
        meta_exit += k == MN_KIND_META && ev == MN_EVENT_EXIT;
        body_enter += k == MN_KIND_BODY && ev == MN_EVENT_ENTER;
    }
    assert_int_equal(seen_title, 0);
    assert_int_equal(meta_exit, 1);
    assert_int_equal(body_enter, 1);
    mn_iter_free(it);
    mn_job_free(job);
}

static void test_getters(void **state)
{
    (void)state;
    mn_job *job = load();
    const mn_node *root = mn_doc_root(mn_job_doc(job));
    assert_int_equal(mn_node_kind(root), MN_KIND_MINUTES);
    assert_string_equal(mn_node_lang(root), "en-GB");
    const mn_node *section = mn_node_child(mn_node_child(root, MN_KIND_BODY), MN_KIND_ANY);
    assert_int_equal(mn_node_kind(section), MN_KIND_SECTION);
    assert_string_equal(mn_node_lang(section), "en-GB"); /* inherited */
    assert_string_equal(mn_node_attr(section, "n"), "1");
    assert_null(mn_node_attr(section, "missing"));
    assert_int_equal(mn_node_attr_int(section, "n", -1), 1);
    assert_int_equal(mn_node_attr_int(section, "id", -1), -1); /* "s1" is no number */

    char *title = mn_node_text_folded(mn_node_child(mn_node_child(root, MN_KIND_META), MN_KIND_TITLE));
    assert_string_equal(title, "Board meeting");
    free(title);

    const mn_node *p = mn_node_next_of(mn_node_child(section, MN_KIND_HEADING), MN_KIND_P);
    const mn_node *date = mn_node_child(p, MN_KIND_DATE);
    assert_false(mn_node_attr_bool(date, "certain"));
    assert_string_equal(mn_node_attr(date, "certain"), "false");
    mn_datetime when;
    assert_int_equal(mn_node_attr_datetime(date, "value", &when), 0);
    assert_int_equal(when.hour, 14);
    assert_int_equal(when.minute, 30);
    assert_int_equal(mn_node_attr_datetime(date, "end", &when), -1);
    assert_string_equal(mn_node_text(mn_node_first(p)), "Due ");
    assert_null(mn_node_text(p));
    assert_ptr_equal(mn_node_parent(date), p);
    assert_null(mn_node_parent(root));

    const mn_node *cell = mn_node_child(mn_node_child(mn_node_next_of(p, MN_KIND_TABLE), MN_KIND_ROW),
                                        MN_KIND_CELL);
    assert_int_equal(mn_node_attr_int(cell, "colspan", 1), 2);
    assert_string_equal(mn_node_text(mn_node_first(cell)), "a & b");

    /* every attribute in order, the XML namespace's marked */
    const char *value;
    int xml_ns = -1;
    assert_string_equal(mn_node_attr_at(root, 0, &value, &xml_ns), "version");
    assert_string_equal(value, "1");
    assert_int_equal(xml_ns, 0);
    assert_string_equal(mn_node_attr_at(root, 1, &value, &xml_ns), "lang");
    assert_string_equal(value, "en-GB");
    assert_int_equal(xml_ns, 1);
    assert_null(mn_node_attr_at(root, 2, &value, &xml_ns));
    mn_job_free(job);
}

static void test_null_safe(void **state)
{
    (void)state;
    assert_null(mn_doc_root(NULL));
    assert_int_equal(mn_node_kind(NULL), MN_KIND_OTHER);
    assert_null(mn_node_first(NULL));
    assert_null(mn_node_child(NULL, MN_KIND_ANY));
    assert_null(mn_node_attr(NULL, "x"));
    char *t = mn_node_text_folded(NULL);
    assert_string_equal(t, "");
    free(t);
    mn_iter *it = mn_iter_new(NULL);
    assert_int_equal(mn_iter_next(it), MN_EVENT_DONE);
    mn_iter_free(it);
}

static int parses(const char *s, mn_datetime *t)
{
    return mn_datetime_parse(s, strlen(s), t) == 0;
}

static void test_datetime_accepts(void **state)
{
    (void)state;
    mn_datetime t;
    assert_true(parses("2025-11-18", &t));
    assert_int_equal(t.year, 2025);
    assert_int_equal(t.month, 11);
    assert_int_equal(t.day, 18);
    assert_false(t.has_time);
    assert_false(t.has_zone);
    assert_true(parses("2024-02-29T23:59:59Z", &t));
    assert_true(t.has_time && t.has_zone && t.zone_minutes == 0);
    assert_int_equal(t.second, 59);
    assert_true(parses("2025-01-05T09:00:00.250Z", &t)); /* fraction read and dropped */
    assert_int_equal(t.hour, 9);
    assert_true(parses("2025-01-05+05:30", &t)); /* xs:date with a zone */
    assert_true(!t.has_time && t.has_zone && t.zone_minutes == 330);
    assert_true(parses("2025-01-05T10:00:00-08:00", &t));
    assert_int_equal(t.zone_minutes, -480);
    assert_true(parses("2025-01-05T24:00:00Z", &t)); /* the end of the day */
    assert_int_equal(t.hour, 24);
    assert_true(parses("2025-01-05T10:00:00", &t)); /* no zone */
    assert_false(t.has_zone);
    /* LEN bounds the text: what follows is not read */
    assert_int_equal(mn_datetime_parse("2025-03-04T junk", 10, &t), 0);
    assert_int_equal(t.day, 4);
}

static void test_datetime_refuses(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "", "2025", "2025-11", "2025-13-01", "2025-02-29", "2023-04-31", "0000-01-01",
        "25-11-18", "2025-11-18T", "2025-11-18T14:00Z", "2025-11-18T14:00:60Z",
        "2025-11-18T24:00:01Z", "2025-11-18T24:30:00Z", "2025-11-18T10:00:00.Z",
        "2025-11-18Z junk", "2025-11-18 ", "2025-11-18T10:00:00+15:00", "2025-11-18+1:00",
        "2025-11-18T10:00:00+05:60", "+2025-11-18", "2025/11/18", NULL};
    for (const char *const *s = bad; *s; s++) {
        mn_datetime t;
        memset(&t, 0x5a, sizeof t);
        if (parses(*s, &t))
            fail_msg("accepted \"%s\"", *s);
        assert_int_equal(t.year, 0); /* zeroed */
        assert_int_equal(t.has_time, 0);
    }
    mn_datetime t;
    assert_int_equal(mn_datetime_parse(NULL, 0, &t), -1);
}

static void test_calendar(void **state)
{
    (void)state;
    assert_int_equal(mn_date_month_days(2024, 2), 29);
    assert_int_equal(mn_date_month_days(1900, 2), 28);
    assert_int_equal(mn_date_month_days(2000, 2), 29);
    assert_int_equal(mn_date_month_days(2025, 13), 0);
    assert_int_equal(mn_date_days(1970, 1, 1), 0);
    assert_int_equal(mn_date_days(1969, 12, 31), -1);
    assert_int_equal(mn_date_days(2000, 3, 1), 11017);
    assert_int_equal(mn_date_weekday(2025, 11, 18), 1); /* a Tuesday */
    assert_int_equal(mn_date_weekday(1970, 1, 1), 3);   /* a Thursday */
    assert_int_equal(mn_date_weekday(1601, 1, 1), 0);   /* a Monday */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_walker_events),  cmocka_unit_test(test_walker_skip),
        cmocka_unit_test(test_getters),        cmocka_unit_test(test_null_safe),
        cmocka_unit_test(test_datetime_accepts), cmocka_unit_test(test_datetime_refuses),
        cmocka_unit_test(test_calendar),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
