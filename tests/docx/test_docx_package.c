/* SPDX-License-Identifier: MIT */
/* The package: probing, the main part found through relationships or
 * content types, strict OOXML, relationships that point outside the package
 * or outside the machine, compound files, broken containers. */
#include "docx_test.h"

#define STRICT_W "http://purl.oclc.org/ooxml/wordprocessingml/main"

extern const mn_plugin *const mn_plugin_descriptor;

static int probe(const void *data, size_t size, const char *name, const char *media)
{
    mn_probe p = {.data = data, .size = size, .filename = name, .media_type = media};
    return mn_plugin_descriptor->probe(&p);
}

static void probing(void **state)
{
    (void)state;
    fz z;
    dt_part parts[] = {{"word/document.xml", DT_DOC(DT_P("x"))}, {NULL, NULL}};
    dt_package(&z, parts);
    assert_int_equal(probe(z.buf, z.len, NULL, NULL), MN_PROBE_MAX);
    fz_free(&z);
    static const char xlsx[] = "PK\3\4....[Content_Types].xml....xl/workbook.xml";
    assert_int_equal(probe(xlsx, sizeof xlsx, "book.xlsx", NULL), 0);
    static const char other[] = "PK\3\4....[Content_Types].xml....";
    assert_true(probe(other, sizeof other, "m.docx", NULL) > MN_PROBE_EXTENSION);
    assert_true(probe(other, sizeof other, NULL,
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document") >
                MN_PROBE_MEDIA_TYPE);
    static const char zip[] = "PK\3\4 some other archive";
    assert_int_equal(probe(zip, sizeof zip, "a.zip", NULL), 0);
    static const char text[] = "1. Updates from the Secretariat\n";
    assert_int_equal(probe(text, sizeof text, "notes.txt", NULL), 0);
    /* a .docx that is no zip is still ours, to say what is wrong with it */
    assert_int_equal(probe(text, sizeof text, "notes.docx", NULL), MN_PROBE_EXTENSION);
    static const unsigned char ole[] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0};
    assert_true(probe(ole, sizeof ole, "locked.docx", NULL) > MN_PROBE_EXTENSION);
    assert_true(probe(ole, sizeof ole, "old.doc", NULL) > MN_PROBE_EXTENSION);
}

static void strict_namespace(void **state)
{
    (void)state;
    static const char doc[] = "<w:document xmlns:w=\"" STRICT_W "\"><w:body><w:p><w:pPr><w:outlineLvl w:val=\"0\"/>"
                              "</w:pPr><w:r><w:t>Strict</w:t></w:r></w:p></w:body></w:document>";
    dt_read r = dt_read_doc(doc, NULL, NULL);
    assert_int_equal(r.rc, 0);
    dt_assert_str(r.doc, "//m:h", "Strict");
    dt_free(&r);
}

/* The main part is wherever the package relationships say. */
static void alternate_main_part(void **state)
{
    (void)state;
    dt_part parts[] = {
        {"_rels/.rels",
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         DT_REL("r1", "officeDocument", "/word/document2.xml") "</Relationships>"},
        {"word/document2.xml", DT_DOC(DT_P("Second"))},
        {"word/document.xml", DT_DOC(DT_P("Not this one"))},
        {NULL, NULL},
    };
    dt_read r = dt_read_parts(parts, NULL);
    dt_assert_str(r.doc, "//m:p", "Second");
    dt_free(&r);
}

/* Relationships that leave the package, or the machine, are never followed:
 * the main part is found through the content types instead, the styles are
 * not read from /etc, and an external hyperlink is only a string. */
static void hostile_relationships(void **state)
{
    (void)state;
    dt_part parts[] = {
        {"_rels/.rels",
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         DT_REL("r1", "officeDocument", "../../../../etc/passwd") "</Relationships>"},
        {"word/_rels/document.xml.rels",
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         DT_REL("s", "styles", "../../../etc/passwd")
         "<Relationship Id=\"n\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" "
         "Target=\"file:///etc/passwd\" TargetMode=\"External\"/>"
         "<Relationship Id=\"h\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" "
         "Target=\"file:///etc/passwd\" TargetMode=\"External\"/></Relationships>"},
        {"word/document.xml", DT_DOC("<w:p><w:hyperlink r:id=\"h\"><w:r><w:t>local</w:t></w:r></w:hyperlink></w:p>")},
        {NULL, NULL},
    };
    dt_read r = dt_read_parts(parts, NULL);
    assert_int_equal(r.rc, 0);
    dt_assert_str(r.doc, "//m:p", "local");
    dt_assert_str(r.doc, "//m:link/@href", "file:///etc/passwd");
    assert_true(dt_diag_has(r.job, "outside the package"));
    char *all = dt_str(r.doc, "/");
    assert_null(strstr(all, "root:"));
    free(all);
    dt_free(&r);
}

static void part_names(void **state)
{
    (void)state;
    char *s;
    assert_string_equal(s = docx_resolve("word/document.xml", "media/../styles.xml"), "word/styles.xml");
    free(s);
    assert_string_equal(s = docx_resolve("word/document.xml", "/customXml/item1.xml"), "customXml/item1.xml");
    free(s);
    assert_string_equal(s = docx_resolve("", "./word//document.xml"), "word/document.xml");
    free(s);
    assert_null(docx_resolve("word/document.xml", "../../x.xml"));
    assert_null(docx_resolve("", ".."));
}

static void compound_files(void **state)
{
    (void)state;
    unsigned char ole[1024] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    const char *name = "EncryptedPackage";
    for (size_t i = 0; name[i]; i++)
        ole[512 + 2 * i] = (unsigned char)name[i];
    dt_read r = dt_read_bytes(ole, sizeof ole, NULL);
    assert_int_equal(r.rc, MN_EX_DATAERR);
    assert_true(dt_diag_has(r.job, "encrypted document"));
    dt_free(&r);
    memset(ole + 512, 0, 64);
    name = "WordDocument";
    for (size_t i = 0; name[i]; i++)
        ole[512 + 2 * i] = (unsigned char)name[i];
    r = dt_read_bytes(ole, sizeof ole, NULL);
    assert_int_equal(r.rc, MN_EX_DATAERR);
    assert_true(dt_diag_has(r.job, "legacy Word .doc is not supported"));
    dt_free(&r);
}

static void not_word(void **state)
{
    (void)state;
    /* a zip without a Word document in it */
    fz z;
    fz_init(&z);
    fz_add(&z, "readme.txt", "hello", 5, 0);
    fz_finish(&z);
    dt_read r = dt_read_bytes(z.buf, z.len, NULL);
    assert_int_equal(r.rc, MN_EX_DATAERR);
    assert_true(dt_diag_has(r.job, "not a Word document"));
    dt_free(&r);
    fz_free(&z);
    /* a main part that is XML but not WordprocessingML */
    dt_read x = dt_read_doc("<html><body>hi</body></html>", NULL, NULL);
    assert_int_equal(x.rc, MN_EX_DATAERR);
    assert_true(dt_diag_has(x.job, "not a WordprocessingML document"));
    dt_free(&x);
    /* malformed XML in the main part */
    dt_read m = dt_read_doc(DT_DOC("<w:p>"), NULL, NULL);
    assert_int_equal(m.rc, MN_EX_DATAERR);
    assert_true(dt_diag_has(m.job, "word/document.xml"));
    dt_free(&m);
}

/* Content Word has not converted (an imported HTML chunk) is named, not
 * silently lost. */
static void alt_chunk_warned(void **state)
{
    (void)state;
    dt_read r = dt_read_doc(DT_DOC(DT_P("Before") "<w:altChunk r:id=\"rIdL\"/>" DT_P("After")), NULL, NULL);
    assert_int_equal(r.rc, 0);
    dt_assert_count(r.doc, "//m:p", 2);
    assert_true(dt_diag_has(r.job, "altChunk"));
    dt_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(probing),         cmocka_unit_test(strict_namespace),
        cmocka_unit_test(alternate_main_part), cmocka_unit_test(hostile_relationships),
        cmocka_unit_test(part_names),      cmocka_unit_test(compound_files),
        cmocka_unit_test(not_word),        cmocka_unit_test(alt_chunk_warned),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
