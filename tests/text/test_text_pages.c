/* SPDX-License-Identifier: MIT */
/* test_text_pages.c — page furniture in text taken out of a PDF: page
 * numbers, running headers and footers, and paragraphs a page cut in two. */
#include "text_test.h"

#define BODY "/m:minutes/m:body"

static void page_number_shapes(void **state)
{
    (void)state;
    static const struct { const char *s; int n; } rows[] = {
        {"12", 12}, {"- 12 -", 12}, {"\xE2\x80\x93 3 \xE2\x80\x93", 3}, {"Page 4", 4},
        {"page 4 of 30", 4}, {"PAGE 7/9", 7}, {"12 / 30", 12}, {"p. 5", 5}, {"3 of 8", 3},
        {"2025", 2025},
        {"12 members", -1}, {"Page", -1}, {"Pages 4", -1}, {"1.", -1}, {"12345", -1},
        {"- 12", 12}, {"4 of", -1}, {"Item 4", -1}, {"", -1},
    };
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
        int got = mn_text_page_number(rows[i].s, strlen(rows[i].s));
        if (got != rows[i].n)
            fail_msg("'%s': %d, want %d", rows[i].s, got, rows[i].n);
    }
}

/* Three pages as pdftotext writes them: a running header at the top of
 * each page, "Page N of 3" at the foot, a form feed between them, and a
 * sentence cut by the first break. */
static const char three_pages[] =
    "Riverside Allotment Society - Committee minutes, 4 March 2026\n"
    "\n"
    "1. Water supply\n"
    "\n"
    "The committee heard that the standpipe on the north side had frozen in\n"
    "January and that the repair quoted by the council would cost more than\n"
    "the society had set aside for the whole year, so members were asked to\n"
    "\n"
    "Page 1 of 3\n"
    "\fRiverside Allotment Society - Committee minutes, 4 March 2026\n"
    "\n"
    "collect rainwater where they can until the summer.\n"
    "\n"
    "2. Plot inspections\n"
    "\n"
    "Inspections will resume in April.\n"
    "\n"
    "Page 2 of 3\n"
    "\fRiverside Allotment Society - Committee minutes, 4 March 2026\n"
    "\n"
    "3. Any other business\n"
    "\n"
    "None.\n"
    "\n"
    "Page 3 of 3\n"
    "\f";

static void furniture_goes_and_paragraphs_join(void **state)
{
    (void)state;
    tt_read r = tt_read_str(three_pages);
    assert_int_equal(r.rc, 0);
    /* The title on the first page stays; its repeats and the page numbers go. */
    tt_assert_num(r.doc, "count(//m:p[contains(., 'Riverside')])", 1);
    tt_assert_num(r.doc, "count(//m:p[contains(., 'Page')])", 0);
    tt_assert_str(r.doc, BODY "/m:p[3]",
                  "The committee heard that the standpipe on the north side had frozen in "
                  "January and that the repair quoted by the council would cost more than the "
                  "society had set aside for the whole year, so members were asked to collect "
                  "rainwater where they can until the summer.");
    tt_assert_str(r.doc, BODY "/m:p[4]", "2. Plot inspections");
    tt_assert_num(r.doc, "count(" BODY "/m:p)", 7);
    tt_free(&r);
}

/* Text copied from a PDF viewer: no form feeds, but bare page numbers that
 * count up a page apart, and a footer beside each. */
static void rising_page_numbers_without_form_feeds(void **state)
{
    (void)state;
    char text[4096] = "";
    for (int page = 1; page <= 3; page++) {
        for (int k = 0; k < 9; k++) {
            char line[96];
            snprintf(line, sizeof line, "Paragraph %d of page %d ends here.\n\n", k + 1, page);
            strcat(text, line);
        }
        char foot[96];
        snprintf(foot, sizeof foot, "Harbour Board - confidential\n\n%d\n\n", page);
        strcat(text, foot);
    }
    tt_read r = tt_read_str(text);
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(" BODY "/m:p)", 27);
    tt_assert_num(r.doc, "count(//m:p[contains(., 'Harbour')])", 0);
    tt_free(&r);
}

/* Without form feeds or rising numbers nothing is furniture: a number on
 * its own line and lines that repeat stay. */
static void weak_evidence_keeps_every_line(void **state)
{
    (void)state;
    tt_read r = tt_read_str("Votes in favour:\n\n7\n\nAgreed.\n\nSecond item\n\nAgreed.\n\n"
                            "Third item\n\nAgreed.\n");
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(" BODY "/m:p)", 7);
    tt_assert_str(r.doc, BODY "/m:p[2]", "7");
    tt_free(&r);
}

/* A finished sentence at the foot of a page ends its paragraph. */
static void finished_sentence_ends_at_the_break(void **state)
{
    (void)state;
    tt_read r = tt_read_str(
        "The treasurer presented the accounts for the year and the committee thanked\n"
        "her for the careful work that had gone into them over the winter months.\n"
        "\f"
        "The secretary then reported on the membership, which had grown by twelve\n"
        "households since the last general meeting of the society in the autumn.\n");
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(" BODY "/m:p)", 2);
    tt_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(page_number_shapes),
        cmocka_unit_test(furniture_goes_and_paragraphs_join),
        cmocka_unit_test(rising_page_numbers_without_form_feeds),
        cmocka_unit_test(weak_evidence_keeps_every_line),
        cmocka_unit_test(finished_sentence_ends_at_the_break),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
