/* SPDX-License-Identifier: MIT */
/* test_text_layout.c — the generic tree the plain-text reader builds:
 * paragraphs, bullets and nesting, numbered runs, arrow lines, TAB tables. */
#include "text_test.h"

#define BODY "/m:minutes/m:body"

static void title_and_subtitle_stay_apart(void **state)
{
    (void)state;
    tt_read r = tt_read_str("\n\nIGF 2025 MAG Meeting XII\nAction items & next steps\n\n"
                            "18 November 2025 | 11:00 UTC | Online\n");
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(" BODY "/*)", 3);
    tt_assert_str(r.doc, BODY "/m:p[1]", "IGF 2025 MAG Meeting XII");
    tt_assert_str(r.doc, BODY "/m:p[2]", "Action items & next steps");
    tt_assert_str(r.doc, BODY "/m:p[3]", "18 November 2025 | 11:00 UTC | Online");
    assert_int_equal(xmlGetLineNo(mn_child(mn_body(r.doc), "p")), 3);
    tt_free(&r);
}

static void wrapped_paragraph_joined(void **state)
{
    (void)state;
    tt_read r = tt_read_str(
        "Minutes\n\n"
        "The IMSB will hold another set of office hours on Wednesday, 19 November\n"
        "at 04:00 UTC and 14:00 UTC. The Sounding Board will prepare a two-pager\n"
        "for the co-facilitators providing reflections on the first revision of\n"
        "the outcome document.\n\n"
        "The WG-WSP will organize a more focused meeting to discuss suggested\n"
        "improvements in the last week of November.\n"
        "Dynamic Coalitions\n");
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(" BODY "/m:p)", 4);
    tt_assert_str(r.doc, BODY "/m:p[2]",
                  "The IMSB will hold another set of office hours on Wednesday, 19 November at "
                  "04:00 UTC and 14:00 UTC. The Sounding Board will prepare a two-pager for the "
                  "co-facilitators providing reflections on the first revision of the outcome "
                  "document.");
    tt_assert_str(r.doc, BODY "/m:p[4]", "Dynamic Coalitions");
    assert_int_equal(xmlGetLineNo(mn_next(mn_child(mn_body(r.doc), "p"), "p")), 3);
    tt_free(&r);
}

static void words_broken_at_a_hyphen(void **state)
{
    (void)state;
    tt_read r = tt_read_str("- The IGF Secretariat will co-\n"
                            "  organize four side events with the Best Practice Forum -\n"
                            "  and with Switzerland.\n");
    assert_int_equal(r.rc, 0);
    tt_assert_str(r.doc, "//m:item",
                  "The IGF Secretariat will co-organize four side events with the Best Practice "
                  "Forum - and with Switzerland.");
    tt_free(&r);
}

static void short_lines_are_paragraphs(void **state)
{
    (void)state;
    tt_read r = tt_read_str("Date: 5 February 2026\nTime: 10:00-12:30 CET\nLocation: Brussels\n"
                            "Present: A. Smith, B. Jones (Chair)\n");
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(" BODY "/m:p)", 4);
    tt_assert_str(r.doc, BODY "/m:p[4]", "Present: A. Smith, B. Jones (Chair)");
    tt_free(&r);
}

static void field_lines_in_a_wrapped_text(void **state)
{
    (void)state;
    /* A text wrapped at 72 columns whose field lines come close to it. */
    tt_read r = tt_read_str(
        "Location: European Parliament, Brussels, room ASP 5G2 and online via the\n"
        "Webex video link\n"
        "Chair: Jane Doe\n\n"
        "The committee discussed the draft budget for 2027 and asked the rapporteur\n"
        "to prepare amendments on the lines agreed today, to be voted on in March\n"
        "at the latest.\n");
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(" BODY "/m:p)", 3);
    tt_assert_str(r.doc, BODY "/m:p[1]",
                  "Location: European Parliament, Brussels, room ASP 5G2 and online via the "
                  "Webex video link");
    tt_assert_str(r.doc, BODY "/m:p[2]", "Chair: Jane Doe");
    tt_free(&r);
}

static const char seed_section1[] =
    "1. Updates from the Secretariat\n"
    "\n"
    "- Intersessional work outputs are now available.\n"
    "- The monthly IGF newsletter was shared via mailing lists on 15 November.\n"
    "- The IGF Secretariat will co-organize four side events:\n"
    " - Strong local ecosystems to govern digital tech (co-organized with Switzerland)\n"
    " - Bridging generations for inclusive digital future (co-organized with France)\n"
    " - Shaping the Digital Future\n"
    " - Business at the Digital Helm\n"
    "- The IGF Secretariat participated in the Arab consultations.\n"
    "\n"
    "\xE2\x86\x92 MAG members were asked to indicate who will participate in person.\n"
    "\n"
    "2. Updates from the WSIS+20 Informal Multistakeholder Sounding Board (IMSB)\n";

static void seed_bullets_and_sub_bullets(void **state)
{
    (void)state;
    tt_read r = tt_read_str(seed_section1);
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(" BODY "/*)", 4);
    /* The numbered lines stand alone: paragraphs kept as written. */
    tt_assert_str(r.doc, BODY "/*[1][self::m:p]", "1. Updates from the Secretariat");
    tt_assert_str(r.doc, BODY "/*[4][self::m:p]",
                  "2. Updates from the WSIS+20 Informal Multistakeholder Sounding Board (IMSB)");
    tt_assert_num(r.doc, "count(" BODY "/m:list)", 1);
    tt_assert_num(r.doc, "count(" BODY "/m:list/@ordered)", 0);
    tt_assert_num(r.doc, "count(" BODY "/m:list/m:item)", 4);
    tt_assert_num(r.doc, "count(" BODY "/m:list/m:item[3]/m:list/m:item)", 4);
    tt_assert_num(r.doc, "count(//m:item[@n])", 0);
    tt_assert_str(r.doc, BODY "/m:list/m:item[3]/text()",
                  "The IGF Secretariat will co-organize four side events:");
    tt_assert_str(r.doc, BODY "/m:list/m:item[3]/m:list/m:item[2]",
                  "Bridging generations for inclusive digital future (co-organized with France)");
    tt_assert_str(r.doc, BODY "/m:list/m:item[4]",
                  "The IGF Secretariat participated in the Arab consultations.");
    /* The arrow line is a paragraph as written. */
    tt_assert_str(r.doc, BODY "/*[3][self::m:p]",
                  "\xE2\x86\x92 MAG members were asked to indicate who will participate in person.");
    tt_assert_all_lined(r.doc);
    xmlNodePtr list = mn_child(mn_body(r.doc), "list");
    assert_int_equal(xmlGetLineNo(list), 3);
    xmlNodePtr item3 = mn_next(mn_next(mn_child(list, "item"), "item"), "item");
    assert_int_equal(xmlGetLineNo(item3), 5);
    assert_int_equal(xmlGetLineNo(mn_child(mn_child(item3, "list"), "item")), 6);
    assert_int_equal(xmlGetLineNo(mn_next(list, "p")), 12);
    assert_int_equal(mn_job_diag_count(r.job), 0);
    tt_free(&r);
}

static void bullet_markers_and_levels(void **state)
{
    (void)state;
    tt_read r = tt_read_str("* star\n"
                            "\xE2\x80\xA2 bullet\n"
                            "  \xE2\x80\x93 dash under bullet\n"
                            "      - deeper\n"
                            "  \xE2\x80\x93 back to two\n"
                            "- top again\n");
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(" BODY "/m:list/m:item)", 3);
    tt_assert_num(r.doc, "count(" BODY "/m:list/m:item[2]/m:list/m:item)", 2);
    tt_assert_str(r.doc, BODY "/m:list/m:item[2]/m:list/m:item[1]/m:list/m:item", "deeper");
    tt_assert_str(r.doc, BODY "/m:list/m:item[3]", "top again");
    tt_free(&r);
}

static void continuation_lines_join_the_item(void **state)
{
    (void)state;
    tt_read r = tt_read_str("- The IMSB published a blog informing stakeholders\n"
                            "  about their activities.\n"
                            "- Second item\n"
                            "\n"
                            "  A second paragraph of the second item.\n"
                            "- Third\n"
                            "Not in the list.\n");
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(" BODY "/m:list/m:item)", 3);
    tt_assert_str(r.doc, BODY "/m:list/m:item[1]",
                  "The IMSB published a blog informing stakeholders about their activities.");
    tt_assert_num(r.doc, "count(" BODY "/m:list/m:item[2]/m:br)", 1);
    tt_assert_str(r.doc, BODY "/m:list/m:item[2]",
                  "Second itemA second paragraph of the second item.");
    tt_assert_str(r.doc, BODY "/m:p", "Not in the list.");
    tt_free(&r);
}

static void text_after_a_nested_list(void **state)
{
    (void)state;
    tt_read r = tt_read_str("- Parent\n"
                            "  - child\n"
                            " back in the parent\n");
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(//m:br)", 0);
    tt_assert_str(r.doc, BODY "/m:list/m:item/m:list/following-sibling::text()",
                  "back in the parent");
    tt_free(&r);
}

static void numbered_run_is_an_ordered_list(void **state)
{
    (void)state;
    tt_read r = tt_read_str("Annex 1: Meeting Agenda\n\n"
                            "1. Welcoming remarks and Adoption of the Draft Agenda\n"
                            "2. Updates from the Secretariat\n"
                            "3. Any Other Business\n");
    assert_int_equal(r.rc, 0);
    tt_assert_str(r.doc, BODY "/m:p", "Annex 1: Meeting Agenda");
    tt_assert_num(r.doc, "count(" BODY "/m:list[@ordered='1']/m:item)", 3);
    tt_assert_str(r.doc, BODY "/m:list/m:item[1]/@n", "1.");
    tt_assert_str(r.doc, BODY "/m:list/m:item[1]",
                  "Welcoming remarks and Adoption of the Draft Agenda");
    tt_assert_str(r.doc, BODY "/m:list/m:item[3]/@n", "3.");
    tt_free(&r);
}

static void single_numbered_line_is_a_paragraph(void **state)
{
    (void)state;
    tt_read r = tt_read_str("1. Updates from the Secretariat\n\nSome text.\n\n"
                            "2) Next point\n   continued here\n");
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(" BODY "/m:list)", 0);
    tt_assert_num(r.doc, "count(" BODY "/m:p)", 3);
    tt_assert_str(r.doc, BODY "/m:p[1]", "1. Updates from the Secretariat");
    tt_assert_str(r.doc, BODY "/m:p[3]", "2) Next point continued here");
    tt_free(&r);
}

static void ordered_list_with_sub_bullets(void **state)
{
    (void)state;
    tt_read r = tt_read_str("a) First\n"
                            "   - detail\n"
                            "b) Second\n"
                            "\n"
                            "- a bullet after it\n");
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(" BODY "/m:list)", 2);
    tt_assert_num(r.doc, "count(" BODY "/m:list[1][@ordered]/m:item)", 2);
    tt_assert_str(r.doc, BODY "/m:list[1]/m:item[1]/m:list/m:item", "detail");
    tt_assert_str(r.doc, BODY "/m:list[1]/m:item[2]/@n", "b)");
    tt_assert_num(r.doc, "count(" BODY "/m:list[2][not(@ordered)]/m:item)", 1);
    tt_free(&r);
}

static void nested_numbered_run_in_bullets(void **state)
{
    (void)state;
    tt_read r = tt_read_str("- Options\n  i. one\n  ii. two\n- Next\n");
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(" BODY "/m:list/m:item)", 2);
    tt_assert_num(r.doc, "count(" BODY "/m:list/m:item[1]/m:list[@ordered='1']/m:item)", 2);
    tt_assert_str(r.doc, BODY "/m:list/m:item[1]/m:list/m:item[2]/@n", "ii.");
    tt_free(&r);
}

static void arrow_lines(void **state)
{
    (void)state;
    tt_read r = tt_read_str("- item\n"
                            "-> K. Novak and S. Ferreira to circulate the draft\n"
                            "   by 20 November.\n"
                            "\xE2\x86\x92 MAG members are invited to share input.\n");
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(" BODY "/m:list/m:item)", 1);
    tt_assert_num(r.doc, "count(" BODY "/m:p)", 2);
    tt_assert_str(r.doc, BODY "/m:p[1]",
                  "-> K. Novak and S. Ferreira to circulate the draft by 20 November.");
    tt_assert_str(r.doc, BODY "/m:p[2]", "\xE2\x86\x92 MAG members are invited to share input.");
    tt_free(&r);
}

static void tab_rows_and_role_rows(void **state)
{
    (void)state;
    tt_read r = tt_read_str("Annex 2: List of Participants\n\n"
                            "IGF 2025 MAG Chair\t\n"
                            "Carol\tRoach\n"
                            "MAG Members\t\n"
                            "Bou Harb\t Zeina \n"
                            "a\t\tc\n");
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(" BODY "/m:table)", 1);
    tt_assert_num(r.doc, "count(" BODY "/m:table/m:row)", 5);
    tt_assert_num(r.doc, "count(" BODY "/m:table/m:row[1]/m:cell)", 2);
    tt_assert_str(r.doc, BODY "/m:table/m:row[1]/m:cell[1]", "IGF 2025 MAG Chair");
    tt_assert_str(r.doc, BODY "/m:table/m:row[1]/m:cell[2]", "");
    tt_assert_str(r.doc, BODY "/m:table/m:row[4]/m:cell[2]", "Zeina");
    tt_assert_num(r.doc, "count(" BODY "/m:table/m:row[5]/m:cell)", 3);
    tt_assert_num(r.doc, "count(" BODY "/m:table/m:row[m:cell[2]=''])", 3);
    assert_int_equal(xmlGetLineNo(mn_child(mn_child(mn_body(r.doc), "table"), "row")), 3);
    tt_free(&r);
}

static void stray_blank_lines_inside_a_table(void **state)
{
    (void)state;
    tt_read r = tt_read_str("IGF Secretariat\t\n"
                            "Masango\tChengetai\n"
                            "Chukov\tRoman\n"
                            "\n\n\n"
                            "Gengo\tAnja\n"
                            "Mazzucchi\tEleonora");
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(" BODY "/*)", 1);
    tt_assert_num(r.doc, "count(" BODY "/m:table/m:row)", 5);
    tt_assert_str(r.doc, BODY "/m:table/m:row[5]/m:cell[2]", "Eleonora");
    xmlNodePtr row = mn_child(mn_child(mn_body(r.doc), "table"), "row");
    for (int i = 0; i < 3; i++)
        row = mn_next(row, "row");
    assert_int_equal(xmlGetLineNo(row), 7);
    tt_free(&r);
}

static void stray_blank_lines_inside_a_list(void **state)
{
    (void)state;
    tt_read r = tt_read_str("- one\n- two\n\n\n- three\n\nText\n\n- other list\n");
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(" BODY "/m:list)", 2);
    tt_assert_num(r.doc, "count(" BODY "/m:list[1]/m:item)", 3);
    tt_assert_num(r.doc, "count(//m:br)", 0);
    tt_free(&r);
}

static void form_feeds_are_page_breaks(void **state)
{
    (void)state;
    /* pdftotext starts each page with a form feed: it neither indents the
     * line it starts nor splits the list or table across the break. */
    tt_read r = tt_read_str("- one\n- two\n\f- three\n\nChukov\tRoman\n\f\n\fGengo\tAnja\n");
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(" BODY "/*)", 2);
    tt_assert_num(r.doc, "count(" BODY "/m:list/m:item)", 3);
    tt_assert_num(r.doc, "count(//m:item/m:list)", 0);
    tt_assert_num(r.doc, "count(" BODY "/m:table/m:row)", 2);
    tt_assert_str(r.doc, BODY "/m:table/m:row[2]/m:cell[1]", "Gengo");
    assert_int_equal(mn_job_diag_count(r.job), 0);
    tt_free(&r);
}

static void table_then_text(void **state)
{
    (void)state;
    tt_read r = tt_read_str("a\tb\n\nAfter the table\n\nc\td\n");
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(" BODY "/m:table)", 2);
    tt_assert_str(r.doc, BODY "/m:p", "After the table");
    tt_free(&r);
}

static void deep_nesting_is_bounded(void **state)
{
    (void)state;
    /* 5,000 bullets, each one space deeper: the list depth is capped. */
    size_t n = 5000, size = n * (n + 8) / 2 + n * 8 + 1, len = 0;
    char *s = malloc(size);
    assert_non_null(s);
    for (size_t i = 0; i < n; i++) {
        memset(s + len, ' ', i);
        len += i;
        memcpy(s + len, "- x\n", 4);
        len += 4;
    }
    tt_read r = tt_read_bytes(s, len);
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(//m:item)", (double)n);
    assert_true(tt_num(r.doc, "count(//m:item[count(ancestor::m:list) > 40])") == 0);
    tt_free(&r);
    free(s);
}

static void empty_and_blank_inputs_fail(void **state)
{
    (void)state;
    static const char *const inputs[] = {"", "\n\n", " \t \r\n\f\n", "\xEF\xBB\xBF", "\xFF\xFE"};
    for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
        tt_read r = tt_read_bytes(inputs[i], strlen(inputs[i]));
        assert_int_equal(r.rc, MN_EX_DATAERR);
        assert_int_equal(tt_diags(r.job, MN_ERROR, "empty"), 1);
        tt_free(&r);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(title_and_subtitle_stay_apart),
        cmocka_unit_test(wrapped_paragraph_joined),
        cmocka_unit_test(words_broken_at_a_hyphen),
        cmocka_unit_test(short_lines_are_paragraphs),
        cmocka_unit_test(field_lines_in_a_wrapped_text),
        cmocka_unit_test(seed_bullets_and_sub_bullets),
        cmocka_unit_test(bullet_markers_and_levels),
        cmocka_unit_test(continuation_lines_join_the_item),
        cmocka_unit_test(text_after_a_nested_list),
        cmocka_unit_test(numbered_run_is_an_ordered_list),
        cmocka_unit_test(single_numbered_line_is_a_paragraph),
        cmocka_unit_test(ordered_list_with_sub_bullets),
        cmocka_unit_test(nested_numbered_run_in_bullets),
        cmocka_unit_test(arrow_lines),
        cmocka_unit_test(tab_rows_and_role_rows),
        cmocka_unit_test(stray_blank_lines_inside_a_table),
        cmocka_unit_test(stray_blank_lines_inside_a_list),
        cmocka_unit_test(form_feeds_are_page_breaks),
        cmocka_unit_test(table_then_text),
        cmocka_unit_test(deep_nesting_is_bounded),
        cmocka_unit_test(empty_and_blank_inputs_fail),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
