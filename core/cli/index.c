/* SPDX-License-Identifier: MIT */
/* index.c — `convert --index`: besides each meeting's page, a batch with
 * -t html writes index.html (every meeting by date, open actions, next
 * dates) and calendar.ics (the batch's upcoming entries, with the UIDs of
 * the per-meeting calendars) into the output directory.
 *
 * The conversions run in worker processes, so the documents are not in the
 * parent: each worker keeps its canonical document as XML in a private
 * temporary directory, and the parent reads those back (validated, no
 * passes) once the batch is done, then hands them together to the html and
 * ics writers' write_collection.  Only what converted is indexed. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "convert.h"

/* PLUGIN's option NAME as given: --NAME, or --PLUGIN-NAME. */
static const char *opt(const mn_convert_opts *o, const char *plugin, const char *name)
{
    size_t n = strlen(plugin);
    for (size_t i = 0; i < o->n_kv; i++) {
        const char *k = o->kv[i].name;
        if (strcmp(k, name) == 0 || (strncmp(k, plugin, n) == 0 && k[n] == '-' && strcmp(k + n + 1, name) == 0))
            return o->kv[i].value;
    }
    return NULL;
}

static int has_format(const mn_convert_opts *o, const char *f)
{
    for (size_t i = 0; i < o->n_formats; i++)
        if (strcmp(o->formats[i], f) == 0)
            return 1;
    return 0;
}

/* index.html and calendar.ics must not be some input's own output. */
static int check_names(const mn_convert_opts *o)
{
    for (size_t i = 0; i < o->n_inputs; i++) {
        char *stem = mn_output_stem(o, i); /* 2025/index is no clash */
        int clash = stem && ((strcmp(stem, "index") == 0 && has_format(o, "html")) ||
                             (strcmp(stem, "calendar") == 0 && has_format(o, "ics")));
        free(stem);
        if (clash) {
            mn_cli_error("--index: %s would write the same file as the index (rename it)", o->inputs[i]);
            return MN_EX_USAGE;
        }
    }
    return 0;
}

int mn_index_plan(mn_cli *cli, mn_convert_opts *o)
{
    (void)cli;
    if (!opt(o, "html", "index"))
        return 0;
    if (!has_format(o, "html") || !mn_output_is_dir(o)) {
        mn_cli_error("--index needs -t html and -o DIRECTORY");
        return MN_EX_USAGE;
    }
    int rc = check_names(o);
    if (rc)
        return rc;
    const char *tmp = getenv("TMPDIR");
    char *dir = NULL;
    if (asprintf(&dir, "%s/minutes-index-XXXXXX", tmp && *tmp ? tmp : "/tmp") < 0)
        return MN_EX_SOFTWARE;
    if (!mkdtemp(dir)) {
        mn_cli_error("--index: cannot create a temporary directory: %s", strerror(errno));
        free(dir);
        return MN_EX_CANTCREAT;
    }
    o->index_dir = dir;
    return 0;
}

static char *kept_path(const mn_convert_opts *o, size_t i)
{
    char *path = NULL;
    return asprintf(&path, "%s/%zu.xml", o->index_dir, i) < 0 ? NULL : path;
}

void mn_index_keep(const mn_convert_opts *o, mn_job *job, const char *input)
{
    for (size_t i = 0; i < o->n_inputs; i++) {
        if (o->inputs[i] != input)
            continue;
        char *path = kept_path(o, i);
        if (path)
            mn_job_write(job, "xml", path);
        free(path);
        return;
    }
}


/* Writes FILE in the output directory from the N read JOBS with FORMAT. */
static int write_one(mn_cli *cli, const mn_convert_opts *o, const char *format, const char *file,
                     mn_job **jobs, char **stems, size_t n)
{
    char *path = NULL;
    size_t len = strlen(o->output);
    if (asprintf(&path, "%s%s%s", o->output, len && o->output[len - 1] == '/' ? "" : "/", file) < 0)
        return MN_EX_SOFTWARE;
    mn_job *job = mn_job_new(cli->ctx, path);
    int rc = MN_EX_SOFTWARE;
    if (job) {
        for (size_t i = 0; i < o->n_kv; i++)
            mn_job_set_option(job, o->kv[i].name, o->kv[i].value);
        rc = mn_job_write_collection(job, format, jobs, (const char *const *)stems, n, path);
        mn_cli_print_diags(cli, job);
        mn_job_free(job);
    }
    free(path);
    return rc;
}

int mn_index_write(mn_cli *cli, const mn_convert_opts *o, const mn_result *results)
{
    mn_job **jobs = calloc(o->n_inputs ? o->n_inputs : 1, sizeof *jobs);
    char **stems = calloc(o->n_inputs ? o->n_inputs : 1, sizeof *stems);
    size_t n = 0;
    int rc = jobs && stems ? 0 : MN_EX_SOFTWARE;
    for (size_t i = 0; i < o->n_inputs && rc == 0; i++) {
        char *path = results[i].status == 0 ? kept_path(o, i) : NULL;
        if (!path || access(path, R_OK) != 0) {
            free(path);
            continue;
        }
        mn_job *job = mn_job_new(cli->ctx, path);
        if (job && mn_job_set_option(job, "from", "xml") == 0 && mn_job_read(job) == 0) {
            stems[n] = mn_output_stem(o, i); /* where the page is: 2025/call */
            jobs[n++] = job;
        } else if (job) {
            mn_cli_print_diags(cli, job);
            mn_job_free(job);
        }
        unlink(path);
        free(path);
    }
    if (rc == 0)
        rc = write_one(cli, o, "html", "index.html", jobs, stems, n);
    if (rc == 0) {
        int ics = write_one(cli, o, "ics", "calendar.ics", jobs, stems, n);
        rc = ics > rc ? ics : rc;
    }
    for (size_t i = 0; i < n; i++) {
        mn_job_free(jobs[i]);
        free(stems[i]);
    }
    free(jobs);
    free(stems);
    return rc;
}

void mn_index_cleanup(mn_convert_opts *o)
{
    if (!o->index_dir)
        return;
    for (size_t i = 0; i < o->n_inputs; i++) {
        char *path = kept_path(o, i);
        if (path)
            unlink(path);
        free(path);
    }
    rmdir(o->index_dir);
    free(o->index_dir);
    o->index_dir = NULL;
}
