/* SPDX-License-Identifier: MIT */
/* Tables: gridSpan as colspan, vMerge as rowspan, gridBefore, nested
 * tables, lists in cells; consecutive tab paragraphs as a table the way the
 * text reader makes one from TAB lines. */
#include "docx_test.h"

#define TC(props, text) "<w:tc><w:tcPr>" props "</w:tcPr>" DT_P(text) "</w:tc>"
#define SPAN(n) "<w:gridSpan w:val=\"" #n "\"/>"
#define VM_RESTART "<w:vMerge w:val=\"restart\"/>"
#define VM_CONT "<w:vMerge/>"

static void spans(void **state)
{
    (void)state;
    dt_read r = dt_read_doc(DT_DOC("<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
                                   "<w:tr>" TC(SPAN(3), "MAG Members") "</w:tr>"
                                   "<w:tr>" TC(VM_RESTART, "Chairs") TC("", "Roach") TC("", "Carol") "</w:tr>"
                                   "<w:tr>" TC(VM_CONT, "") TC("", "Kummer") TC("", "Markus") "</w:tr>"
                                   "<w:tr>" TC("<w:vMerge w:val=\"continue\"/>", "") TC(SPAN(2), "both") "</w:tr>"
                                   "<w:tr>" TC("", "after") TC(SPAN(2) VM_RESTART, "wide") "</w:tr>"
                                   "<w:tr>" TC("", "last") TC(SPAN(2) VM_CONT, "") "</w:tr>"
                                   "</w:tbl>"),
                            NULL, NULL);
    assert_int_equal(r.rc, 0);
    dt_assert_str(r.doc, "//m:row[1]/m:cell/@colspan", "3");
    dt_assert_str(r.doc, "//m:row[2]/m:cell[1]/@rowspan", "3");
    dt_assert_count(r.doc, "//m:row[3]/m:cell", 2); /* the merged cell is not repeated */
    dt_assert_str(r.doc, "//m:row[3]/m:cell[1]", "Kummer");
    dt_assert_str(r.doc, "//m:row[4]/m:cell/@colspan", "2");
    dt_assert_str(r.doc, "//m:row[5]/m:cell[2]/@rowspan", "2");
    dt_assert_str(r.doc, "//m:row[5]/m:cell[2]/@colspan", "2");
    dt_assert_count(r.doc, "//m:row[6]/m:cell", 1);
    dt_assert_count(r.doc, "//m:cell[not(@rowspan)][not(@colspan)]", 6);
    dt_free(&r);
}

/* gridBefore shifts a row's cells: the merge below lines up by column. */
static void grid_before(void **state)
{
    (void)state;
    dt_read r = dt_read_doc(DT_DOC("<w:tbl>"
                                   "<w:tr>" TC("", "a") TC(VM_RESTART, "b") "</w:tr>"
                                   "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" TC(VM_CONT, "") "</w:tr>"
                                   "</w:tbl>"),
                            NULL, NULL);
    dt_assert_str(r.doc, "//m:row[1]/m:cell[2]/@rowspan", "2");
    dt_assert_count(r.doc, "//m:row[2]/m:cell", 0);
    dt_free(&r);
}

static void nested_content(void **state)
{
    (void)state;
    static const char numbering[] = DT_PART("numbering",
        "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
        "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");
    dt_read r = dt_read_doc(DT_DOC("<w:tbl><w:tr><w:tc>" DT_P("Two lines") DT_P("in a cell")
                                   "<w:p><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>listed</w:t>"
                                   "</w:r></w:p><w:tbl><w:tr><w:tc>" DT_P("inner") "</w:tc></w:tr></w:tbl>"
                                   "</w:tc></w:tr></w:tbl>"),
                            NULL, numbering);
    dt_assert_count(r.doc, "/m:minutes/m:body/m:table/m:row/m:cell/m:br", 1);
    dt_assert_str(r.doc, "//m:cell/m:list/m:item/@n", "1.");
    dt_assert_str(r.doc, "//m:cell/m:table//m:cell", "inner");
    dt_free(&r);
}

/* Participant rows typed with tabs in Normal paragraphs: one table, split on
 * the tabs, a trailing tab giving an empty cell (a role row), blank
 * paragraphs inside it ignored, text before and after left alone. */
static void tab_rows(void **state)
{
    (void)state;
    dt_read r = dt_read_doc(DT_DOC(DT_P("Annex 2: List of Participants")
                                   "<w:p><w:r><w:t>MAG Members</w:t><w:tab/></w:r></w:p>"
                                   "<w:p><w:r><w:t>Bou Harb</w:t></w:r><w:r><w:tab/><w:t>Zeina</w:t></w:r></w:p>"
                                   "<w:p/><w:p/>"
                                   "<w:p><w:r><w:t xml:space=\"preserve\">Gengo </w:t><w:tab/><w:t>Anja</w:t></w:r></w:p>"
                                   DT_P("The end.")),
                            NULL, NULL);
    dt_assert_count(r.doc, "//m:table", 1);
    dt_assert_count(r.doc, "//m:table/m:row", 3);
    dt_assert_str(r.doc, "//m:row[1]/m:cell[1]", "MAG Members");
    dt_assert_count(r.doc, "//m:row[1]/m:cell", 2);
    dt_assert_str(r.doc, "//m:row[1]/m:cell[2]", "");
    dt_assert_str(r.doc, "//m:row[2]/m:cell[1]", "Bou Harb");
    dt_assert_str(r.doc, "//m:row[2]/m:cell[2]", "Zeina");
    dt_assert_str(r.doc, "//m:row[3]/m:cell[1]", "Gengo");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[2]", "The end.");
    dt_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(spans),
        cmocka_unit_test(grid_before),
        cmocka_unit_test(nested_content),
        cmocka_unit_test(tab_rows),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
