/* SPDX-License-Identifier: MIT */
/* Runs: text split across runs and wrappers (proofErr, bookmarks, smartTag,
 * sdt, customXml), mc:AlternateContent, tabs, breaks, hyphens, symbols,
 * no-break spaces, emphasis. */
#include "docx_test.h"

#define P(inner) "<w:p>" inner "</w:p>"
#define R(text) "<w:r><w:t xml:space=\"preserve\">" text "</w:t></w:r>"

static dt_read read_body(const char *document)
{
    return dt_read_doc(document, NULL, NULL);
}

static void wrappers_keep_text(void **state)
{
    (void)state;
    dt_read r = read_body(DT_DOC(P(R("The ") "<w:proofErr w:type=\"spellStart\"/>" R("mnutes")
                                   "<w:proofErr w:type=\"spellEnd\"/><w:bookmarkStart w:id=\"1\" w:name=\"b\"/>"
                                   R(" of ") "<w:bookmarkEnd w:id=\"1\"/>"
                                   "<w:smartTag w:element=\"date\"><w:smartTagPr/>" R("18 November")
                                   "<w:smartTag w:element=\"x\">" R(" 2025") "</w:smartTag></w:smartTag>"
                                   "<w:sdt><w:sdtPr><w:alias w:val=\"Place\"/></w:sdtPr><w:sdtContent>" R(", Online")
                                   "</w:sdtContent></w:sdt><w:customXml w:element=\"c\">" R(".") "</w:customXml>")));
    assert_int_equal(r.rc, 0);
    dt_assert_str(r.doc, "//m:p", "The mnutes of 18 November 2025, Online.");
    dt_free(&r);
}

/* Block-level content controls hold paragraphs too. */
static void block_sdt(void **state)
{
    (void)state;
    dt_read r = read_body(DT_DOC("<w:sdt><w:sdtPr/><w:sdtContent>" DT_P("Inside") "<w:sdt><w:sdtContent>"
                                 DT_P("Deeper") "</w:sdtContent></w:sdt></w:sdtContent></w:sdt>"));
    dt_assert_str(r.doc, "//m:p[1]", "Inside");
    dt_assert_str(r.doc, "//m:p[2]", "Deeper");
    dt_free(&r);
}

static void alternate_content(void **state)
{
    (void)state;
    dt_read r = read_body(DT_DOC(
        P("<mc:AlternateContent><mc:Choice Requires=\"w14\">" R("choice") "</mc:Choice>"
          "<mc:Fallback>" R("fallback") "</mc:Fallback></mc:AlternateContent>")
        /* a Choice the reader understands (a wps shape) is taken */
        P("<mc:AlternateContent><mc:Choice Requires=\"wps\">" R("shape") "</mc:Choice>"
          "<mc:Fallback>" R("vml") "</mc:Fallback></mc:AlternateContent>")));
    dt_assert_str(r.doc, "//m:p[1]", "fallback");
    dt_assert_str(r.doc, "//m:p[2]", "shape");
    dt_free(&r);
}

static void tabs_breaks_hyphens(void **state)
{
    (void)state;
    dt_read r = read_body(DT_DOC(P(R("Line one") "<w:r><w:br/><w:t>two</w:t><w:cr/><w:t>three</w:t></w:r>")
                                     P("<w:r><w:t>High</w:t><w:noBreakHyphen/><w:t>Level co</w:t><w:softHyphen/>"
                                       "<w:t>ordination</w:t></w:r>")
                                     P("<w:r><w:br/><w:t>trimmed</w:t><w:br w:type=\"page\"/></w:r>")));
    dt_assert_count(r.doc, "//m:p[1]/m:br", 2);
    dt_assert_str(r.doc, "//m:p[1]", "Line onetwothree");
    dt_assert_str(r.doc, "//m:p[2]", "High-Level coordination");
    dt_assert_count(r.doc, "//m:p[3]/m:br", 0); /* breaks at either end say nothing */
    dt_assert_str(r.doc, "//m:p[3]", "trimmed");
    dt_free(&r);
}

/* A single paragraph with a tab in the middle is a line that keeps its TAB
 * (a run of TABs is one): only consecutive TAB lines make a table
 * (test_docx_tables.c); a leading tab is indentation, dropped as the text
 * reader drops it. */
static void tab_kept(void **state)
{
    (void)state;
    dt_read r = read_body(DT_DOC(P("<w:r><w:tab/><w:t>Indented</w:t></w:r>")
                                     P("<w:r><w:t>Bou Harb</w:t><w:tab/><w:tab/><w:t>Zeina</w:t></w:r>")));
    dt_assert_str(r.doc, "//m:p[1]", "Indented");
    dt_assert_str(r.doc, "//m:p[2]", "Bou Harb\tZeina");
    dt_assert_count(r.doc, "//m:table", 0);
    dt_free(&r);
}

static void symbols(void **state)
{
    (void)state;
    dt_read r = read_body(DT_DOC(
        P("<w:r><w:sym w:font=\"Wingdings\" w:char=\"F0E0\"/><w:t xml:space=\"preserve\"> Act</w:t></w:r>")
        P("<w:r><w:sym w:font=\"Wingdings\" w:char=\"F0E8\"/><w:sym w:font=\"Wingdings\" w:char=\"F0D8\"/>"
          "<w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/><w:sym w:font=\"Symbol\" w:char=\"F0AE\"/>"
          "<w:sym w:font=\"Symbol\" w:char=\"F0DE\"/><w:sym w:font=\"Symbol\" w:char=\"F061\"/>"
          "<w:sym w:font=\"Calibri\" w:char=\"2013\"/><w:sym w:font=\"Wingdings\" w:char=\"F031\"/></w:r>")
        /* typed in the Wingdings font: a private-use character, or a plain
         * Latin-1 one, stands for the glyph */
        P("<w:r><w:rPr><w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\"/></w:rPr><w:t>&#xF0E0;\xC3\xA0</w:t></w:r>"
          "<w:r><w:t xml:space=\"preserve\"> Ä &#xF0B7;</w:t></w:r>")));
    dt_assert_str(r.doc, "//m:p[1]", "\xE2\x86\x92 Act");
    /* → ➢ ✔ → ⇒ α – (a folder glyph has no text) */
    dt_assert_str(r.doc, "//m:p[2]",
                  "\xE2\x86\x92\xE2\x9E\xA2\xE2\x9C\x94\xE2\x86\x92\xE2\x87\x92\xCE\xB1\xE2\x80\x93");
    /* → → (both forms of the arrow), then ordinary text with a stray Symbol bullet */
    dt_assert_str(r.doc, "//m:p[3]", "\xE2\x86\x92\xE2\x86\x92 \xC3\x84 \xE2\x80\xA2");
    dt_free(&r);
}

static void no_break_spaces(void **state)
{
    (void)state;
    dt_read r = read_body(DT_DOC(P(R("on 18&#xA0;November at 11:00&#x202F;UTC with Bou&#xA0;Harb"))));
    dt_assert_str(r.doc, "//m:p", "on 18 November at 11:00 UTC with Bou Harb");
    dt_free(&r);
}

static void emphasis(void **state)
{
    (void)state;
    static const char styles[] = DT_PART("styles",
        "<w:style w:type=\"character\" w:styleId=\"Strong\"><w:name w:val=\"Strong\"/><w:rPr><w:b/></w:rPr></w:style>"
        "<w:style w:type=\"character\" w:styleId=\"Emph\"><w:name w:val=\"Emphasis\"/><w:basedOn w:val=\"Strong\"/>"
        "<w:rPr><w:b w:val=\"0\"/><w:i/></w:rPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
        "<w:rPr><w:b/></w:rPr><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>");
    dt_read r = dt_read_doc(DT_DOC(P("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">bold </w:t></w:r>"
                                     "<w:r><w:rPr><w:b/><w:i/></w:rPr><w:t>both</w:t></w:r>"
                                     "<w:r><w:rPr><w:b w:val=\"false\"/></w:rPr><w:t xml:space=\"preserve\"> plain </w:t></w:r>"
                                     "<w:r><w:rPr><w:rStyle w:val=\"Strong\"/></w:rPr><w:t>styled</w:t></w:r>"
                                     "<w:r><w:rPr><w:rStyle w:val=\"Emph\"/></w:rPr><w:t>em</w:t></w:r>")
                                   "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>Head</w:t></w:r></w:p>"),
                            styles, NULL);
    dt_assert_str(r.doc, "//m:p/m:strong[1]", "bold both");
    dt_assert_str(r.doc, "//m:p/m:strong[1]/m:em", "both");
    dt_assert_str(r.doc, "//m:p/m:strong[2]", "styled");
    dt_assert_str(r.doc, "//m:p/m:em", "em");
    dt_assert_str(r.doc, "//m:p", "bold both plain styledem");
    dt_assert_count(r.doc, "//m:h/m:strong", 0); /* a heading style's bold is not emphasis */
    dt_free(&r);
}

static void sub_and_superscript(void **state)
{
    (void)state;
    dt_read r = read_body(DT_DOC(P(R("12 m") "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>2</w:t></w:r>"
                                   R(" of H") "<w:r><w:rPr><w:vertAlign w:val=\"subscript\"/></w:rPr><w:t>2</w:t></w:r>"
                                   R("O on the 1") "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>st</w:t></w:r>")));
    dt_assert_str(r.doc, "//m:p", "12 m\xC2\xB2 of H\xE2\x82\x82O on the 1st");
    dt_free(&r);
}

static void equations(void **state)
{
    (void)state;
    dt_read r = read_body(DT_DOC(P(R("Quorum: ") "<m:oMath><m:r><m:t>n&gt;12</m:t></m:r></m:oMath>")));
    dt_assert_str(r.doc, "//m:p", "Quorum: n>12");
    dt_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(wrappers_keep_text), cmocka_unit_test(block_sdt),
        cmocka_unit_test(alternate_content),  cmocka_unit_test(tabs_breaks_hyphens),
        cmocka_unit_test(tab_kept),           cmocka_unit_test(symbols),
        cmocka_unit_test(no_break_spaces),    cmocka_unit_test(emphasis),
        cmocka_unit_test(sub_and_superscript), cmocka_unit_test(equations),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
