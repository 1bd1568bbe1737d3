/* SPDX-License-Identifier: MIT */
/* fuzz_common.c — the shared context and the conversion oracle of fuzz.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <minutes/plugin.h>

#include "fuzz.h"

#ifndef MN_FUZZ_PLUGIN_DIR
#error "MN_FUZZ_PLUGIN_DIR must name the build tree's plugin directory"
#endif

static const struct {
    unsigned bit;
    const char *name;
} fz_writers[] = {{FZ_XML, "xml"}, {FZ_ICS, "ics"}, {FZ_PDF, "pdf"}};

static unsigned fz_have; /* the writers this build has */

typedef struct fz_bytes {
    char *data;
    size_t size;
} fz_bytes;

static void fz_print_diags(const mn_job *job)
{
    static const char *const sev[] = {"note", "warning", "error"};
    for (size_t i = 0; i < mn_job_diag_count(job); i++) {
        const mn_diag *d = mn_job_diag(job, i);
        fprintf(stderr, "  %s:%u: %s: %s\n", d->file ? d->file : "?", d->line, sev[d->severity], d->message);
    }
}

void fz_fail(const mn_job *job, const char *what, int status)
{
    fprintf(stderr, "fuzz: %s (status %d)\n", what, status);
    if (job)
        fz_print_diags(job);
    abort();
}

mn_context *fz_context(void)
{
    static mn_context *ctx;
    if (ctx)
        return ctx;
    /* Fixed timestamps in PDF and ICS, so that two writes can be compared. */
    setenv("SOURCE_DATE_EPOCH", "1763424000", 1);
    ctx = mn_context_new();
    if (!ctx || mn_context_add_plugin_dir(ctx, MN_FUZZ_PLUGIN_DIR) != 0)
        fz_fail(NULL, "cannot create the plugin context", 0);
    int extra = 0;
#ifdef MN_FUZZ_EXTRA_PLUGIN
    /* A harness's own reader, kept out of the plugin directory. */
    extra = mn_context_load_file(ctx, MN_FUZZ_EXTRA_PLUGIN);
#endif
    /* Every module mapped before the first input, so that libFuzzer counts
     * the plugins' coverage from the start. */
    mn_context_load_all(ctx);
    for (size_t i = 0; i < mn_context_diag_count(ctx); i++)
        fprintf(stderr, "fuzz: plugin loading: %s\n", mn_context_diag(ctx, i)->message);
    if (extra)
        fz_fail(NULL, "cannot load the harness's own plugin", extra);
    for (size_t i = 0; i < sizeof fz_writers / sizeof fz_writers[0]; i++)
        if (mn_context_find(ctx, fz_writers[i].name, MN_CAN_WRITE))
            fz_have |= fz_writers[i].bit;
    if (!(fz_have & FZ_XML))
        fz_fail(NULL, "no xml writer in " MN_FUZZ_PLUGIN_DIR, 0);
    return ctx;
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fz_context();
    return 0;
}

/* Probes are pure functions of the first bytes (64 KiB, as the core gives
 * them) and the name: every reader's probe sees every input, whichever
 * reader the harness forces. */
static void fz_probe_all(const char *name, const uint8_t *data, size_t size)
{
    mn_context *ctx = fz_context();
    mn_probe pr = {.data = data, .size = size < 65536 ? size : 65536, .filename = name, .media_type = NULL};
    for (size_t i = 0; i < mn_context_plugin_count(ctx); i++) {
        const mn_plugin *p = mn_context_plugin(ctx, i);
        if (!(p->caps & MN_CAN_READ) || !p->probe)
            continue;
        int score = p->probe(&pr);
        if (score < MN_PROBE_NONE || score > MN_PROBE_MAX)
            fz_fail(NULL, "a probe scored outside 0..100", score);
    }
}

static fz_bytes fz_write(mn_job *job, const char *format)
{
    fz_bytes out = {NULL, 0};
    FILE *fp = open_memstream(&out.data, &out.size);
    if (!fp)
        fz_fail(job, "open_memstream", 0);
    int rc = mn_job_write_stream(job, format, fp);
    fclose(fp);
    if (rc) {
        fprintf(stderr, "fuzz: the %s writer failed on a valid document\n", format);
        fz_fail(job, "writer", rc);
    }
    return out;
}

static int fz_same(const fz_bytes *a, const fz_bytes *b)
{
    return a->size == b->size && memcmp(a->data, b->data, a->size) == 0;
}

static void fz_must_match(const mn_job *job, const fz_bytes *a, const fz_bytes *b, const char *what)
{
    if (fz_same(a, b))
        return;
    size_t i = 0;
    while (i < a->size && i < b->size && a->data[i] == b->data[i])
        i++;
    size_t from = i > 40 ? i - 40 : 0;
    fprintf(stderr, "fuzz: %s: %zu vs %zu bytes, first difference at byte %zu:\n", what, a->size, b->size, i);
    fprintf(stderr, "  <<< %.*s\n  >>> %.*s\n", (int)(a->size - from < 120 ? a->size - from : 120), a->data + from,
            (int)(b->size - from < 120 ? b->size - from : 120), b->data + from);
    fz_fail(job, what, 0);
}

static int fz_has_error(const mn_job *job)
{
    for (size_t i = 0; i < mn_job_diag_count(job); i++)
        if (mn_job_diag(job, i)->severity == MN_ERROR)
            return 1;
    return 0;
}

/* Reads XML as canonical XML (it must validate) and writes it again. */
static fz_bytes fz_reread(const fz_bytes *xml)
{
    mn_job *job = mn_job_new(fz_context(), "round-trip.xml");
    if (!job || mn_job_set_option(job, "from", "xml") || mn_job_set_input(job, xml->data, xml->size))
        fz_fail(job, "cannot set up the round-trip job", 0);
    int rc = mn_job_read(job);
    if (rc) {
        fprintf(stderr, "%.*s\n", (int)(xml->size < 4000 ? xml->size : 4000), xml->data);
        fz_fail(job, "the XML written does not read back as canonical XML", rc);
    }
    fz_bytes again = fz_write(job, "xml");
    mn_job_free(job);
    return again;
}

/* The XML written is canonical XML: it reads back, validates, and writes the
 * same bytes again.  MN_FUZZ_XML_FIXPOINT=1 asks only that a second round
 * trip change nothing (a weaker check, to fuzz on past a known bug of the
 * first round trip; see docs/RELIABILITY-RUNS.md). */
static void fz_xml_round_trip(const fz_bytes *xml)
{
    fz_bytes again = fz_reread(xml);
    if (getenv("MN_FUZZ_XML_FIXPOINT")) {
        fz_bytes third = fz_reread(&again);
        fz_must_match(NULL, &again, &third, "the XML read back twice writes other bytes");
        free(third.data);
    } else {
        fz_must_match(NULL, xml, &again, "the XML read back writes other bytes");
    }
    free(again.data);
}

static void fz_write_all(mn_job *job, unsigned outputs)
{
    for (size_t i = 0; i < sizeof fz_writers / sizeof fz_writers[0]; i++) {
        if (!(outputs & fz_have & fz_writers[i].bit))
            continue;
        fz_bytes first = fz_write(job, fz_writers[i].name);
        fz_bytes second = fz_write(job, fz_writers[i].name);
        fz_must_match(job, &first, &second, "two writes of one document differ");
        if (fz_writers[i].bit == FZ_XML)
            fz_xml_round_trip(&first);
        free(first.data);
        free(second.data);
    }
}

int fz_convert(const char *from, const char *name, const uint8_t *data, size_t size, unsigned outputs)
{
    fz_probe_all(name, data, size);
    mn_job *job = mn_job_new(fz_context(), name);
    if (!job || mn_job_set_option(job, "from", from) || mn_job_set_input(job, data, size))
        fz_fail(job, "cannot set up the job", 0);
    int rc = mn_job_read(job);
    if (rc != 0 && rc != MN_EX_DATAERR)
        fz_fail(job, "reading ended in neither success nor bad input", rc);
    if (rc != 0 && !fz_has_error(job))
        fz_fail(job, "refused without an error diagnostic", rc);
    if (rc == 0 && !mn_job_doc(job))
        fz_fail(job, "read succeeded without a document", rc);
    if (rc == 0)
        fz_write_all(job, outputs);
    if (getenv("MN_FUZZ_VERBOSE")) { /* what a corpus input does, for people */
        fprintf(stderr, "fuzz: %s read with status %d\n", from, rc);
        fz_print_diags(job);
    }
    mn_job_free(job);
    return rc;
}
