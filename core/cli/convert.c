/* convert.c — `minutes convert`: plan each input's outputs and hand the
 * inputs to the batch runner.  Every input is tried; the exit status is the
 * highest seen. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "convert.h"

static int mn_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Several inputs or formats, an existing directory, or a trailing slash:
 * -o names a directory. */
int mn_output_is_dir(const mn_convert_opts *o)
{
    if (!o->output || strcmp(o->output, "-") == 0)
        return 0;
    size_t n = strlen(o->output);
    return o->many || o->n_inputs > 1 || o->n_formats > 1 || o->recursive || mn_is_dir(o->output) ||
           (n && o->output[n - 1] == '/');
}

/* The file name extension of FORMAT's outputs: its plugin's first one. */
static char *mn_extension(mn_cli *cli, const char *format)
{
    const mn_plugin *p = mn_context_find(cli->ctx, format, MN_CAN_WRITE);
    const char *ext = p && p->extensions && *p->extensions ? p->extensions : format;
    return strndup(ext, strcspn(ext, " "));
}

static char *mn_stem(const char *input)
{
    if (strcmp(input, "-") == 0)
        return strdup("stdin");
    const char *base = strrchr(input, '/');
    base = base ? base + 1 : input;
    const char *dot = strrchr(base, '.');
    return strndup(base, dot && dot != base ? (size_t)(dot - base) : strlen(base));
}

char *mn_output_path(mn_cli *cli, const mn_convert_opts *o, const char *input, const char *format)
{
    if (!mn_output_is_dir(o))
        return strdup(o->output ? o->output : "-");
    char *stem = mn_stem(input), *ext = mn_extension(cli, format), *path = NULL;
    size_t n = strlen(o->output);
    const char *sep = n && o->output[n - 1] == '/' ? "" : "/";
    if (stem && ext && asprintf(&path, "%s%s%s.%s", o->output, sep, stem, ext) < 0)
        path = NULL;
    free(stem);
    free(ext);
    return path;
}

static int mn_make_dir(const char *dir)
{
    char *copy = strdup(dir);
    if (!copy)
        return -1;
    for (char *p = copy + 1; *p; p++) {
        if (*p == '/') {
            *p = '\0';
            if (mkdir(copy, 0777) != 0 && errno != EEXIST)
                break;
            *p = '/';
        }
    }
    int rc = mkdir(copy, 0777) != 0 && errno != EEXIST ? -1 : 0;
    free(copy);
    return rc;
}

static long mn_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

static int mn_write_all(mn_cli *cli, const mn_convert_opts *o, mn_job *job, const char *input,
                        mn_result *r)
{
    int worst = 0;
    for (size_t f = 0; f < o->n_formats; f++) {
        char *path = mn_output_path(cli, o, input, o->formats[f]);
        if (!path)
            return mn_job_error(job, MN_EX_SOFTWARE, 0, "out of memory");
        int rc = mn_job_write(job, o->formats[f], path);
        if (rc == 0)
            mn_result_add_output(r, path);
        if (rc > worst)
            worst = rc;
        free(path);
    }
    return worst;
}

int mn_convert_one(mn_cli *cli, const mn_convert_opts *o, const char *input, mn_result *r)
{
    long start = mn_now_ms();
    mn_job *job = mn_job_new(cli->ctx, input);
    if (!job)
        return r->status = MN_EX_SOFTWARE;
    for (size_t i = 0; i < o->n_kv; i++)
        mn_job_set_option(job, o->kv[i].name, o->kv[i].value);
    int rc = mn_job_read(job);
    if (rc == 0)
        rc = mn_write_all(cli, o, job, input, r);
    for (size_t i = 0; i < mn_job_diag_count(job); i++) {
        const mn_diag *d = mn_job_diag(job, i);
        char *line = mn_cli_format_diag(d);
        if (line)
            mn_result_add_diag(r, line, d->severity == MN_WARNING);
        free(line);
    }
    mn_job_free(job);
    r->ms = mn_now_ms() - start;
    return r->status = rc;
}

static int mn_check_plan(const mn_convert_opts *o)
{
    if (!o->output && (o->many || o->n_inputs > 1 || o->n_formats > 1)) {
        mn_cli_error("several outputs need -o DIRECTORY");
        return MN_EX_USAGE;
    }
    if (o->output && strcmp(o->output, "-") == 0 && (o->many || o->n_inputs > 1 || o->n_formats > 1)) {
        mn_cli_error("only one output can go to standard output");
        return MN_EX_USAGE;
    }
    if (mn_output_is_dir(o) && mn_make_dir(o->output) != 0) {
        mn_cli_error("%s: cannot create directory: %s", o->output, strerror(errno));
        return MN_EX_CANTCREAT;
    }
    return 0;
}

/* The report is checked with the outputs, before anything is written. */
static int mn_check_report(const mn_convert_opts *o, const mn_input_ids *ids)
{
    const char *input = o->report ? mn_input_at(ids, o->report) : NULL;
    if (input) {
        mn_cli_error("%s: refusing to write over the input %s (--report)", o->report, input);
        return MN_EX_CANTCREAT;
    }
    return 0;
}

/* Expands and shards the inputs and checks the plan.  The inputs' identities
 * are taken before sharding: one shard's outputs must not land on another
 * shard's inputs either. */
static int mn_plan(mn_cli *cli, mn_convert_opts *o, mn_input_ids **ids)
{
    int rc = mn_expand_inputs(cli, o);
    if (rc)
        return rc;
    if (!(*ids = mn_input_ids_new(o)))
        return MN_EX_SOFTWARE;
    mn_shard_inputs(o);
    rc = mn_check_report(o, *ids);
    return rc ? rc : mn_check_plan(o);
}

static int mn_run(mn_cli *cli, const mn_convert_opts *o, const mn_input_ids *ids)
{
    mn_cli_print_context_diags(cli->ctx);
    mn_result *results = calloc(o->n_inputs ? o->n_inputs : 1, sizeof *results);
    if (!results)
        return MN_EX_SOFTWARE;
    int worst = mn_run_batch(cli, o, ids, results);
    if (o->report) {
        int rc = mn_write_report(o->report, o, results, worst);
        if (rc > worst)
            worst = rc;
    }
    for (size_t i = 0; i < o->n_inputs; i++)
        mn_result_clear(&results[i]);
    free(results);
    return worst;
}

int mn_cmd_convert(mn_cli *cli, int argc, char **argv)
{
    mn_convert_opts o;
    mn_input_ids *ids = NULL;
    int rc = mn_convert_parse(cli, &o, argc, argv);
    if (rc == 0)
        rc = mn_plan(cli, &o, &ids);
    if (rc == 0)
        rc = mn_run(cli, &o, ids);
    mn_input_ids_free(ids);
    mn_convert_opts_free(&o);
    return rc;
}
