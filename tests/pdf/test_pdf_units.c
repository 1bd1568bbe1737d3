/* SPDX-License-Identifier: MIT */
/* The PDF writer's modules on their own: the one-time set-up, date
 * formatting, column widths, attribute quoting, the document walk, and the
 * pagination rules checked on hand-made flows (keep with next, orphans and
 * widows, footnote room, table heads, kept boxes carried to the next page). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <cairo-pdf.h>
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pdf.h"

/* ---- One-time set-up ------------------------------------------------------------ */

static int threads(void)
{
    DIR *d = opendir("/proc/self/task");
    int n = 0;
    for (struct dirent *e; d && (e = readdir(d));)
        n += e->d_name[0] != '.';
    if (d)
        closedir(d);
    return n;
}

static long unknown_glyphs(PangoContext *ctx, const char *text)
{
    PangoLayout *l = pango_layout_new(ctx);
    pango_layout_set_font_description(l, pdf_font_description(PDF_F_BODY));
    pango_layout_set_text(l, text, -1);
    long n = pango_layout_get_unknown_glyphs_count(l);
    g_object_unref(l);
    return n;
}

/* Idempotent, and no thread of Pango's left behind for a fork to lose. */
static void test_prepare(void **state)
{
    (void)state;
    assert_int_equal(pdf_prepare(), 0);
    assert_int_equal(pdf_prepare(), 0);
    assert_int_equal(threads(), 1);
    PangoContext *ctx = pdf_fonts_context(0);
    assert_non_null(ctx);
    assert_ptr_equal(ctx, pdf_fonts_context(0));
    /* With Debian's DejaVu files the writer's own configuration is the one
     * used, and it has the handout's fonts (Greek, Cyrillic, arrows). */
    if (access("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", R_OK) == 0 &&
        access("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", R_OK) == 0) {
        assert_true(pdf_fonts_private());
        assert_ptr_not_equal(pdf_fonts_context(1), ctx);
    }
    assert_int_equal(unknown_glyphs(ctx, "Ζωή Иван Nguyễn → café"), 0);
    if (access("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", R_OK) == 0)
        assert_int_equal(unknown_glyphs(ctx, "会议纪要 日本"), 0);
    /* The system's configuration: whatever it lacks, the writer's lacks. */
    PangoContext *sys = pdf_fonts_context(1);
    assert_non_null(sys);
    assert_true(unknown_glyphs(sys, "Ζωή → 日本") <= unknown_glyphs(ctx, "Ζωή → 日本"));
}

/* ---- Dates -------------------------------------------------------------------- */

static void test_format_date(void **state)
{
    (void)state;
    char buf[96];
    assert_int_equal(pdf_format_date(NULL, "2025-11-18", 0, 1, buf, sizeof buf), 0);
    assert_string_equal(buf, "Tuesday, 18 November 2025");
    pdf_format_date(NULL, "2025-12-01T14:00:00Z", 1, 1, buf, sizeof buf);
    assert_string_equal(buf, "Mon 1 Dec 2025, 14:00 UTC");
    pdf_format_date(NULL, "2024-02-29", 0, 0, buf, sizeof buf);
    assert_string_equal(buf, "29 February 2024");
    pdf_format_date(NULL, "2000-01-01T09:05:00+01:00", 1, 0, buf, sizeof buf);
    assert_string_equal(buf, "1 Jan 2000, 09:05 UTC+01:00");
    /* Not dates: returned as they are, and said so. */
    assert_int_equal(pdf_format_date(NULL, "2025-02-29", 0, 0, buf, sizeof buf), -1);
    assert_string_equal(buf, "2025-02-29");
    assert_int_equal(pdf_format_date(NULL, "next week", 0, 0, buf, sizeof buf), -1);
    assert_int_equal(pdf_format_date(NULL, "2025-13-01", 0, 0, buf, sizeof buf), -1);
    /* A small buffer truncates, never overflows. */
    char tiny[8];
    pdf_format_date(NULL, "2025-11-18", 0, 1, tiny, sizeof tiny);
    assert_int_equal(strlen(tiny), 7);
}

static void test_format_range(void **state)
{
    (void)state;
    char buf[96];
    pdf_format_range(NULL, "2025-12-15", "2025-12-17", buf, sizeof buf);
    assert_string_equal(buf, "15\xe2\x80\x93" "17 Dec 2025");
    pdf_format_range(NULL, "2025-11-28", "2025-12-02", buf, sizeof buf);
    assert_string_equal(buf, "28 Nov 2025 \xe2\x80\x93 2 Dec 2025");
    pdf_format_range(NULL, "2025-11-19T04:00:00Z", "2025-11-19T05:30:00Z", buf, sizeof buf);
    assert_string_equal(buf, "Wed 19 Nov 2025, 04:00\xe2\x80\x93" "05:30 UTC");
    pdf_format_range(NULL, "2025-12-01", "2025-12-31", buf, sizeof buf);
    assert_string_equal(buf, "December 2025");
    pdf_format_range(NULL, "2024-02-01", "2024-02-29", buf, sizeof buf);
    assert_string_equal(buf, "February 2024");
    pdf_format_range(NULL, "2025-02-01", "2025-02-27", buf, sizeof buf);
    assert_string_equal(buf, "1\xe2\x80\x93" "27 Feb 2025");
    pdf_format_range(NULL, "2025-11-19", NULL, buf, sizeof buf);
    assert_string_equal(buf, "Wed 19 Nov 2025");
    pdf_format_range(NULL, "2025-11-19", "2025-11-19", buf, sizeof buf);
    assert_string_equal(buf, "Wed 19 Nov 2025");
}

static void test_creation_date(void **state)
{
    (void)state;
    char buf[64];
    assert_int_equal(pdf_creation_date("1700000000", "2025-11-18", "11:00", buf, sizeof buf), 1);
    assert_string_equal(buf, "2023-11-14T22:13:20Z");
    assert_int_equal(pdf_creation_date(NULL, "2025-11-18", "11:00", buf, sizeof buf), 0);
    assert_string_equal(buf, "2025-11-18T11:00:00Z");
    assert_int_equal(pdf_creation_date("", "2025-11-18", NULL, buf, sizeof buf), 0);
    assert_string_equal(buf, "2025-11-18T00:00:00");
    assert_int_equal(pdf_creation_date("12abc", "2025-11-18", NULL, buf, sizeof buf), -1);
    assert_string_equal(buf, "2025-11-18T00:00:00");
    assert_int_equal(pdf_creation_date("-5", NULL, NULL, buf, sizeof buf), -1);
    assert_string_equal(buf, "");
    assert_int_equal(pdf_creation_date("99999999999999999999", NULL, NULL, buf, sizeof buf), -1);
    assert_int_equal(pdf_creation_date(NULL, "2025-11-18", "25:00", buf, sizeof buf), 0);
    assert_string_equal(buf, "2025-11-18T00:00:00");
}

/* ---- Tables, labels, attributes --------------------------------------------- */

static double sum(const double *v, size_t n)
{
    double s = 0;
    for (size_t i = 0; i < n; i++)
        s += v[i];
    return s;
}

static void test_table_widths(void **state)
{
    (void)state;
    double out[3];
    /* Room to spare: natural widths, the rest shared in proportion. */
    double nat[3] = {50, 100, 50}, min[3] = {20, 40, 20};
    pdf_table_widths(nat, min, 3, 400, out);
    assert_float_equal(sum(out, 3), 400, 1e-9);
    assert_float_equal(out[1], 2 * out[0], 1e-9);
    /* Tight: each column's longest word, and the rest by what it lacks. */
    double nat2[3] = {300, 300, 30}, min2[3] = {50, 100, 30};
    pdf_table_widths(nat2, min2, 3, 300, out);
    assert_float_equal(sum(out, 3), 300, 1e-9);
    assert_float_equal(out[2], 30, 1e-9);
    assert_true(out[1] > out[0] && out[0] >= 50);
    /* Not even the words fit: scaled down from them. */
    double min3[3] = {200, 200, 100};
    pdf_table_widths(min3, min3, 3, 250, out);
    assert_float_equal(sum(out, 3), 250, 1e-9);
    assert_float_equal(out[2], 50, 1e-9);
    /* Empty cells everywhere: equal shares. */
    double zero[3] = {0, 0, 0};
    pdf_table_widths(zero, zero, 3, 300, out);
    assert_float_equal(out[0], 100, 1e-9);
}

static void test_labels(void **state)
{
    (void)state;
    char buf[16];
    pdf_build_label("1", buf, sizeof buf);
    assert_string_equal(buf, "1.");
    pdf_build_label("1.", buf, sizeof buf);
    assert_string_equal(buf, "1.");
    pdf_build_label("4.1", buf, sizeof buf);
    assert_string_equal(buf, "4.1");
    pdf_build_label("a)", buf, sizeof buf);
    assert_string_equal(buf, "a)");
    pdf_build_label("IV", buf, sizeof buf);
    assert_string_equal(buf, "IV.");
}

static void test_attributes(void **state)
{
    (void)state;
    char *q = pdf_quote_attr("it's a \\ test", 0);
    assert_string_equal(q, "'it\\'s a \\\\ test'");
    free(q);
    q = pdf_quote_attr("https://example.org/caf\xc3\xa9 x?a='1'", 1);
    assert_string_equal(q, "'https://example.org/caf%C3%A9%20x?a=%271%27'");
    free(q);
    char n[32];
    pdf_fmt_num(n, sizeof n, 12.345);
    assert_string_equal(n, "12.35");
    pdf_fmt_num(n, sizeof n, -0.5);
    assert_string_equal(n, "-0.50");
    pdf_fmt_num(n, sizeof n, 700);
    assert_string_equal(n, "700.00");
}

/* ---- Pagination on hand-made flows ------------------------------------------- */

typedef struct fixture {
    pdf_style st;
    pdf_flow flow;
    pdf_pages pages;
    double line; /* height of one body line */
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    if (!f || pdf_style_init(&f->st, "a4", "en", 0) < 0)
        return -1;
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    pdf_pages_fini(&f->pages);
    pdf_flow_fini(&f->flow);
    pdf_style_fini(&f->st);
    free(f);
    return 0;
}

/* A box of LINES short lines of body text; returns its index. */
static size_t text_box(fixture *f, pdf_box *b, int lines)
{
    pdf_rich r;
    pdf_rich_init(&r);
    for (int i = 0; i < lines; i++)
        pdf_rich_add(&r, i ? "\nline" : "line", 0);
    b->x = f->st.left;
    b->w = pdf_body_width(&f->st);
    pdf_part *p = pdf_box_text(b, &f->st, PDF_F_BODY, &r, b->w, 0, 0, 0);
    assert_non_null(p);
    pdf_rich_fini(&r);
    b->h = pdf_part_height(p);
    if (lines == 1)
        f->line = b->h;
    return b->index;
}

/* A box with no text that leaves ROOM points at the foot of the first page. */
static void filler(fixture *f, double room)
{
    pdf_box *b = pdf_flow_add(&f->flow);
    b->x = f->st.left;
    b->w = 10;
    b->h = f->st.bottom - f->st.top - room;
    b->keep_together = 1;
}

static const pdf_slice *slice_of(const fixture *f, size_t box, int which)
{
    int seen = 0;
    for (size_t i = 0; i < f->pages.n; i++)
        if (f->pages.s[i].box == pdf_flow_box(&f->flow, box) &&
            f->pages.s[i].kind == PDF_S_FLOW &&
            seen++ == which)
            return &f->pages.s[i];
    return NULL;
}

static int slices(const fixture *f, size_t box)
{
    int n = 0;
    for (size_t i = 0; i < f->pages.n; i++)
        n += f->pages.s[i].box == pdf_flow_box(&f->flow, box) && f->pages.s[i].kind == PDF_S_FLOW;
    return n;
}

/* How many lines of box BOX's first part slice S holds. */
static int lines_in(const fixture *f, size_t box, const pdf_slice *s)
{
    PangoLayoutIter *it = pango_layout_get_iter(pdf_flow_box(&f->flow, box)->parts[0].layout);
    int n = 0;
    do {
        int y0, y1;
        pango_layout_iter_get_line_yrange(it, &y0, &y1);
        double top = y0 / (double)PANGO_SCALE;
        n += top >= s->c0 - 0.01 && top < s->c1 - 0.01;
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    return n;
}

static double line_height(fixture *f)
{
    pdf_flow probe = {0};
    pdf_flow saved = f->flow;
    f->flow = probe;
    text_box(f, pdf_flow_add(&f->flow), 1);
    pdf_flow_fini(&f->flow);
    f->flow = saved;
    return f->line;
}

static void test_heading_kept_with_next(void **state)
{
    fixture *f = *state;
    double line = line_height(f);
    /* Room for the heading but not for two lines after it. */
    filler(f, 2.5 * line);
    size_t h = text_box(f, pdf_flow_add(&f->flow), 1);
    pdf_flow_box(&f->flow, h)->keep_next = 1;
    size_t p = text_box(f, pdf_flow_add(&f->flow), 6);
    assert_int_equal(pdf_paginate(&f->st, &f->flow, &f->pages), 0);
    assert_int_equal(slice_of(f, h, 0)->page, 1);
    assert_int_equal(slice_of(f, p, 0)->page, 1);
}

static void test_heading_with_room_stays(void **state)
{
    fixture *f = *state;
    double line = line_height(f);
    filler(f, 3.5 * line);
    size_t h = text_box(f, pdf_flow_add(&f->flow), 1);
    pdf_flow_box(&f->flow, h)->keep_next = 1;
    size_t p = text_box(f, pdf_flow_add(&f->flow), 6);
    assert_int_equal(pdf_paginate(&f->st, &f->flow, &f->pages), 0);
    assert_int_equal(slice_of(f, h, 0)->page, 0);
    /* Two lines stay under it; four go over. */
    const pdf_slice *a = slice_of(f, p, 0), *b = slice_of(f, p, 1);
    assert_int_equal(a->page, 0);
    assert_int_equal(b->page, 1);
    assert_int_equal(lines_in(f, p, a), 2);
    assert_int_equal(lines_in(f, p, b), 4);
}

static void test_orphans_and_widows(void **state)
{
    fixture *f = *state;
    double line = line_height(f);
    /* One line and a half of room: a ten-line paragraph leaves no orphan,
     * it goes over whole. */
    filler(f, 1.5 * line);
    size_t p = text_box(f, pdf_flow_add(&f->flow), 10);
    assert_int_equal(pdf_paginate(&f->st, &f->flow, &f->pages), 0);
    assert_int_equal(slices(f, p), 1);
    assert_int_equal(slice_of(f, p, 0)->page, 1);
    pdf_pages_fini(&f->pages);
    pdf_flow_fini(&f->flow);
    /* Room for four lines and a half of a five-line one: it breaks after
     * its third line, so that two go over (no widow). */
    filler(f, 4.5 * line);
    p = text_box(f, pdf_flow_add(&f->flow), 5);
    assert_int_equal(pdf_paginate(&f->st, &f->flow, &f->pages), 0);
    assert_int_equal(slices(f, p), 2);
    assert_int_equal(lines_in(f, p, slice_of(f, p, 0)), 3);
    assert_int_equal(lines_in(f, p, slice_of(f, p, 1)), 2);
    assert_int_equal(slice_of(f, p, 1)->page, 1);
}

static void test_footnote_room(void **state)
{
    fixture *f = *state;
    double line = line_height(f);
    /* Room for a two-line paragraph but not for it and its note. */
    filler(f, 3 * line);
    size_t p = text_box(f, pdf_flow_add(&f->flow), 2);
    pdf_box *note = pdf_flow_add_note(&f->flow);
    pdf_rich r;
    pdf_rich_init(&r);
    pdf_rich_add(&r, "1\tnote\nnote\nnote", 0);
    pdf_part *np = pdf_box_text(note, &f->st, PDF_F_SMALL, &r, 200, 12, 0, 0);
    pdf_rich_fini(&r);
    note->x = f->st.left;
    note->h = pdf_part_height(np);
    pdf_box *pb = pdf_flow_box(&f->flow, p);
    assert_int_equal(pdf_notes_push(&pb->notes, &pb->nnotes, 0), 0);
    assert_int_equal(pdf_paginate(&f->st, &f->flow, &f->pages), 0);
    const pdf_slice *ps = slice_of(f, p, 0);
    assert_int_equal(ps->page, 1);
    const pdf_slice *ns = NULL;
    for (size_t i = 0; i < f->pages.n; i++)
        if (f->pages.s[i].kind == PDF_S_FOOTNOTE)
            ns = &f->pages.s[i];
    assert_non_null(ns);
    assert_int_equal(ns->page, 1);
    assert_true(ns->y + note->h <= f->st.bottom + 0.01);
    assert_true(ps->y + pdf_flow_box(&f->flow, p)->h <= f->pages.note_rule[1] + 0.01);
    assert_true(f->pages.note_rule[0] == 0);
}

static void test_table_head_repeats(void **state)
{
    fixture *f = *state;
    size_t head = text_box(f, pdf_flow_add(&f->flow), 1);
    pdf_flow_box(&f->flow, head)->keep_next = 1;
    pdf_flow_box(&f->flow, head)->table = 1;
    for (int i = 0; i < 120; i++) {
        size_t r = text_box(f, pdf_flow_add(&f->flow), 2);
        pdf_flow_box(&f->flow, r)->table = 1;
        pdf_flow_box(&f->flow, r)->head = (long)head;
        pdf_flow_box(&f->flow, r)->keep_together = 1;
    }
    assert_int_equal(pdf_paginate(&f->st, &f->flow, &f->pages), 0);
    assert_true(f->pages.count >= 3);
    /* Every page after the first opens with the head row repeated, and no
     * row is split. */
    for (int page = 1; page < f->pages.count; page++) {
        const pdf_slice *s = NULL;
        for (size_t i = 0; i < f->pages.n && !s; i++)
            if (f->pages.s[i].page == page)
                s = &f->pages.s[i];
        assert_non_null(s);
        assert_int_equal(s->kind, PDF_S_REPEAT);
        assert_ptr_equal(s->box, pdf_flow_box(&f->flow, head));
    }
    for (size_t i = 0; i < f->pages.n; i++)
        assert_true(f->pages.s[i].first && f->pages.s[i].last);
}

/* What a streaming pager hands on: every page after the first opens with
 * the head row, still laid out although the rows before were released. */
typedef struct seen {
    const pdf_flow *flow;
    size_t head;
    int pages, repeats;
} seen;

static void check_page(void *data, const pdf_pages *pages, int page)
{
    seen *w = data;
    assert_int_equal(page, w->pages++);
    assert_true(pages->n > 0);
    for (size_t i = 0; i < pages->n; i++) {
        assert_int_equal(pages->s[i].page, page);
        assert_false(pages->s[i].box->released);
        assert_non_null(pages->s[i].box->parts);
    }
    if (page > 0) {
        assert_int_equal(pages->s[0].kind, PDF_S_REPEAT);
        assert_ptr_equal(pages->s[0].box, pdf_flow_box(w->flow, w->head));
        w->repeats++;
    }
}

static void feed_rows(void *pager, size_t n)
{
    pdf_pager_feed(pager, n);
}

static void test_streamed_table(void **state)
{
    fixture *f = *state;
    pdf_pager pager;
    seen w = {.flow = &f->flow};
    pdf_pager_init(&pager, &f->st, &f->flow, &f->pages, 1, check_page, &w);
    f->flow.ready = feed_rows;
    f->flow.ready_data = &pager;
    w.head = text_box(f, pdf_flow_add(&f->flow), 1);
    pdf_flow_box(&f->flow, w.head)->keep_next = 1;
    pdf_flow_box(&f->flow, w.head)->table = 1;
    for (int i = 0; i < 120; i++) {
        pdf_box *b = pdf_flow_add(&f->flow);
        text_box(f, b, 2);
        b->table = 1;
        b->head = (long)w.head;
        b->keep_together = 1;
    }
    assert_int_equal(pdf_pager_finish(&pager), 0);
    pdf_pager_fini(&pager);
    assert_true(w.pages >= 3);
    assert_int_equal(w.pages, f->pages.count);
    assert_int_equal(w.repeats, w.pages - 1);
    /* The first chunk of boxes (rows of the first pages) is freed; the
     * last row is left for pdf_flow_fini. */
    assert_null(f->flow.store.chunk[0]);
    assert_false(pdf_flow_box(&f->flow, 120)->released);
}

static void test_kept_box_carried(void **state)
{
    fixture *f = *state;
    double line = line_height(f);
    /* A heading, then a block too tall to share a page with what came
     * before: the heading goes with it instead of staying alone. */
    filler(f, 0.5 * (f->st.bottom - f->st.top));
    size_t h = text_box(f, pdf_flow_add(&f->flow), 1);
    pdf_flow_box(&f->flow, h)->keep_next = 1;
    pdf_box *big = pdf_flow_add(&f->flow);
    big->x = f->st.left;
    big->h = f->st.bottom - f->st.top - 2 * line;
    big->keep_together = 1;
    size_t bi = big->index;
    assert_int_equal(pdf_paginate(&f->st, &f->flow, &f->pages), 0);
    assert_int_equal(slice_of(f, h, 0)->page, 1);
    assert_int_equal(slice_of(f, bi, 0)->page, 1);
    assert_int_equal(f->pages.count, 2);
}

/* ---- The document walk and a full render --------------------------------------- */

/* A canonical document, read and validated as the writer gets one.  Owned
 * by the caller (mn_job_free). */
static mn_job *read_doc(const char *xml, size_t len)
{
    mn_job *job = mn_job_new(NULL, "t.xml");
    assert_non_null(job);
    int rc = mn_job_read_canonical(job, xml, len);
    if (rc)
        fail_msg("%s", mn_job_diag_count(job) ? mn_job_diag(job, 0)->message : "not read");
    return job;
}

static const char doc_xml[] =
    "<minutes xmlns='urn:minutes:1' version='1'><meta><title>T</title></meta><body>"
    "<note>loose</note>"
    "<section id='s1' n='1'><heading>H</heading>"
    "<p>para <link href='#s1-i1'>in</link> <link href='#'>nowhere</link></p><note>n1</note>"
    "<list><item id='s1-i1'>item<note>n2</note><list><item>deep</item></list></item></list>"
    "<table><row><cell><strong>A</strong></cell><cell><strong>B</strong></cell></row>"
    "<row><cell colspan='2'>wide<note>n3</note></cell></row></table>"
    "<action owner='X' due='2026-01-02'>do<list><item>sub</item></list></action>"
    "</section></body></minutes>";

static int count_tag(const pdf_flow *flow, const char *tag)
{
    int n = 0;
    for (size_t i = 0; i < flow->n; i++)
        n += pdf_flow_box(flow, i)->tag && strcmp(pdf_flow_box(flow, i)->tag, tag) == 0;
    return n;
}

static cairo_status_t sink(void *closure, const unsigned char *data, unsigned int len)
{
    (void)data;
    *(size_t *)closure += len;
    return CAIRO_STATUS_SUCCESS;
}

static void test_build_and_render(void **state)
{
    fixture *f = *state;
    mn_job *job = read_doc(doc_xml, sizeof doc_xml - 1);
    const mn_doc *doc = mn_job_doc(job);
    pdf_build bd = {.st = &f->st, .flow = &f->flow, .doc = doc};
    assert_int_equal(pdf_build_document(&bd), 0);
    /* The loose note is set where it stands; three others are footnotes of
     * the paragraph, the item and the table row, numbered in order. */
    assert_int_equal(count_tag(&f->flow, "Note"), 1);
    assert_int_equal(f->flow.nnote, 3);
    assert_int_equal(bd.next_note, 5);
    /* The section's heading and the action register's after the body: its
     * head row and the one action's row beside the table's two rows. */
    assert_int_equal(count_tag(&f->flow, "H2"), 2);
    assert_int_equal(count_tag(&f->flow, "LI"), 2);
    assert_int_equal(count_tag(&f->flow, "TR"), 4);
    int with_notes = 0, links = 0;
    for (size_t i = 0; i < f->flow.n; i++) {
        const pdf_box *b = pdf_flow_box(&f->flow, i);
        with_notes += b->nnotes > 0;
        for (size_t k = 0; k < b->nparts; k++)
            for (size_t l = 0; l < b->parts[k].nlinks; l++) {
                links++;
                /* "#s1-i1" leads to its section; "#" to nothing. */
                assert_string_equal(b->parts[k].links[l].target, "#s1");
            }
        if (b->deco == PDF_D_HEADROW)
            assert_int_equal(b->keep_next, 1);
        if (b->deco == PDF_D_ACTION)
            assert_int_equal(b->nparts, 3); /* label, text, nested item */
    }
    assert_int_equal(with_notes, 3);
    assert_int_equal(links, 1);
    assert_int_equal(pdf_paginate(&f->st, &f->flow, &f->pages), 0);
    assert_int_equal(f->pages.count, 1);

    size_t bytes = 0;
    cairo_surface_t *s = cairo_pdf_surface_create_for_stream(sink, &bytes, f->st.page_w,
                                                             f->st.page_h);
    pdf_render rd = {.st = &f->st, .pages = &f->pages, .surface = s,
                     .title = "T", .header_right = "", .tagged = 1};
    assert_int_equal(pdf_render_document(&rd), CAIRO_STATUS_SUCCESS);
    cairo_surface_finish(s);
    assert_int_equal(cairo_surface_status(s), CAIRO_STATUS_SUCCESS);
    cairo_surface_destroy(s);
    assert_true(bytes > 1000);
    pdf_build_fini(&bd);
    mn_job_free(job);
}

/* Tables that lay out a form are set without rules or shading: label |
 * value rows (a bold label, or one ending with a colon) and a one-row
 * strip.  A table headed by a bold row, and a two-column table whose first
 * cells are no labels, stay data tables. */
static const char layout_xml[] =
    "<minutes xmlns='urn:minutes:1' version='1'><meta><title>T</title></meta><body>"
    "<table><row><cell>Facilitator:</cell><cell>Ana Ruiz</cell></row>"
    "<row><cell><strong>Present</strong></cell><cell>Bo Lind, Cy Moss, Di Park</cell></row></table>"
    "<table><row><cell>15 min</cell><cell><strong>Budget</strong></cell><cell>Bo Lind</cell></row></table>"
    "<table><row><cell><strong>Item</strong></cell><cell><strong>Details</strong></cell></row>"
    "<row><cell>Venue:</cell><cell>Room 4</cell></row></table>"
    "<table><row><cell>Subscriptions</cell><cell>120</cell></row>"
    "<row><cell>Grants</cell><cell>300</cell></row></table>"
    "</body></minutes>";

static void test_layout_tables(void **state)
{
    fixture *f = *state;
    mn_job *job = read_doc(layout_xml, sizeof layout_xml - 1);
    pdf_build bd = {.st = &f->st, .flow = &f->flow, .doc = mn_job_doc(job)};
    assert_int_equal(pdf_build_document(&bd), 0);
    pdf_deco want[] = {PDF_D_NONE, PDF_D_NONE, PDF_D_NONE, PDF_D_HEADROW, PDF_D_ROW,
                       PDF_D_ROW, PDF_D_ROW};
    long want_table[] = {1, 1, 2, 3, 3, 4, 4};
    size_t rows = 0;
    for (size_t i = 0; i < f->flow.n; i++) {
        const pdf_box *b = pdf_flow_box(&f->flow, i);
        if (!b->tag || strcmp(b->tag, "TR") != 0)
            continue;
        assert_true(rows < 7);
        assert_int_equal(b->deco, want[rows]);
        assert_int_equal(b->table, want_table[rows]);
        assert_int_equal(b->rule_top, 0 + (rows == 3 || rows == 5));
        if (rows < 2) {
            /* the label column as wide as its longest label, the value the rest */
            assert_int_equal(b->nparts, 2);
            assert_true(b->parts[1].dx - b->parts[0].dx < b->w / 2);
        }
        rows++;
    }
    assert_int_equal(rows, 7);
    pdf_build_fini(&bd);
    mn_job_free(job);
}

/* ---- A paragraph too long for one layout ---------------------------------------- */

/* Appends the texts of LAYOUT's first MAX lines (all when MAX is 0) to
 * LINES, one string each. */
static void line_texts(PangoLayout *layout, int max, GPtrArray *lines)
{
    const char *text = pango_layout_get_text(layout);
    int i = 0;
    for (GSList *l = pango_layout_get_lines_readonly(layout); l && (!max || i < max);
         l = l->next, i++) {
        const PangoLayoutLine *line = l->data;
        g_ptr_array_add(lines, g_strndup(text + line->start_index, (gsize)line->length));
    }
}

/* About 60 KB in one <p>: an emphasis and a link that each cross where
 * pieces meet, and a footnote after it. */
static char *long_para_doc(void)
{
    GString *x = g_string_new("<minutes xmlns='urn:minutes:1' version='1'><meta><title>T</title>"
                              "</meta><body><p>");
    for (int i = 0; i < 900; i++) {
        if (i == 150)
            g_string_append(x, "<em>");
        if (i == 400)
            g_string_append(x, "</em>");
        if (i == 260)
            g_string_append(x, "<link href='https://example.org/a'>");
        g_string_append_printf(x, "Sentence %d says that the working group met %s. ", i,
                               i % 7 ? "again" : "on a Thursday with several delegations");
        if (i == 290)
            g_string_append(x, "</link>");
    }
    g_string_append(x, "</p><note>the note</note></body></minutes>");
    return g_string_free(x, FALSE);
}

/* The paragraph is set as several boxes whose lines, one after the other,
 * are those of one layout of the whole text (no short line where two
 * pieces meet); its footnote and space below go to the last, its links are
 * kept across the pieces, and the pages are counted and drawn. */
static void test_long_paragraph_pieces(void **state)
{
    fixture *f = *state;
    char *xml = long_para_doc();
    mn_job *job = read_doc(xml, strlen(xml));
    g_free(xml);
    const mn_doc *doc = mn_job_doc(job);
    pdf_build bd = {.st = &f->st, .flow = &f->flow, .doc = doc};
    assert_int_equal(pdf_build_document(&bd), 0);

    pdf_rich r;
    pdf_build_rich(&bd, &r);
    pdf_rich_inline(&r, mn_node_child(pdf_doc_part(doc, MN_KIND_BODY), MN_KIND_P));
    pdf_rich_marker(&r, 1); /* the footnote's */
    assert_true(pdf_text_is_long(&r));
    PangoLayout *whole = pango_layout_new(f->st.ctx);
    pango_layout_set_font_description(whole, f->st.font[PDF_F_BODY]);
    pango_layout_set_line_spacing(whole, (float)f->st.line_spacing[PDF_F_BODY]);
    pango_layout_set_width(whole, (int)(pdf_body_width(&f->st) * PANGO_SCALE));
    pango_layout_set_wrap(whole, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_text(whole, r.text, (int)r.len);
    pango_layout_set_attributes(whole, r.attrs);
    GPtrArray *want = g_ptr_array_new_with_free_func(g_free);
    line_texts(whole, 0, want);
    size_t link_bytes = 0;
    for (size_t i = 0; i < r.nlinks; i++)
        link_bytes += (size_t)(r.links[i].end - r.links[i].start);
    pdf_rich_fini(&r);

    GPtrArray *got = g_ptr_array_new_with_free_func(g_free);
    size_t pieces = 0, got_link_bytes = 0;
    for (size_t i = 0; i < f->flow.n; i++) {
        const pdf_box *b = pdf_flow_box(&f->flow, i);
        if (!b->tag || strcmp(b->tag, "P") != 0)
            continue;
        pieces++;
        int last = i + 1 == f->flow.n;
        assert_int_equal(b->nnotes, last ? 1 : 0);
        assert_true(last ? b->after == 6 : b->after == 0);
        assert_true(pieces == 1 || b->before == 0);
        assert_int_equal(b->nparts, 1);
        const pdf_part *p = &b->parts[0];
        assert_true(last || p->max_lines > 0);
        line_texts(p->layout, p->max_lines, got);
        for (size_t k = 0; k < p->nlinks; k++) {
            assert_string_equal(p->links[k].target, "https://example.org/a");
            got_link_bytes += (size_t)(p->links[k].end - p->links[k].start);
        }
    }
    assert_true(pieces >= 4);
    assert_int_equal(got->len, want->len);
    for (guint i = 0; i < want->len; i++)
        assert_string_equal(g_ptr_array_index(got, i), g_ptr_array_index(want, i));
    /* Each link counted once: a piece draws only its own lines. */
    assert_true(got_link_bytes >= link_bytes);
    assert_int_equal(pdf_flow_missing(&f->flow), 0);
    assert_int_equal(pdf_paginate(&f->st, &f->flow, &f->pages), 0);
    assert_true(f->pages.count >= 10);

    g_ptr_array_free(got, TRUE);
    g_ptr_array_free(want, TRUE);
    g_object_unref(whole);
    pdf_build_fini(&bd);
    mn_job_free(job);
}

/* ---- The house style (brand.c) -------------------------------------------------- */

/* A style's accent, families and labels reach the handout's style; without
 * one, style.c's defaults stay, pointer for pointer. */
static void test_brand(void **state)
{
    (void)state;
    static const char text[] = "accent = #7a1f3d\nfont.body = DejaVu Sans Mono\n"
                               "label.agenda = Order of business\nlabel.action = t\xc3\xa2" "che\n";
    char *err = NULL;
    pdf_brand b = {.house = mn_style_parse(text, sizeof text - 1, "t.style", NULL, &err)};
    assert_null(err);
    assert_non_null(b.house);
    pdf_style plain, st;
    assert_int_equal(pdf_style_init(&plain, "a4", "en", 0), 0);
    assert_int_equal(pdf_style_init(&st, "a4", "en", 0), 0);
    pdf_brand_apply(&plain, NULL);
    pdf_brand_apply(&st, &b);
    assert_true(fabs(st.accent.r - 0x7a / 255.0) < 1e-9 && fabs(st.accent.g - 0x1f / 255.0) < 1e-9 &&
                fabs(st.accent.b - 0x3d / 255.0) < 1e-9);
    assert_string_equal(pango_font_description_get_family(st.font[PDF_F_BODY]), "DejaVu Sans Mono");
    assert_string_equal(pango_font_description_get_family(st.font[PDF_F_SMALL]), "DejaVu Sans Mono");
    /* Only the family: size and weight stay the handout's. */
    assert_int_equal(pango_font_description_get_size(st.font[PDF_F_BODY]),
                     pango_font_description_get_size(plain.font[PDF_F_BODY]));
    assert_ptr_equal(st.font[PDF_F_H1], plain.font[PDF_F_H1]); /* no font.heading */
    for (int i = 0; i < PDF_F_COUNT; i++)
        assert_ptr_equal(plain.font[i], pdf_font_description(i));
    assert_true(pdf_brand_system_fonts(&b));
    assert_false(pdf_brand_system_fonts(NULL));
    assert_string_equal(pdf_label(&st, "agenda", "Agenda"), "Order of business");
    assert_string_equal(pdf_label(&st, "upcoming", "Upcoming dates"), "Upcoming dates");
    assert_string_equal(pdf_label(&st, "action", "Action"), "t\xc3\xa2" "che");
    assert_string_equal(pdf_label(&plain, "agenda", "Agenda"), "Agenda");
    assert_string_equal(pdf_label(NULL, "agenda", "Agenda"), "Agenda");
    assert_null(pdf_brand_footer(&st));
    assert_null(pdf_brand_organisation(&b));
    pdf_style_fini(&plain);
    pdf_style_fini(&st);
    pdf_brand_fini(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_prepare),
        cmocka_unit_test(test_format_date),
        cmocka_unit_test(test_format_range),
        cmocka_unit_test(test_creation_date),
        cmocka_unit_test(test_table_widths),
        cmocka_unit_test(test_labels),
        cmocka_unit_test(test_attributes),
        cmocka_unit_test(test_brand),
        cmocka_unit_test_setup_teardown(test_heading_kept_with_next, setup, teardown),
        cmocka_unit_test_setup_teardown(test_heading_with_room_stays, setup, teardown),
        cmocka_unit_test_setup_teardown(test_orphans_and_widows, setup, teardown),
        cmocka_unit_test_setup_teardown(test_footnote_room, setup, teardown),
        cmocka_unit_test_setup_teardown(test_table_head_repeats, setup, teardown),
        cmocka_unit_test_setup_teardown(test_kept_box_carried, setup, teardown),
        cmocka_unit_test_setup_teardown(test_streamed_table, setup, teardown),
        cmocka_unit_test_setup_teardown(test_build_and_render, setup, teardown),
        cmocka_unit_test_setup_teardown(test_layout_tables, setup, teardown),
        cmocka_unit_test_setup_teardown(test_long_paragraph_pieces, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
