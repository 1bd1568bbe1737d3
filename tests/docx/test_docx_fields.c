/* SPDX-License-Identifier: MIT */
/* Links and fields: w:hyperlink through the relationships (and anchors),
 * HYPERLINK in fldSimple and in complex fields (split instructions, \l,
 * switches, nesting), every other field showing its saved result. */
#include "docx_test.h"

#define R(text) "<w:r><w:t xml:space=\"preserve\">" text "</w:t></w:r>"
#define FLD(instr, result)                                                              \
    "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">" \
    instr "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" result \
    "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"

static dt_read read_body(const char *document)
{
    return dt_read_doc(document, NULL, NULL);
}

static void relationship_links(void **state)
{
    (void)state;
    dt_read r = read_body(DT_DOC("<w:p>" R("See ") "<w:hyperlink r:id=\"rIdL\">" R("the page") "</w:hyperlink>"
                                 R(", ") "<w:hyperlink w:anchor=\"_Annex2\">" R("annex") "</w:hyperlink>"
                                 R(" and ") "<w:hyperlink r:id=\"rIdNone\">" R("nothing") "</w:hyperlink></w:p>"));
    dt_assert_str(r.doc, "//m:link[1]/@href", "https://example.org/x?a=1&b=2");
    dt_assert_str(r.doc, "//m:link[1]", "the page");
    dt_assert_str(r.doc, "//m:link[2]/@href", "#_Annex2");
    dt_assert_count(r.doc, "//m:link", 2); /* an unknown id links nowhere, its text stays */
    dt_assert_str(r.doc, "//m:p", "See the page, annex and nothing");
    dt_free(&r);
}

static void simple_fields(void **state)
{
    (void)state;
    dt_read r = read_body(DT_DOC("<w:p><w:fldSimple w:instr=\" HYPERLINK &quot;https://igf.org/&quot; \\o &quot;tip&quot; \">"
                                 R("IGF") "</w:fldSimple>" R(" on ")
                                 "<w:fldSimple w:instr=\" DATE \\@ &quot;d MMMM yyyy&quot; \">" R("18 November 2025")
                                 "</w:fldSimple></w:p>"));
    dt_assert_str(r.doc, "//m:link/@href", "https://igf.org/");
    dt_assert_str(r.doc, "//m:link", "IGF");
    dt_assert_str(r.doc, "//m:p", "IGF on 18 November 2025"); /* DATE keeps its saved value */
    dt_free(&r);
}

static void complex_fields(void **state)
{
    (void)state;
    dt_read r = read_body(DT_DOC(
        "<w:p>" R("Register ")
        /* the instruction split over runs, with an anchor */
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> HYPER</w:instrText></w:r>"
        "<w:r><w:instrText xml:space=\"preserve\">LINK \"https://indico.un.org/e/1\" \\l \"reg\" </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" R("via ") R("INDICO")
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" R(" by ")
        FLD(" PAGE ", R("3")) R(".") "</w:p>"));
    dt_assert_str(r.doc, "//m:link/@href", "https://indico.un.org/e/1#reg");
    dt_assert_str(r.doc, "//m:link", "via INDICO");
    dt_assert_str(r.doc, "//m:p", "Register via INDICO by 3.");
    dt_free(&r);
}

/* A field inside another's result, and one inside another's instruction
 * (whose result then belongs to the instruction, not to the text). */
static void nested_fields(void **state)
{
    (void)state;
    dt_read r = read_body(DT_DOC(
        "<w:p>" FLD(" HYPERLINK \"https://a.example/\" ", R("see ") FLD(" REF x ", R("item 4")))
        R(" then ")
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> IF </w:instrText></w:r>"
        FLD(" MERGEFIELD n ", R("inner")) "<w:r><w:instrText> = 1 \"one\" </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" R("one")
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"));
    dt_assert_str(r.doc, "//m:link/@href", "https://a.example/");
    dt_assert_str(r.doc, "//m:link", "see item 4");
    dt_assert_str(r.doc, "//m:p", "see item 4 then one");
    dt_free(&r);
}

/* A stray separator or end is ignored; a field without a separator has
 * no result to show. */
static void broken_fields(void **state)
{
    (void)state;
    dt_read r = read_body(DT_DOC("<w:p>" R("a") "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" R("b")
                                 "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" R("c") "</w:p>"
                                 "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>TOC</w:instrText>"
                                 "</w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" R("d") "</w:p>"));
    assert_int_equal(r.rc, 0);
    dt_assert_str(r.doc, "//m:p[1]", "abc");
    dt_assert_str(r.doc, "//m:p[2]", "d");
    dt_free(&r);
}

/* A hyperlink field whose result runs over two paragraphs links in both. */
static void field_across_paragraphs(void **state)
{
    (void)state;
    dt_read r = read_body(DT_DOC("<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                                 "<w:r><w:instrText> HYPERLINK \\l \"_Toc1\" </w:instrText></w:r>"
                                 "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" R("First") "</w:p>"
                                 "<w:p>" R("Second") "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" R(" after") "</w:p>"));
    dt_assert_str(r.doc, "//m:p[1]/m:link/@href", "#_Toc1");
    dt_assert_str(r.doc, "//m:p[2]/m:link", "Second");
    dt_assert_str(r.doc, "//m:p[2]", "Second after");
    dt_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(relationship_links), cmocka_unit_test(simple_fields),
        cmocka_unit_test(complex_fields),     cmocka_unit_test(nested_fields),
        cmocka_unit_test(broken_fields),      cmocka_unit_test(field_across_paragraphs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
