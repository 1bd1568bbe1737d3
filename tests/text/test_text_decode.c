/* SPDX-License-Identifier: MIT */
/* test_text_decode.c — encodings and line ends of the plain-text reader. */
#include "text_test.h"

typedef struct decoded {
    mn_job *job;
    char *s;
    size_t len;
} decoded;

static decoded decode(const void *data, size_t size)
{
    decoded d = {.job = mn_job_new(NULL, "t.txt")};
    d.s = mn_text_decode(d.job, data, size, &d.len);
    assert_non_null(d.s);
    assert_int_equal(strlen(d.s), d.len);
    return d;
}

static void done(decoded *d)
{
    free(d->s);
    mn_job_free(d->job);
}

static void utf8_as_is(void **state)
{
    (void)state;
    decoded d = decode("caf\xC3\xA9 \xE2\x86\x92 \xF0\x9F\x93\x85\n", 15);
    assert_string_equal(d.s, "caf\xC3\xA9 \xE2\x86\x92 \xF0\x9F\x93\x85\n");
    assert_int_equal(mn_job_diag_count(d.job), 0);
    done(&d);
}

static void utf8_bom_dropped(void **state)
{
    (void)state;
    decoded d = decode("\xEF\xBB\xBFTitle", 8);
    assert_string_equal(d.s, "Title");
    assert_int_equal(mn_job_diag_count(d.job), 0);
    done(&d);
}

static void utf16le_with_bom(void **state)
{
    (void)state;
    /* "é→😀\r\nA": BOM, U+00E9, U+2192, a surrogate pair, CR LF, 'A'. */
    static const unsigned char in[] = {0xFF, 0xFE, 0xE9, 0x00, 0x92, 0x21, 0x3D, 0xD8, 0x00, 0xDE,
                                       0x0D, 0x00, 0x0A, 0x00, 0x41, 0x00};
    decoded d = decode(in, sizeof in);
    assert_string_equal(d.s, "\xC3\xA9\xE2\x86\x92\xF0\x9F\x98\x80\r\nA");
    assert_int_equal(mn_job_diag_count(d.job), 0);
    done(&d);
}

static void utf16be_with_bom(void **state)
{
    (void)state;
    static const unsigned char in[] = {0xFE, 0xFF, 0x00, 0x48, 0x00, 0x69, 0x20, 0x22};
    decoded d = decode(in, sizeof in);
    assert_string_equal(d.s, "Hi\xE2\x80\xA2");
    assert_int_equal(mn_job_diag_count(d.job), 0);
    done(&d);
}

static void utf16_broken_units_replaced(void **state)
{
    (void)state;
    /* A lone high surrogate before 'A', then an odd last byte. */
    static const unsigned char in[] = {0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00, 0x42};
    decoded d = decode(in, sizeof in);
    assert_string_equal(d.s, "\xEF\xBF\xBD" "A\xEF\xBF\xBD");
    assert_int_equal(tt_diags(d.job, MN_WARNING, "UTF-16LE"), 1);
    assert_int_equal(mn_job_diag_count(d.job), 1);
    done(&d);
}

static void windows1252_fallback_one_warning(void **state)
{
    (void)state;
    const char *in = "caf\xE9\n\x93quoted\x94 \x80 5\n\x96 item \x81";
    decoded d = decode(in, strlen(in));
    assert_string_equal(d.s, "caf\xC3\xA9\n\xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x82\xAC 5\n"
                             "\xE2\x80\x93 item \xEF\xBF\xBD");
    assert_int_equal(mn_job_diag_count(d.job), 1);
    const mn_diag *w = mn_job_diag(d.job, 0);
    assert_int_equal(w->severity, MN_WARNING);
    assert_non_null(strstr(w->message, "Windows-1252"));
    assert_non_null(strstr(w->message, "6 bytes"));
    assert_int_equal(w->line, 1);
    done(&d);
}

static void stray_byte_keeps_utf8(void **state)
{
    (void)state;
    /* One bad byte on line 3 must not turn the valid UTF-8 into mojibake. */
    const char *in = "\xE2\x86\x92 one\ntwo\nbad \xFF here \xC3\xA9";
    decoded d = decode(in, strlen(in));
    assert_string_equal(d.s, "\xE2\x86\x92 one\ntwo\nbad \xC3\xBF here \xC3\xA9");
    assert_int_equal(tt_diags(d.job, MN_WARNING, "Windows-1252"), 1);
    assert_int_equal(mn_job_diag(d.job, 0)->line, 3);
    done(&d);
}

static void overlong_and_surrogate_utf8_rejected(void **state)
{
    (void)state;
    /* C0 80 is an overlong NUL, ED A0 80 an encoded surrogate: both are
     * invalid UTF-8, read as Windows-1252 bytes. */
    decoded d = decode("a\xC0\x80" "b\xED\xA0\x80", 7);
    assert_string_equal(d.s, "a\xC3\x80\xE2\x82\xAC" "b\xC3\xAD\xC2\xA0\xE2\x82\xAC");
    assert_int_equal(tt_diags(d.job, MN_WARNING, "Windows-1252"), 1);
    done(&d);
}

static void nul_dropped_with_warning(void **state)
{
    (void)state;
    decoded d = decode("a\0b\0\0c", 6);
    assert_string_equal(d.s, "abc");
    assert_int_equal(d.len, 3);
    assert_int_equal(tt_diags(d.job, MN_WARNING, "3 NUL characters dropped"), 1);
    done(&d);
}

static void ctrl_z_at_end_dropped(void **state)
{
    (void)state;
    decoded d = decode("text\r\n\x1A", 7);
    assert_string_equal(d.s, "text\r\n");
    done(&d);
}

static void empty_input(void **state)
{
    (void)state;
    decoded d = decode("", 0);
    assert_string_equal(d.s, "");
    done(&d);
}

/* ---- line ends, through the whole reader ----------------------------------- */

static void check_three_paragraphs(const char *in, size_t len)
{
    tt_read r = tt_read_bytes(in, len);
    assert_int_equal(r.rc, 0);
    tt_assert_num(r.doc, "count(/m:minutes/m:body/m:p)", 3);
    tt_assert_str(r.doc, "/m:minutes/m:body/m:p[1]", "One");
    tt_assert_str(r.doc, "/m:minutes/m:body/m:p[2]", "Two");
    tt_assert_str(r.doc, "/m:minutes/m:body/m:p[3]", "Three");
    /* Source lines count every line end once. */
    xmlNodePtr p3 = mn_next(mn_next(mn_child(mn_body(r.doc), "p"), "p"), "p");
    assert_int_equal(xmlGetLineNo(p3), 5);
    tt_assert_num(r.doc, "count(//text()[contains(., '\r')])", 0);
    tt_free(&r);
}

static void line_ends_lf_crlf_cr(void **state)
{
    (void)state;
    check_three_paragraphs("One\n\nTwo\n\nThree\n", 16);
    check_three_paragraphs("One\r\n\r\nTwo\r\n\r\nThree\r\n", 21);
    check_three_paragraphs("One\r\rTwo\r\rThree", 15);
    check_three_paragraphs("One\r\n\nTwo\r\rThree", 16);
}

static void line_numbers_with_cr_only(void **state)
{
    (void)state;
    tt_read r = tt_read_str("One\r\rTwo\r\r\rThree");
    assert_int_equal(r.rc, 0);
    xmlNodePtr p = mn_child(mn_body(r.doc), "p");
    assert_int_equal(xmlGetLineNo(p), 1);
    assert_int_equal(xmlGetLineNo(mn_next(p, "p")), 3);
    assert_int_equal(xmlGetLineNo(mn_next(mn_next(p, "p"), "p")), 6);
    tt_free(&r);
}

static void utf16_document_reads_like_utf8(void **state)
{
    (void)state;
    const char *utf8 = "IGF \xE2\x86\x92 MAG\r\n\r\n- one\r\n - two\r\n";
    /* Encode as UTF-16BE with BOM (all BMP). */
    unsigned char in[128];
    size_t n = 0;
    in[n++] = 0xFE;
    in[n++] = 0xFF;
    for (const unsigned char *p = (const unsigned char *)utf8; *p;) {
        unsigned cp = *p++;
        if (cp >= 0xE0) {
            cp = (cp & 0x0F) << 12 | (p[0] & 0x3F) << 6 | (p[1] & 0x3F);
            p += 2;
        }
        in[n++] = (unsigned char)(cp >> 8);
        in[n++] = (unsigned char)cp;
    }
    tt_read r = tt_read_bytes(in, n);
    assert_int_equal(r.rc, 0);
    tt_assert_str(r.doc, "/m:minutes/m:body/m:p", "IGF \xE2\x86\x92 MAG");
    tt_assert_str(r.doc, "/m:minutes/m:body/m:list/m:item/text()", "one");
    tt_assert_str(r.doc, "/m:minutes/m:body/m:list/m:item/m:list/m:item", "two");
    assert_int_equal(mn_job_diag_count(r.job), 0);
    tt_free(&r);
}

static void windows1252_document_warns_once(void **state)
{
    (void)state;
    tt_read r = tt_read_str("Caf\xE9 meeting\n\n\x95 Na\xEFve item\n\x95 Second \x93item\x94\n");
    assert_int_equal(r.rc, 0);
    tt_assert_str(r.doc, "/m:minutes/m:body/m:p", "Caf\xC3\xA9 meeting");
    /* 0x95 is the Windows-1252 bullet: it becomes a list. */
    tt_assert_num(r.doc, "count(/m:minutes/m:body/m:list/m:item)", 2);
    tt_assert_str(r.doc, "/m:minutes/m:body/m:list/m:item[2]",
                  "Second \xE2\x80\x9Citem\xE2\x80\x9D");
    assert_int_equal(tt_diags(r.job, MN_WARNING, NULL), 1);
    tt_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(utf8_as_is),
        cmocka_unit_test(utf8_bom_dropped),
        cmocka_unit_test(utf16le_with_bom),
        cmocka_unit_test(utf16be_with_bom),
        cmocka_unit_test(utf16_broken_units_replaced),
        cmocka_unit_test(windows1252_fallback_one_warning),
        cmocka_unit_test(stray_byte_keeps_utf8),
        cmocka_unit_test(overlong_and_surrogate_utf8_rejected),
        cmocka_unit_test(nul_dropped_with_warning),
        cmocka_unit_test(ctrl_z_at_end_dropped),
        cmocka_unit_test(empty_input),
        cmocka_unit_test(line_ends_lf_crlf_cr),
        cmocka_unit_test(line_numbers_with_cr_only),
        cmocka_unit_test(utf16_document_reads_like_utf8),
        cmocka_unit_test(windows1252_document_warns_once),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
