/* SPDX-License-Identifier: MIT */
/* outputs.c — where a conversion plan's outputs go: the output directory,
 * each input's output names in it, and what a writer's output is.  Looks no
 * plugin up and converts nothing: the planning (convert.c), the batch
 * (batch.c, guard.c) and each input's conversion (convert_one.c) share it. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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

/* Input INDEX's path in formats[F], computed (NULL: no memory). */
static char *mn_compute_output_path(const mn_convert_opts *o, size_t index, size_t f)
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

int mn_plan_outputs(mn_convert_opts *o)
{
    size_t n = o->n_inputs * o->n_formats;
    if (o->n_formats && n / o->n_formats != o->n_inputs)
        return MN_EX_SOFTWARE;
    o->outputs = calloc(n ? n : 1, sizeof *o->outputs);
    if (!o->outputs)
        return MN_EX_SOFTWARE;
    o->n_outputs = n;
    for (size_t i = 0; i < o->n_inputs; i++)
        for (size_t f = 0; f < o->n_formats; f++)
            if (!(o->outputs[i * o->n_formats + f] = mn_compute_output_path(o, i, f)))
                return MN_EX_SOFTWARE;
    return 0;
}

const char *mn_output_path(const mn_convert_opts *o, size_t index, size_t f)
{
    return o->outputs[index * o->n_formats + f];
}

int mn_make_dir(const char *dir)
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
