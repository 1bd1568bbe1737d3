/* SPDX-License-Identifier: MIT */
/* The main part read as a stream (stream.c, sectscan.c, body.c): content
 * that outlives its block, the first section's header found before the
 * body in every place Word may put it, wrappers read through, and errors
 * anywhere in the part, after the body too, failing it as a whole-tree
 * parse did. */
#include "docx_test.h"

#define R(text) "<w:r><w:t xml:space=\"preserve\">" text "</w:t></w:r>"
#define BOX(text)                                                                        \
    "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>" DT_P(text)                        \
    "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
#define TAB_ROW(a, b) "<w:p>" R(a) "<w:r><w:tab/></w:r>" R(b)

/* Many paragraphs, so that the reader frees and reuses the nodes of
 * earlier blocks while a tab row's text box still points into its own. */
static char *filler(size_t n)
{
    char *s = malloc(n * 64 + 1);
    assert_non_null(s);
    size_t len = 0;
    for (size_t i = 0; i < n; i++)
        len += (size_t)sprintf(s + len, "<w:p><w:r><w:t>Filler %zu.</w:t></w:r></w:p>", i);
    return s;
}

static dt_read read_body(const char *before, const char *after)
{
    size_t n = strlen(before) + strlen(after) + 1024;
    char *doc = malloc(n);
    assert_non_null(doc);
    snprintf(doc, n, "<w:document " DT_NS "><w:body>%s%s</w:body></w:document>", before, after);
    dt_read r = dt_read_doc(doc, NULL, NULL);
    free(doc);
    return r;
}

static void boxes_in_tab_rows(void **state)
{
    (void)state;
    char *more = filler(400);
    dt_read r = read_body(TAB_ROW("Name", "Role") BOX("Boxed in a row") "</w:p>"
                          "<w:sdt><w:sdtContent>" TAB_ROW("Ana", "Chair") BOX("Boxed in an sdt") "</w:p>"
                          "</w:sdtContent></w:sdt>" TAB_ROW("Bo", "Scribe") "</w:p>",
                          more);
    assert_int_equal(r.rc, 0);
    dt_assert_count(r.doc, "/m:minutes/m:body/m:table/m:row", 3);
    dt_assert_str(r.doc, "//m:row[2]/m:cell[2]", "Chair");
    /* the boxes come after the table, in order, before what follows it */
    dt_assert_str(r.doc, "/m:minutes/m:body/m:table/following-sibling::m:p[1]", "Boxed in a row");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:table/following-sibling::m:p[2]", "Boxed in an sdt");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:table/following-sibling::m:p[3]", "Filler 0.");
    dt_assert_count(r.doc, "/m:minutes/m:body/m:p", 402);
    dt_free(&r);
    free(more);
}

/* Lists and tab rows run on through content controls, custom XML and
 * tracked insertions around paragraphs, as if the wrappers were not there. */
static void wrappers_read_through(void **state)
{
    (void)state;
    static const char numbering[] = DT_PART(
        "numbering", "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                     "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
                     "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>");
#define ITEM(text) "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>" R(text) "</w:p>"
    dt_read r = dt_read_doc(
        DT_DOC(ITEM("One") "<w:sdt><w:sdtPr><w:alias w:val=\"x\"/></w:sdtPr><w:sdtContent>" ITEM("Two")
               "<w:customXml w:element=\"c\">" ITEM("Three") "</w:customXml></w:sdtContent></w:sdt>"
               "<!-- a comment --><?pi here?>"
               "<w:ins w:id=\"1\" w:author=\"A\">" ITEM("Four") "</w:ins><w:sdt/><w:customXml></w:customXml>"
               ITEM("Five")),
        NULL, numbering);
#undef ITEM
    assert_int_equal(r.rc, 0);
    dt_assert_count(r.doc, "/m:minutes/m:body/m:list", 1);
    dt_assert_count(r.doc, "//m:item", 5);
    dt_assert_str(r.doc, "//m:item[5]/@n", "5.");
    dt_free(&r);
}

/* ---- the first section's header ---------------------------------------------- */

/* a title in the letterhead (a name alone there would be the organisation,
 * test_docx_layout.c) */
static const char header1[] = DT_PART("hdr", "<w:p>" R("Minutes of the Board") "</w:p>");
static const char header2[] = DT_PART("hdr", "<w:p>" R("Running") "</w:p>");

#define FIRST_REF "<w:headerReference w:type=\"first\" r:id=\"rIdH1\"/>"
#define SECT(inner) "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH2\"/>" inner "</w:sectPr>"
#define PSECT(inner) "<w:p><w:pPr>" SECT(inner) "</w:pPr>" R("End of section one") "</w:p>"

/* Whether reading DOCUMENT shows the letterhead first. */
static int letterhead_rels(const char *document, const char *rels)
{
    dt_part parts[] = {
        {"word/document.xml", document},
        {"word/header1.xml", header1},
        {"word/header2.xml", header2},
        {rels ? "word/_rels/document.xml.rels" : NULL, rels},
        {NULL, NULL},
    };
    dt_read r = dt_read_parts(parts, NULL);
    assert_int_equal(r.rc, 0);
    char *first = dt_str(r.doc, "/m:minutes/m:body/m:p[1]");
    int shown = strcmp(first, "Minutes of the Board") == 0;
    free(first);
    dt_assert_count(r.doc, "//m:p[.='Running']", 0);
    dt_free(&r);
    return shown;
}

static int letterhead(const char *document)
{
    return letterhead_rels(document, NULL);
}

static void first_section_header(void **state)
{
    (void)state;
    /* the body's own sectPr, at its end, covers a one-section document */
    assert_true(letterhead(DT_DOC(DT_P("Body") SECT("<w:titlePg/>" FIRST_REF))));
    assert_false(letterhead(DT_DOC(DT_P("Body") SECT(FIRST_REF))));
    assert_false(letterhead(DT_DOC(DT_P("Body") SECT("<w:titlePg w:val=\"0\"/>" FIRST_REF))));
    assert_false(letterhead(DT_DOC(DT_P("Body") SECT("<w:titlePg w:val=\"false\"/>" FIRST_REF))));
    assert_true(letterhead(DT_DOC(DT_P("Body") SECT("<w:titlePg w:val=\"true\"/>" FIRST_REF))));
    /* the first titlePg decides; a reference to no relationship is passed over */
    assert_false(letterhead(DT_DOC(DT_P("Body") SECT("<w:titlePg w:val=\"off\"/><w:titlePg/>" FIRST_REF))));
    assert_true(letterhead(DT_DOC(DT_P("Body") SECT("<w:titlePg/><w:headerReference w:type=\"first\" "
                                                    "r:id=\"rIdNone\"/>" FIRST_REF))));
    /* a paragraph's sectPr ends section one, which decides */
    assert_true(letterhead(DT_DOC(PSECT("<w:titlePg/>" FIRST_REF) DT_P("Two") SECT(""))));
    assert_false(letterhead(DT_DOC(PSECT("") DT_P("Two") SECT("<w:titlePg/>" FIRST_REF))));
    /* only the first pPr of a paragraph counts, and only direct children of the body */
    assert_true(letterhead(DT_DOC("<w:p><w:pPr/><w:pPr>" SECT("") "</w:pPr>" R("x") "</w:p>"
                                  SECT("<w:titlePg/>" FIRST_REF))));
    assert_true(letterhead(DT_DOC("<w:sdt><w:sdtContent>" PSECT("") "</w:sdtContent></w:sdt>"
                                  SECT("<w:titlePg/>" FIRST_REF))));
    /* nested deeper, a sectPr is not the section's */
    assert_true(letterhead(DT_DOC("<w:p><w:pPr><w:rPr>" SECT("") "</w:rPr></w:pPr>" R("x") "</w:p>"
                                  SECT("<w:titlePg/>" FIRST_REF))));
    /* attribute values are read unescaped; unprefixed attributes count */
    assert_true(letterhead(DT_DOC(DT_P("Body") "<w:sectPr><w:titlePg val=\"1\"/>"
                                  "<w:headerReference type=\"&#102;irst\" r:id=\"rId&#72;1\"/></w:sectPr>")));
    static const char amp_rels[] =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"h&amp;1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/header\" Target=\"header1.xml\"/></Relationships>";
    assert_true(letterhead_rels(DT_DOC(DT_P("Body") "<w:sectPr><w:titlePg/>"
                                       "<w:headerReference w:type=\"first\" r:id=\"h&amp;1\"/></w:sectPr>"),
                                amp_rels));
    assert_false(letterhead_rels(DT_DOC(DT_P("Body") "<w:sectPr><w:titlePg/>"
                                        "<w:headerReference w:type=\"first\" r:id=\"h&amp;amp;1\"/></w:sectPr>"),
                                 amp_rels));
}

/* The strict namespaces, and a part in UTF-16, where "titlePg" is not
 * found as bytes and the first pass runs anyway. */
static void header_in_other_forms(void **state)
{
    (void)state;
    static const char strict[] =
        "<w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\" "
        "xmlns:r=\"http://purl.oclc.org/ooxml/officeDocument/relationships\"><w:body>" DT_P("Body")
        "<w:sectPr><w:titlePg/><w:headerReference w:type=\"first\" r:id=\"rIdH1\"/></w:sectPr></w:body></w:document>";
    assert_true(letterhead(strict));
    static const char doc[] = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" DT_DOC(DT_P("Body") SECT("<w:titlePg/>" FIRST_REF));
    size_t n = strlen(doc);
    unsigned char *u16 = malloc(2 * n + 2);
    assert_non_null(u16);
    u16[0] = 0xFF;
    u16[1] = 0xFE;
    for (size_t i = 0; i < n; i++) {
        u16[2 + 2 * i] = (unsigned char)doc[i];
        u16[3 + 2 * i] = 0;
    }
    fz z;
    fz_init(&z);
    fz_add(&z, "[Content_Types].xml", dt_types, strlen(dt_types), 1);
    fz_add(&z, "_rels/.rels", dt_root_rels, strlen(dt_root_rels), 1);
    fz_add(&z, "word/_rels/document.xml.rels", dt_doc_rels, strlen(dt_doc_rels), 1);
    fz_add(&z, "word/document.xml", u16, 2 * n + 2, 1);
    fz_add(&z, "word/header1.xml", header1, strlen(header1), 1);
    fz_finish(&z);
    dt_read r = dt_read_bytes(z.buf, z.len, NULL);
    assert_int_equal(r.rc, 0);
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[1]", "Minutes of the Board");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[2]", "Body");
    dt_free(&r);
    fz_free(&z);
    free(u16);
}

/* The bytes are read for the header before libxml2 parses the part
 * (firstsect.c); the walk over the body checks that reading, so a wrong
 * one fails the conversion.  XML that hides or disguises markup: */
static void header_from_the_bytes(void **state)
{
    (void)state;
    /* markup in comments, CDATA, processing instructions and attribute values */
    assert_false(letterhead(DT_DOC("<!-- <w:sectPr><w:titlePg/>" FIRST_REF "</w:sectPr> -->" DT_P("a")
                                   "<?pi <w:sectPr> ?>" SECT(""))));
    assert_false(letterhead(DT_DOC("<w:p><w:r><w:t><![CDATA[<w:sectPr><w:titlePg/>" FIRST_REF
                                   "</w:sectPr>]]></w:t></w:r></w:p>" SECT(""))));
    assert_true(letterhead(DT_DOC("<w:p w:rsidR=\"a>b/\" w:x='sectPr/'>" R("a") "</w:p>"
                                  "<w:sectPr\n\t><w:titlePg\r\n/><w:headerReference\n w:type = 'first'\n"
                                  " r:id=\"rIdH1\" /></w:sectPr\n>")));
    /* a prefix bound elsewhere for a while, the default namespace, an escaped URI */
    assert_true(letterhead(DT_DOC("<w:p xmlns:w=\"urn:other\"><w:pPr><w:sectPr>" FIRST_REF
                                  "</w:sectPr></w:pPr></w:p><w:p>" R("a") "</w:p>" SECT("<w:titlePg/>" FIRST_REF))));
    assert_true(letterhead("<document xmlns=\"" DT_W "\" xmlns:r=\"http://schemas.openxmlformats.org/"
                           "officeDocument/2006/relationships\"><body><p/><sectPr><titlePg/>"
                           "<headerReference type=\"first\" r:id=\"rIdH1\"/></sectPr></body></document>"));
    assert_true(letterhead("<v:document xmlns:v=\"http://schemas.openxmlformats.org/wordprocessingml/2006/m&#97;in\" "
                           "xmlns:q=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                           "<v:body><v:sectPr><v:titlePg/><v:headerReference v:type=\"first\" q:id=\"rIdH1\"/>"
                           "</v:sectPr></v:body></v:document>"));
    /* an undeclared prefix names no namespace: its element and attribute count for nothing */
    assert_false(letterhead(DT_DOC(DT_P("a") "<w:sectPr><w:titlePg x:val=\"0\" w:val=\"0\"/>" FIRST_REF
                                   "</w:sectPr>") ));
}

/* The tokenizer itself answers, whatever the size of the pieces it is fed
 * (1 byte: every token cut everywhere), for what the tests above read. */
static const char *tokenized(const char *doc, size_t piece, int *answered)
{
    static docx_rel rels[] = {{"rIdH1", "header", "word/header1.xml", 0},
                              {"rIdX", "header", "https://example.org/h.xml", 1}};
    docx_rels set = {rels, 2};
    docx_fsect *f = docx_fsect_new(&set);
    assert_non_null(f);
    size_t n = strlen(doc);
    int rc = 0;
    for (size_t at = 0; at < n && rc == 0; at += piece)
        rc = docx_fsect_feed(f, (const unsigned char *)doc + at, at + piece < n ? piece : n - at);
    const docx_rel *h = NULL;
    *answered = rc >= 0 && docx_fsect_answer(f, &h);
    docx_fsect_free(f);
    return h ? h->target : NULL;
}

static void tokenizer_answers(void **state)
{
    (void)state;
    static const struct {
        const char *doc;
        int header;
    } cases[] = {
        {DT_DOC(DT_P("Body") SECT("<w:titlePg/>" FIRST_REF)), 1},
        {DT_DOC(DT_P("Body") SECT(FIRST_REF)), 0},
        {DT_DOC(PSECT("<w:titlePg/>" FIRST_REF) DT_P("Two") SECT("")), 1},
        {DT_DOC(PSECT("") DT_P("Two") SECT("<w:titlePg/>" FIRST_REF)), 0},
        {DT_DOC("<w:p><w:pPr/><w:pPr>" SECT("") "</w:pPr>" R("x") "</w:p>" SECT("<w:titlePg/>" FIRST_REF)), 1},
        {DT_DOC("<w:p><w:r/><w:pPr>" SECT("<w:titlePg/>" FIRST_REF) "</w:pPr></w:p>" SECT("")), 1},
        {DT_DOC("<!-- <w:sectPr/> --><w:p><w:r><w:t><![CDATA[<w:sectPr>]]></w:t></w:r></w:p><?pi <x> ?>"
                "<w:sectPr\n><w:titlePg w:val='1'\n/><w:headerReference w:type=\"first\" r:id=\"rIdH&#49;\"/>"
                "</w:sectPr>"), 1},
        {DT_DOC(DT_P("Body") "<w:sectPr><w:titlePg/><w:headerReference w:type=\"first\" r:id=\"rIdX\"/>"
                "</w:sectPr>"), 0},
        {"\xEF\xBB\xBF<?xml version='1.0' encoding='utf-8'?>\r\n" DT_DOC("<w:p xmlns:w=\"urn:x\"><w:pPr>" SECT("<w:titlePg/>" FIRST_REF)
                "</w:pPr></w:p>" SECT("<w:titlePg/>" FIRST_REF)), 1},
        {"<w:body " DT_NS "/>", 0},
    };
    static const size_t pieces[] = {1, 2, 3, 7, 64, 100000};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        for (size_t k = 0; k < sizeof pieces / sizeof *pieces; k++) {
            int answered;
            const char *h = tokenized(cases[i].doc, pieces[k], &answered);
            if (!answered || (h != NULL) != cases[i].header)
                fail_msg("case %zu, pieces of %zu: answered %d, header %s", i, pieces[k], answered,
                         h ? h : "none");
        }
    /* what it leaves to libxml2 */
    int answered;
    tokenized("<!DOCTYPE w:document>" DT_DOC(DT_P("x")), 5, &answered);
    assert_false(answered);
    tokenized(DT_DOC("<w:p a=\"&nbsp;\"/>" SECT("<w:titlePg/>")), 5, &answered);
    assert_true(answered); /* a body child's attributes are not read */
    tokenized(DT_DOC(SECT("<w:titlePg w:val=\"&nbsp;\"/>")), 5, &answered);
    assert_false(answered);
    tokenized(DT_DOC(DT_P("x")), 5, &answered); /* where is the rest? */
    assert_true(answered);
    tokenized("<w:document " DT_NS "><w:body>" DT_P("x"), 5, &answered);
    assert_false(answered);
}

/* The part comes in pieces of 64 KiB: markup cut at every place. */
static void header_across_pieces(void **state)
{
    (void)state;
    static const char head[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " DT_NS "><w:body>";
    static const char tail[] = "<!-- a - comment --><w:p w:rsidR=\"0>1/\"><w:r><w:t><![CDATA[<w:sectPr/>]]></w:t>"
                               "</w:r></w:p><?pi ?>"
                               "<w:sectPr xmlns:w=\"" DT_W "\"><w:titlePg w:val=\"on\"/>"
                               "<w:headerReference w:type=\"first\" r:id=\"rIdH1\"/></w:sectPr></w:body></w:document>";
    size_t room = 65536 - (sizeof head - 1);
    char *doc = malloc(65536 + sizeof tail + 64);
    assert_non_null(doc);
    for (size_t cut = sizeof tail; cut > 0; cut -= cut > 40 ? 3 : 1) {
        size_t fill = room - (sizeof tail - 1 - cut) - 7; /* "<!--" and "-->" round the filler */
        size_t n = (size_t)sprintf(doc, "%s<!--", head);
        memset(doc + n, 'x', fill);
        n += fill;
        n += (size_t)sprintf(doc + n, "-->%s", tail);
        if (!letterhead(doc))
            fail_msg("no letterhead with the piece cut %zu bytes before the end", cut);
    }
    free(doc);
}

/* ---- errors anywhere in the part ------------------------------------------------- */

static void assert_fails(const char *document, const char *needle)
{
    dt_read r = dt_read_doc(document, NULL, NULL);
    assert_int_equal(r.rc, MN_EX_DATAERR);
    if (!dt_diag_has(r.job, needle))
        fail_msg("no diagnostic with \"%s\"", needle);
    dt_free(&r);
}

static void errors_anywhere(void **state)
{
    (void)state;
    /* after the body, after the root, before the body */
    assert_fails(DT_DOC(DT_P("x")) "<w:extra/>", "malformed XML");
    assert_fails("<w:document " DT_NS "><w:body>" DT_P("x") "</w:body><w:y></w:document>", "malformed XML");
    assert_fails("<w:document " DT_NS "><w:background><w:x></w:background><w:body/></w:document>",
                 "malformed XML");
    /* in the first section's properties, which the first pass reads */
    assert_fails(DT_DOC(DT_P("x") "<w:sectPr><w:titlePg></w:sectPr>"), "malformed XML");
    assert_fails(DT_DOC(DT_P("x") "<w:sectPr><w:titlePg/>"), "malformed XML");
    /* a DOCTYPE, with or without a first pass */
    assert_fails("<!DOCTYPE w:document>" DT_DOC(DT_P("x")), "DOCTYPE");
    assert_fails("<!DOCTYPE w:document>" DT_DOC(DT_P("x") "<w:sectPr><w:titlePg/></w:sectPr>"), "DOCTYPE");
    /* no document, no body, an empty part */
    assert_fails("<w:body " DT_NS "/>", "not a WordprocessingML document");
    assert_fails("<w:document " DT_NS "><w:background/></w:document>", "not a WordprocessingML document");
    assert_fails("<w:document " DT_NS "/>", "not a WordprocessingML document");
    assert_fails("", "malformed XML");
    /* an empty body is a document with nothing in it */
    dt_read r = dt_read_doc("<w:document " DT_NS "><w:body/><w:x/></w:document>", NULL, NULL);
    assert_int_equal(r.rc, 0);
    dt_free(&r);
}

/* Text over 10 MB is refused wherever it is: between blocks and after the
 * body too, where no block code reads it. */
static void huge_text_anywhere(void **state)
{
    (void)state;
    size_t big = 10000001;
    char *ws = malloc(big + 1);
    assert_non_null(ws);
    memset(ws, ' ', big);
    ws[big] = '\0';
    const char *shapes[] = {
        "<w:document " DT_NS "><w:body>" DT_P("x") "%s" DT_P("y") "</w:body></w:document>",
        "<w:document " DT_NS "><w:body>" DT_P("x") "</w:body>%s</w:document>",
        "<w:document " DT_NS "><w:body>" DT_P("x") "</w:body><w:z>%s</w:z></w:document>",
    };
    for (size_t i = 0; i < sizeof shapes / sizeof *shapes; i++) {
        char *doc = malloc(big + 1024);
        assert_non_null(doc);
        int n = snprintf(doc, big + 1024, shapes[i], ws);
        fz z; /* stored: deflated, the spaces would be refused as a zip bomb */
        fz_init(&z);
        fz_add(&z, "[Content_Types].xml", dt_types, strlen(dt_types), 1);
        fz_add(&z, "_rels/.rels", dt_root_rels, strlen(dt_root_rels), 1);
        fz_add(&z, "word/document.xml", doc, (size_t)n, 0);
        fz_finish(&z);
        dt_read r = dt_read_bytes(z.buf, z.len, NULL);
        assert_int_equal(r.rc, MN_EX_DATAERR);
        if (getenv("DT_SHOW"))
            for (size_t k = 0; k < mn_job_diag_count(r.job); k++)
                fprintf(stderr, "%zu: %s\n", i, mn_job_diag(r.job, k)->message);
        dt_free(&r);
        fz_free(&z);
        free(doc);
    }
    free(ws);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(boxes_in_tab_rows),     cmocka_unit_test(wrappers_read_through),
        cmocka_unit_test(first_section_header),  cmocka_unit_test(header_in_other_forms),
        cmocka_unit_test(header_from_the_bytes), cmocka_unit_test(tokenizer_answers),
        cmocka_unit_test(header_across_pieces),
        cmocka_unit_test(errors_anywhere),       cmocka_unit_test(huge_text_anywhere),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
