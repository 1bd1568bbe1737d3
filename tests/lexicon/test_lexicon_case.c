/* SPDX-License-Identifier: MIT */
/* test_lexicon_case.c — case in lexicon lookups (core/src/lexicon.h,
 * "Case"): capitals of ASCII, Latin-1 Supplement and Latin Extended-A fold
 * to their small letters in the lists' hash, their compare, the prefix
 * index's buckets and "after", so a label in capitals or starting with an
 * accented capital ("Échéance", "ÉCHÉANCES", "Orden Del Día") is its
 * lexicon word; in the bundled lexicons, compiled and parsed, every word
 * written in capitals is found where the word is. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "lexicon_data.h"

static int same(const char *a, const char *b)
{
    return strlen(a) == strlen(b) && mn_lx_fold_equal(a, b, strlen(a));
}

static void test_fold_pairs(void **state)
{
    (void)state;
    /* Latin-1: À..Þ but × */
    assert_true(same("É", "é"));
    assert_true(same("ÀÇÑÖØÞ", "àçñöøþ"));
    assert_false(same("×", "÷"));
    assert_false(same("É", "è"));
    /* Latin Extended-A: capitals even (Ā Ő Ĳ) or odd (Ł Ž), and Ÿ to ÿ */
    assert_true(same("Ā", "ā"));
    assert_true(same("Ő", "ő"));
    assert_true(same("Ĳ", "ĳ"));
    assert_true(same("Ł", "ł"));
    assert_true(same("Ž", "ž"));
    assert_true(same("Ÿ", "ÿ"));
    assert_false(same("Ł", "Ń"));
    /* İ's small letter is one byte: left alone */
    assert_false(same("İ", "ı"));
    /* ASCII: letters only */
    assert_true(same("AgEnDa", "agenda"));
    assert_false(same("[", "{"));
    assert_false(same("@", "`"));
    /* bytes that are no letter of two bytes are compared as they are */
    assert_false(mn_lx_fold_equal("\x03\x89", "\xC3\x89", 2));
    assert_false(mn_lx_fold_equal("\xC3\x89", "\x03\xA9", 2));
}

static mn_lexicon *open_bundled(const char *lang, int compiled)
{
    char *path = mn_lexicon_default_path(lang, NULL), *error = NULL;
    assert_non_null(path);
    mn_lexicon *lx = compiled ? mn_lexicon_open(path, lang, &error) : mn_lexicon_load(path, lang, &error);
    if (!lx)
        fail_msg("%s", error);
    free(path);
    return lx;
}

/* The labels the issue named: a French register column, a Spanish agenda
 * title, written in capitals or with a capital initial. */
static void labels(int compiled)
{
    mn_lexicon *fr = open_bundled("fr", compiled), *es = open_bundled("es", compiled);
    const mn_lx_entry *e = mn_lx_find(fr, MN_LX_REGISTER_COLUMNS, "Échéance", strlen("Échéance"));
    assert_non_null(e);
    assert_string_equal(e->means, "due");
    assert_non_null(mn_lx_find(fr, MN_LX_REGISTER_COLUMNS, "ÉCHÉANCES", strlen("ÉCHÉANCES")));
    assert_non_null(mn_lx_find(fr, MN_LX_REGISTER_COLUMNS, "État", strlen("État")));
    assert_true(mn_lx_has(es, MN_LX_AGENDA_TITLES, "Orden Del Día"));
    assert_true(mn_lx_has_len(es, MN_LX_AGENDA_TITLES, "ORDEN DEL DÍA", strlen("ORDEN DEL DÍA")));
    /* the prefix index sends "Échéance :" to the bucket "échéance" is in */
    size_t n, all;
    const unsigned *ix = mn_lx_candidates(fr, MN_LX_REGISTER_COLUMNS, "Échéance :", strlen("Échéance :"), &n);
    const mn_lx_entry *v = mn_lx_entries(fr, MN_LX_REGISTER_COLUMNS, &all);
    int found = 0;
    for (size_t k = 0; k < n; k++)
        found |= strcmp(v[ix[k]].w, "échéance") == 0;
    assert_true(found);
    mn_lexicon_free(fr);
    mn_lexicon_free(es);
}

static void test_labels_compiled(void **state)
{
    (void)state;
    labels(1);
}

static void test_labels_parsed(void **state)
{
    (void)state;
    labels(0);
}

/* The capital of the two-byte small letter at s, if it has one. */
static void upper2(unsigned char *s)
{
    unsigned lo = mn_lx_fold2(s[0], s[1]);
    for (unsigned cp = 0xC0; cp <= 0x17F; cp++) {
        unsigned a = 0xC0 | cp >> 6, b = 0x80 | (cp & 0x3F);
        if ((a << 8 | b) != lo && mn_lx_fold2(a, b) == lo && lo == ((unsigned)s[0] << 8 | s[1])) {
            s[0] = (unsigned char)a;
            s[1] = (unsigned char)b;
            return;
        }
    }
}

static void upper(char *w)
{
    for (unsigned char *u = (unsigned char *)w; *u; u++) {
        if (*u >= 'a' && *u <= 'z')
            *u -= 32;
        else if (*u >= 0xC3 && *u <= 0xC5 && u[1]) {
            upper2(u);
            u++;
        }
    }
}

/* Each word of each list, in capitals, is found as the list's first entry
 * of that word, and is in the bucket of a text that starts with it. */
static void capitals_found(const char *lang, int compiled)
{
    mn_lexicon *lx = open_bundled(lang, compiled);
    for (int l = 0; l < MN_LX_COUNT; l++) {
        size_t n;
        const mn_lx_entry *v = mn_lx_entries(lx, l, &n);
        for (size_t i = 0; i < n; i++) {
            char w[160];
            snprintf(w, sizeof w, "%s and more", v[i].w);
            upper(w);
            const mn_lx_entry *e = mn_lx_find(lx, l, w, v[i].len);
            size_t first = 0;
            while (!same(v[first].w, v[i].w))
                first++;
            if (e != &v[first])
                fail_msg("%s %s: \"%.*s\" is not found as \"%s\"", lang, mn_lx_spec_of(l)->name,
                         (int)v[i].len, w, v[i].w);
            size_t m;
            const unsigned *ix = mn_lx_candidates(lx, l, w, strlen(w), &m);
            size_t k = 0;
            while (k < m && ix[k] != i)
                k++;
            if (k == m)
                fail_msg("%s %s: \"%s\" is not in the bucket of \"%s\"", lang, mn_lx_spec_of(l)->name,
                         v[i].w, w);
        }
    }
    mn_lexicon_free(lx);
}

static void test_capitals_found(void **state)
{
    (void)state;
    static const char *const langs[] = {"en", "fr", "es"};
    for (size_t i = 0; i < 3; i++) {
        capitals_found(langs[i], 1);
        capitals_found(langs[i], 0);
    }
}

/* An entry read only after a word: that word in capitals counts. */
static void test_after(void **state)
{
    (void)state;
    mn_lx_entry e = {.w = "lieu", .len = 4, .after = "été"};
    assert_true(mn_lx_after_ok(&e, "ÉTÉ"));
    assert_true(mn_lx_after_ok(&e, "Été"));
    assert_false(mn_lx_after_ok(&e, "ÉTAIT"));
    assert_false(mn_lx_after_ok(&e, NULL));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fold_pairs),     cmocka_unit_test(test_labels_compiled),
        cmocka_unit_test(test_labels_parsed),  cmocka_unit_test(test_capitals_found),
        cmocka_unit_test(test_after),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
