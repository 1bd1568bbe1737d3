/* SPDX-License-Identifier: MIT */
/* test_text_inline.c — links and backslash escapes in plain text. */
#include <time.h>

#include "text_test.h"

#define P "/m:minutes/m:body/m:p"

static void seed_links(void **state)
{
    (void)state;
    tt_read r = tt_read_str("\xE2\x86\x92 MAG members can register here for [Wednesday 19 November "
                            "\\(04:00 UTC\\)](#) and for [Wednesday 19 November \\(14:00 UTC\\)](#).");
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(" P "/m:link)", 2);
    tt_assert_str(r.doc, P "/m:link[1]", "Wednesday 19 November (04:00 UTC)");
    tt_assert_str(r.doc, P "/m:link[1]/@href", "#");
    tt_assert_str(r.doc, P,
                  "\xE2\x86\x92 MAG members can register here for Wednesday 19 November (04:00 UTC) "
                  "and for Wednesday 19 November (14:00 UTC).");
    tt_free(&r);
}

static void link_with_url(void **state)
{
    (void)state;
    tt_read r = tt_read_str("See the [draft document](https://example.org/a_(b)?x=1&y=2) now.");
    assert_int_equal(r.rc, 0);
    tt_assert_str(r.doc, P "/m:link/@href", "https://example.org/a_(b)?x=1&y=2");
    tt_assert_str(r.doc, P "/m:link", "draft document");
    tt_assert_str(r.doc, P "/text()[2]", " now.");
    tt_free(&r);
}

static void link_across_wrapped_lines(void **state)
{
    (void)state;
    tt_read r = tt_read_str("- The co-facilitators of the MAG working group introduced the [draft\n"
                            "  document](#) suggesting improvements.\n");
    assert_int_equal(r.rc, 0);
    tt_assert_str(r.doc, "//m:item/m:link", "draft document");
    tt_free(&r);
}

static void escapes(void **state)
{
    (void)state;
    tt_read r = tt_read_str("\\(a\\) \\[b\\] \\\\ \\*c\\* \\_d\\_ \\n \\x C:\\dir \\");
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(" P "/m:link)", 0);
    tt_assert_str(r.doc, P, "(a) [b] \\ *c* _d_ \\n \\x C:\\dir \\");
    tt_free(&r);
}

static void not_links(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "[no url]", "[text] (space)", "[](#)", "[text]()", "[a b](has space)", "\\[x](y)",
        "[unclosed(x)", "[a](unclosed", "*emphasis* and _this_ stay",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        tt_read r = tt_read_str(texts[i]);
        assert_int_equal(r.rc, 0);
        tt_assert_num(r.doc, "count(//m:link)", 0);
        tt_free(&r);
    }
    tt_read r = tt_read_str("\\[x](y)");
    tt_assert_str(r.doc, P, "[x](y)");
    tt_free(&r);
    r = tt_read_str("*emphasis* and _this_");
    tt_assert_str(r.doc, P, "*emphasis* and _this_");
    tt_free(&r);
}

static void inner_bracket_starts_the_link(void **state)
{
    (void)state;
    tt_read r = tt_read_str("[see [here](u)]");
    assert_int_equal(r.rc, 0);
    tt_assert_str(r.doc, P "/m:link", "here");
    tt_assert_str(r.doc, P, "[see here]");
    tt_free(&r);
}

static void links_in_cells(void **state)
{
    (void)state;
    tt_read r = tt_read_str("Report\t[PDF](r.pdf)\n");
    assert_int_equal(r.rc, 0);
    tt_assert_str(r.doc, "//m:cell[2]/m:link/@href", "r.pdf");
    tt_free(&r);
}

/* Pathological bracket soup finishes in linear time. */
static void bracket_soup_is_fast(void **state)
{
    (void)state;
    static const char *const units[] = {"[", "[a](", "](", "[a](((", "\\["};
    for (size_t u = 0; u < sizeof units / sizeof *units; u++) {
        size_t ul = strlen(units[u]), n = 2000000 / ul, len = n * ul;
        char *s = malloc(len + 1);
        assert_non_null(s);
        for (size_t i = 0; i < n; i++)
            memcpy(s + i * ul, units[u], ul);
        clock_t t0 = clock();
        tt_read r = tt_read_bytes(s, len);
        double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
        assert_int_equal(r.rc, 0);
        tt_assert_num(r.doc, "count(//m:link)", 0);
        tt_free(&r);
        free(s);
        /* No timing assertion (a slow machine must not fail it): the CTest
         * timeout bounds a quadratic regression; the figure is printed. */
        printf("unit \"%s\": %.2f s\n", units[u], secs);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(seed_links),
        cmocka_unit_test(link_with_url),
        cmocka_unit_test(link_across_wrapped_lines),
        cmocka_unit_test(escapes),
        cmocka_unit_test(not_links),
        cmocka_unit_test(inner_bracket_starts_the_link),
        cmocka_unit_test(links_in_cells),
        cmocka_unit_test(bracket_soup_is_fast),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
