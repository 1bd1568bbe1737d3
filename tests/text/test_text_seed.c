/* SPDX-License-Identifier: MIT */
/* test_text_seed.c — the generic tree of the real minutes
 * (samples/igf-mag-xii.txt), and the same minutes in other encodings and
 * line ends giving the same tree. */
#include "text_test.h"

#define BODY "/m:minutes/m:body"

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    char *s = NULL;
    size_t cap = 0;
    *len = 0;
    for (;;) {
        if (*len + 4096 > cap) {
            cap = cap ? cap * 2 : 65536;
            s = realloc(s, cap);
            assert_non_null(s);
        }
        size_t n = fread(s + *len, 1, cap - *len, f);
        if (n == 0)
            break;
        *len += n;
    }
    fclose(f);
    return s;
}

static char *seed(size_t *len)
{
    return slurp(MN_TEST_SOURCE_DIR "/samples/igf-mag-xii.txt", len);
}

static void front_lines(void **state)
{
    (void)state;
    size_t len;
    char *s = seed(&len);
    tt_read r = tt_read_bytes(s, len);
    assert_int_equal(r.rc, 0);
    assert_int_equal(mn_job_diag_count(r.job), 0);
    tt_assert_str(r.doc, BODY "/*[1][self::m:p]", "IGF 2025 MAG Meeting XII");
    tt_assert_str(r.doc, BODY "/*[2][self::m:p]", "Action items & next steps");
    tt_assert_str(r.doc, BODY "/*[3][self::m:p]", "18 November 2025 | 11:00 UTC | Online");
    assert_int_equal(xmlGetLineNo(mn_child(mn_body(r.doc), "p")), 3);
    tt_free(&r);
    free(s);
}

static void sections_and_lists(void **state)
{
    (void)state;
    size_t len;
    char *s = seed(&len);
    tt_read r = tt_read_bytes(s, len);
    assert_int_equal(r.rc, 0);
    /* The five numbered section lines stand alone: paragraphs as written. */
    tt_assert_num(r.doc, "count(" BODY "/m:p[starts-with(., '1. ') or starts-with(., '2. ') or "
                         "starts-with(., '3. ') or starts-with(., '4. ') or starts-with(., '5. ')])", 5);
    tt_assert_str(r.doc, BODY "/m:p[4]", "1. Updates from the Secretariat");
    /* Section 4's four unnumbered sub-headings are paragraphs too. */
    tt_assert_num(r.doc, "count(" BODY "/m:p[.='Working Group on Strategy (WG-Strategy)' or "
                         ".='IGF Intersessional work' or .='Dynamic Coalitions (DCs)' or "
                         ".='National and Regional IGF Initiatives (NRIs)'])", 4);
    /* Bullet lists: 1 (5 items, 4 sub-items), 2 (4), 3 (2), 4 (1, 4, 2, 2), 5 (1);
     * the agenda is the only ordered list. */
    tt_assert_num(r.doc, "count(" BODY "/m:list[not(@ordered)])", 8);
    tt_assert_num(r.doc, "count(" BODY "/m:list[not(@ordered)]/m:item)", 21);
    tt_assert_num(r.doc, "count(" BODY "/m:list/m:item/m:list/m:item)", 4);
    tt_assert_num(r.doc, "count(" BODY "/m:list[@ordered='1'])", 1);
    tt_assert_num(r.doc, "count(" BODY "/m:list[@ordered='1']/m:item)", 6);
    tt_assert_str(r.doc, BODY "/m:list[@ordered='1']/m:item[6]/@n", "6.");
    tt_assert_str(r.doc, BODY "/m:list[@ordered='1']/m:item[6]", "Any Other Business");
    tt_assert_str(r.doc, BODY "/m:list[@ordered='1']/preceding-sibling::*[1]",
                  "Annex 1: Meeting Agenda");
    /* Five arrow lines, each a paragraph starting with the arrow. */
    tt_assert_num(r.doc, "count(" BODY "/m:p[starts-with(., '\xE2\x86\x92 ')])", 5);
    tt_assert_num(r.doc, "count(//m:br)", 0);
    tt_assert_all_lined(r.doc);
    tt_free(&r);
    free(s);
}

static void links_and_escapes(void **state)
{
    (void)state;
    size_t len;
    char *s = seed(&len);
    tt_read r = tt_read_bytes(s, len);
    tt_assert_num(r.doc, "count(//m:link)", 9);
    tt_assert_num(r.doc, "count(//m:link[@href='#'])", 9);
    tt_assert_num(r.doc, "count(//text()[contains(., '](') or contains(., '\\(')])", 0);
    tt_assert_str(r.doc, "(//m:link)[2]", "Wednesday 19 November (04:00 UTC)");
    tt_free(&r);
    free(s);
}

static void participants_table(void **state)
{
    (void)state;
    size_t len;
    char *s = seed(&len);
    tt_read r = tt_read_bytes(s, len);
    /* One table despite the three blank lines before its last rows: 7 role
     * rows (a trailing TAB, so an empty second cell) and 33 people. */
    tt_assert_num(r.doc, "count(" BODY "/m:table)", 1);
    tt_assert_str(r.doc, BODY "/m:table/preceding-sibling::*[1]", "Annex 2: List of Participants");
    tt_assert_num(r.doc, "count(" BODY "/m:table/m:row)", 40);
    tt_assert_num(r.doc, "count(" BODY "/m:table/m:row[count(m:cell)=2])", 40);
    tt_assert_num(r.doc, "count(" BODY "/m:table/m:row[m:cell[2]=''])", 7);
    tt_assert_num(r.doc, "count(" BODY "/m:table/m:row[m:cell[2]!=''])", 33);
    tt_assert_str(r.doc, BODY "/m:table/m:row[4]/m:cell[1]", "Astbink");
    tt_assert_str(r.doc, BODY "/m:table/m:row[5]/m:cell[1]", "Bou Harb");
    tt_assert_str(r.doc, BODY "/m:table/m:row[last()]/m:cell[2]", "Eleonora");
    /* The table is the last block. */
    tt_assert_num(r.doc, "count(" BODY "/m:table/following-sibling::*)", 0);
    tt_free(&r);
    free(s);
}

/* The seed with CRLF, with CR only, with a BOM, in UTF-16LE/BE: same tree. */
static xmlChar *dump_body(const void *data, size_t len)
{
    tt_read r = tt_read_bytes(data, len);
    assert_int_equal(r.rc, 0);
    assert_int_equal(mn_job_diag_count(r.job), 0);
    xmlBufferPtr buf = xmlBufferCreate();
    xmlNodeDump(buf, r.doc, mn_body(r.doc), 0, 0);
    xmlChar *out = xmlStrdup(xmlBufferContent(buf));
    xmlBufferFree(buf);
    tt_free(&r);
    return out;
}

static char *recode(const char *s, size_t len, const char *eol, int utf16, size_t *out_len)
{
    char *out = malloc(len * 4 + 8);
    size_t n = 0;
    assert_non_null(out);
    if (utf16 == 1)
        n += (memcpy(out, "\xFF\xFE", 2), 2);
    else if (utf16 == 2)
        n += (memcpy(out, "\xFE\xFF", 2), 2);
    else
        n += (memcpy(out, "\xEF\xBB\xBF", 3), 3);
    for (size_t i = 0; i < len;) {
        unsigned cp = (unsigned char)s[i];
        size_t k = cp < 0x80 ? 1 : cp < 0xE0 ? 2 : 3; /* the seed is all BMP */
        if (k == 2)
            cp = (cp & 0x1F) << 6 | (s[i + 1] & 0x3F);
        else if (k == 3)
            cp = (cp & 0x0F) << 12 | (s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F);
        const char *piece = cp == '\n' ? eol : NULL;
        for (size_t j = 0; piece ? piece[j] : j < 1; j++) {
            unsigned c = piece ? (unsigned char)piece[j] : cp;
            if (utf16 == 1) {
                out[n++] = (char)(c & 0xFF);
                out[n++] = (char)(c >> 8);
            } else if (utf16 == 2) {
                out[n++] = (char)(c >> 8);
                out[n++] = (char)(c & 0xFF);
            } else if (piece) {
                out[n++] = (char)c;
            } else {
                memcpy(out + n, s + i, k);
                n += k;
            }
        }
        i += k;
    }
    *out_len = n;
    return out;
}

static void same_tree_in_every_encoding(void **state)
{
    (void)state;
    size_t len;
    char *s = seed(&len);
    xmlChar *want = dump_body(s, len);
    static const struct { const char *eol; int utf16; } forms[] = {
        {"\r\n", 0}, {"\r", 0}, {"\n", 1}, {"\r\n", 1}, {"\n", 2}, {"\r", 2},
    };
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
        size_t n;
        char *in = recode(s, len, forms[i].eol, forms[i].utf16, &n);
        xmlChar *got = dump_body(in, n);
        if (!xmlStrEqual(got, want))
            fail_msg("form %zu gives another tree", i);
        xmlFree(got);
        free(in);
    }
    xmlFree(want);
    free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(front_lines),
        cmocka_unit_test(sections_and_lists),
        cmocka_unit_test(links_and_escapes),
        cmocka_unit_test(participants_table),
        cmocka_unit_test(same_tree_in_every_encoding),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
