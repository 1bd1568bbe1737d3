/* SPDX-License-Identifier: MIT */
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

int mn_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int mn_plugin_has_extension(const mn_plugin *p, const char *ext)
{
    size_t n = strlen(ext);
    for (const char *e = p->extensions ? p->extensions : ""; *e;) {
        size_t len = strcspn(e, " ");
        if (len == n && strncasecmp(e, ext, n) == 0)
            return 1;
        e += len;
        while (*e == ' ')
            e++;
    }
    return 0;
}

int mn_writes_binary(const mn_plugin *p)
{
    const char *t = p->media_types;
    if (!t || !*t)
        return 0; /* nothing said: taken for text */
    size_t n = strcspn(t, " ");
    char first[128];
    snprintf(first, sizeof first, "%.*s", (int)(n < sizeof first ? n : sizeof first - 1), t);
    return strncmp(first, "text/", 5) != 0 && !strstr(first, "xml") && !strstr(first, "json");
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

char *mn_output_stem(const mn_convert_opts *o, size_t index)
{
    const char *input = o->inputs[index];
    const char *name = o->names && o->names[index] ? o->names[index]
                       : strcmp(input, "-") == 0 ? "stdin" : input;
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    const char *dot = strrchr(base, '.');
    return strndup(name, dot && dot != base ? (size_t)(dot - name) : strlen(name));
}

char *mn_output_path(const mn_convert_opts *o, size_t index, size_t f)
{
    if (!mn_output_is_dir(o))
        return strdup(o->output ? o->output : "-");
    char *stem = mn_output_stem(o, index), *path = NULL;
    size_t n = strlen(o->output);
    const char *sep = n && o->output[n - 1] == '/' ? "" : "/";
    if (stem && asprintf(&path, "%s%s%s.%s", o->output, sep, stem, o->exts[f]) < 0)
        path = NULL;
    free(stem);
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
        char *path = mn_output_path(o, index, f);
        if (!path)
            return mn_job_error(job, MN_EX_SOFTWARE, 0, "out of memory");
        int rc = mn_output_is_dir(o) ? mn_make_parent(job, o, path) : 0;
        if (rc == 0)
            rc = mn_job_write_with(job, o->writers[f], path);
        if (rc == 0)
            mn_result_add_output(r, path);
        if (rc > worst)
            worst = rc;
        free(path);
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

/* "notes.foo": a file named for no format, with no -t to say which. */
static int mn_check_extension(mn_cli *cli, const mn_convert_opts *o)
{
    if (!o->unknown_extension || mn_output_is_dir(o))
        return 0;
    mn_suggest s;
    mn_suggest_init(&s, o->unknown_extension);
    mn_context_load_all(cli->ctx);
    for (size_t i = 0; i < mn_context_plugin_count(cli->ctx); i++) {
        const mn_plugin *p = mn_context_plugin(cli->ctx, i);
        for (const char *e = p->caps & MN_CAN_WRITE && p->extensions ? p->extensions : ""; *e;) {
            size_t len = strcspn(e, " ");
            mn_suggest_consider(&s, e, len);
            e += len + (e[len] == ' ');
        }
    }
    mn_cli_error("%s: no output format has the extension '.%s' (name the format with -t)%s",
                 o->output, o->unknown_extension, mn_suggest_text(&s, "."));
    mn_suggest_free(&s);
    return MN_EX_USAGE;
}

/* PDF on a terminal is noise, and can upset it: only '-o -' asks for it. */
static int mn_check_terminal(const mn_convert_opts *o)
{
    if (o->output || o->n_formats != 1 || !isatty(STDOUT_FILENO))
        return 0;
    if (!mn_writes_binary(o->writers[0]))
        return 0;
    mn_cli_error("not writing %s (binary) to a terminal: give -o FILE, or -o - to insist",
                 o->formats[0]);
    return MN_EX_USAGE;
}

static int mn_check_plan(mn_cli *cli, const mn_convert_opts *o)
{
    int rc = mn_check_extension(cli, o);
    if (rc == 0)
        rc = mn_check_terminal(o);
    if (rc)
        return rc;
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

/* index.html and calendar.ics of --index are outputs like any other. */
static int mn_check_index(const mn_convert_opts *o, const mn_input_ids *ids)
{
    if (!o->index_dir)
        return 0;
    static const char *const names[] = {"index.html", "calendar.ics"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        char *path = NULL;
        if (asprintf(&path, "%s/%s", o->output, names[i]) < 0)
            return MN_EX_SOFTWARE;
        const char *input = mn_input_at(ids, path);
        if (input)
            mn_cli_error("%s: refusing to write over the input %s (--index)", path, input);
        free(path);
        if (input)
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
    if (rc == 0)
        rc = mn_check_plan(cli, o);
    if (rc == 0)
        rc = mn_index_plan(cli, o);
    return rc ? rc : mn_check_index(o, *ids);
}

static int mn_run(mn_cli *cli, const mn_convert_opts *o, const mn_input_ids *ids)
{
    mn_cli_print_context_diags(cli);
    mn_result *results = calloc(o->n_inputs ? o->n_inputs : 1, sizeof *results);
    if (!results)
        return MN_EX_SOFTWARE;
    int worst = mn_run_batch(cli, o, ids, results);
    if (o->index_dir) {
        int rc = mn_index_write(cli, o, results);
        if (rc > worst)
            worst = rc;
    }
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
    if (rc == 0 && !o.help && o.lexicon)
        rc = mn_context_set_lexicon_dir(cli->ctx, o.lexicon);
    if (rc == 0 && !o.help)
        rc = mn_plan(cli, &o, &ids);
    if (rc == 0 && !o.help)
        rc = mn_run(cli, &o, ids);
    mn_index_cleanup(&o);
    mn_input_ids_free(ids);
    mn_convert_opts_free(&o);
    return rc;
}
