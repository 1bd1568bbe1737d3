/* SPDX-License-Identifier: MIT */
/* Every DOCX row of RELIABILITY.md's table, through the library as a
 * conversion runs it (probe, reader, passes): hostile XML in the main part,
 * hostile archives, hostile relationships.  Each must end with status 65
 * (or, for relationships, a conversion that ignores the target) within a
 * bounded time, and no target file's content may show anywhere. */
#include <time.h>
#include <unistd.h>

#include "docx_test.h"

#define SECRET "mn-secret-7d1f3a"

static char dir[64];

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/mn-docx-hostile-XXXXXX");
    assert_non_null(mkdtemp(dir));
    char path[128];
    snprintf(path, sizeof path, "%s/secret.txt", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(SECRET "\n", f);
    fclose(f);
    snprintf(path, sizeof path, "%s/evil.dtd", dir);
    f = fopen(path, "w");
    assert_non_null(f);
    fprintf(f, "<!ENTITY x SYSTEM \"file://%s/secret.txt\">\n", dir);
    fclose(f);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

typedef struct outcome {
    int status;
    double seconds;
} outcome;

/* Converts the archive in z as the CLI would and checks that the secret
 * shows in no diagnostic and no document. */
static outcome convert(const fz *z, const char *name)
{
    char path[160];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    assert_int_equal(fz_save(z, path), 0);
    mn_context *ctx = mn_context_new();
    mn_context_add_plugin_dir(ctx, MN_TEST_PLUGIN_DIR);
    mn_job *job = mn_job_new(ctx, path);
    double t0 = now();
    outcome o = {mn_job_read(job), 0};
    o.seconds = now() - t0;
    for (size_t i = 0; i < mn_job_diag_count(job); i++)
        assert_null(strstr(mn_job_diag(job, i)->message, SECRET));
    const mn_doc *doc = mn_job_doc(job);
    if (doc) {
        xmlChar *xml = NULL;
        int size = 0;
        xmlDocDumpMemory(mn_doc_xml(doc), &xml, &size);
        assert_null(strstr((const char *)xml, SECRET));
        xmlFree(xml);
    }
    mn_job_free(job);
    mn_context_free(ctx);
    unlink(path);
    return o;
}

static outcome convert_document(const char *document, size_t len, int deflate)
{
    fz z;
    fz_init(&z);
    fz_add(&z, "[Content_Types].xml", dt_types, strlen(dt_types), 1);
    fz_add(&z, "_rels/.rels", dt_root_rels, strlen(dt_root_rels), 1);
    fz_add(&z, "word/document.xml", document, len, deflate);
    fz_finish(&z);
    outcome o = convert(&z, "hostile.docx");
    fz_free(&z);
    return o;
}

static void assert_refused(outcome o, double max_seconds)
{
    assert_int_equal(o.status, MN_EX_DATAERR);
    /* RELIABILITY.md's bounds (e.g. 1 s for billion laughs) with a margin
     * of 30x, so a slow or sanitized build never fails here while a hang or
     * a blow-up still does. */
    if (o.seconds > 30 * max_seconds)
        fail_msg("took %.2f s (bound %.2f s, with margin %.2f s)", o.seconds, max_seconds, 30 * max_seconds);
}

/* ---- XML ------------------------------------------------------------------ */

static void billion_laughs(void **state)
{
    (void)state;
    static const char doc[] =
        "<?xml version=\"1.0\"?><!DOCTYPE w:document ["
        "<!ENTITY a \"lollollollollollollollollollol\">"
        "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
        "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
        "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">"
        "<!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\"><!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">]>"
        DT_DOC("<w:p><w:r><w:t>&i;</w:t></w:r></w:p>");
    assert_refused(convert_document(doc, strlen(doc), 1), 1.0);
}

static void quadratic_blowup(void **state)
{
    (void)state;
    size_t big = 100000, refs = 50000;
    char *doc = malloc(big + refs * 3 + 4096);
    size_t n = (size_t)sprintf(doc, "<!DOCTYPE w:document [<!ENTITY a \"");
    memset(doc + n, 'x', big);
    n += big;
    n += (size_t)sprintf(doc + n, "\">]><w:document xmlns:w=\"" DT_W "\"><w:body><w:p><w:r><w:t>");
    for (size_t i = 0; i < refs; i++)
        n += (size_t)sprintf(doc + n, "&a;");
    n += (size_t)sprintf(doc + n, "</w:t></w:r></w:p></w:body></w:document>");
    assert_refused(convert_document(doc, n, 1), 1.0);
    free(doc);
}

static void external_entities(void **state)
{
    (void)state;
    char doc[1024];
    /* file:// XXE */
    snprintf(doc, sizeof doc, "<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file://%s/secret.txt\">]>%s", dir,
             DT_DOC("<w:p><w:r><w:t>&x;</w:t></w:r></w:p>"));
    assert_refused(convert_document(doc, strlen(doc), 1), 2.0);
    /* parameter entity */
    snprintf(doc, sizeof doc, "<!DOCTYPE w:document [<!ENTITY %% p SYSTEM \"file://%s/evil.dtd\"> %%p;]>%s", dir,
             DT_DOC("<w:p><w:r><w:t>&x;</w:t></w:r></w:p>"));
    assert_refused(convert_document(doc, strlen(doc), 1), 2.0);
    /* external DTD */
    snprintf(doc, sizeof doc, "<!DOCTYPE w:document SYSTEM \"file://%s/evil.dtd\">%s", dir,
             DT_DOC("<w:p><w:r><w:t>&x;</w:t></w:r></w:p>"));
    assert_refused(convert_document(doc, strlen(doc), 1), 2.0);
}

static void deep_nesting(void **state)
{
    (void)state;
    size_t depth = 300;
    char *doc = malloc(depth * 40 + 1024);
    size_t n = (size_t)sprintf(doc, "<w:document xmlns:w=\"" DT_W "\"><w:body><w:p>");
    for (size_t i = 0; i < depth; i++)
        n += (size_t)sprintf(doc + n, "<w:smartTag>");
    n += (size_t)sprintf(doc + n, "<w:r><w:t>deep</w:t></w:r>");
    for (size_t i = 0; i < depth; i++)
        n += (size_t)sprintf(doc + n, "</w:smartTag>");
    n += (size_t)sprintf(doc + n, "</w:p></w:body></w:document>");
    assert_refused(convert_document(doc, n, 1), 2.0);
    free(doc);
}

static void huge_text_node(void **state)
{
    (void)state;
    size_t big = 10u << 20;
    char *doc = malloc(big + 1024);
    size_t n = (size_t)sprintf(doc, "<w:document xmlns:w=\"" DT_W "\"><w:body><w:p><w:r><w:t>");
    memset(doc + n, 'a', big);
    n += big;
    n += (size_t)sprintf(doc + n, "</w:t></w:r></w:p></w:body></w:document>");
    assert_refused(convert_document(doc, n, 0), 5.0); /* stored: the XML parser's limit */
    free(doc);
}

static void huge_name(void **state)
{
    (void)state;
    size_t big = 50 << 10;
    char *doc = malloc(big * 2 + 1024);
    size_t n = (size_t)sprintf(doc, "<w:document xmlns:w=\"" DT_W "\"><w:body><w:");
    memset(doc + n, 'p', big);
    n += big;
    n += (size_t)sprintf(doc + n, "/></w:body></w:document>");
    assert_refused(convert_document(doc, n, 0), 2.0);
    free(doc);
}

/* ---- archives ------------------------------------------------------------ */

/* A good package in z, not finished: tests add their hazard and finish. */
static void good_parts(fz *z)
{
    static const char doc[] = DT_DOC(DT_P("Minutes."));
    fz_init(z);
    fz_add(z, "[Content_Types].xml", dt_types, strlen(dt_types), 1);
    fz_add(z, "_rels/.rels", dt_root_rels, strlen(dt_root_rels), 1);
    fz_add(z, "word/document.xml", doc, strlen(doc), 1);
}

static outcome convert_zip(fz *z)
{
    fz_finish(z);
    outcome o = convert(z, "hostile.docx");
    fz_free(z);
    return o;
}

static void control_good_package(void **state)
{
    (void)state;
    fz z;
    good_parts(&z);
    outcome o = convert_zip(&z);
    assert_int_equal(o.status, 0); /* the hazards below are what fails */
}

static void duplicate_names(void **state)
{
    (void)state;
    fz z;
    good_parts(&z);
    static const char doc[] = DT_DOC(DT_P("The other one."));
    fz_add(&z, "word/document.xml", doc, strlen(doc), 1);
    assert_refused(convert_zip(&z), 2.0);
    good_parts(&z);
    fz_add(&z, "WORD/Document.xml", doc, strlen(doc), 1); /* part names ignore case */
    assert_refused(convert_zip(&z), 2.0);
}

/* Many central records pointing at one local entry: 2 GB from a small file. */
static void overlapping_entries(void **state)
{
    (void)state;
    fz z;
    good_parts(&z);
    size_t big = 4u << 20;
    char *zeros = calloc(1, big);
    fz_add(&z, "word/media/blob.bin", zeros, big, 1);
    free(zeros);
    size_t of = z.n - 1;
    for (int i = 0; i < 500; i++) {
        char name[64];
        snprintf(name, sizeof name, "word/media/copy%03d.bin", i);
        fz_alias(&z, of, name);
    }
    assert_refused(convert_zip(&z), 2.0);
}

/* The document declares 10 bytes and inflates to 5 MB. */
static void size_lies(void **state)
{
    (void)state;
    fz z;
    fz_init(&z);
    fz_add(&z, "[Content_Types].xml", dt_types, strlen(dt_types), 1);
    fz_add(&z, "_rels/.rels", dt_root_rels, strlen(dt_root_rels), 1);
    size_t big = 5u << 20;
    char *doc = malloc(big);
    size_t n = (size_t)sprintf(doc, "<w:document xmlns:w=\"" DT_W "\"><w:body><w:p><w:r><w:t>");
    memset(doc + n, 'a', big - n);
    fz_central *c = fz_add(&z, "word/document.xml", doc, big, 1);
    free(doc);
    c->size = 10;
    assert_refused(convert_zip(&z), 2.0);
    /* and one that declares more than it holds */
    good_parts(&z);
    z.cd[z.n - 1].size += 1000;
    assert_refused(convert_zip(&z), 2.0);
}

static void encrypted_entry(void **state)
{
    (void)state;
    fz z;
    good_parts(&z);
    z.cd[z.n - 1].flags |= 1; /* traditional PKWARE encryption */
    assert_refused(convert_zip(&z), 2.0);
}

static void unknown_method(void **state)
{
    (void)state;
    fz z;
    good_parts(&z);
    z.cd[z.n - 1].method = 12; /* bzip2 */
    assert_refused(convert_zip(&z), 2.0);
}

/* 1000:1 — deflate's best — past 100 KiB. */
static void inflation_ratio(void **state)
{
    (void)state;
    fz z;
    fz_init(&z);
    fz_add(&z, "[Content_Types].xml", dt_types, strlen(dt_types), 1);
    fz_add(&z, "_rels/.rels", dt_root_rels, strlen(dt_root_rels), 1);
    size_t big = 20u << 20;
    char *doc = malloc(big);
    size_t n = (size_t)sprintf(doc, "<w:document xmlns:w=\"" DT_W "\"><w:body><w:p><w:r><w:t>");
    memset(doc + n, ' ', big - n);
    fz_add(&z, "word/document.xml", doc, big, 1);
    free(doc);
    assert_true(z.cd[z.n - 1].size / z.cd[z.n - 1].comp_size > 500);
    assert_refused(convert_zip(&z), 2.0);
}

static void too_many_entries(void **state)
{
    (void)state;
    fz z;
    good_parts(&z);
    for (int i = 0; i < 70000; i++) {
        char name[32];
        snprintf(name, sizeof name, "x/%05d", i);
        fz_add(&z, name, "", 0, 0);
    }
    assert_refused(convert_zip(&z), 2.0);
    good_parts(&z); /* 1001 is one too many */
    for (int i = 0; i < 998; i++) {
        char name[32];
        snprintf(name, sizeof name, "x/%04d", i);
        fz_add(&z, name, "", 0, 0);
    }
    assert_refused(convert_zip(&z), 2.0);
}

static void truncated_empty_garbage(void **state)
{
    (void)state;
    fz z;
    good_parts(&z);
    fz_finish(&z);
    z.len /= 2; /* truncated: no end record */
    assert_refused(convert(&z, "cut.docx"), 2.0);
    z.len = 0; /* 0 bytes */
    assert_refused(convert(&z, "empty.docx"), 2.0);
    for (size_t i = 0; i < 4096; i++) /* not a zip */
        z.buf[i] = (unsigned char)(i * 2654435761u >> 13);
    z.len = 4096;
    assert_refused(convert(&z, "noise.docx"), 2.0);
    fz_free(&z);
}

/* ---- relationships ---------------------------------------------------------- */

static void external_targets_ignored(void **state)
{
    (void)state;
    char rels[1024];
    snprintf(rels, sizeof rels,
             "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
             DT_REL("s", "styles", "../../../../../..%s/secret.txt")
             "<Relationship Id=\"n\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" "
             "Target=\"file://%s/secret.txt\" TargetMode=\"External\"/>"
             "<Relationship Id=\"f\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" "
             "Target=\"http://127.0.0.1:9/footnotes.xml\" TargetMode=\"External\"/></Relationships>",
             dir, dir);
    fz z;
    good_parts(&z);
    fz_add(&z, "word/_rels/document.xml.rels", rels, strlen(rels), 1);
    fz_finish(&z);
    outcome o = convert(&z, "rels.docx");
    fz_free(&z);
    assert_int_equal(o.status, 0);
    assert_true(o.seconds < 60.0); /* 2 s with a 30x margin for slow machines */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(billion_laughs),
        cmocka_unit_test(quadratic_blowup),
        cmocka_unit_test(external_entities),
        cmocka_unit_test(deep_nesting),
        cmocka_unit_test(huge_text_node),
        cmocka_unit_test(huge_name),
        cmocka_unit_test(control_good_package),
        cmocka_unit_test(duplicate_names),
        cmocka_unit_test(overlapping_entries),
        cmocka_unit_test(size_lies),
        cmocka_unit_test(encrypted_entry),
        cmocka_unit_test(unknown_method),
        cmocka_unit_test(inflation_ratio),
        cmocka_unit_test(too_many_entries),
        cmocka_unit_test(truncated_empty_garbage),
        cmocka_unit_test(external_targets_ignored),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
