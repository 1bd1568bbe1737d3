/* SPDX-License-Identifier: MIT */
/* test_temporal_units.c — the tagger's pieces alone: calendar, zones,
 * lexer, context (sentence, tense, deadline), summaries, the scanner's
 * windows over long text, and the temporal pass's surgery on the tree
 * (dates never cross an element, text is kept to the byte). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "passes.h"
#include "temporal_cal.h"
#include "temporal_context.h"
#include "temporal_lex.h"
#include "temporal_scan.h"
#include "temporal_summary.h"
#include "tt.h"
#include "tz_zone.h"

static void calendar(void **state)
{
    (void)state;
    for (long d = -800000; d <= 800000; d += 997) {
        mn_ymd x = mn_cal_from_days(d);
        assert_int_equal(mn_cal_days(x.y, x.m, x.d), d);
    }
    assert_int_equal(mn_cal_days(1970, 1, 1), 0);
    assert_int_equal(mn_cal_weekday(2025, 11, 18), 1); /* Tuesday */
    assert_int_equal(mn_cal_weekday(2000, 2, 29), 1);
    assert_int_equal(mn_cal_month_days(2024, 2), 29);
    assert_int_equal(mn_cal_month_days(2100, 2), 28);
    assert_int_equal(mn_cal_month_days(2000, 2), 29);
    mn_ymd a = mn_cal_add_months((mn_ymd){2025, 1, 31}, 1);
    assert_int_equal(a.m, 2);
    assert_int_equal(a.d, 28);
    a = mn_cal_add_months((mn_ymd){2025, 11, 18}, 14);
    assert_int_equal(a.y, 2027);
    assert_int_equal(a.m, 1);
    mn_ymd p;
    assert_true(mn_cal_parse("2025-11-18", &p));
    assert_true(mn_cal_parse("2025-12-01T14:00:00Z", &p));
    assert_false(mn_cal_parse("2025-13-01", &p));
    assert_false(mn_cal_parse("2025-02-29", &p));
    assert_false(mn_cal_parse("2025-1-01", &p));
    assert_false(mn_cal_parse("2025-11-18x", &p));
    assert_false(mn_cal_parse(NULL, &p));
}

static void zones(void **state)
{
    (void)state;
    mn_tz z;
    int u[5];
    assert_true(mn_tz_parse("UTC+2", &z));
    assert_int_equal(z.offset, 120);
    assert_true(mn_tz_parse("GMT-05:00", &z));
    assert_int_equal(z.offset, -300);
    assert_true(mn_tz_parse("+0530", &z));
    assert_int_equal(z.offset, 330);
    assert_true(mn_tz_parse("cest", &z));
    assert_int_equal(z.offset, 120);
    assert_true(mn_tz_parse("Europe/Zurich", &z));
    assert_int_equal(z.kind, MN_TZ_IANA);
    assert_false(mn_tz_parse("Mars/Olympus", &z));
    assert_false(mn_tz_parse("UTC+15", &z));
    assert_false(mn_tz_parse("", &z));
    assert_false(mn_tz_parse("UTC+2:99", &z));
    /* the meeting's zone in words, as title blocks write it: the whole of
     * a zone phrase, with its daylight saving from the tz data */
    assert_true(mn_tz_parse("Mountain Time", &z));
    assert_int_equal(z.kind, MN_TZ_IANA);
    assert_true(mn_tz_to_utc(&z, 2026, 7, 1, 10, 0, u));
    assert_int_equal(u[3], 16);
    assert_true(mn_tz_parse("Eastern", &z));
    assert_true(mn_tz_parse(" central european time ", &z));
    assert_int_equal(z.offset, 60);
    assert_false(mn_tz_parse("Eastern Region", &z));
    /* New York: daylight time in July, standard time in January */
    assert_true(mn_tz_parse("America/New_York", &z));
    assert_true(mn_tz_to_utc(&z, 2026, 7, 1, 10, 0, u));
    assert_int_equal(u[3], 14);
    assert_true(mn_tz_to_utc(&z, 2026, 1, 1, 10, 0, u));
    assert_int_equal(u[3], 15);
    /* a fixed offset crossing midnight and a year */
    assert_true(mn_tz_fixed(-480, &z));
    assert_true(mn_tz_to_utc(&z, 2025, 12, 31, 23, 30, u));
    assert_int_equal(u[0], 2026);
    assert_int_equal(u[1], 1);
    assert_int_equal(u[2], 1);
    assert_int_equal(u[3], 7);
    assert_int_equal(u[4], 30);
    const char *words[] = {"central", "european", "summer", "time", "and"};
    assert_int_equal(mn_tz_phrase(words, 5, &z), 4);
    assert_int_equal(z.offset, 120);
    mn_tz none = {0};
    assert_false(mn_tz_to_utc(&none, 2025, 1, 1, 0, 0, u));
}

static void lexer(void **state)
{
    (void)state;
    const char *t = "15\xe2\x80\x93" "17\xc2\xa0" "December \\(04:00 UTC\\) Zürich v2 mid-May";
    mn_ttok toks[32];
    size_t next;
    size_t n = mn_tlex(t, strlen(t), 0, toks, 32, &next);
    assert_int_equal(next, strlen(t));
    assert_int_equal(toks[0].num, 15);
    assert_int_equal(toks[1].type, MN_TT_PUNCT);
    assert_int_equal(toks[1].w[0], '-');  /* en dash */
    assert_int_equal(toks[2].num, 17);
    assert_string_equal(toks[3].w, "december");
    assert_int_equal(toks[3].space, 1);  /* no-break space */
    assert_int_equal(toks[4].w[0], '(');  /* the escape is dropped */
    size_t i = 0;
    while (i < n && strcmp(toks[i].w, "utc") != 0)
        i++;
    assert_true(i < n && toks[i].upper);
    while (i < n && toks[i].type != MN_TT_WORD + 0 * (toks[i].len == 0))
        i++;
    /* "Zürich" is one word, its Latin-1 letters kept in the lower-case copy */
    int found = 0;
    for (size_t k = 0; k < n; k++)
        found |= toks[k].type == MN_TT_WORD && strcmp(toks[k].w, "z\xc3\xbcrich") == 0 &&
                 toks[k].end - toks[k].start == 7;
    assert_true(found);
    /* capitals of Latin-1 are folded ("FÉVRIER", "Ébène"); a letter outside
     * it ("Łódź") leaves the word without a copy, as before */
    const char *u = "F\xc3\x89VRIER \xc3\x89" "b\xc3\xa8ne \xc5\x81\xc3\xb3" "d\xc5\xba";
    n = mn_tlex(u, strlen(u), 0, toks, 32, &next);
    assert_int_equal(n, 3);
    assert_string_equal(toks[0].w, "f\xc3\xa9vrier");
    assert_true(toks[0].upper && toks[0].cap);
    assert_string_equal(toks[1].w, "\xc3\xa9" "b\xc3\xa8ne");
    assert_true(toks[1].cap && !toks[1].upper);
    assert_int_equal(toks[2].len, 0);
    /* a digit run longer than any number is capped, not overflowed */
    char digits[100];
    memset(digits, '9', sizeof digits - 1);
    digits[sizeof digits - 1] = '\0';
    n = mn_tlex(digits, strlen(digits), 0, toks, 4, &next);
    assert_int_equal(n, 1);
    assert_int_equal(toks[0].num, 999999);
    assert_int_equal(toks[0].digits, 99);
    /* invalid UTF-8 is skipped over as letters, never read past the end */
    const char bad[] = {'1', ' ', (char)0xe2, (char)0x80};
    n = mn_tlex(bad, sizeof bad, 0, toks, 4, &next);
    assert_int_equal(next, sizeof bad);
}

static void context(void **state)
{
    (void)state;
    const char *t = "The call was on Dec. 1 at 10 a.m. We will meet on 3 December. Next item";
    size_t s, e, at = (size_t)(strstr(t, "3 December") - t);
    mn_tctx_sentence(t, strlen(t), at, at + 10, &s, &e);
    assert_int_equal(s, (size_t)(strstr(t, "We will") - t));
    assert_int_equal(e, (size_t)(strstr(t, " Next") - t));
    at = (size_t)(strstr(t, "Dec. 1") - t);
    mn_tctx_sentence(t, strlen(t), at, at + 6, &s, &e);
    assert_int_equal(s, 0); /* "Dec." and "a.m." end no sentence */
    assert_int_equal(mn_tctx_tense(t, strlen(t), at, at + 6), MN_TENSE_PAST);
    at = (size_t)(strstr(t, "3 December") - t);
    assert_int_equal(mn_tctx_tense(t, strlen(t), at, at + 10), MN_TENSE_FUTURE);
    const char *d = "Apply no later than 5 May. Deadline passed. Meet on 6 May.";
    at = (size_t)(strstr(d, "5 May") - d);
    assert_true(mn_tctx_deadline(d, strlen(d), at, at + 5));
    at = (size_t)(strstr(d, "6 May") - d);
    assert_false(mn_tctx_deadline(d, strlen(d), at, at + 5)); /* another sentence's marker */
    const char *w = "Reply within 3 days";
    assert_true(mn_tctx_deadline(w, strlen(w), 6, strlen(w)));
    /* spans past the end or reversed give a sentence inside the text */
    size_t len = strlen(t);
    mn_tctx_sentence(t, len, len + 5, len + 50, &s, &e);
    assert_true(s <= e && e <= len);
    at = (size_t)(strstr(t, "3 December") - t);
    mn_tctx_sentence(t, len, at + 10, at, &s, &e);
    assert_int_equal(s, (size_t)(strstr(t, "We will") - t));
    assert_true(s <= e && e <= len);
    assert_false(mn_tctx_deadline(w, strlen(w), strlen(w), 6));
    /* a marker on the line before is another sentence's */
    const char *l = "Send it by\n 5 May";
    at = (size_t)(strstr(l, "5 May") - l);
    assert_false(mn_tctx_deadline(l, strlen(l), at, at + 5));
}

static char *summary_of(const char *sentence, const char *date, int deadline)
{
    size_t ds = (size_t)(strstr(sentence, date) - sentence);
    return mn_tsummary(sentence, 0, strlen(sentence), ds, ds + strlen(date), deadline, NULL, 0);
}

static void summaries(void **state)
{
    (void)state;
    struct {
        const char *sentence, *date;
        int deadline;
        const char *want;
    } cases[] = {
        {"The IMSB will host a small informal dialogue with Member States on 21 November at UN "
         "Headquarters.", "21 November", 0, "Small informal dialogue with Member States"},
        {"The WG-WSP will organize a more focused meeting in the last week of November.",
         "the last week of November", 0, "WG-WSP focused meeting"},
        {"MAG members were reminded to register for the event by 21 November via INDICO.",
         "21 November", 1, "Register for the event"},
        {"The deadline for nominations is 5 December.", "5 December", 1, "Nominations"},
        {"Submissions are due by 5 December.", "5 December", 1, "Submissions"},
        /* a lone closer takes the noun phrase it closes, never a clause */
        {"Ana said the county's road survey is open and closes on 9 May.", "9 May", 1,
         "The county's road survey closes"},
        {"The travel fund, which the board set up in May, ends on 9 June.", "9 June", 1, "Ends"},
        {"Carla Diaz and Bob Chen to draft the ramp variant by 20 March", "20 March", 1,
         "Draft the ramp variant"},
        {"MAG members are invited to share their input and take part in the Doodle Poll by 20 "
         "November to schedule a meeting.", "20 November", 1, "Take part in the Doodle Poll"},
        {"We will come back to this on 3 December.", "3 December", 0,
         "We will come back to this"},
        {"Omar: revise the grant budget, using the new rates, by 2 May", "2 May", 1,
         "Revise the grant budget using the new rates"},
        /* a lone verb after "and" shares its clause's subject */
        {"Lina: the public consultation started on 2 March and ends on 30 April.", "30 April", 1,
         "The public consultation ends"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *got = summary_of(cases[i].sentence, cases[i].date, cases[i].deadline);
        assert_non_null(got);
        if (strcmp(got, cases[i].want) != 0)
            fail_msg("summary of \"%s\": got \"%s\", want \"%s\"", cases[i].sentence, got,
                     cases[i].want);
        free(got);
    }
    /* a sentence of a thousand words gives a summary of at most 80 bytes */
    size_t n = 8000;
    char *big = malloc(n + 40);
    assert_non_null(big);
    big[0] = '\0';
    while (strlen(big) < n)
        strcat(big, "lorem ipsum ");
    strcat(big, "on 3 December.");
    char *got = summary_of(big, "3 December", 0);
    assert_non_null(got);
    assert_true(strlen(got) <= 80 + 3);
    free(got);
    free(big);
    assert_true(mn_tsummary_related("IMSB office hours", "Register for the IMSB working hours"));
    assert_false(mn_tsummary_related("Budget committee", "Regional workshop"));
}

typedef struct hits {
    size_t n, start, end;
} hits;

static int count_hit(const mn_tmatch *m, void *user)
{
    hits *h = user;
    h->n++;
    h->start = m->start;
    h->end = m->end;
    return 0;
}

/* A date at every position around the scanner's window edges is found once. */
static void window_edges(void **state)
{
    (void)state;
    mn_tref ref = {0};
    ref.have = mn_cal_parse("2025-11-18", &ref.date);
    mn_tscan_opts o = {&ref, MN_ORDER_NONE, NULL, 0};
    for (int words = 380; words < 1100; words += 7) {
        size_t size = (size_t)words * 6 + 64;
        char *t = malloc(size);
        assert_non_null(t);
        t[0] = '\0';
        for (int k = 0; k < words; k++)
            strcat(t, "item ");
        size_t at = strlen(t);
        strcat(t, "1 December 2025 and more.");
        hits h = {0, 0, 0};
        assert_int_equal(mn_tscan(&o, t, strlen(t), 0, strlen(t), count_hit, &h), 0);
        assert_int_equal(h.n, 1);
        assert_int_equal(h.start, at);
        assert_int_equal(h.end, at + strlen("1 December 2025"));
        free(t);
    }
}

static double seconds(void)
{
    struct timespec ts; /* CPU time: a loaded machine does not skew it */
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Runs both passes over SIZE bytes of PIECE repeated; returns the seconds
 * spent and checks that the text came through unchanged. */
static double run_repeated(const char *piece, size_t size)
{
    size_t plen = strlen(piece), len = size / plen * plen;
    char *t = malloc(len + 1), *body = malloc(len + 64);
    assert_non_null(t);
    assert_non_null(body);
    for (size_t i = 0; i < len; i++)
        t[i] = piece[i % plen];
    t[len] = '\0';
    snprintf(body, len + 64, "<p id=\"p1\">%s</p>", t);
    xmlDocPtr doc = tt_doc("<date>2025-11-18</date>", body);
    mn_job *job = tt_job(NULL);
    double t0 = seconds();
    tt_run(doc, job);
    double spent = seconds() - t0;
    char *text = tt_str(doc, "string(//m:p)");
    assert_true(strcmp(text, t) == 0);
    free(text);
    mn_job_free(job);
    xmlFreeDoc(doc);
    free(body);
    free(t);
    return spent;
}

/* Long and hostile text: no crash, text kept, time growing linearly (a
 * quadratic step shows as 16 times the time for 4 times the text). */
static void hostile_text(void **state)
{
    (void)state;
    const char *pieces[] = {"1 ", "9", "- ", "December ", "1 December ", "at 10:00 UTC and ",
                            "\xe2\x80\x93", "Monday, ", "1 December at 10:00 UTC, ", "by ",
                            ("15\xe2\x80\x93" "17 ")};
    for (size_t k = 0; k < sizeof pieces / sizeof pieces[0]; k++) {
        double small = run_repeated(pieces[k], 48u << 10);
        double big = run_repeated(pieces[k], 192u << 10);
        /* Printed, not asserted: time on a loaded machine is no verdict;
         * the CTest timeout bounds a quadratic regression. */
        printf("\"%s\": 48 KiB %.2f s, 192 KiB %.2f s\n", pieces[k], small, big);
    }
}

static void dates_stay_inside_their_element(void **state)
{
    (void)state;
    const char *body =
        "<p id=\"p1\">on 1 <em>December</em> 2025, and <strong>on 3 December</strong> too</p>"
        "<p id=\"p2\">register for <link href=\"#\">Wednesday 19 November \\(04:00 UTC\\)</link>.</p>"
        "<p id=\"p3\">From 1 December<br/>to 3 December.</p>"
        "<list><item id=\"i1\">Launch on 2 December<list><item id=\"i2\">then 4 December</item></list></item></list>";
    xmlDocPtr doc = tt_doc("<date>2025-11-18</date><time start=\"11:00\" zone=\"UTC\"/>", body);
    mn_job *job = tt_job(NULL);
    tt_run(doc, job);
    tt_expect(doc, "string(//m:p[@id='p1']/m:em/m:date)", "December");
    tt_expect(doc, "string(//m:p[@id='p1']/m:em/m:date/@precision)", "month");
    tt_expect(doc, "string(//m:p[@id='p1']/m:strong/m:date/@value)", "2025-12-03");
    tt_expect(doc, "string(//m:p[@id='p1'])", "on 1 December 2025, and on 3 December too");
    tt_expect(doc, "string(//m:p[@id='p2']/m:link/m:date/@value)", "2025-11-19T04:00:00Z");
    tt_expect(doc, "string(//m:p[@id='p2']/m:link/m:date)", "Wednesday 19 November \\(04:00 UTC\\)");
    tt_count(doc, "//m:p[@id='p3']/m:date", 2); /* a line break is a boundary */
    tt_expect(doc, "string(//m:item[@id='i1']/m:date/@value)", "2025-12-02");
    tt_expect(doc, "string(//m:item[@id='i2']/m:date/@value)", "2025-12-04");
    tt_count(doc, "//m:date[*]", 0);
    /* running the pass again tags nothing twice */
    char *before = tt_dump(doc);
    assert_int_equal(mn_pass_temporal(doc, job), 0);
    char *after = tt_dump(doc);
    assert_string_equal(before, after);
    xmlFree(before);
    xmlFree(after);
    tt_assert_valid(doc);
    mn_job_free(job);
    xmlFreeDoc(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(calendar),     cmocka_unit_test(zones),
        cmocka_unit_test(lexer),        cmocka_unit_test(context),
        cmocka_unit_test(summaries),    cmocka_unit_test(window_edges),
        cmocka_unit_test(hostile_text), cmocka_unit_test(dates_stay_inside_their_element),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
