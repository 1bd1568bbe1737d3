/* SPDX-License-Identifier: MIT */
/* test_style.c — the house style reader (core/src/style.c): good files,
 * every kind of bad one with its message and line, the logo, and the
 * defaults when no style is given. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "minutes/style.h"

#define STYLE_DIR MN_TEST_SOURCE_DIR "/tests/html/style"

static mn_style *parse(const char *text, char **err)
{
    return mn_style_parse(text, strlen(text), "t.style", STYLE_DIR, err);
}

static void good_file(void **state)
{
    (void)state;
    char *err = NULL;
    mn_style *s = mn_style_load(STYLE_DIR "/house.style", &err);
    assert_null(err);
    assert_non_null(s);
    assert_string_equal(mn_style_get(s, "organisation"), "Riverside Tenants' Association");
    assert_string_equal(mn_style_get(s, "accent"), "#7a1f3d");
    assert_string_equal(mn_style_get(s, "footer"), "Published by the RTA secretary · minutes@example.org");
    assert_string_equal(mn_style_get(s, "label.upcoming"), "Coming up");
    assert_null(mn_style_get(s, "font.mono"));
    size_t size = 0;
    const char *type = NULL;
    const unsigned char *logo = mn_style_logo(s, &size, &type);
    assert_non_null(logo);
    assert_string_equal(type, "image/svg+xml");
    assert_true(size > 20);
    mn_style_free(s);
}

static void quoting_and_comments(void **state)
{
    (void)state;
    char *err = NULL;
    mn_style *s = parse("\xEF\xBB\xBF# a comment\n\n  footer = \"  say \\\"hi\\\" \\\\ \"  \r\n"
                        "accent=#fff0\n", &err);
    assert_null(s); /* #fff0 is no colour */
    assert_non_null(err);
    assert_non_null(strstr(err, "t.style:4: accent: expected a colour"));
    free(err);
    s = parse("footer = \"  say \\\"hi\\\" \\\\ \"\naccent = #036\n", &err);
    assert_non_null(s);
    assert_string_equal(mn_style_get(s, "footer"), "  say \"hi\" \\ ");
    assert_string_equal(mn_style_get(s, "accent"), "#036");
    mn_style_free(s);
}

typedef struct bad_case {
    const char *text, *message;
} bad_case;

static void bad_files(void **state)
{
    (void)state;
    static const bad_case cases[] = {
        {"colour = #000\n", "t.style:1: unknown key 'colour'"},
        {"label.agendum = Items\n", "t.style:1: unknown key 'label.agendum'"},
        {"accent = #000\naccent = #111\n", "t.style:2: 'accent' is set twice (first on line 1)"},
        {"accent = blue\n", "t.style:1: accent: expected a colour as #rgb or #rrggbb, not 'blue'"},
        {"accent = #ffcc00\n", "t.style:1: accent: #ffcc00 has a contrast of 1.5:1 on white"},
        {"organisation\n", "t.style:1: expected KEY = VALUE"},
        {"Organisation = X\n", "t.style:1: expected KEY = VALUE"},
        {"footer =\n", "t.style:1: footer: empty value"},
        {"footer = \"open\n", "t.style:1: unterminated quoted value"},
        {"footer = \"a\" b\n", "t.style:1: text after the closing quote"},
        {"font.body = Evil\"; } body { x\n", "t.style:1: font.body: 'Evil\"; } body { x' is not a font"},
        {"logo = missing.png\n", "t.style:1: logo: cannot read " STYLE_DIR "/missing.png"},
        {"logo = house.style\n", "t.style:1: logo: " STYLE_DIR "/house.style is neither a PNG nor an SVG"},
        {"footer = a\tb\n", "t.style:1: footer: control character in the value"},
        {"footer = \xff\n", "t.style: not UTF-8 text"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *err = NULL;
        mn_style *s = parse(cases[i].text, &err);
        if (s || !err || !strstr(err, cases[i].message))
            print_error("case %zu: got '%s', want '%s'\n", i, err ? err : "(none)", cases[i].message);
        assert_null(s);
        assert_non_null(err);
        assert_non_null(strstr(err, cases[i].message));
        free(err);
    }
}

static void missing_file_and_defaults(void **state)
{
    (void)state;
    char *err = NULL;
    assert_null(mn_style_load(STYLE_DIR "/nope.style", &err));
    assert_non_null(strstr(err, "nope.style: cannot read the style file"));
    free(err);
    assert_null(mn_style_get(NULL, "accent"));
    assert_null(mn_style_logo(NULL, NULL, NULL));
    mn_style_free(NULL);
    /* every documented label is a key the reader takes */
    for (const char *const *l = mn_style_labels(); *l; l++) {
        char text[96];
        snprintf(text, sizeof text, "label.%s = x\n", *l);
        mn_style *s = parse(text, &err);
        assert_non_null(s);
        mn_style_free(s);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(good_file),
        cmocka_unit_test(quoting_and_comments),
        cmocka_unit_test(bad_files),
        cmocka_unit_test(missing_file_and_defaults),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
