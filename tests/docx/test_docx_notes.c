/* SPDX-License-Identifier: MIT */
/* Notes and other stories: footnotes and endnotes as `note` where they are
 * referenced (once), comments only when asked, text boxes, the first-page
 * header before the body, and docProps/core.xml as fallback properties. */
#include "docx_test.h"

#define R(text) "<w:r><w:t xml:space=\"preserve\">" text "</w:t></w:r>"
#define NOTE_REF(kind, id) "<w:r><w:" kind "Reference w:id=\"" #id "\"/></w:r>"

static const char footnotes[] = DT_PART("footnotes",
    "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
    "<w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r>" R(" See the ")
    "<w:hyperlink r:id=\"rIdX\">" R("outcome document") "</w:hyperlink>" R(".") "</w:p></w:footnote>"
    "<w:footnote w:id=\"2\"><w:p>" R("Second note, first line.") "</w:p><w:p>" R("Its second line.") "</w:p></w:footnote>");
static const char footnote_rels[] =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rIdX\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" "
    "Target=\"https://example.org/outcome\" TargetMode=\"External\"/></Relationships>";
static const char endnotes[] = DT_PART("endnotes", "<w:endnote w:id=\"1\"><w:p>" R("An endnote.") "</w:p></w:endnote>");
static const char comments[] = DT_PART("comments",
    "<w:comment w:id=\"0\" w:author=\"Chengetai\"><w:p>" R("Check the date.") "</w:p></w:comment>");

static void notes_where_referenced(void **state)
{
    (void)state;
    dt_part parts[] = {
        {"word/document.xml",
         DT_DOC("<w:p>" R("Outputs are final") NOTE_REF("footnote", 1) R(" and published.") NOTE_REF("endnote", 1) "</w:p>"
                "<w:p>" R("Again") NOTE_REF("footnote", 1) NOTE_REF("footnote", 2) NOTE_REF("footnote", 99) "</w:p>"
                "<w:p>" R("Unreferenced notes stay out.") "</w:p>")},
        {"word/footnotes.xml", footnotes},
        {"word/_rels/footnotes.xml.rels", footnote_rels},
        {"word/endnotes.xml", endnotes},
        {NULL, NULL},
    };
    dt_read r = dt_read_parts(parts, NULL);
    assert_int_equal(r.rc, 0);
    /* the paragraph stays whole; its notes follow it */
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[1]", "Outputs are final and published.");
    dt_assert_str(r.doc, "/m:minutes/m:body/*[2]", "See the outcome document.");
    dt_assert_str(r.doc, "/m:minutes/m:body/*[2]/m:link/@href", "https://example.org/outcome");
    dt_assert_str(r.doc, "/m:minutes/m:body/*[3]", "An endnote.");
    dt_assert_str(r.doc, "local-name(/m:minutes/m:body/*[3])", "note");
    /* a note referenced twice is given once; a second paragraph is a break */
    dt_assert_count(r.doc, "//m:note", 3);
    dt_assert_str(r.doc, "/m:minutes/m:body/*[5]", "Second note, first line.Its second line.");
    dt_assert_count(r.doc, "/m:minutes/m:body/*[5]/m:br", 1);
    dt_free(&r);
}

static void comments_only_when_asked(void **state)
{
    (void)state;
    dt_part parts[] = {
        {"word/document.xml",
         DT_DOC("<w:p><w:commentRangeStart w:id=\"0\"/>" R("On 5 May.") "<w:commentRangeEnd w:id=\"0\"/>"
                "<w:r><w:commentReference w:id=\"0\"/></w:r></w:p>")},
        {"word/comments.xml", comments},
        {NULL, NULL},
    };
    dt_read plain = dt_read_parts(parts, NULL);
    dt_assert_count(plain.doc, "//m:note", 0);
    dt_assert_str(plain.doc, "//m:p", "On 5 May.");
    dt_free(&plain);
    const char *opts[] = {"comments", "1", NULL};
    dt_read with = dt_read_parts(parts, opts);
    dt_assert_str(with.doc, "//m:note", "Comment (Chengetai): Check the date.");
    dt_assert_count(with.doc, "//m:note/m:br", 0); /* the author leads the comment's first line */
    dt_free(&with);
}

/* A text box as Word 2010 writes it: a wps shape in mc:Choice and the same
 * text as VML in mc:Fallback.  Its text comes once, after its paragraph. */
static void text_boxes(void **state)
{
    (void)state;
    dt_read r = dt_read_doc(
        DT_DOC("<w:p>" R("Anchor")
               "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData>"
               "<wps:wsp><wps:txbx><w:txbxContent>" DT_P("Boxed text") "</w:txbxContent></wps:txbx></wps:wsp>"
               "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
               "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>" DT_P("Boxed text")
               "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
               "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>" DT_P("VML only")
               "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"),
        NULL, NULL);
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[1]", "Anchor");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[2]", "Boxed text");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[3]", "VML only");
    dt_assert_count(r.doc, "//m:p", 3);
    dt_free(&r);
}

static const char header1[] = DT_PART("hdr",
    "<w:p>" R("IGF 2025 MAG Meeting XII") "</w:p>"
    "<w:p>" R("Page ") "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
    "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" R("1") "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>");
static const char header2[] = DT_PART("hdr", "<w:p>" R("Draft") "</w:p>");

#define SECT(extra)                                                                     \
    "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH2\"/>"                  \
    "<w:headerReference w:type=\"first\" r:id=\"rIdH1\"/>" extra "</w:sectPr>"

static void first_page_header(void **state)
{
    (void)state;
    dt_part parts[] = {
        {"word/document.xml", DT_DOC(DT_P("Body text.") SECT("<w:titlePg/>"))},
        {"word/header1.xml", header1},
        {"word/header2.xml", header2},
        {NULL, NULL},
    };
    dt_read r = dt_read_parts(parts, NULL);
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[1]", "IGF 2025 MAG Meeting XII");
    /* the page-number line is layout, not content */
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[2]", "Body text.");
    dt_assert_count(r.doc, "//m:p[.='Draft']", 0); /* the running header is not content */
    dt_free(&r);
    /* without titlePg there is no first-page header */
    parts[0].data = DT_DOC(DT_P("Body text.") SECT(""));
    r = dt_read_parts(parts, NULL);
    dt_assert_count(r.doc, "//m:p", 1);
    dt_free(&r);
}

static void core_properties(void **state)
{
    (void)state;
    dt_part parts[] = {
        {"word/document.xml", DT_DOC(DT_P("Text."))},
        {"docProps/core.xml",
         "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
         "<dc:title> MAG XII </dc:title><dc:creator>IGF Secretariat</dc:creator>"
         "<dcterms:created>2025-11-18T13:05:00Z</dcterms:created><dc:subject></dc:subject></cp:coreProperties>"},
        {NULL, NULL},
    };
    dt_read r = dt_read_parts(parts, NULL);
    dt_assert_str(r.doc, "//m:meta/m:prop[@name='title']", "MAG XII");
    dt_assert_count(r.doc, "//m:meta/m:prop[@name='title']/@authoritative", 0);
    dt_assert_str(r.doc, "//m:meta/m:prop[@name='creator']", "IGF Secretariat");
    dt_assert_str(r.doc, "//m:meta/m:prop[@name='created']", "2025-11-18T13:05:00Z");
    dt_assert_count(r.doc, "//m:meta/m:prop", 3);
    dt_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(notes_where_referenced), cmocka_unit_test(comments_only_when_asked),
        cmocka_unit_test(text_boxes),             cmocka_unit_test(first_page_header),
        cmocka_unit_test(core_properties),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
