/* SPDX-License-Identifier: MIT */
/* convert_one.c — one input's conversion: read it, write every asked-for
 * format, record what happened.  Called by the batch, in the process itself
 * (batch.c) or in a worker (workers.c); it calls nothing of theirs, so the
 * command's files depend one way: convert.c → batch.c → workers.c →
 * convert_one.c. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "convert.h"

static long mn_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

/* The directory an output goes to below -o (out/2025 for out/2025/call.xml). */
static int mn_make_parent(mn_job *job, const mn_convert_opts *o, const char *path)
{
    const char *slash = strrchr(path, '/');
    size_t n = strlen(o->output);
    if (!slash || (size_t)(slash - path) <= n)
        return 0;
    char *dir = strndup(path, (size_t)(slash - path));
    int rc = dir && mn_make_dir(dir) == 0 ? 0
             : mn_job_error(job, MN_EX_CANTCREAT, 0, "%s: cannot create directory: %s",
                            dir ? dir : path, strerror(errno));
    free(dir);
    return rc;
}

static int mn_write_all(const mn_convert_opts *o, mn_job *job, size_t index, mn_result *r)
{
    int worst = 0;
    for (size_t f = 0; f < o->n_formats; f++) {
        const char *path = mn_output_path(o, index, f);
        int rc = mn_output_is_dir(o) ? mn_make_parent(job, o, path) : 0;
        if (rc == 0)
            rc = mn_job_write_with(job, o->writers[f], path);
        if (rc == 0)
            mn_result_add_output(r, path);
        if (rc > worst)
            worst = rc;
    }
    return worst;
}

int mn_convert_one(mn_cli *cli, const mn_convert_opts *o, size_t index, mn_result *r)
{
    long start = mn_now_ms();
    mn_job *job = mn_job_new(cli->ctx, o->inputs[index]);
    if (!job)
        return r->status = MN_EX_SOFTWARE;
    for (size_t i = 0; i < o->n_kv; i++)
        mn_job_set_option(job, o->kv[i].name, o->kv[i].value);
    mn_job_set_verbose(job, cli->verbose); /* -v: where each title-block value came from */
    for (size_t i = 0; i < o->n_metadata; i++)
        mn_job_set_metadata(job, o->metadata[i].name, o->metadata[i].value);
    for (size_t i = 0; i < o->n_silenced; i++)
        mn_job_silence(job, o->silenced[i]);
    int rc = mn_job_set_reader(job, o->reader);
    if (rc == 0)
        rc = mn_job_read(job);
    if (rc == 0)
        rc = mn_write_all(o, job, index, r);
    if (rc == 0 && o->index_dir)
        mn_index_keep(o, job, o->inputs[index]);
    for (size_t i = 0; i < mn_job_diag_count(job); i++) {
        const mn_diag *d = mn_job_diag(job, i);
        mn_result_add_diag(r, d->severity, d->file, d->line, d->name, d->message);
    }
    mn_job_free(job);
    r->ms = mn_now_ms() - start;
    return r->status = rc;
}
