/* SPDX-License-Identifier: MIT */
/* textscan: labels, white space, words, taking a prefix off inline content. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"
#include "pt.h"
#include "textscan.h"

static void test_labels(void **state)
{
    (void)state;
    mn_label l;
    assert_true(mn_ts_label("1. Updates", &l));
    assert_int_equal(l.kind, MN_LABEL_ARABIC);
    assert_string_equal(l.n, "1");
    assert_int_equal(l.len, 2);
    assert_int_equal(l.skip, 3);
    assert_true(mn_ts_label("2.1 Sub", &l));
    assert_int_equal(l.depth, 2);
    assert_int_equal(l.value[1], 1);
    assert_string_equal(l.n, "2.1");
    assert_true(mn_ts_label("2.1.\tSub", &l));
    assert_string_equal(l.n, "2.1");
    assert_true(mn_ts_label("3) Item", &l));
    assert_int_equal(l.kind, MN_LABEL_PAREN);
    assert_true(mn_ts_label("XIV. Fourteen", &l));
    assert_int_equal(l.kind, MN_LABEL_ROMAN);
    assert_int_equal(l.value[0], 14);
    assert_int_equal(l.also_letter, 0);
    assert_true(mn_ts_label("I. One", &l));
    assert_int_equal(l.also_letter, 1);
    assert_true(mn_ts_label("b) Two", &l));
    assert_int_equal(l.kind, MN_LABEL_LOWER);
    assert_int_equal(l.value[0], 2);
    assert_false(mn_ts_label("2025 Review", &l));
    assert_false(mn_ts_label("18 November 2025", &l));
    assert_false(mn_ts_label("11:00 UTC", &l));
    assert_false(mn_ts_label("1.", &l));
    assert_false(mn_ts_label("IIII. x", &l));
    assert_false(mn_ts_label("IGF 2025", &l));
    assert_false(mn_ts_label("12345. too long", &l));
    /* The passes read "Item 3:" outlines as number labels (issue 19). */
    assert_true(mn_ts_label("Item 3: Budget", &l));
    assert_string_equal(l.n, "3");
    assert_int_equal(l.skip, 8);
    assert_false(mn_ts_label("Items to discuss", &l));
}

static void test_chars(void **state)
{
    (void)state;
    assert_int_equal(mn_ts_space("\xC2\xA0x"), 2);
    assert_int_equal(mn_ts_space("\xE2\x80\xAFx"), 3);
    assert_int_equal(mn_ts_space("x"), 0);
    assert_int_equal(mn_ts_dash("\xE2\x80\x93"), 3);
    assert_int_equal(mn_ts_dash("-"), 1);
    assert_true(mn_ts_word_at("\xC3\xA9t\xC3\xA9"));
    assert_false(mn_ts_word_at("\xE2\x80\x93"));
    assert_true(mn_ts_starts_upper("\xC3\x89mile"));
    assert_false(mn_ts_starts_upper("\xC3\xA9mile"));
    assert_false(mn_ts_starts_upper("\xE2\x86\x92 MAG"));
    assert_true(mn_ts_has_word("MAG members were asked", "were"));
    assert_false(mn_ts_has_word("werewolf", "were"));
    assert_int_equal(mn_ts_word_count("a b  c"), 3);
    assert_int_equal(mn_ts_prefix("ACTION: x", "action", 1), 6);
    assert_int_equal(mn_ts_prefix("Actionable", "action", 1), 0);
    const char *raw = "  a \t b\xC2\xA0\n c  ";
    char *f = mn_ts_fold(raw, strlen(raw));
    assert_string_equal(f, "a b c");
    free(f);
    /* a length past the NUL (one gone negative) stops at the NUL */
    f = mn_ts_fold(raw, (size_t)-1);
    assert_string_equal(f, "a b c");
    free(f);
    f = mn_ts_fold("ab", 1);
    assert_string_equal(f, "a");
    free(f);
}

static void test_skip_symbols(void **state)
{
    (void)state;
    /* emoji (with a variation selector, a skin tone, a ZWJ sequence) and
     * dingbats before a heading's words; letters of any script are words */
    assert_int_equal(mn_ts_skip_symbols("\xF0\x9F\x93\x8B Agenda"), 5);
    assert_int_equal(mn_ts_skip_symbols("\xE2\x9C\x85\xEF\xB8\x8F Action items"), 7);
    assert_int_equal(mn_ts_skip_symbols("\xF0\x9F\x91\x8B\xF0\x9F\x8F\xBD Hello"), 9);
    assert_int_equal(mn_ts_skip_symbols("\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB Team"),
                     12);
    assert_int_equal(mn_ts_skip_symbols("  \xE2\xAD\x90  Highlights"), 7);
    assert_int_equal(mn_ts_skip_symbols("Agenda \xF0\x9F\x93\x8B"), 0);
    assert_int_equal(mn_ts_skip_symbols("\xC3\x89tat des lieux"), 0);
    assert_int_equal(mn_ts_skip_symbols("\xE2\x86\x92 Ana to send"), 0); /* an arrow marks actions */
    assert_int_equal(mn_ts_skip_symbols(""), 0);
    assert_int_equal(mn_ts_skip_symbols("\xF0\x9F"), 0); /* truncated: not read past */
}

static void test_strip_lead(void **state)
{
    (void)state;
    xmlDocPtr doc = pt_doc("", "<p> <strong>ACTION:</strong>  Anna <em>to</em> act<list><item>x</item></list></p>");
    xmlNodePtr p = xmlDocGetRootElement(doc)->children->next->children;
    char *t = mn_ts_inline_text(p);
    assert_string_equal(t, " ACTION:  Anna to act");
    free(t);
    mn_ts_strip_lead(p, 7);
    t = mn_ts_inline_folded(p);
    assert_string_equal(t, "Anna to act");
    free(t);
    pt_expect(doc, "count(//m:strong)", "0");
    pt_expect(doc, "count(//m:em)", "1");
    pt_expect(doc, "count(//m:list)", "1");
    /* taking everything leaves an empty element, not a broken one */
    mn_ts_strip_lead(p, 100);
    assert_true(mn_ts_is_empty(p));
    pt_expect(doc, "count(//m:list)", "1");
    xmlFreeDoc(doc);
}

/* The entry of LIST at s as whole words, comparing every entry in file
 * order: what the passes did before the lexicon had a prefix index. */
static const mn_lx_entry *entry_at_by_scan(int list, const char *s, size_t left)
{
    size_t n = 0;
    const mn_lx_entry *v = mn_lx_entries(mn_lx(), list, &n);
    for (size_t k = 0; k < n; k++)
        if (v[k].len <= left && strncasecmp(s, v[k].w, v[k].len) == 0 &&
            (v[k].len == left || !mn_ts_word_at(s + v[k].len)))
            return &v[k];
    return NULL;
}

/* mn_ts_entry_at answers as the scan of the whole list does: for every word
 * of every list, alone, upper-cased, before more words, glued to more
 * letters (no whole word) and cut short; and for sentences where a later
 * entry of the list is a prefix of an earlier one's text ("action items"
 * and "action"). */
static void test_entry_at(void **state)
{
    (void)state;
    static const char *const tails[] = {"", " and more", "s", ", then", "-led", "\xc3\xa9"};
    for (int l = 0; l < MN_LX_COUNT; l++) {
        size_t n = 0;
        const mn_lx_entry *v = mn_lx_entries(mn_lx(), l, &n);
        for (size_t i = 0; i < n; i++)
            for (size_t t = 0; t < sizeof tails / sizeof tails[0]; t++) {
                char text[200];
                snprintf(text, sizeof text, "%s%s", v[i].w, tails[t]);
                for (int upper = 0; upper < 2; upper++) {
                    for (char *p = text; upper && *p; p++)
                        *p = (char)(*p >= 'a' && *p <= 'z' ? *p - 32 : *p);
                    for (size_t left = 0; left <= strlen(text); left++)
                        if (mn_ts_entry_at(l, text, left) != entry_at_by_scan(l, text, left))
                            fail_msg("list %s, '%.*s'", mn_lx_spec_of(l)->name, (int)left, text);
                }
            }
    }
    assert_null(mn_ts_entry_at(MN_LX_DECISION_PHRASES, "", 0));
}

/* mn_ts_find_entry as the passes searched before the prefix index: each
 * entry in file order, at every word start of the text. */
static long find_entry_by_scan(int list, const char *text, size_t from, const mn_lx_entry **e)
{
    size_t n = 0, len = strlen(text);
    const mn_lx_entry *v = mn_lx_entries(mn_lx(), list, &n);
    for (size_t k = 0; k < n; k++)
        for (size_t i = from; i + v[k].len <= len; i++) {
            if (i > 0 && mn_ts_word_at(text + i - 1))
                continue;
            if (strncasecmp(text + i, v[k].w, v[k].len) == 0 && !mn_ts_word_at(text + i + v[k].len)) {
                *e = &v[k];
                return (long)i;
            }
        }
    return -1;
}

/* mn_ts_find_entry finds the list's first entry that occurs, at its first
 * place, as the scan entry by entry does: sentences that hold two or three
 * words of a list (a later one first, one upper-cased, one glued to a
 * letter), searched from several offsets. */
static void test_find_entry(void **state)
{
    (void)state;
    for (int l = 0; l < MN_LX_COUNT; l++) {
        size_t n = 0;
        const mn_lx_entry *v = mn_lx_entries(mn_lx(), l, &n);
        for (size_t i = 0; i < n; i++) {
            char text[400];
            snprintf(text, sizeof text, "Then %s said %ss, %s and %s.", v[(i * 7 + 3) % n].w, v[i].w,
                     v[(i + 1) % n].w, v[i].w);
            for (char *p = strstr(text, " and "); p && *p; p++)
                *p = (char)(*p >= 'a' && *p <= 'z' ? *p - 32 : *p);
            for (size_t from = 0; from < strlen(text); from += 3) {
                const mn_lx_entry *a = NULL, *b = NULL;
                long x = mn_ts_find_entry(l, text, from, &a), y = find_entry_by_scan(l, text, from, &b);
                if (x != y || a != b)
                    fail_msg("list %s, '%s' from %zu: %ld against %ld", mn_lx_spec_of(l)->name, text,
                             from, x, y);
            }
        }
    }
    const mn_lx_entry *e = NULL;
    assert_int_equal(mn_ts_find_entry(MN_LX_DECISION_PHRASES, "", 0, &e), -1);
    assert_null(e);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_labels),
        cmocka_unit_test(test_chars),
        cmocka_unit_test(test_skip_symbols),
        cmocka_unit_test(test_strip_lead),
        cmocka_unit_test(test_entry_at),
        cmocka_unit_test(test_find_entry),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
