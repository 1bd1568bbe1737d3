/* SPDX-License-Identifier: MIT */
/* Styles → structure: headings by outlineLvl, by "heading N" names, through
 * basedOn chains, direct outline levels; Title and Subtitle as hints;
 * unstyled documents give plain paragraphs. */
#include "docx_test.h"

static const char styles[] = DT_PART("styles",
    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
    "<w:basedOn w:val=\"Normal\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
    /* a heading known by its name only */
    "<w:style w:type=\"paragraph\" w:styleId=\"berschrift2\"><w:name w:val=\"heading 2\"/></w:style>"
    /* a custom style inheriting a heading level two steps up */
    "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Minute\"><w:name w:val=\"Minute Heading\"/>"
    "<w:basedOn w:val=\"Mid\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Mid\"><w:name w:val=\"Mid\"/>"
    "<w:basedOn w:val=\"Heading3x\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading3x\"><w:name w:val=\"Sub sub\"/>"
    "<w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr></w:style>"
    /* body text although based on a heading */
    "<w:style w:type=\"paragraph\" w:styleId=\"Plain\"><w:name w:val=\"Plain\"/><w:basedOn w:val=\"Heading1\"/>"
    "<w:pPr><w:outlineLvl w:val=\"9\"/></w:pPr></w:style>"
    /* a basedOn cycle must not hang */
    "<w:style w:type=\"paragraph\" w:styleId=\"LoopA\"><w:name w:val=\"A\"/><w:basedOn w:val=\"LoopB\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"LoopB\"><w:name w:val=\"B\"/><w:basedOn w:val=\"LoopA\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"MyTitle\"><w:name w:val=\"Big Title\"/><w:basedOn w:val=\"Title\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Subtitle\"><w:name w:val=\"Subtitle\"/></w:style>");

#define SP(style, text) \
    "<w:p><w:pPr><w:pStyle w:val=\"" style "\"/></w:pPr><w:r><w:t>" text "</w:t></w:r></w:p>"

static void heading_levels(void **state)
{
    (void)state;
    dt_read r = dt_read_doc(DT_DOC(SP("Heading1", "One") SP("berschrift2", "Two") SP("Minute", "Three")
                                       SP("Plain", "Body") SP("LoopA", "Loop")),
                            styles, NULL);
    assert_int_equal(r.rc, 0);
    dt_assert_str(r.doc, "//m:h[1]", "One");
    dt_assert_str(r.doc, "//m:h[1]/@level", "1");
    dt_assert_str(r.doc, "//m:h[2]/@level", "2");
    dt_assert_str(r.doc, "//m:h[3]", "Three");
    dt_assert_str(r.doc, "//m:h[3]/@level", "3");
    dt_assert_str(r.doc, "//m:h[3]/@style", "Minute Heading");
    dt_assert_count(r.doc, "//m:h", 3);
    dt_assert_str(r.doc, "//m:p[1]", "Body");
    dt_assert_str(r.doc, "//m:p[2]", "Loop");
    dt_free(&r);
}

static void direct_outline_level(void **state)
{
    (void)state;
    dt_read r = dt_read_doc(DT_DOC("<w:p><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr><w:r><w:t>Direct</w:t></w:r></w:p>"
                                   "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:outlineLvl w:val=\"9\"/></w:pPr>"
                                   "<w:r><w:t>Demoted</w:t></w:r></w:p>"),
                            styles, NULL);
    dt_assert_str(r.doc, "//m:h/@level", "2");
    dt_assert_str(r.doc, "//m:h", "Direct");
    dt_assert_str(r.doc, "//m:p", "Demoted");
    dt_free(&r);
}

static void title_and_subtitle(void **state)
{
    (void)state;
    dt_read r = dt_read_doc(DT_DOC(SP("MyTitle", "Minutes") SP("Subtitle", "Of a meeting") DT_P("Text")),
                            styles, NULL);
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[1]/@style", "Title");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[2]/@style", "Subtitle");
    dt_assert_count(r.doc, "/m:minutes/m:body/m:p[3]/@style", 0); /* Normal gives no hint */
    /* and the builder roles that say what they are (plugin.h), for a style
     * based on Title ("Big Title") too */
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[1]/@block-role", "title");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[2]/@block-role", "subtitle");
    dt_assert_count(r.doc, "//@block-role", 2);
    dt_free(&r);
}

/* Without styles.xml everything is body text: "1. Updates" stays a
 * paragraph for the passes, as in the text form. */
static void unstyled(void **state)
{
    (void)state;
    dt_read r = dt_read_doc(DT_DOC(DT_P("1. Updates from the Secretariat") DT_P("") DT_P("\xE2\x86\x92 Act now")),
                            NULL, NULL);
    assert_int_equal(r.rc, 0);
    dt_assert_count(r.doc, "//m:h", 0);
    dt_assert_count(r.doc, "/m:minutes/m:body/m:p", 2);
    dt_assert_str(r.doc, "//m:p[1]", "1. Updates from the Secretariat");
    dt_assert_str(r.doc, "//m:p[2]", "\xE2\x86\x92 Act now");
    dt_free(&r);
}

/* A heading inside a table cell is a paragraph of the cell. */
static void heading_in_cell(void **state)
{
    (void)state;
    dt_read r = dt_read_doc(DT_DOC("<w:tbl><w:tr><w:tc>" SP("Heading1", "In cell") "</w:tc></w:tr></w:tbl>"),
                            styles, NULL);
    dt_assert_count(r.doc, "//m:h", 0);
    dt_assert_str(r.doc, "//m:cell", "In cell");
    dt_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(heading_levels),   cmocka_unit_test(direct_outline_level),
        cmocka_unit_test(title_and_subtitle), cmocka_unit_test(unstyled),
        cmocka_unit_test(heading_in_cell),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
