/* SPDX-License-Identifier: MIT */
/* batch.c — runs a batch.  With several inputs, -j or limits, inputs are
 * converted in worker processes (workers.c, forked after the plugins are
 * loaded and prepared): one input's crash or runaway cannot take the batch
 * down, and per-input CPU and memory limits come from setrlimit.  The parent
 * prints each input's diagnostics together. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "convert.h"
#include "progress.h"
#include "workers.h"

typedef struct mn_child {
    pid_t pid;
    int fd;
    size_t index;
    char *buf;
    size_t len, cap;
} mn_child;

/* Output paths already claimed in this batch: a second input that would
 * write the same file is reported instead of overwriting the first's. */
static int mn_claim_outputs(const mn_convert_opts *o, const char ***claimed, size_t *n,
                            size_t index, mn_result *r)
{
    for (size_t f = 0; f < o->n_formats; f++) {
        const char *path = mn_output_path(o, index, f);
        if (strcmp(path, "-") == 0)
            continue;
        for (size_t i = 0; i < *n; i++) {
            if (strcmp((*claimed)[i], path) == 0) {
                mn_result_add_error(r, "output %s would overwrite the output of another input; not converted",
                                    path);
                return r->status = MN_EX_CANTCREAT;
            }
        }
        const char **grown = realloc(*claimed, (*n + 1) * sizeof *grown);
        if (!grown)
            return r->status = MN_EX_SOFTWARE;
        *claimed = grown;
        grown[(*n)++] = path; /* borrowed from the plan */
    }
    return 0;
}

/* Whether r failed without an error saying why: a job short of memory
 * keeps its status but may not keep its message (job.c), and a worker may
 * send no more than that. */
static int mn_lost_error(const mn_result *r)
{
    if (r->status == 0)
        return 0;
    for (size_t i = 0; i < r->n_diags; i++)
        if (r->diags[i].severity == MN_ERROR)
            return 0;
    return 1;
}

/* An input's diagnostics (a failure always names its input); with -v, the
 * outputs it wrote. */
static void mn_print_result(const mn_cli *cli, const mn_result *r)
{
    for (size_t i = 0; i < r->n_diags; i++)
        mn_cli_print_diag(cli, &r->diags[i]);
    if (mn_lost_error(r)) {
        char why[64], input[4096];
        if (r->status == MN_EX_SOFTWARE)
            snprintf(why, sizeof why, "out of memory");
        else
            snprintf(why, sizeof why, "conversion failed (status %d)", r->status);
        snprintf(input, sizeof input, "%s", r->input);
        mn_result_diag d = {.severity = MN_ERROR, .file = input, .message = why};
        mn_cli_print_diag(cli, &d);
    }
    for (size_t i = 0; cli->verbose && i < r->n_outputs; i++)
        fprintf(stderr, "minutes: %s: wrote %s\n", r->input, r->outputs[i]);
}

/* Whether r has a diagnostic printed without -v (all but notes). */
static int mn_shows_diags(const mn_result *r)
{
    if (mn_lost_error(r))
        return 1;
    for (size_t i = 0; i < r->n_diags; i++)
        if (r->diags[i].severity != MN_NOTE)
            return 1;
    return 0;
}

typedef struct mn_done_arg {
    const mn_cli *cli;
    mn_progress *prog;
} mn_done_arg;

/* One input is done: its diagnostics above the bar, then the bar. */
static void mn_done(const mn_result *r, void *arg)
{
    mn_done_arg *d = arg;
    if (d->cli->verbose || mn_shows_diags(r))
        mn_progress_clear(d->prog);
    mn_print_result(d->cli, r);
    mn_progress_step(d->prog, r->input);
}

/* The library parses its schema on first use and keeps it.  Parsing it here,
 * before the first fork, lets every child inherit it instead of parsing it
 * again: about 3 M instructions, a tenth of converting the sample DOCX.
 * Validating any small document does it; the verdict does not matter. */
static void mn_warm_schema(mn_cli *cli)
{
    static const char doc[] = "<minutes xmlns=\"urn:minutes:1\" version=\"1\"/>";
    mn_job *job = mn_job_new(cli->ctx, "-");
    if (job && mn_job_set_input(job, doc, sizeof doc - 1) == 0)
        (void)mn_job_validate(job);
    mn_job_free(job);
}

/* Enough of an input's start for the readers' magic (plugin.h): a reader
 * this leaves out is loaded by the child whose input needs it. */
#define MN_HEAD_BYTES 512

/* The media type given with --media-type, or NULL. */
static const char *mn_media_type(const mn_convert_opts *o)
{
    for (size_t i = 0; i < o->n_kv; i++)
        if (strcmp(o->kv[i].name, "media-type") == 0)
            return o->kv[i].value;
    return NULL;
}

/* Loads, once and before the workers fork, the readers the inputs can
 * need (each regular file's first bytes against the plugin cache), so that
 * the children share them and a batch of .md files maps no DOCX reader.
 * Pipes and devices are not read ahead: their bytes belong to the child. */
static void mn_load_readers_for_inputs(mn_cli *cli, const mn_convert_opts *o, const int *skip)
{
    if (o->reader)
        return; /* -f: the reader is named */
    const char *media_type = mn_media_type(o);
    for (size_t i = 0; i < o->n_inputs; i++) {
        struct stat st;
        unsigned char head[MN_HEAD_BYTES];
        size_t n = 0;
        if (skip[i] || stat(o->inputs[i], &st) != 0 || !S_ISREG(st.st_mode))
            continue;
        FILE *fp = fopen(o->inputs[i], "rb");
        if (fp) {
            n = fread(head, 1, sizeof head, fp);
            fclose(fp);
        }
        mn_context_load_readers_for_input(cli->ctx, o->inputs[i], head, n, media_type);
    }
}

static int mn_run_children(mn_cli *cli, const mn_convert_opts *o, mn_result *results,
                           int *skip, mn_progress *prog)
{
    mn_warm_schema(cli);
    mn_load_readers_for_inputs(cli, o, skip); /* loaded once, shared by the workers */
    mn_context_prepare(cli->ctx); /* fonts, zone tables: once, before forking */
    mn_done_arg arg = {cli, prog};
    return mn_run_workers(cli, o, skip, results, mn_done, &arg);
}

int mn_run_batch(mn_cli *cli, const mn_convert_opts *o, const mn_input_ids *ids, mn_result *results)
{
    int *skip = calloc(o->n_inputs ? o->n_inputs : 1, sizeof *skip);
    const char **claimed = NULL; /* borrowed from the plan */
    size_t n_claimed = 0;
    if (!skip)
        return MN_EX_SOFTWARE;
    for (size_t i = 0; i < o->n_inputs; i++) {
        results[i].input = o->inputs[i];
        skip[i] = mn_refuse_over_inputs(o, ids, i, &results[i]) != 0 ||
                  mn_claim_outputs(o, &claimed, &n_claimed, i, &results[i]) != 0;
        if (skip[i])
            mn_print_result(cli, &results[i]);
    }
    int isolate = o->n_inputs > 1 || o->jobs > 1 || o->time_limit > 0 || o->memory_limit > 0;
    /* The lexicon is loaded once, before the workers fork, and a broken one
     * is said once, not once per input.  A single conversion loads it only
     * if its input needs the passes (canonical XML does not). */
    int lexicon = isolate ? mn_context_load_lexicon(cli->ctx) : 0;
    if (lexicon) {
        mn_cli_error("%s", mn_context_lexicon_error(cli->ctx));
        free(claimed);
        free(skip);
        return lexicon;
    }
    mn_progress prog;
    mn_progress_start(&prog, o->n_inputs, cli->quiet);
    if (!isolate && o->n_inputs == 1 && !skip[0]) {
        mn_convert_one(cli, o, 0, &results[0]);
        mn_print_result(cli, &results[0]);
    } else if (isolate) {
        mn_run_children(cli, o, results, skip, &prog);
    }
    mn_progress_end(&prog);
    int worst = 0;
    for (size_t i = 0; i < o->n_inputs; i++)
        if (results[i].status > worst)
            worst = results[i].status;
    free(claimed);
    free(skip);
    return worst;
}
