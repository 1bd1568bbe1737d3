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

/* ---- issue 19: rules, blocks of names, hyphens ------------------------------------ */

static void headings_set_off_by_rules(void **state)
{
    (void)state;
    tt_read r = tt_read_str(
        "Board minutes\n"
        "=============\n"
        "\n"
        "======================================================\n"
        "Session 1 - Tuesday, Room 4\n"
        "======================================================\n"
        "\n"
        "1. Opening\n"
        "\n"
        "Attendance\n"
        "----------\n"
        "Text under it.\n"
        "__________________________________________\n"
        "\n"
        "Closing remarks.\n");
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(" BODY "/m:h)", 3);
    tt_assert_str(r.doc, BODY "/m:h[1]", "Board minutes");
    tt_assert_str(r.doc, BODY "/m:h[1]/@level", "1");
    tt_assert_str(r.doc, BODY "/m:h[2]", "Session 1 - Tuesday, Room 4");
    tt_assert_str(r.doc, BODY "/m:h[2]/@level", "1");
    tt_assert_str(r.doc, BODY "/m:h[2]/@style", "rule");
    tt_assert_str(r.doc, BODY "/m:h[3]", "Attendance");
    tt_assert_str(r.doc, BODY "/m:h[3]/@level", "2");
    /* No rule survives as text; a rule under a paragraph is only drawing. */
    tt_assert_num(r.doc, "count(//*[contains(., '===') or contains(., '---') or contains(., '___')])", 0);
    tt_assert_num(r.doc, "count(" BODY "/m:p)", 3);
    tt_assert_str(r.doc, BODY "/m:p[1]", "1. Opening");
    tt_free(&r);
}

static void a_rule_under_running_text_is_no_heading(void **state)
{
    (void)state;
    tt_read r = tt_read_str("The chair closed the item.\nNext steps\n----------\n\n- draft\n");
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(//m:h)", 0);
    tt_assert_num(r.doc, "count(" BODY "/m:p)", 2);
    tt_assert_num(r.doc, "count(//*[contains(., '---')])", 0);
    tt_free(&r);
}

static void indented_names_under_a_label(void **state)
{
    (void)state;
    tt_read r = tt_read_str("2. Roll Call\n"
                            "\n"
                            "    Directors Present:\n"
                            "\n"
                            "      Anouk Dekker\n"
                            "      Bartholomew Kim (Chair)\n"
                            "      Chiara Lombardi - joined 10:40\n"
                            "\n"
                            "    Directors Absent:\n"
                            "      none\n"
                            "\n"
                            "    Roll call vote:\n"
                            "       Aye: Anouk, Bartholomew\n"
                            "       Nay: Chiara\n");
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(" BODY "/m:list)", 3);
    tt_assert_str(r.doc, BODY "/m:p[1]", "2. Roll Call");
    tt_assert_str(r.doc, BODY "/m:p[2]", "Directors Present:");
    tt_assert_num(r.doc, "count(" BODY "/m:list[1]/m:item)", 3);
    tt_assert_str(r.doc, BODY "/m:list[1]/m:item[2]", "Bartholomew Kim (Chair)");
    tt_assert_str(r.doc, "name(" BODY "/m:p[2]/following-sibling::*[1])", "list");
    tt_assert_str(r.doc, BODY "/m:list[2]/m:item", "none");
    tt_assert_str(r.doc, BODY "/m:list[3]/m:item[1]", "Aye: Anouk, Bartholomew");
    tt_assert_num(r.doc, "count(" BODY "/m:list/@ordered)", 0);
    tt_free(&r);
    /* Prose, a link and a wrapped comma list under a label stay prose. */
    r = tt_read_str("Published minutes can be found at:\n"
                    "\n"
                    "        https://example.org/board/calendar.html\n"
                    "\n"
                    "Discussion:\n"
                    "    The board discussed the budget\n"
                    "    and deferred the decision.\n"
                    "\n"
                    "Present: Ana, Bo,\n"
                    "    Chen\n");
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(//m:list)", 0);
    tt_free(&r);
}


static void hanging_indent_stops_at_a_field(void **state)
{
    (void)state;
    tt_read r = tt_read_str("2. draft-ietf-dkex-hybrid-06 (45 min)\n"
                            "   Presenter: Ekaterina Smirnova\n"
                            "\n"
                            "4. The meeting closed at noon after a\n"
                            "   short discussion.\n");
    assert_int_equal(r.rc, 0);
    tt_assert_str(r.doc, BODY "/m:p[1]", "2. draft-ietf-dkex-hybrid-06 (45 min)");
    tt_assert_str(r.doc, BODY "/m:p[2]", "Presenter: Ekaterina Smirnova");
    tt_assert_str(r.doc, BODY "/m:p[3]", "4. The meeting closed at noon after a short discussion.");
    tt_free(&r);
}

/* The outline habit: a short numbered title with its item's text hanging
 * under it stands alone, so the item can become a section; a lone line
 * naming who presents stays with its agenda item, and a numbered sentence
 * that wraps onto its hanging indent stays one paragraph. */
static void numbered_title_over_hanging_text(void **state)
{
    (void)state;
    tt_read r = tt_read_str("3. Hall bookings\n"
                            "   The secretary reported two new regular hirers.\n"
                            "   Rates stay as they are until April.\n"
                            "\n"
                            "4. Garden rota\n"
                            "   Priya Shah (5 min)\n"
                            "\n"
                            "5. Minutes of the last meeting were approved\n"
                            "   without changes.\n");
    assert_int_equal(r.rc, 0);
    tt_assert_str(r.doc, BODY "/m:p[1]", "3. Hall bookings");
    tt_assert_str(r.doc, BODY "/m:p[2]",
                  "The secretary reported two new regular hirers. Rates stay as they are until "
                  "April.");
    tt_assert_str(r.doc, BODY "/m:p[3]", "4. Garden rota Priya Shah (5 min)");
    tt_assert_str(r.doc, BODY "/m:p[4]",
                  "5. Minutes of the last meeting were approved without changes.");
    tt_free(&r);
}

/* A wrapped text long enough to show its margin, with one hyphen at a line
 * end; the rest of the text may write the word whole. */
static const char *hyphen_text(const char *before, const char *after, const char *elsewhere,
                               int paged)
{
    static char buf[2048];
    snprintf(buf, sizeof buf,
             "The committee reviewed the quarterly figures and agreed that the %s\n"
             "%s of the report would go to the members before the spring meeting,\n"
             "together with the treasurer's note on the grants from the council.\n"
             "%s%s\n",
             before, after, paged ? "\f" : "", elsewhere);
    return buf;
}

static void hyphens_at_line_ends(void **state)
{
    (void)state;
    static const struct {
        const char *before, *after, *elsewhere;
        int paged;
        const char *want;
    } rows[] = {
        /* hand-wrapped text keeps what its writer typed */
        {"co-", "ordination", "Nothing else.", 0, "co-ordination"},
        /* the text writes the word whole: a typesetter broke it */
        {"docu-", "mentation", "The documentation is online.", 0, "documentation"},
        /* the text writes the compound whole: its hyphen stays, even from pages */
        {"self-", "assessment", "A self-assessment was made.", 1, "self-assessment"},
        /* text from pages with no other witness: joined */
        {"circu-", "lation", "Nothing else.", 1, "circulation"},
        /* a one-letter start is a compound ("e-mail"), even from pages */
        {"e-", "mail", "Nothing else.", 1, "e-mail"},
    };
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
        tt_read r = tt_read_str(
            hyphen_text(rows[i].before, rows[i].after, rows[i].elsewhere, rows[i].paged));
        assert_int_equal(r.rc, 0);
        char expr[128];
        snprintf(expr, sizeof expr, "count(" BODY "/m:p[1][contains(., ' %s ')])", rows[i].want);
        if (tt_num(r.doc, expr) != 1) {
            tt_dump(r.doc);
            fail_msg("row %zu: want '%s'", i, rows[i].want);
        }
        tt_free(&r);
    }
}

/* Numbered register lines ("Action 5:", "#15 Oskar:") are entries of their
 * own even after a line that runs to the margin, and a field's value keeps
 * its hanging indent ("Action 3: Tobias …" / "          mailing list."). */
static void register_lines_and_hanging_fields(void **state)
{
    (void)state;
    tt_read r = tt_read_str(
        "The chairs thanked everyone for joining and closed the session early with\n"
        "a reminder about the interim meeting that will be scheduled by a poll.\n"
        "\n"
        "Action 3: Tobias to confirm the hum results on #33 and #41 on the\n"
        "          mailing list.\n"
        "Action 4: Lucas Ferreira to add an informational security-level column\n"
        "          to the registry and switch the Experimental range to FCFS.\n"
        "Action 5: Rahel to check with the other SEC AD whether key transparency\n"
        "          fits the current charter.\n"
        "\n"
        "   #14 Gordon: update the glossary with the terms from the May F2F meeting\n"
        "   #15 Oskar: ask the Crestmark legal team about the contributed schema\n");
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(" BODY "/m:p)", 6);
    tt_assert_str(r.doc, BODY "/m:p[2]",
                  "Action 3: Tobias to confirm the hum results on #33 and #41 on the mailing list.");
    tt_assert_str(r.doc, BODY "/m:p[4]",
                  "Action 5: Rahel to check with the other SEC AD whether key transparency fits "
                  "the current charter.");
    tt_assert_str(r.doc, BODY "/m:p[6]",
                  "#15 Oskar: ask the Crestmark legal team about the contributed schema");
    tt_free(&r);
}

/* A table typed in a fixed-width font: cells two spaces apart or more, at
 * the same columns on every line.  Key/value lines and prose are not. */
static void tables_aligned_with_spaces(void **state)
{
    (void)state;
    tt_read r = tt_read_str("Action summary\n"
                            "  A1  Dev Malhotra     candidate statements on one page      open\n"
                            "  A2  Jana Kowalczyk   quote for the Lisbon venue            open\n"
                            "  A0  Harriet Osei     charter text for the interop report   closed (from 23 Jul)\n"
                            "\n"
                            "  Attending:              Harriet Osei, Viktor Lindahl\n"
                            "  Regrets:                Colm Fitzgerald\n"
                            "  Notes:                  Viktor Lindahl\n"
                            "\n"
                            "The vote passed.  Members then discussed the venue.\n"
                            "The chair closed.  Nobody objected to the minutes.\n");
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(" BODY "/m:table)", 1);
    tt_assert_num(r.doc, "count(" BODY "/m:table/m:row)", 3);
    tt_assert_num(r.doc, "count(" BODY "/m:table/m:row[3]/m:cell)", 4);
    tt_assert_str(r.doc, BODY "/m:table/m:row[3]/m:cell[2]", "Harriet Osei");
    tt_assert_str(r.doc, BODY "/m:table/m:row[3]/m:cell[4]", "closed (from 23 Jul)");
    tt_assert_str(r.doc, "name(" BODY "/m:p[1]/following-sibling::*[1])", "table");
    tt_assert_str(r.doc, "normalize-space(" BODY "/m:p[2])", "Attending: Harriet Osei, Viktor Lindahl");
    tt_assert_num(r.doc, "count(" BODY "/m:p)", 6); /* the title, three fields, two lines of prose */
    tt_free(&r);
}

/* pdftotext -layout wraps a cell onto the next line, in its own column: the
 * row goes on, its fragments joined like a paragraph's lines; a column may
 * wobble by a character or two; a lone line in the first column ends it. */
static void layout_tables_with_wrapped_cells(void **state)
{
    (void)state;
    tt_read r = tt_read_str(
        "Ref      Action                                     Owner             Due\n"
        "25/33    Chase the landlord's solicitor on the      Rebecca Storr     13 June 2025\n"
        "         lease review\n"
        "25/35    Send the draft accounts to the inde-       Tom Ashworth      6 June 2025\n"
        "          pendent examiner\n"
        "25/38    Costed plan for a corporate supporters'    Helen             9 July 2025\n"
        "         breakfast                                  Marchant\n"
        "Signed by the chair\n");
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(" BODY "/m:table/m:row)", 4);
    tt_assert_str(r.doc, BODY "/m:table/m:row[2]/m:cell[2]",
                  "Chase the landlord's solicitor on the lease review");
    tt_assert_str(r.doc, BODY "/m:table/m:row[3]/m:cell[2]",
                  "Send the draft accounts to the inde-pendent examiner");
    tt_assert_str(r.doc, BODY "/m:table/m:row[4]/m:cell[3]", "Helen Marchant");
    tt_assert_str(r.doc, BODY "/m:p", "Signed by the chair");
    tt_free(&r);
}

/* Plain pdftotext puts a minute number on a line of its own and its heading
 * after a blank line: they are one line again.  A year ending a sentence,
 * or a number before body text, is left alone. */
static void numbers_on_a_line_of_their_own(void **state)
{
    (void)state;
    tt_read r = tt_read_str("1.\n\nWelcome, apologies and quorum\nThe Chair welcomed governors.\n"
                            "16.40\n\nWelcome and announcements\n\n"
                            "Next face-to-face session: Singapore, 16-22 November\n2019.\n\n"
                            "2.\n\nthe rest of a sentence.\n");
    assert_int_equal(r.rc, 0);
    tt_assert_str(r.doc, BODY "/m:p[1]", "1. Welcome, apologies and quorum");
    tt_assert_str(r.doc, BODY "/m:p[2]", "The Chair welcomed governors.");
    tt_assert_str(r.doc, BODY "/m:p[3]", "16.40 Welcome and announcements");
    tt_assert_num(r.doc, "count(" BODY "/m:p[. = '2019.' or contains(., ' 2019.')])", 1);
    tt_assert_num(r.doc, "count(" BODY "/m:p[. = '2.'])", 1);
    tt_free(&r);
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
        cmocka_unit_test(numbers_on_a_line_of_their_own),
        cmocka_unit_test(tables_aligned_with_spaces),
        cmocka_unit_test(layout_tables_with_wrapped_cells),
        cmocka_unit_test(register_lines_and_hanging_fields),
        cmocka_unit_test(headings_set_off_by_rules),
        cmocka_unit_test(a_rule_under_running_text_is_no_heading),
        cmocka_unit_test(indented_names_under_a_label),
        cmocka_unit_test(hanging_indent_stops_at_a_field),
        cmocka_unit_test(numbered_title_over_hanging_text),
        cmocka_unit_test(hyphens_at_line_ends),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
