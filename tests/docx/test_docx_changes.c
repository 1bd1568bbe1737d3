/* SPDX-License-Identifier: MIT */
/* Tracked changes: insertions kept and deletions dropped by default; the
 * track-changes option accepts, rejects or keeps both; a warning says the
 * document has any. */
#include "docx_test.h"

static const char doc[] = DT_DOC(
    "<w:p><w:r><w:t xml:space=\"preserve\">Meet </w:t></w:r>"
    "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText xml:space=\"preserve\">on Monday </w:delText></w:r></w:del>"
    "<w:ins w:id=\"2\" w:author=\"A\"><w:r><w:t xml:space=\"preserve\">on Tuesday </w:t></w:r></w:ins>"
    "<w:r><w:t>at noon.</w:t></w:r></w:p>"
    /* a moved sentence: moveFrom is a deletion, moveTo an insertion */
    "<w:p><w:moveFrom w:id=\"3\"><w:r><w:t>Moved.</w:t></w:r></w:moveFrom></w:p>"
    "<w:p><w:moveTo w:id=\"4\"><w:r><w:t>Moved here.</w:t></w:r></w:moveTo></w:p>"
    /* a whole paragraph deleted, its mark too */
    "<w:p><w:pPr><w:rPr><w:del w:id=\"5\" w:author=\"A\"/></w:rPr></w:pPr>"
    "<w:del w:id=\"6\"><w:r><w:delText>Gone.</w:delText></w:r></w:del></w:p>"
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>kept row</w:t></w:r></w:p></w:tc></w:tr>"
    "<w:tr><w:trPr><w:del w:id=\"7\"/></w:trPr><w:tc><w:p><w:del w:id=\"8\"><w:r><w:delText>deleted row</w:delText>"
    "</w:r></w:del></w:p></w:tc></w:tr>"
    "<w:tr><w:trPr><w:ins w:id=\"9\"/></w:trPr><w:tc><w:p><w:ins w:id=\"10\"><w:r><w:t>inserted row</w:t>"
    "</w:r></w:ins></w:p></w:tc></w:tr></w:tbl>");

static dt_read read_with(const char *mode)
{
    dt_part parts[] = {{"word/document.xml", doc}, {NULL, NULL}};
    const char *opts[] = {"track-changes", mode, NULL};
    return dt_read_parts(parts, mode ? opts : NULL);
}

static void default_accepts(void **state)
{
    (void)state;
    dt_read r = read_with(NULL);
    assert_int_equal(r.rc, 0);
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[1]", "Meet on Tuesday at noon.");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[2]", "Moved here.");
    dt_assert_count(r.doc, "/m:minutes/m:body/m:p", 2);
    dt_assert_count(r.doc, "//m:row", 2);
    dt_assert_str(r.doc, "//m:row[2]", "inserted row");
    assert_true(dt_diag_has(r.job, "tracked changes"));
    assert_true(dt_diag_has(r.job, "deletions dropped"));
    dt_free(&r);
}

static void accept_is_the_default(void **state)
{
    (void)state;
    dt_read a = read_with("accept"), d = read_with(NULL);
    char *x = dt_str(a.doc, "/m:minutes/m:body"), *y = dt_str(d.doc, "/m:minutes/m:body");
    assert_string_equal(x, y);
    free(x);
    free(y);
    dt_free(&a);
    dt_free(&d);
}

static void reject(void **state)
{
    (void)state;
    dt_read r = read_with("reject");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[1]", "Meet on Monday at noon.");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[2]", "Moved.");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[3]", "Gone.");
    dt_assert_count(r.doc, "//m:row", 2);
    dt_assert_str(r.doc, "//m:row[2]", "deleted row");
    assert_true(dt_diag_has(r.job, "insertions dropped"));
    dt_free(&r);
}

static void all(void **state)
{
    (void)state;
    dt_read r = read_with("all");
    dt_assert_str(r.doc, "/m:minutes/m:body/m:p[1]", "Meet on Monday on Tuesday at noon.");
    dt_assert_count(r.doc, "//m:row", 3);
    dt_free(&r);
}

static void bad_option(void **state)
{
    (void)state;
    dt_read r = read_with("maybe");
    assert_int_equal(r.rc, MN_EX_USAGE);
    assert_true(dt_diag_has(r.job, "accept, reject or all"));
    dt_free(&r);
}

static void no_changes_no_warning(void **state)
{
    (void)state;
    dt_read r = dt_read_doc(DT_DOC(DT_P("Plain.")), NULL, NULL);
    assert_int_equal(mn_job_diag_count(r.job), 0);
    dt_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(default_accepts), cmocka_unit_test(accept_is_the_default),
        cmocka_unit_test(reject),          cmocka_unit_test(all),
        cmocka_unit_test(bad_option),      cmocka_unit_test(no_changes_no_warning),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
