/* SPDX-License-Identifier: MIT */
/* test_lexicon_compiled.c — the bundled lexicons' compiled tables
 * (core/src/lexicon_compiled.c, lexicon_data.h): before anything reads a
 * compiled lexicon, mn_lx_has_len answers from the tables as they are, as
 * the parsed file does, and makes nothing; the language guess, which asks
 * every bundled lexicon, makes only what it reads; a lexicon made on first
 * read answers as before. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <libxml/parser.h>
#include <stdlib.h>
#include <string.h>

#include "language.h"
#include "lexicon.h"
#include "lexicon_data.h"

static mn_lexicon *open_bundled(const char *lang, int compiled)
{
    char *path = mn_lexicon_default_path(lang, NULL), *error = NULL;
    assert_non_null(path);
    mn_lexicon *lx = compiled ? mn_lexicon_open(path, lang, &error) : mn_lexicon_load(path, lang, &error);
    if (!lx)
        fail_msg("%s", error);
    free(path);
    assert_int_equal(mn_lexicon_compiled(lx), compiled);
    return lx;
}

/* Every word of every list, its upper-case form and a word no list has:
 * the unmade compiled lexicon answers as the parsed one. */
static void has_same_as_parsed(const char *lang)
{
    mn_lexicon *compiled = open_bundled(lang, 1), *parsed = open_bundled(lang, 0);
    assert_false(mn_lexicon_made(compiled));
    assert_true(mn_lexicon_made(parsed));
    for (int l = 0; l < MN_LX_COUNT; l++) {
        size_t n;
        const mn_lx_entry *e = mn_lx_entries(parsed, l, &n);
        for (size_t i = 0; i < n; i++) {
            char upper[128];
            snprintf(upper, sizeof upper, "%s", e[i].w);
            for (char *u = upper; *u; u++)
                *u = (char)(*u >= 'a' && *u <= 'z' ? *u - 32 : *u);
            assert_true(mn_lx_has_len(compiled, l, e[i].w, e[i].len));
            assert_true(mn_lx_has_len(compiled, l, upper, e[i].len));
            assert_int_equal(mn_lx_has_len(compiled, l, "zzqx", 4), mn_lx_has_len(parsed, l, "zzqx", 4));
        }
    }
    assert_false(mn_lexicon_made(compiled));
    mn_lexicon_free(compiled);
    mn_lexicon_free(parsed);
}

static void test_has_unmade(void **state)
{
    (void)state;
    has_same_as_parsed("en");
    has_same_as_parsed("fr");
    has_same_as_parsed("es");
}

/* An English text is told English, and the French and Spanish lexicons the
 * guess asked stay unmade: their pages are never written. */
static void test_guess_makes_nothing(void **state)
{
    (void)state;
    static const char xml[] =
        "<minutes><p>The committee met on the first of the month and the chair opened the "
        "meeting. It was agreed that the minutes of the last meeting were a true record, and "
        "the treasurer will report on the budget at the next meeting of the group.</p></minutes>";
    xmlDocPtr doc = xmlReadMemory(xml, (int)sizeof xml - 1, "t.xml", NULL, XML_PARSE_NONET);
    assert_non_null(doc);
    mn_lexicon *lx[3] = {open_bundled("en", 1), open_bundled("fr", 1), open_bundled("es", 1)};
    const char *lang = mn_language_of_text(doc, (const mn_lexicon *const *)lx, 3);
    assert_non_null(lang);
    assert_string_equal(lang, "en");
    for (int i = 0; i < 3; i++) {
        assert_false(mn_lexicon_made(lx[i]));
        assert_true(mn_lx_consulted(lx[i], MN_LX_FUNCTION_WORDS));
    }
    /* the first read that needs pointers makes them, and they answer */
    const char *const *w = mn_lx_words(lx[1], MN_LX_FUNCTION_WORDS);
    assert_true(mn_lexicon_made(lx[1]));
    assert_non_null(w[0]);
    assert_true(mn_lx_has(lx[1], MN_LX_FUNCTION_WORDS, w[0]));
    assert_non_null(mn_lx_find(lx[1], MN_LX_FUNCTION_WORDS, w[0], strlen(w[0])));
    for (int i = 0; i < 3; i++)
        mn_lexicon_free(lx[i]);
    xmlFreeDoc(doc);
}

/* The token index is made with the rest: a word's entry chain is whole. */
static void test_token_makes_all(void **state)
{
    (void)state;
    mn_lexicon *lx = open_bundled("en", 1);
    const mn_lx_word *w = mn_lx_token(lx, "monday", 6);
    assert_true(mn_lexicon_made(lx));
    assert_non_null(w);
    const mn_lx_entry *e = mn_lx_entry_of(lx, w, MN_LX_WEEKDAYS);
    assert_non_null(e);
    assert_string_equal(e->w, "monday");
    assert_int_equal(e->list, MN_LX_WEEKDAYS);
    mn_lexicon_free(lx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_has_unmade),
        cmocka_unit_test(test_guess_makes_nothing),
        cmocka_unit_test(test_token_makes_all),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
