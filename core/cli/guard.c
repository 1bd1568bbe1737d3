/* SPDX-License-Identifier: MIT */
/* guard.c — no output is written over an input.  Every input file is known
 * by device and inode before anything is written, so that an output path
 * is refused whatever name reaches the input: the same path, a symbolic or
 * hard link, standard input or standard output redirected to it.  The
 * library checks a job's own input as it writes (output.c); this covers
 * every other input of the command, the report's path and stdin/stdout. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "convert.h"

typedef struct mn_input_id {
    dev_t dev;
    ino_t ino;
    const char *name; /* borrowed from the options, or a literal */
} mn_input_id;

struct mn_input_ids {
    mn_input_id *v; /* sorted by device, then inode */
    size_t n;
};

static int mn_id_cmp(const void *a, const void *b)
{
    const mn_input_id *x = a, *y = b;
    if (x->dev != y->dev)
        return x->dev < y->dev ? -1 : 1;
    return x->ino < y->ino ? -1 : x->ino > y->ino;
}

/* Only regular files: a terminal is both stdin and stdout, and a device
 * such as /dev/null may be read and written at once without harm. */
static void mn_add_id(mn_input_ids *ids, const struct stat *st, const char *name)
{
    if (S_ISREG(st->st_mode))
        ids->v[ids->n++] = (mn_input_id){st->st_dev, st->st_ino, name};
}

mn_input_ids *mn_input_ids_new(const mn_convert_opts *o)
{
    mn_input_ids *ids = calloc(1, sizeof *ids);
    if (!ids || !(ids->v = calloc(o->n_inputs ? o->n_inputs : 1, sizeof *ids->v))) {
        free(ids);
        return NULL;
    }
    struct stat st;
    for (size_t i = 0; i < o->n_inputs; i++) {
        if (strcmp(o->inputs[i], "-") == 0) {
            if (fstat(STDIN_FILENO, &st) == 0)
                mn_add_id(ids, &st, "standard input");
        } else if (stat(o->inputs[i], &st) == 0) {
            mn_add_id(ids, &st, o->inputs[i]);
        }
    }
    if (ids->n)
        qsort(ids->v, ids->n, sizeof *ids->v, mn_id_cmp);
    return ids;
}

void mn_input_ids_free(mn_input_ids *ids)
{
    if (ids)
        free(ids->v);
    free(ids);
}

static const char *mn_find(const mn_input_ids *ids, const struct stat *st)
{
    mn_input_id key = {st->st_dev, st->st_ino, NULL};
    const mn_input_id *hit = ids->n ? bsearch(&key, ids->v, ids->n, sizeof key, mn_id_cmp) : NULL;
    return hit ? hit->name : NULL;
}

const char *mn_input_at(const mn_input_ids *ids, const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? mn_find(ids, &st) : NULL;
}

const char *mn_input_on_stdout(const mn_input_ids *ids)
{
    struct stat st;
    return fstat(STDOUT_FILENO, &st) == 0 ? mn_find(ids, &st) : NULL;
}

/* Whether one of INDEX's outputs would land on an input; if so it is
 * reported and none of its outputs is written (a half set of formats would
 * look like a whole one). */
int mn_refuse_over_inputs(const mn_convert_opts *o, const mn_input_ids *ids, size_t index,
                          mn_result *r)
{
    for (size_t f = 0; f < o->n_formats; f++) {
        const char *path = mn_output_path(o, index, f);
        int to_stdout = strcmp(path, "-") == 0;
        const char *input = to_stdout ? mn_input_on_stdout(ids) : mn_input_at(ids, path);
        if (input) {
            mn_result_add_error(r, "%s: refusing to write over the input %s; not converted",
                                to_stdout ? "standard output" : path, input);
            return r->status = MN_EX_CANTCREAT;
        }
    }
    return 0;
}
