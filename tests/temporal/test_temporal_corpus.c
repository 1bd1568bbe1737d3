/* SPDX-License-Identifier: MIT */
/* test_temporal_corpus.c — runs the tagger over corpus.tsv, a table of
 * phrases in the manner of Duckling's corpus and Microsoft Recognizers'
 * specs, and reports every row that fails.  Columns (TAB separated):
 *
 *   text       the phrase; [[…]] marks each expression that must be tagged,
 *              nothing else may be
 *   ref        reference date (YYYY-MM-DD) or "-"
 *   value      expected value of each marked expression ("|" between
 *              several), "!" for one that must be found but left as text
 *   end        expected end, "-" for none
 *   precision  time|day|week|month|year
 *   certain    y|n
 *   inferred   y|n (year-inferred)
 *   kind       event|deadline|past|none (what the events pass makes of it)
 *   options    "-" or comma-separated: dmy, mdy (date order), zone=NAME
 *              (the meeting's zone), utc (a time read as UTC for lack of
 *              any zone), hours=HH:MM-HH:MM (the meeting's hours), lang=fr
 *              or lang=es (the row is read with lexicons/LANG.xml)
 *
 * Lines starting with # and blank lines are comments. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "temporal_kind.h"
#include "temporal_scan.h"

enum { MAX_SPANS = 8, MAX_FIELD = 512 };

typedef struct expect {
    size_t start, end;
    char value[32], endv[32], precision[8], certain[2], inferred[2], kind[10];
} expect;

typedef struct row {
    unsigned line;
    char text[MAX_FIELD];
    size_t len;
    expect e[MAX_SPANS];
    int n;
    mn_tref ref;
    int order, utc;
    char lang[4]; /* "" for the bundled en */
} row;

typedef struct got {
    mn_tmatch m[MAX_SPANS * 2];
    int n;
} got;

static int collect(const mn_tmatch *m, void *user)
{
    got *g = user;
    if (g->n < MAX_SPANS * 2)
        g->m[g->n++] = *m;
    return 0;
}

/* The i-th "|"-separated part of field f into out. */
static void part(const char *f, int i, char *out, size_t size)
{
    while (i-- > 0 && f)
        f = (f = strchr(f, '|')) ? f + 1 : NULL;
    size_t n = f ? strcspn(f, "|") : 0;
    if (n >= size)
        n = size - 1;
    memcpy(out, f ? f : "", n);
    out[n] = '\0';
}

/* Copies text without the [[ ]] marks, recording the spans. */
static int strip_marks(const char *src, row *r)
{
    size_t k = 0;
    r->n = 0;
    for (size_t i = 0; src[i]; i++) {
        if (src[i] == '[' && src[i + 1] == '[') {
            if (r->n == MAX_SPANS)
                return -1;
            r->e[r->n].start = k;
            i++;
        } else if (src[i] == ']' && src[i + 1] == ']') {
            r->e[r->n++].end = k;
            i++;
        } else if (k + 1 < sizeof r->text) {
            r->text[k++] = src[i];
        }
    }
    r->text[k] = '\0';
    r->len = k;
    return 0;
}

static int parse_options(const char *opts, row *r)
{
    char buf[MAX_FIELD];
    int h1, m1, h2, m2;
    snprintf(buf, sizeof buf, "%s", opts);
    for (char *save = NULL, *o = strtok_r(buf, ",", &save); o; o = strtok_r(NULL, ",", &save)) {
        if (strcmp(o, "-") == 0)
            continue;
        if (strcmp(o, "dmy") == 0)
            r->order = MN_ORDER_DMY;
        else if (strcmp(o, "mdy") == 0)
            r->order = MN_ORDER_MDY;
        else if (strcmp(o, "utc") == 0)
            r->utc = 1;
        else if (strncmp(o, "lang=", 5) == 0 && strlen(o + 5) == 2)
            memcpy(r->lang, o + 5, 3);
        else if (sscanf(o, "hours=%d:%d-%d:%d", &h1, &m1, &h2, &m2) == 4) {
            r->ref.have_time = 1;
            r->ref.t1 = h1 * 60 + m1;
            r->ref.t2 = h2 * 60 + m2;
        }
        else if (strncmp(o, "zone=", 5) != 0 || !mn_tz_parse(o + 5, &r->ref.zone))
            return -1;
    }
    return 0;
}

/* Parses one corpus line into r.  Returns 0, or -1 for a malformed row. */
static int parse_row(char *line, row *r)
{
    char *cols[9];
    int n = 0;
    for (char *save = NULL, *c = strtok_r(line, "\t", &save); c && n < 9; c = strtok_r(NULL, "\t", &save))
        cols[n++] = c;
    memset(&r->ref, 0, sizeof r->ref);
    r->order = r->utc = 0;
    r->lang[0] = '\0'; /* each row its own language: "" for en */
    if (n != 9 || strip_marks(cols[0], r) || parse_options(cols[8], r))
        return -1;
    if (strcmp(cols[1], "-") != 0 && !mn_cal_parse(cols[1], &r->ref.date))
        return -1;
    r->ref.have = strcmp(cols[1], "-") != 0;
    for (int i = 0; i < r->n; i++) {
        expect *e = &r->e[i];
        part(cols[2], i, e->value, sizeof e->value);
        part(cols[3], i, e->endv, sizeof e->endv);
        part(cols[4], i, e->precision, sizeof e->precision);
        part(cols[5], i, e->certain, sizeof e->certain);
        part(cols[6], i, e->inferred, sizeof e->inferred);
        part(cols[7], i, e->kind, sizeof e->kind);
        if (!e->value[0])
            return -1;
    }
    return 0;
}

static void fail_row(const row *r, int *failed, const char *fmt, ...)
{
    va_list ap;
    char msg[512];
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    print_message("corpus.tsv:%u: %s\n    text: %s\n", r->line, msg, r->text);
    *failed = 1;
}

static void check_one(const row *r, const expect *e, const mn_tmatch *m, int *failed)
{
    char words[MAX_FIELD];
    snprintf(words, sizeof words, "%.*s", (int)(m->end - m->start), r->text + m->start);
    if (strcmp(e->value, "!") == 0) {
        if (m->resolved)
            fail_row(r, failed, "\"%s\" should be left as text, got %s", words, m->res.value);
        return;
    }
    if (!m->resolved) {
        fail_row(r, failed, "\"%s\" unresolved (%s), expected %s", words, m->res.error, e->value);
        return;
    }
    const mn_tres *s = &m->res;
    const char *end = s->end[0] ? s->end : "-";
    const char *certain = s->certain ? "y" : "n", *inferred = s->year_inferred ? "y" : "n";
    const char *kind = mn_tkind_name(mn_tkind(s->precision, s->value, s->end[0] ? s->end : NULL,
                                              s->conflict, m->deadline, &r->ref));
    if (strcmp(e->value, s->value) || strcmp(e->endv, end) ||
        strcmp(e->precision, mn_tprec_name(s->precision)) || strcmp(e->certain, certain) ||
        strcmp(e->inferred, inferred) || strcmp(e->kind, kind))
        fail_row(r, failed, "\"%s\": expected %s %s %s %s %s %s, got %s %s %s %s %s %s", words,
                 e->value, e->endv, e->precision, e->certain, e->inferred, e->kind, s->value, end,
                 mn_tprec_name(s->precision), certain, inferred, kind);
    if (s->assumed_utc != r->utc)
        fail_row(r, failed, "\"%s\": read as UTC for lack of a zone: %d, expected %d", words,
                 s->assumed_utc, r->utc);
}

static int run_row_with(const row *r)
{
    got g = {.n = 0};
    mn_tscan_opts o = {&r->ref, r->order, NULL, 0};
    int failed = 0;
    mn_tscan(&o, r->text, r->len, 0, r->len, collect, &g);
    int k = 0;
    for (int i = 0; i < g.n; i++) {
        const mn_tmatch *m = &g.m[i];
        while (k < r->n && r->e[k].end <= m->start) {
            fail_row(r, &failed, "expected [[%.*s]], not found", (int)(r->e[k].end - r->e[k].start),
                     r->text + r->e[k].start);
            k++;
        }
        if (k < r->n && r->e[k].start == m->start && r->e[k].end == m->end) {
            check_one(r, &r->e[k], m, &failed);
            k++;
        } else {
            fail_row(r, &failed, "tagged \"%.*s\" (%s), not marked", (int)(m->end - m->start),
                     r->text + m->start, m->resolved ? m->res.value : m->res.error);
        }
    }
    for (; k < r->n; k++)
        fail_row(r, &failed, "expected [[%.*s]], not found", (int)(r->e[k].end - r->e[k].start),
                 r->text + r->e[k].start);
    return failed;
}

/* The lexicon of LANG from the source tree, loaded once (kept to the end). */
static const mn_lexicon *lexicon_of(const char *lang)
{
    static mn_lexicon *loaded[2];
    static const char *const langs[2] = {"fr", "es"};
    for (int i = 0; i < 2; i++) {
        if (strcmp(lang, langs[i]) != 0)
            continue;
        if (!loaded[i]) {
            char path[512], *error = NULL;
            snprintf(path, sizeof path, "%s/lexicons/%s.xml", MN_TEST_SOURCE_DIR, lang);
            loaded[i] = mn_lexicon_load(path, lang, &error);
            if (!loaded[i])
                fail_msg("%s", error);
        }
        return loaded[i];
    }
    fail_msg("no lexicon for lang=%s", lang);
    return NULL;
}

static int run_row(const row *r)
{
    const mn_lexicon *before = r->lang[0] ? mn_lx_use(lexicon_of(r->lang)) : NULL;
    int failed = run_row_with(r);
    if (r->lang[0])
        mn_lx_use(before);
    return failed;
}

static void corpus(void **state)
{
    (void)state;
    const char *path = MN_TEST_SOURCE_DIR "/tests/temporal/corpus.tsv";
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    char line[2048];
    unsigned lineno = 0, rows = 0, failures = 0, negative = 0;
    row r;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '#' || line[0] == '\0')
            continue;
        rows++;
        r.line = lineno;
        if (parse_row(line, &r)) {
            print_message("corpus.tsv:%u: malformed row\n", lineno);
            failures++;
            continue;
        }
        negative += r.n == 0;
        failures += (unsigned)run_row(&r);
    }
    fclose(f);
    print_message("corpus: %u rows (%u negative), %u passed, %u failed\n", rows, negative,
                  rows - failures, failures);
    assert_true(rows >= 300);
    assert_true(negative >= 30);
    assert_int_equal(failures, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(corpus)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
