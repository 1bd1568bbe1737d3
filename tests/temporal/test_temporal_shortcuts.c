/* SPDX-License-Identifier: MIT */
/* test_temporal_shortcuts.c — the tagger's shortcuts must never change what
 * it finds: the word classes looked up once per token give the indexes the
 * month and weekday lists give, the grammar's first-token filter finds what
 * trying every rule finds (on every corpus phrase and on random soups of
 * date words), and a lexer that stops just past a scan's end lexes the same
 * tokens as one that runs on, and a scan that reads a block's tokens lexed
 * once finds what scans lexing each piece find. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "temporal_lex.h"
#include "temporal_cal.h"
#include "temporal_parse.h"
#include "temporal_scan.h"

enum { MAX_TOKS = 600 };

static int index_in(const char *w, const char *const *list)
{
    for (int k = 0; list[k]; k++)
        if (strcmp(w, list[k]) == 0)
            return k + 1;
    return 0;
}

static void word_classes(void **state)
{
    (void)state;
    static const char *const months[] = {"january", "february", "march", "april", "may", "june",
                                         "july", "august", "september", "october", "november",
                                         "december", NULL};
    static const char *const month_abbrevs[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul",
                                                "aug", "sep", "oct", "nov", "dec", "sept", NULL};
    static const char *const weekdays[] = {"monday", "tuesday", "wednesday", "thursday",
                                           "friday", "saturday", "sunday", NULL};
    static const char *const weekday_abbrevs[] = {"mon", "tue", "wed", "thu", "fri", "sat",
                                                  "sun", "tues", "thur", "thurs", NULL};
    const char *const *lists[] = {months, month_abbrevs, weekdays, weekday_abbrevs};
    const char *others[] = {"Mayor", "marc", "the", "Decembers", "sunny", "wedding", "tu", "m"};
    for (size_t l = 0; l < 4; l++)
        for (size_t k = 0; lists[l][k]; k++) {
            char text[32];
            snprintf(text, sizeof text, "%s", lists[l][k]);
            text[0] = (char)(text[0] - 32); /* capitalised, as written */
            mn_ttok t;
            size_t next;
            assert_int_equal(mn_tlex(text, strlen(text), 0, &t, 1, &next), 1);
            assert_int_equal(t.mon, index_in(t.w, months));
            assert_int_equal(t.mon_ab, index_in(t.w, month_abbrevs));
            assert_int_equal(t.wd, index_in(t.w, weekdays));
            assert_int_equal(t.wd_ab, index_in(t.w, weekday_abbrevs));
            assert_true(t.cls != 0);
        }
    for (size_t k = 0; k < sizeof others / sizeof others[0]; k++) {
        mn_ttok t;
        size_t next;
        mn_tlex(others[k], strlen(others[k]), 0, &t, 1, &next);
        assert_int_equal(t.mon + t.mon_ab + t.wd + t.wd_ab, 0);
    }
}

/* mn_tparse_at at every token of text, with the lexed classes and with every
 * rule tried (all class bits set): the same expressions, field for field. */
static void same_parses(const char *text, int order)
{
    static mn_ttok toks[MAX_TOKS], all[MAX_TOKS];
    size_t next, len = strlen(text);
    int n = (int)mn_tlex(text, len, 0, toks, MAX_TOKS, &next);
    memcpy(all, toks, (size_t)n * sizeof *toks);
    for (int i = 0; i < n; i++)
        all[i].cls = 0xFFFF;
    mn_tparser p = {text, toks, n, n, order}, q = {text, all, n, n, order};
    for (int i = 0; i < n; i++) {
        mn_tx a, b;
        memset(&a, 0, sizeof a);
        memset(&b, 0, sizeof b);
        int ea = mn_tparse_at(&p, i, &a), eb = mn_tparse_at(&q, i, &b);
        if (ea != eb)
            print_message("at token %d of: %s\n", i, text);
        assert_int_equal(ea, eb);
        if (!ea)
            continue;
        assert_int_equal(a.form, b.form);
        assert_memory_equal(&a.a, &b.a, sizeof a.a);
        assert_memory_equal(&a.b, &b.b, sizeof a.b);
        assert_int_equal(a.has_b, b.has_b);
        assert_int_equal(a.wday, b.wday);
        assert_int_equal(a.part, b.part);
        assert_int_equal(a.n, b.n);
        assert_int_equal(a.dir, b.dir);
        assert_int_equal(a.t1, b.t1);
        assert_int_equal(a.t2, b.t2);
        assert_int_equal(a.has_zone, b.has_zone);
        assert_int_equal(a.e, b.e);
    }
}

static void filter_on_corpus(void **state)
{
    (void)state;
    FILE *f = fopen(MN_TEST_SOURCE_DIR "/tests/temporal/corpus.tsv", "r");
    assert_non_null(f);
    char line[2048];
    unsigned rows = 0;
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#' || line[0] == '\n')
            continue;
        char *tab = strchr(line, '\t');
        if (tab)
            *tab = '\0';
        char text[2048];
        size_t k = 0;
        for (const char *s = line; *s; s++)
            if (*s != '[' && *s != ']')
                text[k++] = *s;
        text[k] = '\0';
        for (int order = MN_ORDER_NONE; order <= MN_ORDER_MDY; order++)
            same_parses(text, order);
        rows++;
    }
    fclose(f);
    assert_true(rows > 300);
}

/* Random soups of the grammar's words, numbers and punctuation. */
static void filter_on_soups(void **state)
{
    (void)state;
    static const char *const words[] = {
        "a", "an", "April", "apr", "August", "Aug", "beginning", "coming", "December", "Dec",
        "early", "earlier", "eight", "end", "February", "Friday", "fri", "first", "fifth", "final",
        "four", "fourth", "following", "in", "January", "June", "July", "last", "late", "later",
        "March", "march", "May", "may", "Monday", "Mon", "mid", "middle", "midday", "midnight",
        "November", "next", "nine", "noon", "October", "one", "past", "previous", "Q", "q",
        "September", "Sept", "Saturday", "Sun", "second", "start", "Tuesday", "Tues", "Thursday",
        "Thu", "Thurs", "the", "The", "this", "today", "tonight", "tomorrow", "three", "two",
        "twelve", "third", "Wednesday", "Wed", "within", "yesterday", "week", "weeks", "month",
        "months", "year", "day", "days", "weekend", "of", "on", "at", "from", "to", "until",
        "through", "and", "or", "between", "by", "before", "after", "for", "half", "quarter",
        "couple", "fortnight", "now", "hrs", "h", "hours", "am", "pm", "a.m.", "UTC", "GMT", "Z",
        "T", "CET", "EST", "Europe/Paris", "New", "York", "time", "st", "nd", "th", "Q1", "H2",
        "1", "2", "3", "5", "7", "9", "10", "12", "13", "14", "15", "17", "19", "21", "24", "25",
        "26", "30", "31", "32", "00", "45", "59", "60", "2025", "2026", "1999", "1400", "0930",
        "12345", ",", ".", "-", "\xe2\x80\x93", ":", "/", "(", ")", "+", "'", ";", "%", "$"};
    const size_t nwords = sizeof words / sizeof words[0];
    unsigned long long seed = 20251118;
    for (int round = 0; round < 4000; round++) {
        char text[1024];
        size_t k = 0;
        int n = 3 + round % 28;
        for (int w = 0; w < n; w++) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            const char *word = words[(seed >> 33) % nwords];
            if (w && (seed >> 20) % 4)
                text[k++] = ' ';
            size_t wl = strlen(word);
            memcpy(text + k, word, wl);
            k += wl;
        }
        text[k] = '\0';
        same_parses(text, round % 3);
    }
}

static void lex_until(void **state)
{
    (void)state;
    const char *t = "Meet on 1 December 2025 at 10:00 UTC, then again in two weeks.";
    size_t len = strlen(t), next_all, next;
    mn_ttok all[64], some[64];
    size_t n_all = mn_tlex(t, len, 0, all, 64, &next_all);
    for (size_t until = 0; until <= len; until++) {
        size_t n = mn_tlex_until(t, len, 0, some, 64, until, &next);
        size_t used = 0;
        while (used < n_all && all[used].end <= until)
            used++;
        size_t beyond = n - used;
        assert_true(n <= n_all);
        assert_true(beyond == 2 || n == n_all);
        assert_memory_equal(some, all, n * sizeof *all);
        assert_int_equal(next, n == n_all ? next_all : some[n - 1].end);
    }
}

/* The matches of one scan, flattened for comparison. */
typedef struct trace {
    char s[16384];
    size_t n;
} trace;

static int record(const mn_tmatch *m, void *user)
{
    trace *t = user;
    int k = snprintf(t->s + t->n, sizeof t->s - t->n, "%zu-%zu:%d:%s:%s:%d:%d:%d:%d|", m->start,
                     m->end, m->resolved, m->res.value, m->res.end, m->res.precision,
                     m->res.year_inferred, m->deadline, m->tense);
    if (k > 0 && (size_t)k < sizeof t->s - t->n)
        t->n += (size_t)k;
    return 0;
}

static void same_scans(const mn_tscan_opts *o, const char *text, size_t from, size_t to)
{
    static mn_ttok all[8192];
    static trace a, b;
    size_t len = strlen(text), next;
    size_t n = mn_tlex(text, len, 0, all, 8192, &next);
    assert_int_equal(next, len);
    a.n = b.n = 0;
    a.s[0] = b.s[0] = '\0';
    assert_int_equal(mn_tscan(o, text, len, from, to, record, &a), 0);
    assert_int_equal(mn_tscan_lexed(o, text, len, all, n, from, to, record, &b), 0);
    if (strcmp(a.s, b.s) != 0)
        print_message("from %zu to %zu:\n%s\n%s\n", from, to, a.s, b.s);
    assert_string_equal(a.s, b.s);
}

/* Texts of corpus phrases joined by spaces, line breaks, no-break spaces,
 * tabs and escapes, 20 to 1500 tokens long, cut into pieces anywhere (in
 * words, in UTF-8 characters) and scanned piece by piece both ways. */
static void lexed_scans(void **state)
{
    (void)state;
    static const char *const phrases[] = {
        "The launch is on 1 December.", "Office hours on Wednesday, 19 November at 14:00 UTC.",
        "Submissions open on 2025-11-26T10:00Z", "Meet next Monday", "between 10 and 11 am",
        "in two weeks", "by the end of November", "the day after tomorrow",
        "Q1 2026", "15\xe2\x80\x93" "17 December 2025", "from 3 to 5 March", "12/03/2026",
        "Z\xc3\xbcrich \\(4 Dec\\)", "late-November", "Dec. 1 at 10 a.m. We", "x",
        /* no ASCII space for more than the scan's 48 bytes of left context,
         * so a piece may start inside a word or a UTF-8 character */
        "Z\xc3\xbcrich\xe2\x80\x93Gen\xc3\xa8ve\xc2\xa0Lausanne_Montr\xc3\xa9" "al\xe2\x80\x93"
        "K\xc3\xb6ln\xe2\x80\x89tomorrow",
        "Lorem_ipsum_dolor_sit_amet_consectetur_adipiscing_elit_today"};
    static const char *const glue[] = {" ", "\n", "\xc2\xa0", "\t", " \\- ", "  ", ", "};
    mn_tref ref = {0};
    ref.have = mn_cal_parse("2025-11-18", &ref.date);
    static char text[40000];
    unsigned long long seed = 42;
    for (int round = 0; round < 60; round++) {
        size_t k = 0, words = 3 + (size_t)round * 5;
        for (size_t w = 0; w < words && k + 200 < sizeof text; w++) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            const char *p = phrases[(seed >> 33) % (sizeof phrases / sizeof phrases[0])];
            const char *g = glue[(seed >> 45) % (sizeof glue / sizeof glue[0])];
            memcpy(text + k, p, strlen(p));
            k += strlen(p);
            memcpy(text + k, g, strlen(g));
            k += strlen(g);
        }
        text[k] = '\0';
        mn_tscan_opts o = {&ref, round % 3, NULL, 0};
        same_scans(&o, text, 0, k);
        if (round < 12) /* pieces starting at every byte */
            for (size_t from = 0; from < k; from++)
                same_scans(&o, text, from, from + 1 + from % 23 < k ? from + 1 + from % 23 : k);
        for (size_t from = 0, cut; from < k; from = cut) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            cut = from + 1 + (seed >> 33) % 97;
            if (cut > k)
                cut = k;
            same_scans(&o, text, from, cut);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(word_classes),
        cmocka_unit_test(filter_on_corpus),
        cmocka_unit_test(filter_on_soups),
        cmocka_unit_test(lex_until),
        cmocka_unit_test(lexed_scans),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
