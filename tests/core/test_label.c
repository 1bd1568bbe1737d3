/* SPDX-License-Identifier: MIT */
/* test_label.c — the one number-label parser readers and passes share
 * (mn_label_parse, minutes/plugin.h; issue 20), as rows of data. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "minutes/plugin.h"

typedef struct label_row {
    const char *text;
    unsigned flags;
    enum mn_label_kind kind; /* MN_LABEL_NONE: not a label */
    size_t len;              /* bytes of the label as written */
    const char *n;
    int depth, last;         /* components and the last one's value */
} label_row;

#define B MN_LABEL_BARE
#define E MN_LABEL_ENCLOSED
#define R MN_LABEL_ROMAN_LOWER
#define I MN_LABEL_ITEM

static const label_row rows[] = {
    /* the shapes every caller accepts */
    {"1. Updates", 0, MN_LABEL_ARABIC, 2, "1", 1, 1},
    {"2.1. Sub", 0, MN_LABEL_ARABIC, 4, "2.1", 2, 1},
    {"10.\tTen", 0, MN_LABEL_ARABIC, 3, "10", 1, 10},
    {"3) Item", 0, MN_LABEL_PAREN, 2, "3", 1, 3},
    {"1.2.3) Deep", 0, MN_LABEL_PAREN, 6, "1.2.3", 3, 3},
    {"XIV. Fourteen", 0, MN_LABEL_ROMAN, 4, "XIV", 1, 14},
    {"I. One", 0, MN_LABEL_ROMAN, 2, "I", 1, 1},
    {"B) Two", 0, MN_LABEL_UPPER, 2, "B", 1, 2},
    {"b. Two", 0, MN_LABEL_LOWER, 2, "b", 1, 2},
    {"i. Nine", 0, MN_LABEL_LOWER, 2, "i", 1, 9},
    {"5.\xC2\xA0" "Five", 0, MN_LABEL_ARABIC, 2, "5", 1, 5},
    /* bare dotted numbers only when asked; a bare single number never */
    {"2.1 Budget review.", 0, MN_LABEL_NONE, 0, NULL, 0, 0},
    {"2.1 Budget review.", B, MN_LABEL_ARABIC, 3, "2.1", 2, 1},
    {"3 Scope", B, MN_LABEL_NONE, 0, NULL, 0, 0},
    /* enclosed labels only when asked */
    {"(a) x", 0, MN_LABEL_NONE, 0, NULL, 0, 0},
    {"(a) x", E, MN_LABEL_LOWER, 3, "a", 1, 1},
    {"(12) x", E, MN_LABEL_PAREN, 4, "12", 1, 12},
    {"(iv) x", E | R, MN_LABEL_LOWER_ROMAN, 4, "iv", 1, 4},
    {"(1.2) x", E, MN_LABEL_NONE, 0, NULL, 0, 0},
    {"(a. x", E, MN_LABEL_NONE, 0, NULL, 0, 0},
    /* lower-case roman numerals only when asked */
    {"iv. x", 0, MN_LABEL_NONE, 0, NULL, 0, 0},
    {"iv. x", R, MN_LABEL_LOWER_ROMAN, 3, "iv", 1, 4},
    {"i. x", R, MN_LABEL_LOWER_ROMAN, 2, "i", 1, 1},
    {"h. x", R, MN_LABEL_LOWER, 2, "h", 1, 8},
    /* "Item 3:" only when asked */
    {"Item 3: Budget", 0, MN_LABEL_NONE, 0, NULL, 0, 0},
    {"Item 3: Budget", I, MN_LABEL_ARABIC, 7, "3", 1, 3},
    {"ITEM 12. Any other business", I, MN_LABEL_ARABIC, 8, "12", 1, 12},
    {"Item 4 Next meeting", I, MN_LABEL_ARABIC, 6, "4", 1, 4},
    {"Item 3.1: Sub", I, MN_LABEL_NONE, 0, NULL, 0, 0},
    {"Items 3: x", I, MN_LABEL_NONE, 0, NULL, 0, 0},
    {"Itemized list", I, MN_LABEL_NONE, 0, NULL, 0, 0},
    /* not labels: years, dates, times, abbreviations, nothing after */
    {"2025 Review", B, MN_LABEL_NONE, 0, NULL, 0, 0},
    {"2025. A year", B, MN_LABEL_NONE, 0, NULL, 0, 0},
    {"18 November 2025", B, MN_LABEL_NONE, 0, NULL, 0, 0},
    {"11:00 UTC", B | I, MN_LABEL_NONE, 0, NULL, 0, 0},
    {"1.", B, MN_LABEL_NONE, 0, NULL, 0, 0},
    {"1.  ", B, MN_LABEL_NONE, 0, NULL, 0, 0},
    {"1.Updates", B, MN_LABEL_NONE, 0, NULL, 0, 0},
    {"Mr. Smith", R, MN_LABEL_NONE, 0, NULL, 0, 0},
    {"CV. attached", R, MN_LABEL_NONE, 0, NULL, 0, 0},
    {"IIII. x", 0, MN_LABEL_NONE, 0, NULL, 0, 0},
    {"MM. x", 0, MN_LABEL_NONE, 0, NULL, 0, 0},
    {"Xiv. x", R, MN_LABEL_NONE, 0, NULL, 0, 0},
    {"IGF 2025", B, MN_LABEL_NONE, 0, NULL, 0, 0},
    {"12345. too long", B, MN_LABEL_NONE, 0, NULL, 0, 0},
    {"1.2.3.4.5.6.7. x", B, MN_LABEL_NONE, 0, NULL, 0, 0},
    {"No. 5", B | R, MN_LABEL_NONE, 0, NULL, 0, 0},
};

static void label_rows(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
        const label_row *r = &rows[i];
        mn_label l;
        int ok = mn_label_parse(r->text, strlen(r->text), r->flags, &l);
        if (ok != (r->kind != MN_LABEL_NONE))
            fail_msg("'%s' (flags %u): %s", r->text, r->flags, ok ? "a label" : "not a label");
        if (!ok) {
            assert_int_equal(l.kind, MN_LABEL_NONE);
            continue;
        }
        if (l.kind != r->kind || l.len != r->len || strcmp(l.n, r->n) != 0 ||
            l.depth != r->depth || l.value[l.depth - 1] != r->last)
            fail_msg("'%s': kind %d len %zu n '%s' depth %d last %d", r->text, (int)l.kind, l.len,
                     l.n, l.depth, l.value[l.depth - 1]);
        assert_true(l.skip > l.len);
    }
}

/* The text need not end with a NUL: the length bounds every look. */
static void length_bounds_the_scan(void **state)
{
    (void)state;
    mn_label l;
    assert_false(mn_label_parse("1. Updates", 3, 0, &l)); /* "1. " has no text after */
    assert_true(mn_label_parse("1. Updates", 4, 0, &l));
    assert_int_equal(l.skip, 3);
    assert_false(mn_label_parse("2.1 x", 2, MN_LABEL_BARE, &l));
    assert_false(mn_label_parse(NULL, 0, 0, &l));
}

static void marks_are_reported(void **state)
{
    (void)state;
    mn_label l;
    assert_true(mn_label_parse("(b) x", 5, MN_LABEL_ENCLOSED, &l));
    assert_int_equal(l.open, '(');
    assert_int_equal(l.close, ')');
    assert_true(mn_label_parse("2.1 x", 5, MN_LABEL_BARE, &l));
    assert_int_equal(l.close, 0);
    assert_true(mn_label_parse("Item 7: x", 9, MN_LABEL_ITEM, &l));
    assert_int_equal(l.close, ':');
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(label_rows),
        cmocka_unit_test(length_bounds_the_scan),
        cmocka_unit_test(marks_are_reported),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
