/* SPDX-License-Identifier: MIT */
/* test_text_lines.c — how the plain-text reader classifies lines, reads
 * labels, links numbered runs and recognises hard-wrapped text. */
#include "text_test.h"

typedef struct cut {
    mn_text_line *l;
    size_t n;
} cut;

static cut lines_of(const char *s)
{
    cut c;
    c.l = mn_text_lines(s, strlen(s), &c.n);
    assert_non_null(c.l);
    return c;
}

/* The kind of a one-line text, and its body and label. */
static mn_text_line one(const char *s)
{
    cut c = lines_of(s);
    assert_int_equal(c.n, 1);
    mn_text_line l = c.l[0];
    free(c.l);
    return l;
}

static void bullets(void **state)
{
    (void)state;
    static const char *const yes[] = {
        "- item", "* item", "\xE2\x80\xA2 item", "\xE2\x80\x93 item", "-\titem",
        "\xE2\x80\xA2\titem", "o\titem", "\xEF\x82\xB7\titem", "\xE2\x97\xA6 item",
        "\xE2\x80\xA2item", "\xEF\x82\xA7item",
    };
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++) {
        mn_text_line l = one(yes[i]);
        assert_int_equal(l.kind, MN_TEXT_BULLET);
        assert_string_equal(l.s + l.body, "item");
    }
    static const char *const no[] = {"-item",   "*emphasis*", "- ",          "--",
                                     "o item",  "-- item",    "\xE2\x80\x93item", "\xE2\x80\xA2",
                                     "- \f\f\t\t", "1. \t\f", "o\t\t"};
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        assert_int_not_equal(one(no[i]).kind, MN_TEXT_BULLET);
}

static void number_labels(void **state)
{
    (void)state;
    static const struct { const char *line, *label, *body; } yes[] = {
        {"1. Updates", "1.", "Updates"}, {"2) Next", "2)", "Next"}, {"a. x", "a.", "x"},
        {"B) x", "B)", "x"},             {"(a) x", "(a)", "x"},     {"(12) x", "(12)", "x"},
        {"iv. x", "iv.", "x"},           {"XII. x", "XII.", "x"},   {"2.1. x", "2.1.", "x"},
        {"10.\tx", "10.", "x"},          {"1.2.3) x", "1.2.3)", "x"},
    };
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++) {
        mn_text_line l = one(yes[i].line);
        assert_int_equal(l.kind, MN_TEXT_NUMBER);
        assert_int_equal(l.label, strlen(yes[i].label));
        assert_memory_equal(l.s, yes[i].label, l.label);
        assert_int_equal(l.len - l.body, strlen(yes[i].body));
        assert_memory_equal(l.s + l.body, yes[i].body, l.len - l.body);
    }
    /* Abbreviations, years, times and labels without a space are text. */
    static const char *const no[] = {
        "Mr. Smith", "Dr. Jones", "CV. attached", "2025. A year", "1.Updates",
        "11:00 UTC", "18 November 2025 | 11:00 UTC", "2.1 Title", "(a)x", "1.", "No. 5",
        "Mix. it", "(1.2) x",
    };
    for (size_t i = 0; i < sizeof no / sizeof *no; i++) {
        mn_text_line l = one(no[i]);
        if (l.kind == MN_TEXT_NUMBER)
            fail_msg("\"%s\" read as a numbered line", no[i]);
    }
}

static void body_after_label(void **state)
{
    (void)state;
    mn_text_line l = one("1.   Updates from the Secretariat");
    assert_string_equal(l.s + l.body, "Updates from the Secretariat");
    l = one("(iv)\tFourth");
    assert_string_equal(l.s + l.body, "Fourth");
}

static void arrows_rows_blanks(void **state)
{
    (void)state;
    assert_int_equal(one("\xE2\x86\x92 MAG members were asked").kind, MN_TEXT_ARROW);
    assert_int_equal(one("-> K. Novak to circulate").kind, MN_TEXT_ARROW);
    assert_int_equal(one("\xE2\x86\x92MAG").kind, MN_TEXT_ARROW);
    mn_text_line row = one("MAG Members\t");
    assert_int_equal(row.kind, MN_TEXT_ROW);
    assert_int_equal(row.len, strlen("MAG Members\t")); /* the TAB is kept */
    assert_int_equal(one("Bou Harb\tZeina  ").kind, MN_TEXT_ROW);
    mn_text_line blank = one(" \t \v"); /* with a form feed: a page edge (pages.c) */
    assert_int_equal(blank.kind, MN_TEXT_BLANK);
    /* A leading TAB is indentation, not a cell. */
    mn_text_line sub = one("\t- sub item");
    assert_int_equal(sub.kind, MN_TEXT_BULLET);
    assert_int_equal(sub.indent, 4);
    /* A trailing TAB makes a row even in prose: role rows look like that. */
    mn_text_line stray = one("   Text  \t ");
    assert_int_equal(stray.kind, MN_TEXT_ROW);
    mn_text_line nb = one("\xC2\xA0\xC2\xA0 - x\xC2\xA0");
    assert_int_equal(nb.kind, MN_TEXT_BULLET);
    assert_int_equal(nb.indent, 3);
    assert_int_equal(nb.len, 3);
}

static void lines_and_numbers(void **state)
{
    (void)state;
    cut c = lines_of("a\r\nb\rc\n\nd\n");
    assert_int_equal(c.n, 5);
    assert_int_equal(c.l[0].no, 1);
    assert_int_equal(c.l[3].kind, MN_TEXT_BLANK);
    assert_int_equal(c.l[4].no, 5);
    assert_memory_equal(c.l[4].s, "d", 1);
    assert_int_equal(c.l[1].width, 1);
    free(c.l);
    c = lines_of("x");
    assert_int_equal(c.n, 1);
    free(c.l);
}

static int linked(const char *text, size_t line)
{
    cut c = lines_of(text);
    assert_true(line < c.n);
    assert_int_equal(c.l[line].kind, MN_TEXT_NUMBER);
    int v = c.l[line].linked;
    free(c.l);
    return v;
}

static void numbered_runs(void **state)
{
    (void)state;
    /* The agenda: a run. */
    const char *agenda = "1. One\n2. Two\n3. Three\n";
    assert_true(linked(agenda, 0) && linked(agenda, 1) && linked(agenda, 2));
    /* Sections: a numbered line alone in its block, bullets between. */
    const char *sections = "1. Updates\n\n- a\n- b\n\n\xE2\x86\x92 act\n\n2. More\n\n- c\n";
    assert_false(linked(sections, 0));
    assert_false(linked(sections, 7));
    /* Two sections with nested, indented content and a blank line. */
    const char *outline = "1. Updates\n   - a\n\n2. More\n   - b\n";
    assert_false(linked(outline, 0));
    /* But nested content without blank lines is a list with sub-items. */
    const char *nested = "1. Updates\n   - a\n2. More\n   - b\n";
    assert_true(linked(nested, 0) && linked(nested, 2));
    /* A page break inside a run does not end it. */
    const char *paged = "1. One\n2. Two\n\n\n\n3. Three\n";
    assert_true(linked(paged, 5));
    /* Not in sequence: initials, repeats, case changes. */
    assert_false(linked("K. Novak will send it\nS. Ferreira will check\n", 0));
    assert_false(linked("1. One\n1. One again\n", 0));
    assert_false(linked("a. One\nB. Two\n", 0));
    assert_false(linked("1. One\n2) Two\n", 0));
    /* Letters and roman numerals, including the ambiguous i. */
    assert_true(linked("h. Eight\ni. Nine\n", 0));
    assert_true(linked("i. One\nii. Two\n", 0));
    assert_true(linked("iv) Four\nv) Five\n", 1));
    assert_true(linked("(a) One\n(b) Two\n", 0));
    assert_true(linked("2.1. One\n2.2. Two\n", 0));
    assert_false(linked("2.1. One\n3.2. Two\n", 0));
    /* Right-aligned numbers share the text column. */
    assert_true(linked(" 9. Nine\n10. Ten\n", 0));
    /* A row or an arrow line in between ends the run. */
    assert_false(linked("1. One\n\xE2\x86\x92 act\n2. Two\n", 0));
    /* A single numbered line. */
    assert_false(linked("1. Updates from the Secretariat\n", 0));
}

static void wrap_width(void **state)
{
    (void)state;
    /* Short lines only, or one paragraph to a line: no sign of wrapping. */
    cut c = lines_of("Title\nSubtitle\n");
    assert_true(mn_text_wrap_width(c.l, c.n) > 100000);
    free(c.l);
    c = lines_of("Location: Brussels, Rue de la Loi 200, meeting room 3 and online\n"
                 "Chair: Jane Doe, Secretary-General of the Committee on Budgets\n"
                 "Scribe: John Doe\n");
    assert_true(mn_text_wrap_width(c.l, c.n) > 100000);
    free(c.l);
    /* Twenty lines of 72 and one URL line of 200: the margin stays at 72. */
    char buf[4096] = "";
    for (int i = 0; i < 20; i++)
        strcat(buf, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n");
    for (int i = 0; i < 200; i++)
        strcat(buf, "u");
    c = lines_of(buf);
    assert_int_equal(mn_text_wrap_width(c.l, c.n), 72);
    free(c.l);
}

static int wraps(const char *text, unsigned width)
{
    cut c = lines_of(text);
    assert_true(c.n >= 2);
    int v = mn_text_wrapped(&c.l[0], &c.l[1], c.n > 2 ? &c.l[2] : NULL, width);
    free(c.l);
    return v;
}

static void wrapped_lines(void **state)
{
    (void)state;
    const char *prose = "The IMSB will hold another set of office hours on Wednesday, 19 November\n"
                        "at 04:00 UTC and 14:00 UTC.\n";
    assert_true(wraps(prose, 72));
    assert_false(wraps(prose, 200)); /* an unwrapped text: a line of its own */
    assert_false(wraps("IGF 2025 MAG Meeting XII\nAction items & next steps\n", 60));
    /* A sentence's end, then a title-like line: not one paragraph. */
    const char *heading = "We will discuss the first revision of the outcome document next week.\n"
                          "Dynamic Coalitions\n\n";
    assert_false(wraps(heading, 70));
    /* A sentence's end, then more prose: one paragraph. */
    const char *more = "We will discuss the first revision of the outcome document next week.\n"
                       "It was agreed.\n";
    assert_true(wraps(more, 70));
    /* A field line is never a continuation. */
    assert_false(wraps("Location: Brussels, Rue de la Loi 200, meeting room 3 and online\n"
                       "Chair: Jane Doe\n",
                       60));
    assert_true(wraps("Location: Brussels, Rue de la Loi 200, meeting room 3 and online\n"
                      "with a video link: see the invitation\n",
                      60));
    /* Only plain lines continue: a bullet starts its own block. */
    assert_false(wraps("The IMSB will hold another set of office hours on Wednesday, 19 November\n"
                       "- at 04:00 UTC\n",
                       72));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(bullets),
        cmocka_unit_test(number_labels),
        cmocka_unit_test(body_after_label),
        cmocka_unit_test(arrows_rows_blanks),
        cmocka_unit_test(lines_and_numbers),
        cmocka_unit_test(numbered_runs),
        cmocka_unit_test(wrap_width),
        cmocka_unit_test(wrapped_lines),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
