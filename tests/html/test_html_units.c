/* SPDX-License-Identifier: MIT */
/* test_html_units.c — helpers the HTML writer made cheaper must give what
 * the plain ways give: hd_folded_prefix the start of mn_node_text_folded's
 * text (white space folded across elements, UTF-8 never cut), the dates
 * written by hand what snprintf wrote. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <libxml/parser.h>

#include "html.h"
#include "job.h"

/* The first element child of a parsed <minutes> document's root. */
static const mn_node *first_element(const mn_doc *d)
{
    const mn_node *n = mn_node_first(mn_doc_root(d));
    while (n && mn_node_text(n))
        n = mn_node_next(n);
    return n;
}

static xmlDocPtr parse(const char *xml)
{
    xmlDocPtr x = xmlReadMemory(xml, (int)strlen(xml), "t.xml", NULL, XML_PARSE_NONET);
    assert_non_null(x);
    return x;
}

/* The first MAX + 1 characters of S (all of it when shorter). */
static char *chars_prefix(const char *s, size_t max)
{
    size_t chars = 0, i = 0;
    for (; s[i]; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80 && chars++ == max + 1)
            break;
    }
    return strndup(s, i);
}

/* hd_folded_prefix against the folded text, for every limit up to past
 * the text's length. */
static void check_prefix(const char *body)
{
    char xml[4096];
    snprintf(xml, sizeof xml, "<minutes xmlns=\"urn:minutes:1\"><p>%s</p></minutes>", body);
    xmlDocPtr x = parse(xml);
    mn_doc d = {.xml = x};
    const mn_node *p = first_element(&d);
    char *folded = mn_node_text_folded(p);
    size_t len = strlen(folded);
    for (size_t max = 0; max <= len + 1; max++) {
        char buf[4 * 64 + 1];
        if (4 * (max + 1) + 1 > sizeof buf)
            break;
        char *want = chars_prefix(folded, max);
        assert_string_equal(hd_folded_prefix(p, max, buf, 4 * (max + 1) + 1), want);
        free(want);
    }
    free(folded);
    xmlFreeDoc(x);
}

static void prefix_plain(void **state)
{
    (void)state;
    check_prefix("The Secretariat will circulate the draft by Friday.");
}

static void prefix_white_space(void **state)
{
    (void)state;
    /* Leading, trailing and inner runs of every kind, across elements. */
    check_prefix("  \n\tAna <em> will </em>\n\n  send<strong>the</strong> <em>\t</em>notes \r\n ");
    check_prefix("<em>  </em>  ");
    check_prefix("");
}

static void prefix_utf8(void **state)
{
    (void)state;
    /* Two-, three- and four-byte characters at every cut. */
    check_prefix("\xc3\xa9t\xc3\xa9 \xe2\x80\x94 r\xc3\xa9sum\xc3\xa9 \xf0\x9f\x93\x85 "
                 "\xe4\xbc\x9a\xe8\xae\xae <em>\xc3\xa0</em>\xc3\xa0");
}

static void prefix_nested(void **state)
{
    (void)state;
    check_prefix("Owner: <link href=\"#x\">the <em>working <strong>group</strong></em></link> "
                 "on <date value=\"2026-03-03\">3 March</date>.");
}

/* hdate_format and hdate_machine against the snprintf formats they
 * replace. */
static void dates_as_snprintf(void **state)
{
    (void)state;
    static const char *const months[] = {"January", "February", "March",     "April",
                                         "May",     "June",     "July",      "August",
                                         "September", "October", "November", "December"};
    static const char *const values[] = {"2025-11-18", "2025-12-01T14:00:00Z", "0999-01-05",
                                         "2026-02-28T00:05:00Z", "2024-09-09"};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        hdate d;
        char got[96], want[96], day[64];
        assert_int_equal(hdate_parse(values[i], &d), 0);
        snprintf(day, sizeof day, "%d %s %d", d.day, months[d.month - 1], d.year);
        if (d.has_time)
            snprintf(want, sizeof want, "%s, %02d:%02d UTC", day, d.hour, d.minute);
        else
            snprintf(want, sizeof want, "%s", day);
        assert_string_equal(hdate_format(&d, 0, got, sizeof got), want);
        snprintf(want, sizeof want, "%04d-%02d", d.year, d.month);
        assert_string_equal(hdate_machine(values[i], "month", got, sizeof got), want);
        snprintf(want, sizeof want, "%04d", d.year);
        assert_string_equal(hdate_machine(values[i], "year", got, sizeof got), want);
        assert_string_equal(hdate_machine(values[i], NULL, got, sizeof got), values[i]);
        assert_string_equal(hdate_machine(values[i], "day", got, sizeof got), values[i]);
    }
    char small[8], got[96];
    /* Cut as snprintf cuts: SIZE - 1 bytes and the terminator. */
    assert_string_equal(hdate_machine("2025-11-18", NULL, small, sizeof small), "2025-11");
    hdate d;
    assert_int_equal(hdate_parse("2025-11-18", &d), 0);
    assert_string_equal(hdate_format(&d, 1, got, sizeof got), "Tue 18 Nov 2025");
    assert_string_equal(hdate_format(&d, 1, small, sizeof small), "Tue 18 ");
    assert_string_equal(hdate_machine("2025-11-18", "week", got, sizeof got), "2025-W47");
    assert_string_equal(hdate_machine("2027-01-01", "week", got, sizeof got), "2026-W53");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(prefix_plain),      cmocka_unit_test(prefix_white_space),
        cmocka_unit_test(prefix_utf8),       cmocka_unit_test(prefix_nested),
        cmocka_unit_test(dates_as_snprintf),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
