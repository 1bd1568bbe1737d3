/* SPDX-License-Identifier: MIT */
/* SHA-256, UTF-8 cleaning, size parsing and the safe XML parser. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input.h"
#include "minutes/plugin.h"
#include "sha256.h"
#include "utf8.h"

static void test_sha256_vectors(void **state)
{
    (void)state;
    char hex[65];
    mn_sha256_hex("", 0, hex);
    assert_string_equal(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    mn_sha256_hex("abc", 3, hex);
    assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    mn_sha256_hex(two, strlen(two), hex);
    assert_string_equal(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    char million[1000];
    memset(million, 'a', sizeof million);
    mn_sha256_hex(million, 1000, hex); /* crosses many blocks, padding in a second block */
    assert_string_equal(hex, "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
}

static void test_utf8_clean(void **state)
{
    (void)state;
    int changed = 0;
    char *s = mn_utf8_clean("caf\xC3\xA9 \xE2\x86\x92", 9, &changed);
    assert_string_equal(s, "caf\xC3\xA9 \xE2\x86\x92");
    assert_int_equal(changed, 0);
    free(s);
    /* overlong, surrogate, truncated, U+FFFE, NUL */
    s = mn_utf8_clean("\xC0\xAF|\xED\xA0\x80|\xE2\x86|\xEF\xBF\xBE|\0|", 16, &changed);
    assert_int_equal(changed, 1);
    assert_null(strchr(s, '\xC0'));
    assert_null(strstr(s, "\xEF\xBF\xBE"));
    free(s);
    changed = 0;
    s = mn_utf8_clean("a\xEF\xB7\x90" "b\xF4\x8F\xBF\xBF" "c", 10, &changed); /* U+FDD0, U+10FFFF */
    assert_string_equal(s, "abc");
    assert_int_equal(changed, 1);
    free(s);
    changed = 0;
    s = mn_utf8_clean("a\tb\r\nc", 6, &changed);
    assert_string_equal(s, "a\tb\nc");
    assert_int_equal(changed, 0);
    free(s);
}

static void test_utf8_encode(void **state)
{
    (void)state;
    char out[4];
    assert_int_equal(mn_utf8_encode('A', out), 1);
    assert_memory_equal(out, "A", 1);
    assert_int_equal(mn_utf8_encode(0xE9, out), 2);
    assert_memory_equal(out, "\xC3\xA9", 2);
    assert_int_equal(mn_utf8_encode(0x2192, out), 3); /* the actions' arrow */
    assert_memory_equal(out, "\xE2\x86\x92", 3);
    assert_int_equal(mn_utf8_encode(0x1F600, out), 4);
    assert_memory_equal(out, "\xF0\x9F\x98\x80", 4);
    /* NUL, a surrogate, past U+10FFFF: U+FFFD */
    unsigned long bad[] = {0, 0xD800, 0x110000};
    for (size_t i = 0; i < 3; i++) {
        assert_int_equal(mn_utf8_encode(bad[i], out), 3);
        assert_memory_equal(out, "\xEF\xBF\xBD", 3);
    }
}

static void test_parse_size(void **state)
{
    (void)state;
    assert_int_equal(mn_parse_size("1000"), 1000);
    assert_int_equal(mn_parse_size("64k"), 65536);
    assert_int_equal(mn_parse_size("2M"), 2 << 20);
    assert_int_equal(mn_parse_size("2X"), 0);
    assert_int_equal(mn_parse_size(""), 0);
}

static void test_safe_xml_refuses_doctype_and_entities(void **state)
{
    (void)state;
    mn_job *job = mn_job_new(NULL, "t");
    const char *xxe = "<?xml version='1.0'?><!DOCTYPE r [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><r>&x;</r>";
    assert_null(mn_xml_parse_safe(job, "part", xxe, strlen(xxe)));
    assert_int_equal(mn_job_status(job), MN_EX_DATAERR);
    assert_non_null(strstr(mn_job_diag(job, 0)->message, "part"));
    mn_job_free(job);

    job = mn_job_new(NULL, "t");
    assert_null(mn_xml_parse_safe(job, "bad", "<r><a></r>", 10));
    assert_int_equal(mn_job_status(job), MN_EX_DATAERR);
    mn_job_free(job);

    job = mn_job_new(NULL, "t");
    struct _xmlDoc *doc = mn_xml_parse_safe(job, "ok", "<r>a</r>", 8);
    assert_non_null(doc);
    assert_int_equal(mn_job_status(job), 0);
    xmlFreeDoc(doc);
    mn_job_free(job);
}

static void test_safe_xml_depth_limit(void **state)
{
    (void)state;
    size_t depth = 300, n = 0;
    char *s = malloc(depth * 7 + 1);
    for (size_t i = 0; i < depth; i++)
        n += (size_t)sprintf(s + n, "<a>");
    for (size_t i = 0; i < depth; i++)
        n += (size_t)sprintf(s + n, "</a>");
    mn_job *job = mn_job_new(NULL, "t");
    assert_null(mn_xml_parse_safe(job, "deep", s, n));
    assert_int_equal(mn_job_status(job), MN_EX_DATAERR);
    mn_job_free(job);
    free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sha256_vectors),
        cmocka_unit_test(test_utf8_clean),
        cmocka_unit_test(test_utf8_encode),
        cmocka_unit_test(test_parse_size),
        cmocka_unit_test(test_safe_xml_refuses_doctype_and_entities),
        cmocka_unit_test(test_safe_xml_depth_limit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
