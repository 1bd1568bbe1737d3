/* SPDX-License-Identifier: MIT */
/* test_ics_lint.c — the checker itself: a good calendar passes, and each
 * rule catches the calendar that breaks it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "icslint.h"

#define HEAD "BEGIN:VCALENDAR\r\nPRODID:-//t//t//EN\r\nVERSION:2.0\r\n"
#define TAIL "END:VCALENDAR\r\n"
#define EV(body) "BEGIN:VEVENT\r\nUID:u1@t\r\nDTSTAMP:20251118T000000Z\r\n" body "END:VEVENT\r\n"

static const char good[] =
    HEAD "NAME:A\\, B\\; C \\\\ D\\nE\r\n"
    "X-WR-CALNAME:A\\, B\r\n"
    "BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\nBEGIN:STANDARD\r\nDTSTART:20250101T000000\r\n"
    "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\nUID:u1@t\r\nDTSTAMP:20251118T000000Z\r\n"
    "DTSTART;VALUE=DATE:20251215\r\nDTEND;VALUE=DATE:20251218\r\n"
    "SUMMARY:Side events\\, WSIS+20\r\n"
    "DESCRIPTION:\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
    "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
    "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\r\n"
    " \xC3\xA9\xC3\xA9 end\r\n"
    "CATEGORIES:Event,Action\r\n"
    "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P1D\r\nDESCRIPTION:x\r\nEND:VALARM\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:u2@t\r\nDTSTAMP:20251118T000000Z\r\n"
    "DTSTART;TZID=Europe/Paris:20251118T093000\r\nDTEND;TZID=Europe/Paris:20251118T110000\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VTODO\r\nUID:u3@t\r\nDTSTAMP:20251118T000000Z\r\nDUE;VALUE=DATE:20251121\r\nEND:VTODO\r\n" TAIL;

static int lint(const char *s)
{
    icslint l;
    int n = icslint_check(s, strlen(s), &l);
    if (n)
        printf("%s", l.text);
    return n;
}

/* Expects a problem whose text contains WHAT (a broken structure may
 * cause more than one). */
static void expect_problem(const char *s, const char *what)
{
    icslint l;
    int n = icslint_check(s, strlen(s), &l);
    if (n < 1 || !strstr(l.text, what))
        printf("expected a problem about \"%s\", got %d:\n%s", what, n, l.text);
    assert_true(n >= 1);
    assert_non_null(strstr(l.text, what));
}

static void test_good_passes(void **state)
{
    (void)state;
    assert_int_equal(lint(good), 0);
    icslint l;
    assert_int_equal(icslint_libical(good, &l), 0);
}

static void test_line_ends(void **state)
{
    (void)state;
    expect_problem(HEAD EV("DTSTART:20251118T000000Z\r\n") "END:VCALENDAR", "no CRLF");
    expect_problem(HEAD "BEGIN:VEVENT\nUID:u1@t\r\nDTSTAMP:20251118T000000Z\r\nDTSTART:20251118T000000Z\r\nEND:VEVENT\r\n" TAIL,
                   "bare LF");
    expect_problem(HEAD "BEGIN:VEVENT\rUID:u1@t\r\nDTSTAMP:20251118T000000Z\r\nDTSTART:20251118T000000Z\r\nEND:VEVENT\r\n" TAIL,
                   "bare CR");
}

static void test_long_line(void **state)
{
    (void)state;
    char s[1024];
    snprintf(s, sizeof s, HEAD EV("DTSTART:20251118T000000Z\r\nSUMMARY:%s\r\n") TAIL,
             "0123456789012345678901234567890123456789012345678901234567890123456789"); /* 8 + 70 */
    expect_problem(s, "78 octets");
}

static void test_fold_inside_character(void **state)
{
    (void)state;
    /* "é" is C3 A9: a fold between the two bytes leaves both lines broken */
    expect_problem(HEAD EV("DTSTART:20251118T000000Z\r\nSUMMARY:ab\xC3\r\n \xA9z\r\n") TAIL,
                   "not UTF-8 on its own");
}

static void test_text_escaping(void **state)
{
    (void)state;
    expect_problem(HEAD EV("DTSTART:20251118T000000Z\r\nSUMMARY:a, b\r\n") TAIL, "unescaped ','");
    expect_problem(HEAD EV("DTSTART:20251118T000000Z\r\nLOCATION:a; b\r\n") TAIL, "unescaped ';'");
    expect_problem(HEAD EV("DTSTART:20251118T000000Z\r\nDESCRIPTION:a \\q\r\n") TAIL, "backslash");
    expect_problem(HEAD "X-WR-CALNAME:a;b\r\n" EV("DTSTART:20251118T000000Z\r\n") TAIL, "unescaped ';'");
    expect_problem(HEAD EV("DTSTART:20251118T000000Z\r\nSUMMARY:a\x01z\r\n") TAIL, "control character");
    /* a list separates its values with bare commas */
    assert_int_equal(lint(HEAD EV("DTSTART:20251118T000000Z\r\nCATEGORIES:A,B\r\n") TAIL), 0);
}

static void test_uid_and_dtstamp(void **state)
{
    (void)state;
    expect_problem(HEAD "BEGIN:VEVENT\r\nDTSTAMP:20251118T000000Z\r\nDTSTART:20251118T000000Z\r\nEND:VEVENT\r\n" TAIL,
                   "0 UID");
    expect_problem(HEAD "BEGIN:VEVENT\r\nUID:u1@t\r\nDTSTART:20251118T000000Z\r\nEND:VEVENT\r\n" TAIL,
                   "0 DTSTAMP");
    expect_problem(HEAD EV("DTSTART:20251118T000000Z\r\n") EV("DTSTART:20251119T000000Z\r\n") TAIL,
                   "used twice");
    expect_problem(HEAD "BEGIN:VTODO\r\nUID:u1@t\r\nDTSTAMP:20251118T000000\r\nEND:VTODO\r\n" TAIL,
                   "UTC DATE-TIME");
}

static void test_dates(void **state)
{
    (void)state;
    expect_problem(HEAD EV("DTSTART;VALUE=DATE:20251215\r\nDTEND;VALUE=DATE:20251215\r\n") TAIL,
                   "not after DTSTART");
    expect_problem(HEAD EV("DTSTART:20251215T100000Z\r\nDTEND:20251215T090000Z\r\n") TAIL,
                   "not after DTSTART");
    expect_problem(HEAD EV("DTSTART;VALUE=DATE:20251215\r\nDTEND:20251216T000000Z\r\n") TAIL,
                   "DTSTART is a DATE but DTEND is a DATE-TIME");
    expect_problem(HEAD EV("DTSTART:20251215\r\n") TAIL, "is not a DATE-TIME");
    expect_problem(HEAD EV("DTSTART;VALUE=DATE:20250230\r\n") TAIL, "is not a DATE");
    expect_problem(HEAD "BEGIN:VTODO\r\nUID:u1@t\r\nDTSTAMP:20251118T000000Z\r\n"
                        "DTSTART;VALUE=DATE:20251215\r\nDUE;VALUE=DATE:20251214\r\nEND:VTODO\r\n" TAIL,
                   "DUE 20251214 is not after");
    expect_problem(HEAD EV("DTSTART;TZID=Nowhere/City:20251215T100000\r\n") TAIL, "names no VTIMEZONE");
    expect_problem(HEAD EV("DTSTART:20251215T100000Z\r\nDTEND:20251215T110000Z\r\nDURATION:PT1H\r\n") TAIL,
                   "both DTEND and DURATION");
    expect_problem(HEAD EV("") TAIL, "no DTSTART");
}

static void test_structure(void **state)
{
    (void)state;
    expect_problem(HEAD EV("DTSTART:20251118T000000Z\r\n"), "not closed");
    expect_problem(HEAD "BEGIN:VEVENT\r\nUID:u1@t\r\nDTSTAMP:20251118T000000Z\r\nDTSTART:20251118T000000Z\r\nEND:VTODO\r\n" TAIL,
                   "does not close");
    expect_problem(HEAD EV("DTSTART:20251118T000000Z\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P1D\r\nEND:VALARM\r\n") TAIL,
                   "needs a DESCRIPTION");
    expect_problem("BEGIN:VCALENDAR\r\nPRODID:-//t//t//EN\r\n" EV("DTSTART:20251118T000000Z\r\n") TAIL,
                   "one VERSION:2.0");
    expect_problem(HEAD EV("DTSTART:20251118T000000Z\r\n") TAIL "\r\n", "empty line");
}

static void test_libical_catches_garbage(void **state)
{
    (void)state;
    icslint l;
    assert_true(icslint_libical("not a calendar\r\n", &l) > 0);
    /* an unknown value type is flagged by libical's parser */
    assert_true(icslint_libical(HEAD EV("DTSTART:20251118T000000Z\r\nDTEND;VALUE=DATE:bogus\r\n") TAIL, &l) > 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_good_passes),
        cmocka_unit_test(test_line_ends),
        cmocka_unit_test(test_long_line),
        cmocka_unit_test(test_fold_inside_character),
        cmocka_unit_test(test_text_escaping),
        cmocka_unit_test(test_uid_and_dtstamp),
        cmocka_unit_test(test_dates),
        cmocka_unit_test(test_structure),
        cmocka_unit_test(test_libical_catches_garbage),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
