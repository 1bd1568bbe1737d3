/* convert.c — `minutes convert`: plan each input's outputs and run a job per
 * input.  Every input is tried; the exit status is the highest seen. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "convert.h"

static int mn_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Several inputs or formats, an existing directory, or a trailing slash:
 * -o names a directory. */
static int mn_output_is_dir(const mn_convert_opts *o)
{
    if (!o->output || strcmp(o->output, "-") == 0)
        return 0;
    size_t n = strlen(o->output);
    return o->n_inputs > 1 || o->n_formats > 1 || o->recursive || mn_is_dir(o->output) ||
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

static int mn_write_all(mn_cli *cli, const mn_convert_opts *o, mn_job *job, const char *input)
{
    int worst = 0;
    for (size_t f = 0; f < o->n_formats; f++) {
        char *path = mn_output_path(cli, o, input, o->formats[f]);
        if (!path)
            return mn_job_error(job, MN_EX_SOFTWARE, 0, "out of memory");
        int rc = mn_job_write(job, o->formats[f], path);
        if (rc == 0 && cli->verbose && strcmp(path, "-") != 0)
            fprintf(stderr, "%s -> %s\n", mn_job_input_name(job), path);
        if (rc > worst)
            worst = rc;
        free(path);
    }
    return worst;
}

int mn_convert_one(mn_cli *cli, const mn_convert_opts *o, const char *input)
{
    mn_job *job = mn_job_new(cli->ctx, input);
    if (!job)
        return MN_EX_SOFTWARE;
    for (size_t i = 0; i < o->n_kv; i++)
        mn_job_set_option(job, o->kv[i].name, o->kv[i].value);
    int rc = mn_job_read(job);
    if (rc == 0)
        rc = mn_write_all(cli, o, job, input);
    mn_cli_print_diags(job);
    mn_job_free(job);
    return rc;
}

static int mn_check_plan(mn_cli *cli, const mn_convert_opts *o)
{
    if (!o->output && (o->n_inputs > 1 || o->n_formats > 1)) {
        mn_cli_error("several outputs need -o DIRECTORY");
        return MN_EX_USAGE;
    }
    if (o->output && strcmp(o->output, "-") == 0 && (o->n_inputs > 1 || o->n_formats > 1)) {
        mn_cli_error("only one output can go to standard output");
        return MN_EX_USAGE;
    }
    if (mn_output_is_dir(o) && mn_make_dir(o->output) != 0) {
        mn_cli_error("%s: cannot create directory: %s", o->output, strerror(errno));
        return MN_EX_CANTCREAT;
    }
    (void)cli;
    return 0;
}

int mn_cmd_convert(mn_cli *cli, int argc, char **argv)
{
    mn_convert_opts o;
    int rc = mn_convert_parse(cli, &o, argc, argv);
    if (rc == 0)
        rc = mn_check_plan(cli, &o);
    if (rc) {
        mn_convert_opts_free(&o);
        return rc;
    }
    mn_cli_print_context_diags(cli->ctx);
    int worst = 0;
    for (size_t i = 0; i < o.n_inputs; i++) {
        rc = mn_convert_one(cli, &o, o.inputs[i]);
        if (rc > worst)
            worst = rc;
    }
    mn_convert_opts_free(&o);
    return worst;
}
