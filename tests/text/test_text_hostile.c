/* SPDX-License-Identifier: MIT */
/* test_text_hostile.c — what the plain-text reader does with input that is
 * not nice text: it never crashes, and the tree it leaves serialises to XML
 * that parses again. */
#include <ctype.h>
#include <dirent.h>
#include <time.h>

#include <libxml/parser.h>

#include "text_test.h"

/* Serialises the tree and parses it back. */
static void assert_reparses(xmlDocPtr doc)
{
    xmlChar *xml = NULL;
    int size = 0;
    xmlDocDumpMemory(doc, &xml, &size);
    assert_non_null(xml);
    xmlDocPtr again = xmlReadMemory((const char *)xml, size, "again.xml", NULL, XML_PARSE_NONET);
    if (!again)
        fail_msg("the tree does not parse again");
    xmlFreeDoc(again);
    xmlFree(xml);
}

static unsigned char next_byte(unsigned long *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return (unsigned char)(*s >> 24);
}

static void random_bytes_never_crash(void **state)
{
    (void)state;
    unsigned long seed = 0x2545F4914F6CDD1Dul;
    static unsigned char buf[65536];
    for (int run = 0; run < 300; run++) {
        size_t n = (size_t)run * 211 % sizeof buf + 1;
        for (size_t i = 0; i < n; i++)
            buf[i] = next_byte(&seed);
        /* Bias some runs towards the reader's own syntax. */
        for (size_t i = 0; run % 3 == 0 && i < n; i++)
            buf[i] = (unsigned char)"-*\t\n\r 1.()[]\\\xE2\x86\x92 ax"[buf[i] % 20];
        tt_read r = tt_read_bytes(buf, n);
        assert_true(r.rc == 0 || r.rc == MN_EX_DATAERR);
        if (r.rc)
            assert_true(tt_diags(r.job, MN_ERROR, NULL) > 0);
        assert_reparses(r.doc);
        tt_free(&r);
    }
}

static void invalid_utf8_and_controls_are_replaced_with_warnings(void **state)
{
    (void)state;
    tt_read r = tt_read_str("Title \xFF\xFE\xC0\n\nbell \x07 and \x01 here\n");
    assert_int_equal(r.rc, 0);
    tt_assert_str(r.doc, "/m:minutes/m:body/m:p[1]", "Title \xC3\xBF\xC3\xBE\xC3\x80");
    xmlChar *all = xmlNodeGetContent(mn_body(r.doc));
    assert_null(strchr((const char *)all, '\x07'));
    assert_null(strchr((const char *)all, '\x01'));
    xmlFree(all);
    assert_int_equal(tt_diags(r.job, MN_WARNING, "Windows-1252"), 1);
    assert_true(tt_diags(r.job, MN_WARNING, NULL) >= 2);
    assert_reparses(r.doc);
    tt_free(&r);
}

static void nul_bytes_do_not_cut_the_text(void **state)
{
    (void)state;
    static const char in[] = "First\0 line\n\n- item\0 two\n";
    tt_read r = tt_read_bytes(in, sizeof in - 1);
    assert_int_equal(r.rc, 0);
    tt_assert_str(r.doc, "/m:minutes/m:body/m:p", "First line");
    tt_assert_str(r.doc, "//m:item", "item two");
    assert_int_equal(tt_diags(r.job, MN_WARNING, "NUL"), 1);
    tt_free(&r);
}

/* Markers followed by white space only (found by fuzzing: the body offset
 * once lay past the trimmed end of the line). */
static void markers_without_text(void **state)
{
    (void)state;
    tt_read r = tt_read_str("- \f\f\f\t\t\t\n- x\n1. \t\f\n2. \v\n\xE2\x80\xA2\t \n");
    assert_int_equal(r.rc, 0);
    /* The trailing TABs make rows of them; only "- x" is an item. */
    tt_assert_num(r.doc, "count(//m:item)", 1);
    tt_assert_str(r.doc, "//m:item", "x");
    tt_assert_str(r.doc, "/m:minutes/m:body/m:table[1]/m:row/m:cell[1]", "-");
    tt_assert_str(r.doc, "/m:minutes/m:body/m:p", "2.");
    assert_reparses(r.doc);
    tt_free(&r);
}

static void big_inputs_are_linear(void **state)
{
    (void)state;
    /* 200,000 lines alternating numbered lines and blank lines, then one
     * 4 MB line: seconds at most. */
    size_t n = 200000, len = 0;
    char *s = malloc(n * 16 + (4u << 20) + 1);
    assert_non_null(s);
    for (size_t i = 0; i < n; i++)
        len += (size_t)sprintf(s + len, i % 2 ? "\n" : "%zu. item\n", (i / 2) % 999 + 1);
    memset(s + len, 'w', 4u << 20);
    len += 4u << 20;
    clock_t t0 = clock();
    tt_read r = tt_read_bytes(s, len);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    assert_int_equal(r.rc, 0);
    tt_free(&r);
    free(s);
    /* Bounded by the CTest timeout, not by an assertion on time. */
    printf("big inputs: %.2f s\n", secs);
}

static size_t alnum_in(const xmlChar *s)
{
    size_t n = 0;
    for (; s && *s; s++)
        n += isalnum(*s) != 0;
    return n;
}

/* Letters and digits in the text and the n and href attributes below node. */
static size_t alnum_below(xmlNodePtr node)
{
    size_t n = 0;
    for (xmlNodePtr c = node->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE) {
            n += alnum_in(c->content);
        } else if (c->type == XML_ELEMENT_NODE) {
            for (xmlAttrPtr a = c->properties; a; a = a->next)
                if (xmlStrEqual(a->name, BAD_CAST "n") || xmlStrEqual(a->name, BAD_CAST "href"))
                    n += alnum_in(a->children ? a->children->content : NULL);
            n += alnum_below(c);
        }
    }
    return n;
}

/* Other projects' documents as plain text (pandoc's reading of their DOCX
 * test files): every one reads, and its words survive.  Skipped when the
 * shared corpus is not there. */
static void peer_corpus_reads(void **state)
{
    (void)state;
    const char *dir = MN_TEST_SOURCE_DIR "/../shared/corpus/peer-text/pandoc";
    DIR *d = opendir(dir);
    if (!d) {
        skip();
        return;
    }
    size_t files = 0;
    for (struct dirent *e; (e = readdir(d));) {
        if (e->d_name[0] == '.')
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        FILE *f = fopen(path, "rb");
        if (!f)
            continue;
        static char buf[1 << 20];
        size_t n = fread(buf, 1, sizeof buf, f);
        fclose(f);
        tt_read r = tt_read_bytes(buf, n);
        int blank = 1;
        for (size_t i = 0; i < n && blank; i++)
            blank = strchr(" \t\r\n", buf[i]) != NULL;
        assert_int_equal(r.rc, blank ? MN_EX_DATAERR : 0);
        assert_reparses(r.doc);
        /* Every letter and digit of the input is somewhere in the tree
         * (item labels are in @n), give or take a few escapes. */
        if (!blank) {
            size_t in_alnum = 0, out_alnum = alnum_below(mn_body(r.doc));
            for (size_t i = 0; i < n; i++)
                in_alnum += isalnum((unsigned char)buf[i]) != 0;
            if (out_alnum * 100 < in_alnum * 98)
                fail_msg("%s: %zu of %zu letters and digits kept", e->d_name, out_alnum, in_alnum);
        }
        tt_free(&r);
        files++;
    }
    closedir(d);
    assert_true(files > 0);
}

int main(void)
{
    xmlInitParser();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(random_bytes_never_crash),
        cmocka_unit_test(invalid_utf8_and_controls_are_replaced_with_warnings),
        cmocka_unit_test(nul_bytes_do_not_cut_the_text),
        cmocka_unit_test(markers_without_text),
        cmocka_unit_test(big_inputs_are_linear),
        cmocka_unit_test(peer_corpus_reads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
