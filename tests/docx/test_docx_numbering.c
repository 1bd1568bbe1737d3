/* SPDX-License-Identifier: MIT */
/* Numbering: the labels Word shows, computed from numbering.xml: formats,
 * multi-level text, overrides and restarts, instances sharing a definition,
 * numbering attached to styles and numbering styles, bullets. */
#include "docx_test.h"

#define LVL(i, start, fmt, text) \
    "<w:lvl w:ilvl=\"" #i "\"><w:start w:val=\"" #start "\"/><w:numFmt w:val=\"" fmt "\"/>" \
    "<w:lvlText w:val=\"" text "\"/></w:lvl>"
#define NUM(id, abs) "<w:num w:numId=\"" #id "\"><w:abstractNumId w:val=\"" #abs "\"/></w:num>"
#define NP(num, ilvl, text)                                                                 \
    "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" #ilvl "\"/><w:numId w:val=\"" #num "\"/></w:numPr>" \
    "</w:pPr><w:r><w:t>" text "</w:t></w:r></w:p>"

static const char numbering[] = DT_PART("numbering",
    "<w:abstractNum w:abstractNumId=\"0\">" LVL(0, 1, "decimal", "%1.") LVL(1, 1, "decimal", "%1.%2")
    LVL(2, 1, "lowerLetter", "%3)") "</w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"1\">" LVL(0, 1, "upperRoman", "%1.") LVL(1, 4, "lowerRoman", "(%2)")
    "</w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"2\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>"
    "<w:lvlText w:val=\"&#xF0B7;\"/><w:rPr><w:rFonts w:ascii=\"Symbol\" w:hAnsi=\"Symbol\"/></w:rPr></w:lvl>"
    "</w:abstractNum>"
    /* lvlRestart 0: level 1 never restarts; isLgl: legal numbering */
    "<w:abstractNum w:abstractNumId=\"3\">" LVL(0, 1, "upperLetter", "%1.")
    "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlRestart w:val=\"0\"/>"
    "<w:lvlText w:val=\"%1-%2\"/></w:lvl>"
    "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:isLgl/>"
    "<w:lvlText w:val=\"%1.%2.%3\"/></w:lvl></w:abstractNum>"
    /* a definition that only points at a numbering style */
    "<w:abstractNum w:abstractNumId=\"4\"><w:numStyleLink w:val=\"OutlineList\"/></w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"5\"><w:styleLink w:val=\"OutlineList\"/>" LVL(0, 7, "decimalZero", "%1:")
    "</w:abstractNum>"
    NUM(1, 0) NUM(2, 0) NUM(3, 1) NUM(4, 2) NUM(5, 3) NUM(6, 4) NUM(7, 5)
    "<w:num w:numId=\"8\"><w:abstractNumId w:val=\"0\"/>"
    "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
    "<w:num w:numId=\"9\"><w:abstractNumId w:val=\"1\"/>"
    "<w:lvlOverride w:ilvl=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"5\"/><w:numFmt w:val=\"ordinal\"/>"
    "<w:lvlText w:val=\"%1\"/></w:lvl></w:lvlOverride></w:num>");

static const char styles[] = DT_PART("styles",
    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
    "<w:pPr><w:numPr><w:numId w:val=\"10\"/></w:numPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>"
    "<w:basedOn w:val=\"Heading1\"/><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
    "<w:style w:type=\"numbering\" w:styleId=\"OutlineList\"><w:name w:val=\"Outline List\"/>"
    "<w:pPr><w:numPr><w:numId w:val=\"7\"/></w:numPr></w:pPr></w:style>");

/* Heading numbering as Word's multilevel lists do it: the style names the
 * list, each level names its style (lvl/pStyle). */
static const char heading_numbering[] = DT_PART("numbering",
    "<w:abstractNum w:abstractNumId=\"9\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:pStyle w:val=\"Heading1\"/>"
    "<w:lvlText w:val=\"%1.\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:pStyle w:val=\"Heading2\"/>"
    "<w:lvlText w:val=\"%1.%2\"/></w:lvl></w:abstractNum>" NUM(10, 9));

static void formats_and_levels(void **state)
{
    (void)state;
    dt_read r = dt_read_doc(DT_DOC(NP(1, 0, "a") NP(1, 1, "b") NP(1, 1, "c") NP(1, 2, "d") NP(1, 2, "e")
                                       NP(1, 0, "f") NP(1, 1, "g")),
                            styles, numbering);
    assert_int_equal(r.rc, 0);
    dt_assert_str(r.doc, "//m:item[starts-with(.,'a')]/@n", "1.");
    dt_assert_str(r.doc, "//m:item[starts-with(.,'b')]/@n", "1.1");
    dt_assert_str(r.doc, "//m:item[starts-with(.,'c')]/@n", "1.2");
    dt_assert_str(r.doc, "//m:item[.='d']/@n", "a)");
    dt_assert_str(r.doc, "//m:item[.='e']/@n", "b)");
    dt_assert_str(r.doc, "//m:item[starts-with(.,'f')]/@n", "2.");
    dt_assert_str(r.doc, "//m:item[.='g']/@n", "2.1"); /* level 1 restarted after level 0 */
    /* nesting: d and e in a list inside c's item */
    dt_assert_count(r.doc, "//m:item[starts-with(.,'c')]/m:list/m:item", 2);
    dt_assert_str(r.doc, "/m:minutes/m:body/m:list/@ordered", "1");
    dt_assert_count(r.doc, "/m:minutes/m:body/m:list/m:item", 2);
    dt_free(&r);
}

static void roman_and_start(void **state)
{
    (void)state;
    dt_read r = dt_read_doc(DT_DOC(NP(3, 0, "a") NP(3, 0, "b") NP(3, 0, "c") NP(3, 0, "d") NP(3, 1, "e")),
                            styles, numbering);
    dt_assert_str(r.doc, "//m:item[.='a']/@n", "I.");
    dt_assert_str(r.doc, "//m:item[starts-with(.,'d')]/@n", "IV.");
    dt_assert_str(r.doc, "//m:item[.='e']/@n", "(iv)");
    dt_free(&r);
}

/* Two instances of one definition continue each other; an instance with a
 * startOverride restarts it; a level override replaces the format. */
static void shared_and_restarted(void **state)
{
    (void)state;
    dt_read r = dt_read_doc(DT_DOC(NP(1, 0, "a") NP(1, 0, "b") DT_P("between") NP(2, 0, "c")
                                       NP(8, 0, "d") NP(8, 0, "e") NP(9, 0, "f") NP(9, 0, "g")),
                            styles, numbering);
    dt_assert_str(r.doc, "//m:item[.='c']/@n", "3.");
    dt_assert_str(r.doc, "//m:item[.='d']/@n", "1.");
    dt_assert_str(r.doc, "//m:item[.='e']/@n", "2.");
    dt_assert_str(r.doc, "//m:item[.='f']/@n", "5th");
    dt_assert_str(r.doc, "//m:item[.='g']/@n", "6th");
    dt_free(&r);
}

static void never_restart_and_legal(void **state)
{
    (void)state;
    dt_read r = dt_read_doc(DT_DOC(NP(5, 0, "a") NP(5, 1, "b") NP(5, 0, "c") NP(5, 1, "d") NP(5, 2, "e")),
                            styles, numbering);
    dt_assert_str(r.doc, "//m:item[starts-with(.,'a')]/@n", "A.");
    dt_assert_str(r.doc, "//m:item[.='b']/@n", "A-1");
    dt_assert_str(r.doc, "//m:item[starts-with(.,'d')]/@n", "B-2"); /* lvlRestart 0 */
    dt_assert_str(r.doc, "//m:item[.='e']/@n", "2.2.1");            /* isLgl: B shown as 2 */
    dt_free(&r);
}

static void bullets(void **state)
{
    (void)state;
    dt_read r = dt_read_doc(DT_DOC(NP(4, 0, "one") NP(4, 0, "two")), styles, numbering);
    dt_assert_count(r.doc, "//m:list/m:item", 2);
    dt_assert_count(r.doc, "//m:list/@ordered", 0);
    dt_assert_count(r.doc, "//m:item/@n", 0); /* bullets have no number */
    dt_free(&r);
}

static void numbering_style_link(void **state)
{
    (void)state;
    dt_read r = dt_read_doc(DT_DOC(NP(6, 0, "x") NP(6, 0, "y")), styles, numbering);
    dt_assert_str(r.doc, "//m:item[.='x']/@n", "07:");
    dt_assert_str(r.doc, "//m:item[.='y']/@n", "08:");
    dt_free(&r);
}

/* numId 0 switches numbering off; a paragraph between list items closes
 * the list, an empty one does not. */
static void numbering_off_and_blank_lines(void **state)
{
    (void)state;
    dt_read r = dt_read_doc(DT_DOC(NP(1, 0, "a") "<w:p/>" NP(1, 0, "b") NP(0, 0, "plain") NP(1, 0, "c")),
                            styles, numbering);
    dt_assert_count(r.doc, "/m:minutes/m:body/m:list", 2);
    dt_assert_count(r.doc, "/m:minutes/m:body/m:list[1]/m:item", 2);
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p", "plain");
    dt_assert_str(r.doc, "//m:item[.='c']/@n", "3.");
    dt_free(&r);
}

static void headings_numbered_by_style(void **state)
{
    (void)state;
    dt_read r = dt_read_doc(DT_DOC("<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>Intro</w:t></w:r></w:p>"
                                   "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>Work</w:t></w:r></w:p>"
                                   "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>Sub</w:t></w:r></w:p>"
                                   "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:numPr><w:numId w:val=\"0\"/>"
                                   "</w:numPr></w:pPr><w:r><w:t>Annex</w:t></w:r></w:p>"),
                            styles, heading_numbering);
    dt_assert_str(r.doc, "//m:h[.='Intro']/@n", "1.");
    dt_assert_str(r.doc, "//m:h[.='Work']/@n", "2.");
    dt_assert_str(r.doc, "//m:h[.='Sub']/@n", "2.1");
    dt_assert_str(r.doc, "//m:h[.='Sub']/@level", "2");
    dt_assert_count(r.doc, "//m:h[.='Annex']/@n", 0);
    dt_free(&r);
}

/* An arrow bullet (Wingdings F0E0) marks an action: the paragraph reads
 * "→ …" as in the text form, not a bullet item. */
static void arrow_bullets(void **state)
{
    (void)state;
    static const char arrows[] = DT_PART("numbering",
        "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/>"
        "<w:lvlText w:val=\"&#xF0E0;\"/><w:rPr><w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\"/></w:rPr>"
        "</w:lvl></w:abstractNum>" NUM(1, 0));
    dt_read r = dt_read_doc(DT_DOC(NP(1, 0, "Members to reply by Friday.")), NULL, arrows);
    dt_assert_count(r.doc, "//m:list", 0);
    dt_assert_str(r.doc, "//m:p", "\xE2\x86\x92 Members to reply by Friday.");
    dt_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(formats_and_levels),
        cmocka_unit_test(roman_and_start),
        cmocka_unit_test(shared_and_restarted),
        cmocka_unit_test(never_restart_and_legal),
        cmocka_unit_test(bullets),
        cmocka_unit_test(numbering_style_link),
        cmocka_unit_test(numbering_off_and_blank_lines),
        cmocka_unit_test(headings_numbered_by_style),
        cmocka_unit_test(arrow_bullets),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
