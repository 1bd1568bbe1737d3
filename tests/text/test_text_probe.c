/* SPDX-License-Identifier: MIT */
/* test_text_probe.c — plain text is the fallback; binary data is not text. */
#include "text_test.h"

static int probe(const void *data, size_t size, const char *name, const char *type)
{
    mn_probe p = {.data = data, .size = size, .filename = name, .media_type = type};
    return mn_text_probe(&p);
}

#define PROBE_STR(s, name, type) probe((s), strlen(s), (name), (type))

static void text_is_the_fallback(void **state)
{
    (void)state;
    const char *t = "IGF 2025 MAG Meeting XII\nAction items & next steps\n";
    assert_int_equal(PROBE_STR(t, NULL, NULL), MN_PROBE_FALLBACK);
    assert_int_equal(PROBE_STR(t, "minutes.md", NULL), MN_PROBE_FALLBACK);
    assert_int_equal(PROBE_STR(t, "minutes", "application/octet-stream"), MN_PROBE_FALLBACK);
}

static void extension_and_media_type(void **state)
{
    (void)state;
    const char *t = "Minutes\n";
    assert_int_equal(PROBE_STR(t, "igf-mag-xii.txt", NULL), MN_PROBE_EXTENSION);
    assert_int_equal(PROBE_STR(t, "dir.d/MINUTES.TXT", NULL), MN_PROBE_EXTENSION);
    assert_int_equal(PROBE_STR(t, "notes.text", NULL), MN_PROBE_EXTENSION);
    assert_int_equal(PROBE_STR(t, "notes.txt.docx", NULL), MN_PROBE_FALLBACK);
    assert_int_equal(PROBE_STR(t, NULL, "text/plain"), MN_PROBE_MEDIA_TYPE);
    assert_int_equal(PROBE_STR(t, NULL, "text/plain; charset=utf-8"), MN_PROBE_MEDIA_TYPE);
    assert_int_equal(PROBE_STR(t, NULL, "text/plainish"), MN_PROBE_FALLBACK);
    assert_true(MN_PROBE_MEDIA_TYPE < MN_PROBE_MAX);
}

static void encodings_are_text(void **state)
{
    (void)state;
    static const unsigned char le[] = {0xFF, 0xFE, 'H', 0, 'i', 0, '\n', 0};
    static const unsigned char be[] = {0xFE, 0xFF, 0, 'H', 0, 'i'};
    assert_int_equal(probe(le, sizeof le, "a.txt", NULL), MN_PROBE_EXTENSION);
    assert_int_equal(probe(be, sizeof be, NULL, NULL), MN_PROBE_FALLBACK);
    const char *cp1252 = "Caf\xE9 \x93meeting\x94 \x96 na\xEFve r\xE9sum\xE9\n";
    assert_int_equal(PROBE_STR(cp1252, NULL, NULL), MN_PROBE_FALLBACK);
    const char *bom = "\xEF\xBB\xBFTitle\n";
    assert_int_equal(PROBE_STR(bom, NULL, NULL), MN_PROBE_FALLBACK);
    /* A stray control character does not make text binary. */
    assert_int_equal(PROBE_STR("Some text \x01 with a stray control\n", NULL, NULL),
                     MN_PROBE_FALLBACK);
    /* The probe window may cut a UTF-8 sequence at its end. */
    assert_int_equal(probe("caf\xC3", 4, NULL, NULL), MN_PROBE_FALLBACK);
}

static void empty_input_goes_to_the_reader(void **state)
{
    (void)state;
    /* The reader then says the input is empty, which is clearer than
     * "unknown format". */
    assert_int_equal(probe(NULL, 0, "empty.txt", NULL), MN_PROBE_EXTENSION);
    assert_int_equal(probe("", 0, NULL, NULL), MN_PROBE_FALLBACK);
}

static void binary_is_not_text(void **state)
{
    (void)state;
    static const unsigned char nul[] = {'a', 'b', 0, 'c', '\n'};
    assert_int_equal(probe(nul, sizeof nul, "x.txt", "text/plain"), MN_PROBE_NONE);
    static const unsigned char utf16_no_bom[] = {'H', 0, 'i', 0};
    assert_int_equal(probe(utf16_no_bom, sizeof utf16_no_bom, NULL, NULL), MN_PROBE_NONE);
    static const char *const magic[] = {
        "PK\x03\x04\x14\x00\x06\x00", "%PDF-1.7\n%...", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest",
        "\x1F\x8B\x08 gz", "\x89PNG\r\n\x1A\n", "\xFF\xFE\x00\x00H\x00\x00\x00",
    };
    static const size_t sizes[] = {8, 13, 12, 7, 8, 8};
    for (size_t i = 0; i < sizeof magic / sizeof *magic; i++)
        assert_int_equal(probe(magic[i], sizes[i], "looks.txt", "text/plain"), MN_PROBE_NONE);
}

/* xorshift: the same "random" bytes on every run. */
static unsigned char next_byte(unsigned long *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return (unsigned char)(*s >> 24);
}

static void random_bytes_are_not_text(void **state)
{
    (void)state;
    unsigned long seed = 0x9E3779B97F4A7C15ul;
    unsigned char buf[4096];
    int text = 0;
    for (int run = 0; run < 200; run++) {
        size_t n = 16 + (size_t)run * 20;
        for (size_t i = 0; i < n; i++)
            buf[i] = next_byte(&seed);
        if (buf[0] == 0xFF || buf[0] == 0xFE)
            buf[0] = 'x'; /* a UTF-16 BOM is text by definition */
        text += probe(buf, n, NULL, NULL) != MN_PROBE_NONE;
    }
    assert_int_equal(text, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(text_is_the_fallback),
        cmocka_unit_test(extension_and_media_type),
        cmocka_unit_test(encodings_are_text),
        cmocka_unit_test(empty_input_goes_to_the_reader),
        cmocka_unit_test(binary_is_not_text),
        cmocka_unit_test(random_bytes_are_not_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
