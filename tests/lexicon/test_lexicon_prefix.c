/* SPDX-License-Identifier: MIT */
/* test_lexicon_prefix.c — the lexicons' prefix index (core/src/lexicon_prefix.c,
 * mn_lx_candidates): for any text, the bucket it hashes to holds every entry
 * the text starts with (ASCII case ignored), in file order — whatever the
 * number of buckets, so also when unrelated entries share one; entries of
 * one byte are in every bucket; an empty list has no candidates; the
 * bundled lexicon's compiled index answers as the parsed file's does. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"
#include "lexicon_data.h"

/* A list of WORDS as the loader makes it, not yet indexed. */
static mn_lx_list_data list_of(const char *const *words, mn_lx_entry *entries, size_t n)
{
    for (size_t i = 0; i < n; i++)
        entries[i] = (mn_lx_entry){.w = words[i], .len = strlen(words[i])};
    return (mn_lx_list_data){.entries = entries, .n = n};
}

/* The bucket of the LEN bytes at s in list d: indexes, *n of them. */
static const unsigned *bucket_of(const mn_lx_list_data *d, const char *s, size_t len, size_t *n)
{
    size_t b = mn_lx_prefix_bucket(d->first_mask, s, len);
    *n = d->first[b + 1] - d->first[b];
    return d->order + d->first[b];
}

/* Whether entry I of d is a prefix of the LEN bytes at s, as the passes
 * compare (ASCII case ignored). */
static int starts_with(const mn_lx_list_data *d, size_t i, const char *s, size_t len)
{
    const mn_lx_entry *e = &d->entries[i];
    return e->len <= len && strncasecmp(s, e->w, e->len) == 0;
}

/* The bucket of the LEN bytes at s holds every entry of d they start with,
 * each once, in file order. */
static void check_bucket(const mn_lx_list_data *d, const char *s, size_t len)
{
    size_t m = 0;
    const unsigned *ix = bucket_of(d, s, len, &m);
    for (size_t k = 1; k < m; k++)
        if (ix[k] <= ix[k - 1])
            fail_msg("'%.*s': bucket not in file order (%u after %u)", (int)len, s, ix[k], ix[k - 1]);
    for (size_t i = 0; i < d->n; i++) {
        if (!starts_with(d, i, s, len))
            continue;
        size_t k = 0;
        while (k < m && ix[k] != i)
            k++;
        if (k == m)
            fail_msg("'%.*s' starts with \"%s\", not in its bucket", (int)len, s, d->entries[i].w);
    }
}

/* Indexes d with BUCKETS (freed by the caller through *first, *order). */
static void index_list(mn_lx_list_data *d, size_t buckets, unsigned **first, unsigned **order)
{
    *first = calloc(buckets + 1, sizeof **first);
    *order = calloc(mn_lx_prefix_order_len(d, buckets) + 1, sizeof **order);
    assert_non_null(*first);
    assert_non_null(*order);
    mn_lx_prefix_fill(d, *first, *order, buckets);
    assert_int_equal(d->first_mask, buckets - 1);
    assert_int_equal(d->first[buckets], mn_lx_prefix_order_len(d, buckets));
}

static const char *const words[] = {
    "action items", "action", "Board", "board of directors", "x", "AB", "ab", "agreed",
    "agree", "no decision", "not", "é", "élu", "M/S", "m/s", "it was agreed",
};
enum { N_WORDS = sizeof words / sizeof words[0] };

static const char *const texts[] = {
    "action items: none", "ACTION ITEMS", "Action", "actions", "BOARD OF DIRECTORS agreed",
    "board", "x", "X marks", "ab", "Abc", "agreed to", "AGREE", "no decision was taken",
    "Not now", "élu", "M/s Tran", "It was agreed that", "", "a", "zzz", "\xc3", "\xc3\xa9",
};

/* Every text, at every length, finds what it starts with: with one bucket
 * (all entries collide), two, and as many as the list has entries. */
static void test_buckets_hold_every_match(void **state)
{
    (void)state;
    mn_lx_entry entries[N_WORDS];
    static const size_t bucket_counts[] = {1, 2, 4, 16, 64};
    for (size_t c = 0; c < sizeof bucket_counts / sizeof bucket_counts[0]; c++) {
        mn_lx_list_data d = list_of(words, entries, N_WORDS);
        unsigned *first, *order;
        index_list(&d, bucket_counts[c], &first, &order);
        for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++)
            for (size_t len = 0; len <= strlen(texts[t]); len++)
                check_bucket(&d, texts[t], len);
        free(first);
        free(order);
    }
}

/* Two entries with different first bytes in one bucket: a lookup of one
 * still finds it first when it comes first in the list, and the other
 * entry is no answer for a text it does not start. */
static void test_collisions(void **state)
{
    (void)state;
    mn_lx_entry entries[N_WORDS];
    mn_lx_list_data d = list_of(words, entries, N_WORDS);
    unsigned *first, *order;
    index_list(&d, 2, &first, &order);
    size_t a = mn_lx_prefix_bucket(d.first_mask, "action", 6);
    size_t shared = 0;
    for (size_t i = 0; i < N_WORDS; i++)
        if (d.entries[i].len >= 2 && mn_lx_prefix_bucket(d.first_mask, d.entries[i].w, d.entries[i].len) == a &&
            strncasecmp(d.entries[i].w, "ac", 2) != 0)
            shared++;
    assert_true(shared > 0); /* two buckets for 16 words: some share "action"'s */
    size_t m = 0;
    const unsigned *ix = bucket_of(&d, "action items", 12, &m);
    assert_true(m > 2);
    size_t k = 0;
    while (k < m && !starts_with(&d, ix[k], "action items", 12))
        k++;
    assert_true(k < m);
    assert_string_equal(d.entries[ix[k]].w, "action items"); /* the list's first, not "action" */
    free(first);
    free(order);
}

/* An entry of one byte may start any text with that byte: it is in every
 * bucket, once, and counts once per bucket in the order array. */
static void test_short_entries(void **state)
{
    (void)state;
    static const char *const short_words[] = {"xy", "x", "zebra", "&"};
    mn_lx_entry entries[4];
    mn_lx_list_data d = list_of(short_words, entries, 4);
    unsigned *first, *order;
    index_list(&d, 8, &first, &order);
    assert_int_equal(mn_lx_prefix_order_len(&d, 8), 2 + 2 * 8);
    for (size_t b = 0; b < 8; b++) {
        int x = 0, amp = 0;
        for (unsigned k = first[b]; k < first[b + 1]; k++) {
            x += order[k] == 1;
            amp += order[k] == 3;
        }
        assert_int_equal(x, 1);
        assert_int_equal(amp, 1);
    }
    check_bucket(&d, "x", 1);
    check_bucket(&d, "X-ray", 5);
    check_bucket(&d, "& co", 4);
    free(first);
    free(order);
}

/* A list without entries: one bucket, nothing in it; the empty lexicon's
 * lists answer no candidates for any text. */
static void test_empty_lists(void **state)
{
    (void)state;
    mn_lx_list_data d = list_of(words, NULL, 0);
    unsigned *first, *order;
    index_list(&d, mn_lx_prefix_buckets(0), &first, &order);
    assert_int_equal(d.first_mask, 0);
    size_t m = 1;
    bucket_of(&d, "action", 6, &m);
    assert_int_equal(m, 0);
    free(first);
    free(order);
    mn_lexicon *lx = mn_lexicon_empty("en");
    assert_non_null(lx);
    for (int l = 0; l < MN_LX_COUNT; l++) {
        m = 1;
        mn_lx_candidates(lx, l, "action items", 12, &m);
        assert_int_equal(m, 0);
    }
    mn_lexicon_free(lx);
}

/* Checks lexicon lx's list L for text s: the candidates hold every entry
 * s starts with, in file order. */
static void check_lexicon_text(const mn_lexicon *lx, int l, const char *s)
{
    size_t n = 0, m = 0, len = strlen(s);
    const mn_lx_entry *v = mn_lx_entries(lx, l, &n);
    const unsigned *ix = mn_lx_candidates(lx, l, s, len, &m);
    for (size_t k = 0; k < m; k++)
        assert_true(ix[k] < n && (k == 0 || ix[k] > ix[k - 1]));
    for (size_t i = 0; i < n; i++) {
        if (v[i].len > len || strncasecmp(s, v[i].w, v[i].len) != 0)
            continue;
        size_t k = 0;
        while (k < m && ix[k] != i)
            k++;
        if (k == m)
            fail_msg("list %s: '%s' starts with \"%s\", not a candidate", mn_lx_spec_of(l)->name, s, v[i].w);
    }
}

/* Every word of the bundled lexicon, as written, upper-cased and followed
 * by more text, is found among its list's candidates, in both the compiled
 * and the parsed lexicon, and both give the same candidates. */
static void test_bundled_lexicon(void **state)
{
    (void)state;
    char *path = mn_lexicon_default_path("en", NULL), *error = NULL;
    assert_non_null(path);
    mn_lexicon *compiled = mn_lexicon_open(path, "en", &error);
    mn_lexicon *parsed = mn_lexicon_load(path, "en", &error);
    assert_non_null(compiled);
    assert_non_null(parsed);
    assert_true(mn_lexicon_compiled(compiled));
    for (int l = 0; l < MN_LX_COUNT; l++) {
        size_t n = 0;
        const mn_lx_entry *v = mn_lx_entries(parsed, l, &n);
        for (size_t i = 0; i < n; i++) {
            char text[3][160];
            snprintf(text[0], sizeof text[0], "%s", v[i].w);
            snprintf(text[1], sizeof text[1], "%s and more", v[i].w);
            for (char *p = text[1]; *p; p++)
                *p = (char)(*p >= 'a' && *p <= 'z' ? *p - 32 : *p);
            snprintf(text[2], sizeof text[2], "%ss", v[i].w);
            for (int t = 0; t < 3; t++) {
                check_lexicon_text(compiled, l, text[t]);
                check_lexicon_text(parsed, l, text[t]);
                size_t mc = 0, mp = 0;
                const unsigned *c = mn_lx_candidates(compiled, l, text[t], strlen(text[t]), &mc);
                const unsigned *p = mn_lx_candidates(parsed, l, text[t], strlen(text[t]), &mp);
                assert_int_equal(mc, mp);
                assert_memory_equal(c, p, mc * sizeof *c);
            }
        }
    }
    mn_lexicon_free(compiled);
    mn_lexicon_free(parsed);
    free(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_buckets_hold_every_match), cmocka_unit_test(test_collisions),
        cmocka_unit_test(test_short_entries),            cmocka_unit_test(test_empty_lists),
        cmocka_unit_test(test_bundled_lexicon),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
